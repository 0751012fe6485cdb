"""`dyads watch`: poll feeds and sitemaps, ingest what is new, until stopped."""

from __future__ import annotations

import logging
import sys
from typing import Optional

import typer

from dyads.archive import open as open_archive
from dyads.cli.app import app, settings
from dyads.sources import is_url
from dyads.watch import Watcher, parse_duration


def _log_to_stderr() -> None:
    # dyads' own lines only: httpx logs every request at INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%dT%H:%M:%S"))
    dyads_log = logging.getLogger("dyads")
    dyads_log.addHandler(handler)
    dyads_log.setLevel(logging.INFO)


@app.command()
def watch(
    sources: list[str] = typer.Argument(..., metavar="URL",
                                        help="URLs of feeds, sitemaps, robots.txt files or pages."),
    every: str = typer.Option("15m", "--every", metavar="DURATION",
                              help="Time between polls: 30s, 15m, 1h, 1h30m."),
    code: bool = typer.Option(True, "--code/--no-code", help="Code events while storing."),
    polls: Optional[int] = typer.Option(None, "--polls", min=1, help="Stop after this many polls."),
) -> None:
    """Poll feeds and sitemaps, ingest each new article once; stop with Ctrl-C or SIGTERM."""
    try:
        interval = parse_duration(every)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--every") from None
    not_urls = [source for source in sources if not is_url(source)]
    if not_urls:
        raise typer.BadParameter(f"{not_urls[0]!r} is not an http(s) URL", param_hint="URL")
    _log_to_stderr()
    with open_archive(settings.db) as db:
        Watcher(sources, db.store, interval, code=code).run(max_polls=polls)
