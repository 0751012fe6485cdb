"""What dyads knows of each language, one folder per language (as spaCy's `lang/<xx>/`).

A folder holds the language's word lists as data (`grammar.yaml`: the coder's closed lists
and traits; `verbs.yaml`, `nouns.yaml`: trigger lexicons) and, where a language needs rules
rather than lists, a small Python module (`dates.py`: date expressions; `__init__.py`:
inflection and forms the parser misses). The rest of dyads asks `language(code)` and never
tests which language it is: a third language is a new folder.
"""

from __future__ import annotations

import functools
import importlib
from pathlib import Path
from types import ModuleType

LANG_DIR = Path(__file__).parent
SUPPORTED = tuple(sorted(p.name for p in LANG_DIR.iterdir() if (p / "grammar.yaml").is_file()))


class UnknownLanguage(ValueError):
    pass


@functools.cache
def language(code: str) -> ModuleType:
    """The module of a language folder (`dyads.lang.fr`)."""
    if code not in SUPPORTED:
        raise UnknownLanguage(f"no language data for {code!r} (have: {', '.join(SUPPORTED)})")
    return importlib.import_module(f"dyads.lang.{code}")


@functools.cache
def date_rules(code: str) -> ModuleType:
    """The date expressions of a language (`dyads.lang.<code>.dates`)."""
    language(code)
    return importlib.import_module(f"dyads.lang.{code}.dates")
