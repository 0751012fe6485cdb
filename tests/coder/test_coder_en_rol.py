"""English coder, right type with the wrong actors (helper rol): "Europe" acting or listed
with states is the European Union (`acting_regions`); where something happens ("in Europe")
or a radio named "Europe 1" is not. Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, event_type, target", [
    ("Washington threatened Europe, Japan and Canada with tariffs on steel.", "THREATEN", {"EU", "JPN", "CAN"}),
    ("Beijing criticized Europe over the new trade rules.", "ACCUSE", {"EU"}),
])
def test_europe_as_an_actor_is_the_eu(code_en, sentence, event_type, target):
    event = only(code_en(sentence), event_type)
    assert "EU" in countries(event.target) and countries(event.target) <= target


def test_europe_as_an_actor_is_the_eu_in_french(code_fr):
    event = only(code_fr("La Chine a vivement critiqué l'Europe pour ses nouvelles règles commerciales."), "ACCUSE")
    assert countries(event.target) == {"EU"}


def test_a_radio_named_europe_is_no_eu(code_fr):
    events = code_fr("Le ministre a critiqué le projet de loi ce matin sur Europe 1.")
    assert not any("EU" in e.target or "EU" in e.source for e in events)


@pytest.mark.parametrize("sentence", [
    "Russia deployed new missiles in Europe on Tuesday.",
    "Moscow demanded security guarantees in Europe from Washington.",
])
def test_europe_as_a_place_is_no_actor(code_en, sentence):
    assert not any("EU" in e.target or "EU" in e.source for e in code_en(sentence))


@pytest.mark.parametrize("text, event_type, target", [
    ("Floods hit northern Kenya on Monday, the Kenyan government said. The United Nations mourned Wanjiru's death.",
     "SUPPORT", {"KEN"}),
    ("Heavy fighting hit Yemen on Sunday, the Yemeni government said. The United Nations praised the quality of "
     "Haidari's reporting.", "SUPPORT", {"YEM"}),
])
def test_an_unknown_name_owning_the_object_is_of_the_article_country(code_en, text, event_type, target):
    event = only(code_en(text), event_type)
    assert countries(event.target) == target


@pytest.mark.parametrize("text, event_type, target", [
    # a verb with no object of its own, coordinated right away with the next, shares its object
    ("China criticized and threatened Japan on Monday.", "ACCUSE", {"JPN"}),
    ("Protesters surrounded and threatened Senator Rand Paul outside the White House.", "THREATEN", {"USA"}),
])
def test_coordinated_verbs_share_their_object(code_en, text, event_type, target):
    assert countries(only(code_en(text), event_type).target) == target


def test_shared_object_fr(code_fr):
    assert countries(only(code_fr("La Chine a critiqué et menacé le Japon lundi."), "ACCUSE").target) == {"JPN"}


def test_a_verb_with_its_own_object_keeps_it(code_en):
    event = only(code_en("China criticized Japan and threatened to leave the talks."), "THREATEN")
    assert not countries(event.target)
