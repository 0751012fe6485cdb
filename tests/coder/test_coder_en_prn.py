"""Whom a subject pronoun or a quote stands for (the prn pass): a pronoun that opens its
sentence is not a person its own clause names again, a person named in a phrase fronted before
the subject of the sentence before is not its antecedent, and a quote opening a sentence just
after one that ends with a colon is that sentence's speaker's. Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("text, source, target", [
    # the first person of the sentence before is the one the pronoun's clause names: the other one
    ("Senator Bernie Sanders criticized Mayor Anne Hidalgo of Paris. She urged Sanders to apologize.",
     {"FRA"}, {"USA"}),
    ("Russian President Vladimir Putin met Chancellor Olaf Scholz of Germany in Moscow. "
     "He urged President Putin to withdraw his troops.", {"DEU"}, {"RUS"}),
])
def test_subject_pronoun_is_not_its_own_clauses_object(code_en, text, source, target):
    event = only(code_en(text), "REQUEST")
    assert countries(event.source) == source and countries(event.target) == target


@pytest.mark.parametrize("text, event_type", [
    # "He" is not President Trump, whom his own clause names; the rapper is no actor
    ("Kanye West backed away from his support for President Donald Trump. "
     "He leveled greater criticism at Joe Biden, saying he was not special like Trump.", "ACCUSE"),
    ("Kanye West backed away from his support for President Donald Trump. "
     "He denied claims that he wants to help Trump win.", "REJECT"),
])
def test_subject_pronoun_with_no_other_person_before_has_no_source(code_en, text, event_type):
    assert not [e for e in code_en(text) if e.type == event_type]


@pytest.mark.parametrize("text, source, target", [
    ("In a letter to President Donald Trump, British Prime Minister Boris Johnson praised the deal. "
     "He urged Trump to sign it.", {"GBR"}, {"USA"}),
    ("During talks with Chinese President Xi Jinping, French President Emmanuel Macron defended the accord. "
     "He urged Xi to respect it.", {"FRA"}, {"CHN"}),
])
def test_person_in_a_fronted_phrase_is_not_the_pronouns_antecedent(code_en, text, source, target):
    event = only(code_en(text), "REQUEST")
    assert countries(event.source) == source and countries(event.target) == target


def test_quote_after_a_colon_sentence_is_its_speakers_en(code_en):
    events = code_en("French President Emmanuel Macron met reporters in Paris on Monday. "
                     "German Chancellor Angela Merkel said:\n\n\"We condemn the Russian attack on Ukraine.\"")
    event = only(events, "ACCUSE")
    assert countries(event.source) == {"DEU"} and countries(event.target) == {"RUS"}


def test_quote_after_a_colon_sentence_is_its_speakers_fr(code_fr):
    events = code_fr("Le président français Emmanuel Macron a rencontré des journalistes lundi. "
                     "La chancelière allemande Angela Merkel a déclaré :\n\n"
                     "« Nous condamnons l’attaque russe contre l’Ukraine. »")
    event = only(events, "ACCUSE")
    assert countries(event.source) == {"DEU"} and countries(event.target) == {"RUS"}
