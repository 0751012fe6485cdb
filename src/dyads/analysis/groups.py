"""Event groups: one group per happening, however many sentences and articles report it.

Two events report the same happening, and share a group, when they have
* the same source countries and the same target countries, sector stripped (RUSGOV is RUS),
* the same PLOVER type,
* the same negated and hypothetical flags (denying an act, or threatening it, is not doing it),
* event dates in the same window, the window being the date's precision: the same day for
  day precision (and for dates taken from the publication), the same calendar month for month
  precision, the same year for year precision; an undated event falls on the day its article
  was published.

The group id is a hash of that key, never an insertion counter: the same events in any order
give the same groups, and events of articles ingested later join the group their key names.
Events of near-duplicate articles are never read (see `reports`), and mentions are counted
as distinct (article, sentence) pairs, so neither a copy nor a sentence coded twice adds one.
Users' documentation: docs/analysis.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from typing import Any, Callable, Iterable

from dyads.analysis.reports import (Report, all_reports, chunks, marks, query, reports_of_articles,
                                    reports_of_events, writing)
from dyads.model import Group
from dyads.store.base import date_filter
from dyads.store.rows import country_of, iso, parse_date, parse_datetime, utc_iso

GROUP_COLUMNS = ["id", "group_key", "source", "target", "type", "cameo", "quad_class",
                 "goldstein", "negated", "hypothetical", "date", "date_precision",
                 "num_mentions", "num_articles", "num_sources", "first_seen", "last_seen",
                 "sentence", "event_id"]


def countries(codes: Iterable[str]) -> list[str]:
    return sorted({country_of(c) for c in codes})


def date_window(report: Report) -> tuple[str, str]:
    """-> (window label, precision): '2022-02-14' day, '2022-01' month, '2021' year, '1970s' decade."""
    e = report.event
    if e.date is None:
        day = report.published.date().isoformat() if report.published else None
        return (day, "day") if day else (f"article {report.article_id}", "none")
    if e.date_precision == "decade":
        return f"{e.date.year // 10 * 10:04d}s", "decade"
    if e.date_precision == "year":
        return f"{e.date.year:04d}", "year"
    if e.date_precision == "month":
        return f"{e.date.year:04d}-{e.date.month:02d}", "month"
    return e.date.isoformat(), "day"


def group_key(report: Report) -> str:
    e = report.event
    window, _ = date_window(report)
    return "|".join(["+".join(countries(e.source)), "+".join(countries(e.target)), e.type,
                     "neg" if e.negated else "pos", "hyp" if e.hypothetical else "real",
                     window])


def group_id(key: str) -> str:
    return "g" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def representative(reports: list[Report]) -> Report:
    """The most confident event; ties go to the earliest publication, then to the article
    and sentence order, so the choice never depends on the order events arrived in."""
    return min(reports, key=lambda r: (-r.event.confidence, utc_iso(r.published) or "~",
                                       r.article_id, r.event.sentence_start, r.event.id))


def build_group(key: str, reports: list[Report]) -> Group:
    rep = representative(reports)
    e = rep.event
    published = [r.published for r in reports if r.published]
    dates = [r.event.date for r in reports if r.event.date]
    articles = sorted({r.article_id for r in reports})
    return Group(
        id=group_id(key), source=countries(e.source), target=countries(e.target), type=e.type,
        negated=e.negated, hypothetical=e.hypothetical,
        date=min(dates) if dates else (min(published).date() if published else None),
        num_mentions=len({(r.article_id, r.event.sentence_start) for r in reports}),
        num_articles=len(articles),
        num_sources=len({r.source or r.article_id for r in reports}),
        first_seen=min(published) if published else None,
        last_seen=max(published) if published else None,
        sentence=e.sentence, event_ids=sorted(r.event.id for r in reports),
        date_precision=date_window(rep)[1], cameo=e.cameo, quad_class=e.quad_class,
        goldstein=e.goldstein, representative=e.id, article_ids=articles,
    )


def group_row(g: Group, key: str) -> dict[str, Any]:
    return {
        "id": g.id, "group_key": key, "source": json.dumps(g.source),
        "target": json.dumps(g.target), "type": g.type, "cameo": g.cameo,
        "quad_class": g.quad_class, "goldstein": g.goldstein, "negated": int(g.negated),
        "hypothetical": int(g.hypothetical), "date": iso(g.date),
        "date_precision": g.date_precision, "num_mentions": g.num_mentions,
        "num_articles": g.num_articles, "num_sources": g.num_sources,
        "first_seen": utc_iso(g.first_seen), "last_seen": utc_iso(g.last_seen),
        "sentence": g.sentence, "event_id": g.representative,
    }


def _write(execute: Callable[..., Any], built: dict[str, tuple[str, list[Report]]], removed: list[str] | None) -> None:
    """Replace the groups in `removed` (None: every group) by `built`, in one transaction."""
    if removed is None:
        for table in ("event_groups", "group_members", "group_actors"):
            execute(f"DELETE FROM {table}")
    else:
        for part in chunks(removed):
            execute(f"DELETE FROM event_groups WHERE id IN ({marks(part)})", part)
            execute(f"DELETE FROM group_members WHERE group_id IN ({marks(part)})", part)
            execute(f"DELETE FROM group_actors WHERE group_id IN ({marks(part)})", part)
    insert = f"INSERT INTO event_groups ({', '.join(GROUP_COLUMNS)}) VALUES ({marks(GROUP_COLUMNS)})"
    for gid in sorted(built):
        key, reports = built[gid]
        row = group_row(build_group(key, reports), key)
        execute(insert, [row[k] for k in GROUP_COLUMNS])
        for r in reports:
            execute("INSERT INTO group_members (event_id, group_id, article_id) VALUES (?, ?, ?)",
                      (r.event.id, gid, r.article_id))
        actors = {(role, code) for r in reports
                  for role, codes in (("source", r.event.source), ("target", r.event.target))
                  for code in codes}
        for role, code in sorted(actors):
            execute("INSERT INTO group_actors (group_id, role, code, country) VALUES (?, ?, ?, ?)",
                      (gid, role, code, country_of(code)))


def _by_group(reports: Iterable[Report]) -> dict[str, tuple[str, list[Report]]]:
    out: dict[str, tuple[str, list[Report]]] = {}
    for r in reports:
        key = group_key(r)
        out.setdefault(group_id(key), (key, []))[1].append(r)
    return out


def update_groups(store: Any, article_ids: Iterable[str] | None = None) -> int:
    """Bring the groups up to date after the events of `article_ids` changed (None: rebuild
    every group). Each group touched is rebuilt from all its events, so the result is the
    same as a full rebuild. Stories are updated after, around the same articles. Returns the number of groups written."""
    from dyads.analysis.stories import update_stories

    if article_ids is None:
        built = _by_group(all_reports(store))
        with writing(store) as execute:
            _write(execute, built, None)
    else:
        ids = sorted(set(article_ids))
        fresh = reports_of_articles(store, ids)
        touched = set(_by_group(fresh))
        for part in chunks(ids):  # groups the old events of these articles were in
            touched |= {r["group_id"] for r in query(store, 
                f"SELECT DISTINCT group_id FROM group_members WHERE article_id IN ({marks(part)})",
                part)}
        if not touched:
            return 0
        # The other articles' events of those groups: they stay, and are re-counted with the new.
        ids_set, kept = set(ids), []
        for part in chunks(touched):
            kept += [r["event_id"] for r in query(store, 
                f"SELECT event_id, article_id FROM group_members WHERE group_id IN ({marks(part)})",
                part) if r["article_id"] not in ids_set]
        others = reports_of_events(store, kept)
        built = _by_group(fresh + others)
        with writing(store) as execute:
            _write(execute, built, sorted(touched | set(built)))
    update_stories(store, None if article_ids is None else ids)
    return len(built)


# -- reading ----------------------------------------------------------------------------------
def _members(store: Any, group_ids: list[str]) -> dict[str, tuple[list[str], list[str]]]:
    found: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for part in chunks(group_ids):
        for row in query(store, f"SELECT group_id, event_id, article_id FROM group_members "
                               f"WHERE group_id IN ({marks(part)}) ORDER BY event_id", part):
            events, articles = found[row["group_id"]]
            events.append(row["event_id"])
            if row["article_id"] not in articles:
                articles.append(row["article_id"])
    return {gid: (events, sorted(articles)) for gid, (events, articles) in found.items()}


def row_to_group(row: Any, members: tuple[list[str], list[str]]) -> Group:
    return Group(
        id=row["id"], source=json.loads(row["source"]), target=json.loads(row["target"]),
        type=row["type"], negated=bool(row["negated"]), hypothetical=bool(row["hypothetical"]),
        date=parse_date(row["date"]), num_mentions=row["num_mentions"],
        num_articles=row["num_articles"], num_sources=row["num_sources"],
        first_seen=parse_datetime(row["first_seen"]), last_seen=parse_datetime(row["last_seen"]),
        sentence=row["sentence"], event_ids=members[0], date_precision=row["date_precision"],
        cameo=row["cameo"], quad_class=row["quad_class"], goldstein=row["goldstein"],
        representative=row["event_id"], article_ids=members[1],
    )


def surely_reported(store: Any, min_confidence: float) -> set[str]:
    """The ids of the groups holding an event of at least `min_confidence`."""
    return {r["group_id"] for r in query(
        store, "SELECT DISTINCT m.group_id FROM group_members m JOIN events v ON v.id = m.event_id "
               "WHERE v.confidence >= ?", [min_confidence])}


def groups(store: Any, since: dt.date | None = None, until: dt.date | None = None,
           ids: list[str] | None = None, min_confidence: float | None = None) -> list[Group]:
    """Groups in date order (then by id), optionally within [since, until] or by id.
    `min_confidence` keeps the happenings at least one of whose events the coder is that sure
    of; a kept group keeps its counts (they say how widely the happening was reported)."""
    if ids is None:
        where, params = date_filter(since, until)
        rows = query(store, f"SELECT * FROM event_groups e {where} ORDER BY date, id", params)
    else:
        rows = []
        for part in chunks(ids):
            rows += query(store, f"SELECT * FROM event_groups WHERE id IN ({marks(part)})", part)
        rows.sort(key=lambda r: (r["date"] or "~", r["id"]))
    if min_confidence is not None:
        sure = surely_reported(store, min_confidence)
        rows = [r for r in rows if r["id"] in sure]
    members = _members(store, [r["id"] for r in rows])
    return [row_to_group(r, members.get(r["id"], ([], []))) for r in rows]
