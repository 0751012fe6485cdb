"""French: the inflections the coder's prefilter looks for (the pipeline's lemmatizer does the
rest)."""

from __future__ import annotations

# Titres et grades abrégés avec un point que le tokenizer de spaCy coupe (« M. », « Mme. »,
# « Dr. » sont déjà gardés entiers ; « Mgr », « Gal », « Pr » s'écrivent sans point) : « Gén.
# Leclerc », « Col. Dupont » ne finissent pas une phrase (règle title-abbreviation, dyads.nlp).
TITLE_ABBREVIATIONS = ("Gén.", "Gal.", "Col.", "Cdt.", "Cne.", "Lt.", "Sgt.", "Pr.", "Mgr.", "MM.")

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
    """Candidate lemmas of a regular -er verb form: the pipeline's lemmatizer leaves some
    present forms as they are ("reproche" -> "reproche", not "reprocher")."""
    out = []
    for ending in ER_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            out.append(word[: -len(ending)] + "er")
    return out


# the forms of -er verbs, longest first (the first that ends a word gives its stem)
ER_ENDINGS = ("eraient", "erait", "eront", "aient", "èrent", "era", "ent", "ons", "ait", "ées", "és", "ée",
              "es", "ez", "é", "e", "a")
