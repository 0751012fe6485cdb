"""English verdicts of disregard: an act said to go against a law, a resolution or a
principle, or to contradict it, is the speaker's criticism of whoever did it (rule
judged-prep-pair: "go against", whose argument is the preposition itself; "contradict" in the
damning words of saying, concluding and naming verbs). Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source, target", [
    ("The Egyptian foreign minister said the accord signed between Turkey and Libya goes against the "
     "Security Council resolution.", {"EGY"}, {"TUR", "LBY"}),
    ("Cyprus said the agreement signed between Turkey and Libya went against international law.", {"CYP"}, {"TUR", "LBY"}),
    ("The German government said Hungary's new law contradicts the principles of the Union.", {"DEU"}, {"HUN"}),
    ("The Kremlin viewed Washington's decision as a measure contradicting the peace process.", {"RUS"}, {"USA"}),
])
def test_an_act_going_against_or_contradicting_a_rule_is_criticised(code_en, sentence, source, target):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.source) == source and countries(event.target) == target


@pytest.mark.parametrize("sentence", [
    # "go" with another preposition, or "against" on another verb, judges nothing
    "The Egyptian foreign minister said the talks between Turkey and Libya went well.",
    "The Egyptian foreign minister said the talks between Turkey and Libya will go on.",
    # "go against" with no object of its own is no verdict
    "The Egyptian foreign minister said he would not go against.",
])
def test_no_disregard_said_is_no_accusation(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "ACCUSE"]
