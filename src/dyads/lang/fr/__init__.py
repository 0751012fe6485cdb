"""French: the inflections the coder's prefilter looks for (the pipeline's lemmatizer does the
rest)."""

from __future__ import annotations

VERB_ENDINGS = ("er", "ir", "re", "oir")
VERB_SUFFIXES = ("e", "es", "ent", "ons", "ez", "é", "ée", "és", "ées", "ait", "aient", "a", "ant",
                 "era", "eront", "erait", "it", "is", "issent", "i", "ie", "ies", "u", "ue", "us",
                 "ues", "ra", "ront", "rait", "raient", "èrent", "irent")


def inflect(lemma: str) -> set[str]:
    """Every regular form of a verb or noun lemma."""
    forms = {lemma, lemma + "s", lemma + "x", lemma + "e", lemma + "es"}
    for ending in VERB_ENDINGS:
        if lemma.endswith(ending):
            stem = lemma[: -len(ending)]
            forms |= {stem + suffix for suffix in VERB_SUFFIXES}
    return forms


def verb_stems(word: str) -> list[str]:
    """The lemmatizer of the French pipeline reads regular forms well: nothing to add."""
    return []
