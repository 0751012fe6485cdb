"""What every store offers, whatever the database behind it."""

from __future__ import annotations

import datetime as dt
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, ContextManager, Iterable, Iterator

from dyads.model import Article, Event, Failure
from dyads.store.bands import band_keys, shares_band
from dyads.store.rows import SORT_KEY_SEP, row_to_article, row_to_event, utc_iso


class QueryTimeout(Exception):
    """A query ran past the store's time limit (`Store.limit_query_time`) and was stopped."""


@dataclass
class ArticleHit:
    """A search result. `score` is the backend's own (SQLite bm25, PostgreSQL ts_rank: not
    comparable across backends or queries); `rank` (1 = best) and `relevance` (the score as a
    share of the query's best hit: 1.0 for the best, 0.5 for half as relevant) are what
    readers see."""

    article: Article
    snippet: str
    score: float
    rank: int = 0
    relevance: float = 0.0


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
    """`WHERE` of the articles of a site (`source`: the site or a subdomain of it), a
    language, a period. Listings and counts by site use `Store.site_sources` instead, which
    turns the site into the stored sources it names, each one range of an index."""
    clauses, params = [], []
    if source:
        clauses.append("(source = ? OR source LIKE ?)")
        params += [source, "%." + source]
    more, values = article_clauses(language, since, until)
    clauses += more
    params += values
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def article_clauses(language: str | None, since: Any, until: Any) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if language:
        clauses.append("language = ?")
        params.append(language)
    if since:
        clauses.append("published_utc >= ?")
        params.append(date_bound(since))
    if until:
        clauses.append("published_utc < ?")
        params.append(date_bound(until, end=True))
    return clauses, params


def date_bound(value: dt.date | dt.datetime, end: bool = False) -> str:
    """A date bound covers the whole day: --until 2022-02-14 includes the 14th."""
    if isinstance(value, dt.datetime):
        return utc_iso(value)  # type: ignore[return-value]
    day = value + dt.timedelta(days=1) if end else value
    return utc_iso(dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc))  # type: ignore[return-value]


def date_filter(since: dt.date | None = None, until: dt.date | None = None) -> tuple[str, list[Any]]:
    """`WHERE` on the `date` column of rows `e` (events, event groups), both ends inclusive."""
    clauses: list[str] = []
    params: list[Any] = []
    if since:
        clauses.append("e.date >= ?")
        params.append(since.isoformat())
    if until:
        clauses.append("e.date <= ?")
        params.append(until.isoformat())
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


@dataclass
class EventSelection:
    """The events a listing's filters select, as SQL over `FROM {tables} WHERE {where}`,
    listed in order by `ORDER BY {order}` (the sort key, read from an index). `tables` is
    either `events e` or, with `rows`, `event_keys k`, whose events the listing joins (and a
    count need not, where the foreign key always deletes a key with its event)."""
    tables: str
    where: str
    params: list[Any]
    order: str
    rows: bool = False  # True: `tables` is event_keys k, the listing joins their events e
    reads_events: bool = False  # the filters read the events' own columns (a count joins them)

    def listing(self, columns: str = "e.*") -> str:
        if self.rows:
            return (f"SELECT {columns} FROM {self.tables} CROSS JOIN events e "
                    f"WHERE e.id = k.event_id AND {self.where} ORDER BY {self.order}")
        return f"SELECT {columns} FROM {self.tables} WHERE {self.where} ORDER BY {self.order}"

    def counting(self, at_most: int | None = None, keys_only: bool = False) -> str:
        """The count of the selection; with `at_most`, of its first `at_most` rows only
        (index entries read: at most that many, whatever the archive's size). `keys_only`:
        count keys without looking their events up, where a key never outlives its event."""
        tables, where = self.tables, self.where
        if self.rows and (not keys_only or self.reads_events):
            tables, where = f"{tables} CROSS JOIN events e", f"e.id = k.event_id AND {where}"
        if at_most is None:
            return f"SELECT count(*) AS n FROM {tables} WHERE {where}"
        return (f"SELECT count(*) AS n FROM (SELECT 1 FROM {tables} WHERE {where} "
                f"LIMIT {int(at_most)}) AS bounded")


def event_selection(actor: str | None = None, source: str | None = None,
                    target: str | None = None, type: str | None = None,
                    since: dt.date | None = None, until: dt.date | None = None,
                    article_id: str | None = None, after: str | None = None,
                    min_confidence: float | None = None) -> EventSelection:
    """The listing's query: one index range, read in listing order, so that a page reads
    about as many index entries as it lists (no sort of every matching event, no scan).

    With actor filters it walks one `event_keys` range (of the source > target pair when
    both are given, else of the first filter; with the type when one is given); the other
    actor filter is checked against the `event_keys` primary key, event by event. Without
    actor filters, the `events` indexes (type, sort_key), (sort_key) give the order; with an
    article, (article_id, sort_key) (an article has few events: its actors are checked one
    by one). Dates are a range of the sort key. `after`: only the events whose sort key
    comes after it (a keyset page: the range starts there instead of at its start).
    `min_confidence`: only the events the coder gave at least that confidence, checked event
    by event on the range the other filters walk."""
    keys = [(kind, code.upper()) for code, kind in
            ((actor, "actor"), (source, "source"), (target, "target")) if code]
    if source and target:
        keys = [("dyad", f"{source.upper()}>{target.upper()}"), *keys[:-2]]
    clauses: list[str] = []
    params: list[Any] = []
    rows = bool(keys and not article_id)
    if rows:
        # The listing's CROSS JOIN: SQLite keeps this join order (the key range drives);
        # PostgreSQL plans it as any inner join.
        tables, order, typed, event = "event_keys k", "k.sort_key", "k.type", "k.event_id"
        clauses.append("k.kind = ? AND k.key = ?")
        params += keys[0]
        keys = keys[1:]
    else:
        tables, order, typed, event = "events e", "e.sort_key", "e.type", "e.id"
    for kind, code in keys:
        clauses.append(f"EXISTS (SELECT 1 FROM event_keys x WHERE x.kind = ? AND x.key = ? "
                       f"AND x.sort_key = {order} AND x.event_id = {event})")
        params += [kind, code]
    if type:
        clauses.append(f"{typed} = ?")
        params.append(type.upper())
    if since or until:
        # Dates as a range of the sort key, which starts with the date: every dated key
        # starts with a digit, undated ones with the separator (so they stay out of any
        # date range), and keys of the day `until` end the day's prefix with SEP.
        clauses.append(f"{order} >= ? AND {order} < ?")
        params += [since.isoformat() if since else "0",
                   (until.isoformat() + chr(ord(SORT_KEY_SEP) + 1)) if until else ":"]
    if article_id:
        clauses.append("e.article_id = ?")
        params.append(article_id)
    if min_confidence is not None:
        clauses.append("e.confidence >= ?")
        params.append(float(min_confidence))
    if after is not None:
        clauses.append(f"{order} > ?")
        params.append(after)
    where = " AND ".join(clauses) or "TRUE"
    return EventSelection(tables, where, params, order, rows, reads_events=min_confidence is not None)


class Store(ABC):
    """The archive and its events. `save_batch` is the only write path of an ingest."""

    backend: str

    @abstractmethod
    def close(self) -> None: ...

    def files(self) -> list[Path]:
        """The files the store lives in on this machine (none for a server), which an
        ingest of the folder that holds them must not read as news."""
        return []

    @abstractmethod
    def limit_query_time(self, seconds: float | None) -> None:
        """From now on, stop any query of this store that runs longer than `seconds` (None
        or 0: no limit) with QueryTimeout. A server's read connections set one, so that no
        request holds a worker and the database for long."""

    @abstractmethod
    def query(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        """Rows of SQL in the backend's dialect, read by column name (the analysis uses it)."""

    # SQL shared by the backends is written with `?` placeholders; `portable` puts it in the
    # backend's own style, and `NO_LIMIT` is the LIMIT value that means none.
    NO_LIMIT: Any = None

    def portable(self, sql: str) -> str:
        return sql

    def events(self, actor: str | None = None, source: str | None = None,
               target: str | None = None, type: str | None = None,
               since: dt.date | None = None, until: dt.date | None = None,
               article_id: str | None = None, limit: int | None = None,
               offset: int = 0, min_confidence: float | None = None) -> list[Event]:
        """Events in date order (then article, place in it); `actor` is either role."""
        q = event_selection(actor, source, target, type, since, until, article_id,
                            min_confidence=min_confidence)
        rows = self.query(self.portable(f"{q.listing()} LIMIT ? OFFSET ?"),
                          [*q.params, self.NO_LIMIT if limit is None else limit, offset])
        return [row_to_event(r) for r in rows]

    def event_page(self, limit: int, offset: int = 0, after: str | None = None,
                   **filters: Any) -> tuple[list[Event], str | None]:
        """One page of `events(**filters)`: `limit` events from `offset`, or from just after
        the sort key `after` (keyset pagination: the cost of a page does not grow with how
        far it is). Also returns the sort key of the page's last event when more follow (the
        `after` of the next page), None on the last page."""
        q = event_selection(**filters, after=after)
        rows = self.query(self.portable(f"{q.listing()} LIMIT ? OFFSET ?"),
                          [*q.params, limit + 1, offset])
        more = len(rows) > limit
        rows = rows[:limit]
        return [row_to_event(r) for r in rows], (rows[-1]["sort_key"] if more else None)

    # An event as JSON, made by the database: the object `Event.to_dict()` gives, field for
    # field, written by the backend's JSON functions (each backend says how).
    EVENT_JSON: str = ""

    def event_page_json(self, limit: int, offset: int = 0, after: str | None = None,
                        **filters: Any) -> tuple[list[str], str | None]:
        """`event_page` with each event as a JSON text written by the database: a page of
        the API without a Python object per event (a third of the CPU time per request)."""
        q = event_selection(**filters, after=after)
        rows = self.query(self.portable(
            f"{q.listing(f'{self.EVENT_JSON} AS event, {q.order} AS sort_key')} LIMIT ? OFFSET ?"),
            [*q.params, limit + 1, offset])
        more = len(rows) > limit
        return [r["event"] for r in rows[:limit]], (rows[limit - 1]["sort_key"] if more else None)

    def event_plan(self, limit: int = 50, offset: int = 0, after: str | None = None,
                   **filters: Any) -> list[str]:
        """How the database runs `event_page(limit, offset, after, **filters)`: the lines of
        its plan (SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN)."""
        q = event_selection(**filters, after=after)
        return self.explain(self.portable(f"{q.listing()} LIMIT ? OFFSET ?"),
                            [*q.params, limit + 1, offset])

    @abstractmethod
    def explain(self, sql: str, params: Iterable[Any] = ()) -> list[str]:
        """The plan of a query, one line per step."""

    @abstractmethod
    def full_scans(self, plan: list[str]) -> list[str]:
        """The lines of a plan that read a whole table of events (or of their actors or keys)
        row by row, or sort every matching event: what a listing must never do."""

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

    def near_duplicate_candidates(self, signature: bytes) -> list[str]:
        """Ids of the stored original articles whose signature agrees with `signature` on a
        whole LSH band (`dyads.store.bands`): the band keys looked up in the index, each
        match verified against the stored signature. What MinHashLSH.query answered when every
        signature was loaded at the start of an ingest, at the cost of a few index lookups."""
        keys = band_keys(signature)
        if not keys:
            return []
        rows = self.query(self.portable(
            "SELECT DISTINCT a.id, a.minhash FROM minhash_bands b JOIN articles a ON a.id = b.article_id "
            f"WHERE b.key IN ({', '.join('?' for _ in keys)}) AND a.duplicate_of IS NULL"), keys)
        return sorted(r["id"] for r in rows if r["minhash"] is not None
                      and shares_band(signature, bytes(r["minhash"])))

    # -- articles, newest first ---------------------------------------------------------
    # The listing order, given by the index (source, published_utc DESC, id) within a source
    # (migration 009) and by articles_published without one.
    ARTICLE_ORDER = "published_utc DESC, id"
    ARTICLE_COLUMNS = "*"  # what `row_to_article` reads, with published_utc and id
    # A site with more stored sources than this is listed by one IN (...) and a sort.
    MAX_SITE_SOURCES = 32

    def site_sources(self, site: str) -> list[str]:
        """The stored sources a site filter names: the site itself and its subdomains
        (`fr.sputniknews.com` for `sputniknews.com`). Found by walking the distinct values
        of the source index, one seek per distinct source of the archive (not per article),
        so that each can then be read as one index range in listing order."""
        rows = self.query(self.portable(
            "WITH RECURSIVE s(source) AS (SELECT min(source) FROM articles UNION ALL "
            "SELECT (SELECT min(a.source) FROM articles a WHERE a.source > s.source) "
            "FROM s WHERE s.source IS NOT NULL) "
            "SELECT source FROM s WHERE source = ? OR source LIKE ?"), [site, "%." + site])
        return [r["source"] for r in rows]

    def article_listing(self, source: str | None = None, language: str | None = None,
                        since: Any = None, until: Any = None, limit: int | None = None,
                        offset: int = 0) -> tuple[str, list[Any]] | None:
        """The listing's query in the backend's style and its parameters; None when the
        site has no article. A site reads, for each of its sources, the first offset + limit
        articles of one index range (source, date), and the pages are merged: no scan of
        the articles, no sort of all a site's articles."""
        columns, order = self.ARTICLE_COLUMNS, self.ARTICLE_ORDER
        clauses, params = article_clauses(language, since, until)
        limit_value = self.NO_LIMIT if limit is None else limit
        if source:
            sources = self.site_sources(source)
            if not sources:
                return None
            if 1 < len(sources) <= self.MAX_SITE_SOURCES:
                first = self.NO_LIMIT if limit is None else limit + offset
                where = " AND ".join(["source = ?", *clauses])
                parts = [f"SELECT * FROM (SELECT {columns} FROM articles WHERE {where} ORDER BY {order} "
                         f"LIMIT ?) AS s{i}" for i in range(len(sources))]
                values = [v for s in sources for v in (s, *params, first)]
                return (self.portable(f"{' UNION ALL '.join(parts)} ORDER BY {order} LIMIT ? OFFSET ?"),
                        [*values, limit_value, offset])
            # one source: one index range; very many: one IN (...) and a sort
            clauses = [f"source IN ({', '.join('?' for _ in sources)})" if len(sources) > 1
                       else "source = ?", *clauses]
            params = [*sources, *params]
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return (self.portable(f"SELECT {columns} FROM articles {where} ORDER BY {order} "
                              "LIMIT ? OFFSET ?"), [*params, limit_value, offset])

    def articles(self, source: str | None = None, language: str | None = None,
                 since: Any = None, until: Any = None, limit: int | None = None,
                 offset: int = 0) -> list[Article]:
        """Articles newest first, of a site (and its subdomains), a language, a period."""
        listing = self.article_listing(source, language, since, until, limit, offset)
        if listing is None:
            return []
        return [row_to_article(r) for r in self.query(*listing)]

    def article_plan(self, limit: int = 50, offset: int = 0, **filters: Any) -> list[str]:
        """How the database runs `articles(**filters)`: the lines of its plan."""
        listing = self.article_listing(**filters, limit=limit, offset=offset)
        return self.explain(*listing) if listing else []

    def count_articles(self, source: str | None = None, language: str | None = None,
                       since: Any = None, until: Any = None) -> int:
        clauses, params = article_clauses(language, since, until)
        if source:
            sources = self.site_sources(source)
            if not sources:
                return 0
            clauses.insert(0, f"source IN ({', '.join('?' for _ in sources)})")
            params = [*sources, *params]
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return self.query(self.portable(f"SELECT count(*) AS n FROM articles {where}"), params)[0]["n"]

    @abstractmethod
    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[ArticleHit]: ...

    @abstractmethod
    def count_events(self, at_most: int | None = None, **filters: Any) -> int:
        """The events that `events(**filters)` lists; with `at_most`, counted up to that
        number only (the answer is then min(count, at_most): a bounded read)."""

    @abstractmethod
    def failures(self, limit: int | None = None) -> list[Failure]: ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
