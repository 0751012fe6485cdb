"""Articles: listing with filters, one article with its events, full-text search."""

from __future__ import annotations

import datetime as dt
from contextlib import suppress
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel

from dyads.api.archives import archive_of
from dyads.api.errors import ERROR_RESPONSES
from dyads.api.listing import PagingDep, Since, Until, answer, listing
from dyads.archive import site
from dyads.model import Article, Event

router = APIRouter(tags=["articles"])

class ArticleSummary(BaseModel):
    """An article without its body, as listings give it."""

    id: str
    url: str | None
    source: str | None
    publisher: str | None
    title: str | None
    description: str | None
    published: dt.datetime | None
    language: str | None
    section: str | None
    authors: list[str]
    duplicate_of: str | None
    ingested: dt.datetime | None


SUMMARY_FIELDS = list(ArticleSummary.model_fields)


class ArticleWithEvents(BaseModel):
    article: Article
    events: list[Event]


class SearchHit(ArticleSummary):
    rank: int  # 1 for the best hit of the query
    relevance: float  # 0-1: the hit's score as a share of the best hit's
    snippet: str  # the matched words between [ and ]


HIT_FIELDS = ["id", "rank", "relevance", "title", "snippet", "published", "source", "language", "url"]


def summary(article: Article) -> dict:
    data = article.to_dict()
    return {k: data[k] for k in SUMMARY_FIELDS}


@listing(router, "/articles", ArticleSummary)
def articles(request: Request, page: PagingDep,
             source: Annotated[str | None, Query(description="Domain, e.g. fr.sputniknews.com")] = None,
             lang: Annotated[str | None, Query(description="Language code, e.g. fr")] = None,
             since: Since = None, until: Until = None):
    """Stored articles, newest first."""
    # as `Archive.articles` reads them, once for the page and its count
    if source:
        with suppress(ValueError):  # e.g. "[" (half an IPv6 address) is no site: it matches none
            source = site(source)
    filters = dict(source=source, language=lang.strip().lower() if lang else None,
                   since=since, until=until)
    store = archive_of(request).store
    found = store.articles(**filters, limit=page.limit, offset=page.offset)
    total = store.count_articles(**filters)
    return answer(request, page, [summary(a) for a in found], total, SUMMARY_FIELDS, "articles")


@router.get("/articles/{article_id}", response_model=ArticleWithEvents, responses=ERROR_RESPONSES)
def article(request: Request, article_id: str):
    """One article, whole, with the events coded from it (each with its sentence offset)."""
    db = archive_of(request)
    found = db.article(article_id)
    if found is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return {"article": found, "events": db.events(article_id=article_id)}


@listing(router, "/search", SearchHit)
def search(request: Request, page: PagingDep,
           q: Annotated[str, Query(min_length=1, description="Words to find (accents optional).")]):
    """Full-text search over titles and bodies, best first, with snippets."""
    hits = archive_of(request).search(q, limit=page.limit, offset=page.offset)
    rows = [{**summary(h.article), "rank": h.rank, "relevance": h.relevance, "snippet": h.snippet} for h in hits]
    return answer(request, page, rows, None, HIT_FIELDS, "search")
