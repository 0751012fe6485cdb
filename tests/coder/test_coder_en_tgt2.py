"""English coder: reactions aimed at an act rather than at an actor (target rules act-antecedent,
named-act); invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("text, event_type, source, target", [
    # the outcome of an event noun ("the conclusions of the summit") is aimed at the event's doers
    ("Greek Prime Minister Kyriakos Mitsotakis met Cypriot President Nicos Anastasiades in Athens on Monday. "
     "The Turkish foreign ministry responded on Tuesday. It denounced the conclusions of the summit as hostile.",
     "ACCUSE", {"TUR"}, {"GRC"}),
])
def test_outcome_of_an_event_noun(code_en, text, event_type, source, target):
    event = only(code_en(text), event_type)
    assert countries(event.source) == source and countries(event.target) == target
    assert event.rule.endswith("/named-act")
