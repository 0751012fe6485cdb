"""Stories: the happenings and articles of one ongoing exchange, threaded together.

Two articles are in the same story when
* they report a common happening (share an event group), or
* their events share a dyad (an unordered pair of countries, sector stripped), they share at
  least `MIN_SHARED_TERMS` topic terms (the article's keywords; the content words of its title
  when it has no keywords), and they were published at most `WINDOW` apart.
A story is a connected set of articles under those links, with every group they report.
Only articles with grouped events (original articles) take part; a lone article is a story
of its own.

- Title: the topic terms shared by the most articles (up to three; ties go to the order of the
  terms in the earliest article), or the earliest article's title when no term is shared.
- Id: a hash of the earliest article's id (publication, then id), so the id does not depend on
  ingest order and stays put while a story grows forward in time.
- Start and end: the earliest and latest event dates of its groups; its events are in the
  order of their dates (then publication, article and sentence), not of publication.

Stories are rebuilt whole after every group update: the links of a new article can merge two
stories, which no local update would see.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterator

from dyads.analysis.reports import Report, chunks, marks, query, reports_of_events, writing
from dyads.model import Story
from dyads.store.rows import parse_date, parse_datetime

MIN_SHARED_TERMS = 2
WINDOW = dt.timedelta(days=30)
TITLE_TERMS = 3


@dataclass
class StoryArticle:
    id: str
    title: str
    published: dt.datetime | None
    terms: list[str]
    dyads: set[frozenset[str]] = field(default_factory=set)

    @property
    def order(self) -> tuple[str, str]:
        return (self.published.isoformat() if self.published else "~", self.id)


@functools.lru_cache(maxsize=None)
def _stop_words() -> frozenset[str]:
    # spaCy's lists, imported only for articles without keywords (the import takes a second).
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.fr.stop_words import STOP_WORDS as FR

    return frozenset(EN | FR)


def topic_terms(keywords: list[str], title: str | None) -> list[str]:
    terms = [k.strip().casefold() for k in keywords if k.strip()]
    if not terms and title:
        terms = [w for w in re.findall(r"\w{4,}", title.casefold()) if w not in _stop_words()]
    return list(dict.fromkeys(terms))


class _Components:
    """Union-find over article ids."""

    def __init__(self, ids: list[str]):
        self.parent = {i: i for i in ids}

    def find(self, i: str) -> str:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _load(store: Any) -> tuple[dict[str, StoryArticle], dict[str, set[str]], dict[str, Any],
                              Counter[str]]:
    """Articles with groups, the articles of each group, each group's row and event count."""
    group_rows = {r["id"]: r for r in query(store, "SELECT id, source, target, date FROM event_groups")}
    group_articles: dict[str, set[str]] = defaultdict(set)
    group_events: Counter[str] = Counter()
    for r in query(store, "SELECT group_id, article_id FROM group_members"):
        group_articles[r["group_id"]].add(r["article_id"])
        group_events[r["group_id"]] += 1
    articles: dict[str, StoryArticle] = {}
    for part in chunks({a for ids in group_articles.values() for a in ids}):
        for r in query(store, f"SELECT id, title, keywords, published_utc FROM articles "
                             f"WHERE id IN ({marks(part)})", part):
            articles[r["id"]] = StoryArticle(r["id"], r["title"] or "",
                                             parse_datetime(r["published_utc"]),
                                             topic_terms(json.loads(r["keywords"]), r["title"]))
    for gid, aids in group_articles.items():
        row = group_rows[gid]
        pairs = {frozenset((s, t)) for s in json.loads(row["source"])
                 for t in json.loads(row["target"]) if s != t}
        for aid in aids & articles.keys():
            articles[aid].dyads |= pairs
    return articles, group_articles, group_rows, group_events


def _within_window(ids: list[str], articles: dict[str, StoryArticle]) -> Iterator[tuple[str, str]]:
    """Pairs of articles published at most WINDOW apart, from ids in publication order: a
    sweep, not every pair, so a dyad reported by thousands of articles stays cheap. Undated
    articles pair with none."""
    dated = [i for i in ids if articles[i].published is not None]
    for n, x in enumerate(dated):
        for y in dated[n + 1:]:
            if articles[y].published - articles[x].published > WINDOW:  # type: ignore[operator]
                break
            yield x, y


def thread(articles: dict[str, StoryArticle], group_articles: dict[str, set[str]]) -> list[list[str]]:
    """Article ids per story, each list in publication order, stories by their first article."""
    comps = _Components(sorted(articles))
    for aids in group_articles.values():
        present = sorted(aids & articles.keys())
        for other in present[1:]:
            comps.union(present[0], other)
    by_dyad: dict[frozenset[str], list[str]] = defaultdict(list)
    for a in articles.values():
        for dyad in a.dyads:
            by_dyad[dyad].append(a.id)
    terms = {i: set(a.terms) for i, a in articles.items()}
    for ids in by_dyad.values():
        for x, y in _within_window(sorted(ids, key=lambda i: articles[i].order), articles):
            if comps.find(x) != comps.find(y) and len(terms[x] & terms[y]) >= MIN_SHARED_TERMS:
                comps.union(x, y)
    stories: dict[str, list[str]] = defaultdict(list)
    for aid in articles:
        stories[comps.find(aid)].append(aid)
    out = [sorted(ids, key=lambda i: articles[i].order) for ids in stories.values()]
    return sorted(out, key=lambda ids: articles[ids[0]].order)


def story_title(members: list[StoryArticle]) -> str:
    counts = Counter(t for a in members for t in set(a.terms))
    order = {t: i for i, t in enumerate(dict.fromkeys(t for a in members for t in a.terms))}
    shared = sorted((t for t, n in counts.items() if n >= 2), key=lambda t: (-counts[t], order[t]))
    if not shared:
        return members[0].title
    return " · ".join(t[:1].upper() + t[1:] for t in shared[:TITLE_TERMS])


def story_id(first_article_id: str) -> str:
    return "s" + hashlib.sha1(first_article_id.encode("utf-8")).hexdigest()[:16]


def update_stories(store: Any) -> int:
    """Rebuild every story from the groups. Returns the number of stories."""
    articles, group_articles, group_rows, group_events = _load(store)
    article_groups: dict[str, set[str]] = defaultdict(set)
    for gid, aids in group_articles.items():
        for aid in aids:
            article_groups[aid].add(gid)
    threads = thread(articles, group_articles)
    with writing(store) as execute:
        for table in ("stories", "story_groups", "story_articles"):
            execute(f"DELETE FROM {table}")
        for ids in threads:
            sid = story_id(ids[0])
            gids = sorted({g for a in ids for g in article_groups[a]})
            dates = sorted(group_rows[g]["date"] for g in gids if group_rows[g]["date"])
            execute("INSERT INTO stories (id, title, start_date, end_date, num_articles, "
                      "num_groups, num_events) VALUES (?, ?, ?, ?, ?, ?, ?)",
                      (sid, story_title([articles[a] for a in ids]), dates[0] if dates else None,
                       dates[-1] if dates else None, len(ids), len(gids), sum(group_events[g] for g in gids)))
            for g in gids:
                execute("INSERT INTO story_groups (group_id, story_id) VALUES (?, ?)", (g, sid))
            for a in ids:
                execute("INSERT INTO story_articles (story_id, article_id) VALUES (?, ?)", (sid, a))
    return len(threads)


# -- reading ----------------------------------------------------------------------------------
def chronology_key(r: Report) -> tuple:
    e = r.event
    return (e.date.isoformat() if e.date else "~", r.published.isoformat() if r.published else "~",
            r.article_id, e.sentence_start, e.id)


def story_event(r: Report, group_id: str) -> dict[str, Any]:
    e = r.event
    return {"date": e.date.isoformat() if e.date else None, "date_precision": e.date_precision,
            "source": e.source, "type": e.type, "target": e.target, "cameo": e.cameo,
            "quad_class": e.quad_class, "goldstein": e.goldstein, "negated": e.negated,
            "hypothetical": e.hypothetical, "sentence": e.sentence, "event_id": e.id,
            "group_id": group_id, "article_id": r.article_id, "url": r.url,
            "article_title": r.title,
            "published": r.published.isoformat() if r.published else None}


def _story(store: Any, row: Any, with_events: bool) -> Story:
    article_ids = [r["article_id"] for r in query(store, 
        "SELECT sa.article_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
        "WHERE sa.story_id = ? ORDER BY a.published_utc, a.id", (row["id"],))]
    group_ids = [r["group_id"] for r in query(store, 
        "SELECT group_id FROM story_groups WHERE story_id = ? ORDER BY group_id", (row["id"],))]
    events: list[dict[str, Any]] = []
    if with_events:
        member_of = {}
        for part in chunks(group_ids):
            member_of.update({r["event_id"]: r["group_id"] for r in query(store, 
                f"SELECT event_id, group_id FROM group_members WHERE group_id IN ({marks(part)})",
                part)})
        reports = sorted(reports_of_events(store, member_of), key=chronology_key)
        events = [story_event(r, member_of[r.event.id]) for r in reports]
    return Story(id=row["id"], title=row["title"], start=parse_date(row["start_date"]),
                 end=parse_date(row["end_date"]), article_ids=article_ids, group_ids=group_ids,
                 events=events)


def stories(store: Any, with_events: bool = True) -> list[Story]:
    """Every story, the earliest first."""
    rows = query(store, "SELECT * FROM stories ORDER BY start_date, id")
    return [_story(store, r, with_events) for r in rows]


def story(store: Any, story_id: str) -> Story | None:
    rows = query(store, "SELECT * FROM stories WHERE id = ?", (story_id,))
    return _story(store, rows[0], True) if rows else None
