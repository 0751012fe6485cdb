"""Every error as JSON `{"error": <what kind>, "detail": <what was wrong>}`."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from dyads.store.base import QueryTimeout

log = logging.getLogger("dyads.api")

# What a valid value looks like, added to pydantic's message for the usual mistakes.
EXPECTED = {"date": "a date YYYY-MM-DD", "int": "an integer"}


class ErrorBody(BaseModel):
    error: str
    detail: str


# Documented on every route so the OpenAPI schema (and schemathesis) knows the error shape.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": HTTPStatus(code).phrase}
    for code in (404, 422)
}


def error_response(status: int, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": HTTPStatus(status).phrase.lower(), "detail": detail},
                        status_code=status, headers=headers)


def describe_validation_error(error: dict[str, Any]) -> str:
    """pydantic's error as a sentence naming the parameter: "query parameter 'since': ..."."""
    loc = [str(part) for part in error.get("loc", ())]
    where, name = (loc[0], ".".join(loc[1:])) if len(loc) > 1 else ("request", ".".join(loc))
    message = error.get("msg", "invalid value").removeprefix("Value error, ")
    got = error.get("input")
    text = f"{where} parameter {name!r}: {message}" if where != "body" else f"{name or 'body'}: {message}"
    if got is not None and not isinstance(got, (dict, list, bytes)) and error.get("type") != "missing":
        text += f" (got {str(got)[:80]!r})"
    for kind, expected in EXPECTED.items():
        if error.get("type", "").startswith(kind):
            text += f"; expected {expected}"
            break
    return text


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"no such path: {request.url.path}"
        elif exc.status_code == 405:
            detail = f"{request.method} is not allowed on {request.url.path}"
        return error_response(exc.status_code, detail, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        detail = "; ".join(describe_validation_error(e) for e in exc.errors())
        return error_response(422, detail or "invalid request")

    @app.exception_handler(QueryTimeout)
    async def too_long(request: Request, exc: QueryTimeout) -> JSONResponse:
        return error_response(503, f"{exc}, this server's limit per request: narrow the "
                                   "filters (a period, an actor) or ask for smaller pages",
                              {"Retry-After": "10"})

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("%s %s", request.method, request.url.path)
        return error_response(500, f"{type(exc).__name__}: {exc}")
