"""Event groups: one group per happening, incremental and independent of arrival order."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import random

from analysis_data import (ANSWERS, LEAK, TREATIES, empty_store,  # noqa: F401 (a fixture)
                           event, ingest_with, leak_article, leak_events,
                           real_coder_events_on_seeds, save, third_outlet, verdict_article,
                           verdict_events)
from conftest import SEEDS

import dyads
from dyads.analysis import groups, update_groups
from dyads.analysis.groups import group_id
from dyads.store import open_store


def snapshot(store) -> list[dict]:
    """Everything a group says, comparable across stores."""
    return [g.to_dict() for g in groups(store)]


def by_type(store) -> dict[str, list]:
    out: dict[str, list] = {}
    for g in groups(store):
        out.setdefault(g.type, []).append(g)
    return out


def test_the_same_happening_in_two_articles_is_one_group_counted_twice(store):
    leak, verdict = leak_article(), verdict_article()
    save(store, leak, leak_events(leak))
    save(store, verdict, verdict_events(verdict))
    found = by_type(store)
    # Draft treaties (end 2021) and written answers (end January): told by both articles.
    for type, sentence in (("REQUEST", TREATIES), ("CONSULT", ANSWERS)):
        [g] = found[type]
        assert (g.num_mentions, g.num_articles, g.num_sources) == (2, 2, 2)
        assert g.date_precision == "month"
        assert g.sentence == sentence
        assert g.first_seen == leak.published and g.last_seen == verdict.published
        assert sorted(g.article_ids) == sorted([leak.id, verdict.id])
    # The leak (2 Feb) and Lavrov's verdict (14 Feb, RUSGOV counted as RUS): one article each.
    [rejected] = found["REJECT"]
    [verdict_group] = found["ACCUSE"]
    assert (rejected.num_articles, rejected.sentence) == (1, LEAK)
    assert verdict_group.source == ["RUS"] and verdict_group.target == ["USA"]
    assert verdict_group.date == dt.date(2022, 2, 14)
    assert len(groups(store)) == 4


def test_groups_do_not_depend_on_the_order_articles_arrive_in(tmp_path):
    leak, verdict = leak_article(), verdict_article()
    third = leak_article("https://third.example.com/story", "Moscou étudie la réponse.")
    third_events = [dataclasses.replace(e, id=f"{third.id}-{i}", article_id=third.id,
                                        confidence=0.8 + i / 100)
                    for i, e in enumerate(leak_events(leak))]
    items = [(leak, leak_events(leak)), (verdict, verdict_events(verdict)), (third, third_events)]
    results = []
    for n, order in enumerate(itertools.permutations(items)):
        with open_store(tmp_path / f"{n}.db") as s:
            for article, events in order:
                save(s, article, events)
            results.append(snapshot(s))
    with open_store(tmp_path / "batch.db") as s:  # all at once, then one full rebuild
        s.save_batch([(a, None, None) for a, _ in items], {a.id: e for a, e in items}, [])
        update_groups(s)
        results.append(snapshot(s))
    assert all(r == results[0] for r in results)
    assert {g["id"] for g in results[0]} == {
        group_id(k) for k in ("RUS|USA|REQUEST|pos|real|2021-12", "USA|RUS|CONSULT|pos|real|2022-01",
                              "USA|RUS|REJECT|pos|real|2022-02-02", "RUS|USA|ACCUSE|pos|real|2022-02-14")}


def test_a_new_article_joins_the_existing_group_and_a_recoded_one_leaves_it(store):
    leak, verdict = leak_article(), verdict_article()
    save(store, leak, leak_events(leak))
    before = by_type(store)["REQUEST"][0]
    assert before.num_articles == 1
    save(store, verdict, verdict_events(verdict))
    after = by_type(store)["REQUEST"][0]
    assert after.id == before.id and after.num_articles == 2
    # Re-coding the verdict without its REQUEST event takes that mention back out.
    kept = [e for e in verdict_events(verdict) if e.type != "REQUEST"]
    store.replace_events(verdict.id, kept)
    update_groups(store, [verdict.id])
    again = by_type(store)["REQUEST"][0]
    assert (again.id, again.num_articles, again.num_mentions) == (before.id, 1, 1)
    # ...and when no event is left, the group goes.
    store.replace_events(leak.id, [e for e in leak_events(leak) if e.type != "REQUEST"])
    update_groups(store, [leak.id])
    assert "REQUEST" not in by_type(store)


def test_dates_negation_and_modality_split_groups(store):
    a = leak_article()
    events = [
        event(a, 1, ["USA"], ["RUS"], "REJECT", dt.date(2022, 2, 2)),
        event(a, 2, ["USA"], ["RUS"], "REJECT", dt.date(2022, 2, 3)),  # next day: another one
        event(a, 3, ["USA"], ["RUS"], "REJECT", dt.date(2022, 2, 2), negated=True),
        event(a, 4, ["USA"], ["RUS"], "REJECT", dt.date(2022, 2, 2), hypothetical=True),
        event(a, 5, ["USAGOV"], ["RUSGOV"], "REJECT", dt.date(2022, 2, 2)),  # same as 1
        event(a, 6, ["USA"], ["RUS"], "REJECT", dt.date(2022, 2, 20), "month"),  # February
        event(a, 7, ["USA"], ["RUS"], "REJECT", dt.date(2022, 2, 1), "month"),  # February too
    ]
    save(store, a, events)
    found = sorted((str(g.date), g.date_precision, g.negated, g.hypothetical, g.num_mentions)
                   for g in groups(store))
    assert found == [("2022-02-01", "month", False, False, 2),
                     ("2022-02-02", "day", False, False, 2),
                     ("2022-02-02", "day", False, True, 1),
                     ("2022-02-02", "day", True, False, 1),
                     ("2022-02-03", "day", False, False, 1)]


def test_a_decade_is_one_window(store):
    a = leak_article()
    events = [event(a, 1, ["USA"], ["RUS"], "REJECT", dt.date(1970, 1, 1), "decade"),
              event(a, 2, ["USA"], ["RUS"], "REJECT", dt.date(1970, 1, 1), "decade"),
              event(a, 3, ["USA"], ["RUS"], "REJECT", dt.date(1970, 1, 1), "year")]
    save(store, a, events)
    found = sorted((str(g.date), g.date_precision, g.num_mentions) for g in groups(store))
    assert found == [("1970-01-01", "decade", 2), ("1970-01-01", "year", 1)]


def test_one_sentence_coded_twice_is_one_mention(store):
    a = leak_article()
    twice = [event(a, 1, ["USA"], ["RUS"], "REJECT", dt.date(2022, 2, 2), sentence=LEAK),
             event(a, 2, ["USAGOV"], ["RUS"], "REJECT", dt.date(2022, 2, 2), sentence=LEAK)]
    save(store, a, twice)
    [g] = groups(store)
    assert (g.num_mentions, len(g.event_ids)) == (1, 2)


def test_near_duplicate_articles_never_add_mentions(store):
    leak = leak_article()
    save(store, leak, leak_events(leak))
    before = snapshot(store)
    copy = dataclasses.replace(leak_article("https://mirror.example.com/copie", "Copie."),
                               duplicate_of=leak.id)
    copy_events = [dataclasses.replace(e, id=f"{copy.id}-{i}", article_id=copy.id)
                   for i, e in enumerate(leak_events(copy))]
    save(store, copy, copy_events)  # even if a copy were coded, it is not counted
    assert snapshot(store) == before
    update_groups(store)
    assert snapshot(store) == before


def test_undated_events_fall_on_their_publication_day(store):
    a = verdict_article()
    save(store, a, [event(a, 1, ["RUS"], ["USA"], "ACCUSE", None, "published")])
    [g] = groups(store)
    assert g.date == a.published.date() and g.date_precision == "day"


def test_seed_ingests_in_any_order_give_the_same_groups_and_stories(tmp_path):
    """The real pipeline and coder: the seeds and a third outlet ingested all at once, or one
    by one in shuffled orders, give identical groups and stories; the third outlet's events
    join the groups the Lavrov article opened."""
    sources = sorted(SEEDS.glob("*.txt")) + [third_outlet(tmp_path)]
    shuffled = [random.Random(n).sample(sources, len(sources)) for n in (0, 5)]
    assert shuffled[0] != shuffled[1] and sources not in shuffled
    orders = [[sources]] + [[[s] for s in order] for order in shuffled]
    results = []
    for n, order in enumerate(orders):
        with dyads.open(tmp_path / f"{n}.db") as db:
            for batch in order:
                ingest_with(db, batch, "real")
            if n == 0:
                real_coder_events_on_seeds(db)
            results.append(([g.to_dict() for g in db.groups()],
                            [s.to_dict() for s in db.stories()], len(db.events())))
    assert all(r == results[0] for r in results)
    found, stories, events = results[0]
    assert sum(len(g["event_ids"]) for g in found) == events  # every event is in one group
    third = [g for g in found if len(g["article_ids"]) > 1]
    assert third, "the third outlet's retelling joined no group"
    for g in third:
        assert g["num_articles"] == g["num_sources"] == 2 and g["num_mentions"] == 2
    assert len(stories) == 1 and len(stories[0]["article_ids"]) == 3
