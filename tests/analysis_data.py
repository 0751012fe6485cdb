"""Articles and hand-built events for the analysis tests (used until, and beside, the coder).

The two articles retell the "security guarantees" exchange in our own words; their events are
what a coder should find in them, with the dates the text gives.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import SEEDS, make_article

import dyads
from dyads.model import Article, Event
from dyads.ontology import describe

PARIS = dt.timezone(dt.timedelta(hours=1))

TREATIES = ("Fin 2021, la Russie a publié des projets de traités exigeant des États-Unis "
            "des garanties de sécurité en Europe.")
ANSWERS = "Fin janvier, les États-Unis ont envoyé à Moscou des réponses écrites."
LEAK = ("Le 2 février, le journal El País a publié les réponses des États-Unis, qui rejettent "
        "les propositions russes sur l'élargissement de l'Otan.")
VERDICT = ("Le 14 février, le ministre russe des Affaires étrangères Sergueï Lavrov a jugé que "
           "la réponse américaine ne pouvait pas satisfaire Moscou.")


def event(article: Article, n: int, source: list[str], target: list[str], type: str,
          date: dt.date | None, precision: str = "day", sentence: str | None = None,
          **fields) -> Event:
    cameo, quad, goldstein = describe(type)
    sentence = sentence or f"Phrase {n} : {'+'.join(source)} {type.lower()} {'+'.join(target)}."
    start = article.body.find(sentence)
    values = dict(
        id=f"{article.id}-{n}", article_id=article.id, source=source, target=target, type=type,
        cameo=cameo, quad_class=quad, goldstein=goldstein, date=date, date_precision=precision,
        place=None, negated=False, hypothetical=False, reported_by=[], sentence=sentence,
        sentence_start=start if start >= 0 else 100 * n, spans={}, rule="test", confidence=0.8,
        language="fr", trigger=None, published=article.published)
    values.update(fields)
    return Event(**values)


def leak_article(url: str = "https://news.example.org/2022/02/02/reponse-fuitee",
                 last: str = "Le département d'État n'a pas commenté la publication du document."
                 ) -> Article:
    """The leak as one outlet tells it; another `last` sentence makes another outlet's copy."""
    body = " ".join([LEAK, ANSWERS, TREATIES, last])
    return make_article(2, body=body, url=url, source=url.split("/")[2], title=(
        "Washington commente sa réponse à la Russie publiée par El País"),
        published=dt.datetime(2022, 2, 2, 22, 6, tzinfo=PARIS),
        keywords=["garanties de sécurité", "otan", "russie", "états-unis"])


def verdict_article(url: str = "https://actu.example.net/2022/02/14/lavrov-reponse") -> Article:
    body = " ".join([VERDICT, TREATIES, ANSWERS])
    return make_article(14, body=body, url=url, source=url.split("/")[2], title=(
        "Lavrov : la réponse américaine ne peut pas satisfaire Moscou"),
        published=dt.datetime(2022, 2, 14, 13, 42, tzinfo=PARIS),
        keywords=["garanties de sécurité", "sergueï lavrov", "russie", "états-unis"])


def leak_events(a: Article) -> list[Event]:
    return [
        event(a, 1, ["USA"], ["RUS"], "REJECT", dt.date(2022, 2, 2), sentence=LEAK),
        event(a, 2, ["USA"], ["RUS"], "CONSULT", dt.date(2022, 1, 31), "month", sentence=ANSWERS),
        event(a, 3, ["RUS"], ["USA"], "REQUEST", dt.date(2021, 12, 31), "month", sentence=TREATIES),
    ]


def verdict_events(a: Article) -> list[Event]:
    return [
        event(a, 1, ["RUSGOV"], ["USA"], "ACCUSE", dt.date(2022, 2, 14), sentence=VERDICT),
        event(a, 2, ["RUS"], ["USA"], "REQUEST", dt.date(2021, 12, 31), "month", sentence=TREATIES),
        event(a, 3, ["USA"], ["RUS"], "CONSULT", dt.date(2022, 1, 31), "month", sentence=ANSWERS),
    ]


def save(store, article: Article, events: list[Event]) -> None:
    """Store an article and its events as an ingest would, then update the groups."""
    from dyads.analysis import update_groups

    store.save_batch([(article, None, None)], {article.id: events}, [])
    update_groups(store, [article.id])


# -- a stand-in coder for pipeline tests ------------------------------------------------------
# Deliberately crude (a few French cue words), so that the pipeline tests exercise storage,
# deduplication and grouping whatever state the real coder is in.
ACTOR_CUES = [("RUS", re.compile(r"\b(Russie|russes?|Moscou|Kremlin|Lavrov)\b")),
              ("USA", re.compile(r"\b(États-Unis|Washington|américaine?s?|US)\b")),
              ("NATO", re.compile(r"\b(Otan|Alliance)\b"))]
TYPE_CUES = [("REQUEST", re.compile(r"\bexige|\bdemand")),
             ("REJECT", re.compile(r"négative|\brejet|\brefus")),
             ("ACCUSE", re.compile(r"ne peut pas satisfaire|\bcritiqu")),
             ("CONSULT", re.compile(r"\brépon|\benvoy|\bpropos"))]
SENTENCE_END = re.compile(r"(?<=[.!?])(?:\s+|(?=[A-ZÀ-Ý]))")


def stand_in_events(article: Article) -> list[Event]:
    events, start = [], 0
    for sentence in SENTENCE_END.split(article.body):
        offset = article.body.find(sentence, start)
        start = max(start, offset)
        found = sorted((m.start(), code) for code, cue in ACTOR_CUES
                       for m in [cue.search(sentence)] if m)
        kind = next((t for t, cue in TYPE_CUES if cue.search(sentence)), None)
        if kind and len(found) >= 2:
            (_, source), (_, target) = found[0], found[1]
            cameo, quad, goldstein = describe(kind)
            events.append(Event(
                id=f"{article.id}:{offset}", article_id=article.id, source=[source],
                target=[target], type=kind, cameo=cameo, quad_class=quad, goldstein=goldstein,
                date=article.published.date() if article.published else None,
                date_precision="published", place=None, negated=False, hypothetical=False,
                reported_by=[], sentence=sentence, sentence_start=offset, spans={},
                rule="stand-in", confidence=0.5, language=article.language,
                published=article.published))
    return events


def seed_copy(seed: Path, folder: Path, url: str, edits: dict[str, str] | None = None) -> Path:
    """The seed file under another URL, with words changed when `edits` is given."""
    text = seed.read_text(encoding="utf-8")
    old_url = text.split("\n", 1)[0].split()[-1]
    text = text.replace(old_url, url, 1)
    for old, new in (edits or {}).items():
        assert old in text, f"{old!r} is not in {seed.name}"
        text = text.replace(old, new)
    out = folder / f"copy_{len(list(folder.glob('copy_*')))}_{seed.name}"
    out.write_text(text, encoding="utf-8")
    return out


def ingest_with(db, sources: list, coder: str):
    """Ingest with the real coder, or with the stand-in put in its place."""
    from unittest import mock

    if coder == "real":
        return db.ingest(sources)
    with mock.patch("dyads.coder.code_articles",
                    lambda articles, **_: [(a, stand_in_events(a)) for a in articles]):
        return db.ingest(sources)


def real_coder_events_on_seeds(db) -> None:
    """Skip, saying why, when the real coder does not code the seed articles yet."""
    failed = [f for f in db.failures() if f.stage == "code"]
    if failed:
        pytest.skip(f"the coder fails on the seeds: {failed[0].reason}")
    if len({e.article_id for e in db.events()}) < 2:
        pytest.skip("the coder does not yet code events in both seed articles")


# -- the seed articles, coded once per test session --------------------------------------------
# A third outlet's retelling of two steps of the exchange, in its own words: with the real coder
# its events join the groups the Lavrov seed article opened (same dyad, type and window).
THIRD_OUTLET = {
    "url": "https://www.example-news.fr/monde/2022/02/03/reponses-ecrites-washington-otan",
    "title": "Garanties de sécurité : ce que contiennent les réponses de Washington et de l'Otan",
    "publisher": "Example News", "language": "fr", "published": "2022-02-03T09:15:00+01:00",
    "keywords": ["garanties de sécurité", "otan", "russie", "états-unis"],
    "body": "Fin janvier, les États-Unis et l'Otan ont remis à Moscou des réponses écrites aux "
            "propositions russes.\n\nLe Kremlin a indiqué qu'il étudiait ces documents avant de "
            "répondre.\n\nFin 2021, la Russie a publié des projets de traités avec les États-Unis "
            "et avec l'Otan sur la sécurité en Europe.",
}


def third_outlet(folder: Path) -> Path:
    out = folder / "third_outlet.jsonl"
    out.write_text(json.dumps(THIRD_OUTLET, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


_SEEDS_DB: list[Path] = []


def seeds_database(tmp_path_factory) -> Path:
    """A database of the two seed articles ingested with the real coder, made once per test
    session (coding takes seconds); tests copy it (`seeded` fixture) rather than change it."""
    if not _SEEDS_DB:
        path = tmp_path_factory.mktemp("seeds") / "dyads.db"
        with dyads.open(path) as db:
            ingest_with(db, [SEEDS], "real")
        _SEEDS_DB.append(path)
    return _SEEDS_DB[0]


@pytest.fixture
def seeded(tmp_path_factory, tmp_path):
    """An archive of the seed articles coded by the real coder (a copy: tests may change it);
    skips when the coder does not code both articles yet."""
    path = shutil.copy(seeds_database(tmp_path_factory), tmp_path / "seeded.db")
    db = dyads.open(path)
    real_coder_events_on_seeds(db)
    yield db
    db.close()


# -- stores for the tests: imported by the test modules, which then have a `store` fixture ------
@pytest.fixture(name="store")
def empty_store(db_path):
    from dyads.store import open_store

    with open_store(db_path) as s:
        yield s


@pytest.fixture(name="store")
def exchange_store(db_path):
    """A store holding the two hand-built articles of the exchange and their events."""
    from dyads.store import open_store

    with open_store(db_path) as s:
        leak, verdict = leak_article(), verdict_article()
        save(s, leak, leak_events(leak))
        save(s, verdict, verdict_events(verdict))
        yield s
