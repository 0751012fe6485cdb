"""English coder: meetings and contacts said with nouns (helper "meet"); invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, sources", [
    # an event noun no verb carries names its parties after "between" (rule noun-owner)
    ("Aides were unable to reschedule a meeting between Vladimir Putin and Recep Tayyip Erdogan in Sochi.", {"RUS", "TUR"}),
    ("Diplomats tried to arrange talks between Vladimir Putin and Emmanuel Macron next week.", {"RUS", "FRA"}),
])
def test_meeting_noun_names_its_parties(code_en, sentence, sources):
    event = only(code_en(sentence), "CONSULT")
    assert countries(event.source) == sources and event.target == []
    assert ":noun:noun-owner/" in event.rule
