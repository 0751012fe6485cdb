"""What every store offers, whatever the database behind it."""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, Iterator

from dyads.model import Article, Event, Failure


@dataclass
class ArticleHit:
    article: Article
    snippet: str
    score: float


def actor_clause(code: str, role: str | None) -> tuple[str, list[Any]]:
    """An actor filter: a bare country code (RUS) matches every sector (RUSGOV, RUSMIL);
    a full code (RUSGOV, NATO) matches itself."""
    column = "country" if len(code) == 3 else "code"
    sql = f"EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND x.{column} = ?"
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
    def save_batch(self, articles: list[tuple[Article, bytes | None, str | None]],
                   events: dict[str, list[Event]], failures: list[Failure]) -> None: ...

    @abstractmethod
    def replace_events(self, article_id: str, events: list[Event]) -> None: ...

    @abstractmethod
    def record_failures(self, failures: list[Failure]) -> None: ...

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
