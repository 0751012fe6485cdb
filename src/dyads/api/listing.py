"""What every listing shares: pagination, JSON pages, CSV downloads, `.csv` paths."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from enum import Enum
from typing import Annotated, Any, Callable, Generic, TypeVar

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, BeforeValidator

from dyads.api.errors import ERROR_RESPONSES
from dyads.serialize import write_csv

MAX_PAGE = 500
T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int | None  # None where counting would cost a second search (full-text search)
    limit: int
    offset: int


class Format(str, Enum):
    json = "json"
    csv = "csv"


@dataclass
class Paging:
    limit: int
    offset: int
    format: Format


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}.")] = 50,
    offset: Annotated[int, Query(ge=0, le=10**9, description="Rows to skip.")] = 0,
    format: Annotated[Format, Query(description="json (default) or csv.")] = Format.json,
) -> Paging:
    return Paging(limit, offset, format)


PagingDep = Annotated[Paging, Depends(paging)]


def iso_day(value: Any) -> Any:
    """Only YYYY-MM-DD: pydantic alone would also take 0 or 1644796800 as a Unix time."""
    if isinstance(value, str) and not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        raise ValueError("expected a date YYYY-MM-DD")
    return value


Day = Annotated[dt.date, BeforeValidator(iso_day)]
Since = Annotated[Day | None, Query(description="From this day on (YYYY-MM-DD).")]
Until = Annotated[Day | None, Query(description="Up to this day, inclusive (YYYY-MM-DD).")]

CSV_RESPONSE = {"content": {"text/csv": {"schema": {"type": "string"}}},
                "description": "The page as CSV (format=csv or a .csv path)."}


def listing(router: APIRouter, path: str, model: Any, **kwargs: Any) -> Callable:
    """Register a listing at `path` (JSON, or CSV with ?format=csv) and at `path`.csv."""
    def register(endpoint: Callable) -> Callable:
        responses = {**ERROR_RESPONSES, 200: CSV_RESPONSE}
        router.get(path, response_model=Page[model], responses=responses, **kwargs)(endpoint)
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
