"""Partitioned Parquet output of an ingest: `articles/language=fr/...`, `events/month=2022-02/...`.

Typed columns (UTC timestamps, dates, lists, a struct for the place) so that pyarrow, DuckDB
and Polars read them without parsing strings. Rows are buffered and written in files of
`rows_per_file` rows; every file name carries the run's id, so a second run into the same
folder adds files and never overwrites the first run's.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dyads.model import Article, Event

UTC = pa.timestamp("us", tz="UTC")
WORDS = pa.list_(pa.string())

ARTICLE_SCHEMA = pa.schema([
    ("id", pa.string()), ("url", pa.string()), ("source", pa.string()),
    ("publisher", pa.string()), ("title", pa.string()), ("description", pa.string()),
    ("published", UTC), ("modified", UTC), ("authors", WORDS), ("section", pa.string()),
    ("keywords", WORDS), ("language", pa.string()), ("image", pa.string()),
    ("body", pa.string()), ("content_hash", pa.string()), ("origin", pa.string()),
    ("duplicate_of", pa.string()), ("ingested", UTC),
])

PLACE = pa.struct([("country", pa.string()), ("city", pa.string()), ("lat", pa.float64()),
                   ("lon", pa.float64()), ("text", pa.string())])

EVENT_SCHEMA = pa.schema([
    ("id", pa.string()), ("article_id", pa.string()), ("source", WORDS), ("target", WORDS),
    ("type", pa.string()), ("cameo", pa.string()), ("quad_class", pa.int8()),
    ("goldstein", pa.float64()), ("date", pa.date32()), ("date_precision", pa.string()),
    ("place", PLACE), ("negated", pa.bool_()), ("hypothetical", pa.bool_()),
    ("reported_by", WORDS), ("sentence", pa.string()), ("sentence_start", pa.int32()),
    ("spans", pa.string()),  # JSON: {"source": [[start, end]], "trigger": ..., "target": ...}
    ("rule", pa.string()), ("confidence", pa.float64()), ("language", pa.string()),
    ("trigger", pa.string()), ("published", UTC),
    ("month", pa.string()),  # partition: YYYY-MM of the event date, "unknown" without one
])


def article_record(a: Article) -> dict[str, Any]:
    return {name: getattr(a, name) for name in ARTICLE_SCHEMA.names}


def event_record(e: Event) -> dict[str, Any]:
    row = {name: getattr(e, name, None) for name in EVENT_SCHEMA.names}
    row["place"] = e.place.to_dict() if e.place else None
    row["spans"] = json.dumps(e.spans)
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
        self.articles += [article_record(a) for a in articles]
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
