"""Shared by the English coder tests: one spaCy load per session, and look-ups."""

from __future__ import annotations

import datetime as dt
from typing import Callable

import pytest
from coder_common import coder_for, only, spanned  # noqa: F401 (re-exported for the tests)

from dyads.model import Event

DAY = dt.date(2022, 3, 1)


@pytest.fixture(scope="session")
def code_en() -> Callable[..., list[Event]]:
    """`code_en(text, date=DAY)`: the events of an English text; spaCy loads once."""
    return coder_for("en", "Russia rejected the proposal of the United States.", DAY)


def countries(codes: list[str]) -> set[str]:
    """RUSGOV -> RUS; organisations unchanged."""
    return {c[:3] if len(c) == 6 else c for c in codes}
