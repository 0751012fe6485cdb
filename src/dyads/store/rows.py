"""Records <-> database rows, shared by every backend."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from dyads.codes import root_of
from dyads.model import Article, Event, Failure, Place

def country_of(code: str) -> str:
    """RUSGOV -> RUS; RUS -> RUS; NATO -> NATO (organisations have no sector part)."""
    return root_of(code)


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
        "modified": iso(a.modified), "authors": json.dumps(a.authors, ensure_ascii=False),
        "section": a.section, "keywords": json.dumps(a.keywords, ensure_ascii=False),
        "language": a.language, "image": a.image, "body": a.body,
        "content_hash": a.content_hash, "origin": a.origin, "duplicate_of": a.duplicate_of,
        "minhash": minhash,
        "ingested": iso(a.ingested or dt.datetime.now(dt.timezone.utc)),
    }


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


def event_row(e: Event) -> dict[str, Any]:
    return {
        "id": e.id, "article_id": e.article_id,
        "source": json.dumps(e.source), "target": json.dumps(e.target),
        "type": e.type, "cameo": e.cameo, "quad_class": e.quad_class, "goldstein": e.goldstein,
        "date": iso(e.date), "date_precision": e.date_precision,
        "place": json.dumps(e.place.to_dict(), ensure_ascii=False) if e.place else None,
        "negated": int(e.negated), "hypothetical": int(e.hypothetical),
        "reported_by": json.dumps(e.reported_by), "sentence": e.sentence,
        "sentence_start": e.sentence_start, "spans": json.dumps(e.spans), "rule": e.rule,
        "confidence": e.confidence, "language": e.language, "trigger": e.trigger,
        "published": iso(e.published), "sort_key": sort_key(e),
    }


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
    by_role = {role: {k for c in codes for k in (c, country_of(c))}
               for role, codes in (("source", e.source), ("target", e.target))}
    keys = {(role, k) for role, ks in by_role.items() for k in ks}
    keys |= {("actor", k) for _, k in keys}
    keys |= {("dyad", f"{s}>{t}") for s in by_role["source"] for t in by_role["target"]}
    key = sort_key(e)
    return sorted((kind, k, e.type, key, e.id) for kind, k in keys)


def event_actor_rows(e: Event) -> list[tuple[str, str, str, str]]:
    rows = {(e.id, "source", c, country_of(c)) for c in e.source}
    rows |= {(e.id, "target", c, country_of(c)) for c in e.target}
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
