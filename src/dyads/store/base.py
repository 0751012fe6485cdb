"""What every store offers, whatever the database behind it."""

from __future__ import annotations

import datetime as dt
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from importlib import resources
from typing import Any, ContextManager, Iterable, Iterator

from dyads.model import Article, Event, Failure
from dyads.store.rows import utc_iso


@dataclass
class ArticleHit:
    article: Article
    snippet: str
    score: float


def migrations(backend: str) -> list[tuple[int, str, str]]:
    """(version, name, SQL) of `migrations/<backend>/NNN_name.sql`, in version order."""
    folder = resources.files("dyads.store") / "migrations" / backend
    found = []
    for entry in folder.iterdir():
        m = re.match(r"(\d+)_(\w+)\.sql$", entry.name)
        if m:
            found.append((int(m.group(1)), m.group(2), entry.read_text("utf-8")))
    return sorted(found)


def article_filters(source: str | None, language: str | None, since: Any,
                    until: Any) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if source:
        clauses.append("(source = ? OR source LIKE ?)")
        params += [source, "%." + source]
    if language:
        clauses.append("language = ?")
        params.append(language)
    if since:
        clauses.append("published_utc >= ?")
        params.append(date_bound(since))
    if until:
        clauses.append("published_utc < ?")
        params.append(date_bound(until, end=True))
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def date_bound(value: dt.date | dt.datetime, end: bool = False) -> str:
    """A date bound covers the whole day: --until 2022-02-14 includes the 14th."""
    if isinstance(value, dt.datetime):
        return utc_iso(value)  # type: ignore[return-value]
    day = value + dt.timedelta(days=1) if end else value
    return utc_iso(dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc))  # type: ignore[return-value]


def actor_clause(code: str, role: str | None) -> tuple[str, list[Any]]:
    """An actor filter: a bare country code (RUS) matches every sector (RUSGOV, RUSMIL);
    a full code (RUSGOV, NATO) matches itself."""
    column = "country" if len(code) == 3 else "code"
    # IN (uncorrelated), not EXISTS: SQLite ran EXISTS once per event, each run scanning
    # every row of the actor (minutes on 100,000 events); IN reads the actor's rows once.
    sql = f"e.id IN (SELECT x.event_id FROM event_actors x WHERE x.{column} = ?"
    params: list[Any] = [code.upper()]
    if role:
        sql += " AND x.role = ?"
        params.append(role)
    return sql + ")", params


def event_filters(actor: str | None = None, source: str | None = None,
                  target: str | None = None, type: str | None = None,
                  since: dt.date | None = None, until: dt.date | None = None,
                  article_id: str | None = None) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for code, role in ((actor, None), (source, "source"), (target, "target")):
        if code:
            sql, p = actor_clause(code, role)
            clauses.append(sql)
            params += p
    if type:
        clauses.append("e.type = ?")
        params.append(type.upper())
    if since:
        clauses.append("e.date >= ?")
        params.append(since.isoformat())
    if until:
        clauses.append("e.date <= ?")
        params.append(until.isoformat())
    if article_id:
        clauses.append("e.article_id = ?")
        params.append(article_id)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


class Store(ABC):
    """The archive and its events. `save_batch` is the only write path of an ingest."""

    backend: str

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def query(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        """Rows of SQL in the backend's dialect, read by column name (the analysis uses it)."""

    # -- writing: one transaction per call, each backend says how a row is written ----------
    @abstractmethod
    def transaction(self) -> ContextManager[Any]:
        """A transaction; yields the cursor that the three methods below write with."""

    @abstractmethod
    def _save_article(self, c: Any, article: Article, minhash: bytes | None,
                      canonical: str | None) -> None:
        """Insert or update the article (keeping when it was first ingested) and clear the
        failures of its origin."""

    @abstractmethod
    def _replace_events(self, c: Any, article_id: str, events: list[Event]) -> None: ...

    @abstractmethod
    def _record_failure(self, c: Any, failure: Failure) -> None: ...

    def save_batch(self, articles: list[tuple[Article, bytes | None, str | None]],
                   events: dict[str, list[Event]], failures: list[Failure]) -> None:
        """Articles, their events and the batch's failures in ONE transaction: a crash
        leaves either the whole batch or none of it."""
        with self.transaction() as c:
            for article, minhash, canonical in articles:
                self._save_article(c, article, minhash, canonical)
            for article_id, article_events in events.items():
                self._replace_events(c, article_id, article_events)
            for f in failures:
                self._record_failure(c, f)

    def replace_events(self, article_id: str, events: list[Event]) -> None:
        with self.transaction() as c:
            self._replace_events(c, article_id, events)

    def record_failures(self, failures: Iterable[Failure]) -> None:
        with self.transaction() as c:
            for f in failures:
                self._record_failure(c, f)

    @abstractmethod
    def get_state(self, key: str) -> str | None: ...

    @abstractmethod
    def set_state(self, key: str, value: str) -> None: ...

    @abstractmethod
    def article(self, article_id: str) -> Article | None: ...

    @abstractmethod
    def article_by_hash(self, content_hash: str) -> str | None: ...

    @abstractmethod
    def article_hash(self, article_id: str) -> str | None: ...

    @abstractmethod
    def minhashes(self) -> Iterator[tuple[str, bytes]]: ...

    @abstractmethod
    def articles(self, source: str | None = None, language: str | None = None,
                 since: Any = None, until: Any = None, limit: int | None = None,
                 offset: int = 0) -> list[Article]: ...

    @abstractmethod
    def count_articles(self, **filters: Any) -> int: ...

    @abstractmethod
    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[ArticleHit]: ...

    @abstractmethod
    def events(self, **filters: Any) -> list[Event]: ...

    @abstractmethod
    def count_events(self, **filters: Any) -> int: ...

    @abstractmethod
    def failures(self, limit: int | None = None) -> list[Failure]: ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
