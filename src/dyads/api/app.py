"""The HTTP application: JSON endpoints under /api, the web page at /, offline docs at /docs.

    from dyads.api import create_app
    app = create_app("dyads.db", token=os.environ.get("DYADS_TOKEN"))

Every endpoint is a thin shell over `dyads.Archive`; this module only assembles them.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import AsyncIterator

import anyio.to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.responses import FileResponse

import dyads
from dyads.api import analysis_routes, archive_routes, event_routes, ingest_routes
from dyads.api.archives import ThreadArchives
from dyads.api.errors import install_error_handlers
from dyads.api.jobs import Jobs
from dyads.api.limits import BodyLimit

STATIC = Path(str(resources.files("dyads.api") / "static"))
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
QUERY_TIMEOUT = 10.0  # seconds; listings take milliseconds, whole-archive aggregates seconds
# Requests whose handler runs at once (each in a worker thread). More threads do not serve more:
# they contend for Python's GIL around every SQLite call. At 1,000,000 events and 50 clients on 2
# cores, 40 threads (anyio's default) cost 3.9 ms of server CPU per request and p95 221 ms; 4
# threads 2.0 ms and 96-103 ms (benchmarks/api_load.py).
THREADS = 4

DESCRIPTION = """News in, political event data out: who did what to whom, when and where,
with the sentence that says so.

Listings take `limit` (at most 500) and `offset`, and answer `{"items", "total", "limit",
"offset"}`; add `?format=csv` (or use the `.csv` path, e.g. `/api/events.csv`) for a CSV
download of the same page. `/api/events` pages at any depth with a cursor: each page's
`next`, passed back as `cursor` with the same filters, gives the page after it (null on
the last page; CSV pages give it in a `Link` header); its `offset` goes up to 10,000, and
its `total` counts up to 10,000 matches (`total_exact` is false when more match). A
request's database queries run at most 10 s by default (503 past it). Errors are `{"error": ..., "detail": ...}`. `POST /api/ingest`
needs `Authorization: Bearer <DYADS_TOKEN>`; a server started without a token is read-only.
URLs sent for ingest are fetched only from public addresses (not loopback, private,
link-local or cloud metadata ones, checked after DNS and on every redirect) unless the
server was started with `--allow-private-urls`.
"""


def create_app(db: str | Path, token: str | None = None,
               max_upload_bytes: int = MAX_UPLOAD_BYTES, allow_private_urls: bool = False,
               query_timeout: float | None = QUERY_TIMEOUT, threads: int = THREADS) -> FastAPI:
    """The application over the store at `db`. `token`: the bearer token that allows
    `POST /api/ingest` (None: read-only). `allow_private_urls`: let ingested URLs reach
    loopback, private, link-local and metadata addresses (by default they are refused).
    `query_timeout`: seconds a database query of a request may run (None: no limit); past
    it the request gets 503. `threads`: requests handled at once; the others wait their turn."""
    archives = ThreadArchives(str(db), query_timeout)
    jobs = Jobs(str(db), allow_private_urls=allow_private_urls)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        yield
        jobs.wait()
        archives.close()

    # FastAPIOffline serves Swagger UI and ReDoc from files in its package, not from a CDN.
    app = FastAPIOffline(title="dyads", version=dyads.__version__, description=DESCRIPTION,
                         lifespan=lifespan)
    app.add_middleware(BodyLimit, max_bytes=max_upload_bytes)
    app.state.archives = archives
    app.state.jobs = jobs
    app.state.token = token or None
    app.state.max_upload_bytes = max_upload_bytes
    app.state.allow_private_urls = allow_private_urls
    install_error_handlers(app)
    for module in (archive_routes, event_routes, analysis_routes, ingest_routes):
        app.include_router(module.router, prefix="/api")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    return app
