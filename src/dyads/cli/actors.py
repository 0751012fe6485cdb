"""`dyads actors [QUERY]`: list or search the actor dictionary (shipped files + --actors)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from dyads.actors import ActorFileError, load_dictionary
from dyads.cli.app import app, settings
from dyads.cli.output import FORMAT_HELP, Format, emit, record_columns
from dyads.model import Actor

ACTOR_COLUMNS = ["code", "name", "kind", "country", "sector", "role", "start", "end"]
ACTOR_FIELDS = record_columns(Actor)


@app.command()
def actors(
    query: Optional[str] = typer.Argument(None, help="Name, form or code to look for "
                                                     "(accents and case ignored)."),
    files: list[Path] = typer.Option([], "--actors", metavar="FILE",
                                     help="Extra actor file, as the global --actors option."),
    fmt: Format = typer.Option(Format.table, "--format", help=FORMAT_HELP),
) -> None:
    """List the actors the coder knows, or those matching QUERY (e.g. `dyads actors lavrov`)."""
    try:
        dictionary = load_dictionary([*settings.actors, *files])
    except ActorFileError as exc:
        raise typer.BadParameter(str(exc), param_hint="--actors") from None
    found = dictionary.search(query) if query else list(dictionary.actors)
    emit([a.to_dict() for a in found], fmt, ACTOR_COLUMNS if fmt is Format.table else ACTOR_FIELDS)
