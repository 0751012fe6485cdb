"""`dyads actors [QUERY]`: list or search the actor dictionary (shipped files + --actors)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from dyads.actors import ActorFileError, load_dictionary
from dyads.cli.app import app, settings
from dyads.cli.output import Format, emit

ACTOR_COLUMNS = ["code", "name", "kind", "country", "sector", "role", "start", "end"]


@app.command()
def actors(
    query: Optional[str] = typer.Argument(None, help="Name, form or code to look for "
                                                     "(accents and case ignored)."),
    files: list[Path] = typer.Option([], "--actors", help="Extra actor file(s), as the global "
                                                          "--actors option."),
    fmt: Format = typer.Option(Format.table, "--format"),
) -> None:
    """List the actors the coder knows, or those matching QUERY (e.g. `dyads actors lavrov`)."""
    try:
        dictionary = load_dictionary([*settings.actors, *files])
    except ActorFileError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    found = dictionary.search(query) if query else list(dictionary.actors)
    emit([a.to_dict() for a in found], fmt, ACTOR_COLUMNS if fmt is Format.table else None)
