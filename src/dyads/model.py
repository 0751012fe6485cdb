"""The records every stage speaks: Article, Mention, Actor, Event, Failure, Group, Story.

They are plain dataclasses so that they pickle (process pools, Ray), convert to dicts for
JSON/CSV/Parquet, and read back from the store without any ORM in between.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any


def _iso(value: Any) -> Any:
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return value


class Record:
    """Shared conversions. Datetimes become ISO strings in `to_dict`."""

    def to_dict(self) -> dict[str, Any]:
        out = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if dataclasses.is_dataclass(value):
                value = value.to_dict()  # type: ignore[union-attr]
            out[f.name] = _iso(value)
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


@dataclass
class Document(Record):
    """Raw input before extraction: one page, one WARC record, one flat-dump article."""

    origin: str  # file path, "file.warc.gz#record-id", or URL it came from
    content: bytes | str
    kind: str  # "html", "flat", "jsonl", "text"
    url: str | None = None
    fetched: dt.datetime | None = None  # WARC-Date, HTTP Date
    meta: dict[str, Any] = field(default_factory=dict)  # reader hints (feed title, date...)


@dataclass
class Failure(Record):
    """An input that could not become an article, and why. Stored in `failures`."""

    origin: str
    reason: str
    stage: str = "read"  # read | extract | text | code | store
    when: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass
class Article(Record):
    id: str
    url: str | None
    source: str | None  # domain, e.g. fr.sputniknews.com
    publisher: str | None
    title: str | None
    description: str | None
    published: dt.datetime | None
    modified: dt.datetime | None
    authors: list[str]
    section: str | None
    keywords: list[str]
    language: str | None
    image: str | None
    body: str  # paragraphs separated by "\n\n"
    content_hash: str
    origin: str
    duplicate_of: str | None = None  # near-duplicate original (MinHash)
    ingested: dt.datetime | None = None

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.body.split("\n\n") if p.strip()]


@dataclass
class Actor(Record):
    """A dictionary entry: a code and what it stands for."""

    code: str  # RUS, RUSGOV, NATO, ...
    name: str
    country: str | None = None  # ISO alpha-3 or None for organisations
    sector: str | None = None  # GOV, MIL, ...
    kind: str = "country"  # country | organisation | sector | person | place
    role: str | None = None  # for people: "foreign minister"
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass
class Mention(Record):
    """A span of text that names an actor, resolved to a code (or None when it has no code)."""

    start: int
    end: int
    text: str
    code: str | None
    kind: str = "country"
    entry: str | None = None  # the dictionary entry that matched


@dataclass
class Place(Record):
    country: str | None = None
    city: str | None = None
    lat: float | None = None
    lon: float | None = None
    text: str | None = None


@dataclass
class Event(Record):
    id: str
    article_id: str | None
    source: list[str]
    target: list[str]
    type: str  # PLOVER type
    cameo: str
    quad_class: int
    goldstein: float
    date: dt.date | None
    date_precision: str  # day | week | month | year | decade | published
    place: Place | None
    negated: bool
    hypothetical: bool
    reported_by: list[str]
    sentence: str
    sentence_start: int  # character offset of the sentence in the article body
    spans: dict[str, list[list[int]]]  # {"source": [[s, e]], "trigger": [...], "target": [...]}, sentence-relative
    rule: str
    confidence: float
    language: str | None = None
    trigger: str | None = None
    published: dt.datetime | None = None  # the article's publication, for grouping


@dataclass
class Group(Record):
    """Events reporting one happening, counted."""

    id: str
    source: list[str]
    target: list[str]
    type: str
    negated: bool
    hypothetical: bool
    date: dt.date | None
    num_mentions: int
    num_articles: int
    num_sources: int
    first_seen: dt.datetime | None
    last_seen: dt.datetime | None
    sentence: str
    event_ids: list[str]
    # Added by the analysis area (defaults keep older callers working):
    date_precision: str = "day"  # the grouping window: day | month | year | decade | none
    cameo: str = ""  # of the representative event
    quad_class: int = 0
    goldstein: float = 0.0
    representative: str | None = None  # id of the event whose sentence stands for the group
    article_ids: list[str] = field(default_factory=list)


@dataclass
class Story(Record):
    id: str
    title: str
    start: dt.date | None
    end: dt.date | None
    article_ids: list[str]
    group_ids: list[str]
    events: list[dict[str, Any]]
