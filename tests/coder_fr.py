"""Shared by the French coder tests: one spaCy load per session, seed sentences, look-ups."""

from __future__ import annotations

import datetime as dt
import json
from typing import Callable

import pytest
from coder_common import coder_for, only, spanned  # noqa: F401 (re-exported for the tests)
from conftest import shared_path

from dyads.model import Event

# The first seed article's publication day (Monday 14 February 2022).
PUBLISHED = dt.date(2022, 2, 14)


@pytest.fixture(scope="session")
def code_fr() -> Callable[..., list[Event]]:
    """`code_fr(text, date=PUBLISHED)`: the events of a French text; spaCy loads once."""
    return coder_for("fr", "Moscou a rejeté la proposition de Washington.", PUBLISHED)


@pytest.fixture(scope="session")
def seed_sentences() -> dict[str, dict]:
    """The gold records of the seed sentences by id ("seed-01" ...), from ../shared/gold."""
    path = shared_path("gold", "seeds_gold.jsonl")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: r for r in records}
