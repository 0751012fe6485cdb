"""The default store: one SQLite file in WAL mode, FTS5 search that ignores accents."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import threading
import time
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Iterable, Iterator

from dyads.model import Article, Event, Failure
from dyads.store.bands import band_rows, sql_band_key
from dyads.store.base import ArticleHit, QueryTimeout, Store, event_selection, migrations
from dyads.store.rows import (ARTICLE_ROW_COLUMNS, EVENT_COLUMNS, EVENT_ROW_COLUMNS, article_row,
                              event_rows, row_to_article, row_to_failure)


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: every word must appear; no syntax errors possible."""
    words = re.findall(r"\w+", text)
    return " ".join(f'"{w}"' for w in words)


class EventCounts:
    """Event counts by filters, shared by the connections of this process to one file (a
    server has one per worker thread), and forgotten whenever the data may have changed.
    A count is kept only if nothing was forgotten while it was taken (`generation`): a
    count read before another connection's commit is never kept after that commit."""

    LIMIT = 10_000  # counts kept at most (periods vary without end): then start again

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.values: dict[tuple[Any, ...], int] = {}
        self.generation = 0

    def forget(self) -> None:
        with self.lock:
            self.values.clear()
            self.generation += 1

    def get(self, key: tuple[Any, ...]) -> tuple[int | None, int]:
        with self.lock:
            return self.values.get(key), self.generation

    def keep(self, key: tuple[Any, ...], value: int, generation: int) -> None:
        with self.lock:
            if generation == self.generation:
                if len(self.values) >= self.LIMIT:
                    self.values.clear()
                self.values[key] = value


COUNTS: dict[str, EventCounts] = {}
COUNTS_LOCK = threading.Lock()


def event_counts(path: str) -> EventCounts:
    """The counts shared by this process's connections to `path`."""
    if path == ":memory:":  # every connection has a database of its own
        return EventCounts()
    with COUNTS_LOCK:
        return COUNTS.setdefault(os.path.realpath(path), EventCounts())


def event_json() -> str:
    """SQLite's json_object over an events row `e`: the stored JSON texts as they are, 0/1
    flags as false/true. Reals are written with 15 significant digits (Python writes up to
    17): the same numbers for the coder's, which have two decimals."""
    def value(column: str) -> str:
        if column in ("source", "target", "place", "reported_by", "spans"):
            return f"json(e.{column})"
        if column in ("negated", "hypothetical"):
            return f"json(CASE WHEN e.{column} THEN 'true' ELSE 'false' END)"
        return f"e.{column}"
    return "json_object(" + ", ".join(f"'{c}', {value(c)}" for c in EVENT_COLUMNS) + ")"


class SQLiteStore(Store):
    backend = "sqlite"
    NO_LIMIT = -1
    EVENT_JSON = event_json()

    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # One connection shared by the threads of a server; the lock serialises its use.
        self.conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None,
                                    timeout=30)
        self.conn.row_factory = sqlite3.Row
        self.lock = threading.RLock()
        self.counts = event_counts(self.path)
        self.time_limit: float | None = None  # see limit_query_time
        self.deadline: float | None = None
        self.data_version: int | None = None  # as last seen by count_events
        self._set_wal()
        self.conn.execute("PRAGMA synchronous=NORMAL")
        # Checkpoint the WAL every ~40 MB rather than every 4 MB: index pages written by many
        # batches are copied into the database once, not once per batch (bulk writes 1.3-1.7x
        # faster, benchmarks/store_writes.py); the WAL file is cut back to 64 MB after.
        self.conn.execute("PRAGMA wal_autocheckpoint=10000")
        self.conn.execute("PRAGMA journal_size_limit=67108864")
        self.conn.execute("PRAGMA foreign_keys=ON")
        # The band keys of the near-duplicate index, for migration 006's backfill.
        self.conn.create_function("dyads_band_key", 2, sql_band_key, deterministic=True)
        self.migrate()

    def _set_wal(self, patience: float = 30.0) -> None:
        """Switch to WAL. SQLite does not wait on its busy handler for a journal-mode change
        (it could deadlock), so several processes opening a fresh database at once would see
        "database is locked": retry, as the busy timeout would have, until `patience` runs out."""
        deadline = time.monotonic() + patience
        pause = 0.005
        while True:
            try:
                self.conn.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.2)

    # -- plumbing -----------------------------------------------------------------------

    def files(self) -> list[Path]:
        base = Path(self.path)
        return [base, *(base.with_name(base.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]
    def close(self) -> None:
        with self.lock:
            # SQLite's advice: refresh the planner's statistics where they are missing or
            # stale (it does nothing otherwise). Without them the planner reads every event of
            # an actor instead of the covering indexes: /api/events was 5x slower.
            # Best effort: a read-only or already closed store closes all the same.
            with suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
            self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")
            finally:
                # This connection's own writes leave `PRAGMA data_version` unchanged: forget
                # the counts here (after a rollback too: counts taken inside it are void).
                self.counts.forget()

    def limit_query_time(self, seconds: float | None) -> None:
        """SQLite has no statement timeout: a progress handler, called every 10,000 virtual
        machine steps (well under a millisecond), interrupts a query past its deadline."""
        with self.lock:
            self.time_limit = seconds or None
            self.conn.set_progress_handler(self._past_deadline if self.time_limit else None, 10_000)

    def _past_deadline(self) -> int:
        return int(self.deadline is not None and time.monotonic() > self.deadline)

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self.lock:
            if not self.time_limit:
                return self.conn.execute(sql, tuple(params)).fetchall()
            self.deadline = time.monotonic() + self.time_limit
            try:
                return self.conn.execute(sql, tuple(params)).fetchall()
            except sqlite3.OperationalError as exc:
                if "interrupted" in str(exc) and time.monotonic() > self.deadline:
                    raise QueryTimeout(f"the query ran longer than {self.time_limit:g} s") from exc
                raise
            finally:
                self.deadline = None

    def explain(self, sql: str, params: Iterable[Any] = ()) -> list[str]:
        """EXPLAIN QUERY PLAN, each step indented under its parent."""
        rows = self.query(f"EXPLAIN QUERY PLAN {sql}", params)
        depth: dict[int, int] = {0: -1}
        lines = []
        for r in rows:
            depth[r[0]] = depth.get(r[1], -1) + 1
            lines.append("  " * depth[r[0]] + r[3])
        return lines

    def full_scans(self, plan: list[str]) -> list[str]:
        # "SCAN e" reads the table; "SCAN e USING [COVERING] INDEX ..." walks an index in
        # order (what an unfiltered page does, up to its LIMIT); a temporary B-tree for the
        # order sorts every match.
        return [line for line in plan
                if re.fullmatch(r"\s*SCAN \w+( VIRTUAL TABLE.*)?", line) or "TEMP B-TREE" in line]

    def migrate(self) -> None:
        with self.transaction() as c:
            c.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                      "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)")
            done = {r[0] for r in c.execute("SELECT version FROM schema_migrations")}
            for version, name, sql in migrations("sqlite"):
                if version in done:
                    continue
                for statement in split_sql(sql):
                    c.execute(statement)
                c.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                          (version, name, dt.datetime.now(dt.timezone.utc).isoformat()))

    @property
    def schema_version(self) -> int:
        return self.query("SELECT max(version) FROM schema_migrations")[0][0] or 0

    # -- writing ------------------------------------------------------------------------
    def save_batch(self, articles: list[tuple[Article, bytes | None, str | None]],
                   events: dict[str, list[Event]], failures: list[Failure]) -> None:
        """As `Store.save_batch` (one transaction), each table written with ONE executemany
        per batch rather than statements per article and event: 1.6-2x the articles/s
        (benchmarks/store_writes.py). Rows are built before the transaction opens (the
        write lock is held for the writes only), each event's rows in one pass (`event_rows`)."""
        article_rows = [tuple(article_row(a, minhash, canonical).values())
                        for a, minhash, canonical in articles]
        bands = band_rows([(a.id, m, a.duplicate_of) for a, m, _ in articles])
        # an event id twice in the batch: the last one stands, as it did row by row
        coded = list({e.id: e for article_events in events.values()
                      for e in article_events}.values())
        event_values, actor_rows, key_rows = [], [], []
        for e in coded:
            values, actors, keys = event_rows(e)
            event_values.append(values)
            actor_rows += actors
            key_rows += keys
        # Rows of the tables that are their primary key, in that key's order: each insert
        # lands next to the one before (same pages, a short descent) rather than anywhere.
        bands.sort()
        actor_rows.sort()
        key_rows.sort()
        with self.transaction() as c:
            if articles:
                c.executemany(self.UPSERT_ARTICLE, article_rows)
                c.executemany("DELETE FROM failures WHERE origin = ?", [(a.origin,) for a, _, _ in articles])
                c.executemany("DELETE FROM minhash_bands WHERE article_id = ?", [(a.id,) for a, _, _ in articles])
                c.executemany("INSERT OR IGNORE INTO minhash_bands (key, article_id) VALUES (?, ?)", bands)
            if events:
                # an article's events are replaced whole: all deleted (with their actor and key
                # rows, by cascade), then the batch's inserted
                c.executemany("DELETE FROM events WHERE article_id = ?", [(i,) for i in events])
                if coded:
                    c.executemany(self.INSERT_EVENT, event_values)
                    c.executemany("INSERT OR IGNORE INTO event_actors VALUES (?, ?, ?, ?)", actor_rows)
                    c.executemany("INSERT OR IGNORE INTO event_keys VALUES (?, ?, ?, ?, ?)", key_rows)
            for f in failures:
                self._record_failure(c, f)

    @staticmethod
    def _upsert_article_sql(row: dict[str, Any]) -> str:
        updates = ", ".join(f"{k}=excluded.{k}" for k in row if k not in ("id", "ingested"))
        return (f"INSERT INTO articles ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)}) "
                f"ON CONFLICT(id) DO UPDATE SET {updates}")

    UPSERT_ARTICLE = _upsert_article_sql.__func__(dict.fromkeys(ARTICLE_ROW_COLUMNS))
    INSERT_EVENT = (f"INSERT OR REPLACE INTO events ({', '.join(EVENT_ROW_COLUMNS)}) "
                    f"VALUES ({', '.join('?' for _ in EVENT_ROW_COLUMNS)})")

    def _save_article(self, c: sqlite3.Connection, article: Article, minhash: bytes | None,
                      canonical: str | None) -> None:
        row = article_row(article, minhash, canonical)
        c.execute(self._upsert_article_sql(row), tuple(row.values()))
        c.execute("DELETE FROM failures WHERE origin = ?", (article.origin,))
        self._write_bands(c, [(article, minhash, canonical)])

    @staticmethod
    def _write_bands(c: sqlite3.Connection, articles: list[tuple[Article, bytes | None, str | None]]) -> None:
        """The near-duplicate index follows the saved signatures: an article's band keys are
        replaced (a new version has a new signature; a near-duplicate has none indexed)."""
        c.executemany("DELETE FROM minhash_bands WHERE article_id = ?", [(a.id,) for a, _, _ in articles])
        c.executemany("INSERT OR IGNORE INTO minhash_bands (key, article_id) VALUES (?, ?)",
                      band_rows([(a.id, m, a.duplicate_of) for a, m, _ in articles]))

    def _replace_events(self, c: sqlite3.Connection, article_id: str, events: list[Event]) -> None:
        c.execute("DELETE FROM events WHERE article_id = ?", (article_id,))
        for e in events:
            values, actors, keys = event_rows(e)
            c.execute(self.INSERT_EVENT, values)
            c.executemany("INSERT OR IGNORE INTO event_actors VALUES (?, ?, ?, ?)", actors)
            c.executemany("INSERT OR IGNORE INTO event_keys VALUES (?, ?, ?, ?, ?)", keys)

    def _record_failure(self, c: sqlite3.Connection, f: Failure) -> None:
        when = f.when.isoformat()
        c.execute("INSERT INTO failures (origin, stage, reason, first_seen, last_seen) "
                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT(origin, stage) DO UPDATE SET "
                  "reason=excluded.reason, last_seen=excluded.last_seen, "
                  "attempts=failures.attempts + 1", (f.origin, f.stage, f.reason, when, when))

    def get_state(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM state WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_state(self, key: str, value: str) -> None:
        with self.transaction() as c:
            c.execute("INSERT INTO state VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                      "value=excluded.value", (key, value))

    # -- reading ------------------------------------------------------------------------
    def article(self, article_id: str) -> Article | None:
        rows = self.query("SELECT * FROM articles WHERE id = ?", (article_id,))
        return row_to_article(rows[0]) if rows else None

    def article_by_hash(self, content_hash: str) -> str | None:
        rows = self.query("SELECT id FROM articles WHERE content_hash = ?", (content_hash,))
        return rows[0][0] if rows else None

    def article_hash(self, article_id: str) -> str | None:
        rows = self.query("SELECT content_hash FROM articles WHERE id = ?", (article_id,))
        return rows[0][0] if rows else None

    def minhashes(self) -> Iterator[tuple[str, bytes]]:
        for row in self.query("SELECT id, minhash FROM articles WHERE minhash IS NOT NULL "
                              "AND duplicate_of IS NULL ORDER BY rowid"):
            yield row[0], row[1]

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[ArticleHit]:
        match = fts_query(query)
        if not match:
            return []
        rows = self.query(
            "SELECT a.*, bm25(articles_fts, 5.0, 1.0) AS score, "
            "snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet "
            "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY score LIMIT ? OFFSET ?",
            (match, limit, offset))
        return [ArticleHit(row_to_article(r), r["snippet"], -r["score"]) for r in rows]

    def count_events(self, at_most: int | None = None, **filters: Any) -> int:
        """Counting reads every matching key (10-20 ms for a large actor on 100,000 events,
        ten times that on 1,000,000; `at_most` bounds it), and a listing counts for each of
        its pages: counts are kept until the data changes. `PRAGMA data_version` changes
        when another connection (of any process) commits; this connection's own commits
        forget the counts in `transaction`."""
        key = (at_most, *sorted((k, str(v)) for k, v in filters.items() if v))
        with self.lock:
            version = self.conn.execute("PRAGMA data_version").fetchone()[0]
            if version != self.data_version:
                self.counts.forget()
                self.data_version = version
            count, generation = self.counts.get(key)
            if count is None:
                q = event_selection(**filters)
                count = self.query(q.counting(at_most), q.params)[0][0]
                self.counts.keep(key, count, generation)
            return count

    def failures(self, limit: int | None = None) -> list[Failure]:
        rows = self.query("SELECT * FROM failures ORDER BY last_seen DESC LIMIT ?",
                          (-1 if limit is None else limit,))
        return [row_to_failure(r) for r in rows]


def split_sql(script: str) -> list[str]:
    """Statements of a migration; trigger bodies (BEGIN ... END;) stay whole."""
    statements, current = [], []
    for line in script.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        current.append(line)
        joined = "\n".join(current)
        if sqlite3.complete_statement(joined):
            statements.append(joined)
            current = []
    return statements
