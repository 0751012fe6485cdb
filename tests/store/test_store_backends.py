"""Every store behaviour, on SQLite and on PostgreSQL: the same calls give the same answers,
down to the groups, stories and aggregates of the analysis and a whole ingest of the seeds.

The PostgreSQL runs need a server: DYADS_TEST_PG=postgresql://user@127.0.0.1:port/db (a role
allowed to create databases; .ci/run starts one). Each test gets a database of its own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import sqlite3
import time
import uuid
from urllib.parse import urlsplit

import pytest
from conftest import SEEDS, make_article

from dyads.model import Event, Failure, Place
from dyads.pipeline import Deduplicator, store_batch
from dyads.store import open_store
from dyads.store.base import migrations
from dyads.store.rows import country_of, event_key_rows, sort_key

PG_URL = os.environ.get("DYADS_TEST_PG")


@pytest.fixture
def pg_database():
    """A fresh, empty PostgreSQL database; dropped afterwards."""
    import psycopg

    name = f"dyads_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield urlsplit(PG_URL)._replace(path="/" + name).geturl()
    with psycopg.connect(PG_URL, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def target(request, db_path):
    """Where a store lives: a SQLite file, or a PostgreSQL database URL."""
    if request.param == "sqlite":
        return str(db_path)
    if not PG_URL:
        pytest.skip("DYADS_TEST_PG is not set (no PostgreSQL server to test against)")
    return request.getfixturevalue("pg_database")


@pytest.fixture
def store(target):
    s = open_store(target)
    yield s
    s.close()


def make_event(article, n: int, source: list[str], target: list[str], type: str = "REJECT",
               date: dt.date | None = dt.date(2022, 2, 1), **fields) -> Event:
    sentence = f"Phrase {n} : {' '.join(source)} {type.lower()} {' '.join(target)}."
    values = dict(
        id=f"{article.id}-{n}", article_id=article.id, source=source, target=target, type=type,
        cameo="120", quad_class=3, goldstein=-4.0, date=date, date_precision="day",
        place=Place(country="RUS", city="Moscou", lat=55.75, lon=37.62, text="à Moscou"),
        negated=False, hypothetical=False, reported_by=["AFP"], sentence=sentence,
        sentence_start=10 * n, spans={"source": [[10, 13]], "trigger": [[14, 20]], "target": []},
        rule="fr:rejeter", confidence=0.8, language="fr", trigger="rejette",
        published=article.published)
    values.update(fields)
    return Event(**values)


def test_open_store_picks_the_backend_from_the_target(store, target):
    assert store.backend == ("postgres" if target.startswith("postgresql://") else "sqlite")


def test_migrations_apply_once_and_reopening_changes_nothing(target):
    expected = max(v for v, _, _ in migrations("sqlite"))
    assert max(v for v, _, _ in migrations("postgres")) == expected
    first = open_store(target)
    assert first.schema_version == expected
    a = make_article(1)
    first.save_batch([(a, None, None)], {}, [])
    first.close()
    again = open_store(target)
    assert again.schema_version == expected
    assert again.article(a.id).body == a.body
    again.close()


def test_an_article_reads_back_field_for_field(store):
    a = make_article(3, title="Lavrov : « pas de réponse positive »", description="Résumé",
                     authors=["Jeanne Dupont", "AFP"], keywords=["Russie", "OTAN"],
                     image="https://example.org/i.jpg", section="Monde",
                     modified=dt.datetime(2022, 2, 15, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=3))))
    now = dt.datetime(2022, 2, 16, 8, 0, 0, 123456, tzinfo=dt.timezone.utc)
    a.ingested = now
    store.save_batch([(a, b"\x01\x02\x00\xff" * 8, "https://example.org/news/3")], {}, [])
    got = store.article(a.id)
    assert got == a  # every field, datetimes with their offsets
    assert got.published.utcoffset() == dt.timedelta(hours=1)
    assert store.article_by_hash(a.content_hash) == a.id
    assert store.article_hash(a.id) == a.content_hash
    assert list(store.minhashes()) == [(a.id, b"\x01\x02\x00\xff" * 8)]
    assert store.article("missing") is None and store.article_by_hash("0" * 40) is None


def test_upserts_are_idempotent_and_a_new_version_replaces_the_old(store):
    a = make_article(1)
    first_ingest = dt.datetime(2022, 2, 16, tzinfo=dt.timezone.utc)
    a.ingested = first_ingest
    events = {a.id: [make_event(a, 1, ["RUSGOV"], ["USA"]), make_event(a, 2, ["USA"], ["RUS"])]}
    for _ in range(2):
        store.save_batch([(a, None, None)], events, [])
    assert store.count_articles() == 1 and store.count_events() == 2
    assert store.count_events(actor="RUS") == 2

    edited = make_article(1, body=a.body + " Mise à jour.", title="Titre corrigé")
    edited.ingested = first_ingest + dt.timedelta(days=1)
    store.save_batch([(edited, None, None)], {a.id: [make_event(edited, 1, ["NATO"], ["RUS"])]}, [])
    got = store.article(a.id)
    assert (got.title, got.body.endswith("Mise à jour.")) == ("Titre corrigé", True)
    assert got.ingested == first_ingest  # first seen, not last written
    assert [(e.source, e.target) for e in store.events()] == [(["NATO"], ["RUS"])]
    assert store.count_events(actor="USA") == 0  # the old event's actor rows went with it
    assert store.search("corrigé")[0].article.id == a.id  # the search index follows updates

    store.replace_events(a.id, [])
    assert store.count_events() == 0


def test_failures_are_recorded_once_per_input_and_cleared_by_success(store):
    store.record_failures([Failure("x.html", "empty file"), Failure("y.warc", "truncated", "read")])
    store.record_failures([Failure("x.html", "still empty")])
    failures = {f.origin: f for f in store.failures()}
    assert set(failures) == {"x.html", "y.warc"}
    assert failures["x.html"].reason == "still empty" and failures["x.html"].when.tzinfo
    assert [f.origin for f in store.failures(limit=1)] == ["x.html"]  # most recent first
    store.save_batch([(make_article(5, origin="x.html"), None, None)], {},
                     [Failure("z.html", "no article found", stage="extract")])
    assert sorted(f.origin for f in store.failures()) == ["y.warc", "z.html"]


def test_text_with_nul_characters_is_stored(store):
    a = make_article(4, body="Un texte\x00 avec un octet nul, sur la sécurité.")
    store.save_batch([(a, None, None)], {}, [Failure("bad\x00name", "nul\x00")])
    assert "sécurité" in store.article(a.id).body
    assert len(store.failures()) == 1


def test_state_keeps_the_last_value_of_each_key(store):
    assert store.get_state("feed:https://example.org/rss") is None
    store.set_state("feed:https://example.org/rss", '{"etag": "W/1"}')
    store.set_state("feed:https://example.org/rss", '{"etag": "W/2"}')
    store.set_state("other", "x")
    assert store.get_state("feed:https://example.org/rss") == '{"etag": "W/2"}'
    assert store.get_state("other") == "x"


def test_search_ignores_accents_ranks_titles_first_and_marks_snippets(store):
    a = make_article(1, body="Les garanties de sécurité en Europe sont discutées longuement.")
    b = make_article(2, body="Un texte sur la météo.", title="Sécurité : la réponse")
    c = make_article(3, body="Moscow demands security guarantees from Washington.",
                     language="en", title="Security talks")
    store.save_batch([(x, None, None) for x in (a, b, c)], {}, [])
    hits = store.search("securite")
    assert [h.article.id for h in hits][:1] == [b.id] and {h.article.id for h in hits} == {a.id, b.id}
    assert all(h.score > 0 for h in hits)
    assert store.search("sécurité garanties")[0].snippet == \
        "Les [garanties] de [sécurité] en Europe sont discutées longuement."
    assert [h.article.id for h in store.search("GARANTIES securite")] == [a.id]  # every word
    assert [h.article.id for h in store.search("security guarantees")] == [c.id]
    assert store.search('"unbalanced (quote') == []
    assert len(store.search("securite", limit=1)) == 1
    long = make_article(4, body=" ".join(f"mot{i}" for i in range(60)) + " : la sécurité. "
                        + " ".join(f"terme{i}" for i in range(60)))
    store.save_batch([(long, None, None)], {}, [])
    cut = store.search("mot40 sécurité terme2")[0].snippet  # the window shows the middle
    assert cut.startswith("…") and cut.endswith("…") and "[sécurité]" in cut
    assert [h.article.id for h in store.search("securite", limit=1, offset=1)] == [a.id]


def test_article_filters_by_source_language_and_dates(store):
    arts = [make_article(i, language="fr" if i % 2 else "en", source=f"s{i % 2}.example.org",
                         published=dt.datetime(2022, 1, i, 23, 30, tzinfo=dt.timezone.utc))
            for i in range(1, 6)]
    undated = make_article(9, published=None)
    store.save_batch([(a, None, None) for a in [*arts, undated]], {}, [])
    assert [a.id for a in store.articles(language="en")] == [arts[3].id, arts[1].id]
    assert [a.id for a in store.articles()][-1] == undated.id  # undated last
    got = store.articles(since=dt.date(2022, 1, 2), until=dt.date(2022, 1, 3))
    assert {a.id for a in got} == {arts[1].id, arts[2].id}
    # A datetime bound in another timezone is the same instant.
    paris = dt.timezone(dt.timedelta(hours=1))
    assert store.count_articles(since=dt.datetime(2022, 1, 5, 0, 31, tzinfo=paris)) == 1
    assert store.count_articles(source="example.org") == 6  # subdomains count
    assert store.count_articles(source="s1.example.org") == 3
    assert store.articles(source="other.org") == []
    assert [a.id for a in store.articles(limit=2, offset=1)] == [arts[3].id, arts[2].id]


def test_event_filters_roles_countries_types_dates_and_order(store):
    a, b = make_article(1), make_article(2)
    events = {
        a.id: [make_event(a, 1, ["RUSGOV"], ["USA", "NATO"], "REJECT", dt.date(2022, 2, 3)),
               make_event(a, 2, ["USA"], ["RUS"], "CONSULT", dt.date(2022, 1, 26),
                          negated=True, place=None)],
        b.id: [make_event(b, 1, ["NATO"], ["RUSMIL"], "ACCUSE", None, hypothetical=True),
               make_event(b, 2, ["UKRGOV"], [], "REQUEST", dt.date(2022, 2, 14))],
    }
    store.save_batch([(a, None, None), (b, None, None)], events, [])
    by_id = {e.id: e for es in events.values() for e in es}

    def ids(**filters):
        got = store.events(**filters)
        assert store.count_events(**{k: v for k, v in filters.items() if k not in ("limit", "offset")}) \
            == len(store.events(**{k: v for k, v in filters.items() if k not in ("limit", "offset")}))
        return [e.id for e in got]

    everything = ids()
    assert everything == [f"{b.id}-1", f"{a.id}-2", f"{a.id}-1", f"{b.id}-2"]  # undated first
    assert [store.events()[i] for i in range(4)] == [by_id[i] for i in everything]  # round trip
    assert set(ids(actor="RUS")) == {f"{a.id}-1", f"{a.id}-2", f"{b.id}-1"}
    assert ids(actor="RUSGOV") == [f"{a.id}-1"]
    assert ids(source="RUS") == [f"{a.id}-1"]
    assert ids(target="rus") == [f"{b.id}-1", f"{a.id}-2"]
    assert ids(source="NATO", target="RUS") == [f"{b.id}-1"]
    assert ids(type="consult") == [f"{a.id}-2"]
    assert ids(since=dt.date(2022, 2, 1)) == [f"{a.id}-1", f"{b.id}-2"]
    assert ids(until=dt.date(2022, 2, 3)) == [f"{a.id}-2", f"{a.id}-1"]
    assert ids(article_id=b.id) == [f"{b.id}-1", f"{b.id}-2"]
    assert ids(limit=2, offset=1) == everything[1:3]
    assert ids(actor="FRA") == []


def test_a_minimum_confidence_keeps_the_surer_events_with_any_other_filter(store):
    a = make_article(1)
    events = [make_event(a, n, ["RUSGOV"], ["USA"], date=dt.date(2022, 2, n), confidence=c)
              for n, c in ((1, 0.45), (2, 0.7), (3, 0.8), (4, 0.95))]
    events.append(make_event(a, 5, ["USA"], ["UKR"], date=dt.date(2022, 2, 5), confidence=0.9))
    store.save_batch([(a, None, None)], {a.id: events}, [])

    def ids(**filters):
        got = [e.id[-1] for e in store.events(**filters)]
        # counts walk the same range, the events' confidence checked (keys alone do not know it)
        assert store.count_events(**filters) == store.count_events(at_most=100, **filters) == len(got)
        assert [e.id[-1] for e in store.event_page(10, **filters)[0]] == got
        return got

    assert ids(min_confidence=0.8) == ["3", "4", "5"]
    assert ids(min_confidence=0.8, actor="RUS") == ["3", "4"]  # a key range drives
    assert ids(min_confidence=0.8, source="RUS", target="USA") == ["3", "4"]
    assert ids(min_confidence=0.7, type="reject", since=dt.date(2022, 2, 2)) == ["2", "3", "4", "5"]
    assert ids(min_confidence=0.0) == ids() == ["1", "2", "3", "4", "5"]
    assert ids(min_confidence=0.99) == []
    first, after = store.event_page(1, min_confidence=0.8, actor="RUS")
    assert [e.id[-1] for e in first] == ["3"]
    assert [e.id[-1] for e in store.event_page(5, after=after, min_confidence=0.8, actor="RUS")[0]] == ["4"]


def test_deduplication_across_runs_reads_minhashes_back(store):
    body = " ".join(f"mot{i}" for i in range(400))
    first = make_article(1, body=body)
    store_batch(store, Deduplicator(store), [first], code=False)
    near = make_article(2, body=body.replace("mot100", "autre") + " (AFP)")
    same = make_article(3, body=body)
    summary = store_batch(store, Deduplicator(store), [near, same], code=False)
    assert (summary.stored, summary.near_duplicates, summary.duplicates) == (1, 1, 1)
    assert store.article(near.id).duplicate_of == first.id


def test_two_clients_opening_a_new_database_at_once_migrate_it_once(target):
    """A shared server: several processes may open a fresh database together."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(3) as pool:
        stores = list(pool.map(open_store, [target] * 3))
    expected = max(v for v, _, _ in migrations("sqlite"))
    assert [s.schema_version for s in stores] == [expected] * 3
    a = make_article(1)
    stores[0].save_batch([(a, None, None)], {}, [])
    assert stores[2].article(a.id).body == a.body  # what one client writes, the others read
    for s in stores:
        s.close()


def analysis_results(store) -> dict:
    """Everything the analysis reads back from a store: groups, stories, aggregates."""
    from analysis_data import leak_article, leak_events, save, verdict_article, verdict_events

    from dyads.analysis import (actor_network, actor_totals, groups, network_data, stories,
                                timeline, update_stories)

    leak, verdict = leak_article(), verdict_article()
    save(store, leak, leak_events(leak))
    save(store, verdict, verdict_events(verdict))
    update_stories(store)
    return {"groups": groups(store), "stories": stories(store),
            "months": timeline(store, "RUS", "USA", by="month"),
            "weeks": timeline(store, "RUSGOV", "USA", by="week", directed=True),
            "totals": actor_totals(store, since=dt.date(2022, 1, 1)),
            "network": network_data(actor_network(store))}


def test_groups_stories_and_aggregates_match_the_sqlite_store(store, tmp_path):
    with open_store(tmp_path / "reference.db") as reference:
        expected = analysis_results(reference)
    got = analysis_results(store)
    assert len(got["groups"]) >= 4 and got["stories"] and got["months"] and got["network"]["edges"]
    assert got == expected


def snapshot(store) -> dict:
    """What an ingest leaves in a store, minus the time of ingest. Search snippets come from
    two search engines: their windows may differ by a word, their marks may not."""
    articles = [a.to_dict() for a in store.articles()]
    for a in articles:
        a.pop("ingested")
    return {"articles": articles, "events": [e.to_dict() for e in store.events()],
            "failures": sorted((f.origin, f.stage, f.reason) for f in store.failures()),
            "search": [(h.article.id, "[Lavrov]" in h.snippet, h.snippet[0], h.snippet[-1])
                       for h in store.search("Lavrov réponse")]}


def test_an_ingest_of_the_seeds_stores_the_same_as_in_sqlite(target, tmp_path):
    """The whole pipeline (reading, extraction, deduplication across runs, coding, groups)
    over each backend, with the stand-in coder so that no spaCy model loads."""
    from analysis_data import ingest_with, seed_copy

    from dyads.archive import open as open_archive

    seeds = sorted(SEEDS.glob("*"))
    copies = tmp_path / "copies"
    copies.mkdir()
    near = seed_copy(seeds[0], copies, "https://other.example.net/a", {"Lavrov": "M. Lavrov"})
    results = []
    for where in (tmp_path / "reference.db", target):
        with open_archive(where) as db:
            first = ingest_with(db, [str(p) for p in seeds], "stand-in")
            again = ingest_with(db, [str(p) for p in seeds] + [str(near), str(tmp_path / "none.html")],
                                "stand-in")
            results.append(((first.stored, first.events), (again.duplicates, again.near_duplicates,
                                                           again.failed), snapshot(db.store),
                            db.groups()))
    assert results[0][0][1] > 0 and results[0][1] == (len(seeds), 1, 1)
    assert results[1] == results[0]


def stored_keys(store) -> tuple[set[tuple[str, str]], set[tuple[str, ...]]]:
    """(event id, sort key) of every stored event and every `event_keys` row, as stored."""
    orders = {(r["id"], r["sort_key"]) for r in store.query("SELECT id, sort_key FROM events")}
    keys = {(r["kind"], r["key"], r["type"], r["sort_key"], r["event_id"])
            for r in store.query("SELECT kind, key, type, sort_key, event_id FROM event_keys")}
    return orders, keys


def expected_keys(events: list[Event]) -> tuple[set[tuple[str, str]], set[tuple[str, ...]]]:
    return ({(e.id, sort_key(e)) for e in events},
            {row for e in events for row in event_key_rows(e)})


def test_sort_keys_and_actor_keys_follow_replacements_moves_and_deletes(store):
    a, b = make_article(1), make_article(2)
    store.save_batch([(a, None, None), (b, None, None)], {
        a.id: [make_event(a, 1, ["RUSGOV", "RUSMIL"], ["USA"]),
               make_event(a, 2, ["NATO"], ["RUS"])],
        b.id: [make_event(b, 1, ["UKR"], ["RUSGOV"], date=None)],
    }, [])
    assert stored_keys(store) == expected_keys(store.events())
    _, keys = stored_keys(store)
    first = f"{a.id}-1"
    # RUSGOV and RUSMIL as sources: one ('source', 'RUS') row, one ('actor', 'RUS') row.
    assert sorted(k[:2] for k in keys if k[4] == first) == [
        ("actor", "RUS"), ("actor", "RUSGOV"), ("actor", "RUSMIL"), ("actor", "USA"),
        ("dyad", "RUS>USA"), ("dyad", "RUSGOV>USA"), ("dyad", "RUSMIL>USA"),
        ("source", "RUS"), ("source", "RUSGOV"), ("source", "RUSMIL"), ("target", "USA")]

    # A new version of article a; b's event moves to a under the same id, with new actors.
    moved = make_event(a, 3, ["FRA"], ["DEU"], date=dt.date(2022, 3, 1), id=f"{b.id}-1")
    store.replace_events(a.id, [make_event(a, 1, ["USA"], ["UKR"]), moved])
    assert stored_keys(store) == expected_keys(store.events())
    assert [e.id for e in store.events(actor="RUS")] == []
    assert [e.id for e in store.events(source="FRA")] == [moved.id]

    # Deleting an article deletes its events and, with them, their keys.
    mark = "?" if store.backend == "sqlite" else "%s"
    with store.transaction() as c:
        c.execute(f"DELETE FROM articles WHERE id = {mark}", (a.id,))
    assert stored_keys(store) == (set(), set())
    assert store.count_events(actor="USA") == 0 and store.events(actor="USA") == []


def brute_force(events: list[Event], actor=None, source=None, target=None, type=None,
                since=None, until=None, article_id=None) -> list[str]:
    """The listing, computed in Python from its definition."""
    def has(codes: list[str], code: str | None) -> bool:
        if not code:
            return True
        code = code.upper()
        return any((country_of(c) if len(code) == 3 else c) == code for c in codes)

    found = [e for e in events
             if has(e.source + e.target, actor) and has(e.source, source) and has(e.target, target)
             and (not type or e.type == type.upper())
             and (not article_id or e.article_id == article_id)
             and (not since or (e.date is not None and e.date >= since))
             and (not until or (e.date is not None and e.date <= until))]
    found.sort(key=lambda e: (e.date is not None, e.date or dt.date.min, e.article_id,
                              e.sentence_start, e.id))
    return [e.id for e in found]


def test_filtered_listings_match_a_brute_force_filter(store):
    rng = random.Random(5)
    codes = ["RUS", "RUSGOV", "RUSMIL", "USA", "USAGOV", "UKR", "UKRMIL", "NATO", "EU", "FRA"]
    articles = [make_article(i) for i in range(1, 5)]
    events = {a.id: [make_event(a, n, rng.sample(codes, rng.randint(1, 2)),
                                rng.sample(codes, rng.randint(0, 2)),
                                rng.choice(["REJECT", "CONSULT", "ACCUSE"]),
                                rng.choice([None, *(dt.date(2022, 2, d) for d in (1, 3, 3, 9))]),
                                sentence_start=rng.choice([5, 10, 120]))
                     for n in range(12)] for a in articles}
    store.save_batch([(a, None, None) for a in articles], events, [])
    everything = [e for es in events.values() for e in es]
    by_id = {e.id: e for e in everything}
    cases = [{}, {"actor": "RUS"}, {"actor": "rusgov"}, {"actor": "NATO"}, {"source": "USA"},
             {"target": "UKR"}, {"source": "RUS", "target": "USA"},
             {"source": "RUSGOV", "target": "usa", "type": "REJECT"},
             {"target": "EU", "type": "ACCUSE"},
             {"actor": "UKR", "source": "RUSMIL", "target": "UKR"},
             {"actor": "RUS", "type": "reject"}, {"type": "CONSULT"},
             {"since": dt.date(2022, 2, 3)}, {"until": dt.date(2022, 2, 3)},
             {"actor": "USA", "since": dt.date(2022, 2, 2), "until": dt.date(2022, 2, 9)},
             {"target": "RUS", "article_id": articles[2].id}, {"actor": "DEU"}]
    for filters in cases:
        want = brute_force(everything, **filters)
        assert [e.id for e in store.events(**filters)] == want, filters
        assert [e.id for e in store.events(**filters, limit=5, offset=3)] == want[3:8], filters
        assert store.count_events(**filters) == len(want), filters
        assert store.count_events(at_most=4, **filters) == min(len(want), 4), filters
        # keyset pages: each starts after the last key of the one before, and they add up
        walked, after = [], None
        while True:
            page, after = store.event_page(5, after=after, **filters)
            walked += [e.id for e in page]
            assert len(page) == 5 or after is None, filters
            if after is None:
                break
        assert walked == want, filters
        # the page as JSON written by the database: what Event.to_dict gives, in its order
        page, after = store.event_page(7, **filters)
        texts, after_json = store.event_page_json(7, **filters)
        assert [json.loads(t) for t in texts] == [e.to_dict() for e in page], filters
        assert [list(json.loads(t)) for t in texts] == [list(e.to_dict()) for e in page]
        assert after_json == after, filters
        page, _ = store.event_page(5, offset=2, after=sort_key(by_id[want[0]]) if want else None,
                                   **filters)
        assert [e.id for e in page] == want[3:8], filters  # an offset counts from the cursor


# The filters analysts use, as the load benchmark draws them (benchmarks/api_load.py).
ANALYST_FILTERS = [
    {}, {"actor": "RUS"}, {"actor": "RUSGOV"}, {"source": "RUS", "target": "USA"},
    {"type": "REJECT", "since": dt.date(2022, 2, 1), "until": dt.date(2022, 3, 1)},
    {"actor": "RUS", "type": "REJECT"}, {"since": dt.date(2022, 2, 1), "until": dt.date(2022, 3, 1)},
    {"source": "USA", "since": dt.date(2022, 2, 1)}, {"target": "UKR"},
    {"actor": "RUS", "source": "USA"}, {"article_id": "x"},
]


def test_listing_queries_read_an_index_range_not_every_event(store):
    """The plan of every listing query: an index range in listing order, no table scan and
    no sort of the matches, first pages and cursor pages alike. PostgreSQL plans a small
    table with a scan and a sort whatever its indexes: there, scans and sorts are priced
    out (`enable_seqscan`, `enable_sort`...), so that the plan shows whether an index gives
    the rows in order at all; benchmarks/api_load.py checks both backends' plans at
    1,000,000 events."""
    articles = [make_article(i) for i in range(1, 7)]
    events = {a.id: [make_event(a, n, [["RUSGOV", "USA", "UKR"][n % 3]],
                                [["USA", "RUS", "NATO"][n % 3]], ["REJECT", "CONSULT"][n % 2],
                                dt.date(2022, 1, 1) + dt.timedelta(days=7 * i + n))
                     for n in range(10)] for i, a in enumerate(articles)}
    store.save_batch([(a, None, None) for a in articles], events, [])
    middle = events[articles[3].id][5]
    with store.transaction() as c:
        c.execute("ANALYZE")
    if store.backend == "postgres":
        for setting in ("enable_seqscan", "enable_bitmapscan", "enable_sort"):
            store.conn.execute(f"SET {setting} = off")
    for filters in ANALYST_FILTERS:
        filters = {**filters, "article_id": articles[2].id} if "article_id" in filters else filters
        for after in (None, sort_key(middle)):
            plan = store.event_plan(limit=50, after=after, **filters)
            assert plan and not store.full_scans(plan), (filters, plan)
            if filters and store.backend == "sqlite":  # the driving table is searched, not walked
                assert plan[0].lstrip().startswith("SEARCH"), (filters, plan)
    # what the check looks for is there to find
    full = store.explain("SELECT * FROM events ORDER BY confidence" if store.backend == "sqlite"
                         else "SELECT * FROM events ORDER BY confidence")
    assert store.full_scans(full)


def test_event_counts_follow_writes_from_this_and_other_connections(store, target):
    a = make_article(1)
    store.save_batch([(a, None, None)], {a.id: [make_event(a, 1, ["RUSGOV"], ["USA"])]}, [])
    assert store.count_events(actor="RUS") == 1
    store.replace_events(a.id, [make_event(a, 1, ["RUS"], ["USA"]), make_event(a, 2, ["RUS"], [])])
    assert store.count_events(actor="RUS") == 2
    with open_store(target) as other:
        assert other.count_events(actor="RUS") == 2
        other.replace_events(a.id, [])
    assert store.count_events(actor="RUS") == 0 and store.count_events() == 0
    # a write by another program, not through a store
    store.replace_events(a.id, [make_event(a, 1, ["RUS"], ["USA"])])
    assert store.count_events(actor="RUS") == 1 == store.count_events(actor="RUS", at_most=5)
    if store.backend == "sqlite":
        with sqlite3.connect(target) as raw:
            raw.execute("DELETE FROM events")
    else:
        import psycopg
        with psycopg.connect(target) as raw:
            raw.execute("DELETE FROM events")
    assert store.count_events(actor="RUS") == 0 == store.count_events(actor="RUS", at_most=5)


# -- the near-duplicate index in the store (migration 006) -------------------------------------
def test_an_archive_reopened_in_a_new_process_still_finds_the_near_duplicate(target):
    """The band index is in the store: a later run (another process, nothing loaded at its
    start) links a wire copy to the original an earlier run stored."""
    import subprocess
    import sys

    body = " ".join(f"mot{i}" for i in range(400))
    first = subprocess.run([sys.executable, "-c", (
        "import sys; sys.path.insert(0, 'tests')\n"
        "from conftest import make_article\n"
        "from dyads.pipeline import Deduplicator, store_batch\n"
        "from dyads.store import open_store\n"
        f"s = open_store({target!r})\n"
        f"r = store_batch(s, Deduplicator(s), [make_article(1, body={body!r})], code=False)\n"
        "s.close(); print(r.stored)\n")], capture_output=True, text=True, check=True,
        cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    assert first.stdout.strip() == "1"
    with open_store(target) as store:
        copy = make_article(2, body=body.replace("mot200", "changé") + " (AFP)")
        other = make_article(3, body=" ".join(f"terme{i}" for i in range(400)))
        summary = store_batch(store, Deduplicator(store), [copy, other], code=False)
        assert (summary.stored, summary.near_duplicates) == (2, 1)
        assert store.article(copy.id).duplicate_of == make_article(1, body=body).id
        assert store.article(other.id).duplicate_of is None


def bands(store) -> list[tuple[int, str]]:
    return sorted((r["key"], r["article_id"]) for r in store.query(
        store.portable("SELECT key, article_id FROM minhash_bands")))


def test_migration_006_backfills_the_band_keys_of_an_existing_archive(target):
    """An archive written before the band index (schema 005) gets the same keys from the
    migration's SQL as new articles get from Python, and is deduplicated against at once."""
    from dyads.dedup import minhash, signature_bytes
    from dyads.store.bands import band_rows

    rng = random.Random(3)
    articles = []
    for n in range(20):
        body = " ".join(f"w{rng.randrange(5000)}" for _ in range(200))
        articles.append((make_article(n + 1, body=body), signature_bytes(minhash(body)), None))
    near = make_article(30, body=articles[0][0].body + " fin", duplicate_of=articles[0][0].id)
    articles.append((near, signature_bytes(minhash(near.body)), None))
    with open_store(target) as store:
        store.save_batch(articles, {}, [])
        expected = sorted(band_rows([(a.id, m, a.duplicate_of) for a, m, _ in articles]))
        assert bands(store) == expected
        assert len(expected) == 20 * 9  # originals only, nine bands each
        # back to schema 005: no band index
        with store.transaction() as c:
            for table in ("minhash_bands", "story_threading", "story_terms", "story_threads",
                          "story_features"):
                c.execute(f"DROP TABLE {table}")
            if store.backend == "postgres":
                c.execute("DROP FUNCTION dyads_band_key")
            c.execute("DELETE FROM schema_migrations WHERE version = 6")
    with open_store(target) as store:  # migrates again: the backfill
        assert bands(store) == expected
        copy = make_article(40, body=articles[5][0].body.replace("w", "W", 1) + " (AFP)")
        summary = store_batch(store, Deduplicator(store), [copy], code=False)
        assert summary.near_duplicates == 1
        assert store.article(copy.id).duplicate_of == articles[5][0].id


def test_a_query_past_the_time_limit_is_stopped_and_the_store_goes_on(store):
    from dyads.store import QueryTimeout

    slow = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) "
            "SELECT count(*) AS n FROM c")
    store.limit_query_time(0.3)
    start = time.monotonic()
    with pytest.raises(QueryTimeout, match="longer than 0.3 s"):
        store.query(slow)
    assert time.monotonic() - start < 3
    assert store.count_events() == 0 and store.events() == []  # the connection still works
    store.limit_query_time(None)
    assert store.query("SELECT 1 AS n")[0]["n"] == 1


def indexes(store, table: str) -> set[str]:
    if store.backend == "sqlite":
        return {r["name"] for r in store.query(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", (table,))}
    return {r["indexname"] for r in store.query(
        "SELECT indexname FROM pg_indexes WHERE tablename = %s", (table,))}


def test_migration_008_keeps_every_event_row_and_drops_only_unread_indexes(target, monkeypatch):
    """An archive of schema 007 keeps its events, actor rows and keys through 008, which drops
    the indexes no query reads (and on SQLite makes event_actors its primary key), and lists
    the same events, through index ranges, as before."""
    import dyads.store.postgres as pg_module
    import dyads.store.sqlite as sqlite_module

    module = sqlite_module if not target.startswith("postgresql://") else pg_module
    articles = [make_article(i) for i in range(1, 5)]
    events = {a.id: [make_event(a, n, [["RUSGOV", "USA", "NATO"][(i + n) % 3]],
                                [["USA", "RUSMIL", "UKR"][n % 3]], ["REJECT", "CONSULT"][n % 2],
                                dt.date(2022, 1, 1) + dt.timedelta(days=3 * i + n))
                     for n in range(6)] for i, a in enumerate(articles)}
    with monkeypatch.context() as m:
        m.setattr(module, "migrations", lambda backend: [x for x in migrations(backend) if x[0] <= 7])
        with open_store(target) as old:
            assert old.schema_version == 7
            assert "events_id_order" in indexes(old, "events")
            old.save_batch([(a, None, None) for a in articles], events, [])
            actors = sorted(tuple(r.values()) if isinstance(r, dict) else tuple(r)
                            for r in old.query("SELECT * FROM event_actors"))
            listings = {json.dumps(f, default=str): [e.id for e in old.events(**f)]
                        for f in ANALYST_FILTERS}
    with open_store(target) as store:
        assert store.schema_version == max(v for v, _, _ in migrations(store.backend))
        assert sorted(tuple(r.values()) if isinstance(r, dict) else tuple(r)
                      for r in store.query("SELECT * FROM event_actors")) == actors
        assert len(actors) == sum(len(e.source) + len(e.target) for es in events.values() for e in es)
        assert {json.dumps(f, default=str): [e.id for e in store.events(**f)]
                for f in ANALYST_FILTERS} == listings
        assert indexes(store, "events").isdisjoint({"events_date", "events_type_date", "events_id_order"})
        assert not {i for i in indexes(store, "event_actors") if not i.startswith(("sqlite_autoindex", "event_actors_pkey"))}
        if store.backend == "sqlite":
            sql = store.query("SELECT sql FROM sqlite_master WHERE name = 'event_actors'")[0][0]
            assert "WITHOUT ROWID" in sql
        # the actor rows still follow their events: replaced, and deleted by cascade
        a = articles[0]
        store.replace_events(a.id, [make_event(a, 9, ["FRA"], ["DEU"])])
        rows = store.query(store.portable("SELECT role, code, country FROM event_actors WHERE event_id LIKE ?"),
                           [a.id + "-%"])
        assert sorted((r["role"], r["code"], r["country"]) for r in rows) == [
            ("source", "FRA", "FRA"), ("target", "DEU", "DEU")]
        assert store.events(actor="FRA")[0].id == f"{a.id}-9"


SITES = ["sputniknews.com", "fr.sputniknews.com", "de.sputniknews.com", "lemonde.fr",
         "xsputniknews.com"]


def test_article_listings_by_site_read_index_ranges_and_match_a_brute_force_filter(store):
    """GET /api/articles?source=... : a site (with its subdomains, not mere suffixes:
    xsputniknews.com is not sputniknews.com) is listed newest first (undated last) from one
    index range per stored source, never by reading every article; pages and counts are
    those of a brute-force filter. PostgreSQL's scans and sorts are priced out, as in the
    event listing test, so that its plan shows whether an index gives the order."""
    articles = [make_article(i, source=SITES[i % 5], language=["fr", "en"][i % 2],
                             published=None if i % 7 == 0 else
                             dt.datetime(2022, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(hours=i))
                for i in range(1, 120)]
    store.save_batch([(a, None, None) for a in articles], {}, [])
    with store.transaction() as c:
        c.execute("ANALYZE")
    if store.backend == "postgres":
        for setting in ("enable_seqscan", "enable_bitmapscan", "enable_sort"):
            store.conn.execute(f"SET {setting} = off")

    def brute(f):
        found = [a for a in articles
                 if (a.source == f["source"] or a.source.endswith("." + f["source"]))
                 and (not f.get("language") or a.language == f["language"])
                 and (not f.get("since") or (a.published and a.published.date() >= f["since"]))]
        dated = sorted((a for a in found if a.published), key=lambda a: (-a.published.timestamp(), a.id))
        return [a.id for a in dated] + sorted(a.id for a in found if not a.published)

    for f in [{"source": "lemonde.fr"}, {"source": "sputniknews.com"},
              {"source": "fr.sputniknews.com", "language": "fr", "since": dt.date(2022, 1, 3)},
              {"source": "sputniknews.com", "language": "en"}, {"source": "nowhere.org"}]:
        expected = brute(f)
        assert [a.id for a in store.articles(**f)] == expected, f
        assert [a.id for a in store.articles(**f, limit=5, offset=3)] == expected[3:8], f
        assert store.count_articles(**f) == len(expected), f
        sources = store.site_sources(f["source"])
        assert sorted(sources) == sorted({a.source for a in articles if a.source == f["source"]
                                          or a.source.endswith("." + f["source"])})
        plan = store.article_plan(limit=50, offset=0, **f)
        if not sources:
            assert plan == []
            continue
        assert sum("articles_source_published" in line for line in plan) == len(sources), (f, plan)
        if store.backend == "sqlite":
            assert not [line for line in plan if re.fullmatch(r"\s*SCAN articles\b.*", line)], plan
            reads = [line for line in plan if "articles" in line and "INDEX" in line]
            assert all(line.lstrip().startswith("SEARCH") for line in reads), plan
            if len(sources) == 1:  # one range, in order: nothing sorted
                assert not [line for line in plan if "TEMP B-TREE" in line], plan
        else:
            assert not [line for line in plan if "Seq Scan" in line], plan
            if len(sources) == 1:
                assert not [line for line in plan if re.search(r"\bSort\b", line)], plan
    assert "xsputniknews.com" not in store.site_sources("sputniknews.com")
