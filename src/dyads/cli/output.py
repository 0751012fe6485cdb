"""Print listings as a Rich table, a JSON array or CSV (`--format table|json|csv`)."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from enum import Enum
from typing import Any, Iterable

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dyads.serialize import json_value, write_csv


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


# the help of every listing's --format and --limit
FORMAT_HELP = "table (for reading), json (an array) or csv (with a header row)."
LIMIT_HELP = "At most this many rows."


def _cell(value: Any) -> str:
    """A value as a table shows it to a reader (CSV and JSON: dyads.serialize)."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(value)


NO_WRAP = {"id", "date", "published", "when", "score", "type", "cameo", "goldstein", "language",
           "source", "target", "code", "article_id", "stage", "reported_by", "flags"}


PIPED_WIDTH = 160


def stdout() -> Console:
    """The console for results. Written to a file or a pipe, Rich would assume 80 columns
    and fold every sentence into a ribbon; a log or `make run` gets a wider page instead
    (COLUMNS, when set, still wins)."""
    console = Console()
    if not console.is_terminal and "COLUMNS" not in os.environ:
        console = Console(width=PIPED_WIDTH)
    return console


def record_columns(record: type, without: Iterable[str] = ()) -> list[str]:
    """Every field of a model record, in order: the CSV header of a listing of them."""
    return [f.name for f in dataclasses.fields(record) if f.name not in set(without)]


def emit(rows: Iterable[dict], fmt: str | Format = "table", columns: list[str] | None = None,
         title: str | None = None, max_width: int = 60) -> None:
    """Print `rows` as a table, a JSON array (`[]` when empty) or CSV. `columns` picks and
    orders the table's and the CSV's columns (all keys of the first row when None); give them
    so that an empty CSV still has its header."""
    fmt = Format(fmt)
    rows = list(rows)
    if fmt is Format.json:
        sys.stdout.write(json.dumps(json_value(rows), ensure_ascii=False, indent=2, default=str) + "\n")
        return
    columns = columns or (list(rows[0]) if rows else [])
    if fmt is Format.csv:
        write_csv(rows, columns, sys.stdout)
        return
    # a title holds data (a story's title, actor codes): not Rich markup either
    table = Table(title=escape(title) if title else None, show_lines=False)
    for c in columns:
        # Identifiers, dates and numbers stay on one line; prose wraps.
        short = c in NO_WRAP
        table.add_column(c, overflow="fold", no_wrap=short, max_width=None if short else max_width)
    for row in rows:
        # Cells are data, not Rich markup: "[sécurité]" in a snippet must print as is.
        table.add_row(*[escape(_cell(row.get(c))) for c in columns])
    stdout().print(table)
