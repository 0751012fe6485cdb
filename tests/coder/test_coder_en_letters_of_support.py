"""SUPPORT said by a letter or message of support, solidarity or sympathy sent, delivered or
written (en:send+letter-of-support, en:send+letter-of-sympathy, « envoyer un message de
condoléances »: fr:envoyer+lettre-de-condoléances); and a person after a title with a nationality
adjective and lower-case office words before it is of that nationality, not of the article's
country ("Italian economic development minister X" in an article about Greece;
references._country_before). gold/GUIDELINES.md: SUPPORT includes sympathy and condolences.
Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source, target, cameo", [
    ("Germany sent a letter of condolence to Turkey.", "DEU", "TUR", "018"),
    ("Germany sent a message of solidarity to Ukraine.", "DEU", "UKR", "051"),
    ("Vladimir Putin wrote a letter of congratulations to Donald Trump.", "RUS", "USA", "051"),
])
def test_en_letter_of_support_is_support(code_en, sentence, source, target, cameo):
    event = only(code_en(sentence), "SUPPORT")
    assert countries(event.source) == {source} and countries(event.target) == {target} and event.cameo == cameo


def test_en_a_letter_about_something_else_is_no_support(code_en):
    events = code_en("Germany sent a letter to Turkey about the pipeline.")
    assert not [e for e in events if e.type == "SUPPORT"] and [e for e in events if e.type == "CONSULT"]


def test_fr_message_de_condoleances(code_fr):
    event = only(code_fr("Emmanuel Macron a envoyé un message de condoléances à la Turquie."), "SUPPORT")
    assert event.source == ["FRAGOV"] and countries(event.target) == {"TUR"} and event.cameo == "018"


def test_fr_une_lettre_sans_soutien(code_fr):
    assert not [e for e in code_fr("La France a envoyé une lettre à l'Ukraine.") if e.type == "SUPPORT"]


def test_en_nationality_before_office_words_gives_the_person_country(code_en):
    events = code_en("Greece and Cyprus signed a pipeline deal on Monday in Athens. Greek officials hailed the "
                     "deal. Italian economic development minister Stefano Rossi sent a letter of support to Greece.")
    event = only([e for e in events if e.sentence.startswith("Italian")], "SUPPORT")
    assert event.source == ["ITAGOV"] and countries(event.target) == {"GRC"}


def test_en_no_nationality_across_a_verb(code_en):
    # "said" is no office word: the minister is not taken for Italian
    events = code_en("Greece and Cyprus signed a pipeline deal on Monday in Athens. Greek officials hailed the "
                     "deal. The Italian embassy said deputy minister Stefano Rossi praised Cyprus.")
    assert not [e for e in events if e.sentence.startswith("The Italian") and "ITAGOV" in e.source]
