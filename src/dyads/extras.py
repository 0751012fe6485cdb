"""Optional parts of dyads and the extra that installs each (`pip install 'dyads[server]'`).

The core (archive, extraction, coder, CLI, CSV/JSONL/Parquet exports) needs none of them.
`require` imports what a feature needs, or raises MissingExtra with the one line that says
which extra to install; the CLI prints that line and exits with status 2.
"""

from __future__ import annotations

import importlib
from types import ModuleType

EXTRAS = {"server": "the HTTP API and the web page", "postgres": "the PostgreSQL store",
          "ray": "the Ray engine", "charts": "PNG and HTML charts"}


class MissingExtra(ImportError):
    """A feature whose extra is not installed; the message names the pip command."""


def require(module: str, extra: str, feature: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError as error:
        if error.name and module.split(".")[0] != error.name.split(".")[0] and not module.startswith("dyads"):
            raise
        raise MissingExtra(f"{feature} needs the '{extra}' extra ({EXTRAS[extra]}): "
                           f"pip install 'dyads[{extra}]'") from error
