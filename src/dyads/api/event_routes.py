"""Events (filters as in `dyads events`) and the actor dictionary."""

from __future__ import annotations

import os
from enum import Enum
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel

from dyads.api.archives import archive_of
from dyads.api.errors import ERROR_RESPONSES
from dyads.api.listing import (COUNT_LIMIT, KeysetPage, KeysetPagingDep, MinConfidence, PagingDep, Since,
                                Until, answer, keyset_answer, keyset_json, listing, wants_csv)
from dyads.model import Actor, Event
from dyads.ontology import PLOVER_TYPES, QUAD_NAMES, QUAD_OF_TYPE

router = APIRouter()

EventTypeName = Enum("EventTypeName", {t: t for t in PLOVER_TYPES}, type=str)  # type: ignore[misc]
Code = Annotated[str | None, Query(max_length=40, description="Actor code; RUS also matches RUSGOV, RUSMIL...")]
EVENT_FIELDS = list(Event.__dataclass_fields__)
ACTOR_FIELDS = list(Actor.__dataclass_fields__)


@listing(router, "/events", Event, page=KeysetPage, tags=["events"])
def events(request: Request, page: KeysetPagingDep, actor: Code = None, source: Code = None,
           target: Code = None,
           type: Annotated[EventTypeName | None, Query(description="PLOVER type, e.g. REJECT")] = None,
           since: Since = None, until: Until = None,
           article: Annotated[str | None, Query(description="Events of this article id only.")] = None,
           min_confidence: MinConfidence = None):
    """Coded events, oldest first, each with its sentence and the article it comes from.

    Pages: `limit` events from `offset` (at most 10,000), or, at any depth, from the
    `cursor` that the previous page gave as `next`. `total` counts up to 10,000 matches;
    beyond, `total_exact` is false and `total` is 10,000."""
    filters = dict(actor=actor, source=source, target=target, type=type and type.value, since=since,
                   until=until, article_id=article, min_confidence=min_confidence)
    store = archive_of(request).store
    count = store.count_events(at_most=COUNT_LIMIT + 1, **filters)
    if wants_csv(request, page.format):
        found, after = store.event_page(page.limit, offset=page.offset, after=page.after, **filters)
        return keyset_answer(request, page, [e.to_dict() for e in found], count, after,
                             EVENT_FIELDS, "events")
    # JSON: the database writes each event's JSON; no Python object per event is made
    items, after = store.event_page_json(page.limit, offset=page.offset, after=page.after,
                                         **filters)
    return keyset_json(page, items, count, after)


class EventType(BaseModel):
    type: str
    quad_class: int
    quad_name: str


@router.get("/types", response_model=list[EventType], tags=["events"])
def types():
    """The PLOVER event types and their quad classes."""
    return [{"type": t, "quad_class": QUAD_OF_TYPE[t], "quad_name": QUAD_NAMES[QUAD_OF_TYPE[t]]}
            for t in PLOVER_TYPES]


def actor_dictionary():
    from dyads.actors import load_dictionary  # loaded once per process by the actors module

    # `dyads --actors my.tsv serve` passes the user's files on in DYADS_ACTORS.
    extra = [p for p in os.environ.get("DYADS_ACTORS", "").split(os.pathsep) if p]
    return load_dictionary(extra)


@listing(router, "/actors", Actor, tags=["actors"])
def actors(request: Request, page: PagingDep,
           q: Annotated[str | None, Query(description="Part of a code, name, role or form.")] = None):
    """Actors of the dictionary; with `q`, exact code matches first, then partial matches."""
    dictionary = actor_dictionary()
    found = dictionary.search(q) if q and q.strip() else list(dictionary.actors)
    rows = [a.to_dict() for a in found[page.offset:page.offset + page.limit]]
    return answer(request, page, rows, len(found), ACTOR_FIELDS, "actors")


@router.get("/actors/{code}", response_model=Actor, responses=ERROR_RESPONSES, tags=["actors"])
def actor(code: str):
    """What an actor code stands for (RUSGOV is built from RUS and the GOV sector)."""
    found = actor_dictionary().get(code.upper())
    if found is None:
        raise HTTPException(404, f"no actor with code {code!r}")
    return found
