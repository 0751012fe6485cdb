"""Event commands: events (listing with filters) and recode."""

from __future__ import annotations

import math

from typing import Annotated, Optional

import typer

from dyads.archive import open as open_archive
from dyads.cli.app import Since, Until, app, settings
from dyads.cli.archive import err
from dyads.cli.output import FORMAT_HELP, LIMIT_HELP, Format, emit, record_columns
from dyads.model import Event
from dyads.ontology import PLOVER_TYPES, OntologyError, normalise_type

EVENT_COLUMNS = ["date", "source", "type", "target", "cameo", "goldstein", "flags", "reported_by", "sentence"]
EVENT_FIELDS = record_columns(Event)


def event_row(e: Event) -> dict:
    row = e.to_dict()
    row["flags"] = " ".join(f for f, on in (("negated", e.negated),
                                            ("hypothetical", e.hypothetical)) if on)
    return row


def check_confidence(value: Optional[float]) -> Optional[float]:
    """--min-confidence: a number from 0 to 1 (the range is checked by the option; not NaN,
    which every comparison fails and which would list nothing)."""
    if value is not None and math.isnan(value):
        raise typer.BadParameter(f"{value!r} is not a number from 0 to 1")
    return value


# --min-confidence of every listing: events at least this sure; groups, timelines and networks
# keep the happenings holding such an event
MinConfidence = Annotated[Optional[float], typer.Option(
    "--min-confidence", min=0.0, max=1.0, metavar="C", callback=check_confidence,
    help="Only what the coder is at least this sure of (0-1): events at C or more; happenings "
         "with one (`dyads eval` shows the trade-off).")]


def check_type(value: Optional[str]) -> Optional[str]:
    """--type: one of the 16 PLOVER types (any case; early PLOVER names and CAMEO codes map)."""
    if value is None:
        return None
    try:
        return normalise_type(value)
    except OntologyError:
        raise typer.BadParameter(f"{value!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})") from None


def warn_unknown_codes(*codes: Optional[str]) -> None:
    """A code the actor dictionary does not know is likely a typo: say so, but still filter,
    since the store may hold codes from another dictionary (--actors at ingest time)."""
    given = [c for c in codes if c]
    if not given:
        return
    from dyads.actors import load_dictionary

    dictionary = load_dictionary(settings.actors)
    for code in given:
        if dictionary.get(code.upper()) is None:
            err.print(f"Warning: no actor has the code {code!r} (codes: `dyads actors NAME`)",
                      highlight=False)


@app.command()
def events(
    actor: Optional[str] = typer.Option(None, "--actor", metavar="CODE",
                                        help="Source or target code (RUS matches RUSGOV, RUSMIL ...)."),
    source: Optional[str] = typer.Option(None, "--source", metavar="CODE", help="Source actor code."),
    target: Optional[str] = typer.Option(None, "--target", metavar="CODE", help="Target actor code."),
    type: Optional[str] = typer.Option(None, "--type", metavar="TYPE", callback=check_type,
                                       help="PLOVER type, e.g. REJECT (see docs/ontology.md)."),
    since: Since = None,
    until: Until = None,
    min_confidence: MinConfidence = None,
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help=LIMIT_HELP),
    fmt: Format = typer.Option(Format.table, "--format", help=FORMAT_HELP),
) -> None:
    """Coded events, oldest first, each with its sentence."""
    warn_unknown_codes(actor, source, target)
    with open_archive(settings.db) as db:
        found = db.events(actor=actor, source=source, target=target, type=type,
                          since=since, until=until, limit=limit, min_confidence=min_confidence)
    # "flags" is the table's short form of negated/hypothetical, which json and csv carry
    if fmt is Format.table:
        emit([event_row(e) for e in found], fmt, EVENT_COLUMNS)
    else:
        emit([e.to_dict() for e in found], fmt, EVENT_FIELDS)


@app.command()
def recode() -> None:
    """Code the stored articles again (after lexicons or actors changed), replacing their events."""
    with open_archive(settings.db) as db:
        count = db.recode()
    err.print(f"recoded: {count} events")
