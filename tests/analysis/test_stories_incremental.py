"""An ingest updates the stories around its articles only, with the result of threading the
whole archive again: same stories (ids, titles, dates, articles, groups, events) and the same
home story for each happening, whatever order and batches the articles came in."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random

import pytest
from analysis_data import event, leak_article, leak_events, verdict_article, verdict_events
from test_analysis_threading import UTC, article_with, busy_dyad, drifting_chain

from dyads.analysis import stories, update_groups
import importlib
from dyads.store import open_store

PG_URL = os.environ.get("DYADS_TEST_PG")
stories_module = importlib.import_module("dyads.analysis.stories")


def archive() -> list:
    """Interleaved exchanges on a busy dyad (120 articles), a drifting chain, the two
    articles of the security-guarantees exchange, others on other dyads, and undated ones
    (they thread through a happening they share)."""
    items, _ = busy_dyad(topics=20, per_topic=6, seed=5)
    items += drifting_chain()
    leak, verdict = leak_article(), verdict_article()
    items += [(leak, leak_events(leak)), (verdict, verdict_events(verdict))]
    rng = random.Random(9)
    start = dt.datetime(2022, 1, 10, 8, tzinfo=UTC)
    for n in range(500, 530):
        published = start + dt.timedelta(days=rng.randrange(100), hours=rng.randrange(12))
        words = rng.sample(["gaz", "blé", "sommet", "frontière", "otan", "sanctions", "port"], 3)
        items.append(article_with(n, published, words, dyad=rng.choice([("FRA", "DEU"), ("CHN", "USA")]),
                                  type=rng.choice(["CONSULT", "AGREE"])))
    for n in range(600, 610):  # undated copies of what dated articles report
        told, events = items[rng.randrange(120)]
        a = dataclasses.replace(told, id=f"undated{n}", url=f"https://undated.example/{n}",
                                published=None, content_hash=f"h{n}", origin=f"u{n}")
        items.append((a, [dataclasses.replace(e, id=f"undated{n}-{i}", article_id=a.id,
                                              published=None) for i, e in enumerate(events)]))
    return items


def snapshot(store) -> tuple:
    homes = sorted(tuple(r) for r in (
        (row["group_id"], row["story_id"]) for row in store.query("SELECT * FROM story_groups")))
    return [s.to_dict() for s in stories(store)], homes


def ingest_incrementally(store, items, seed: int) -> None:
    """Ingests of 1 to 12 articles, mostly in publication order as news comes, some late."""
    rng = random.Random(seed)
    order = sorted(items, key=lambda x: (x[0].published or dt.datetime.max.replace(tzinfo=UTC), x[0].id))
    for _ in range(15):  # late arrivals: moved later in the arrival order
        i = rng.randrange(len(order))
        order.insert(min(len(order), i + rng.randrange(5, 60)), order.pop(i))
    i = 0
    while i < len(order):
        batch = order[i:i + rng.randint(1, 12)]
        i += len(batch)
        store.save_batch([(a, None, None) for a, _ in batch], {a.id: e for a, e in batch}, [])
        update_groups(store, [a.id for a, _ in batch])


@pytest.mark.parametrize("burn_in", [40, 1000])
def test_incremental_stories_equal_a_full_rethread(tmp_path, monkeypatch, burn_in):
    # A small burn-in, so that most ingests take the incremental path in a test-sized archive
    # (1000: every update re-threads whole, as an archive under 1,000 articles does).
    monkeypatch.setattr(stories_module, "BURN_IN", burn_in)
    whole = []
    rethread_all = stories_module.rethread_all
    monkeypatch.setattr(stories_module, "rethread_all", lambda s: whole.append(1) or rethread_all(s))
    items = archive()
    with open_store(tmp_path / "incremental.db") as store:
        ingest_incrementally(store, items, seed=burn_in)
        incremental = snapshot(store)
        if burn_in < len(items):  # most ingests were incremental
            assert 0 < len(whole) < 10
        update_groups(store)  # everything again, from scratch
        full = snapshot(store)
    assert incremental == full
    found = incremental[0]
    assert len(found) >= 40 and max(len(s["article_ids"]) for s in found) >= 5


def test_recoding_an_article_moves_it_as_a_full_rethread_would(tmp_path, monkeypatch):
    monkeypatch.setattr(stories_module, "BURN_IN", 40)
    items = archive()
    with open_store(tmp_path / "a.db") as store:
        ingest_incrementally(store, items, seed=3)
        # an article in the middle of the archive is re-coded: another dyad, another type
        a, events = items[30]
        store.save_batch([(a, None, None)], {a.id: [event(a, 1, ["CHN"], ["USA"], "AGREE",
                                                          a.published.date())]}, [])
        update_groups(store, [a.id])
        incremental = snapshot(store)
        update_groups(store)
        assert incremental == snapshot(store)


@pytest.mark.skipif(not PG_URL, reason="DYADS_TEST_PG is not set")
def test_incremental_stories_equal_a_full_rethread_on_postgresql(monkeypatch, request):
    import uuid
    from urllib.parse import urlsplit

    import psycopg

    monkeypatch.setattr(stories_module, "BURN_IN", 40)
    name = f"dyads_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        with open_store(urlsplit(PG_URL)._replace(path="/" + name).geturl()) as store:
            ingest_incrementally(store, archive(), seed=1)
            incremental = snapshot(store)
            update_groups(store)
            assert incremental == snapshot(store)
    finally:
        with psycopg.connect(PG_URL, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
