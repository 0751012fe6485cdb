"""Partitioned Parquet output of an ingest: `articles/language=fr/...`, `events/month=2022-02/...`.

Typed columns (UTC timestamps, dates, lists, a struct for the place) so that pyarrow, DuckDB
and Polars read them without parsing strings. Rows are buffered and written in files of
`rows_per_file` rows; every file name carries the run's id, so a second run into the same
folder adds files and never overwrites the first run's.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dyads.export import arrow_schema, arrow_value, schema
from dyads.model import Article, Event

# The columns of `dyads export --format parquet` (one per record field), so that both
# outputs read alike; events add their partition column.
ARTICLE_COLUMNS = schema("articles")
EVENT_COLUMNS = schema("events")
ARTICLE_SCHEMA = arrow_schema(ARTICLE_COLUMNS)
EVENT_SCHEMA = arrow_schema(EVENT_COLUMNS).append(pa.field("month", pa.string()))


def record(item: Article | Event, columns: list[tuple[str, str]]) -> dict[str, Any]:
    return {name: arrow_value(getattr(item, name), kind) for name, kind in columns}


def event_record(e: Event) -> dict[str, Any]:
    row = record(e, EVENT_COLUMNS)
    row["month"] = e.date.strftime("%Y-%m") if e.date else "unknown"
    return row


class ParquetOutput:
    """Appends stored articles and their events to `<out>/articles` and `<out>/events`."""

    def __init__(self, out: str | Path, rows_per_file: int = 20_000):
        self.root = Path(out)
        self.rows_per_file = rows_per_file
        self.run = uuid.uuid4().hex[:12]
        self.files = 0
        self.articles: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []

    def add(self, articles: list[Article], events: dict[str, list[Event]]) -> None:
        self.articles += [record(a, ARTICLE_COLUMNS) for a in articles]
        self.events += [event_record(e) for es in events.values() for e in es]
        if len(self.articles) >= self.rows_per_file or len(self.events) >= self.rows_per_file:
            self.flush()

    def flush(self) -> None:
        for folder, rows, schema, partition in (("articles", self.articles, ARTICLE_SCHEMA, "language"),
                                                ("events", self.events, EVENT_SCHEMA, "month")):
            if rows:
                pq.write_to_dataset(pa.Table.from_pylist(rows, schema=schema), self.root / folder,
                                    partition_cols=[partition],
                                    basename_template=f"part-{self.run}-{self.files:05d}-{{i}}.parquet",
                                    existing_data_behavior="overwrite_or_ignore")
            rows.clear()
        self.files += 1

    def close(self) -> None:
        self.flush()
