"""Counts over time and between actors.

The unit counted is the happening: one event group (see `groups`), however many sentences
and articles report it; `mentions` adds up how often those happenings were reported. Groups
hold only original articles' events (`duplicate_of IS NULL`), so an article stored twice or a
near-duplicate copy changes no count. A group is dated by its earliest event date.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from dyads.analysis.groups import groups
from dyads.analysis.reports import query
from dyads.model import Group

if TYPE_CHECKING:
    import networkx as nx

PERIODS = ("day", "week", "month")
QUAD_COLUMNS = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict",
                4: "material_conflict"}


def period_of(day: dt.date, by: str) -> tuple[str, dt.date]:
    """-> (label, first day): ('2022-02-14', ...), ('2022-W07', Monday), ('2022-02', 1st)."""
    if by == "day":
        return day.isoformat(), day
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}", day - dt.timedelta(days=day.weekday())
    if by == "month":
        return f"{day.year:04d}-{day.month:02d}", day.replace(day=1)
    raise ValueError(f"period {by!r} is not one of {', '.join(PERIODS)}")


def _actor_match(role: str, code: str) -> tuple[str, list[str]]:
    """RUS matches every sector of Russia (RUSGOV, RUSMIL); RUSGOV or NATO match themselves."""
    column = "country" if len(code) == 3 else "code"
    # An uncorrelated IN: run once, on the actor index. A correlated EXISTS made SQLite scan
    # every row of the actor for every group (seconds on a few thousand groups).
    return (f"g.id IN (SELECT x.group_id FROM group_actors x WHERE x.role = ? "
            f"AND x.{column} = ?)", [role, code.upper()])


def dyad_groups(store: Any, a: str, b: str, directed: bool = False,
                since: dt.date | None = None, until: dt.date | None = None,
                min_confidence: float | None = None) -> list[Group]:
    """Dated groups from A to B (and from B to A unless `directed`)."""
    sql_parts, params = [], []
    for src, tgt in ((a, b), (b, a))[: 1 if directed else 2]:
        s_sql, s_params = _actor_match("source", src)
        t_sql, t_params = _actor_match("target", tgt)
        sql_parts.append(f"({s_sql} AND {t_sql})")
        params += s_params + t_params
    ids = [r["id"] for r in query(store, 
        f"SELECT g.id FROM event_groups g WHERE g.date IS NOT NULL AND ({' OR '.join(sql_parts)})",
        params)]
    return [g for g in groups(store, ids=ids, min_confidence=min_confidence)
            if (since is None or g.date >= since) and (until is None or g.date <= until)]


def timeline_columns(directed: bool = False) -> list[str]:
    """The columns of a timeline row, in order (also the header of an empty listing)."""
    return ["period", "start", "events", "mentions", *QUAD_COLUMNS.values(),
            *([] if directed else ["a_to_b", "b_to_a"]), "goldstein_total", "goldstein_mean"]


def timeline(store: Any, a: str, b: str, by: str = "month", directed: bool = False,
             since: dt.date | None = None, until: dt.date | None = None,
             min_confidence: float | None = None) -> list[dict[str, Any]]:
    """The A-B dyad per period, oldest first: events (happenings) by quad class, in each
    direction, their mentions, and total and mean Goldstein. Periods without events are left out.
    `min_confidence`: only happenings with an event the coder is at least that sure of."""
    period_of(dt.date(2000, 1, 1), by)  # reject a bad period before any work
    found = dyad_groups(store, a, b, directed, since, until, min_confidence)
    a_to_b = ({g.id for g in dyad_groups(store, a, b, True, since, until, min_confidence)}
              if not directed else None)
    rows: dict[str, dict[str, Any]] = {}
    for g in found:
        label, start = period_of(g.date, by)  # type: ignore[arg-type]
        row = rows.setdefault(label, {**dict.fromkeys(timeline_columns(directed), 0),
                                      "period": label, "start": start.isoformat(),
                                      "goldstein_total": 0.0})
        row["events"] += 1
        row["mentions"] += g.num_mentions
        if g.quad_class in QUAD_COLUMNS:
            row[QUAD_COLUMNS[g.quad_class]] += 1
        if a_to_b is not None:
            row["a_to_b" if g.id in a_to_b else "b_to_a"] += 1
        row["goldstein_total"] += g.goldstein
    out = [rows[k] for k in sorted(rows)]
    for row in out:
        row["goldstein_total"] = round(row["goldstein_total"], 3)
        row["goldstein_mean"] = round(row["goldstein_total"] / row["events"], 3)
    return out


def actor_totals(store: Any, since: dt.date | None = None, until: dt.date | None = None,
                 min_confidence: float | None = None) -> list[dict[str, Any]]:
    """Per actor (country, or organisation): happenings it took part in, as source and as
    target, and the Goldstein of what it did (as source). Most active first."""
    totals: dict[str, dict[str, Any]] = {}
    for g in groups(store, since=since, until=until, min_confidence=min_confidence):
        for role, codes in (("source", g.source), ("target", g.target)):
            for code in codes:
                row = totals.setdefault(code, {"actor": code, "events": 0, "as_source": 0,
                                               "as_target": 0, "goldstein_total": 0.0})
                row[f"as_{role}"] += 1
                if role == "source":
                    row["goldstein_total"] += g.goldstein
        for code in set(g.source) | set(g.target):
            totals[code]["events"] += 1
    out = sorted(totals.values(), key=lambda r: (-r["events"], r["actor"]))
    for row in out:
        row["goldstein_total"] = round(row["goldstein_total"], 3)
        row["goldstein_mean"] = round(row["goldstein_total"] / row["as_source"], 3) if row["as_source"] else None
    return out


def actor_network(store: Any, since: dt.date | None = None, until: dt.date | None = None,
                  min_confidence: float | None = None) -> "nx.DiGraph":
    """Directed graph source -> target: `weight` = happenings, with `mentions` and total and
    mean Goldstein on each edge; nodes carry `events`. A group with several sources or targets
    adds one to every source -> target edge."""
    import networkx as nx  # imported here: importing dyads stays quick for the other commands

    graph = nx.DiGraph()
    edges: dict[tuple[str, str], list[Group]] = defaultdict(list)
    for g in groups(store, since=since, until=until, min_confidence=min_confidence):
        for s in g.source:
            for t in g.target:
                if s != t:
                    edges[(s, t)].append(g)
        for code in set(g.source) | set(g.target):
            if code not in graph:
                graph.add_node(code, events=0)
            graph.nodes[code]["events"] += 1
    for (s, t), found in sorted(edges.items()):
        total = sum(g.goldstein for g in found)
        graph.add_edge(s, t, weight=len(found), mentions=sum(g.num_mentions for g in found),
                       goldstein_total=round(total, 3), goldstein_mean=round(total / len(found), 3))
    return graph


def network_data(graph: "nx.DiGraph") -> dict[str, list[dict[str, Any]]]:
    """The graph as JSON-ready nodes and edges, sorted."""
    return {"nodes": [{"id": n, **graph.nodes[n]} for n in sorted(graph.nodes)],
            "edges": [{"source": s, "target": t, **graph.edges[s, t]}
                      for s, t in sorted(graph.edges)]}
