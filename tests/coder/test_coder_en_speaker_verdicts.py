"""English statements that are the speaker's own verdict: damning words by class in what is
said (oppression, deceit, betrayal, a law or a promise broken: rule judged-pair), a quotation a
clause of any verb introduces with a colon (rule colon-verdict), the speaker a quotation's
closing names for its earlier sentences (rule quote-closer), and the mood of a coordinated
clause of its own. Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source, target", [
    ('Jeremy Corbyn said, "The British government are breaking the law."', {"GBR"}, {"GBR"}),
    ("Nancy Pelosi said Donald Trump broke his promise to the farmers.", {"USA"}, {"USA"}),
    ("Nancy Pelosi said Donald Trump's decision was draconian.", {"USA"}, {"USA"}),
    ("Nancy Pelosi said Donald Trump had misled the American people.", {"USA"}, {"USA"}),
])
def test_a_damning_word_of_a_class_in_what_is_said_accuses(code_en, sentence, source, target):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.source) == source and countries(event.target) == target


@pytest.mark.parametrize("sentence", [
    'Jeremy Corbyn said, "The British government will change the law."',
    "Nancy Pelosi said the law will break the deadlock.",
    "Nancy Pelosi said Donald Trump kept his promise to the farmers.",
])
def test_a_law_or_a_promise_not_broken_is_no_verdict(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "ACCUSE"]


def test_a_violation_in_a_quote_attributed_by_a_pronoun_is_the_speaker_s_accusation(code_en):
    events = code_en('On Tuesday, Greek prime minister Kyriakos Mitsotakis called the agreement between Turkey and '
                     'Libya "null and void". "The agreement assumes that our islands do not have an exclusive economic '
                     'zone, which is a flagrant violation of international law", he added.')
    event = only(events, "ACCUSE")
    assert event.source == ["GRCGOV"]


def test_no_violation_reported_is_no_accusation(code_en):
    events = code_en("Greek prime minister Kyriakos Mitsotakis said the monitors reported no violations of the ceasefire.")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_a_quotation_after_a_colon_is_the_subject_s_verdict(code_en):
    events = code_en('Brazilian President Jair Bolsonaro opposed the statement of Emmanuel Macron: "The French '
                     "president's suggestion evokes a colonialist mentality.\"")
    event = only(events, "ACCUSE")
    assert countries(event.source) == {"BRA"} and countries(event.target) == {"FRA"}
    assert event.rule.startswith("en:derived:colon-verdict")


def test_a_quotation_after_a_colon_with_no_damning_word_accuses_no_one(code_en):
    events = code_en('Brazilian President Jair Bolsonaro opposed the statement of Emmanuel Macron: "The French '
                     "president's suggestion deserves a debate.\"")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_a_verdict_word_in_a_proper_name_after_a_colon_is_no_verdict(code_en):
    events = code_en('Boris Johnson thanked the Society for the Prevention of Cruelty to Children: "The Callous '
                     'Society Trust did a great job."')
    assert not [e for e in events if e.type == "ACCUSE"]


def test_the_closing_of_a_quotation_names_the_speaker_of_its_earlier_sentences(code_en):
    events = code_en('Vladimir Putin met Bashar al-Assad in Moscow on Monday. "We thank President Donald Trump '
                     'for his patience. This is a bad day for the region," Senator Lindsey Graham said.')
    event = only(events, "SUPPORT")
    assert event.source == ["USALEG"] and countries(event.target) == {"USA"}


def test_a_verdict_in_such_a_quotation_is_the_closing_speaker_s(code_en):
    events = code_en('Vladimir Putin met Bashar al-Assad in Moscow on Monday. "The decision of the Kremlin is a '
                     'disgrace. This is a bad day for the region," Senator Lindsey Graham said.')
    event = only(events, "ACCUSE")
    assert event.source == ["USALEG"] and countries(event.target) == {"RUS"}


def test_the_one_told_at_the_closing_is_not_the_speaker(code_en):
    events = code_en('Vladimir Putin met Bashar al-Assad in Moscow on Monday. "We thank Xi Jinping for his '
                     'patience. This is a bad day for the region," Bashar al-Assad told Donald Trump.')
    event = only(events, "SUPPORT")
    assert countries(event.source) == {"SYR"} and countries(event.target) == {"CHN"}


def test_a_pronoun_at_the_closing_is_the_person_named_before_the_quotation(code_en):
    events = code_en('Lindsey Graham met Bashar al-Assad in Moscow on Monday. "We thank Xi Jinping for his '
                     'patience. This is a bad day for the region," he said.')
    event = only(events, "SUPPORT")
    assert event.source == ["USALEG"]


def test_a_coordinated_clause_of_its_own_keeps_its_own_mood(code_en):
    events = code_en('Senator Lindsey Graham said: "The war would not have been won without the Kurds, and I '
                     'applaud President Donald Trump for his courage."')
    event = only(events, "SUPPORT")
    assert event.source == ["USALEG"] and not event.hypothetical


@pytest.mark.parametrize("quote", [
    "We have learned nothing from the illegitimate impeachment hearings.",
    "I think the impeachment hearings are illegitimate.",
])
def test_a_home_speaker_s_verdict_on_a_state_act_in_a_quote_aims_at_the_home_state(code_en, quote):
    events = code_en("White House Press Secretary Stephanie Grisham spoke about Donald Trump on Monday. "
                     f'"{quote} The Democrats failed again," she said.')
    event = only(events, "ACCUSE")
    assert event.source == ["USAGOV"] and event.target == ["USA"]


def test_another_s_words_reported_in_the_quote_are_no_verdict_of_the_speaker(code_en):
    events = code_en("White House Press Secretary Stephanie Grisham spoke about Donald Trump on Monday. "
                     '"Reporters say the impeachment hearings are illegitimate. The Democrats failed again," she said.')
    assert not [e for e in events if e.type == "ACCUSE"]


def test_a_foreign_speaker_s_verdict_on_a_state_act_is_aimed_at_no_state(code_en):
    events = code_en("Russian Foreign Minister Sergei Lavrov spoke about Donald Trump on Monday. "
                     '"We have learned nothing from the illegitimate impeachment hearings. The Democrats failed again," '
                     "he said.")
    event = only(events, "ACCUSE")
    assert event.target == []
