"""Stories: the happenings and articles of one ongoing exchange, threaded together.

Articles are threaded one by one in publication order (then id), each joining a story it
belongs to or opening a new one. An article belongs to a story when
* time: the story's latest article was published at most `WINDOW` before it (a longer gap
  ends the story); an undated article must instead report one of the story's happenings;
* actors: it shares a dyad (an unordered pair of countries, sector stripped) or a happening
  (an event group) with the story;
* topic: it shares features with the story's *core*, one of them a distinctive topic term.
  An article's features are its topic terms (its keywords; the content words of its title
  when it has none) and its event groups. A story's core is what more than half of its
  articles hold: an article must be about what the story is about, not about a word one
  member mentioned in passing, so links do not chain from one topic to the next (A~B, B~C,
  C~D). A lone article's core is all it says, so `MIN_SHARED` features must agree; once two
  articles agree on a term, that term alone speaks for the story. A term is distinctive when
  at most `COMMON_SHARE` of the articles hold it (or at most `COMMON_FLOOR` of them: in a
  small archive nothing is common), so that "russie" or "états-unis" on a busy dyad link
  nothing by themselves.
Of the stories it belongs to, an article joins the closest: the highest cosine between its
features and the story's centroid (features weighted by inverse document frequency), then the
earliest story. Only articles with grouped events (original articles) take part; a lone
article is a story of its own. A happening told by articles of two stories is in both; the
table `story_groups` files it under the story holding most of those articles.

- Title: the topic terms shared by the most articles (up to three; ties go to the order of the
  terms in the earliest article), or the earliest article's title when no term is shared.
- Id: a hash of the earliest article's id (publication, then id), so the id does not depend on
  ingest order and stays put while a story grows forward in time.
- Start and end: the earliest and latest event dates of its groups; its events (those its own
  articles report) are in the order of their dates (then publication, article and sentence),
  not of publication.

Stories are rebuilt whole, in that canonical order, after every group update: the same
articles give the same stories whatever order they arrived in, and an article that arrives
late but was published before others can change where they belong.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from dyads.analysis.reports import Report, chunks, marks, query, reports_of_events, writing
from dyads.model import Story
from dyads.store.rows import parse_date, parse_datetime

WINDOW = dt.timedelta(days=30)
MIN_SHARED = 2
COMMON_SHARE = 0.05
COMMON_FLOOR = 5
TITLE_TERMS = 3


@dataclass
class StoryArticle:
    id: str
    title: str
    published: dt.datetime | None
    terms: list[str]
    dyads: set[frozenset[str]] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)

    @property
    def order(self) -> tuple[str, str]:
        return (self.published.isoformat() if self.published else "~", self.id)

    @functools.cached_property
    def features(self) -> frozenset[str]:
        """Topic terms and groups ("#g…": terms are words, so they cannot collide); read once
        the article's groups are known."""
        return frozenset(self.terms) | {f"#{g}" for g in self.groups}


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


def _load(store: Any) -> tuple[dict[str, StoryArticle], dict[str, Any], Counter[str]]:
    """Articles with groups (each with its dyads and groups), each group's row, and each
    article's number of grouped events."""
    group_rows = {r["id"]: r for r in query(store, "SELECT id, source, target, date FROM event_groups")}
    group_articles: dict[str, set[str]] = defaultdict(set)
    article_events: Counter[str] = Counter()
    for r in query(store, "SELECT group_id, article_id FROM group_members"):
        group_articles[r["group_id"]].add(r["article_id"])
        article_events[r["article_id"]] += 1
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
            articles[aid].groups.add(gid)
    return articles, group_rows, article_events


class _Rarity:
    """How many of the threaded articles hold each feature: rare features say more."""

    def __init__(self, articles: list[StoryArticle]):
        self.df = Counter(f for a in articles for f in a.features)
        self.n = len(articles)
        self.common = max(COMMON_FLOOR, COMMON_SHARE * self.n)

    def distinctive_term(self, feature: str) -> bool:
        return not feature.startswith("#") and self.df[feature] <= self.common

    def vector(self, a: StoryArticle) -> dict[str, float]:
        """The article's features weighted by inverse document frequency, of length 1."""
        v = {f: math.log((self.n + 1) / self.df[f]) for f in sorted(a.features)}
        norm = math.sqrt(math.fsum(x * x for x in v.values())) or 1.0
        return {f: x / norm for f, x in v.items()}


class _Thread:
    """A story being built: its articles, how many of them hold each feature, and the sum of
    their vectors (its centroid, up to scale)."""

    def __init__(self, first: StoryArticle, vector: dict[str, float]):
        self.ids: list[str] = []
        self.counts: Counter[str] = Counter()
        self.centroid: dict[str, float] = defaultdict(float)
        self.norm2 = 0.0
        self.dyads: set[frozenset[str]] = set()
        self.groups: set[str] = set()
        self.last: dt.datetime | None = None
        self.add(first, vector)

    def add(self, a: StoryArticle, vector: dict[str, float]) -> None:
        self.ids.append(a.id)
        self.counts.update(a.features)
        # |c + v|^2 = |c|^2 + 2 c.v + |v|^2, with |v| = 1
        self.norm2 += 2 * math.fsum(self.centroid[f] * x for f, x in vector.items()) + 1.0
        for f, x in vector.items():
            self.centroid[f] += x
        self.dyads |= a.dyads
        self.groups |= a.groups
        self.last = a.published or self.last

    def recent(self, a: StoryArticle) -> bool:
        """Whether the story's latest article came at most WINDOW before this dated one."""
        return self.last is not None and a.published - self.last <= WINDOW  # type: ignore[operator]

    def belongs(self, a: StoryArticle, rarity: _Rarity) -> bool:
        if not (self.recent(a) if a.published else a.groups & self.groups):
            return False
        if not (a.dyads & self.dyads or a.groups & self.groups):
            return False
        # The core: features more than half of the story's articles hold. A lone article's
        # core is all it says, so two features must agree; once two articles agree on a term,
        # that term alone speaks for the story.
        shared = [f for f in a.features if 2 * self.counts[f] > len(self.ids)]
        needed = MIN_SHARED if len(self.ids) == 1 else 1
        return len(shared) >= needed and any(rarity.distinctive_term(f) for f in shared)

    def similarity(self, vector: dict[str, float]) -> float:
        """Cosine of the article's vector and the story's centroid."""
        dot = math.fsum(self.centroid.get(f, 0.0) * x for f, x in vector.items())
        return dot / math.sqrt(self.norm2)


def thread(articles: dict[str, StoryArticle]) -> list[list[str]]:
    """Article ids per story, each list in publication order, stories by their first article."""
    rarity = _Rarity(list(articles.values()))
    threads: list[_Thread] = []
    # A story an article belongs to holds one of its distinctive terms, and, for an undated
    # article, one of its groups: candidates come from those indexes. Articles come in time
    # order, so a story that a gap has closed leaves the term index for good; undated articles
    # come last and use the group index, which keeps every story.
    by_term: dict[str, list[int]] = defaultdict(list)
    by_group: dict[str, list[int]] = defaultdict(list)
    for a in sorted(articles.values(), key=lambda a: a.order):
        vector = rarity.vector(a)
        terms = sorted(f for f in a.features if rarity.distinctive_term(f))
        if a.published is not None:
            for t in terms:
                by_term[t] = [i for i in by_term[t] if threads[i].recent(a)]
            candidates = {i for t in terms for i in by_term[t]}
        else:
            candidates = {i for g in a.groups for i in by_group[g]}
        # Of the stories it belongs to, the one closest to it, then the earliest.
        fits = sorted((-threads[i].similarity(vector), i) for i in candidates
                      if threads[i].belongs(a, rarity))
        if fits:
            home = fits[0][1]
            threads[home].add(a, vector)
        else:
            home = len(threads)
            threads.append(_Thread(a, vector))
        for t in terms:
            if home not in by_term[t]:
                by_term[t].append(home)
        for g in a.groups:
            if home not in by_group[g]:
                by_group[g].append(home)
    return [t.ids for t in threads]


def story_title(members: list[StoryArticle]) -> str:
    counts = Counter(t for a in members for t in set(a.terms))
    order = {t: i for i, t in enumerate(dict.fromkeys(t for a in members for t in a.terms))}
    shared = sorted((t for t, n in counts.items() if n >= 2), key=lambda t: (-counts[t], order[t]))
    if not shared:
        return members[0].title
    return " · ".join(t[:1].upper() + t[1:] for t in shared[:TITLE_TERMS])


def story_id(first_article_id: str) -> str:
    return "s" + hashlib.sha1(first_article_id.encode("utf-8")).hexdigest()[:16]


def home_stories(threads: list[list[str]], articles: dict[str, StoryArticle]) -> dict[str, int]:
    """Each group's home story (index into threads): the one holding most of the articles that
    report it, then the earliest. Articles that report one happening can sit in two stories
    (their topics differ); the happening is listed under one."""
    held: dict[str, Counter[int]] = defaultdict(Counter)
    for i, ids in enumerate(threads):
        for aid in ids:
            for g in articles[aid].groups:
                held[g][i] += 1
    return {g: min(n, key=lambda i: (-n[i], i)) for g, n in held.items()}


def update_stories(store: Any) -> int:
    """Rebuild every story from the groups. Returns the number of stories."""
    articles, group_rows, article_events = _load(store)
    threads = thread(articles)
    home = home_stories(threads, articles)
    with writing(store) as execute:
        for table in ("stories", "story_groups", "story_articles"):
            execute(f"DELETE FROM {table}")
        for n, ids in enumerate(threads):
            sid = story_id(ids[0])
            gids = sorted({g for a in ids for g in articles[a].groups})
            dates = sorted(group_rows[g]["date"] for g in gids if group_rows[g]["date"])
            execute("INSERT INTO stories (id, title, start_date, end_date, num_articles, "
                      "num_groups, num_events) VALUES (?, ?, ?, ?, ?, ?, ?)",
                      (sid, story_title([articles[a] for a in ids]), dates[0] if dates else None,
                       dates[-1] if dates else None, len(ids), len(gids), sum(article_events[a] for a in ids)))
            for g in gids:
                if home[g] == n:
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
    # The story's events are those of its own articles: a happening it shares with another
    # story shows in both, each with the articles that tell it there.
    member_of = {}
    for part in chunks(article_ids):
        member_of.update({r["event_id"]: r["group_id"] for r in query(store,
            f"SELECT event_id, group_id FROM group_members WHERE article_id IN ({marks(part)})",
            part)})
    group_ids = sorted(set(member_of.values()))
    events: list[dict[str, Any]] = []
    if with_events:
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
