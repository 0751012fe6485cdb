"""The Typer application every command module attaches to."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import typer

app = typer.Typer(
    name="dyads",
    help="News in, political event data out: who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Settings:
    """Options given before the command (`dyads --db x.db ingest ...`)."""

    db: str = os.environ.get("DYADS_DB", "dyads.db")
    actors: list[Path] = []


settings = Settings()


@app.callback()
def main_options(
    db: str = typer.Option(None, "--db", envvar="DYADS_DB",
                           help="Store: a SQLite file (default ./dyads.db) or postgresql://..."),
    actors: list[Path] = typer.Option([], "--actors", help="Extra actor dictionary file(s)."),
) -> None:
    # ultimate-sitemap-parser logs each broken sitemap under a placeholder URL; dyads reports
    # the same failures itself, naming the real input
    logging.getLogger("usp").setLevel(logging.CRITICAL)
    if db:
        settings.db = db
    settings.actors = list(actors)
    if actors:
        os.environ["DYADS_ACTORS"] = os.pathsep.join(str(p) for p in actors)
