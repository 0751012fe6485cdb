"""The `dyads code` command: events in a text given on the command line, nothing stored."""

from __future__ import annotations

import datetime as dt
from typing import Optional

import typer

from dyads.cli.app import app, to_day
from dyads.cli.archive import err
from dyads.cli.events import EVENT_COLUMNS, EVENT_FIELDS, event_row
from dyads.cli.output import Format, emit


@app.command()
def code(
    text: str = typer.Argument(..., help="The text to code: one or more sentences."),
    lang: Optional[str] = typer.Option(None, "--lang", help="fr or en (detected when omitted)."),
    date: Optional[dt.date] = typer.Option(None, "--date", parser=to_day, metavar="YYYY-MM-DD",
                                           help="Publication date: relative dates resolve against it."),
    fmt: Format = typer.Option(Format.table, "--format", help="table or json (csv also works)."),
) -> None:
    """Code a text into events (who did what to whom), without storing anything."""
    from dyads import code_text

    try:
        found = code_text(text, lang=lang, date=date)
    except ValueError as exc:  # unsupported or undetectable language
        raise typer.BadParameter(str(exc), param_hint="--lang") from exc
    if not found and fmt is Format.table:
        err.print("no event found")
    # as `dyads events`: "flags" is the table's short form of negated/hypothetical
    rows = [event_row(e) if fmt is Format.table else e.to_dict() for e in found]
    emit(rows, fmt, EVENT_COLUMNS if fmt is Format.table else EVENT_FIELDS)
