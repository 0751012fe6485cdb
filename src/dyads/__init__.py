"""dyads: news in, political event data out.

    import dyads
    db = dyads.open("dyads.db")          # SQLite file, or "postgresql://..."
    db.ingest(["examples/seeds/"])
    events = dyads.code_text("Moscou exige que l'Otan renonce à s'élargir.", lang="fr")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dyads.archive import Archive, open
from dyads.model import Actor, Article, Event, Failure, Group, Mention, Place, Story

__version__ = "0.1.0"

if TYPE_CHECKING:
    import datetime as dt


def code_text(text: str, lang: str | None = None, date: "dt.date | str | None" = None) -> list[Event]:
    """Events in a text, in French or English (detected when `lang` is None), dated against
    `date` (a date or "YYYY-MM-DD")."""
    from dyads.coder import code_text as _code_text

    return _code_text(text, lang=lang, date=date)


__all__ = ["Actor", "Archive", "Article", "Event", "Failure", "Group", "Mention", "Place",
           "Story", "code_text", "open", "__version__"]
