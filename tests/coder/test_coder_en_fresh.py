"""English coder, precision on unseen news: classes of sentences the fresh pool of unseen
articles showed coded wrongly (invented sentences in news style; gold/GUIDELINES.md says why)."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)

CAMPAIGN = dt.date(2020, 10, 1)  # Trump in office, Biden a candidate


@pytest.mark.parametrize("sentence", [
    # parties campaign with words, and so do politicians aiming at a name the dictionary does not know
    "Democrats continued to attack Trump on his tax returns.",
    "Republicans attacked Biden over his record on trade.",
    "The election campaign in the United States grew bitter. Trump attacked Drudge as a disloyal opponent.",
])
def test_verbal_attacks_by_parties_and_on_unknown_names_are_accusations(code_en, sentence):
    events = code_en(sentence, date=CAMPAIGN)
    assert not [e for e in events if e.type == "ASSAULT"]
    assert only(events, "ACCUSE")


@pytest.mark.parametrize("sentence", [
    # people at large are no actor: opinion and talk of an interview
    "Many people expressed their anger at the Russian government.",
    "A lot of people criticise the Iranian government for everything.",
    "People reject the Hungarian government's ideas, she said.",
])
def test_people_at_large_are_no_source(code_en, sentence):
    assert not code_en(sentence)


def test_a_crowd_of_people_still_protests(code_en):
    event = only(code_en("Thousands of people protested against the government in Minsk."), "PROTEST")
    assert countries(event.source) == {"BLR"}


@pytest.mark.parametrize("sentence", [
    # a picture's caption with its credit, a map's key: they describe a picture
    "President Biden stands with Chancellor Scholz at the White House Image: The White House.",
    "Turkish soldiers attack a Kurdish position near Afrin (Photo: Reuters)",
    "██ Territory captured by Russian forces",
])
def test_captions_and_map_keys_code_nothing(code_en, sentence):
    assert not code_en(sentence)


@pytest.mark.parametrize("sentence", [
    # a preference is a wish: nobody agreed or supported anything
    "The Speaker said she would prefer that Biden not debate Trump.",
    "The governor said he would have preferred that the president had stayed away.",
])
def test_a_preference_is_no_agreement(code_en, sentence):
    assert not [e for e in code_en(sentence, date=CAMPAIGN) if e.type in ("AGREE", "SUPPORT")]


def test_rescuing_a_crime_victim_is_no_aid(code_en):
    events = code_en("Police officers in Dallas rescued the kidnapped girl from a motel room.")
    assert not [e for e in events if e.type == "AID"]


def test_rescuing_a_foreign_crew_is_still_aid(code_en):
    event = only(code_en("The Turkish navy rescued the crew of an Iranian tanker."), "AID")
    assert countries(event.source) == {"TUR"} and countries(event.target) == {"IRN"}


@pytest.mark.parametrize("sentence", [
    # meeting a requirement or a deadline is fulfilling it
    "The Greek government met the deadline set by the European Commission.",
    "The French candidate meets the residency requirement, the court said.",
])
def test_meeting_a_requirement_is_no_consultation(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "CONSULT"]


@pytest.mark.parametrize("sentence", [
    # an act dated years back is history, not news
    "The former Pakistani minister was convicted of corruption by a court in Lahore years ago.",
    "Russian troops attacked the Georgian town two decades ago.",
])
def test_acts_dated_years_ago_are_backdrop(code_en, sentence):
    assert not code_en(sentence)


@pytest.mark.parametrize("sentence", [
    # acts told as recurring over an unnamed stretch of time are habitual, no news
    "Numerous times, over the years, Iranian courts have sentenced dissidents to death.",
    "Time and again there have been protests against the government in Tehran.",
])
def test_acts_recurring_over_the_years_are_habitual(code_en, sentence):
    assert not code_en(sentence)


@pytest.mark.parametrize("sentence", [
    # "at times", "many times" also tell the moments of one dated day: that day's act is news
    "At times during Sunday's protest in Hong Kong, police fired tear gas at the protesters.",
    "Hong Kong police fired tear gas many times at the protesters on Sunday.",
])
def test_moments_of_one_day_are_no_habit(code_en, sentence):
    assert [e for e in code_en(sentence) if e.type == "COERCE"]  # tear gas: riot control


@pytest.mark.parametrize("sentence", [
    # a warning of what someone else might do blames them; it threatens nothing
    "Trump warned that Biden could destroy the economy with his tax plan.",
    "The US State Department warned that the Chinese government might steal American research.",
])
def test_a_warning_of_anothers_acts_is_an_accusation(code_en, sentence):
    events = code_en(sentence, date=CAMPAIGN)
    assert not [e for e in events if e.type == "THREATEN"]
    assert only(events, "ACCUSE")


@pytest.mark.parametrize("sentence", [
    # what the target would suffer, or what the speakers' own forces would do, is a threat
    "Russia warned that Ukraine could face serious consequences.",
    "The Houthis warned Saudi Arabia that their drones could strike its oil fields.",
])
def test_a_warning_of_what_the_target_would_suffer_is_a_threat(code_en, sentence):
    assert only(code_en(sentence), "THREATEN")
