"""What every listing shares: pagination, JSON pages, CSV downloads, `.csv` paths."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import re
from dataclasses import dataclass
from enum import Enum
from typing import Annotated, Any, Callable, Generic, TypeVar

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, BeforeValidator, Field

from dyads.api.errors import ERROR_RESPONSES
from dyads.serialize import write_csv

MAX_PAGE = 500
# Keyset listings (events): `offset` reaches this far, and `total` counts this far; beyond,
# pages follow the `next` cursor, whose cost does not grow with the depth of the page.
MAX_OFFSET = 10_000
COUNT_LIMIT = 10_000
T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int | None  # None where counting would cost a second search (full-text search)
    limit: int
    offset: int


class KeysetPage(Page[T], Generic[T]):
    total_exact: bool = Field(description=(
        f"False when more than {COUNT_LIMIT} items match: `total` is then {COUNT_LIMIT}, "
        "a lower bound (counts stop there, so that no request reads every match)."))
    next: str | None = Field(description=(
        "Opaque cursor of the next page: pass it as `cursor` (with the same filters) to get "
        "the items that follow this page; null on the last page."))


class Format(str, Enum):
    json = "json"
    csv = "csv"


@dataclass
class Paging:
    limit: int
    offset: int
    format: Format


async def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}.")] = 50,
    offset: Annotated[int, Query(ge=0, le=10**9, description="Rows to skip.")] = 0,
    format: Annotated[Format, Query(description="json (default) or csv.")] = Format.json,
) -> Paging:
    return Paging(limit, offset, format)


PagingDep = Annotated[Paging, Depends(paging)]


@dataclass
class KeysetPaging(Paging):
    after: str | None  # the sort key the cursor stands for


def encode_cursor(key: str) -> str:
    return base64.urlsafe_b64encode(key.encode("utf-8")).decode("ascii").rstrip("=")


# base64url without padding: the lengths it can have (never 1 more than a multiple of 4)
CURSOR_PATTERN = r"^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$"


def decode_cursor(cursor: str) -> str:
    """The sort key a `next` cursor stands for. A cursor names a place in the listing order,
    not an event: it stays valid when its event is deleted, and any well-formed cursor is
    some place (NULs, which no key holds and PostgreSQL refuses, are dropped)."""
    raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    return raw.decode("utf-8", errors="replace").replace("\x00", "")


async def keyset_paging(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}.")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description=(
        f"Rows to skip (from the cursor when one is given), at most {MAX_OFFSET}: "
        "further pages follow `cursor`."))] = 0,
    cursor: Annotated[str | None, Query(max_length=2000, pattern=CURSOR_PATTERN, description=(
        "The `next` of the previous page: this page starts just after it, at the same cost "
        "at any depth."))] = None,
    format: Annotated[Format, Query(description="json (default) or csv.")] = Format.json,
) -> KeysetPaging:
    return KeysetPaging(limit, offset, format, decode_cursor(cursor) if cursor is not None else None)


KeysetPagingDep = Annotated[KeysetPaging, Depends(keyset_paging)]


def iso_day(value: Any) -> Any:
    """Only YYYY-MM-DD: pydantic alone would also take 0 or 1644796800 as a Unix time."""
    if isinstance(value, str) and not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        raise ValueError("expected a date YYYY-MM-DD")
    return value


Day = Annotated[dt.date, BeforeValidator(iso_day)]
Since = Annotated[Day | None, Query(description="From this day on (YYYY-MM-DD).")]
Until = Annotated[Day | None, Query(description="Up to this day, inclusive (YYYY-MM-DD).")]
MinConfidence = Annotated[float | None, Query(
    ge=0.0, le=1.0, description="Only what the coder is at least this sure of: events coded with at "
                                "least this confidence (fewer, more often right); happenings with one.")]

CSV_RESPONSE = {"content": {"text/csv": {"schema": {"type": "string"}}},
                "description": "The page as CSV (format=csv or a .csv path)."}


def listing(router: APIRouter, path: str, model: Any, page: Any = Page, **kwargs: Any) -> Callable:
    """Register a listing at `path` (JSON, or CSV with ?format=csv) and at `path`.csv."""
    def register(endpoint: Callable) -> Callable:
        responses = {**ERROR_RESPONSES, 200: CSV_RESPONSE}
        router.get(path, response_model=page[model], responses=responses, **kwargs)(endpoint)
        router.get(path + ".csv", include_in_schema=False, **kwargs)(endpoint)
        return endpoint
    return register


def wants_csv(request: Request, fmt: Format) -> bool:
    return fmt is Format.csv or request.url.path.endswith(".csv")


def csv_response(rows: list[dict[str, Any]], columns: list[str], name: str) -> Response:
    out = io.StringIO()
    write_csv(rows, columns, out)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})


def answer(request: Request, page: Paging, rows: list[dict[str, Any]], total: int | None,
           columns: list[str], name: str) -> Any:
    """A JSON page, or the same rows as a CSV attachment."""
    if wants_csv(request, page.format):
        return csv_response(rows, columns, name)
    return {"items": rows, "total": total, "limit": page.limit, "offset": page.offset}


def keyset_json(page: KeysetPaging, items: list[str], count: int, after: str | None) -> Response:
    """A keyset page as JSON, from items that are JSON texts already (made by the database):
    what `keyset_answer` returns, without validating and writing every item again."""
    nxt = encode_cursor(after) if after is not None else None
    exact = count <= COUNT_LIMIT
    tail = json.dumps({"total": count if exact else COUNT_LIMIT, "total_exact": exact,
                       "limit": page.limit, "offset": page.offset, "next": nxt})
    body = '{"items":[' + ",".join(items) + "]," + tail[1:]
    return Response(body.encode("utf-8"), media_type="application/json")


def keyset_answer(request: Request, page: KeysetPaging, rows: list[dict[str, Any]],
                  count: int, after: str | None, columns: list[str], name: str) -> Any:
    """A keyset page: `count` was taken up to COUNT_LIMIT + 1; `after`, the sort key of the
    page's last item when more follow. A CSV page carries the cursor in a `Link` header."""
    nxt = encode_cursor(after) if after is not None else None
    if wants_csv(request, page.format):
        response = csv_response(rows, columns, name)
        if nxt:
            response.headers["Link"] = f'<{request.url.include_query_params(cursor=nxt).remove_query_params("offset")}>; rel="next"'
        return response
    exact = count <= COUNT_LIMIT
    return {"items": rows, "total": count if exact else COUNT_LIMIT, "total_exact": exact,
            "limit": page.limit, "offset": page.offset, "next": nxt}
