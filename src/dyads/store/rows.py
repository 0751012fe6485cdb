"""Records <-> database rows, shared by every backend."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
from typing import Any

from dyads.codes import root_of
from dyads.model import Article, Event, Failure, Place

# json.dumps(x) and json.dumps(x, ensure_ascii=False), without building an encoder per call
# (json.dumps does for any keyword argument): the same texts, written for every row of a batch.
_dumps = json.JSONEncoder().encode
_dumps_text = json.JSONEncoder(ensure_ascii=False).encode
PLACE_FIELDS = tuple(f.name for f in dataclasses.fields(Place))


@functools.lru_cache(maxsize=65536)
def country_of(code: str) -> str:
    """RUSGOV -> RUS; RUS -> RUS; NATO -> NATO (organisations have no sector part)."""
    return root_of(code)


@functools.lru_cache(maxsize=65536)
def _codes_json(codes: tuple[str, ...]) -> str:
    """json.dumps of a list of actor codes: the same few lists make most events."""
    return _dumps(list(codes))


def codes_json(codes: list[str]) -> str:
    return _codes_json(tuple(codes))


def iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def utc_iso(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc).isoformat()


def parse_datetime(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def parse_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def article_row(a: Article, minhash: bytes | None, canonical: str | None) -> dict[str, Any]:
    return {
        "id": a.id, "url": a.url, "canonical_url": canonical, "source": a.source,
        "publisher": a.publisher, "title": a.title, "description": a.description,
        "published": iso(a.published), "published_utc": utc_iso(a.published),
        "modified": iso(a.modified), "authors": _dumps_text(a.authors),
        "section": a.section, "keywords": _dumps_text(a.keywords),
        "language": a.language, "image": a.image, "body": a.body,
        "content_hash": a.content_hash, "origin": a.origin, "duplicate_of": a.duplicate_of,
        "minhash": minhash,
        "ingested": iso(a.ingested or dt.datetime.now(dt.timezone.utc)),
    }


ARTICLE_ROW_COLUMNS = ["id", "url", "canonical_url", "source", "publisher", "title",
                       "description", "published", "published_utc", "modified", "authors",
                       "section", "keywords", "language", "image", "body", "content_hash",
                       "origin", "duplicate_of", "minhash", "ingested"]  # of `article_row`


def row_to_article(row: Any) -> Article:
    return Article(
        id=row["id"], url=row["url"], source=row["source"], publisher=row["publisher"],
        title=row["title"], description=row["description"],
        published=parse_datetime(row["published"]), modified=parse_datetime(row["modified"]),
        authors=json.loads(row["authors"]), section=row["section"],
        keywords=json.loads(row["keywords"]), language=row["language"], image=row["image"],
        body=row["body"], content_hash=row["content_hash"], origin=row["origin"],
        duplicate_of=row["duplicate_of"], ingested=parse_datetime(row["ingested"]),
    )


EVENT_COLUMNS = ["id", "article_id", "source", "target", "type", "cameo", "quad_class",
                 "goldstein", "date", "date_precision", "place", "negated", "hypothetical",
                 "reported_by", "sentence", "sentence_start", "spans", "rule", "confidence",
                 "language", "trigger", "published"]


# The columns of an events row as written (`event_values`): EVENT_COLUMNS and
# the listing's sort key.
EVENT_ROW_COLUMNS = [*EVENT_COLUMNS, "sort_key"]


def place_json(place: Place | None) -> str | None:
    """json.dumps(place.to_dict(), ensure_ascii=False): a place's fields are plain values."""
    if place is None:
        return None
    return _dumps_text({f: getattr(place, f) for f in PLACE_FIELDS})


def event_values(e: Event, key: str | None = None) -> tuple[Any, ...]:
    """An events row, in EVENT_ROW_COLUMNS order (`key`: its sort_key, when known)."""
    return (
        e.id, e.article_id, codes_json(e.source), codes_json(e.target),
        e.type, e.cameo, e.quad_class, e.goldstein,
        iso(e.date), e.date_precision, place_json(e.place),
        int(e.negated), int(e.hypothetical), codes_json(e.reported_by), e.sentence,
        e.sentence_start, _dumps(e.spans), e.rule, e.confidence, e.language, e.trigger,
        iso(e.published), sort_key(e) if key is None else key,
    )


def event_rows(e: Event) -> tuple[tuple[Any, ...], list[tuple[str, str, str, str]],
                                   list[tuple[str, str, str, str, str]]]:
    """What an event writes: its events row (`event_values`), its `event_actors` rows and
    its `event_keys` rows, with its sort key and its actors' countries computed once."""
    key = sort_key(e)
    source = [(c, country_of(c)) for c in e.source]
    target = [(c, country_of(c)) for c in e.target]
    return (event_values(e, key), _actor_rows(e.id, source, target),
            _key_rows(e.id, e.type, key, source, target))


# Fields of the sort key are joined by a character below every character of a date, an id
# or a number, so that comparing keys compares field by field ("a" + SEP < "ab" + SEP).
SORT_KEY_SEP = "\x01"


def sort_key(e: Event) -> str:
    """The listing order (date, undated first; article; sentence; id) as ONE text, so that
    a single index gives it. Migration 005 computes the same key in SQL: keep them alike."""
    return SORT_KEY_SEP.join((iso(e.date) or "", e.article_id or "",
                              f"{e.sentence_start:010d}", e.id))


def event_key_rows(e: Event) -> list[tuple[str, str, str, str, str]]:
    """(kind, key, type, sort_key, event_id) rows of `event_keys`: one per distinct code AND
    country of each role ('source', 'target'), of either role ('actor') and of each
    source > target pair ('dyad', "RUS>USA"), so that every actor filter, with or without
    a type, is one index range in listing order."""
    return _key_rows(e.id, e.type, sort_key(e), [(c, country_of(c)) for c in e.source],
                     [(c, country_of(c)) for c in e.target])


def _key_rows(event_id: str, type: str, key: str, source: list[tuple[str, str]],
              target: list[tuple[str, str]]) -> list[tuple[str, str, str, str, str]]:
    sources = {k for pair in source for k in pair}
    targets = {k for pair in target for k in pair}
    keys = {("source", k) for k in sources} | {("target", k) for k in targets}
    keys |= {("actor", k) for k in sources | targets}
    keys |= {("dyad", f"{s}>{t}") for s in sources for t in targets}
    return sorted((kind, k, type, key, event_id) for kind, k in keys)


def _actor_rows(event_id: str, source: list[tuple[str, str]],
                target: list[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
    rows = {(event_id, "source", c, country) for c, country in source}
    rows |= {(event_id, "target", c, country) for c, country in target}
    return sorted(rows)


def row_to_event(row: Any) -> Event:
    place = json.loads(row["place"]) if row["place"] else None
    return Event(
        id=row["id"], article_id=row["article_id"],
        source=json.loads(row["source"]), target=json.loads(row["target"]),
        type=row["type"], cameo=row["cameo"], quad_class=row["quad_class"],
        goldstein=row["goldstein"], date=parse_date(row["date"]),
        date_precision=row["date_precision"], place=Place(**place) if place else None,
        negated=bool(row["negated"]), hypothetical=bool(row["hypothetical"]),
        reported_by=json.loads(row["reported_by"]), sentence=row["sentence"],
        sentence_start=row["sentence_start"], spans=json.loads(row["spans"]), rule=row["rule"],
        confidence=row["confidence"], language=row["language"], trigger=row["trigger"],
        published=parse_datetime(row["published"]),
    )


def row_to_failure(row: Any) -> Failure:
    return Failure(origin=row["origin"], reason=row["reason"], stage=row["stage"],
                   when=parse_datetime(row["last_seen"]))
