"""English: the inflections the coder's prefilter looks for, and the verb stems the small
parser's lemmatizer misses ("staged" -> "stag")."""

from __future__ import annotations

# Titles and ranks written as abbreviations that spaCy's tokenizer does not keep whole
# ("Mr.", "Dr.", "Gen.", "Sen.", "Rep.", "Gov." ... it does): without them "Lt. Col. Alexander
# Vindman accused ..." is cut into "Lt." / "Col." / "Alexander Vindman accused ..." and
# "Cmdr. Sean Robertson said ..." loses its rank (rule title-abbreviation, dyads.nlp). Always
# followed by a name, never the end of a sentence.
TITLE_ABBREVIATIONS = ("Lt.", "Lieut.", "Col.", "Maj.", "Capt.", "Cmdr.", "Cdr.", "Cmdt.", "Sgt.", "Brig.",
                       "Cpl.", "Pvt.", "Pfc.", "Spc.", "Adm.", "Gens.", "Sens.", "Reps.", "Govs.",
                       "Amb.", "Sec.", "Supt.", "Insp.", "Det.")


def inflect(lemma: str) -> set[str]:
    """Every regular form of a verb or noun lemma."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwy" and lemma[-2] in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def verb_stems(word: str) -> list[str]:
    """Candidate lemmas of a regular verb form: staged -> stage, banned -> ban."""
    out = []
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])
            if ending in ("ed", "es") and stem.endswith("i"):
                out.append(stem[:-1] + "y")
    return out
