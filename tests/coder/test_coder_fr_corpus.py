"""French coder on whole texts: the seed gold set, the seed articles, 100 Wikinews pages."""

from __future__ import annotations

import pytest
from coder_fr import code_fr  # noqa: F401  (fixture)
from conftest import SEEDS, shared_path

from dyads.coder import CodingStats, code_articles
from dyads.evaluate import evaluate, load_gold
from dyads.extract import extract_article
from dyads.model import Document


def test_seed_gold_set(code_fr):
    report = evaluate(load_gold(shared_path("gold", "seeds_gold.jsonl")))
    assert report.overall.tp >= 7 and report.gold_events == 8  # at least 7 of the 8 events
    assert report.overall.fp <= 1 and report.false_positives_on_empty == 0
    assert report.flags_agree == report.flags_checked  # negated / hypothetical right when matched


@pytest.fixture(scope="module")
def wikinews():
    """(articles, their events, coding stats) for the 100 French Wikinews pages."""
    folder = shared_path("corpora", "wikinews_fr")
    pages = sorted(folder.glob("*.html"))
    articles = [extract_article(Document(origin=str(p), content=p.read_text("utf-8"), kind="html"))
                for p in pages]
    stats = CodingStats()
    coded = list(code_articles(articles, stats=stats))
    return coded, stats


def test_wikinews_events_point_into_their_article(wikinews):
    coded, _ = wikinews
    events = [(a, e) for a, found in coded for e in found]
    assert len(events) >= 10  # 100 news pages hold political events
    for article, event in events:
        assert article.body[event.sentence_start:event.sentence_start + len(event.sentence)] == event.sentence
        assert event.source and event.article_id == article.id
        for role in ("source", "trigger", "target"):
            for start, end in event.spans[role]:
                assert 0 <= start < end <= len(event.sentence)
                assert event.sentence[start:end].strip() == event.sentence[start:end]  # whole words
        assert len(event.spans["source"]) >= 1 and len(event.spans["trigger"]) >= 1


def test_wikinews_prefilter_parses_a_minority_of_sentences(wikinews):
    _, stats = wikinews
    assert stats.articles == 100 and stats.sentences > 500
    assert 0 < stats.parsed_fraction < 0.5  # the saving that pays for the coder


def test_seed_articles_code_the_exchange(code_fr):
    """The first seed article, as the flat dump gives it: USA rejects RUS, reported by Lavrov."""
    text = next(SEEDS.glob("000_*.txt")).read_text("utf-8")
    body = text[text.index("Les États-Unis ont répondu"):]
    events = code_fr(body)
    keys = {(e.type, tuple(e.source), tuple(e.target)) for e in events}
    assert ("REJECT", ("USA",), ("RUS",)) in keys
    assert all(e.source for e in events)


def test_text_without_actor_or_trigger_gives_nothing(code_fr):
    assert code_fr("Il faisait beau sur la côte bretonne ce week-end.") == []
    assert code_fr("Moscou et Washington sont deux grandes villes.") == []

