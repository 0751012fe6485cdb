"""Titles and ranks written as abbreviations (rule title-abbreviation): "Lt. Col. Jane Roe
accused ..." is one sentence, not "Lt." / "Col." / "Jane Roe accused ..." (spaCy's tokenizer
keeps "Mr.", "Gen.", "Sen." whole but not "Lt.", "Col.", "Cmdr."). Invented sentences."""

from __future__ import annotations

import pytest

from dyads.nlp import split_sentences

def pieces(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, lang)]


@pytest.mark.parametrize("text", [
    "Lt. Col. Jane Roe accused the ministry of lying.",
    "Cmdr. John Doe condemned the attack.",
    "Maj. Gen. John Doe and Brig. Gen. Jane Roe met Capt. Bill Poe and Sgt. Ann Moe.",
])
def test_a_rank_is_no_sentence_end(text):
    assert pieces(text, "en") == [text]


def test_a_real_sentence_end_still_splits():
    # near miss: a stop after an ordinary word still ends the sentence before the rank
    assert pieces("The colonel spoke. Col. Jane Roe said no.", "en") == ["The colonel spoke.", "Col. Jane Roe said no."]


def test_grade_abrege_fr():
    text = "Le Gén. Jean Dupont a condamné l'attaque."
    assert pieces(text, "fr") == [text]
