"""Score an event coder against gold sentences (`dyads eval`).

Two gold formats are read, told apart record by record:

* dyads' own JSON lines (`seeds_gold.jsonl`): `{"id", "published", "text", "events": [{"source":
  [codes], "target": [codes], "event", "negated", "hypothetical", ...}]}`;
* the PLOVER Gold Standard Records (`plover_gsr_dev.json`, a JSON array): `source`/`target` are
  lists of `{actorText, code, sector}` (or "" / null), event names are early PLOVER names, and
  country codes are CAMEO's. DOCUMENT records are skipped; records with the same text are one
  sentence with several events; IGO/NGO/IMG actors are resolved from their `actorText` with
  the actor dictionary ("U.N. Security Council" -> UN); reciprocal subjects (markup `SRC/TAR`)
  are all sources with an empty target, as in dyads' conventions.

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
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from dyads.actors.dictionary import SECTORS
from dyads.model import Event
from dyads.ontology import PLOVER_TYPES, normalise_country_code, normalise_type

CodeFn = Callable[[str, str, "dt.date | None"], Sequence[Event]]

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


# -- reading -------------------------------------------------------------------------------

def load_gold(path: str | Path) -> list[GoldSentence]:
    """The gold sentences of a file in either format (see the module docstring)."""
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
        try:
            sentence = _gsr_sentence(record) if _is_gsr(record) else _jsonl_sentence(record)
        except (KeyError, TypeError, ValueError) as exc:
            raise GoldFileError(f"{path}:{where}: bad gold record ({exc})") from None
        same = by_text.get(sentence.text)
        if same is not None and _is_gsr(record):
            same.events += sentence.events  # one GSR record per event: gather the sentence
            continue
        by_text[sentence.text] = sentence
        sentences.append(sentence)
    if not sentences:
        raise GoldFileError(f"{path}: no gold sentences in the file")
    return sentences


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
    return GoldSentence(id=str(record["id"]), text=text, lang=_language(record, text),
                        published=_date(record.get("published")), events=events,
                        doc=record.get("doc"))


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
    if len(code) >= 5 and code[-3:] in SECTORS:
        return code[:-3]
    return code


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


def predict(gold: Sequence[GoldSentence], code_fn: CodeFn | None = None) -> Predictions:
    """Code every gold sentence once; a sentence the coder fails on is recorded, not fatal."""
    code_fn = code_fn or default_code_fn
    events: list[list[Event] | None] = []
    failures = []
    start = time.perf_counter()
    first = 0.0
    for sentence in gold:
        try:
            events.append(list(code_fn(sentence.text, sentence.lang, sentence.published)))
        except Exception as exc:  # noqa: BLE001 - one bad sentence must not stop the run
            events.append(None)
            failures.append({"id": sentence.id, "error": f"{type(exc).__name__}: {exc}"})
        first = first or time.perf_counter() - start
    return Predictions(events, failures, time.perf_counter() - start, first)


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


def evaluate(gold: Sequence[GoldSentence], code_fn: CodeFn | None = None,
             with_sector: bool = False) -> Report:
    """Code the gold sentences with `code_fn` (default: dyads' coder) and score the events."""
    return score(gold, predict(gold, code_fn), with_sector=with_sector)
