"""Archive commands: ingest, articles, search, show, failures."""

from __future__ import annotations

import datetime as dt
import sys
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from dyads.archive import open as open_archive
from dyads.cli.app import app, settings
from dyads.cli.output import Format, emit, stdout
from dyads.pipeline import IngestSummary

err = Console(stderr=True)


def parse_day(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)")


@app.command()
def ingest(
    sources: list[str] = typer.Argument(..., help="Files, folders, globs, URLs, feeds, sitemaps."),
    code: bool = typer.Option(True, "--code/--no-code", help="Code events while storing."),
    engine: str = typer.Option("local", "--engine", help="local | ray"),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster address (ray engine)."),
    out: Optional[str] = typer.Option(None, "--out", help="Also write partitioned Parquet here (ray engine)."),
) -> None:
    """Read news, store clean articles and their events; print a summary."""
    with open_archive(settings.db) as db:
        if engine == "ray":
            from dyads.engines.ray_engine import ingest_with_ray

            summary = ingest_with_ray(sources, db.store, code=code, address=address, out=out)
        elif engine == "local":
            summary = _ingest_with_progress(db, sources, code)
        else:
            raise typer.BadParameter(f"unknown engine {engine!r} (local or ray)", param_hint="--engine")
    for f in summary.failures:
        err.print(f"[red]failed[/red] {f.origin}: {f.reason}", highlight=False, soft_wrap=True)
    err.print(f"read {summary.read}, stored {summary.stored}, updated {summary.updated}, "
              f"duplicates {summary.duplicates} (near {summary.near_duplicates}), "
              f"failed {summary.failed}, events {summary.events}", highlight=False)
    raise typer.Exit(summary.exit_code)


def _ingest_with_progress(db, sources: list[str], code: bool) -> IngestSummary:
    # A progress bar only for a person at a terminal; logs and CI get the summary alone.
    if not sys.stderr.isatty():
        return db.ingest(sources, code=code)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
               TextColumn("{task.completed} documents"), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=None)
        return db.ingest(sources, code=code, on_batch=lambda s: progress.advance(task, s.read))


ARTICLE_COLUMNS = ["id", "published", "source", "language", "title"]


@app.command()
def articles(
    source: Optional[str] = typer.Option(None, "--source", help="Domain, e.g. fr.sputniknews.com"),
    lang: Optional[str] = typer.Option(None, "--lang"),
    since: Optional[str] = typer.Option(None, "--since", help="YYYY-MM-DD"),
    until: Optional[str] = typer.Option(None, "--until", help="YYYY-MM-DD (inclusive)"),
    limit: Optional[int] = typer.Option(None, "--limit", min=1),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """List stored articles, newest first."""
    with open_archive(settings.db) as db:
        rows = [a.to_dict() for a in db.articles(source=source, lang=lang, since=parse_day(since),
                                                 until=parse_day(until), limit=limit)]
    for row in rows:
        row.pop("content_hash", None)
    emit(rows, fmt, ARTICLE_COLUMNS if fmt is Format.table else None)


@app.command()
def search(
    query: str = typer.Argument(..., help="Words to find (accents optional)."),
    limit: int = typer.Option(20, "--limit", min=1),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Full-text search over titles and bodies, best first, with snippets."""
    with open_archive(settings.db) as db:
        hits = db.search(query, limit=limit)
    rows = [{"id": h.article.id, "score": float(f"{h.score:.3g}"), "published": h.article.published,
             "title": h.article.title, "snippet": h.snippet, "url": h.article.url} for h in hits]
    emit(rows, fmt, ["id", "score", "title", "snippet"] if fmt is Format.table else None)


@app.command()
def show(article_id: str = typer.Argument(...),
         fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """One article, whole, with its metadata."""
    with open_archive(settings.db) as db:
        article = db.article(article_id)
        events = db.events(article_id=article_id) if article else []
    if article is None:
        err.print(f"no article with id {article_id}")
        raise typer.Exit(1)
    if fmt is Format.json:
        emit([{**article.to_dict(), "events": [e.to_dict() for e in events]}], fmt)
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
    out.print(escape(article.body), highlight=False)
    if events:
        out.print(f"\n[bold]{len(events)} events[/bold]")
        for e in events:
            out.print(f"  {e.date} {'+'.join(e.source)} {e.type} {'+'.join(e.target) or '-'}"
                      f"{' (negated)' if e.negated else ''}{' (hypothetical)' if e.hypothetical else ''}"
                      f": {e.sentence}", highlight=False)


@app.command()
def failures(limit: Optional[int] = typer.Option(None, "--limit", min=1),
             fmt: Format = typer.Option(Format.table, "--format")) -> None:
    """Inputs that could not be stored, and why."""
    with open_archive(settings.db) as db:
        rows = [f.to_dict() for f in db.failures(limit=limit)]
    emit(rows, fmt, ["when", "stage", "origin", "reason"] if fmt is Format.table else None)
