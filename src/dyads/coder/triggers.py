"""Find the lexicon triggers of a parsed sentence: verbs (with their required object,
particle, reflexive clitic or companion word) and event nouns carried by a light verb."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyads.coder.lexicon import Entry, Lexicon, fold
from dyads.coder.syntax import CLAUSE, OBJECT, PASSIVE_SUBJECT, SentenceSyntax, dep

REFLEXIVE = {"expl:comp", "expl:pv", "expl", "iobj", "obj"}


@dataclass
class Match:
    entry: Entry
    trigger: Token  # the verb or noun of the lexicon entry
    predicate: Token  # the verb whose arguments hold source and target
    tokens: tuple[Token, ...]  # every word of the trigger, for its span


def local_tokens(token: Token, depth: int = 2) -> list[Token]:
    """Dependents of `token` down to `depth`, not entering other clauses."""
    out, frontier = [], [token]
    for _ in range(depth):
        frontier = [c for t in frontier for c in t.children if dep(c) not in CLAUSE]
        out += frontier
    return out


class TriggerFinder:
    def __init__(self, lexicon: Lexicon, syntax: SentenceSyntax):
        self.lexicon = lexicon
        self.syntax = syntax
        self.support = lexicon.words("support")
        self.reporting = lexicon.words("reporting")

    def find(self, doc: Doc) -> list[Match]:
        verbs = {}
        for token in doc:
            if token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and "Part" in token.morph.get("VerbForm")):
                if self._is_reporting(token):
                    continue
                match = self._verb(token)
                if match:
                    verbs[token.i] = match
        nouns = []
        for token in doc:
            if token.pos_ == "NOUN":
                match = self._noun(token)
                # "reach an agreement" is the verb's event; the noun is not coded again.
                if match and match.predicate.i not in verbs:
                    nouns.append(match)
        return sorted(list(verbs.values()) + nouns, key=lambda m: m.trigger.i)

    def _is_reporting(self, verb: Token) -> bool:
        """"a soutenu que", "insisted that": a reporting verb with its clause reports, it is
        not an event itself (the clause is coded instead)."""
        return fold(verb.lemma_) in self.reporting and any(dep(c) == "ccomp" for c in verb.children)

    def _verb(self, verb: Token) -> Match | None:
        for lemma in dict.fromkeys((fold(verb.lemma_), fold(verb.text))):
            for entry in self.lexicon.candidates(lemma, "verb"):
                extra = self._fits(entry, verb)
                if extra is not None:
                    return Match(entry, verb, verb, (verb, *extra))
        return None

    def _fits(self, entry: Entry, verb: Token) -> tuple[Token, ...] | None:
        extra: list[Token] = []
        if entry.reflexive:
            clitic = [c for c in verb.children if dep(c) in REFLEXIVE and fold(c.text) in ("se", "s'", "s")]
            if not clitic:
                return None
        if entry.particle:
            words = entry.particle.split()
            near = [c for c in verb.children if fold(c.text) == words[0] and dep(c) in ("prt", "prep", "advmod", "compound:prt")]
            if not near:
                return None
            extra += near
        if entry.object:
            objects = self.syntax.objects(verb) or (self.syntax.children(verb, PASSIVE_SUBJECT) if self.syntax.is_passive(verb) else [])
            objects += [c for c in verb.children if dep(c) in ("obl:arg",) and c.pos_ == "NOUN"]
            hit = [o for o in objects if fold(o.lemma_) in entry.object or fold(o.text) in entry.object]
            if not hit:
                return None
            extra += hit[:1]
        if entry.with_:
            hit = [t for t in local_tokens(verb) if fold(t.lemma_) in entry.with_ or fold(t.text) in entry.with_]
            if not hit:
                return None
            extra += hit[:1]
        return tuple(extra)

    def _noun(self, noun: Token) -> Match | None:
        entries = self.lexicon.candidates(noun.lemma_, "noun") or self.lexicon.candidates(noun.text, "noun")
        if not entries:
            return None
        carrier = noun.head
        if carrier is noun or dep(noun) not in OBJECT | PASSIVE_SUBJECT | {"obl:arg", "obl", "obl:mod", "pobj", "attr"}:
            return None
        if dep(noun) == "pobj":  # "engage in talks": through the preposition only
            if fold(carrier.text) not in ("in", "into", "on", "to"):
                return None
            carrier = carrier.head
        if carrier.pos_ not in ("VERB", "AUX"):
            return None
        for entry in entries:
            support = entry.support if entry.support is not None else self.support
            if fold(carrier.lemma_) in support:
                return Match(entry, noun, carrier, (carrier, noun))
        return None
