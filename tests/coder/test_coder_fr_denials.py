"""French coder: « démentir » is a denial (REJECT) whatever it denies — an intention, a plan, a
report — and also with no object at all (« a démenti le jour même »); only its own object, when it
names an actor, is the target (not an actor the denied clause speaks of)."""

from __future__ import annotations

import pytest

from coder_en import countries, only  # noqa: F401
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source", [
    ("Le président russe a démenti toute intention de quitter le pouvoir.", {"RUS"}),
    ("Le gouvernement allemand a démenti tout projet de hausse des impôts.", {"DEU"}),
    ("Le ministre italien de l'Intérieur a démenti le jour même, dans un entretien à la radio.", {"ITA"}),
    ("Le Premier ministre japonais a démenti avoir rencontré les dirigeants nord-coréens.", {"JPN"}),
])
def test_denial_of_anything_is_reject(code_fr, sentence, source):
    event = only(code_fr(sentence), "REJECT")
    assert countries(event.source) == source
    assert not any(countries(e.target) - source for e in code_fr(sentence) if e.type == "REJECT")


def test_a_listed_object_still_takes_its_owner_as_target(code_fr):
    event = only(code_fr("Le gouvernement chinois a démenti les accusations du gouvernement américain."), "REJECT")
    assert countries(event.source) == {"CHN"} and countries(event.target) == {"USA"}


def test_a_denied_meeting_is_no_meeting(code_fr):
    events = code_fr("Le Premier ministre japonais a démenti avoir rencontré les dirigeants nord-coréens.")
    assert only(events, "REJECT").source == ["JPNGOV"]
    assert not [e for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize("sentence", [
    "Le ministère russe des Affaires étrangères n'a pu ni confirmer ni démentir ces informations sur l'attaque.",
    "Le gouvernement français n'a ni confirmé ni démenti le projet de réforme.",
])
def test_neither_confirm_nor_deny_is_no_denial(code_fr, sentence):
    assert not [e for e in code_fr(sentence) if e.type == "REJECT"]
