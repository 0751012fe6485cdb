"""The Python API: one object over a store, with what the CLI and HTTP API offer.

    import dyads
    db = dyads.open("dyads.db")
    db.ingest(["examples/seeds/"])
    db.search("sécurité")
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable
from urllib.parse import urlsplit

from dyads import analysis
from dyads.dedup import canonical_url
from dyads.model import Article, Document, Event, Failure, Group, Story
from dyads.pipeline import IngestSummary, code_batch, ingest, recode
from dyads.store import ArticleHit, Store, open_store

if TYPE_CHECKING:
    import networkx as nx


class Archive:
    def __init__(self, store: Store, actors: Iterable[str | Path] = ()):
        self.store = store
        # the user's actor files, read after the shipped ones by the coder of this archive
        self.actors = tuple(str(Path(p)) for p in actors)
        self._coder = functools.partial(code_batch, actors=self.actors or None)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ingest(self, sources: Iterable[str | Path | Document] | str | Path, code: bool = True,
               fetcher: Any = None,
               on_batch: Callable[[IngestSummary], None] | None = None,
               guard: Any = None, document_timeout: float | None = None) -> IngestSummary:
        """Store (and code) what `sources` hold. `guard`: the address policy of the fetcher
        made for URLs when none is given (a server passes `PublicAddresses()`).
        `document_timeout`: seconds each document may take (default DYADS_DOCUMENT_TIMEOUT,
        else 60; 0: no limit), past which it is recorded as failed."""
        if isinstance(sources, (str, Path)):
            sources = [sources]
        items = [s if isinstance(s, (Document, Failure)) else str(s) for s in sources]
        return ingest(items, self.store, code=code, fetcher=fetcher, on_batch=on_batch, coder=self._coder,
                      guard=guard, document_timeout=document_timeout)

    def recode(self) -> int:
        return recode(self.store, coder=self._coder)

    def articles(self, source: str | None = None, lang: str | None = None,
                 since: dt.date | dt.datetime | None = None,
                 until: dt.date | dt.datetime | None = None,
                 limit: int | None = None, offset: int = 0) -> list[Article]:
        """Stored articles, newest first. `source` is a site as typed ("www.Example.org",
        "https://example.org/"); `lang` any case."""
        return self.store.articles(source=site(source) if source else None,
                                   language=lang.strip().lower() if lang else None,
                                   since=since, until=until, limit=limit, offset=offset)

    def article(self, article_id: str) -> Article | None:
        return self.store.article(article_id)

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[ArticleHit]:
        """Articles holding every word of `query`, best first, each with its rank and its
        relevance (0-1: its score as a share of the best hit's)."""
        hits = self.store.search(query, limit=limit, offset=offset)
        if not hits:
            return hits
        best = hits[0].score if offset == 0 else self.store.search(query, limit=1)[0].score
        for rank, hit in enumerate(hits, offset + 1):
            hit.rank = rank
            hit.relevance = round(min(1.0, hit.score / best), 3) if best > 0 else 1.0
        return hits

    def events(self, actor: str | None = None, source: str | None = None,
               target: str | None = None, type: str | None = None,
               since: dt.date | None = None, until: dt.date | None = None,
               article_id: str | None = None, limit: int | None = None,
               offset: int = 0, min_confidence: float | None = None) -> list[Event]:
        """Events in date order; `min_confidence` keeps those the coder is surer of (on
        news it never saw, its surer events are more often right: README, Evaluation)."""
        return self.store.events(actor=actor, source=source, target=target, type=type,
                                 since=since, until=until, article_id=article_id,
                                 limit=limit, offset=offset, min_confidence=min_confidence)

    def failures(self, limit: int | None = None) -> list[Failure]:
        return self.store.failures(limit=limit)


    # -- analysis: groups, stories, aggregates, exports (dyads.analysis, dyads.export) --------
    def groups(self, since: dt.date | None = None, until: dt.date | None = None,
               min_confidence: float | None = None) -> list[Group]:
        """One group per happening, with how many mentions, articles and sources report it;
        `min_confidence` keeps those with an event the coder is at least that sure of."""
        return analysis.groups(self.store, since=since, until=until, min_confidence=min_confidence)

    def stories(self) -> list[Story]:
        return analysis.stories(self.store)

    def story(self, story_id: str) -> Story | None:
        return analysis.story(self.store, story_id)

    def timeline(self, a: str, b: str, by: str = "month", directed: bool = False,
                 since: dt.date | None = None, until: dt.date | None = None,
                 min_confidence: float | None = None) -> list[dict[str, Any]]:
        """The A-B dyad per day, week or month: happenings by quad class, Goldstein."""
        return analysis.timeline(self.store, a, b, by=by, directed=directed, since=since,
                                 until=until, min_confidence=min_confidence)

    def actor_totals(self, since: dt.date | None = None, until: dt.date | None = None,
                     min_confidence: float | None = None) -> list[dict[str, Any]]:
        return analysis.actor_totals(self.store, since=since, until=until, min_confidence=min_confidence)

    def network(self, since: dt.date | None = None, until: dt.date | None = None,
                min_confidence: float | None = None) -> "nx.DiGraph":
        """The directed actor network: edges weighted by happenings, with mean Goldstein."""
        return analysis.actor_network(self.store, since=since, until=until, min_confidence=min_confidence)

    def export(self, what: str, fmt: str, out: str | Path, since: dt.date | None = None,
               until: dt.date | None = None, min_confidence: float | None = None) -> int:
        """Write articles | events | groups as csv | jsonl | parquet | gdelt; returns rows.
        `since`/`until` keep a period (inclusive); `min_confidence` keeps surer events."""
        from dyads.export import Selection, export

        return export(self.store, what, fmt, out, Selection(since, until, min_confidence))


def site(text: str) -> str:
    """A site as articles store it (`source`): the host of the canonical URL, without www."""
    text = text.strip()
    return urlsplit(canonical_url(text if "://" in text else f"https://{text}")).netloc


class StoreError(Exception):
    """The store cannot be opened: the path or URL is wrong, or the file is not a dyads store."""


SQLITE_HEADER = b"SQLite format 3\x00"


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file dyads must not write into: a folder, a non-SQLite file, or another
    program's SQLite database (migrating it would add dyads' tables to it)."""
    if path.is_dir():
        raise StoreError(f"cannot open the store {path}: it is a folder, not a store file")
    if not path.is_file() or path.stat().st_size == 0:
        return  # a new store
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise StoreError(f"cannot open the store {path}: not a SQLite database")
    read_only = f"{path.resolve().as_uri()}?mode=ro"
    with contextlib.closing(sqlite3.connect(read_only, uri=True)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if tables and "schema_migrations" not in tables:
        raise StoreError(f"cannot open the store {path}: a SQLite database of another program "
                         f"(no dyads tables)")


def open(target: str | Path = "dyads.db", actors: Iterable[str | Path] = ()) -> Archive:  # noqa: A001
    """The archive in a SQLite file (created when missing) or at a postgresql:// URL;
    StoreError, with the reason in one line, when it cannot be opened. `actors`: the user's
    actor files (see dyads/actors/data/README.md), checked now (ActorFileError names the
    file and line) and used by this archive's coder after the shipped dictionary."""
    actors = tuple(actors)
    if actors:
        from dyads.actors import load_dictionary
        load_dictionary(actors)
    text = str(target)
    local = not text.startswith(("postgresql://", "postgres://")) and text != ":memory:"
    if local:
        text = str(Path(text).expanduser())  # "~/news.db" from a quoted DYADS_DB
    try:
        if local:
            _check_sqlite_file(Path(text))
        return Archive(open_store(text), actors)
    except StoreError:
        raise
    except Exception as error:  # sqlite3, psycopg or OS errors: the reason is their message
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise StoreError(f"cannot open the store {without_password(text)}: {reason}") from error


def without_password(target: str) -> str:
    """postgresql://user:secret@host/db -> postgresql://user:***@host/db, for messages."""
    return re.sub(r"^(\w+://[^:/@]*):[^@/]*@", r"\1:***@", target)
