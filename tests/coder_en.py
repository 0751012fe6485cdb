"""Shared by the English coder tests: one spaCy load per session, and look-ups."""

from __future__ import annotations

import datetime as dt
from typing import Callable

import pytest

from dyads.model import Event

DAY = dt.date(2022, 3, 1)


@pytest.fixture(scope="session")
def code_en() -> Callable[..., list[Event]]:
    """`code_en(text, date=DAY)`: the events of an English text; spaCy loads once."""
    from dyads import code_text

    code_text("Russia rejected the proposal of the United States.", lang="en")  # load models once

    def code(text: str, date: dt.date | None = DAY) -> list[Event]:
        return code_text(text, lang="en", date=date)
    return code


def only(events: list[Event], event_type: str) -> Event:
    """The single event of `event_type` (fails, listing what was coded, otherwise)."""
    found = [e for e in events if e.type == event_type]
    assert len(found) == 1, f"expected one {event_type}, got {[(e.type, e.source, e.target) for e in events]}"
    return found[0]


def countries(codes: list[str]) -> set[str]:
    """RUSGOV -> RUS; organisations unchanged."""
    return {c[:3] if len(c) == 6 else c for c in codes}


def spanned(event: Event, part: str) -> list[str]:
    """The words of the sentence a span list points at ("source", "trigger", "target")."""
    return [event.sentence[a:b] for a, b in event.spans[part]]
