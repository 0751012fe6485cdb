"""The `dyads` command. Each area adds its commands to the one Typer app."""

from __future__ import annotations

from dyads.cli.app import app
from dyads.cli import (actors, analysis, archive, coding, evaluation, events,  # noqa: F401
                       serve, watch)  # commands register on import


def main() -> None:
    app()
