"""Print listings as a Rich table, a JSON array or CSV (`--format table|json|csv`)."""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from typing import Any, Iterable

from rich.console import Console
from rich.table import Table


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "yes" if value else ""
    return str(value)


def emit(rows: Iterable[dict], fmt: str | Format = "table", columns: list[str] | None = None,
         title: str | None = None, max_width: int = 60) -> None:
    fmt = Format(fmt)
    rows = list(rows)
    if fmt is Format.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    columns = columns or (list(rows[0]) if rows else [])
    if fmt is Format.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return
    table = Table(title=title, show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold", max_width=max_width)
    for row in rows:
        table.add_row(*[_cell(row.get(c)) for c in columns])
    Console().print(table)
