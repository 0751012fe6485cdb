"""Requests and assaults the coder missed (helper req): advice that tells the public what to do
(rule public-advice-request), a petition or a « requête » lodged with an authority, « la saisine »
of a body, and rape as an assault. gold/GUIDELINES.md: "called on" is REQUEST, a warning without
repercussions is no event, violence against people is ASSAULT. Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


# an authority's warning to its own public that tells it what to do is a call to act
@pytest.mark.parametrize("sentence, source, target", [
    ("Chinese officials warned residents to stay away from the infected areas.", "CHNGOV", "CHNCVL"),
    ("The French police warned residents not to go out.", "FRACOP", "FRACVL"),
])
def test_public_advice_to_act_is_a_request(code_en, sentence, source, target):
    event = only(code_en(sentence), "REQUEST")
    assert event.source == [source] and event.target == [target]
    assert not [e for e in code_en(sentence) if e.type == "THREATEN"]


@pytest.mark.parametrize("sentence", [
    "Chinese officials warned residents that the river could flood.",  # what may happen
    "Chinese officials warned people of the danger.",  # no act told
])
def test_public_advice_of_a_danger_stays_no_event(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type in ("REQUEST", "THREATEN")]


def test_warning_with_repercussions_stays_a_threat(code_en):
    # protesters are no public at large; a foreign state is no advised public
    assert [e for e in code_en("In Hong Kong, police warned protesters to disperse or face arrest.")
            if e.type == "THREATEN"]
    assert [e.type for e in code_en("The US warned Iran to stop enriching uranium.")] == ["THREATEN"]


def test_rape_is_an_assault(code_en):
    event = only(code_en("Two Russian soldiers raped a Ukrainian woman in Bucha."), "ASSAULT")
    assert event.source == ["RUSMIL"] and countries(event.target) == {"UKR"}


def test_rape_with_no_victim_named_is_no_event(code_en):
    assert not [e for e in code_en("Russian soldiers raped and looted for weeks.") if e.type == "ASSAULT"]


def test_requete_lodged_with_a_court_is_a_request(code_fr):
    event = only(code_fr("La CFTC a déposé une requête auprès du Conseil d'État."), "REQUEST")
    assert event.source == ["FRACVL"] and event.target == ["FRAJUD"]


@pytest.mark.parametrize("sentence", [
    "La requête de la CFTC a été rejetée par le Conseil d'État.",  # no light verb: the rejection's
    "La CFTC a déposé une requête.",  # lodged with no one named
])
def test_requete_near_misses(code_fr, sentence):
    assert not [e for e in code_fr(sentence) if e.type == "REQUEST"]


def test_petition_delivered_to_a_government_is_a_request(code_en):
    event = only(code_en("Greenpeace activists delivered a petition to the British government."), "REQUEST")
    assert countries(event.target) == {"GBR"}


def test_petition_signed_is_no_request(code_en):
    assert not [e for e in code_en("The petition was signed by 10,000 British voters.") if e.type == "REQUEST"]
