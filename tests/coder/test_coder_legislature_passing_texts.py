"""A legislature passing a text is no event (helper crt46): ratifying with no partner named,
approving funds for no one named, approving a constitution, a law or a budget
(gold/GUIDELINES.md: "passing a law: not coded unless it is aimed at another actor"). A
ratification with a partner, aid approved for a recipient and a plan of another actor approved
stay coded. Invented sentences, English and French."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence", [
    "The Libyan parliament did not ratify the demarcation.",
    "The Libyan parliament ratified the new constitution.",
    "The US Congress approved a budget authorizing funding for the wall.",
    "The US Senate approved funding for the border wall.",
])
def test_en_text_passed_is_no_event(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type in ("SUPPORT", "AID")]


@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("The Turkish parliament ratified the maritime agreement with Libya.", "SUPPORT", "TURLEG", {"LBY"}),
    ("The US Congress approved military aid to Ukraine.", "AID", "USALEG", {"UKR"}),
    ("The US Congress approved a loan for Ukraine.", "AID", "USALEG", {"UKR"}),
])
def test_en_act_aimed_at_another_actor_stays(code_en, sentence, event_type, source, target):
    event = only(code_en(sentence), event_type)
    assert event.source == [source] and countries(event.target) == target


@pytest.mark.parametrize("sentence", [
    "Le parlement espagnol a approuvé la Constitution européenne avec 311 voix.",
    "Le Parlement italien a approuvé la loi de l'Union européenne sur le climat.",
    "Le Sénat italien a ratifié le traité.",
])
def test_fr_text_passed_is_no_event(code_fr, sentence):
    assert not [e for e in code_fr(sentence) if e.type in ("SUPPORT", "AID")]


@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("Le Parlement turc a ratifié l'accord maritime avec la Libye.", "SUPPORT", "TURLEG", "LBY"),
    ("Le parlement grec a approuvé le plan de l'Union européenne.", "SUPPORT", "GRCLEG", "EU"),
])
def test_fr_act_aimed_at_another_actor_stays(code_fr, sentence, event_type, source, target):
    event = only(code_fr(sentence), event_type)
    assert event.source == [source] and [c[:3] if len(c) == 6 else c for c in event.target] == [target]
