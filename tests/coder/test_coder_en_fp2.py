"""English coder: precision classes found on unseen news (helper fp2). Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


def _types(events, event_type):
    return [e for e in events if e.type == event_type]


# --- a bare plural common noun told what it "should" do is an opinion about a kind of people,
# no demand made of an actor (events._generic_plural)
@pytest.mark.parametrize("sentence", [
    "The French foreign minister said farmers should stop blocking the motorways.",
    "President Biden argued that tech companies should pay more taxes.",
    "The German chancellor said people should vote, whatever their beliefs.",
])
def test_generic_plural_is_no_demand(code_en, sentence):
    assert not _types(code_en(sentence), "REQUEST")


@pytest.mark.parametrize("sentence, target", [
    ("The French foreign minister said Russian troops must leave Ukraine.", {"RUS"}),
    ("The French foreign minister said the protesters must go home.", {"FRA"}),
])
def test_named_actors_told_what_they_must_do_are_asked(code_en, sentence, target):
    event = only(code_en(sentence), "REQUEST")
    assert countries(event.target) == target


# --- a place of the visitor's own country is no party met (events._home_place); a journey has
# no content: what the traveller does there is an act of its own
@pytest.mark.parametrize("sentence", [
    "Emmanuel Macron visited Marseille on Tuesday to discuss the fires.",
    "President Biden traveled to Texas, which had been hit by floods.",
    "Vladimir Putin flew to Sochi on Monday.",
])
def test_domestic_trip_is_no_meeting(code_en, sentence):
    assert not _types(code_en(sentence), "CONSULT")


def test_foreign_visit_stays(code_en):
    event = only(code_en("Emmanuel Macron visited Algeria on Tuesday."), "CONSULT")
    assert countries(event.source) == {"FRA"} and countries(event.target) == {"DZA"}


def test_visit_after_a_domestic_flight(code_en):
    events = code_en("Vladimir Putin flew to Sochi on Monday, visiting the wounded in hospital.")
    event = only(events, "CONSULT")
    assert event.source == ["RUSGOV"] and event.target == ["RUSCVL"]


# --- a claim of figures: people counted by a number in a passive or copular clause are what the
# figure counts, not whom the claim accuses (targets._counted_undergoer)
@pytest.mark.parametrize("sentence", [
    "Armenia claimed 790 Azerbaijani soldiers had been killed in the fighting.",
    "The Philippine army claimed 90 civilians were wounded.",
    "The Syrian opposition claimed 40,000 Syrians were homeless.",
])
def test_counted_people_are_no_accused(code_en, sentence):
    assert not _types(code_en(sentence), "ACCUSE")


@pytest.mark.parametrize("sentence, target", [
    ("Armenia claimed Azerbaijani soldiers had shelled Stepanakert.", {"AZE"}),
    ("Armenia claimed 300 Azerbaijani soldiers had shelled Stepanakert.", {"AZE"}),
])
def test_claimed_doers_are_accused(code_en, sentence, target):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.target) == target
