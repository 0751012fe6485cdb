"""The Typer application every command module attaches to, its global options, the options
several commands share, and how errors reach the user: one line, never a traceback."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperGroup

from dyads.archive import StoreError
from dyads.extras import MissingExtra

DEBUG_ENV = "DYADS_DEBUG"  # set to 1 to see the traceback of an unexpected error


class DyadsGroup(TyperGroup):
    """The `dyads` command group. A person reading a terminal gets one line per error:
    usage errors exit 2 (Typer's convention), a store that cannot be opened exits 2 (a bad
    --db), anything unexpected exits 1 with its message; the traceback only with DYADS_DEBUG=1."""

    def main(self, args: Any = None, prog_name: Any = None, complete_var: Any = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            # non-standalone: Typer returns the code of a typer.Exit instead of exiting
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except typer.TyperException as error:  # usage errors (exit 2) and Typer's own
            if type(error).__name__ == "NoArgsIsHelpError":  # bare `dyads`: the help
                error.show()
                sys.exit(error.exit_code)
            fail(usage_message(error), error.exit_code)
        except typer.Abort:
            fail("aborted", 1)
        except (StoreError, MissingExtra) as error:
            fail(str(error), 2)
        except BrokenPipeError:
            # `dyads ... | head`: the reader left; nothing to say, nothing more to flush
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives until exit
            sys.exit(1)
        except Exception as error:  # noqa: BLE001 - the last guard before the user's terminal
            if os.environ.get(DEBUG_ENV):
                raise
            fail(unexpected_message(error), 1)
        sys.exit(code if isinstance(code, int) else 0)


GLOBAL_OPTIONS = ("--db", "--actors", "--version")


def usage_message(error: typer.TyperException) -> str:
    ctx = getattr(error, "ctx", None)  # a usage error knows its command
    hint = f" (see '{ctx.command_path} --help')" if ctx else ""
    option = getattr(error, "option_name", None)  # `dyads articles --db x.db`: a common slip
    if option in GLOBAL_OPTIONS and ctx is not None and ctx.parent is not None:
        hint = f" ({option} goes before the command: dyads {option} ... {ctx.info_name} ...)"
    # Typer validates choices with pydantic, whose messages start "Value error, "
    return error.format_message().replace("Value error, ", "") + hint


def unexpected_message(error: Exception) -> str:
    if isinstance(error, OSError) and error.filename:  # e.g. --out in a missing folder
        return f"{error.filename}: {error.strerror}"
    name = type(error).__name__
    return f"{error} ({name}; {DEBUG_ENV}=1 shows the traceback)" if str(error) else \
        f"{name} ({DEBUG_ENV}=1 shows the traceback)"


def fail(message: str, code: int) -> None:
    """Print `Error: message` on stderr, one line, and exit with `code`."""
    typer.echo(f"Error: {message}", err=True)
    sys.exit(code)


app = typer.Typer(
    name="dyads",
    cls=DyadsGroup,
    help="News in, political event data out: who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def to_day(value: str) -> dt.date:
    """A --since/--until/--date value: YYYY-MM-DD, or a usage error naming the option."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


Since = Annotated[Optional[dt.date], typer.Option(
    "--since", parser=to_day, metavar="YYYY-MM-DD", help="Only from this day on.")]
Until = Annotated[Optional[dt.date], typer.Option(
    "--until", parser=to_day, metavar="YYYY-MM-DD", help="Only up to this day (inclusive).")]


class Settings:
    """Options given before the command (`dyads --db x.db ingest ...`)."""

    db: str = os.environ.get("DYADS_DB", "dyads.db")
    actors: list[Path] = []


settings = Settings()


def _check_actor_files(files: list[Path]) -> list[Path]:
    # A broken --actors file is reported before any work, naming the file and line, rather
    # than failing (or being skipped) deep inside the coder.
    if files:
        from dyads.actors import ActorFileError, load_dictionary

        try:
            load_dictionary(files)
        except ActorFileError as error:
            raise typer.BadParameter(str(error)) from None
    return files


def _print_version(wanted: bool) -> None:
    if wanted:
        from dyads import __version__

        typer.echo(f"dyads {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    db: str = typer.Option(None, "--db", envvar="DYADS_DB", metavar="PATH|URL",
                           help="Store: a SQLite file (default ./dyads.db) or postgresql://..."),
    actors: list[Path] = typer.Option([], "--actors", metavar="FILE", callback=_check_actor_files,
                                      help="Extra actor dictionary file (repeat for several)."),
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    # ultimate-sitemap-parser logs each broken sitemap under a placeholder URL; dyads reports
    # the same failures itself, naming the real input
    logging.getLogger("usp").setLevel(logging.CRITICAL)
    if db:
        settings.db = db
    # the coder and the HTTP API find the user's actor files in DYADS_ACTORS; a previous
    # command run in the same process (tests, notebooks) must not leave its files behind
    if actors:
        os.environ["DYADS_ACTORS"] = os.pathsep.join(str(p) for p in actors)
    elif settings.actors:
        os.environ.pop("DYADS_ACTORS", None)
    settings.actors = list(actors)
