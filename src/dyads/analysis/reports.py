"""Events of original articles, each with the facts about its article that grouping needs.

Only events of original articles are read (`duplicate_of IS NULL`): a near-duplicate copy is
not coded by the pipeline, and this filter keeps it out of every count even if it were.
"""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from dyads.model import Event
from dyads.store.rows import parse_datetime, row_to_event

# SQLite's default limit on host parameters is 999; stay well below it.
CHUNK = 500

REPORT_SQL = ("SELECT e.*, a.url AS article_url, a.source AS article_source, "
              "a.title AS article_title, a.published_utc AS article_published "
              "FROM events e JOIN articles a ON a.id = e.article_id "
              "WHERE a.duplicate_of IS NULL")


@dataclass
class Report:
    """One event as reported by one article."""

    event: Event
    url: str | None
    source: str | None  # the article's domain
    title: str | None
    published: dt.datetime | None  # the article's publication, UTC

    @property
    def article_id(self) -> str:
        return self.event.article_id or ""


def _report(row: Any) -> Report:
    return Report(row_to_event(row), row["article_url"], row["article_source"],
                  row["article_title"], parse_datetime(row["article_published"]))


def query(store: Any, sql: str, params: Iterable[Any] = ()) -> list[Any]:
    """Rows of a portable query; read columns by name (SQLite rows and PostgreSQL dicts)."""
    return store.query(store.portable(sql), list(params))


@contextmanager
def writing(store: Any) -> Iterator[Callable[..., Any]]:
    """One transaction; yields `execute(sql, params)` taking portable SQL."""
    with store.transaction() as c:
        yield lambda sql, params=(): c.execute(store.portable(sql), tuple(params))


def chunks(items: Iterable[str], size: int = CHUNK) -> Iterator[list[str]]:
    items = sorted(set(items))
    for i in range(0, len(items), size):
        yield items[i:i + size]


def marks(values: list[str]) -> str:
    return ", ".join("?" for _ in values)


def all_reports(store: Any) -> list[Report]:
    return [_report(r) for r in query(store, REPORT_SQL)]


def reports_of_articles(store: Any, article_ids: Iterable[str]) -> list[Report]:
    out: list[Report] = []
    for part in chunks(article_ids):
        out += [_report(r) for r in query(store, 
            f"{REPORT_SQL} AND e.article_id IN ({marks(part)})", part)]
    return out


def reports_of_events(store: Any, event_ids: Iterable[str]) -> list[Report]:
    out: list[Report] = []
    for part in chunks(event_ids):
        out += [_report(r) for r in query(store, f"{REPORT_SQL} AND e.id IN ({marks(part)})", part)]
    return out
