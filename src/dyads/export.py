"""Write the archive's articles, events or groups as CSV, JSON Lines, Parquet or GDELT rows.

Columns are the fields of the records (`dyads.model`), in their order; each field's kind
comes from its annotation, so a field added to a record is exported without a change here.

- CSV: one header row; an empty cell is null; booleans `true`/`false`; dates and times
  ISO 8601 (times with their offset); lists and objects (place, spans) as JSON.
- JSON Lines: one object per line, lists and objects as JSON, dates and times ISO 8601.
- Parquet: typed columns: timestamps with time zone (UTC), dates (date32), booleans, int64,
  float64, lists as list<string>, the place as a struct; spans as a JSON string.
- GDELT: the 61 columns of the GDELT 2.0 event table, tab-separated, no header, one row per
  source-target pair; what each column holds is in docs/gdelt.md.

The formats and how to read them back (pyarrow, DuckDB, Polars): docs/exports.md.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
from pathlib import Path
from typing import Any, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from dyads import serialize
from dyads.analysis.groups import groups
from dyads.analysis.reports import Report, reports_of_events
from dyads.gazetteer import countries
from dyads.model import Article, Event, Group, Place
from dyads.store.rows import country_of

WHAT = {"articles": Article, "events": Event, "groups": Group}
FORMATS = ("csv", "jsonl", "parquet", "gdelt")
PAGE = 1000

# Annotation (as written in model.py) -> column kind.
KINDS = {"str": "str", "str | None": "str", "int": "int", "float": "float", "bool": "bool",
         "dt.date | None": "date", "dt.datetime | None": "datetime", "list[str]": "list",
         "Place | None": "place", "dict[str, list[list[int]]]": "json"}

ARROW_TYPES = {
    "str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
    "date": pa.date32(), "datetime": pa.timestamp("us", tz="UTC"), "list": pa.list_(pa.string()),
    "json": pa.string(),
    "place": pa.struct([("country", pa.string()), ("city", pa.string()), ("lat", pa.float64()),
                        ("lon", pa.float64()), ("text", pa.string())]),
}


class ExportError(ValueError):
    pass


def schema(what: str) -> list[tuple[str, str]]:
    """(column, kind) of an export, kind in str int float bool date datetime list json place."""
    if what not in WHAT:
        raise ExportError(f"--what {what!r}: choose one of {', '.join(WHAT)}")
    out = []
    for f in dataclasses.fields(WHAT[what]):
        kind = KINDS.get(str(f.type))
        if kind is None:  # a field of a type no format knows yet: say so, never guess
            raise ExportError(f"{what}.{f.name}: no export kind for type {f.type}")
        out.append((f.name, kind))
    return out


@dataclasses.dataclass(frozen=True)
class Selection:
    """Which records an export writes: a period (articles by publication day, events and
    groups by their date; both ends inclusive) and a minimum confidence (events at least that
    sure; groups holding such an event)."""
    since: dt.date | None = None
    until: dt.date | None = None
    min_confidence: float | None = None

    def check(self, what: str) -> None:
        if self.min_confidence is not None and what == "articles":
            # an article has no confidence of its own: say so rather than guess one
            raise ExportError("--min-confidence selects events and groups; --what articles has no confidence")
        if self.since and self.until and self.since > self.until:
            raise ExportError(f"--since {self.since} is after --until {self.until}")


EVERYTHING = Selection()


def records(store: Any, what: str, selection: Selection = EVERYTHING) -> Iterator[Any]:
    """The articles, events or groups of the store `selection` keeps, page by page."""
    period = {"since": selection.since, "until": selection.until}
    if what == "groups":
        yield from groups(store, min_confidence=selection.min_confidence, **period)
        return
    if what == "events":
        # keyset pages: the cost of a page does not grow with how far into the store it is
        after = None
        while True:
            page, after = store.event_page(PAGE, after=after, min_confidence=selection.min_confidence, **period)
            yield from page
            if after is None:
                return
    offset = 0
    while page := store.articles(limit=PAGE, offset=offset, **period):
        yield from page
        offset += len(page)


# -- CSV and JSON Lines (the values written as every output writes them: dyads.serialize) ----
def write_csv(items: Iterator[Any], columns: list[tuple[str, str]], out: Path) -> int:
    names = [name for name, _ in columns]
    with out.open("w", newline="", encoding="utf-8") as fh:
        return serialize.write_csv(({n: getattr(item, n) for n in names} for item in items), names, fh)


def write_jsonl(items: Iterator[Any], columns: list[tuple[str, str]], out: Path) -> int:
    count = 0
    with out.open("w", encoding="utf-8") as fh:
        for item in items:
            row = {name: serialize.json_value(getattr(item, name)) for name, _ in columns}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


# -- Parquet ----------------------------------------------------------------------------------
def arrow_schema(columns: list[tuple[str, str]]) -> pa.Schema:
    return pa.schema([(name, ARROW_TYPES[kind]) for name, kind in columns])


def arrow_value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "datetime":
        if value.tzinfo is None:  # a naive time is taken as UTC, as the store does
            value = value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)
    if kind == "json":
        return json.dumps(value, ensure_ascii=False)
    if kind == "place":
        return value.to_dict()
    return value


def write_parquet(items: Iterator[Any], columns: list[tuple[str, str]], out: Path) -> int:
    target = arrow_schema(columns)
    count = 0
    with pq.ParquetWriter(out, target) as writer:
        batch: list[Any] = []
        for item in [*items, None]:  # None flushes the last batch
            if item is not None:
                batch.append(item)
            if batch and (item is None or len(batch) >= PAGE):
                data = {name: [arrow_value(getattr(i, name), kind) for i in batch]
                        for name, kind in columns}
                writer.write_table(pa.table(data, schema=target))
                count += len(batch)
                batch = []
    if count == 0:  # a valid, empty file with the schema
        pq.write_table(target.empty_table(), out)
    return count


# -- GDELT ------------------------------------------------------------------------------------
GDELT_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
               "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
GDELT_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in GDELT_ACTOR] + [f"Actor2{c}" for c in GDELT_ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in GDELT_GEO] + [f"Actor2Geo_{c}" for c in GDELT_GEO]
    + [f"ActionGeo_{c}" for c in GDELT_GEO] + ["DATEADDED", "SOURCEURL"]
)


@functools.lru_cache(maxsize=None)
def _actor_name(code: str) -> str:
    from dyads.actors.dictionary import load_dictionary

    actor = load_dictionary().get(code)
    return actor.name.upper() if actor else ""


def gdelt_id(*parts: str) -> int:
    """A stable 60-bit integer for GLOBALEVENTID, from the record id and the actor pair."""
    return int(hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:15], 16)


def gdelt_actor(code: str | None) -> list[Any]:
    if not code:
        return [""] * len(GDELT_ACTOR)
    country = country_of(code)
    is_country = country in countries()
    sector = code[3:6] if is_country and code != country else ""
    return [code, _actor_name(code), country if is_country else "",
            "" if is_country else code, "", "", "", sector, "", ""]


def gdelt_geo(place: Place | None) -> list[Any]:
    if place is None or not (place.country or place.city):
        return [""] * len(GDELT_GEO)
    country = countries().get(place.country or "")
    country_name = country.name if country else (place.country or "")
    if place.city:
        kind = 3 if place.country == "USA" else 4  # US city | world city
        name = f"{place.city}, {country_name}" if country_name else place.city
    else:
        kind, name = 1, country_name  # country
    return [kind, name, country.fips if country else "", "", "",
            "" if place.lat is None else place.lat, "" if place.lon is None else place.lon, ""]


def _date_columns(day: dt.date) -> list[Any]:
    # GDELT's FractionDate: the share of the year before that day, over 365 (20150218 -> 2015.1315).
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, f"{fraction:.4f}"]


@dataclasses.dataclass
class _ArticleFacts:
    lead_end: int  # end offset of the first paragraph: IsRootEvent
    ingested: dt.datetime | None


def _article_facts(store: Any, article_id: str, cache: dict[str, _ArticleFacts]) -> _ArticleFacts:
    if article_id not in cache:
        a = store.article(article_id)
        lead = a.paragraphs[0] if a and a.paragraphs else ""
        cache[article_id] = _ArticleFacts(a.body.find(lead) + len(lead) if a else 0,
                                          a.ingested if a else None)
    return cache[article_id]


def gdelt_rows(record_id: str, report: Report, counts: tuple[int, int, int],
               facts: _ArticleFacts, day: dt.date | None, source: list[str],
               target: list[str]) -> Iterator[list[Any]]:
    """GDELT rows of one event or group: one per source-target pair."""
    e = report.event
    day = day or (report.published.date() if report.published else None)
    added = facts.ingested.astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%S") if facts.ingested else ""
    for s in source or [""]:
        for t in target or [""]:
            yield ([gdelt_id(record_id, s, t), *(_date_columns(day) if day else ["", "", "", ""])]
                   + gdelt_actor(s) + gdelt_actor(t)
                   + [int(e.sentence_start < facts.lead_end), e.cameo, e.cameo[:3], e.cameo[:2],
                      e.quad_class, e.goldstein, *counts, ""]
                   + gdelt_geo(None) + gdelt_geo(None) + gdelt_geo(e.place)
                   + [added, report.url or ""])


def write_gdelt(store: Any, what: str, out: Path, selection: Selection = EVERYTHING) -> int:
    if what == "articles":
        raise ExportError("--format gdelt: the GDELT event table holds events; "
                          "export --what events or groups")
    cache: dict[str, _ArticleFacts] = {}
    count = 0
    with out.open("w", newline="", encoding="utf-8") as fh:
        for item in records(store, what, selection):
            if isinstance(item, Group):
                reports = reports_of_events(store, [item.representative] if item.representative else [])
                counts = (item.num_mentions, item.num_sources, item.num_articles)
                day, source, target = item.date, item.source, item.target
            else:
                reports = reports_of_events(store, [item.id])
                counts, day, source, target = (1, 1, 1), item.date, item.source, item.target
            if not reports:  # an event of a near-duplicate article: not counted anywhere
                continue
            facts = _article_facts(store, reports[0].article_id, cache)
            for row in gdelt_rows(item.id, reports[0], counts, facts, day, source, target):
                # GDELT files are bare tab-separated values: no quoting, so no tab in a value.
                fh.write("\t".join(" ".join(str(v).split()) for v in row) + "\n")
                count += 1
    return count


# -- entry point ------------------------------------------------------------------------------
def export(store: Any, what: str, fmt: str, out: str | Path, selection: Selection = EVERYTHING) -> int:
    """Write `what` (articles | events | groups) as `fmt` (csv | jsonl | parquet | gdelt) to
    `out`, only what `selection` keeps; returns the number of rows written."""
    columns = schema(what)
    if fmt not in FORMATS:
        raise ExportError(f"--format {fmt!r}: choose one of {', '.join(FORMATS)}")
    selection.check(what)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "gdelt":
        return write_gdelt(store, what, out, selection)
    writer = {"csv": write_csv, "jsonl": write_jsonl, "parquet": write_parquet}[fmt]
    return writer(records(store, what, selection), columns, out)
