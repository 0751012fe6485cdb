"""Event commands: events (listing with filters) and recode."""

from __future__ import annotations

from typing import Optional

import typer

from dyads.archive import open as open_archive
from dyads.cli.app import app, settings
from dyads.cli.archive import err, parse_day
from dyads.cli.output import Format, emit
from dyads.model import Event

EVENT_COLUMNS = ["date", "source", "type", "target", "cameo", "goldstein", "flags", "reported_by", "sentence"]


def event_row(e: Event) -> dict:
    row = e.to_dict()
    row["flags"] = " ".join(f for f, on in (("negated", e.negated),
                                            ("hypothetical", e.hypothetical)) if on)
    return row


@app.command()
def events(
    actor: Optional[str] = typer.Option(None, "--actor", help="Source or target code (RUS matches RUSGOV)."),
    source: Optional[str] = typer.Option(None, "--source"),
    target: Optional[str] = typer.Option(None, "--target"),
    type: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. REJECT"),
    since: Optional[str] = typer.Option(None, "--since", help="YYYY-MM-DD"),
    until: Optional[str] = typer.Option(None, "--until", help="YYYY-MM-DD (inclusive)"),
    limit: Optional[int] = typer.Option(None, "--limit", min=1),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """Coded events, oldest first, each with its sentence."""
    with open_archive(settings.db) as db:
        found = db.events(actor=actor, source=source, target=target, type=type,
                          since=parse_day(since), until=parse_day(until), limit=limit)
    # "flags" is the table's short form of negated/hypothetical, which json and csv carry
    rows = [event_row(e) if fmt is Format.table else e.to_dict() for e in found]
    emit(rows, fmt, EVENT_COLUMNS if fmt is Format.table else None)


@app.command()
def recode() -> None:
    """Code the stored articles again (after lexicons or actors changed), replacing their events."""
    with open_archive(settings.db) as db:
        count = db.recode()
    err.print(f"recoded: {count} events")
