"""Shared by the French coder tests: one spaCy load per session, seed sentences, look-ups."""

from __future__ import annotations

import datetime as dt
import json
from typing import Callable

import pytest
from conftest import shared_path

from dyads.model import Event

# The first seed article's publication day (Monday 14 February 2022).
PUBLISHED = dt.date(2022, 2, 14)


@pytest.fixture(scope="session")
def code_fr() -> Callable[..., list[Event]]:
    """`code_fr(text, date=PUBLISHED)`: the events of a French text; spaCy loads once."""
    from dyads import code_text

    code_text("Moscou a rejeté la proposition de Washington.", lang="fr")  # load models once

    def code(text: str, date: dt.date | None = PUBLISHED) -> list[Event]:
        return code_text(text, lang="fr", date=date)
    return code


@pytest.fixture(scope="session")
def seed_sentences() -> dict[str, dict]:
    """The gold records of the seed sentences by id ("seed-01" ...), from ../shared/gold."""
    path = shared_path("gold", "seeds_gold.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: r for r in records}


def only(events: list[Event], event_type: str) -> Event:
    """The single event of `event_type` (fails, listing what was coded, otherwise)."""
    found = [e for e in events if e.type == event_type]
    assert len(found) == 1, f"expected one {event_type}, got {[(e.type, e.source, e.target) for e in events]}"
    return found[0]


def spanned(event: Event, role: str) -> list[str]:
    """The words of the sentence that event.spans[role] points at."""
    return [event.sentence[start:end] for start, end in event.spans[role]]
