"""Coder (English and French): repression and force aimed at a gathering (invented sentences)."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


# a repression aimed at a gathering (protests, a rally, the unrest, « la manifestation ») hits the
# people gathered: the civilians of the country (target rule crowd-object), also down the act a
# use of force is for ("used water cannon to disperse protests")
@pytest.mark.parametrize("sentence, source", [
    ("Belarusian riot police used water cannon to disperse protests.", "BLRCOP"),
    ("The Belarusian authorities chose to suppress the protests.", "BLRGOV"),
    ("Sudanese troops quelled the unrest.", "SDNMIL"),
    ("Iranian police broke up a rally.", "IRNCOP"),
])
def test_repression_of_a_gathering_hits_its_people(code_en, sentence, source):
    event = only(code_en(sentence), "COERCE")
    assert event.source == [source] and event.target == [source[:3] + "CVL"]
    assert event.rule.endswith("/crowd-object")


@pytest.mark.parametrize("sentence, source", [
    ("La police togolaise a dispersé la manifestation.", "TGOCOP"),
    ("La police égyptienne a réprimé les manifestations.", "EGYCOP"),
])
def test_repression_of_a_gathering_fr(code_fr, sentence, source):
    event = only(code_fr(sentence), "COERCE")
    assert event.source == [source] and event.target == [source[:3] + "CVL"]


def test_suppressing_no_gathering_is_no_repression(code_en):
    assert not [e for e in code_en("The drug can suppress appetite in mice.") if e.type == "COERCE"]
