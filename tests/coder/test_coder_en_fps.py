"""English coder: a gerund after "including" that hangs on a verb is one of the acts of that
verb's subject, a pronoun resolved to the speaker ("X said they would take measures,
including calling for a UN debate"); hung on a noun, it tells what the noun holds (rule
gerund, `gerund_marks` in lang/en/grammar.yaml)."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("The Iranian foreign minister said they would respond with several steps, including calling for "
     "an emergency session of the UN Security Council.", "REQUEST", {"IRN"}, {"UN"}),
    ("The Egyptian government said it would take a series of measures, including calling for "
     "a meeting of the Arab League.", "REQUEST", {"EGY"}, {"ARL"}),
    ("Since taking office, the German chancellor has travelled widely, including meeting "
     "French President Emmanuel Macron in Paris.", "CONSULT", {"DEU"}, {"FRA"}),
])
def test_gerund_after_including_is_the_clause_subjects_act(code_en, sentence, event_type, source, target):
    event = only(code_en(sentence), event_type)
    assert countries(event.source) == source and countries(event.target) == target
    assert ":gerund/" in event.rule


@pytest.mark.parametrize("sentence", [
    "The Russian activist faces several charges in Germany, including conspiring to attack government offices.",
    "The French journalist is accused of many crimes, including threatening officials of the Moroccan government.",
])
def test_gerund_after_including_on_a_noun_is_no_act_of_the_subject(code_en, sentence):
    events = code_en(sentence)
    assert not any(":gerund/" in e.rule for e in events), [(e.type, e.source, e.target, e.rule) for e in events]


# "he" / "she" never stands for a plural common noun: under a clause whose subject is one, the
# pronoun is the person the article named before (rule pronoun-in-article)
@pytest.mark.parametrize("text, event_type, source, target", [
    ("British Prime Minister Boris Johnson arrived in Paris on Thursday. "
     "Officials said he would meet French President Emmanuel Macron on Friday.", "AGREE", {"GBR"}, {"FRA"}),
    ("British Prime Minister Boris Johnson arrived in Paris on Thursday. "
     "French officials said he had criticized France.", "ACCUSE", {"GBR"}, {"FRA"}),
    ("Russian President Vladimir Putin spoke in Moscow on Monday. "
     "Reporters listened as he criticized Ukraine.", "ACCUSE", {"RUS"}, {"UKR"}),
    ("Russian President Vladimir Putin spoke in Moscow on Monday. "
     "Supporters laughed when he accused Ukraine of lying.", "ACCUSE", {"RUS"}, {"UKR"}),
])
def test_he_under_a_plural_subject_is_the_person_named_before(code_en, text, event_type, source, target):
    event = only(code_en(text), event_type)
    assert countries(event.source) == source and countries(event.target) == target
    assert ":pronoun-in-article/" in event.rule
