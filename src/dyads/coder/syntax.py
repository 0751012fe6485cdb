"""Dependency patterns: who is the source and who the target of a trigger.

Works on one parsed sentence at a time (a spaCy Doc) with the actor mentions found in it.
The labels of both pipelines are handled: Universal Dependencies for French
(`nsubj`, `obj`, `obl:arg`, `obl:agent`, `acl:relcl` ...) and ClearNLP for English
(`nsubj`, `dobj`, `dative`, `prep`/`pobj`, `agent`, `relcl` ...). The rules are split by what
they find: actors from group nouns (groups.py), noun phrases and arguments (phrases.py),
sources (sources.py), targets (targets.py); every rule has an id, listed in RULES.md.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from dyads.folding import fold

from dyads.coder.groups import GroupRules
from dyads.coder.lexicon import Lexicon
from dyads.coder.phrases import PhraseRules
from dyads.coder.sources import SourceRules
from dyads.coder.targets import TargetRules
from dyads.coder.tokens import (CLAUSE, OBJECT, PASSIVE_SUBJECT, SUBJECT, Found, case_word, dep,  # noqa: F401
                                is_verbal, mention_country)
from dyads.model import Mention


class SentenceSyntax(GroupRules, PhraseRules, SourceRules, TargetRules):
    """Argument finding over one parsed sentence and its mentions (sentence-relative offsets)."""

    def __init__(self, doc: Doc, mentions: list[Mention], lexicon: Lexicon,
                 antecedent: Mention | None = None, article_country: str | None = None,
                 speaker: Mention | None = None, stances: list[Mention] | None = None,
                 group_antecedent: list[Mention] | None = None, act_antecedent: list[Mention] | None = None,
                 object_people: list[Mention] | None = None, local_country: str | None = None):
        self.doc = doc
        # with no article country, the one a sentence just before names alone, else the one the
        # article names most: what the state's group nouns of this sentence belong to (rule local-country)
        self.local_country = local_country
        self.object_people = object_people or []  # whom an object pronoun may stand for (object-pronoun-other)
        self.previous_act = act_antecedent or []  # whose act "the decision", "cette annonce" may be
        self.speaker = speaker  # who speaks the quote this sentence continues (its "I", "we")
        self.previous_group = group_antecedent or []  # whom "they", "ils", "elles" stand for
        self.article_country = article_country  # what a group noun belongs to, last resort
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
        self.perfect_auxiliaries = lexicon.words("perfect_auxiliaries")
        self.aiming_verbs = lexicon.words("aiming_verbs")
        self.pronouns = lexicon.words("pronouns")
        self.party_nouns = lexicon.words("party_nouns")
        self.owner_pronouns = lexicon.words("owner_pronouns")  # "its", "their": whose a subject is
        references = lexicon.grammar.get("references") or {}
        self.reference_pronouns = frozenset(references.get("pronouns", ()))
        self.group_pronouns = frozenset(fold(w) for w in references.get("group_pronouns", ()))
        self.singular_group_pronouns = frozenset(fold(w) for w in references.get("singular_group_pronouns", ()))
        self.object_pronouns = frozenset(fold(w) for w in references.get("object_pronouns", ()))
        self.home_pronouns = frozenset(fold(w) for w in references.get("home_pronouns", ()))
        self.home_passive_pronouns = frozenset(fold(w) for w in references.get("home_passive_pronouns", ()))
        self.relatives = lexicon.words("relative_pronouns")
        self.owner_preps = lexicon.words("owner_preps")
        self.inclusion = lexicon.words("inclusion")
        self.party_preps = lexicon.words("party_preps")
        self.non_agents = lexicon.words("non_agents")
        self.speaking_documents = lexicon.words("speaking_documents")
        self.attack_preps = sorted(lexicon.words("attack_preps"))
        self.first_person = frozenset(fold(w) for w in (lexicon.grammar.get("references") or {}).get("first_person", ()))
        self.location_preps = lexicon.words("location_preps")
        self.issuing = lexicon.words("issuing")
        self.statal = lexicon.words("statal")
        self.home_name_slots = lexicon.words("home_name_slots")
        self.opposing_prefixes = lexicon.words("opposing_prefixes")
        self.opposing = prefix_pattern(self.opposing_prefixes)
        group_nouns = lexicon.grammar.get("group_nouns") or {}
        institution_nouns = lexicon.grammar.get("institution_nouns") or {}
        if group_nouns or institution_nouns:
            self._add_group_mentions(group_nouns, institution_nouns)
        regions = lexicon.grammar.get("acting_regions") or {}
        if regions:
            self._add_region_actors(regions)
        # what the words with an opposing prefix are against: the dictionary's actors among the
        # attitudes ("anti-américaine") and the group nouns ("anti-government"), dropped below
        self.opposed = [m for m in stances or () if self.opposed_at(m.start, m.text)]
        self._drop_opposed()
        self._drop_times()
        self._drop_currencies()

    def _drop_opposed(self) -> None:
        """"anti-government protests", "une manifestation anti-gouvernementale": the actor after
        an opposing prefix is what the phrase is against, never who acts."""
        opposed = {id(m) for m in self.mentions if self.opposed_at(m.start, m.text)}
        if not opposed:
            return
        self.opposed += [m for m in self.mentions if id(m) in opposed]
        self._without(opposed)

    def _drop_times(self) -> None:
        """"the post-Mueller drill", "pre-Brexit trade", "l'après-Merkel": the actor after a
        time prefix names a time, no one who acts."""
        after = prefix_pattern(self.lexicon.words("time_prefixes"))
        if after is None:
            return
        timed = {id(m) for m in self.mentions if after.search(fold(self.doc.text[max(0, m.start - 8):m.start]))}
        self._without(timed)

    def _drop_currencies(self) -> None:
        """"nine billion US dollars", "103 millions de dollars canadiens": a country naming a
        currency is no actor (`currency_words`, right after or right before it)."""
        patterns = currency_patterns(self.lexicon.words("currency_words"))
        if patterns is None:
            return
        after, before = patterns
        text = self.doc.text
        self._without({id(m) for m in self.mentions
                       if (m.kind in ("country", "place") or len(m.code or "") == 3)
                       and (after.match(fold(text[m.end:m.end + 12])) or before.search(fold(text[max(0, m.start - 12):m.start])))})

    def _without(self, dropped: set[int]) -> None:
        """The sentence's mentions less those whose id() is in `dropped`."""
        if dropped:
            self.mentions = [m for m in self.mentions if id(m) not in dropped]
            self.by_token = {i: kept for i, ms in self.by_token.items() if (kept := [m for m in ms if id(m) not in dropped])}

    def opposed_at(self, start: int, text: str) -> bool:
        """Whether the words at `start` follow an opposing prefix ("anti-", "anti -") or carry one."""
        if not self.opposing:
            return False
        return bool(self.opposing.search(self.doc.text[max(0, start - 12):start])) or \
            any(fold(text).startswith(p + "-") for p in self.opposing_prefixes)


@functools.cache
def currency_patterns(words: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A currency word right after a country ("US dollars") and right before its adjective
    ("dollars canadiens"); compiled once per list."""
    if not words:
        return None
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"^\s*(?:{alternatives})(?!\w)"), re.compile(rf"(?<!\w)(?:{alternatives})\s*$")


@functools.cache
def prefix_pattern(prefixes: frozenset[str]) -> re.Pattern[str] | None:
    """Text that ends with one of `prefixes` and its hyphen ("anti-", "anti -", "post-"), for
    the words right after it; compiled once per list, not per sentence."""
    if not prefixes:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(prefixes))) + r")\s?-\s?$", re.IGNORECASE)


def main_subjects(doc: Doc, mentions: list[Mention], lexicon: Lexicon,
                  article_country: str | None = None) -> tuple[list[Mention], list[Mention]]:
    """Whom a later sentence may point back to, from this sentence's main verb (parsed and
    resolved once for both):

    - group: the actors its subject names when a later "they", "ils" or "elles" can stand for
      them: several actors ("Egypt, Greece and Cyprus"), a plural noun ("les autorités
      togolaises", "the protesters") or, in a language whose plural pronoun also stands for one
      organisation (trait `group_pronoun_for_organisations`: English "the ministry ... they"),
      an organisation. Nobody for one person: "they" is not "Sheriff Lee";
    - actors: the coded actors its subject (or passive agent) names, whoever they are: whose act
      a later "the decision", "this argument", "cette annonce" may be."""
    syntax = SentenceSyntax(doc, mentions, lexicon, None, article_country)
    root = next((t for t in doc if dep(t) == "root"), None)
    if root is None:
        return [], []
    found = syntax.source(root)
    coded = [m for m in found.mentions if m.code]
    actors = coded if found.rule in ("subject", "passive-agent") else []
    if not coded and found.rule == "subject":
        # "Les journalistes de France 24 sont en sécurité, a indiqué leur direction": the
        # reported clause's subject when the reporting verb's names no actor
        for clause in (c for c in root.children if dep(c) in ("ccomp", "parataxis") and c.i < root.i):
            found = syntax.source(clause)
            coded = [m for m in found.mentions if m.code]
            if coded:
                break
    if not coded or found.rule not in ("subject", "passive-agent"):
        return [], actors
    several = len({m.code for m in coded}) > 1 or any(dep(c) == "conj" for t in found.tokens for c in t.children)
    plural = any("Plur" in t.morph.get("Number") or t.tag_ in ("NNS", "NNPS") for t in found.tokens)
    person_words = (lexicon.grammar.get("references") or {}).get("person_roles") or {}  # "the minister" is one person
    # an organisation is the subject word itself ("the ministry", "Russia"), not a person's
    # owner ("Sheriff Lee of Texas")
    organisation = syntax.traits.get("group_pronoun_for_organisations", False) and all(
        m.kind != "person" for m in coded) and all(
        syntax.by_token.get(t.i) and fold(t.lemma_) not in person_words for t in found.tokens)
    return (coded if several or plural or organisation else []), actors


def plural_group(doc: Doc, mentions: list[Mention], lexicon: Lexicon,
                 article_country: str | None = None) -> list[Mention]:
    """The one group a sentence names with a plural noun, whatever its role ("Cette ressemblance
    inquiète les autorités françaises. Ils appellent à ...": « ils » are the authorities): a
    later "they", "ils", "elles" may stand for it when no sentence before names a group subject.
    Nothing when the sentence names several."""
    syntax = SentenceSyntax(doc, mentions, lexicon, None, article_country)
    found = [m for t in doc if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number")
             for m in syntax.by_token.get(t.i, []) if m.code and m.kind == "sector"]
    return found[:1] if len({m.code for m in found}) == 1 else []
