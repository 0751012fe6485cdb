"""One way to write a record's values, for every output: the CLI (`--format json|csv`), the
HTTP API (JSON and CSV downloads) and the exports (`dyads export`).

- JSON: dates and times ISO 8601 (times with their offset), records (a place) as objects,
  lists as arrays, null for nothing.
- CSV: a header row; an empty cell is null; booleans `true` / `false`; dates and times ISO
  8601; lists and objects (sources, targets, place, spans) as JSON, so that a cell reads back
  with any JSON parser (docs/exports.md shows DuckDB, Polars and pyarrow doing it).

Tables printed for reading (`--format table`) are not a data format: they join lists with
", " and say "yes" for true (see dyads.cli.output).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
from typing import IO, Any, Iterable


def json_value(value: Any) -> Any:
    """A value as it goes into JSON."""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: json_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: json_value(v) for k, v in value.items()}
    return value


def csv_cell(value: Any) -> str:
    """A value as it goes into a CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple, dict)) or (dataclasses.is_dataclass(value) and not isinstance(value, type)):
        return json.dumps(json_value(value), ensure_ascii=False)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    return str(value)


def write_csv(rows: Iterable[dict], columns: list[str], out: IO[str]) -> int:
    """Rows (dicts) as CSV with a header of `columns`; returns how many rows were written."""
    writer = csv.writer(out)
    writer.writerow(columns)
    count = 0
    for row in rows:
        writer.writerow([csv_cell(row.get(c)) for c in columns])
        count += 1
    return count
