"""English coder: recall of COERCE, ASSAULT, PROTEST, SANCTION and MOBILIZE events
(invented sentences, one class of news language each)."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


# a state of emergency or a curfew declared or extended is aimed at no one, not at the place
# it covers nor at a phrase of the sentence; an emergency meeting or loan is none
@pytest.mark.parametrize("sentence, source", [
    ("The Kenyan government extended the curfew in Nairobi by two weeks.", {"KEN"}),
    ("The parliament of Peru voted to extend the national state of emergency by 30 days.", {"PER"}),
    ("The Mexican government declared a state of emergency in Oaxaca after the earthquake.", {"MEX"}),
])
def test_emergency_declared_or_extended_has_no_target(code_en, sentence, source):
    event = only(code_en(sentence), "COERCE")
    assert countries(event.source) == source and event.target == []


def test_emergency_loan_extended_is_no_emergency(code_en):
    assert not [e for e in code_en("The IMF extended an emergency loan to Kenya.") if e.type == "COERCE"]


# a street protest said with a noun and the verb that carries its protesters: launched, led, begun
@pytest.mark.parametrize("sentence, source", [
    ("Thousands of students in Santiago launched marches towards the presidential palace.", {"CHL"}),
    ("The Kenyan activist Boniface Mwangi led a large demonstration in Nairobi on Monday.", {"KEN"}),
])
def test_protest_noun_launched_or_led(code_en, sentence, source):
    event = only(code_en(sentence), "PROTEST")
    assert countries(event.source) == source


# a raid on one military position, checkpoint or base is an armed assault, not a police raid
@pytest.mark.parametrize("sentence, source, target", [
    ("US helicopters tried to raid a Taliban position in Logar.", {"USA"}, {"AFG"}),
    ("Houthi fighters raided a Saudi checkpoint near the border.", {"YEM"}, {"SAU"}),
])
def test_raid_on_a_position_is_an_assault(code_en, sentence, source, target):
    events = code_en(sentence, date=dt.date(2019, 6, 1))
    event = only(events, "ASSAULT")
    assert countries(event.source) == source and countries(event.target) == target
    assert not [e for e in events if e.type == "COERCE"]


# the verb's own infinitive marker is no companion word of an entry's `with`: "came out to
# protest" is no "protest to" (a diplomatic complaint), "too young to commit crimes" no "commit to"
def test_infinitive_marker_is_no_companion(code_en):
    event = only(code_en("Thousands of Iraqis came out in Baghdad to protest."), "PROTEST")
    assert countries(event.source) == {"IRQ"}
    assert not [e for e in code_en("Many Kenyans are too young to commit crimes.") if e.type == "AGREE"]


# a police title before a name ("Police director X said ... were arrested") names a police
# official: the arrests told with no agent are the police's of the country
@pytest.mark.parametrize("text", [
    "Protesters clashed with police in Belgrade, Serbia on Friday. Police director Milos Radakovic said at least 40 people were arrested.",
    "Protesters clashed with police in Belgrade, Serbia on Friday. Police commander Zoran Petkic said at least 40 people were arrested.",
])
def test_police_title_before_a_name(code_en, text):
    event = only(code_en(text), "COERCE")
    assert event.source == ["SRBCOP"] and countries(event.target) == {"SRB"}
