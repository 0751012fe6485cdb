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
# French preposition + article contractions, read as their preposition.
CONTRACTIONS = {"au": "à", "aux": "à", "du": "de", "des": "de"}
# Nouns owned through "with": "near its border with Guyana" is about Guyana.
BOUNDARIES = {"border", "borders", "frontier", "boundary", "crossing", "crossings", "frontière", "frontières",
              "poste-frontière", "postes-frontières"}
# Waters named after a country are places, not that country ("fired a missile into the Sea of Japan").
WATERS = {"sea", "gulf", "ocean", "strait", "straits", "bay", "mer", "golfe", "océan", "détroit", "baie"}
# Target slots that are not prepositions (see SentenceSyntax.slot_tokens).
ARGUMENT_SLOTS = {"obj", "iobj", "dative", "ccomp_subj", "xcomp", "condition_subj", "obj_subtree", "purpose", "location"}


def dep(token: Token) -> str:
    return token.dep_.lower()


def is_verbal(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and token.tag_ == "VBN")


def is_past_participle(token: Token) -> bool:
    return token.tag_ == "VBN" or ("Past" in token.morph.get("Tense") and "Part" in token.morph.get("VerbForm"))


def case_word(token: Token) -> str | None:
    """The preposition introducing a nominal (French `case` child), folded."""
    for child in token.children:
        if dep(child) == "case":
            fixed = [fold(g.text) for g in child.children if dep(g) == "fixed"]
            word = fold(child.lemma_ if child.lemma_ in ("à", "de") else child.text)
            # "près de l'Ukraine": the parser often makes "près" an advmod beside "de"
            before = [fold(g.text) for g in token.children if dep(g) == "advmod" and g.i == child.i - 1]
            if word == "de" and not fixed and before:
                return f"{before[0]} de"
            if not fixed:  # the parser does not always lemmatize "au Niger", "du Mali"
                word = CONTRACTIONS.get(word, word)
            return " ".join([word] + fixed)
    return None


@dataclass
class Found:
    """Mentions reached for an argument and how they were reached (for confidence)."""

    mentions: list[Mention]
    how: str = "direct"  # direct | owner | fallback | pronoun | inherited | none
    tokens: tuple[Token, ...] = ()


class SentenceSyntax:
    """Argument finding over one parsed sentence and its mentions (sentence-relative offsets)."""

    def __init__(self, doc: Doc, mentions: list[Mention], lexicon: Lexicon,
                 antecedent: Mention | None = None):
        self.doc = doc
        self.previous_person = antecedent  # whom a personal subject pronoun stands for
        self.lexicon = lexicon
        self.lang = lexicon.language
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.by_token: dict[int, list[Mention]] = {}
        for mention in self.mentions:
            for token in doc:
                if token.idx < mention.end and token.idx + len(token.text) > mention.start:
                    self.by_token.setdefault(token.i, []).append(mention)
        self.traits = lexicon.traits
        self.be_auxiliary_verbs = lexicon.words("be_auxiliary_verbs")
        self.passive_participles = lexicon.words("passive_participles")
        self.pronouns = lexicon.words("pronouns")
        self.party_nouns = lexicon.words("party_nouns")
        self.reference_pronouns = frozenset((lexicon.grammar.get("references") or {}).get("pronouns", ()))
        self.relatives = lexicon.words("relative_pronouns")
        self.owner_preps = lexicon.words("owner_preps")
        self.non_agents = lexicon.words("non_agents")
        self.location_preps = lexicon.words("location_preps")
        self.issuing = lexicon.words("issuing")
        self.statal = lexicon.words("statal")
        group_nouns = lexicon.grammar.get("group_nouns") or {}
        if group_nouns:
            self._add_group_mentions(group_nouns)

    # -- actors the dictionary cannot see ---------------------------------------------------
    def _add_group_mentions(self, group_nouns: dict[str, str]) -> None:
        """"The police", "students", "the opposition newspaper": a group noun with no country
        of its own belongs to the country the sentence is about (the place it names, else
        its only country), so that a government and its own police or opposition are both
        actors. With no such country the noun stays unresolved."""
        country = self.sentence_country()
        for token in self.doc:
            if token.pos_ not in ("NOUN", "PROPN") or token.i in self.by_token or dep(token) == "compound":
                continue
            # the head noun, else a noun compounded with it ("opposition leaders", "rebel stronghold")
            words = [token] + [c for c in token.children if dep(c) in ("compound", "amod") and self._modifies(c, token)]
            sectors = [group_nouns.get(fold(w.text)) or group_nouns.get(fold(w.lemma_)) for w in words]
            sector = next((s for s in sectors if s), None)
            if sector is None:
                continue
            if self.phrase_mentions(token):
                self._join_nationality(token, sector)
                continue
            # "Israeli warplanes bombed ..., the army said": the army already named
            named = {mention_country(m) for m in self.mentions if m.code and m.code.endswith(sector)} - {None}
            owner = self._possessor_country(token) or (next(iter(named)) if len(named) == 1 else country)
            if owner is None:
                continue
            mention = Mention(token.idx, token.idx + len(token.text), token.text, owner + sector, "sector",
                              f"group noun {fold(token.text)!r} + {owner} (the sentence's country)")
            self.mentions.append(mention)
            self.by_token[token.i] = [mention]

    def _possessor_country(self, noun: Token) -> str | None:
        """"The Russian ministry said its air defences ...", "la Pologne a placé son aviation":
        a possessive pronoun on a group noun stands for the subject of a governing clause."""
        if not any(dep(c) in ("poss", "nmod:poss") or (c.pos_ == "DET" and "Yes" in c.morph.get("Poss"))
                   for c in noun.children):
            return None
        for verb in noun.ancestors:
            if not is_verbal(verb):
                continue
            for subject in self.children(verb, SUBJECT | PASSIVE_SUBJECT):
                if subject.i == noun.i or noun in subject.subtree:
                    continue
                countries = {mention_country(m) for t in subject.subtree for m in self.by_token.get(t.i, [])} - {None}
                if len(countries) == 1:
                    return next(iter(countries))
        return None

    def _modifies(self, modifier: Token, noun: Token) -> bool:
        """An adjective of the noun phrase: before the noun in English, either side in French
        ("des manifestants kényans", "des hommes armés")."""
        return modifier.i < noun.i or self.traits.get("adjective_after_noun", False)

    def _join_nationality(self, token: Token, sector: str) -> None:
        """"Palestinian detainees", "Iraqi civilian refugees": a bare nationality adjective on a
        group noun the dictionary does not know becomes one mention COUNTRY+SECTOR."""
        adjectives = [c for c in token.children if dep(c) in ("amod", "compound") and self._modifies(c, token)]
        found = [m for c in adjectives for m in self.by_token.get(c.i, [])]
        if len({m.code for m in found}) != 1 or len(found[0].code or "") != 3 or mention_country(found[0]) is None:
            return
        old = found[0]
        mention = Mention(old.start, token.idx + len(token.text), self.doc.text[old.start:token.idx + len(token.text)],
                          old.code + sector, "sector", f"{old.entry} + {sector} (group noun {fold(token.text)!r})")
        self.mentions = [m for m in self.mentions if m is not old] + [mention]
        for i, mentions in self.by_token.items():
            self.by_token[i] = [mention if m is old else m for m in mentions]
        self.by_token[token.i] = [mention]

    def sentence_country(self) -> str | None:
        """The country a sentence happens in: the one named after a location preposition
        ("in Indonesia"), else the only country it names (not counting private people)."""
        located, named = set(), set()
        for token_i, mentions in self.by_token.items():
            for mention in mentions:
                country = mention_country(mention)
                if country is None:
                    continue
                if self._is_location(self.doc[token_i]):
                    located.add(country)
                elif not mention.code.endswith(PEOPLE_SECTORS):  # "three Italian hostages": not Italy's affair
                    named.add(country)
        countries = located or named  # several places named: no single country
        return next(iter(countries)) if len(countries) == 1 else None

    def _is_location(self, token: Token) -> bool:
        """A place the sentence's main events happen in: after a location preposition, and not
        inside a condition or time clause ("if war starts in Iraq")."""
        if any(dep(a) == "advcl" and any(dep(g) == "mark" for g in a.children) for a in token.ancestors):
            return False
        while dep(token) in NOUN_MODIFIERS | {"nmod"} and token.head != token:
            token = token.head
        if case_word(token) in self.location_preps:
            return True
        return dep(token) == "pobj" and fold(token.head.text) in self.location_preps

    # -- noun phrases --------------------------------------------------------------------
    def phrase_mentions(self, token: Token, owners: bool = True, _depth: int = 0) -> list[Mention]:
        """Mentions of the noun phrase headed by `token`: the head, its modifiers, its
        coordinated nouns, and (with `owners`) the "de X"/"of X"/"X's" that own it."""
        found = list(self.by_token.get(token.i, []))
        if _depth > 6:
            return found
        owners = owners and fold(token.lemma_) not in WATERS
        owned: list[Mention] = []
        apposed: list[Mention] = []
        for child in token.children:
            label = dep(child)
            if label == "appos" and any(dep(g) == "conj" for g in child.children):
                # "Mali, Burkina Faso and Niger": a list the parser hangs as an apposition
                found += self.phrase_mentions(child, owners, _depth + 1)
            elif label == "appos":  # "Pakistan, a key U.S. ally": the ally is Pakistan
                apposed += self.phrase_mentions(child, owners, _depth + 1)
            elif label in NOUN_MODIFIERS or (label == "conj" and not is_verbal(child)) or (
                    label == "nmod" and case_word(child) is None and self.traits.get("bare_nmod_modifier", False)):
                found += self.phrase_mentions(child, owners, _depth + 1)
            elif owners and label in ("nmod", "obl", "obl:mod", "obl:arg") and (
                    case_word(child) in self.owner_preps or (case_word(child) == "avec" and fold(token.lemma_) in BOUNDARIES)):
                owned += self.phrase_mentions(child, owners, _depth + 1)
            elif owners and label in ("prep", "agent") and (
                    fold(child.text) in self.owner_preps or (fold(child.text) == "with" and fold(token.lemma_) in BOUNDARIES)):
                for pobj in child.children:
                    if dep(pobj) == "pobj":
                        owned += self.phrase_mentions(pobj, owners, _depth + 1)
            elif owners and label == "acl" and is_past_participle(child):  # "crimes committed by Croat forces"
                owned += [m for a in self.agent(child) for m in self.phrase_mentions(a, owners, _depth + 1)]
        found = found or apposed
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
        if fold(verb.lemma_) in self.be_auxiliary_verbs and not any(
                fold(c.text) in self.passive_participles for c in verb.children):
            return False  # "sont descendus dans la rue", "sont arrivés": "être" makes their past, not a passive
        if any(dep(c) in ("aux:pass", "auxpass") for c in verb.children):
            return True
        if not any(dep(c) in PASSIVE_SUBJECT for c in verb.children):
            return False
        # The French parser often labels nsubj:pass the subject of a pronominal verb ("se
        # sont retirées") or of a verb with "avoir" ("Moscou n'a ni attaqué"): both active.
        return not any((dep(c).startswith("expl") and fold(c.text) in ("se", "s'"))
                       or (dep(c).startswith("aux") and fold(c.lemma_) == "avoir") for c in verb.children)

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
        # ... and a bare proper noun after the verb as an xcomp or oblique ("a bombardé Kiev",
        # "a averti Chisinau contre ...").
        out += [c for c in verb.children if dep(c) in ("xcomp", "obl:mod", "obl") and c.pos_ == "PROPN" and c.i > verb.i
                and not any(dep(g) in ("case", "mark") for g in c.children)]
        if self.traits.get("reduced_relative_object", False) and dep(verb) == "acl" \
                and is_past_participle(verb) and verb.head.pos_ == "NOUN":
            out.append(verb.head)  # "les sanctions imposées par l'UE": the noun is what is imposed
        if self.traits.get("object_raised_into_infinitive", False):  # "allowed American troops to use", "help the Philippines modernise":
            # the parser makes the object the subject of the infinitive that follows it
            out += [s for c in verb.children if dep(c) == "ccomp" and _is_infinitive(c)
                    for s in self.children(c, SUBJECT) if s.i > verb.i and not self.is_pronoun(s)]
        return out + [g for o in out for g in o.children if dep(g) == "conj" and not is_verbal(g)]

    def prep_args(self, head: Token, prep: str, depth: int = 2) -> list[Token]:
        """Nominals introduced by `prep` under `head`; else under its complements, down to
        `depth` nominals, when the parser attached them there ("répondu par la négative aux
        propositions", "imposed sanctions on X", "a suspension of air links with Serbia")."""
        out = []
        for child in head.children:
            label = dep(child)
            if label in OBLIQUE and case_word(child) == prep:
                out.append(child)
            elif label in ("advmod", "dep") and child.pos_ == "ADV" and fold(child.text) == prep.split()[0]:
                # "auprès de Washington", "près de l'Ukraine", "autour de Taïwan": the adverb heads the nominal
                out += [g for g in child.children if dep(g) in OBLIQUE | {"dep"}]
            elif label in ("prep", "agent", "dative") and (fold(child.text) == prep or fold(child.lemma_) == prep):
                out += [g for g in child.children if dep(g) in ("pobj", "pcomp")]
            elif label in ("prep", "prt") and not any(dep(g) == "pobj" for g in child.children):
                # "pulled out of Kosovo", "away from": a two-word preposition
                out += [o for g in child.children if dep(g) == "prep" and fold(g.text) == prep
                        for o in g.children if dep(o) == "pobj"]
        if not out and depth > 0:
            for nominal in self.complements(head):
                out += self.prep_args(nominal, prep, depth - 1)
        return _unique_tokens(out + [g for o in out for g in o.children if dep(g) == "conj" and not is_verbal(g)])

    def complements(self, head: Token) -> list[Token]:
        """The nominals that complete `head` (objects, obliques, prepositional objects) and,
        under a noun, its participles ("power lines leading into Kabul")."""
        out = []
        for child in head.children:
            label = dep(child)
            if label in OBLIQUE or label == "attr":
                out.append(child)
            elif label == "xcomp" and any(dep(g) == "case" for g in child.children):
                out.append(child)  # a prepositional phrase parsed as a verb ("répondu par écrit aux ...")
            elif label in ("prep", "agent"):
                out += [g for g in child.children if dep(g) == "pobj"]
            elif label == "acl" and head.pos_ in ("NOUN", "PROPN") and child.tag_ in ("VBG", "VBN"):
                out.append(child)
        return out + [g for o in out for g in o.children if dep(g) == "conj" and not is_verbal(g)]

    def slot_tokens(self, verb: Token, slot: str) -> list[Token]:
        if slot == "obj":
            if self.is_passive(verb):
                return self.children(verb, PASSIVE_SUBJECT)
            return self.objects(verb)
        if slot in ("iobj", "dative"):  # "gave Kyiv", or a "to" the parser labels dative
            return [g for c in self.children(verb, {"iobj", "dative"})
                    for g in ([c] if c.pos_ != "ADP" else [g for g in c.children if dep(g) == "pobj"])]
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
        if slot == "purpose":
            return self.purpose_clauses(verb)
        if slot == "location":
            return [t for prep in sorted(self.location_preps) for t in self.prep_args(verb, prep)]
        return self.prep_args(verb, slot)

    def purpose_clauses(self, verb: Token, participles: bool = True) -> list[Token]:
        """"staged demonstrations to demand ...", "rioted ... demanding ...": the infinitive
        (or participle) clause saying what an act is for (not "if", "after", "when" clauses)."""
        out = []
        for child in verb.children:
            if dep(child) not in ("advcl", "xcomp") or not is_verbal(child):
                continue
            if any(dep(g) == "mark" for g in child.children):
                continue
            infinitive = any(dep(g) == "aux" and fold(g.text) == "to" for g in child.children)
            if infinitive or (participles and child.tag_ == "VBG"):
                out.append(child)
        return out

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
            if not agents and fold(verb.lemma_) in self.statal:  # "Vietnam is committed to opening up"
                return self._resolve_subject(verb, self.children(verb, PASSIVE_SUBJECT), seen)
            mentions = _unique([m for a in agents for m in self.phrase_mentions(a)])
            return Found(mentions, "direct" if mentions else "none", tuple(agents))
        subjects = self.children(verb, SUBJECT | PASSIVE_SUBJECT)  # not passive: see is_passive
        if subjects:
            return self._resolve_subject(verb, subjects, seen)
        label = dep(verb)
        head = verb.head
        if label == "xcomp" and head.pos_ == "ADJ" and self.children(head, SUBJECT):  # "Moscou est prêt à négocier"
            found = self._resolve_subject(head, self.children(head, SUBJECT), seen)
            return Found(found.mentions, "inherited" if found.how == "direct" else found.how, found.tokens)
        if label == "xcomp" and head.pos_ == "ADJ" and head.head != head:  # "is willing to withdraw"
            head = head.head
        if label == "xcomp" and is_verbal(head) and self.is_passive(head) and not self.agent(head) \
                and self.children(head, PASSIVE_SUBJECT):  # "Saudi Arabia is expected to restore ties"
            found = self._resolve_subject(head, self.children(head, PASSIVE_SUBJECT), seen)
            return Found(found.mentions, "inherited" if found.how == "direct" else found.how, found.tokens)
        if label in ("conj", "xcomp") and head != verb and is_verbal(head):
            found = self.source(head, seen)
            return Found(found.mentions, found.how if found.how != "direct" else "inherited", found.tokens)
        if label in ("acl:relcl", "relcl"):
            return self._noun_source(head)
        if label == "acl" and head.pos_ in ("NOUN", "PROPN"):
            if is_past_participle(verb):
                agents = self.agent(verb)
                mentions = _unique([m for a in agents for m in self.phrase_mentions(a)])
                return Found(mentions, "direct" if mentions else "none", tuple(agents))
            return self._noun_source(head)
        infinitive = any(dep(c) == "aux" and fold(c.text) == "to" for c in verb.children)
        if label == "advcl" and ("Ger" in verb.morph.get("VerbForm") or verb.tag_ == "VBG" or infinitive
                                 or "Part" in verb.morph.get("VerbForm")) and is_verbal(head):
            found = self.source(head, seen)
            return Found(found.mentions, "inherited" if found.mentions else "none", found.tokens)
        return self.left_source(verb)

    def _noun_source(self, noun: Token) -> Found:
        """The noun a relative or participle clause modifies, when it can act: "the
        resolution that aims to ..." is a document, not the Security Council."""
        if fold(noun.lemma_) in self.non_agents:
            # "X issued a declaration demanding ...", "in a statement condemning ...": the
            # document speaks for whoever issued it
            issued = dep(noun) in OBJECT and fold(noun.head.lemma_) in self.issuing  # "issued a declaration"
            said_in = dep(noun) == "pobj" and fold(noun.head.text) == "in"  # "in a statement"
            verb = noun.head.head if said_in else noun.head
            if (issued or said_in) and is_verbal(verb) and verb is not noun:
                found = self.source(verb)
                return Found(found.mentions, "inherited" if found.mentions else "none", found.tokens)
            return Found([], "none", (noun,))
        mentions = self.phrase_mentions(noun)
        return Found(mentions, "direct" if mentions else "none", (noun,))

    def _resolve_subject(self, verb: Token, subjects: list[Token], seen: frozenset[int]) -> Found:
        if not subjects:
            return Found([], "none")
        subject = subjects[0]
        if subject.tag_ == "VBG" and self.children(subject, SUBJECT):  # "The Red Cross operating in Iraq said"
            subjects = self.children(subject, SUBJECT)
            subject = subjects[0]
        if self.is_relative(subject) and dep(verb) in ("acl:relcl", "relcl"):
            return self._noun_source(verb.head)
        if self.is_pronoun(subject) and not self.by_token.get(subject.i):
            for ancestor in verb.ancestors:
                if ancestor.i in seen or not is_verbal(ancestor):
                    continue
                found = self.source(ancestor, seen)
                if found.mentions and (not self.traits.get("pronoun_number_agreement", False)
                                       or _agrees(subject, found.tokens)):
                    return Found(found.mentions, "pronoun", found.tokens)
            if "1" in subject.morph.get("Person"):
                return self._quoted_speaker(verb, subject)
            if self.previous_person is not None and fold(subject.text) in self.reference_pronouns \
                    and self._main_clause(verb):
                # "He also accused ...": the person the article named just before
                mention = Mention(subject.idx, subject.idx + len(subject.text), subject.text,
                                  self.previous_person.code, "person", f"pronoun for {self.previous_person.text!r}")
                return Found([mention], "pronoun", (subject,))
            return Found([], "none", (subject,))
        # "prices of Russian gas hit ...": a thing's owner does not act through it; "le géant
        # japonais promet ...": nor does a thing its nationality adjective describes
        mentions = _unique([m for s in subjects if not self._described_thing(s)
                            for m in self.phrase_mentions(s, owners=fold(s.lemma_) not in self.non_agents)])
        if self.traits.get("stranded_conjuncts", False) and mentions:
            mentions = _unique(self._stranded_conjunct(verb, subject) + mentions)
        return Found(mentions, "direct" if mentions else "none", tuple(subjects))

    def _main_clause(self, verb: Token) -> bool:
        """The sentence's main verb or one coordinated with it (where a pronoun subject may
        carry over from the sentence before; in a subordinate clause it rarely does)."""
        while dep(verb) == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return dep(verb) == "root"

    def _described_thing(self, noun: Token) -> bool:
        """A common noun that is no actor, whose only actor words are nationality adjectives
        ("le géant japonais", "Russian gas"): a thing of that country, not the country."""
        if noun.pos_ != "NOUN" or self.by_token.get(noun.i):
            return False
        lemma = fold(noun.lemma_)
        if lemma in self.party_nouns or self.lexicon.candidates(lemma, "noun"):
            return False  # "the Turkish side", "Palestinian riots": the party, or its own act
        modifiers = [c for c in noun.children if self.by_token.get(c.i)]
        return bool(modifiers) and all(c.pos_ == "ADJ" and dep(c) == "amod" for c in modifiers)

    def _quoted_speaker(self, verb: Token, pronoun: Token) -> Found:
        """"« Nous allons livrer des chars », a annoncé le chancelier": the French parser makes
        the quote the root and the reporting verb its parataxis; "nous" is that verb's subject
        (often parsed as its object, after the verb)."""
        reporting = self.lexicon.words("reporting")
        for head in [verb, *verb.ancestors]:
            for child in head.children:
                if dep(child) != "parataxis" or fold(child.lemma_) not in reporting:
                    continue
                speakers = self.children(child, SUBJECT) or [o for o in self.children(child, OBJECT) if o.i > child.i]
                mentions = _unique([m for t in speakers for m in self.phrase_mentions(t)])
                if mentions:
                    return Found(mentions, "pronoun", tuple(speakers))
        return Found([], "none", (pronoun,))

    def _stranded_conjunct(self, verb: Token, subject: Token) -> list[Mention]:
        """"Israël et le Hamas ont conclu", "Les États-Unis et l'Otan ont rejeté": the French
        parser often makes the first conjunct the root (or the verb's head) and leaves only
        the second as subject; the first is the verb's subject too."""
        i = subject.left_edge.i - 1
        if i < 1 or fold(self.doc[i].text) != "et":
            return []
        head = self.doc[i - 1]
        while dep(head) in NOUN_MODIFIERS and head.head.i != head.i:
            head = head.head
        if not self.by_token.get(head.i) or not (dep(head) == "root" or verb.head.i == head.i):
            return []
        # "L'Espagne, l'Irlande et la Norvège ont reconnu": the middle of a list hangs as appos
        listed = [c for c in head.children if dep(c) in ("appos", "conj") and self.by_token.get(c.i)]
        return _unique(self.phrase_mentions(head, owners=False)
                       + [m for c in listed for m in self.phrase_mentions(c, owners=False)])

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
    def target(self, verb: Token, slots: tuple[str, ...], source_tokens: tuple[Token, ...] = (),
               exclude: frozenset[str] = frozenset()) -> Found:
        """The first slot that holds a nominal: its mentions, or those of whoever owns it
        ("aux propositions de Moscou"). A nominal with no actor gives an empty target.
        Mentions whose code is in `exclude` (the source's) do not count."""
        saw_nominal = False
        for slot in slots:
            tokens = [self.antecedent(t, verb) for t in self.slot_tokens(verb, slot) if t not in source_tokens]
            if not tokens:
                continue
            if slot in ("xcomp", "purpose"):
                for xcomp in tokens:  # "prepared to resume shelling X": down the chain of verbs
                    found = self.target(xcomp, self.content_slots(xcomp) + ("xcomp",), exclude=exclude)
                    if found.mentions:
                        return Found(found.mentions, "inherited", found.tokens)
                continue
            if slot not in ("obj", "obj_subtree", "location"):  # a recipient with no code, not a thing
                saw_nominal = True
            if not self._mentions(tokens, exclude) and slot not in ARGUMENT_SLOTS:
                # "threatened to institute a curfew in Algiers in response to ...": the phrase
                # with an actor may hang on a complement while another one hangs on the verb
                tokens = [t for n in self.complements(verb) for t in self.prep_args(n, slot, 1)
                          if t not in source_tokens] or tokens
            direct = _unique([m for t in tokens for m in self.by_token.get(t.i, []) if m.code not in exclude])
            mentions = self._mentions(tokens, exclude)
            if mentions:
                return Found(mentions, "direct" if direct else "owner", tuple(tokens))
        return Found([], "nominal" if saw_nominal else "none")

    def _mentions(self, tokens: list[Token], exclude: frozenset[str]) -> list[Mention]:
        return _unique([m for t in tokens for m in self.phrase_mentions(t) if m.code not in exclude])

    def antecedent(self, token: Token, verb: Token) -> Token:
        """"refugees, whom authorities blame": a relative pronoun stands for the noun its
        clause modifies; "expelled two inspectors, accusing them": an object pronoun of a
        participle or coordinated verb for the object of the verb it depends on."""
        if self.is_relative(token) and dep(verb) in ("acl:relcl", "relcl") and verb.head != verb:
            return verb.head
        if self.is_pronoun(token) and not self.by_token.get(token.i) and dep(token) in OBJECT \
                and dep(verb) in ("advcl", "conj") and is_verbal(verb.head):
            objects = self.objects(verb.head)
            if len(objects) == 1:
                return objects[0]
        return token

    def default_target(self) -> tuple[str, ...]:
        return tuple(fold(s) for s in self.lexicon.grammar.get("target", ()))

    def content_slots(self, verb: Token) -> tuple[str, ...]:
        """Where the target of what is promised, asked or threatened lies: the slots of the
        content verb's own lexicon entry, else the defaults plus its location."""
        slots = [s for entry in self.lexicon.candidates(verb.lemma_, "verb") for s in entry.target or ()]
        if slots:  # every sense of the verb: which one fits is not known here
            return tuple(dict.fromkeys(s for s in slots if s != "xcomp"))
        return tuple(s for s in self.default_target() if s != "xcomp") + tuple(self.lexicon.words("location_preps"))

    def sibling_target(self, verb: Token, exclude: set[str]) -> Found:
        """The actor that coordinated predicates of the same subject are about ("ne
        constituait pas de menace pour la Russie, mais n'acceptait pas de compromis")."""
        root = verb
        while dep(root) == "conj" and root.head != root:
            root = root.head
        group = [root] + [c for c in root.subtree if dep(c) == "conj" and c.head in (root,) and is_verbal(c)]
        codes: dict[str, Mention] = {}
        for predicate in group:
            if predicate == verb:
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


# Sectors of private people: their nationality does not make the sentence a country's.
PEOPLE_SECTORS = ("CVL", "MED", "BUS")


def mention_country(mention: Mention) -> str | None:
    """The country of a state actor's code (RUSGOV -> RUS); None for organisations."""
    code = mention.code
    if not code or mention.kind == "organisation" or len(code) not in (3, 6) or not code[:3].isalpha():
        return None
    return code[:3]


def _is_infinitive(verb: Token) -> bool:
    """An English infinitive clause: "to use", or bare after help/let/make ("help X modernise")."""
    return verb.tag_ == "VB" and not any(dep(c) in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children)


def _agrees(pronoun: Token, antecedent: tuple[Token, ...]) -> bool:
    """A French pronoun stands for a subject of its number ("elle" is not "les États-Unis");
    coordinated or unknown subjects are not checked. (English "they" often stands for a
    singular state, so English is not checked.)"""
    number = pronoun.morph.get("Number")
    if not number or len(antecedent) != 1 or any(dep(c) == "conj" for c in antecedent[0].children):
        return True
    return antecedent[0].morph.get("Number") in ([], number)


def _unique_tokens(tokens: list[Token]) -> list[Token]:
    return list({t.i: t for t in tokens}.values())


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in mentions:
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            out.append(m)
    return out
