"""Dependency patterns: who is the source and who the target of a trigger.

Works on one parsed sentence at a time (a spaCy Doc) with the actor mentions found in it.
The labels of both pipelines are handled: Universal Dependencies for French
(`nsubj`, `obj`, `obl:arg`, `obl:agent`, `acl:relcl` ...) and ClearNLP for English
(`nsubj`, `dobj`, `dative`, `prep`/`pobj`, `agent`, `relcl` ...).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyads.coder.lexicon import Lexicon, fold
from dyads.model import Mention

SUBJECT = {"nsubj", "csubj"}
PASSIVE_SUBJECT = {"nsubj:pass", "nsubjpass", "csubjpass"}
OBJECT = {"obj", "dobj"}
CLAUSE = {"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "relcl", "parataxis", "csubj", "conj",
          "pcomp", "advcl:cleft"}
NOUN_MODIFIERS = {"amod", "flat:name", "flat", "flat:foreign", "appos", "compound", "poss",
                  "nmod:poss", "fixed", "nn", "name", "npadvmod"}
OBLIQUE = {"obl", "obl:arg", "obl:mod", "obl:agent", "iobj", "nmod", "obj", "dobj"}
PARTITIVE = {"des", "du", "de", "d'", "de la"}


def dep(token: Token) -> str:
    return token.dep_.lower()


def is_verbal(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and token.tag_ == "VBN")


def case_word(token: Token) -> str | None:
    """The preposition introducing a nominal (French `case` child), folded."""
    for child in token.children:
        if dep(child) == "case":
            fixed = [fold(g.text) for g in child.children if dep(g) == "fixed"]
            return " ".join([fold(child.lemma_ if child.lemma_ in ("à", "de") else child.text)] + fixed)
    return None


@dataclass
class Found:
    """Mentions reached for an argument and how they were reached (for confidence)."""

    mentions: list[Mention]
    how: str = "direct"  # direct | owner | fallback | pronoun | inherited | none
    tokens: tuple[Token, ...] = ()


class SentenceSyntax:
    """Argument finding over one parsed sentence and its mentions (sentence-relative offsets)."""

    def __init__(self, doc: Doc, mentions: list[Mention], lexicon: Lexicon):
        self.doc = doc
        self.lexicon = lexicon
        self.lang = lexicon.language
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.by_token: dict[int, list[Mention]] = {}
        for mention in self.mentions:
            for token in doc:
                if token.idx < mention.end and token.idx + len(token.text) > mention.start:
                    self.by_token.setdefault(token.i, []).append(mention)
        self.pronouns = lexicon.words("pronouns")
        self.relatives = lexicon.words("relative_pronouns")
        self.owner_preps = lexicon.words("owner_preps")
        self.non_agents = lexicon.words("non_agents")

    # -- noun phrases --------------------------------------------------------------------
    def phrase_mentions(self, token: Token, owners: bool = True, _depth: int = 0) -> list[Mention]:
        """Mentions of the noun phrase headed by `token`: the head, its modifiers, its
        coordinated nouns, and (with `owners`) the "de X"/"of X"/"X's" that own it."""
        found = list(self.by_token.get(token.i, []))
        if _depth > 6:
            return found
        owned: list[Mention] = []
        for child in token.children:
            label = dep(child)
            if label in NOUN_MODIFIERS or (label == "conj" and not is_verbal(child)):
                found += self.phrase_mentions(child, owners, _depth + 1)
            elif owners and label in ("nmod", "obl", "obl:mod", "obl:arg") and case_word(child) in self.owner_preps:
                owned += self.phrase_mentions(child, owners, _depth + 1)
            elif owners and label in ("prep", "agent") and fold(child.text) in self.owner_preps:
                for pobj in child.children:
                    if dep(pobj) == "pobj":
                        owned += self.phrase_mentions(pobj, owners, _depth + 1)
        # "les propositions de Moscou": the owner counts when the phrase names no actor itself
        # ("the Turkish side of the island of Cyprus" is Turkish, not Cypriot).
        return _unique(found if found else owned)

    def is_pronoun(self, token: Token) -> bool:
        return token.pos_ == "PRON" and fold(token.text) in self.pronouns

    def is_relative(self, token: Token) -> bool:
        return token.pos_ == "PRON" and (fold(token.text) in self.relatives or "Rel" in token.morph.get("PronType"))

    # -- arguments of a predicate ------------------------------------------------------------
    def children(self, token: Token, labels: set[str]) -> list[Token]:
        return [c for c in token.children if dep(c) in labels]

    def is_passive(self, verb: Token) -> bool:
        return any(dep(c) in PASSIVE_SUBJECT or dep(c) in ("aux:pass", "auxpass") for c in verb.children)

    def agent(self, verb: Token) -> list[Token]:
        out = []
        for child in verb.children:
            label = dep(child)
            if label == "obl:agent" or (label in ("obl", "obl:mod", "obl:arg", "nmod") and case_word(child) == "par"):
                out.append(child)
            elif label == "agent":
                out += [g for g in child.children if dep(g) == "pobj"]
        return out

    def objects(self, verb: Token) -> list[Token]:
        out = self.children(verb, OBJECT)
        # French "envoyer des réponses" is often parsed as an oblique with a partitive "des".
        out += [c for c in verb.children if dep(c) == "obl:arg" and case_word(c) in PARTITIVE
                and c.i > verb.i and c.pos_ == "NOUN"]
        return out + [g for o in out for g in o.children if dep(g) == "conj" and not is_verbal(g)]

    def prep_args(self, head: Token, prep: str, deep: bool = True) -> list[Token]:
        """Nominals introduced by `prep` under `head`; one level deeper when the parser
        attached them to another complement ("répondu par la négative aux propositions")."""
        out = []
        for child in head.children:
            label = dep(child)
            if label in OBLIQUE and case_word(child) == prep:
                out.append(child)
            elif label in ("prep", "agent") and (fold(child.text) == prep or fold(child.lemma_) == prep):
                out += [g for g in child.children if dep(g) in ("pobj", "pcomp")]
        if not out and deep:
            for child in head.children:
                if dep(child) in OBLIQUE or dep(child) == "prep":
                    out += self.prep_args(child, prep, deep=False)
                    for conj in child.children:
                        if dep(conj) == "conj" and not is_verbal(conj):
                            out += self.prep_args(conj, prep, deep=False)
        return out + [g for o in out for g in o.children if dep(g) == "conj" and not is_verbal(g)]

    def slot_tokens(self, verb: Token, slot: str) -> list[Token]:
        if slot == "obj":
            if self.is_passive(verb):
                return self.children(verb, PASSIVE_SUBJECT)
            return self.objects(verb)
        if slot in ("iobj", "dative"):
            return self.children(verb, {"iobj", "dative"})
        if slot == "ccomp_subj":
            return [s for c in self.children(verb, {"ccomp"}) for s in self.children(c, SUBJECT | PASSIVE_SUBJECT)]
        if slot == "xcomp":
            return self.children(verb, {"xcomp"})
        if slot == "condition_subj":  # "unless Baghdad accepts", "si Kiev refuse"
            marks = self.lexicon.words("hypothetical_mark") | self.lexicon.words("threat_conditions")
            clauses = [c for v in [verb] + self.children(verb, {"xcomp"}) for c in self.children(v, {"advcl"})
                       if any(dep(g) == "mark" and fold(g.text) in marks for g in c.children)]
            return [s for c in clauses for s in self.children(c, SUBJECT | PASSIVE_SUBJECT)]
        if slot == "obj_subtree":
            return [t for o in self.objects(verb) for t in o.subtree]
        return self.prep_args(verb, slot)

    # -- source -----------------------------------------------------------------------------
    def source(self, verb: Token, _seen: frozenset[int] = frozenset()) -> Found:
        """The actor doing what `verb` says: its subject, the agent of a passive, the noun a
        relative or participle clause modifies, the subject shared by coordinated verbs or
        a controlling verb; pronouns resolved to the subject of the governing clause."""
        if verb.i in _seen:
            return Found([], "none")
        seen = _seen | {verb.i}
        if self.is_passive(verb):
            agents = self.agent(verb)
            mentions = _unique([m for a in agents for m in self.phrase_mentions(a)])
            return Found(mentions, "direct" if mentions else "none", tuple(agents))
        subjects = self.children(verb, SUBJECT)
        if subjects:
            return self._resolve_subject(verb, subjects, seen)
        label = dep(verb)
        head = verb.head
        if label == "xcomp" and head.pos_ == "ADJ" and head.head is not head:  # "is willing to withdraw"
            head = head.head
        if label in ("conj", "xcomp") and head is not verb and is_verbal(head):
            found = self.source(head, seen)
            return Found(found.mentions, found.how if found.how != "direct" else "inherited", found.tokens)
        if label in ("acl:relcl", "relcl"):
            return self._noun_source(head)
        if label == "acl" and head.pos_ in ("NOUN", "PROPN"):
            if "Past" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm") or verb.tag_ == "VBN":
                agents = self.agent(verb)
                mentions = _unique([m for a in agents for m in self.phrase_mentions(a)])
                return Found(mentions, "direct" if mentions else "none", tuple(agents))
            return self._noun_source(head)
        if label == "advcl" and ("Ger" in verb.morph.get("VerbForm") or verb.tag_ == "VBG"
                                 or "Part" in verb.morph.get("VerbForm")) and is_verbal(head):
            found = self.source(head, seen)
            return Found(found.mentions, "inherited" if found.mentions else "none", found.tokens)
        return self.left_source(verb)

    def _noun_source(self, noun: Token) -> Found:
        """The noun a relative or participle clause modifies, when it can act: "the
        resolution that aims to ..." is a document, not the Security Council."""
        if fold(noun.lemma_) in self.non_agents:
            return Found([], "none", (noun,))
        mentions = self.phrase_mentions(noun)
        return Found(mentions, "direct" if mentions else "none", (noun,))

    def _resolve_subject(self, verb: Token, subjects: list[Token], seen: frozenset[int]) -> Found:
        subject = subjects[0]
        if self.is_relative(subject) and dep(verb) in ("acl:relcl", "relcl"):
            return self._noun_source(verb.head)
        if self.is_pronoun(subject) and not self.by_token.get(subject.i):
            for ancestor in verb.ancestors:
                if ancestor.i in seen or not is_verbal(ancestor):
                    continue
                found = self.source(ancestor, seen)
                if found.mentions:
                    return Found(found.mentions, "pronoun", found.tokens)
            return Found([], "none", (subject,))
        mentions = _unique([m for s in subjects for m in self.phrase_mentions(s)])
        return Found(mentions, "direct" if mentions else "none", tuple(subjects))

    def left_source(self, verb: Token) -> Found:
        """Fallback when the parser found no subject: the actors written just before the
        verb group ("Washington et l'Alliance ont proposé"), across auxiliaries, adverbs,
        clitics, determiners and coordinators only."""
        start = min([verb.i] + [c.i for c in verb.children if dep(c).startswith("aux") or dep(c) in ("neg", "advmod") and c.i < verb.i])
        found: list[Mention] = []
        i = start - 1
        while i >= 0:
            token = self.doc[i]
            if self.by_token.get(i):
                found = self.by_token[i] + found
            elif token.pos_ in ("AUX", "ADV", "PART", "DET", "CCONJ") or fold(token.text) in (",", "ne", "n'", "se", "s'"):
                pass
            else:
                break
            i -= 1
        return Found(_unique(found), "fallback" if found else "none")

    # -- target -----------------------------------------------------------------------------
    def target(self, verb: Token, slots: tuple[str, ...], source_tokens: tuple[Token, ...] = ()) -> Found:
        """The first slot that holds a nominal: its mentions, or those of whoever owns it
        ("aux propositions de Moscou"). A nominal with no actor gives an empty target."""
        saw_nominal = False
        for slot in slots:
            tokens = [t for t in self.slot_tokens(verb, slot) if t not in source_tokens]
            if not tokens:
                continue
            if slot == "xcomp":
                for xcomp in tokens:
                    found = self.target(xcomp, self.content_slots(xcomp))
                    if found.mentions:
                        return Found(found.mentions, "inherited", found.tokens)
                continue
            if slot not in ("obj", "obj_subtree"):  # a recipient with no code, not a thing
                saw_nominal = True
            direct = _unique([m for t in tokens for m in self.by_token.get(t.i, [])])
            mentions = _unique([m for t in tokens for m in self.phrase_mentions(t)])
            if mentions:
                return Found(mentions, "direct" if direct else "owner", tuple(tokens))
        return Found([], "nominal" if saw_nominal else "none")

    def default_target(self) -> tuple[str, ...]:
        return tuple(fold(s) for s in self.lexicon.grammar.get("target", ()))

    def content_slots(self, verb: Token) -> tuple[str, ...]:
        """Where the target of what is promised, asked or threatened lies: the slots of the
        content verb's own lexicon entry, else the defaults plus its location."""
        for entry in self.lexicon.candidates(verb.lemma_, "verb"):
            if entry.target:
                return tuple(s for s in entry.target if s != "xcomp")
        return tuple(s for s in self.default_target() if s != "xcomp") + tuple(self.lexicon.words("location_preps"))

    def sibling_target(self, verb: Token, exclude: set[str]) -> Found:
        """The actor that coordinated predicates of the same subject are about ("ne
        constituait pas de menace pour la Russie, mais n'acceptait pas de compromis")."""
        root = verb
        while dep(root) == "conj" and root.head is not root:
            root = root.head
        group = [root] + [c for c in root.subtree if dep(c) == "conj" and c.head in (root,) and is_verbal(c)]
        codes: dict[str, Mention] = {}
        for predicate in group:
            if predicate is verb:
                continue
            for child in predicate.children:
                if dep(child) in SUBJECT | PASSIVE_SUBJECT or dep(child) in CLAUSE:
                    continue
                for token in child.subtree:
                    for mention in self.by_token.get(token.i, []):
                        if mention.code and mention.code not in exclude:
                            codes.setdefault(mention.code, mention)
        if len(codes) == 1:
            return Found(list(codes.values()), "inherited")
        return Found([], "none")


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in mentions:
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out
