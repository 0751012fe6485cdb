"""The learned part of the coder that finds events the lexicon does not know: sentence -> types.

A one-vs-rest logistic regression per PLOVER type over the words of a parsed sentence (the
lemmas of its verbs, nouns and adjectives, and those of the verbs with their dependency
relation), trained on the project's annotated real news (`scripts/train_coder.py`, train
split; thresholds chosen on the dev split). Where it says a sentence holds an event of a type
the rules did not code there, the event is made from the sentence's own words: its trigger is
the word that weighs most for that type, and its source and target are found from that word
by the same dependency rules as any trigger's (dyads.coder.sources, dyads.coder.targets).
Events made so name the model in their rule (`<lang>:model:<source rule>/<target rule>;typer-..`)
and carry its probability as their confidence.

The model is a JSON file of weights per language in `coder/models/<lang>/typer.json`, shipped
with the package; without it, nothing is added.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyads.folding import fold
from dyads.coder.scorer import logistic, model_data

CONTENT = ("VERB", "NOUN", "ADJ", "PROPN")


@dataclass(frozen=True)
class TyperModel:
    name: str
    weights: dict[str, dict[str, float]]  # type -> feature -> weight
    bias: dict[str, float]
    threshold: dict[str, float]

    def probabilities(self, features: list[str]) -> dict[str, float]:
        out = {}
        for event_type, weights in self.weights.items():
            out[event_type] = logistic(self.bias[event_type] + sum(weights.get(f, 0.0) for f in features))
        return out

    def trigger(self, doc: Doc, event_type: str, skip=lambda token: False) -> Token | None:
        """The word of the sentence that weighs most for `event_type` (a verb or a noun that
        `skip` does not rule out: an actor's own words, a reporting verb)."""
        weights = self.weights[event_type]
        best, best_weight = None, 0.0
        for token in doc:
            if token.pos_ not in ("VERB", "NOUN") or skip(token):
                continue
            weight = max(weights.get(f, 0.0) for f in token_features(token))
            if weight > best_weight:
                best, best_weight = token, weight
        return best


@functools.cache
def load_typer(lang: str) -> TyperModel | None:
    data = model_data(lang, "typer")
    return data and TyperModel(data["name"], data["weights"], data["bias"], data["threshold"])


def token_features(token: Token) -> list[str]:
    lemma = fold(token.lemma_)
    out = [f"w={lemma}"]
    if token.pos_ == "VERB":
        out.append(f"v={lemma}&{token.dep_.lower()}")
    return out


def sentence_features(doc: Doc) -> list[str]:
    """The features of a sentence: its content words and verbs with their relation."""
    features = {f for t in doc if t.pos_ in CONTENT and not t.is_stop for f in token_features(t)}
    return sorted(features)
