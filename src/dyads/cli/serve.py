"""`dyads serve`: the HTTP API and the web page over the store."""

from __future__ import annotations

import gc
import os

import typer

from dyads.archive import open as open_archive
from dyads.archive import without_password
from dyads.cli.app import app, settings
from dyads.cli.archive import err
from dyads.extras import require


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="TCP port to listen on."),
    allow_private_urls: bool = typer.Option(
        False, "--allow-private-urls",
        help="Let URLs sent to POST /api/ingest reach loopback, private, link-local and cloud "
             "metadata addresses (refused by default, after DNS and on every redirect)."),
    query_timeout: float = typer.Option(
        10.0, "--query-timeout", min=0,
        help="Seconds a database query of one request may run before the request is answered "
             "503 (0: no limit)."),
    threads: int = typer.Option(
        4, "--threads", min=1,
        help="Requests handled at once; the others wait their turn. More threads contend for "
             "Python's GIL rather than serve more (on 2 cores, 4 threads served 1.6-1.8x the requests of 40)."),
) -> None:
    """Serve the JSON API (/api, docs at /docs) and the web page (/).

    Ingest over HTTP is allowed only when DYADS_TOKEN is set, to requests that send it as
    a bearer token; the URLs it fetches must be public addresses unless
    --allow-private-urls is given."""
    uvicorn = require("uvicorn", "server", "dyads serve")
    require("fastapi", "server", "dyads serve")
    from dyads.api import create_app

    # a bad --db fails here, in one line, rather than on every request
    open_archive(settings.db).close()
    token = os.environ.get("DYADS_TOKEN") or None
    err.print(f"dyads: serving {without_password(settings.db)} on http://{host}:{port}/ "
              f"({'ingest allowed with the token' if token else 'read-only: DYADS_TOKEN is not set'}"
              f"{'; URLs may reach private addresses' if token and allow_private_urls else ''})",
              highlight=False)
    api = create_app(settings.db, token=token, allow_private_urls=allow_private_urls,
                     query_timeout=query_timeout or None, threads=threads)
    # What is loaded by now lives as long as the server: out of the garbage collector's
    # sight, full collections stop walking it (they took a quarter of /api/events' time).
    gc.freeze()
    uvicorn.run(api, host=host, port=port, log_level="warning")
