"""Groups, stories, dyad timelines and the actor network (dyads.analysis via the Archive)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel

from dyads.analysis import network_data
from dyads.api.archives import archive_of
from dyads.api.errors import ERROR_RESPONSES
from dyads.api.listing import (CSV_RESPONSE, Format, MinConfidence, PagingDep, Since, Until, answer,
                               csv_response, listing, wants_csv)
from dyads.model import Group, Story

router = APIRouter(tags=["analysis"])

GROUP_FIELDS = list(Group.__dataclass_fields__)
Actor = Annotated[str, Query(min_length=1, max_length=40, description="Actor code, e.g. RUS or NATO")]
FormatParam = Annotated[Format, Query(description="json (default) or csv.")]


class StorySummary(BaseModel):
    id: str
    title: str
    start: dt.date | None
    end: dt.date | None
    article_ids: list[str]
    group_ids: list[str]
    num_events: int


STORY_FIELDS = list(StorySummary.model_fields)


class TimelineRow(BaseModel):
    period: str  # 2022-02-14, 2022-W07 or 2022-02
    start: dt.date
    events: int  # happenings (event groups)
    mentions: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    a_to_b: int | None = None  # undirected timelines only
    b_to_a: int | None = None
    goldstein_total: float
    goldstein_mean: float


class Node(BaseModel):
    id: str
    events: int


class Edge(BaseModel):
    source: str
    target: str
    weight: int  # happenings from source to target
    mentions: int
    goldstein_total: float
    goldstein_mean: float


class Network(BaseModel):
    nodes: list[Node]
    edges: list[Edge]


@listing(router, "/groups", Group)
def groups(request: Request, page: PagingDep, since: Since = None, until: Until = None,
           min_confidence: MinConfidence = None):
    """Happenings: events of the same actors, type and day, however many articles report
    them, with how many mentions, articles and sources do; in date order."""
    found = archive_of(request).groups(since=since, until=until, min_confidence=min_confidence)
    rows = [g.to_dict() for g in found[page.offset:page.offset + page.limit]]
    return answer(request, page, rows, len(found), GROUP_FIELDS, "groups")


@listing(router, "/stories", StorySummary)
def stories(request: Request, page: PagingDep):
    """Stories (the events of one exchange across articles), the earliest first."""
    found = archive_of(request).stories()
    rows = [{**s.to_dict(), "num_events": len(s.events)}
            for s in found[page.offset:page.offset + page.limit]]
    for row in rows:
        del row["events"]
    return answer(request, page, rows, len(found), STORY_FIELDS, "stories")


@router.get("/stories/{story_id}", response_model=Story, responses=ERROR_RESPONSES)
def story(request: Request, story_id: str):
    """One story with its chronology: every event, dated, with its sentence and article."""
    found = archive_of(request).story(story_id)
    if found is None:
        raise HTTPException(404, f"no story with id {story_id!r}")
    return found


@router.get("/timeline", response_model=list[TimelineRow],
            responses={**ERROR_RESPONSES, 200: CSV_RESPONSE})
@router.get("/timeline.csv", include_in_schema=False)
def timeline(request: Request, a: Actor, b: Actor,
             by: Annotated[Literal["day", "week", "month"], Query(description="Period")] = "month",
             directed: Annotated[bool, Query(description="Only A -> B (default: both ways)")] = False,
             since: Since = None, until: Until = None, min_confidence: MinConfidence = None,
             format: FormatParam = Format.json):
    """The A–B dyad per period: happenings by quad class, mentions and Goldstein."""
    rows = archive_of(request).timeline(a, b, by=by, directed=directed, since=since, until=until,
                                        min_confidence=min_confidence)
    if wants_csv(request, format):
        return csv_response(rows, list(TimelineRow.model_fields), "timeline")
    return rows


@router.get("/network", response_model=Network, responses={**ERROR_RESPONSES, 200: CSV_RESPONSE})
@router.get("/network.csv", include_in_schema=False)
def network(request: Request, since: Since = None, until: Until = None,
            min_confidence: MinConfidence = None, format: FormatParam = Format.json):
    """The directed actor network (source -> target); as CSV, its edges."""
    data = network_data(archive_of(request).network(since=since, until=until, min_confidence=min_confidence))
    if wants_csv(request, format):
        return csv_response(data["edges"], list(Edge.model_fields), "network")
    return data
