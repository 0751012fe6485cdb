"""Judicial acts told without their doer (helper jud, second pass): charges faced and sentences
received (rule undergone-implicit), trials (en:try+court), French verdicts (« reconnu
coupable »), and the doer-less passives that tell a criminal record or ask a question, whose doer
is not guessed. gold/GUIDELINES.md: a charge is ACCUSE (JUD -> the person), a sentence COERCE,
even when no court is named; background is no event. Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


# a charge faced or a sentence received that names no doer: the courts of the place the sentence
# names (rule undergone-implicit)
@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("The Russian activist faces charges of treason in Moscow.", "ACCUSE", "RUSJUD", {"RUS"}),
    ("The Ukrainian sailor faces a charge of espionage in Russia.", "ACCUSE", "RUSJUD", {"UKR"}),
    ("The Australian activist faces a charge of computer intrusion in the US.", "ACCUSE", "USAJUD", {"AUS"}),
    ("Two Turkish journalists received seven-year prison sentences in Ankara.", "COERCE", "TURJUD", {"TUR"}),
])
def test_undergone_judicial_act_has_the_courts_of_the_place(code_en, sentence, event_type, source, target):
    event = only(code_en(sentence), event_type)
    assert event.source == [source] and countries(event.target) == target
    assert "undergone-implicit" in event.rule


def test_undergone_charges_of_people_with_no_code(code_en):
    # "the 36": whoever faces the charges has no code; the courts' accusation stands with no target
    events = [e for e in code_en("The prosecutor general of Tehran, Ali Mehr, said the 36 must face murder charges.")
              if e.type == "ACCUSE" and "undergone-implicit" in e.rule]
    assert events and events[0].source == ["IRNJUD"] and events[0].target == []


@pytest.mark.parametrize("sentence", [
    "What charges does the Russian activist face in Moscow?",           # asked about, not told
    "Mexico would seek to extradite the gunman to face charges in Mexico.",  # the gunman faces them
    "The Russian activist faced 18 counts of fraud in Moscow.",          # counts at a past trial
    "Both Russian teams received $250,000 fines in Moscow.",             # a league's fine
    "The Russian president received a second term in Moscow.",          # no penalty
    "The Russian minister faced criticism in Moscow.",                  # criticism: no arm of the state
])
def test_no_guessed_courts(code_en, sentence):
    assert not [e for e in code_en(sentence) if "undergone-implicit" in e.rule]


# "tried" in its court sense (en:try+court): by a court, a jury or in absentia; not an attempt
@pytest.mark.parametrize("sentence, source", [
    ("Three Pakistani clerics were tried by a court in Multan.", "PAKJUD"),
    ("The Russian opposition leader was tried in absentia in Moscow.", "RUSJUD"),
])
def test_tried_by_a_court(code_en, sentence, source):
    event = only(code_en(sentence), "ACCUSE")
    assert event.source == [source]


def test_tried_to_is_no_trial(code_en):
    assert not [e for e in code_en("The Russian activist tried to take the case to court in Moscow.")
                if e.type == "ACCUSE" and e.source == ["RUSJUD"]]


# a doer-less passive told with a `record_adverbs` word is someone's criminal record, the backdrop of
# other news: no implicit agent
def test_previous_conviction_is_a_record(code_en):
    assert not [e for e in code_en("Two Ukrainian activists were previously convicted of fraud in Moscow.")
                if "implicit-agent" in e.rule]
    event = only(code_en("Two Ukrainian activists were convicted of fraud in Moscow on Monday."), "ACCUSE")
    assert event.source == ["RUSJUD"]


def test_french_previous_conviction_is_a_record(code_fr):
    assert not [e for e in code_fr("Deux militants ukrainiens avaient été précédemment condamnés à deux ans de "
                                   "prison à Moscou.") if "implicit-agent" in e.rule]
    event = only(code_fr("Deux militants ukrainiens ont été condamnés à deux ans de prison à Moscou."), "COERCE")
    assert event.source == ["RUSJUD"]


# « reconnu coupable »: a court's verdict (ACCUSE), as "found guilty", even with no court named
@pytest.mark.parametrize("sentence, source, target", [
    ("Le militant russe a été reconnu coupable de trahison à Moscou.", "RUSJUD", {"RUS"}),
    ("Le tribunal de Moscou a reconnu le militant ukrainien coupable d'espionnage.", "RUSJUD", {"UKR"}),
])
def test_french_found_guilty(code_fr, sentence, source, target):
    event = only(code_fr(sentence), "ACCUSE")
    assert event.source == [source] and countries(event.target) == target


def test_french_own_admission_is_no_verdict(code_fr):
    assert not [e for e in code_fr("Le ministre russe a reconnu qu'il était coupable de corruption.")
                if e.type == "ACCUSE" and e.source == ["RUSJUD"]]


def test_french_declared_guilty_by_a_speaker_stays(code_fr):
    # « a déclaré que X était coupable »: a speaker's accusation (fr:déclarer+responsable), untouched
    event = only(code_fr("Le ministre russe a déclaré que l'opposition ukrainienne était coupable."), "ACCUSE")
    assert countries(event.source) == {"RUS"} and countries(event.target) == {"UKR"}
