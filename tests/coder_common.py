"""Shared by the coder tests of both languages: a coder that loads spaCy once, look-ups."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from dyads.model import Event


def coder_for(lang: str, warm_up: str, default_date: dt.date) -> Callable[..., list[Event]]:
    """`code(text, date=default_date)`: the events of a text in `lang`, the models loaded now
    (by coding `warm_up`) so that no test pays for them."""
    from dyads import code_text

    code_text(warm_up, lang=lang)

    def code(text: str, date: dt.date | None = default_date) -> list[Event]:
        return code_text(text, lang=lang, date=date)
    return code


def only(events: list[Event], event_type: str) -> Event:
    """The single event of `event_type` (fails, listing what was coded, otherwise)."""
    found = [e for e in events if e.type == event_type]
    assert len(found) == 1, f"expected one {event_type}, got {[(e.type, e.source, e.target) for e in events]}"
    return found[0]


def spanned(event: Event, role: str) -> list[str]:
    """The words of the sentence that event.spans[role] points at ("source", "trigger", "target")."""
    return [event.sentence[start:end] for start, end in event.spans[role]]


def dyads(events: list[Event]) -> set[tuple[str, str, str]]:
    """(type, sources, targets) of each event, codes sorted and joined by commas."""
    return {(e.type, ",".join(sorted(e.source)), ",".join(sorted(e.target))) for e in events}


def sentence_of(events: list[Event], start: str) -> list[Event]:
    """The events of the sentence that starts with `start`."""
    return [e for e in events if e.sentence.startswith(start)]
