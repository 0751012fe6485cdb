"""Archive commands: ingest, articles, search, show, failures."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.text import Text

from dyads.archive import open as open_archive
from dyads.cli.app import Since, Until, app, settings
from dyads.cli.output import FORMAT_HELP, LIMIT_HELP, Format, emit, record_columns, stdout
from dyads.model import Article, Failure
from dyads.pipeline import IngestSummary

# Messages on stderr: plain lines a log keeps whole (never folded at 80 columns), and data
# (a path, an id, a reason) printed as is: "[x].html" is a file name, not Rich markup.
err = Console(stderr=True, soft_wrap=True, markup=False, highlight=False)


class Engine(str, Enum):
    local = "local"
    ray = "ray"


@app.command()
def ingest(
    sources: list[str] = typer.Argument(..., metavar="SOURCE",
                                        help="Files, folders, globs, URLs, feeds, sitemaps."),
    code: bool = typer.Option(True, "--code/--no-code", help="Code events while storing."),
    engine: Engine = typer.Option(Engine.local, "--engine",
                                  help="local: this process; ray: Ray tasks (see docs/scale.md)."),
    address: Optional[str] = typer.Option(None, "--address", metavar="ADDR",
                                          help="Ray cluster address, e.g. auto (ray engine)."),
    out: Optional[str] = typer.Option(None, "--out", metavar="DIR",
                                      help="Also write partitioned Parquet here (ray engine)."),
    document_timeout: Optional[float] = typer.Option(
        None, "--document-timeout", metavar="SECONDS", min=0,
        help="Seconds each document may take to extract and to code before it is recorded as "
             "failed (default: DYADS_DOCUMENT_TIMEOUT, else 60; 0: no limit)."),
) -> None:
    """Read news, store clean articles and their events; print a summary
    (read, stored, updated, duplicates, failed, events)."""
    if engine is Engine.local and (address or out):
        raise typer.BadParameter("--address and --out need --engine ray", param_hint="--engine")
    with open_archive(settings.db) as db:
        if engine is Engine.ray:
            from dyads.extras import require
            require("ray", "ray", "--engine ray")
            from dyads.engines.ray_engine import ingest_with_ray

            summary = ingest_with_ray(sources, db.store, code=code, address=address, out=out,
                                      document_timeout=document_timeout)
        else:
            summary = _ingest_with_progress(db, sources, code, document_timeout)
    for f in summary.failures:
        err.print(Text.assemble(("failed", "red"), f" {f.origin}: {f.reason}"))
    err.print(f"read {summary.read}, stored {summary.stored}, updated {summary.updated}, "
              f"duplicates {summary.duplicates} (near {summary.near_duplicates}), "
              f"failed {summary.failed}, events {summary.events}")
    raise typer.Exit(summary.exit_code)


def _ingest_with_progress(db, sources: list[str], code: bool,
                          document_timeout: float | None = None) -> IngestSummary:
    # A progress bar only for a person at a terminal; logs and CI get the summary alone.
    if not sys.stderr.isatty():
        return db.ingest(sources, code=code, document_timeout=document_timeout)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
               TextColumn("{task.completed} documents"), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=None)
        return db.ingest(sources, code=code, document_timeout=document_timeout,
                         on_batch=lambda s: progress.advance(task, s.read))


ARTICLE_COLUMNS = ["id", "published", "source", "language", "title"]
# json and csv: every field but the internal hash
ARTICLE_FIELDS = record_columns(Article, without=["content_hash"])


def article_row(article: Article) -> dict:
    return {k: v for k, v in article.to_dict().items() if k in ARTICLE_FIELDS}


@app.command()
def articles(
    source: Optional[str] = typer.Option(None, "--source", metavar="DOMAIN",
                                         help="Site, e.g. fr.sputniknews.com"),
    lang: Optional[str] = typer.Option(None, "--lang", metavar="LANG", help="Language, e.g. fr or en."),
    since: Since = None,
    until: Until = None,
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help=LIMIT_HELP),
    fmt: Format = typer.Option(Format.table, "--format", help=FORMAT_HELP),
) -> None:
    """List stored articles, newest first."""
    with open_archive(settings.db) as db:
        found = db.articles(source=source, lang=lang, since=since, until=until, limit=limit)
    rows = [article_row(a) for a in found]
    emit(rows, fmt, ARTICLE_COLUMNS if fmt is Format.table else ARTICLE_FIELDS)


SEARCH_FIELDS = ["id", "rank", "relevance", "published", "title", "snippet", "url"]


@app.command()
def search(
    query: str = typer.Argument(..., metavar="QUERY",
                                help="Words to find, all of them (accents and case optional)."),
    limit: int = typer.Option(20, "--limit", min=1, help=LIMIT_HELP),
    fmt: Format = typer.Option(Format.table, "--format", help=FORMAT_HELP),
) -> None:
    """Full-text search over titles and bodies, best first, with snippets."""
    if not any(ch.isalnum() for ch in query):
        raise typer.BadParameter("give at least one word to search for", param_hint="QUERY")
    with open_archive(settings.db) as db:
        hits = db.search(query, limit=limit)
    rows = [{"id": h.article.id, "rank": h.rank, "relevance": h.relevance, "published": h.article.published,
             "title": h.article.title, "snippet": h.snippet, "url": h.article.url} for h in hits]
    emit(rows, fmt, ["rank", "relevance", "id", "title", "snippet"] if fmt is Format.table else SEARCH_FIELDS)


@app.command()
def show(
    article_id: str = typer.Argument(..., metavar="ID", help="An article id from `dyads articles`."),
    fmt: Format = typer.Option(Format.table, "--format",
                               help="table (text), json (with its events) or csv (one row)."),
) -> None:
    """One article, whole, with its metadata and events."""
    with open_archive(settings.db) as db:
        article = db.article(article_id)
        events = db.events(article_id=article_id) if article else []
    if article is None:
        err.print(f"Error: no article with id {article_id!r} (ids: `dyads articles`)")
        raise typer.Exit(1)
    if fmt is Format.json:
        emit([{**article_row(article), "events": [e.to_dict() for e in events]}], fmt)
        return
    if fmt is Format.csv:
        emit([article_row(article)], fmt, ARTICLE_FIELDS)
        return
    out = stdout()
    data = article.to_dict()
    for key in ("id", "url", "source", "publisher", "title", "description", "published",
                "modified", "authors", "section", "keywords", "language", "image", "origin",
                "duplicate_of"):
        value = data[key]
        value = ", ".join(value) if isinstance(value, list) else value
        # soft_wrap: a long title or URL stays one line the terminal may fold, so it can be
        # copied or grepped whole; escape: the value is data, not Rich markup.
        out.print(f"[bold]{key:>12}[/bold]  {escape(str(value)) if value is not None else ''}",
                  highlight=False, soft_wrap=True)
    out.print()
    out.print(escape(article.body), highlight=False, soft_wrap=True)  # paragraphs stay whole
    if events:
        out.print(f"\n[bold]{len(events)} events[/bold]")
        for e in events:
            out.print(f"  {e.date} {'+'.join(e.source)} {e.type} {'+'.join(e.target) or '-'}"
                      f"{' (negated)' if e.negated else ''}{' (hypothetical)' if e.hypothetical else ''}"
                      f": {e.sentence}", highlight=False, markup=False)


@app.command()
def failures(limit: Optional[int] = typer.Option(None, "--limit", min=1, help=LIMIT_HELP),
             fmt: Format = typer.Option(Format.table, "--format", help=FORMAT_HELP)) -> None:
    """Inputs that could not be stored, and why, newest first."""
    with open_archive(settings.db) as db:
        rows = [f.to_dict() for f in db.failures(limit=limit)]
    emit(rows, fmt, ["when", "stage", "origin", "reason"] if fmt is Format.table
         else record_columns(Failure))
