"""The learned part of the coder: how likely a rule's candidate event is one an analyst codes.

The dependency rules propose candidate events (a trigger, its source and target, its flags);
a logistic regression trained on the project's annotated real news (`scripts/train_coder.py`,
gold/*.jsonl, train split) scores each one from what the rules know about it: the trigger
entry and type, the rule that attached source and target and how (subject, pronoun, owner,
fallback ...), the kinds of actors (a state, a person named earlier, a group noun given the
sentence's country), the flags, the clause the trigger sits in, and the words around it that
say the sentence is about sport, business or page furniture. Candidates under the model's
threshold (chosen on the dev split) are dropped; the others keep the probability as their
confidence, and the event's `rule` names the model that kept it.

The model is a JSON file of feature weights per language in `coder/models/<lang>/`, shipped
with the package; applying it is a sum of weights. No model file: every candidate is kept
with the rule's own confidence.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dyads.codes import ActorCode
from dyads.folding import fold

if TYPE_CHECKING:
    from dyads.coder.events import Draft
    from dyads.model import Mention

MODEL_DIR = Path(__file__).parent / "models"


@dataclass(frozen=True)
class ScorerModel:
    """Weights of a logistic regression over candidate features, and the kept threshold."""

    name: str
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: list[str]) -> float:
        return logistic(self.bias + sum(self.weights.get(f, 0.0) for f in features))


def logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def model_data(lang: str, name: str) -> dict | None:
    """The shipped model file `coder/models/<lang>/<name>.json`, read; None without one."""
    path = MODEL_DIR / lang / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


@functools.cache
def load_scorer(lang: str) -> ScorerModel | None:
    data = model_data(lang, "scorer")
    return data and ScorerModel(data["name"], data["weights"], data["bias"], data["threshold"])


def mention_kind(mention: "Mention") -> str:
    """What kind of naming found an actor: dictionary kind, or how the article or the
    sentence supplied it."""
    entry = (mention.entry or "").split(" ", 1)[0]
    if entry in ("surname", "pronoun", "role", "name"):
        return f"ref-{entry}"
    if (mention.entry or "").startswith("group noun"):
        return "group"
    return mention.kind or "none"


def _sector(code: str | None) -> str:
    if not code:
        return "none"
    parsed = ActorCode.parse(code)
    return parsed.sector or ("country" if parsed.country else "org")


def candidate_features(draft: "Draft", topic: frozenset[str] = frozenset()) -> list[str]:
    """The features of one candidate event (strings; conjunctions joined by '&')."""
    trigger = draft.trigger_tokens[0]
    predicate = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    # "en:verb:subject/obj+intent": the rules that found source and target (RULES.md)
    _, head_kind, rules = (draft.rule.split(":", 2) + ["?", "?", "?/?"])[:3]
    subject_how, _, target_how = rules.split("+")[0].partition("/")
    source_kinds = sorted({mention_kind(m) for m in draft.source if m.code}) or ["none"]
    target_kinds = sorted({mention_kind(m) for m in draft.target if m.code}) or ["none"]
    source_sectors = sorted({_sector(m.code) for m in draft.source if m.code}) or ["none"]
    target_sectors = sorted({_sector(m.code) for m in draft.target if m.code}) or ["none"]
    feats = [
        f"type={draft.type}", f"entry={draft.entry}", f"subject={subject_how}", f"head={head_kind}",
        f"target={target_how}", f"rule={draft.rule}",
        f"negated={draft.negated}", f"hypothetical={draft.hypothetical}",
        f"reported={bool(draft.reported_by)}", f"untargeted={draft.untargeted}",
        f"type&untargeted={draft.type}&{draft.untargeted}",
        f"lexicon={draft.entry.split(':')[1] if draft.entry.count(':') > 1 else 'hand'}",
        f"trigger_dep={trigger.dep_.lower()}", f"predicate_dep={predicate.dep_.lower()}",
        f"predicate_tag={predicate.tag_}",
        f"n_sources={min(len(draft.source_codes), 3)}", f"n_targets={min(len(draft.target_codes), 3)}",
        f"type&subject={draft.type}&{subject_how}", f"type&target={draft.type}&{target_how}",
        f"type&hyp={draft.type}&{draft.hypothetical}",
    ]
    feats += [f"source_kind={k}" for k in source_kinds] + [f"target_kind={k}" for k in target_kinds]
    feats += [f"source_sector={s}" for s in source_sectors] + [f"target_sector={s}" for s in target_sectors]
    feats += [f"type&source_kind={draft.type}&{k}" for k in source_kinds]
    feats += [f"type&target_kind={draft.type}&{k}" for k in target_kinds]
    source_countries = {ActorCode.parse(c).country for c in draft.source_codes} - {None}
    target_countries = {ActorCode.parse(c).country for c in draft.target_codes} - {None}
    if source_countries & target_countries:
        feats.append("domestic")
    feats += [f"topic={t}" for t in sorted(topic)] + [f"type&topic={draft.type}&{t}" for t in sorted(topic)]
    feats.append(f"lemma={fold(trigger.lemma_)}")
    return feats


def sentence_topics(words: set[str], topic_words: dict[str, frozenset[str]]) -> frozenset[str]:
    """The topics (sport, business, furniture ...) whose words the sentence holds."""
    return frozenset(t for t, vocabulary in topic_words.items() if words & vocabulary)
