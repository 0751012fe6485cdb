"""The `dyads code` command: events in a text given on the command line, nothing stored."""

from __future__ import annotations

from typing import Optional

import typer

from dyads.cli.app import app
from dyads.cli.archive import err, parse_day
from dyads.cli.events import EVENT_COLUMNS, event_row
from dyads.cli.output import Format, emit


@app.command()
def code(
    text: str = typer.Argument(..., help="The text to code: one or more sentences."),
    lang: Optional[str] = typer.Option(None, "--lang", help="fr or en (detected when omitted)."),
    date: Optional[str] = typer.Option(None, "--date",
                                       help="Publication date YYYY-MM-DD: relative dates resolve against it."),
    fmt: Format = typer.Option(Format.table, "--format", help="table or json (csv also works)."),
) -> None:
    """Code a text into events (who did what to whom), without storing anything."""
    from dyads import code_text

    try:
        found = code_text(text, lang=lang, date=parse_day(date))
    except ValueError as exc:  # unsupported or undetectable language
        raise typer.BadParameter(str(exc), param_hint="--lang") from exc
    if fmt is Format.json:
        emit([e.to_dict() for e in found], fmt)
        return
    if not found:
        err.print("no event found")
    rows = [event_row(e) for e in found]
    if fmt is Format.csv:
        for row in rows:
            row.pop("flags")
    emit(rows, fmt, EVENT_COLUMNS if fmt is Format.table else None)
