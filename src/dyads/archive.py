"""The Python API: one object over a store, with what the CLI and HTTP API offer.

    import dyads
    db = dyads.open("dyads.db")
    db.ingest(["examples/seeds/"])
    db.search("sécurité")
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from dyads import analysis
from dyads.model import Article, Document, Event, Failure, Group, Story
from dyads.pipeline import IngestSummary, ingest, recode
from dyads.store import ArticleHit, Store, open_store

if TYPE_CHECKING:
    import networkx as nx


class Archive:
    def __init__(self, store: Store):
        self.store = store

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest(self, sources: Iterable[str | Path | Document] | str | Path, code: bool = True,
               fetcher: Any = None,
               on_batch: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
        if isinstance(sources, (str, Path)):
            sources = [sources]
        items = [s if isinstance(s, (Document, Failure)) else str(s) for s in sources]
        return ingest(items, self.store, code=code, fetcher=fetcher, on_batch=on_batch)

    def recode(self) -> int:
        return recode(self.store)

    def articles(self, source: str | None = None, lang: str | None = None,
                 since: dt.date | dt.datetime | None = None,
                 until: dt.date | dt.datetime | None = None,
                 limit: int | None = None, offset: int = 0) -> list[Article]:
        return self.store.articles(source=source, language=lang, since=since, until=until,
                                   limit=limit, offset=offset)

    def article(self, article_id: str) -> Article | None:
        return self.store.article(article_id)

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[ArticleHit]:
        return self.store.search(query, limit=limit, offset=offset)

    def events(self, actor: str | None = None, source: str | None = None,
               target: str | None = None, type: str | None = None,
               since: dt.date | None = None, until: dt.date | None = None,
               article_id: str | None = None, limit: int | None = None,
               offset: int = 0) -> list[Event]:
        return self.store.events(actor=actor, source=source, target=target, type=type,
                                 since=since, until=until, article_id=article_id,
                                 limit=limit, offset=offset)

    def failures(self, limit: int | None = None) -> list[Failure]:
        return self.store.failures(limit=limit)


    # -- analysis: groups, stories, aggregates, exports (dyads.analysis, dyads.export) --------
    def groups(self, since: dt.date | None = None, until: dt.date | None = None) -> list[Group]:
        """One group per happening, with how many mentions, articles and sources report it."""
        return analysis.groups(self.store, since=since, until=until)

    def stories(self) -> list[Story]:
        return analysis.stories(self.store)

    def story(self, story_id: str) -> Story | None:
        return analysis.story(self.store, story_id)

    def timeline(self, a: str, b: str, by: str = "month", directed: bool = False,
                 since: dt.date | None = None, until: dt.date | None = None) -> list[dict[str, Any]]:
        """The A-B dyad per day, week or month: happenings by quad class, Goldstein."""
        return analysis.timeline(self.store, a, b, by=by, directed=directed, since=since,
                                 until=until)

    def actor_totals(self, since: dt.date | None = None,
                     until: dt.date | None = None) -> list[dict[str, Any]]:
        return analysis.actor_totals(self.store, since=since, until=until)

    def network(self, since: dt.date | None = None, until: dt.date | None = None) -> "nx.DiGraph":
        """The directed actor network: edges weighted by happenings, with mean Goldstein."""
        return analysis.actor_network(self.store, since=since, until=until)

    def export(self, what: str, fmt: str, out: str | Path) -> int:
        """Write articles | events | groups as csv | jsonl | parquet | gdelt; returns rows."""
        from dyads.export import export

        return export(self.store, what, fmt, out)

def open(target: str | Path = "dyads.db") -> Archive:  # noqa: A001 - the API reads as dyads.open()
    return Archive(open_store(target))
