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

Rarity is what was known at the article's turn: the features of the articles threaded up to
it (itself included), so that a story never changes because of articles published after it;
but at least the first `BURN_IN` articles' (in an archive of at most that many, all of them:
a term must be judged on enough articles to be called distinctive).

Stories are the result of threading every article in that canonical order: the same articles
give the same stories whatever order they arrived in, and an article that arrives late but
was published before others can change where they belong. An ingest does not re-thread the
archive, though (`update_stories` with the articles it changed): each article's turn is kept
in `story_threading` (its features, the vector and distinctive terms of its turn, its story),
with the rarity counts (`story_features`) and each story's terms and latest publication
(`story_terms`, `story_threads`). The update re-threads from the earliest changed article on
(in a news ingest, the new articles, plus every undated one: they come last), with the
stories they can join read back from the store by indexed queries (a distinctive term and a
recent article, or a shared happening) and rebuilt as they were at that point; the result is
the full re-thread's. An archive threaded before these tables existed is re-threaded whole,
once, at its next update.
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
from typing import Any, Callable, Iterable

from dyads.analysis.reports import Report, chunks, marks, query, reports_of_events, writing
from dyads.store.rows import utc_iso
from dyads.model import Story
from dyads.store.rows import parse_date, parse_datetime

WINDOW = dt.timedelta(days=30)
MIN_SHARED = 2
COMMON_SHARE = 0.05
COMMON_FLOOR = 5
TITLE_TERMS = 3
# Rarity is judged against at least this many articles: the first ones of an archive are
# judged together (in an archive this small or smaller, against all of them).
BURN_IN = 1000


THREADED = "stories.threaded"  # state key: `story_threading` holds every article's turn
COUNT = "stories.articles"     # state key: the number of threaded articles


@dataclass
class StoryArticle:
    id: str
    title: str
    published: dt.datetime | None
    terms: list[str]
    dyads: set[frozenset[str]] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    events: int = 0  # its grouped events

    @property
    def order(self) -> tuple[str, str]:
        return (self.published.isoformat() if self.published else "~", self.id)

    @property
    def sort_key(self) -> str:
        """The order as one string (stored, compared in SQL): \\x01 sorts before any character
        of a date, so that it compares as `order` does."""
        return "\x01".join(self.order)

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


def _dyads_of(row: Any) -> set[frozenset[str]]:
    return {frozenset((s, t)) for s in json.loads(row["source"]) for t in json.loads(row["target"])
            if s != t}


def _load(store: Any, article_ids: Any = None) -> dict[str, StoryArticle]:
    """Articles with groups (each with its dyads, groups and number of grouped events): every
    one, or those of `article_ids`."""
    group_articles: dict[str, set[str]] = defaultdict(set)
    article_events: Counter[str] = Counter()
    if article_ids is None:
        group_rows = {r["id"]: r for r in query(store, "SELECT id, source, target FROM event_groups")}
        members = query(store, "SELECT group_id, article_id FROM group_members")
    else:
        members = []
        for part in chunks(article_ids):
            members += query(store, f"SELECT group_id, article_id FROM group_members "
                                    f"WHERE article_id IN ({marks(part)})", part)
        group_rows = {}
        for part in chunks({r["group_id"] for r in members}):
            group_rows.update({r["id"]: r for r in query(
                store, f"SELECT id, source, target FROM event_groups WHERE id IN ({marks(part)})", part)})
    for r in members:
        group_articles[r["group_id"]].add(r["article_id"])
        article_events[r["article_id"]] += 1
    articles: dict[str, StoryArticle] = {}
    for part in chunks({a for ids in group_articles.values() for a in ids}):
        for r in query(store, f"SELECT id, title, keywords, published_utc FROM articles "
                             f"WHERE id IN ({marks(part)})", part):
            articles[r["id"]] = StoryArticle(r["id"], r["title"] or "",
                                             parse_datetime(r["published_utc"]),
                                             topic_terms(json.loads(r["keywords"]), r["title"]),
                                             events=article_events[r["id"]])
    for gid, aids in group_articles.items():
        pairs = _dyads_of(group_rows[gid])
        for aid in aids & articles.keys():
            articles[aid].dyads |= pairs
            articles[aid].groups.add(gid)
    return articles


class _Rarity:
    """How many of the articles threaded so far (`n`) hold each feature: rare features say
    more. `base` gives the counts of features before the first article fed (none: 0)."""

    def __init__(self, n: int = 0, base: Callable[[list[str]], dict[str, int]] | None = None):
        self.n = n
        self.df: Counter[str] = Counter()
        self.base = base
        self.known: set[str] = set()

    def add(self, a: StoryArticle) -> None:
        """The article takes its turn: it counts in its own rarity and in what follows."""
        missing = sorted(f for f in a.features if f not in self.known)
        if missing and self.base:
            self.df.update(self.base(missing))
        self.known.update(missing)
        self.n += 1
        self.df.update(a.features)

    def distinctive_term(self, feature: str) -> bool:
        return not feature.startswith("#") and self.df[feature] <= max(COMMON_FLOOR, COMMON_SHARE * self.n)

    def vector(self, a: StoryArticle) -> dict[str, float]:
        """The article's features weighted by inverse document frequency, of length 1."""
        v = {f: math.log((self.n + 1) / self.df[f]) for f in sorted(a.features)}
        norm = math.sqrt(math.fsum(x * x for x in v.values())) or 1.0
        return {f: x / norm for f, x in v.items()}


class _Thread:
    """A story being built: its articles, how many of them hold each feature, the sum of
    their vectors (its centroid, up to scale), the distinctive terms of their turns. `key`:
    its first article's sort key (the earliest story wins ties)."""

    def __init__(self, key: str):
        self.key = key
        self.ids: list[str] = []
        self.members: list[StoryArticle] = []
        self.counts: Counter[str] = Counter()
        self.centroid: dict[str, float] = defaultdict(float)
        self.norm2 = 0.0
        self.dyads: set[frozenset[str]] = set()
        self.groups: set[str] = set()
        self.terms: set[str] = set()
        self.last: dt.datetime | None = None

    def add(self, a: StoryArticle, vector: dict[str, float], terms: list[str]) -> None:
        self.ids.append(a.id)
        self.members.append(a)
        self.counts.update(a.features)
        # |c + v|^2 = |c|^2 + 2 c.v + |v|^2, with |v| = 1
        self.norm2 += 2 * math.fsum(self.centroid[f] * x for f, x in vector.items()) + 1.0
        for f, x in vector.items():
            self.centroid[f] += x
        self.dyads |= a.dyads
        self.groups |= a.groups
        self.terms.update(terms)
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


@dataclass
class Turn:
    """What an article's turn decided, kept in `story_threading`."""
    article: StoryArticle
    vector: dict[str, float]
    terms: list[str]
    story: str  # the key of its thread


class _Threads:
    """The stories being built, and what finds those an article may join: a story holding one
    of its distinctive terms (one of its articles had it as a distinctive term) whose latest
    article is recent; for an undated article, a story holding one of its groups."""

    def __init__(self) -> None:
        self.by_key: dict[str, _Thread] = {}
        self.by_term: dict[str, set[str]] = defaultdict(set)
        self.by_group: dict[str, set[str]] = defaultdict(set)

    def candidates(self, a: StoryArticle, terms: list[str]) -> set[str]:
        if a.published is not None:
            # Dated articles come in time order, and a story's latest article changes only
            # when a dated article joins it, which takes it being recent: a story too old for
            # this article is too old for every later one. It leaves the term index, which
            # then holds only recent stories (else each article walked every story that ever
            # held its terms, and a whole threading grew with the square of the archive).
            found: set[str] = set()
            for t in terms:
                keys = self.by_term.get(t)
                if keys:
                    keys -= {k for k in keys if not self.by_key[k].recent(a)}
                    found |= keys
            return found
        return {k for g in sorted(a.groups) for k in self.by_group.get(g, ())}

    def index(self, th: _Thread, terms: Iterable[str], groups: Iterable[str]) -> None:
        for t in terms:
            self.by_term[t].add(th.key)
        for g in groups:
            self.by_group[g].add(th.key)

    def feed(self, a: StoryArticle, rarity: _Rarity, count: bool = True) -> Turn:
        if count:  # (the first articles of an archive are counted together, beforehand)
            rarity.add(a)
        vector = rarity.vector(a)
        terms = sorted(f for f in a.features if rarity.distinctive_term(f))
        # Of the stories it belongs to, the one closest to it, then the earliest.
        fits = sorted((-self.by_key[k].similarity(vector), k) for k in self.candidates(a, terms)
                      if self.by_key[k].belongs(a, rarity))
        if fits:
            home = self.by_key[fits[0][1]]
        else:
            home = self.by_key[a.sort_key] = _Thread(a.sort_key)
        home.add(a, vector, terms)
        self.index(home, terms, a.groups)
        return Turn(a, vector, terms, home.key)


def _thread_all(articles: dict[str, StoryArticle]) -> tuple[_Threads, _Rarity, list[Turn]]:
    threads, rarity = _Threads(), _Rarity()
    ordered = sorted(articles.values(), key=lambda a: a.order)
    for a in ordered[:BURN_IN]:
        rarity.add(a)
    turns = [threads.feed(a, rarity, count=k >= BURN_IN) for k, a in enumerate(ordered)]
    return threads, rarity, turns


def thread(articles: dict[str, StoryArticle]) -> list[list[str]]:
    """Article ids per story, each list in publication order, stories by their first article."""
    threads, _, _ = _thread_all(articles)
    return [threads.by_key[k].ids for k in sorted(threads.by_key)]


class _StoredThreads(_Threads):
    """The stories as they were before `cutoff` (the first turn to take again), read from the
    store when an article may join them: the stories holding one of its distinctive terms and
    recent enough (`story_terms`, `story_threads`), or holding one of its groups; each rebuilt
    from its articles' kept turns before the cutoff, as the full re-thread had it there."""

    def __init__(self, store: Any, cutoff: str):
        super().__init__()
        self.store, self.cutoff = store, cutoff
        self.asked_terms: set[str] = set()
        self.asked_groups: set[str] = set()
        self.loaded: dict[str, str] = {}  # story id -> its thread's key (or "" when empty then)

    def candidates(self, a: StoryArticle, terms: list[str]) -> set[str]:
        if a.published is not None:
            new = [t for t in terms if t not in self.asked_terms]
            if new:
                # Dated articles come in time order: the stories recent for this one include
                # those recent for any later one.
                since = utc_iso(a.published - WINDOW)
                found: set[str] = set()
                for part in chunks(new):
                    found |= {r["story_id"] for r in query(self.store,
                        "SELECT DISTINCT st.story_id FROM story_terms st "
                        "JOIN story_threads t ON t.story_id = st.story_id "
                        f"WHERE st.term IN ({marks(part)}) AND t.last_published >= ? AND t.first_key < ?",
                        [*part, since, self.cutoff])}
                self.load(found)
                self.asked_terms.update(new)
        else:
            new = [g for g in sorted(a.groups) if g not in self.asked_groups]
            if new:
                found = set()
                for part in chunks(new):
                    found |= {r["story_id"] for r in query(self.store,
                        "SELECT DISTINCT s.story_id FROM group_members gm "
                        "JOIN story_threading s ON s.article_id = gm.article_id "
                        f"WHERE gm.group_id IN ({marks(part)}) AND s.sort_key < ?",
                        [*part, self.cutoff])}
                self.load(found)
                self.asked_groups.update(new)
        return super().candidates(a, terms)

    def load(self, story_ids: Iterable[str]) -> None:
        todo = sorted(set(story_ids) - self.loaded.keys())
        for part in chunks(todo):
            rows = query(self.store, f"SELECT * FROM story_threading WHERE story_id IN ({marks(part)}) "
                                     "AND sort_key < ? ORDER BY sort_key", [*part, self.cutoff])
            for r in rows:
                a, vector, terms = _from_row(r)
                key = self.loaded.get(r["story_id"])
                if not key:
                    key = self.loaded[r["story_id"]] = a.sort_key
                    self.by_key[key] = _Thread(key)
                th = self.by_key[key]
                th.add(a, vector, terms)
                self.index(th, terms, a.groups)
        for sid in todo:
            self.loaded.setdefault(sid, "")


def _turn_row(t: Turn, story: str) -> dict[str, Any]:
    a = t.article
    return {"article_id": a.id, "sort_key": a.sort_key, "story_id": story,
            "published": utc_iso(a.published), "title": a.title,
            "topic": json.dumps(a.terms, ensure_ascii=False),
            "group_ids": json.dumps(sorted(a.groups)),
            "dyads": json.dumps(sorted(sorted(d) for d in a.dyads)),
            "events": a.events, "terms": json.dumps(t.terms, ensure_ascii=False),
            "vector": json.dumps(t.vector, ensure_ascii=False)}


def _from_row(r: Any) -> tuple[StoryArticle, dict[str, float], list[str]]:
    a = StoryArticle(r["article_id"], r["title"], parse_datetime(r["published"]),
                     json.loads(r["topic"]), {frozenset(d) for d in json.loads(r["dyads"])},
                     set(json.loads(r["group_ids"])), r["events"])
    return a, json.loads(r["vector"]), json.loads(r["terms"])


def story_title(members: list[StoryArticle]) -> str:
    counts = Counter(t for a in members for t in set(a.terms))
    order = {t: i for i, t in enumerate(dict.fromkeys(t for a in members for t in a.terms))}
    shared = sorted((t for t, n in counts.items() if n >= 2), key=lambda t: (-counts[t], order[t]))
    if not shared:
        return members[0].title
    return " · ".join(t[:1].upper() + t[1:] for t in shared[:TITLE_TERMS])


def story_id(first_article_id: str) -> str:
    return "s" + hashlib.sha1(first_article_id.encode("utf-8")).hexdigest()[:16]


def _group_dates(store: Any, group_ids: Iterable[str]) -> dict[str, str | None]:
    dates: dict[str, str | None] = {}
    for part in chunks(group_ids):
        dates.update({r["id"]: r["date"] for r in query(
            store, f"SELECT id, date FROM event_groups WHERE id IN ({marks(part)})", part)})
    return dates


def _write_stories(execute: Callable[..., Any], threads: list[_Thread], dates: dict[str, Any]) -> None:
    """The rows of each story (and its articles, terms, latest publication)."""
    for th in threads:
        sid = story_id(th.ids[0])
        gids = sorted(th.groups)
        days = sorted(str(dates[g])[:10] for g in gids if dates.get(g))
        execute("INSERT INTO stories (id, title, start_date, end_date, num_articles, "
                "num_groups, num_events) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (sid, story_title(th.members), days[0] if days else None,
                 days[-1] if days else None, len(th.ids), len(gids),
                 sum(a.events for a in th.members)))
        for a in th.ids:
            execute("INSERT INTO story_articles (story_id, article_id) VALUES (?, ?)", (sid, a))
        for t in sorted(th.terms):
            execute("INSERT INTO story_terms (term, story_id) VALUES (?, ?)", (t, sid))
        execute("INSERT INTO story_threads (story_id, first_key, last_published) VALUES (?, ?, ?)",
                (sid, th.key, utc_iso(th.last)))


TURN_COLUMNS = ["article_id", "sort_key", "story_id", "published", "title", "topic", "group_ids",
                "dyads", "events", "terms", "vector"]


def _write_turns(execute: Callable[..., Any], turns: Iterable[Turn], key_to_story: dict[str, str]) -> None:
    insert = f"INSERT INTO story_threading ({', '.join(TURN_COLUMNS)}) VALUES ({marks(TURN_COLUMNS)})"
    for t in turns:
        row = _turn_row(t, key_to_story[t.story])
        execute(insert, [row[c] for c in TURN_COLUMNS])


def _set_state(execute: Callable[..., Any], key: str, value: str) -> None:
    execute("INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
            "value = excluded.value", (key, value))


def rethread_all(store: Any) -> int:
    """Thread every article again, from the groups; fills the kept turns. -> stories."""
    articles = _load(store)
    threads, rarity, turns = _thread_all(articles)
    ordered = [threads.by_key[k] for k in sorted(threads.by_key)]
    key_to_story = {th.key: story_id(th.ids[0]) for th in ordered}
    dates = _group_dates(store, {g for a in articles.values() for g in a.groups})
    with writing(store) as execute:
        for table in ("stories", "story_groups", "story_articles", "story_threading",
                      "story_terms", "story_threads", "story_features"):
            execute(f"DELETE FROM {table}")
        _write_stories(execute, ordered, dates)
        # Each group's home story: the one holding most of the articles that report it, then
        # the earliest.
        held: dict[str, Counter[str]] = defaultdict(Counter)
        for th in ordered:
            for a in th.members:
                for g in a.groups:
                    held[g][th.key] += 1
        for g, n in sorted(held.items()):
            execute("INSERT INTO story_groups (group_id, story_id) VALUES (?, ?)",
                    (g, key_to_story[min(n, key=lambda k: (-n[k], k))]))
        _write_turns(execute, turns, key_to_story)
        for f, n in sorted(rarity.df.items()):
            if n:
                execute("INSERT INTO story_features (feature, df) VALUES (?, ?)", (f, n))
        _set_state(execute, COUNT, str(rarity.n))
        _set_state(execute, THREADED, "1")
    return len(ordered)


def update_stories(store: Any, article_ids: Iterable[str] | None = None) -> int:
    """Bring the stories up to date after the groups of `article_ids` changed (None, or an
    archive whose turns were never kept: thread everything again). Only the turns from the
    earliest of those articles on are taken again, against the stories they can join as they
    were then, read from the store; the result is the full re-thread's. Returns the number
    of stories written."""
    if article_ids is None or store.get_state(THREADED) is None:
        return rethread_all(store)
    changed = set(article_ids)
    fresh = _load(store, changed)
    old: list[Any] = []
    for part in chunks(changed):
        old += query(store, f"SELECT sort_key FROM story_threading WHERE article_id IN ({marks(part)})", part)
    keys = [a.sort_key for a in fresh.values()] + [r["sort_key"] for r in old]
    if not keys:
        return 0
    cutoff = min(keys)
    # The turns to take again: every kept one from the cutoff on (with the old turns of the
    # changed articles), and the changed articles as they are now.
    taken = query(store, "SELECT * FROM story_threading WHERE sort_key >= ? ORDER BY sort_key", [cutoff])
    suffix: dict[str, StoryArticle] = {}
    removed: Counter[str] = Counter()
    for r in taken:
        a, _, _ = _from_row(r)
        removed.update(a.features)
        if a.id not in changed:
            suffix[a.id] = a
    suffix.update(fresh)
    counted = int(store.get_state(COUNT) or 0)
    if counted - len(taken) < BURN_IN:  # a turn among the first articles: their rarity changes
        return rethread_all(store)

    def base(features: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for part in chunks(features):
            found.update({r["feature"]: r["df"] for r in query(
                store, f"SELECT feature, df FROM story_features WHERE feature IN ({marks(part)})", part)})
        return {f: found.get(f, 0) - removed[f] for f in features}

    rarity = _Rarity(counted - len(taken), base)
    threads = _StoredThreads(store, cutoff)
    turns = [threads.feed(a, rarity) for a in sorted(suffix.values(), key=lambda a: a.order)]
    # Stories whose articles changed: those that lost a turn taken again (rebuilt from what
    # they held before the cutoff), those that gained one, and those holding a changed group
    # (its date may have moved).
    lost = {r["story_id"] for r in taken}
    touched_groups = {g for a in fresh.values() for g in a.groups} | {
        g for r in taken if r["article_id"] in changed for g in json.loads(r["group_ids"])}
    holding: set[str] = set()
    for part in chunks(touched_groups):
        holding |= {r["story_id"] for r in query(store,
            "SELECT DISTINCT s.story_id FROM group_members gm JOIN story_threading s "
            f"ON s.article_id = gm.article_id WHERE gm.group_id IN ({marks(part)}) AND s.sort_key < ?",
            [*part, cutoff])}
    threads.load(lost | holding)
    gained = {t.story for t in turns}
    keys_written = sorted(gained | {threads.loaded[s] for s in lost | holding if threads.loaded.get(s)})
    written = [threads.by_key[k] for k in keys_written]
    key_to_story = {th.key: story_id(th.ids[0]) for th in written}
    dates = _group_dates(store, {g for th in written for g in th.groups})
    # Homes of the groups whose articles may have moved between stories.
    moved_groups = touched_groups | {g for t in turns for g in t.article.groups} | {
        g for r in taken for g in json.loads(r["group_ids"])}
    story_of = {t.article.id: key_to_story[t.story] for t in turns}
    homes: dict[str, str | None] = {}
    for part in chunks(moved_groups):
        rows = query(store, "SELECT gm.group_id, gm.article_id, s.story_id, t.first_key "
                     "FROM group_members gm JOIN story_threading s ON s.article_id = gm.article_id "
                     "JOIN story_threads t ON t.story_id = s.story_id "
                     f"WHERE gm.group_id IN ({marks(part)}) AND s.sort_key < ?", [*part, cutoff])
        held: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
        seen: set[tuple[str, str]] = set()
        for r in rows:
            if (r["group_id"], r["article_id"]) not in seen:
                seen.add((r["group_id"], r["article_id"]))
                held[r["group_id"]][(r["first_key"], r["story_id"])] += 1
        for t in turns:
            for g in t.article.groups & set(part):
                if (g, t.article.id) not in seen:
                    seen.add((g, t.article.id))
                    held[g][(t.story, story_of[t.article.id])] += 1
        for g in part:
            n = held.get(g)
            homes[g] = min(n, key=lambda k: (-n[k], k))[1] if n else None
    new_df = {f: rarity.df[f] for f in rarity.known}
    if removed.keys() - rarity.known:
        for f, n in base(sorted(removed.keys() - rarity.known)).items():
            new_df[f] = n
    with writing(store) as execute:
        stale = sorted(lost | holding | set(key_to_story.values()))
        for part in chunks(stale):
            for table in ("stories", "story_articles", "story_terms", "story_threads"):
                column = "id" if table == "stories" else "story_id"
                execute(f"DELETE FROM {table} WHERE {column} IN ({marks(part)})", part)
        for part in chunks(changed | {r["article_id"] for r in taken}):
            execute(f"DELETE FROM story_threading WHERE article_id IN ({marks(part)})", part)
        _write_stories(execute, written, dates)
        _write_turns(execute, turns, key_to_story)
        for part in chunks(homes):
            execute(f"DELETE FROM story_groups WHERE group_id IN ({marks(part)})", part)
        for g, sid in sorted(homes.items()):
            if sid:
                execute("INSERT INTO story_groups (group_id, story_id) VALUES (?, ?)", (g, sid))
        for part in chunks(new_df):
            execute(f"DELETE FROM story_features WHERE feature IN ({marks(part)})", part)
        for f, n in sorted(new_df.items()):
            if n:
                execute("INSERT INTO story_features (feature, df) VALUES (?, ?)", (f, n))
        _set_state(execute, COUNT, str(rarity.n))
    return len(written)


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
