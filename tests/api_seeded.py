"""An archive for the API and web tests: the seed articles ingested by the real pipeline, and
events placed on their real sentences by hand (source, trigger and target found in the text),
so that the API's answers do not depend on how well the coder does today."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import dyads
from dyads.analysis import update_groups
from dyads.model import Article, Event
from dyads.ontology import QUAD_OF_TYPE

SEEDS = Path(__file__).resolve().parents[1] / "examples" / "seeds"


@dataclass
class Annotation:
    """An event told by the words of one sentence: `anchor` picks the sentence."""

    anchor: str
    source: tuple[str, list[str]]  # (words in the sentence, actor codes)
    trigger: str
    target: tuple[str, list[str]]
    type: str
    date: dt.date


ANNOTATIONS = [
    Annotation("répondu par la négative", ("Les États-Unis", ["USA"]), "répondu par la négative",
               ("Moscou", ["RUS"]), "REJECT", dt.date(2022, 2, 14)),
    Annotation("répondu par la négative", ("Lavrov", ["RUSGOV"]), "a déclaré",
               ("Les États-Unis", ["USA"]), "ACCUSE", dt.date(2022, 2, 14)),
    Annotation("Moscou exige", ("Moscou", ["RUS"]), "exige",
               ("partenaires occidentaux", ["USA", "NATO"]), "REQUEST", dt.date(2021, 12, 17)),
    Annotation("ont envoyé à Moscou", ("les États-Unis et l'Otan", ["USA", "NATO"]), "ont envoyé",
               ("Moscou", ["RUS"]), "CONSULT", dt.date(2022, 1, 26)),
    Annotation("ont proposé à Moscou", ("Washington et l'Alliance", ["USA", "NATO"]),
               "ont proposé", ("Moscou", ["RUS"]), "AGREE", dt.date(2022, 2, 2)),
]


def sentences(body: str) -> list[tuple[int, str]]:
    """(offset, sentence) of a body: a sentence ends at . ! or ? before a space or the end."""
    return [(m.start(), m.group()) for m in re.finditer(r"[^\s][^\n]*?(?:[.!?](?=\s|$)|(?=\n)|$)", body)]


def span(sentence: str, words: str) -> list[list[int]]:
    start = sentence.find(words)
    assert start >= 0, f"{words!r} is not in {sentence!r}"
    return [[start, start + len(words)]]


def annotate(article: Article, note: Annotation, n: int) -> Event | None:
    found = [(offset, s) for offset, s in sentences(article.body) if note.anchor in s]
    if not found:
        return None
    offset, sentence = found[0]
    quad = QUAD_OF_TYPE[note.type]
    return Event(
        id=f"{article.id}-{n}", article_id=article.id, source=note.source[1],
        target=note.target[1], type=note.type, cameo="000", quad_class=quad,
        goldstein=-4.0 if quad > 2 else 3.0, date=note.date, date_precision="day", place=None,
        negated=False, hypothetical=False, reported_by=[], sentence=sentence,
        sentence_start=offset,
        spans={"source": span(sentence, note.source[0]), "trigger": span(sentence, note.trigger),
               "target": span(sentence, note.target[0])},
        rule="test", confidence=1.0, language=article.language, trigger=note.trigger,
        published=article.published)


def seed_archive(path: Path) -> dict[str, list[Event]]:
    """Ingest the seeds into `path` (not coded) and store the annotated events;
    -> events by article id."""
    with dyads.open(path) as db:
        db.ingest([str(SEEDS)], code=False)
        events: dict[str, list[Event]] = {}
        for article in db.articles():
            found = [annotate(article, note, n) for n, note in enumerate(ANNOTATIONS)]
            events[article.id] = [e for e in found if e is not None]
        db.store.save_batch([], events, [])
        update_groups(db.store, list(events))  # as an ingest does after storing events
    return events
