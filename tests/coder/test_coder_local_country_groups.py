"""Group nouns of the state in an article about no one country (rule local-country): "the police",
"officials", "prosecutors" belong to the country the sentence just before names alone, else to the
country the article names most; a private person ("a man") is not guessed so, and a pronoun of one
actor ("it") never stands for a plural noun (rule it-not-plural). Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)

# Kenya and Uganda named as often: no country the article is about
TWO = "Kenya and Uganda met in Nairobi on Monday. Uganda later closed its border crossing at Busia. "


@pytest.mark.parametrize("text, event_type", [
    (TWO + "Police threatened to arrest smugglers who cross the border.", "THREATEN"),
    (TWO + "Officials denied accusations of corruption.", "REJECT"),
])
def test_group_noun_takes_the_country_before(code_en, text, event_type):
    event = only(code_en(text), event_type)
    assert countries(event.source) == {"UGA"}


def test_group_noun_uncoded_without_any_country(code_en):
    # no country anywhere: the police are no one's
    assert not [e for e in code_en("Police threatened to arrest smugglers who cross the border.") if e.type == "THREATEN"]


def test_private_person_not_guessed(code_en):
    # a man arrested there may be a foreigner: no target is guessed from the sentence before
    events = [e for e in code_en(TWO + "Police arrested a man at the border.") if e.type == "COERCE"]
    assert all("UGACVL" not in e.target for e in events)


def test_it_never_stands_for_a_plural_noun(code_en):
    # "it" is the fire, not the officials
    events = code_en(TWO + "A fire broke out at the market. Officials said it killed nine people.")
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, event_type", [
    ("Le Kenya et l'Ouganda se sont réunis à Nairobi lundi. L'Ouganda a ensuite fermé sa frontière. "
     "La police a menacé d'arrêter les contrebandiers.", "THREATEN"),
])
def test_french_group_noun_takes_the_country_before(code_fr, text, event_type):
    event = only(code_fr(text), event_type)
    assert countries(event.source) == {"UGA"}
