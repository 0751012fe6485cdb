"""One way to fold text for comparing words: lexicon keys and tokens, actor names and the
words of a text, date names. Lower case (casefold), typographic apostrophes as "'", accents
removed: "États" and "etats", "l’Otan" and "l'otan" compare equal.
"""

from __future__ import annotations

import functools
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


def strip_accents(text: str) -> str:
    """The text without its accents, case kept ("Février" -> "Fevrier")."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """The folded form of `text` (see the module docstring). Words recur: their folds are
    kept (the coder folds every token and lexicon word it compares)."""
    return strip_accents(text.translate(_APOSTROPHES).casefold())
