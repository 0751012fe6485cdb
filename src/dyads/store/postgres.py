"""The shared-server store: PostgreSQL through psycopg 3, with the SQLite store's semantics.

Same tables and migrations (`migrations/postgres/`), same idempotent upserts, same filters
(the portable `event_selection` and article listing, their `?` turned into `%s`), and
full-text search with one configuration per article language (French, English, simple),
all of them accent-blind through `unaccent`.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from contextlib import contextmanager
from typing import Any, Iterable, Iterator

import psycopg
from psycopg.rows import dict_row
from psycopg.types.string import TextLoader

from dyads.model import Article, Event, Failure
from dyads.store.bands import band_rows
from dyads.store.base import (ArticleHit, QueryTimeout, Store, event_selection,
                              migrations)
from dyads.store.rows import (EVENT_COLUMNS, EVENT_ROW_COLUMNS, article_row, event_rows,
                              row_to_article, row_to_failure)

# Columns whose PostgreSQL type is not the text SQLite keeps: values go in as the same
# strings (the server casts them) and come back as text, so `rows.py` serves both backends.
JSON_COLUMNS = {"authors", "keywords", "source", "target", "place", "reported_by", "spans"}
BOOL_COLUMNS = {"negated", "hypothetical"}
# Matches are marked with control characters, which no text holds, so that the fragment can
# be found in the body again (see `snippet`); they become [ and ] as in SQLite's snippets.
START, STOP = "\x02", "\x03"
# ShortWord=0: keep short words at the ends ("Les garanties", not "garanties").
SNIPPET_OPTIONS = (f"StartSel={START}, StopSel={STOP}, MaxWords=16, MinWords=8, MaxFragments=1, "
                   "ShortWord=0")
# What `row_to_article` reads: everything but the minhash and the (large) tsvector.
ARTICLE_COLUMNS = ", ".join(
    f"a.{c}" for c in ("id", "url", "source", "publisher", "title", "description", "published",
                       "modified", "authors", "section", "keywords", "language", "image", "body",
                       "content_hash", "origin", "duplicate_of", "ingested"))
# Event counts shared by the connections of this process: (url, snapshot, filters) -> count.
COUNTS: dict[tuple[Any, ...], int] = {}
COUNTS_LOCK = threading.Lock()
COUNTS_KEPT = 10_000  # at most; then start again
# Any constant key: serialises migrations of clients opening the same database at once.
MIGRATION_LOCK = 0x647961647321


def pg(sql: str) -> str:
    """A portable fragment (`?` placeholders) in psycopg's placeholder style."""
    return sql.replace("%", "%%").replace("?", "%s")


def pg_value(column: str, value: Any) -> Any:
    """PostgreSQL refuses NUL characters in text and JSON, which scraped pages sometimes
    hold; SQLite keeps them. Drop them rather than lose the article."""
    if column in BOOL_COLUMNS:
        return bool(value)
    if isinstance(value, str):
        value = value.replace("\x00", "")
        if column in JSON_COLUMNS:
            value = value.replace("\\u0000", "")
    return value


def pg_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: pg_value(k, v) for k, v in row.items()}


def snippet(headline: str, body: str) -> str:
    """ts_headline's fragment as SQLite's `snippet` gives it: matches between [ and ], "…"
    where words of the body are cut off, and the body's closing punctuation when it is not."""
    plain = headline.replace(START, "").replace(STOP, "")
    marked = headline.replace(START, "[").replace(STOP, "]")
    at = body.find(plain)
    if at < 0:  # not found as such (never seen): say it is a part of the body
        return f"…{marked}…"
    before, after = body[:at], body[at + len(plain):]
    head = "…" if re.search(r"\w", before) else ""
    tail = "…" if re.search(r"\w", after) else after.rstrip()
    return head + marked + tail


def event_json() -> str:
    """json_build_object over an events row `e` (json, not jsonb, keeps the fields in order):
    dates as YYYY-MM-DD, the jsonb columns and booleans as they are."""
    def value(column: str) -> str:
        return f"to_char(e.{column}, 'YYYY-MM-DD')" if column == "date" else f"e.{column}"
    return "json_build_object(" + ", ".join(f"'{c}', {value(c)}" for c in EVENT_COLUMNS) + ")"


class PostgresStore(Store):
    backend = "postgres"
    EVENT_JSON = event_json()
    # NULLS LAST: undated articles sort as they do in SQLite, after the dated ones.
    ARTICLE_ORDER = "published_utc DESC NULLS LAST, id"
    ARTICLE_COLUMNS = ARTICLE_COLUMNS.replace("a.", "") + ", published_utc"

    def portable(self, sql: str) -> str:
        return pg(sql)

    def __init__(self, url: str):
        self.url = url
        self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        for type_name in ("jsonb", "json", "timestamptz", "date"):
            self.conn.adapters.register_loader(type_name, TextLoader)
        # One connection shared by the threads of a server; the lock serialises its use.
        self.lock = threading.RLock()
        self.time_limit: float | None = None  # see limit_query_time
        self.migrate()

    # -- plumbing -----------------------------------------------------------------------
    def close(self) -> None:
        with self.lock:
            self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[psycopg.Cursor]:
        with self.lock, self.conn.transaction(), self.conn.cursor() as cur:
            yield cur

    def limit_query_time(self, seconds: float | None) -> None:
        with self.lock:
            self.conn.execute(f"SET statement_timeout = {int(1000 * (seconds or 0))}")
            self.time_limit = seconds or None

    def query(self, sql: str, params: Iterable[Any] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        with self.lock:
            try:
                return self.conn.execute(sql, params if isinstance(params, dict) else tuple(params)).fetchall()
            except psycopg.errors.QueryCanceled as exc:
                raise QueryTimeout(f"the query ran longer than {self.time_limit or 0:g} s") from exc

    def explain(self, sql: str, params: Iterable[Any] = ()) -> list[str]:
        return [r["QUERY PLAN"] for r in self.query(f"EXPLAIN {sql}", params)]

    def full_scans(self, plan: list[str]) -> list[str]:
        # A Seq Scan reads a whole table; a Sort sorts every match (an index gives the order).
        return [line for line in plan
                if re.search(r"Seq Scan on (events|event_keys|event_actors)\b|\bSort\b", line)]

    def migrate(self) -> None:
        with self.transaction() as c:
            c.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            c.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                      "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)")
            done = {r["version"] for r in c.execute("SELECT version FROM schema_migrations")}
            for version, name, sql in migrations("postgres"):
                if version in done:
                    continue
                c.execute(sql)  # a whole script: no parameters, several statements
                c.execute("INSERT INTO schema_migrations VALUES (%s, %s, %s)",
                          (version, name, dt.datetime.now(dt.timezone.utc).isoformat()))

    @property
    def schema_version(self) -> int:
        return self.query("SELECT max(version) AS v FROM schema_migrations")[0]["v"] or 0

    # -- writing ------------------------------------------------------------------------
    def save_batch(self, articles: list[tuple[Article, bytes | None, str | None]],
                   events: dict[str, list[Event]], failures: list[Failure]) -> None:
        """As `Store.save_batch` (one transaction), each table written with one executemany
        (pipelined by psycopg) or one statement per batch, not statements per article."""
        with self.transaction() as c:
            if articles:
                rows = [pg_row(article_row(a, minhash, canonical)) for a, minhash, canonical in articles]
                c.executemany(self._upsert_article_sql(rows[0]), [tuple(r.values()) for r in rows])
                c.execute("DELETE FROM failures WHERE origin = ANY(%s)",
                          ([pg_value("origin", a.origin) for a, _, _ in articles],))
                self._write_bands(c, articles)
            if events:
                # an event id twice in the batch: the last one stands, as it did row by row
                coded = list({e.id: e for article_events in events.values()
                              for e in article_events}.values())
                c.execute("DELETE FROM events WHERE article_id = ANY(%s) OR id = ANY(%s)",
                          (list(events), [e.id for e in coded]))
                if coded:
                    self._insert_events(c, coded)
            for f in failures:
                self._record_failure(c, f)

    @staticmethod
    def _upsert_article_sql(row: dict[str, Any]) -> str:
        updates = ", ".join(f"{k}=EXCLUDED.{k}" for k in row if k not in ("id", "ingested"))
        return (f"INSERT INTO articles ({', '.join(row)}) VALUES ({', '.join('%s' for _ in row)}) "
                f"ON CONFLICT (id) DO UPDATE SET {updates}")

    def _insert_events(self, c: psycopg.Cursor, events: list[Event]) -> None:
        event_values, actor_rows, key_rows = [], [], []
        for e in events:  # each event's rows in one pass (its sort key, its countries once)
            values, actors, keys = event_rows(e)
            event_values.append(tuple(pg_value(k, v) for k, v in zip(EVENT_ROW_COLUMNS, values)))
            actor_rows += actors
            key_rows += keys
        c.executemany(f"INSERT INTO events ({', '.join(EVENT_ROW_COLUMNS)}) "
                      f"VALUES ({', '.join('%s' for _ in EVENT_ROW_COLUMNS)})", event_values)
        c.executemany("INSERT INTO event_actors VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
                      actor_rows)
        c.executemany("INSERT INTO event_keys VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                      key_rows)

    def _save_article(self, c: psycopg.Cursor, article: Article, minhash: bytes | None,
                      canonical: str | None) -> None:
        row = pg_row(article_row(article, minhash, canonical))
        c.execute(self._upsert_article_sql(row), tuple(row.values()))
        c.execute("DELETE FROM failures WHERE origin = %s", (pg_value("origin", article.origin),))
        self._write_bands(c, [(article, minhash, canonical)])

    @staticmethod
    def _write_bands(c: psycopg.Cursor, articles: list[tuple[Article, bytes | None, str | None]]) -> None:
        """The near-duplicate index follows the saved signatures: an article's band keys are
        replaced (a new version has a new signature; a near-duplicate has none indexed)."""
        c.execute("DELETE FROM minhash_bands WHERE article_id = ANY(%s)", ([a.id for a, _, _ in articles],))
        rows = band_rows([(a.id, m, a.duplicate_of) for a, m, _ in articles])
        if rows:  # one statement for the batch's rows
            c.execute("INSERT INTO minhash_bands (key, article_id) "
                      "SELECT * FROM unnest(%s::bigint[], %s::text[]) ON CONFLICT DO NOTHING",
                      ([k for k, _ in rows], [a for _, a in rows]))

    def _replace_events(self, c: psycopg.Cursor, article_id: str, events: list[Event]) -> None:
        # Deleting by id too gives SQLite's INSERT OR REPLACE: an event id seen before under
        # another article moves here, with its actors.
        c.execute("DELETE FROM events WHERE article_id = %s OR id = ANY(%s)",
                  (article_id, [e.id for e in events]))
        if events:
            self._insert_events(c, events)

    def _record_failure(self, c: psycopg.Cursor, f: Failure) -> None:
        c.execute("INSERT INTO failures (origin, stage, reason, first_seen, last_seen) "
                  "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (origin, stage) DO UPDATE SET "
                  "reason=EXCLUDED.reason, last_seen=EXCLUDED.last_seen, "
                  "attempts=failures.attempts + 1",
                  (pg_value("origin", f.origin), f.stage, pg_value("reason", f.reason),
                   f.when, f.when))

    def get_state(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM state WHERE key = %s", (key,))
        return rows[0]["value"] if rows else None

    def set_state(self, key: str, value: str) -> None:
        with self.transaction() as c:
            c.execute("INSERT INTO state VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET "
                      "value=EXCLUDED.value", (key, value))

    # -- reading ------------------------------------------------------------------------
    def article(self, article_id: str) -> Article | None:
        rows = self.query(f"SELECT {ARTICLE_COLUMNS} FROM articles a WHERE id = %s", (article_id,))
        return row_to_article(rows[0]) if rows else None

    def article_by_hash(self, content_hash: str) -> str | None:
        rows = self.query("SELECT id FROM articles WHERE content_hash = %s", (content_hash,))
        return rows[0]["id"] if rows else None

    def article_hash(self, article_id: str) -> str | None:
        rows = self.query("SELECT content_hash FROM articles WHERE id = %s", (article_id,))
        return rows[0]["content_hash"] if rows else None

    def minhashes(self) -> Iterator[tuple[str, bytes]]:
        for row in self.query("SELECT id, minhash FROM articles WHERE minhash IS NOT NULL "
                              "AND duplicate_of IS NULL ORDER BY seq"):
            yield row["id"], bytes(row["minhash"])

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[ArticleHit]:
        """Every word must appear (stemmed, accents ignored) in the title or the body. The
        query is parsed once per configuration: the OR of the three finds candidates through
        the GIN index, then each article is matched with its own language's parse."""
        rows = self.query(
            f"WITH q AS (SELECT plainto_tsquery(dyads_fts_config('fr'), %(q)s) AS fr, "
            "                  plainto_tsquery(dyads_fts_config('en'), %(q)s) AS en, "
            "                  plainto_tsquery(dyads_fts_config(NULL), %(q)s) AS other) "
            f"SELECT {ARTICLE_COLUMNS}, ts_rank(a.search, m.query) AS score, "
            "       ts_headline(dyads_fts_config(a.language), a.body, m.query, %(options)s) AS snippet "
            "FROM articles a CROSS JOIN q "
            "CROSS JOIN LATERAL (SELECT plainto_tsquery(dyads_fts_config(a.language), %(q)s) AS query) m "
            "WHERE a.search @@ (q.fr || q.en || q.other) AND a.search @@ m.query "
            "ORDER BY score DESC, a.seq LIMIT %(limit)s OFFSET %(offset)s",
            {"q": query, "options": SNIPPET_OPTIONS, "limit": limit, "offset": offset})
        return [ArticleHit(row_to_article(r), snippet(r["snippet"], r["body"]), r["score"])
                for r in rows]

    def count_events(self, at_most: int | None = None, **filters: Any) -> int:
        """Counts are kept by the snapshot they were taken in (`pg_current_snapshot()`: the
        transactions finished and running then): a statement whose snapshot is the same
        sees the same rows, so the same count, and any commit since makes a new snapshot.
        Keys are counted without their events: the server always enforces the foreign key
        that deletes them together (SQLite only on connections that ask for it)."""
        key = (at_most, *sorted((k, str(v)) for k, v in filters.items() if v))
        snapshot = self.query("SELECT pg_current_snapshot()::text AS s")[0]["s"]
        with COUNTS_LOCK:
            count = COUNTS.get((self.url, snapshot, key))
        if count is not None:
            return count
        q = event_selection(**filters)
        row = self.query(pg(f"SELECT pg_current_snapshot()::text AS s, "
                            f"({q.counting(at_most, keys_only=True)}) AS n"), q.params)[0]
        with COUNTS_LOCK:
            if len(COUNTS) >= COUNTS_KEPT:
                COUNTS.clear()
            COUNTS[(self.url, row["s"], key)] = row["n"]
        return row["n"]

    def failures(self, limit: int | None = None) -> list[Failure]:
        rows = self.query("SELECT * FROM failures ORDER BY last_seen DESC LIMIT %s", (limit,))
        return [row_to_failure(r) for r in rows]
