"""Stories: groups and articles of one exchange threaded together, events in date order."""

from __future__ import annotations

import datetime as dt
import itertools

from analysis_data import (LEAK, TREATIES, VERDICT, empty_store,  # noqa: F401 (fixtures)
                           event, leak_article, leak_events, save, seeded, verdict_article,
                           verdict_events)
from conftest import make_article

from dyads.analysis import stories, story
from dyads.store import open_store


def event_dates(s) -> list[str]:
    return [e["date"] for e in s.events]


def test_two_articles_on_one_exchange_make_one_story_in_date_order(store):
    leak, verdict = leak_article(), verdict_article()
    save(store, verdict, verdict_events(verdict))
    save(store, leak, leak_events(leak))
    [s] = stories(store)
    assert s.article_ids == [leak.id, verdict.id]  # publication order
    assert (s.start, s.end) == (dt.date(2021, 12, 31), dt.date(2022, 2, 14))
    assert event_dates(s) == sorted(event_dates(s))
    # Treaties and answers (both articles), then the leak, then Lavrov's verdict.
    sentences = list(dict.fromkeys(e["sentence"] for e in s.events))
    assert sentences[0] == TREATIES and sentences[-2:] == [LEAK, VERDICT]
    assert s.title == "Garanties de sécurité · Russie · États-unis"
    assert len(s.group_ids) == 4
    assert {e["url"] for e in s.events} == {leak.url, verdict.url}
    assert story(store, s.id).to_dict() == s.to_dict()


def test_unrelated_or_distant_articles_make_stories_of_their_own(store):
    leak = leak_article()
    save(store, leak, leak_events(leak))
    other = make_article(3, body="La France et l'Allemagne signent un accord sur l'énergie.",
                         title="Paris et Berlin signent un accord", keywords=["énergie", "france"],
                         published=dt.datetime(2022, 2, 3, 9, tzinfo=dt.timezone.utc))
    save(store, other, [event(other, 1, ["FRA"], ["DEU"], "AGREE", dt.date(2022, 2, 3))])
    # Same dyad and keywords, but a year later and about another happening.
    later = make_article(4, body="Un an plus tard, Washington rejette encore les demandes russes.",
                         title="Un an après", keywords=["garanties de sécurité", "russie", "états-unis"],
                         published=dt.datetime(2023, 2, 2, 9, tzinfo=dt.timezone.utc))
    save(store, later, [event(later, 1, ["USA"], ["RUS"], "REJECT", dt.date(2023, 2, 2))])
    found = stories(store)
    assert sorted(len(s.article_ids) for s in found) == [1, 1, 1]
    by_article = {s.article_ids[0]: s for s in found}
    assert by_article[other.id].title == "Paris et Berlin signent un accord"  # nothing shared


def test_story_ids_and_titles_do_not_depend_on_arrival_order(tmp_path):
    leak, verdict = leak_article(), verdict_article()
    items = [(leak, leak_events(leak)), (verdict, verdict_events(verdict))]
    seen = []
    for n, order in enumerate(itertools.permutations(items)):
        with open_store(tmp_path / f"{n}.db") as s:
            for article, events in order:
                save(s, article, events)
            seen.append([x.to_dict() for x in stories(s)])
    assert seen[0] == seen[1]


def test_the_seed_articles_make_one_story_of_the_security_guarantees_exchange(seeded):
    articles = {a.id: a for a in seeded.articles()}
    found = seeded.stories()
    assert len(found) == 1, [(s.title, s.article_ids) for s in found]
    [s] = found
    assert sorted(s.article_ids) == sorted(articles)
    assert len({e["event_id"] for e in s.events}) == len(seeded.events())  # every event
    dates = [dt.date.fromisoformat(d) for d in event_dates(s)]
    assert dates == sorted(dates)
    lavrov = next(a.id for a in articles.values() if a.published.day == 14)
    leak = next(a.id for a in articles.values() if a.published.day == 2)
    # The exchange in the order it happened: draft treaties (end of 2021), written answers
    # (end of January 2022), their publication (2 February), Lavrov's verdict (14 February).
    steps = [
        next(i for i, e in enumerate(s.events) if e["date"].startswith("2021")
             and "traités" in e["sentence"]),
        next(i for i, e in enumerate(s.events) if e["date"].startswith("2022-01")
             and "réponses écrites" in e["sentence"]),
        next(i for i, e in enumerate(s.events) if e["date"] == "2022-02-02"
             and e["article_id"] == leak),
        next(i for i, e in enumerate(s.events) if e["date"] == "2022-02-14"
             and e["article_id"] == lavrov),
    ]
    assert steps == sorted(steps)
    assert s.start.year == 2021 and s.end == dt.date(2022, 2, 14)
    assert "sécurité" in s.title.casefold()
