"""dyads: news in, political event data out.

    import dyads
    db = dyads.open("dyads.db")          # SQLite file, or "postgresql://..."
    db.ingest(["examples/seeds/"])
    events = dyads.code_text("Moscou exige que l'Otan renonce à s'élargir.", lang="fr")
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _version
from typing import TYPE_CHECKING

from dyads.archive import Archive, open
from dyads.model import Actor, Article, Event, Failure, Group, Mention, Place, Story

try:  # the version is the installed package's (pyproject.toml), written in one place
    __version__ = _version("dyads")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

if TYPE_CHECKING:
    import datetime as dt


def code_text(text: str, lang: str | None = None, date: "dt.date | str | None" = None) -> list[Event]:
    """Events in a text, in French or English (detected when `lang` is None), dated against
    `date` (a date or "YYYY-MM-DD")."""
    from dyads.coder import code_text as _code_text

    return _code_text(text, lang=lang, date=date)


__all__ = ["Actor", "Archive", "Article", "Event", "Failure", "Group", "Mention", "Place",
           "Story", "code_text", "open", "__version__"]
