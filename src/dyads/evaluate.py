"""Score an event coder against gold sentences (`dyads eval`).

Two gold formats are read, told apart record by record:

* dyads' own JSON lines (`seeds_gold.jsonl`, `gold/*.jsonl`): `{"id", "published", "text",
  "events": [{"source": [codes], "target": [codes], "event", "negated", "hypothetical", ...}]}`;
  records of whole articles also carry `doc`, `para` (the paragraph) and `split`
  (train/dev/test), and may point into a page instead of holding their text (`page`,
  `block`, `start`, `end`, `sha1`: see `dyads.gold_sources`);
* the PLOVER Gold Standard Records (`plover_gsr_dev.json`, a JSON array): `source`/`target` are
  lists of `{actorText, code, sector}` (or "" / null), event names are early PLOVER names, and
  country codes are CAMEO's. DOCUMENT records are skipped; records with the same text are one
  sentence with several events; IGO/NGO/IMG actors are resolved from their `actorText` with
  the actor dictionary ("U.N. Security Council" -> UN); reciprocal subjects (markup `SRC/TAR`)
  are all sources with an empty target, as in dyads' conventions.

Whole articles are coded as articles: the sentences of a `doc` are put back together (a
paragraph per `para`), the article is coded once, as dyads codes any article (references to
actors named in earlier sentences resolve), and each event is scored in the gold sentence
that holds its trigger. Records without `para` are coded one sentence at a time.

Matching (gold README): a predicted event matches a gold event of the same sentence when the
types are equal and the source and target code sets are equal. Codes are compared as
countries by default (the sector stripped: RUSGOV -> RUS; NATO stays NATO) or whole with
`with_sector=True`. Matching is one-to-one: since matching is equality of
(type, sources, targets), the maximum matching of a sentence is the multiset intersection of
its gold and predicted keys.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from dyads.codes import SECTORS, root_of
from dyads.gold_sources import GoldPageError, resolve_text
from dyads.model import Article, Event
from dyads.ontology import PLOVER_TYPES, normalise_country_code, normalise_type

CodeFn = Callable[[str, str, "dt.date | None"], Sequence[Event]]
ArticleCodeFn = Callable[[Sequence[Article]], Sequence[Sequence[Event]]]

# CAMEO placeholder roots the GSR uses for non-state actors: resolved from the actor's text.
UNRESOLVED_ROOTS = {"IGO", "NGO", "IMG", "MNC"}
# GSR sectors outside dyads' list, folded into the nearest one (or dropped: None).
GSR_SECTORS = {"REF": "CVL", "LAB": "CVL", "CIV": "CVL", "EDU": "CVL", "AGR": "CVL",
               "REL": "CVL", "MOS": "CVL", "JRN": "MED", "UAF": "REB", "SPY": "GOV"}


class GoldFileError(ValueError):
    """A gold file that cannot be read; the message names the file and the record."""


@dataclass
class GoldEvent:
    type: str
    source: list[str]
    target: list[str]
    negated: bool | None = None  # None: the gold format does not say (the GSR)
    hypothetical: bool | None = None
    trigger: str | None = None


@dataclass
class GoldSentence:
    id: str
    text: str
    lang: str
    published: dt.date | None
    events: list[GoldEvent] = field(default_factory=list)
    doc: str | None = None
    para: int | None = None  # paragraph of its article: the sentence is coded in its article
    split: str | None = None  # train | dev | test
    source: str | None = None  # the gold set it comes from (wikinews_en ...)


# -- reading -------------------------------------------------------------------------------

def load_gold(path: str | Path, pages: str | Path | None = None,
              split: str | None = None) -> list[GoldSentence]:
    """The gold sentences of a file in either format (see the module docstring); `pages` is
    the folder pointer records are relative to (default: DYADS_GOLD_PAGES, else the
    `shared` folder beside the repository); `split` keeps one split (train, dev, test)."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldFileError(f"{path}: cannot read the gold file ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise GoldFileError(f"{path}: not a gold file (not UTF-8 text)") from None
    records = _records(raw, path)
    sentences: list[GoldSentence] = []
    by_text: dict[str, GoldSentence] = {}
    for where, record in records:
        if not isinstance(record, dict):
            raise GoldFileError(f"{path}:{where}: a gold record must be a JSON object")
        if record.get("event") == "DOCUMENT":
            continue
        if split and record.get("split") != split:
            continue
        try:
            if "page" in record and "text" not in record:
                record = {**record, "text": resolve_text(record, _pages_root(pages))}
            sentence = _gsr_sentence(record) if _is_gsr(record) else _jsonl_sentence(record)
        except GoldPageError as exc:
            raise GoldFileError(f"{path}:{where}: {exc}") from None
        except (KeyError, TypeError, ValueError) as exc:
            raise GoldFileError(f"{path}:{where}: bad gold record ({exc})") from None
        same = by_text.get(sentence.text)
        if same is not None and _is_gsr(record):
            same.events += sentence.events  # one GSR record per event: gather the sentence
            continue
        by_text[sentence.text] = sentence
        sentences.append(sentence)
    if not sentences:
        raise GoldFileError(f"{path}: no gold sentences in the file" + (f" (split {split!r})" if split else ""))
    return sentences


def _pages_root(pages: str | Path | None) -> Path:
    if pages:
        return Path(pages)
    if os.environ.get("DYADS_GOLD_PAGES"):
        return Path(os.environ["DYADS_GOLD_PAGES"])
    return Path(__file__).resolve().parents[2].parent / "shared"  # a checkout: ../shared


def _records(raw: str, path: Path) -> list[tuple[str, Any]]:
    """(where, record) pairs: a JSON array's items or the lines of JSON lines."""
    if raw.lstrip().startswith("["):
        try:
            return [(f"record {i}", r) for i, r in enumerate(json.loads(raw), 1)]
        except json.JSONDecodeError as exc:
            raise GoldFileError(f"{path}: not valid JSON ({exc})") from None
    out = []
    for number, line in enumerate(raw.splitlines(), 1):
        if line.strip():
            try:
                out.append((f"line {number}", json.loads(line)))
            except json.JSONDecodeError as exc:
                raise GoldFileError(f"{path}:line {number}: not valid JSON ({exc})") from None
    return out


def _is_gsr(record: dict) -> bool:
    return "textInfo" in record or "events" not in record


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    return dt.date.fromisoformat(str(value)[:10])


def _jsonl_sentence(record: dict) -> GoldSentence:
    text = record["text"]
    events = [GoldEvent(type=normalise_type(e["event"]),
                        source=[normalise_country_code(c) for c in e.get("source") or []],
                        target=[normalise_country_code(c) for c in e.get("target") or []],
                        negated=bool(e.get("negated")), hypothetical=bool(e.get("hypothetical")),
                        trigger=e.get("trigger"))
              for e in record.get("events") or []]
    para = record.get("para")
    return GoldSentence(id=str(record["id"]), text=text, lang=_language(record, text),
                        published=_date(record.get("published")), events=events,
                        doc=record.get("doc"), para=int(para) if para is not None else None,
                        split=record.get("split"), source=record.get("source"))


def _language(record: dict, text: str) -> str:
    declared = record.get("lang") or record.get("language")
    if declared:
        return str(declared)[:2].lower()
    from dyads.text import detect_language
    return detect_language(text) or "en"


def _gsr_sentence(record: dict) -> GoldSentence:
    text = record["text"]
    markup = record.get("textInfo")
    markup = markup.get("markup", "") if isinstance(markup, dict) else str(markup or "")
    lang = _language(record, text)
    source = _gsr_actors(record.get("source"), lang)
    # Reciprocal subjects ("X and Y agreed"): all sources, no target.
    target = [] if "SRC/TAR" in markup else _gsr_actors(record.get("target"), lang)
    event = GoldEvent(type=normalise_type(record["event"]), source=source, target=target,
                      trigger=record.get("eventText"))
    return GoldSentence(id=str(record.get("id", "")), text=text, lang=lang,
                        published=_date(record.get("date")), events=[event],
                        doc=record.get("publication"))


def _gsr_actors(value: Any, lang: str) -> list[str]:
    """dyads codes of a GSR actor list ("" or null: none)."""
    if not isinstance(value, list):
        return []
    codes = []
    for actor in value:
        root = normalise_country_code(actor.get("code") or "")
        if not root:
            continue
        if root in UNRESOLVED_ROOTS:
            codes.append(resolve_actor_text(actor.get("actorText") or "", lang) or root)
            continue
        sector = (actor.get("sector") or "")[:3].upper()
        sector = sector if sector in SECTORS else GSR_SECTORS.get(sector)
        codes.append(root + (sector or ""))
    return list(dict.fromkeys(codes))


def resolve_actor_text(text: str, lang: str = "en") -> str | None:
    """The code the actor dictionary gives a name ("U.N. Security Council" -> UN), if any."""
    from dyads.actors import load_dictionary  # here: loading the dictionary takes a second

    mentions = [m for m in load_dictionary().find_mentions(text, lang=lang) if m.code]
    if not mentions:
        return None
    organisations = [m for m in mentions if m.kind == "organisation"]
    return (organisations or mentions)[0].code


# -- scoring -------------------------------------------------------------------------------

def strip_sector(code: str) -> str:
    """The country (or organisation) of an actor code: RUSGOV -> RUS, NATO -> NATO."""
    return root_of(code)


Key = tuple[str, frozenset[str], frozenset[str]]


def event_key(ptype: str, source: Iterable[str], target: Iterable[str], with_sector: bool) -> Key:
    def codes(values: Iterable[str]) -> frozenset[str]:
        normal = (normalise_country_code(c) for c in values if c)
        return frozenset(normal if with_sector else (strip_sector(c) for c in normal))
    return normalise_type(ptype), codes(source), codes(target)


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class Report:
    with_sector: bool
    overall: TypeScore
    per_type: dict[str, TypeScore]
    sentences: int
    empty_sentences: int
    gold_events: int
    predicted_events: int
    false_positives_on_empty: int
    flags_checked: int  # matched events whose gold says whether negated and hypothetical
    flags_agree: int  # ... and where the coder's flags equal the gold's
    errors: list[dict[str, Any]]  # misses and false positives, for inspection
    failures: list[dict[str, str]]  # sentences the coder raised on
    seconds: float = 0.0
    first_seconds: float = 0.0

    @property
    def precision(self) -> float:
        return self.overall.precision

    @property
    def recall(self) -> float:
        return self.overall.recall

    @property
    def f1(self) -> float:
        return self.overall.f1

    def to_dict(self, errors: bool = True) -> dict[str, Any]:
        out = {"matching": "full codes" if self.with_sector else "country codes",
               "precision": round(self.precision, 4), "recall": round(self.recall, 4),
               "f1": round(self.f1, 4), **{k: v for k, v in self.overall.to_dict().items()
                                            if k in ("tp", "fp", "fn")},
               "per_type": {t: s.to_dict() for t, s in self.per_type.items()},
               "false_positives_on_empty": self.false_positives_on_empty,
               "empty_sentences": self.empty_sentences, "sentences": self.sentences,
               "gold_events": self.gold_events, "predicted_events": self.predicted_events,
               "flags_checked": self.flags_checked, "flags_agree": self.flags_agree,
               "failures": self.failures,
               "seconds": round(self.seconds, 3), "first_seconds": round(self.first_seconds, 3)}
        if errors:
            out["errors"] = self.errors
        return out


def default_code_fn(text: str, lang: str, date: dt.date | None) -> list[Event]:
    from dyads import code_text
    return code_text(text, lang=lang, date=date)


@dataclass
class Predictions:
    """The coder's events for each gold sentence (None where it failed), and the time taken."""

    events: list[list[Event] | None]
    failures: list[dict[str, str]]
    seconds: float
    first_seconds: float = 0.0  # the first sentence, which pays for loading models


def predict(gold: Sequence[GoldSentence], code_fn: CodeFn | None = None,
            article_fn: ArticleCodeFn | None = None) -> Predictions:
    """Code every gold sentence once: sentences of whole articles within their article
    (`article_fn`), the others alone (`code_fn`). What the coder fails on is recorded, not
    fatal."""
    code_fn = code_fn or default_code_fn
    events: list[list[Event] | None] = [None] * len(gold)
    failures = []
    start = time.perf_counter()
    first = 0.0
    in_articles = [i for i, s in enumerate(gold) if s.para is not None and s.doc]
    if in_articles:
        failures += _predict_articles(gold, in_articles, article_fn or default_article_fn, events)
        first = time.perf_counter() - start
    alone = sorted(set(range(len(gold))) - set(in_articles))
    for i in alone:
        sentence = gold[i]
        try:
            events[i] = list(code_fn(sentence.text, sentence.lang, sentence.published))
        except Exception as exc:  # noqa: BLE001 - one bad sentence must not stop the run
            failures.append({"id": sentence.id, "error": f"{type(exc).__name__}: {exc}"})
        first = first or time.perf_counter() - start
    return Predictions(events, failures, time.perf_counter() - start, first)


def default_article_fn(articles: Sequence[Article]) -> list[list[Event]]:
    from dyads.coder import code_articles
    return [events for _, events in code_articles(articles)]


def gold_articles(gold: Sequence[GoldSentence], indices: Sequence[int]
                  ) -> list[tuple[Article, list[tuple[int, int, int]]]]:
    """Each article put back together from its gold sentences (a paragraph per `para`), with
    (gold index, start, end) of every sentence in the body."""
    by_doc: dict[str, list[int]] = {}
    for i in indices:
        by_doc.setdefault(gold[i].doc, []).append(i)
    out = []
    for doc, members in by_doc.items():
        body, spans, para = "", [], None
        for i in members:
            sentence = gold[i]
            if body:
                body += " " if sentence.para == para else "\n\n"
            para = sentence.para
            spans.append((i, len(body), len(body) + len(sentence.text)))
            body += sentence.text
        first = gold[members[0]]
        published = (dt.datetime.combine(first.published, dt.time(12), tzinfo=dt.timezone.utc)
                     if first.published else None)
        article = Article(id=doc, url=None, source=first.source, publisher=None, title=None,
                          description=None, published=published, modified=None, authors=[],
                          section=None, keywords=[], language=first.lang, image=None, body=body,
                          content_hash="", origin="gold")
        out.append((article, spans))
    return out


def _predict_articles(gold: Sequence[GoldSentence], indices: Sequence[int], article_fn: ArticleCodeFn,
                      events: list[list[Event] | None]) -> list[dict[str, str]]:
    """Code the articles and put each event in the gold sentence holding its trigger."""
    articles = gold_articles(gold, indices)
    failures = []
    try:
        coded = article_fn([a for a, _ in articles])
    except Exception as exc:  # noqa: BLE001 - recorded for every sentence, not fatal
        return [{"id": gold[i].id, "error": f"{type(exc).__name__}: {exc}"} for i in indices]
    for (article, spans), article_events in zip(articles, coded):
        for i, _, _ in spans:
            events[i] = []
        for event in article_events:
            trigger = event.spans.get("trigger") or [[0, 0]]
            at = event.sentence_start + trigger[0][0]
            holder = next((i for i, s, e in spans if s <= at < e), None)
            if holder is None:  # between two gold sentences: the one before
                holder = max((sp for sp in spans if sp[1] <= at), default=spans[0])[0]
            events[holder].append(event)
    return failures


def score(gold: Sequence[GoldSentence], predictions: Predictions,
          with_sector: bool = False) -> Report:
    """Precision, recall and F1 of coded events against the gold, overall and per type."""
    per_type = {t: TypeScore() for t in PLOVER_TYPES}
    errors: list[dict[str, Any]] = []
    fp_empty = n_pred = checked = agree = 0
    for sentence, predicted in zip(gold, predictions.events):
        predicted = predicted or []
        n_pred += len(predicted)
        gold_keys = [event_key(e.type, e.source, e.target, with_sector) for e in sentence.events]
        pred_keys = [event_key(e.type, e.source, e.target, with_sector) for e in predicted]
        matched = Counter(gold_keys) & Counter(pred_keys)
        if not sentence.events:
            fp_empty += len(predicted)
        for key, count in matched.items():
            per_type[key[0]].tp += count
        c, a = _flags_agree(sentence.events, gold_keys, predicted, pred_keys, matched)
        checked, agree = checked + c, agree + a
        for kind, keys in (("miss", Counter(gold_keys) - matched),
                           ("false positive", Counter(pred_keys) - matched)):
            for (ptype, source, target), count in keys.items():
                if kind == "miss":
                    per_type[ptype].fn += count
                else:
                    per_type[ptype].fp += count
                errors += [{"kind": kind, "id": sentence.id, "type": ptype,
                            "source": sorted(source), "target": sorted(target),
                            "text": sentence.text}] * count
    overall = TypeScore(*(sum(getattr(s, k) for s in per_type.values()) for k in ("tp", "fp", "fn")))
    return Report(with_sector=with_sector, overall=overall,
                  per_type={t: s for t, s in per_type.items() if s.tp + s.fp + s.fn},
                  sentences=len(gold), empty_sentences=sum(not s.events for s in gold),
                  gold_events=sum(len(s.events) for s in gold), predicted_events=n_pred,
                  false_positives_on_empty=fp_empty, flags_checked=checked,
                  flags_agree=agree, errors=errors,
                  failures=predictions.failures, seconds=predictions.seconds,
                  first_seconds=predictions.first_seconds)


def _flags_agree(gold_events, gold_keys, predicted, pred_keys, matched) -> tuple[int, int]:
    """(matched pairs whose gold flags are known, those where negated and hypothetical agree)."""
    checked = agree = 0
    for key, count in matched.items():
        g = [(e.negated, e.hypothetical) for e, k in zip(gold_events, gold_keys)
             if k == key and e.negated is not None and e.hypothetical is not None]
        p = [(bool(e.negated), bool(e.hypothetical)) for e, k in zip(predicted, pred_keys) if k == key]
        checked += min(count, len(g))
        agree += min(count, len(g), sum((Counter(g) & Counter(p)).values()))
    return checked, agree


def score_by(gold: Sequence[GoldSentence], predictions: Predictions, key: Callable[[GoldSentence], str | None],
             with_sector: bool = False) -> dict[str, Report]:
    """One report per group of sentences (per language, per source ...), in first-seen order."""
    groups: dict[str, list[int]] = {}
    for i, sentence in enumerate(gold):
        groups.setdefault(key(sentence) or "-", []).append(i)
    out = {}
    for name, members in groups.items():
        part = Predictions([predictions.events[i] for i in members], [], 0.0)
        out[name] = score([gold[i] for i in members], part, with_sector=with_sector)
    return out


CONFIDENCE_LEVELS = (0.5, 0.6, 0.7, 0.8, 0.9)


def score_by_confidence(gold: Sequence[GoldSentence], predictions: Predictions,
                        levels: Sequence[float] = CONFIDENCE_LEVELS,
                        with_sector: bool = False) -> dict[float, Report]:
    """One report per level: the events the coder gave at least that confidence, which is
    what a listing with `min_confidence` keeps (precision bought with recall)."""
    out = {}
    for level in levels:
        kept = [None if found is None else [e for e in found if e.confidence >= level]
                for found in predictions.events]
        out[level] = score(gold, Predictions(kept, [], 0.0), with_sector=with_sector)
    return out


def articles_in(gold: Sequence[GoldSentence]) -> int:
    """How many whole articles the gold sentences come from (0 for loose sentences)."""
    return len({s.doc for s in gold if s.doc and s.para is not None})


def evaluate(gold: Sequence[GoldSentence], code_fn: CodeFn | None = None,
             with_sector: bool = False) -> Report:
    """Code the gold sentences with `code_fn` (default: dyads' coder) and score the events."""
    return score(gold, predict(gold, code_fn), with_sector=with_sector)
