"""An event noun compounded with a police or army noun names a kind of unit, not an act (rule
unit-kind): "riot police" stage no riot. Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("text", [
    "Kenyan riot police smashed windows of cars.",
    "Video shows Kenyan riot police smashing windows of cars with drivers inside.",
])
def test_riot_police_stage_no_protest(code_en, text):
    assert not [e for e in code_en(text) if e.type == "PROTEST"]


def test_french_riot_police_stage_no_protest(code_fr):
    assert not [e for e in code_fr("La police anti-émeute kényane a brisé des vitres.") if e.type == "PROTEST"]


def test_a_riot_is_still_a_protest(code_en):
    event = only(code_en("Protesters staged a riot outside the Kenyan parliament."), "PROTEST")
    assert event.source == ["KENCVL"]
