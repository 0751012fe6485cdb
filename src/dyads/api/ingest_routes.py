"""`POST /api/ingest` (uploaded files or URLs, bearer token only) and job progress."""

from __future__ import annotations

import hmac
import re
import shutil
import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, Form, Header, HTTPException, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel

import dyads
from dyads.api.archives import archive_of
from dyads.api.errors import ERROR_RESPONSES, ErrorBody
from dyads.api.jobs import Job, Jobs
from dyads.api.listing import MAX_PAGE
from dyads.model import Failure
from dyads.sources.addresses import AddressRefused

router = APIRouter(tags=["ingest"])

AUTH_RESPONSES = {**ERROR_RESPONSES,
                  400: {"model": ErrorBody, "description": "A body that is not multipart form data"},
                  401: {"model": ErrorBody, "description": "Missing or wrong bearer token"},
                  403: {"model": ErrorBody, "description": "The server is read-only (no DYADS_TOKEN)"},
                  413: {"model": ErrorBody, "description": "Upload too large"},
                  422: {"model": ErrorBody, "description": "Nothing to ingest, a malformed URL, "
                        "or only URLs of addresses this server does not fetch"}}


def check_token(request: Request, authorization: str | None) -> None:
    token: str | None = request.app.state.token
    if token is None:
        raise HTTPException(403, "this server is read-only: start it with DYADS_TOKEN set "
                                 "to allow ingest")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "ingest needs the header 'Authorization: Bearer <DYADS_TOKEN>'"
                            + (" (the token given is wrong)" if authorization else ""),
                            headers={"WWW-Authenticate": "Bearer"})


def safe_name(name: str | None, n: int) -> str:
    """An uploaded file's own name (its extension tells the reader its kind), made safe."""
    base = re.sub(r"[^\w.\-]+", "_", Path(name or "").name).strip("._")
    return f"{n:03d}-{base or 'upload'}"


@router.post("/ingest", status_code=202, response_model=Job, responses=AUTH_RESPONSES)
def ingest(request: Request, response: Response,
           files: Annotated[list[UploadFile], File(description="Pages, WARC, dumps, JSONL...")] = [],  # noqa: B006 - FastAPI copies defaults
           urls: Annotated[list[str], Form(description="http(s) URLs of pages, feeds or sitemaps")] = [],  # noqa: B006
           code: Annotated[bool, Form(description="Code events while storing")] = True,
           authorization: Annotated[str | None, Header()] = None):
    """Start an ingest in the background; follow it at `GET /api/jobs/{id}`."""
    check_token(request, authorization)
    urls = [u.strip() for u in urls if u.strip()]
    for url in urls:
        if not re.match(r"https?://[^/\s]+", url):
            raise HTTPException(422, f"form field 'urls': {url[:80]!r} is not an http(s) URL")
    uploads = [f for f in files if f.filename or f.size]
    if not uploads and not urls:
        raise HTTPException(422, "nothing to ingest: send files (form field 'files') "
                                 "or URLs (form field 'urls')")
    # Refused up front when the host resolves to a non-public address: the job records
    # those as failures and goes on with the rest; the fetcher checks again on every
    # request, redirect and connection (a name may point elsewhere by then).
    refused = _refused(request, urls)
    if refused and len(refused) == len(urls) and not uploads:
        raise HTTPException(422, "; ".join(str(f) for f in refused))
    folder = Path(tempfile.mkdtemp(prefix="dyads-upload-")) if uploads else None
    paths = []
    for n, upload in enumerate(uploads):
        path = folder / safe_name(upload.filename, n)  # type: ignore[operator]
        with path.open("wb") as out:
            shutil.copyfileobj(upload.file, out)
        paths.append(str(path))
    jobs: Jobs = request.app.state.jobs
    refused_by_url = {f.origin: f for f in refused}
    sources: list[str | Failure] = [refused_by_url.get(u, u) for u in urls]
    job = jobs.start(paths + sources, [u.filename or "upload" for u in uploads] + urls, code=code,
                     cleanup=folder)
    response.headers["Location"] = f"/api/jobs/{job.id}"
    return job


def _refused(request: Request, urls: list[str]) -> list[Failure]:
    guard = request.app.state.jobs.guard
    if guard is None:
        return []
    refused = []
    for url in urls:
        try:
            guard.check_url(url)
        except AddressRefused as error:
            refused.append(Failure(url, error.reason, stage="read"))
    return refused


@router.get("/jobs", response_model=list[Job])
def jobs(request: Request):
    """The ingest jobs of this server process, oldest first."""
    return request.app.state.jobs.all()


@router.get("/jobs/{job_id}", response_model=Job, responses=ERROR_RESPONSES)
def job(request: Request, job_id: str):
    """How far an ingest got: documents read, articles stored, failures, and whether it is done."""
    found = request.app.state.jobs.get(job_id)
    if found is None:
        raise HTTPException(404, f"no job with id {job_id!r} (jobs last as long as the server)")
    return found


class ServerInfo(BaseModel):
    version: str
    read_only: bool  # True when the server was started without DYADS_TOKEN
    max_upload_bytes: int
    private_urls: bool  # True when ingested URLs may reach loopback and private addresses
    max_page: int
    articles: int
    events: int


@router.get("/info", response_model=ServerInfo, tags=["server"])
def info(request: Request):
    """What this server allows, and how much the archive holds."""
    store = archive_of(request).store
    return {"version": dyads.__version__, "read_only": request.app.state.token is None,
            "max_upload_bytes": request.app.state.max_upload_bytes, "max_page": MAX_PAGE,
            "private_urls": request.app.state.allow_private_urls,
            "articles": store.count_articles(), "events": store.count_events()}
