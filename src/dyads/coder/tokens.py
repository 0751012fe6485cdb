"""What every dependency rule of the coder reads: label sets of both parsers' schemes
(Universal Dependencies for French, ClearNLP for English), token tests, and `Found`, what a
rule returns for an argument (the mentions, how they were reached, the rule's id).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from dyads.coder.lexicon import every_language_mapping, load_lexicon
from dyads.folding import fold
from dyads.codes import ActorCode
from dyads.model import Mention

SUBJECT = {"nsubj", "csubj"}
PASSIVE_SUBJECT = {"nsubj:pass", "nsubjpass", "csubjpass"}
OBJECT = {"obj", "dobj"}
CLAUSE = {"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "relcl", "parataxis", "csubj", "conj",
          "pcomp", "advcl:cleft"}
NOUN_MODIFIERS = {"amod", "flat:name", "flat", "flat:foreign", "appos", "compound", "poss",
                  "nmod:poss", "fixed", "nn", "name", "npadvmod"}
OBLIQUE = {"obl", "obl:arg", "obl:mod", "obl:agent", "iobj", "nmod", "obj", "dobj"}
# Target slots that are not prepositions (see SentenceSyntax.slot_tokens).
STATE_SECTORS = ("GOV", "MIL", "COP")  # rebels, strikers or farmers may well aim at their own state
ARGUMENT_SLOTS = {"obj", "iobj", "dative", "ccomp_subj", "xcomp", "condition_subj", "obj_subtree", "obj_clause", "purpose", "participle", "location"}


def dep(token: Token) -> str:
    return token.dep_.lower()


def is_verbal(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADJ" and token.tag_ == "VBN")


def after_gerund_mark(verb: Token, marks: frozenset[str]) -> bool:
    """An English "-ing" verb hung on a gerund mark ("responded by imposing": the parser makes
    "by" the head, by -pcomp-> imposing); the French parser makes « en » the verb's child."""
    return dep(verb) == "pcomp" and fold(verb.head.text) in marks and verb.head.i < verb.i


def is_past_participle(token: Token) -> bool:
    if not (token.tag_ == "VBN" or ("Past" in token.morph.get("Tense") and "Part" in token.morph.get("VerbForm"))):
        return False
    # "les États-Unis financent ...": the small French model tags some finite plural verbs as
    # participles; a form with a finite ending of the language (`finite_endings`) is none
    endings = finite_endings(token.doc.lang_)
    return not endings or not fold(token.text).endswith(endings)


@functools.cache
def finite_endings(lang: str) -> tuple[str, ...]:
    from dyads.lang import SUPPORTED

    return tuple(sorted(load_lexicon(lang).words("finite_endings"))) if lang in SUPPORTED else ()


def case_word(token: Token) -> str | None:
    """The preposition introducing a nominal (French `case` child), folded."""
    for child in token.children:
        if dep(child) == "case":
            fixed = [fold(g.text) for g in child.children if dep(g) == "fixed"]
            contractions = every_language_mapping("contractions")
            prepositions = set(contractions.values())
            word = fold(child.lemma_ if child.lemma_ in prepositions else child.text)
            # "près de l'Ukraine": the parser often makes "près" an advmod beside "de"
            before = [fold(g.text) for g in token.children if dep(g) == "advmod" and g.i == child.i - 1]
            if word in prepositions and not fixed and before:
                return f"{before[0]} {word}"
            if not fixed:  # the parser does not always lemmatize "au Niger", "du Mali"
                word = contractions.get(word, word)
            return " ".join([word] + fixed)
    return None


@dataclass
class Found:
    """Mentions reached for an argument, how they were reached (for confidence) and the id
    of the rule that reached them (events report it, see dyads/coder/RULES.md)."""

    mentions: list[Mention]
    how: str = "direct"  # direct | owner | fallback | pronoun | inherited | none
    tokens: tuple[Token, ...] = ()
    rule: str = "none"


# Sectors of private people: their nationality does not make the sentence a country's.
PEOPLE_SECTORS = ("CVL", "MED", "BUS")


def tokens_within(doc, start: int, end: int) -> list[Token]:
    """The tokens of `doc` that begin within the characters [start, end) (a mention's words)."""
    return [t for t in doc if start <= t.idx < end]


def mention_country(mention: Mention) -> str | None:
    """The country of a state actor's code (RUSGOV -> RUS); None for organisations."""
    if not mention.code or mention.kind == "organisation":
        return None
    return ActorCode.parse(mention.code).country


def is_infinitive(verb: Token) -> bool:
    """An English infinitive clause: "to use", or bare after help/let/make ("help X modernise")."""
    return verb.tag_ == "VB" and not any(dep(c) in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children)


def infinitive_above(verb: Token) -> Token | None:
    """« pour rendre hommage aux militaires décédés et apporter son soutien »: for an infinitive
    the parser joined (conj) to a participle, the infinitive above it, with which it is really
    coordinated (its source and its mood are that one's); None otherwise."""
    head = verb.head
    if dep(verb) != "conj" or "Inf" not in verb.morph.get("VerbForm") or "Inf" in head.morph.get("VerbForm"):
        return None
    return next((a for a in head.ancestors if "Inf" in a.morph.get("VerbForm")), None)


def agrees(pronoun: Token, antecedent: tuple[Token, ...]) -> bool:
    """A French pronoun stands for a subject of its number ("elle" is not "les États-Unis");
    coordinated or unknown subjects are not checked. (English "they" often stands for a
    singular state, so English is not checked.)"""
    number = pronoun.morph.get("Number")
    if not number or len(antecedent) != 1 or any(dep(c) == "conj" for c in antecedent[0].children):
        return True
    return antecedent[0].morph.get("Number") in ([], number)


def token_mention(token: Token, code: str | None, kind: str = "country", entry: str | None = None) -> Mention:
    """A mention over one token's own span ("He", "protests", "Europe"): an actor a rule reads
    in a word the dictionary did not name."""
    return Mention(token.idx, token.idx + len(token.text), token.text, code, kind, entry)


def unique_tokens(tokens: list[Token]) -> list[Token]:
    return list({t.i: t for t in tokens}.values())


def unique(mentions: list[Mention]) -> list[Mention]:
    """The mentions, each span once; a phrase for a pair ("both sides", rule pair of
    dyads.coder.references) holds one mention per actor on the same span, each kept."""
    seen, out = set(), []
    for m in mentions:
        key = (m.start, m.end, m.code if (m.entry or "").startswith("pair ") else None)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def has_possessive(noun: Token) -> bool:
    """"leur opposition", "its air defences": a possessive determiner or pronoun on the noun."""
    return any(dep(c) in ("poss", "nmod:poss") or (c.pos_ == "DET" and "Yes" in c.morph.get("Poss"))
               for c in noun.children)


@functools.lru_cache(maxsize=256)
def _judged_pairs(judged: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    return tuple(tuple(w.split(" ", 1)) for w in judged if " " in w)  # type: ignore[misc]


# what a verb of a `judged` pair acts on: its object, or the object of its preposition
JUDGED_ARGUMENTS = ("dobj", "obj", "pobj", "nsubjpass", "nsubj:pass")


def judges(token: Token, judged: tuple[str, ...]) -> bool:
    """Whether a token is a verdict word of a `judged` list: the word itself ("sham",
    "illegitimate"), or the head word of a pair written "head argument" whose argument is the
    token's object or its preposition's ("break law": "are breaking the law", "broke the rules";
    "above law": "acts as if he were above the law"; rule judged-pair); or whose argument is
    the preposition itself, with an object of its own ("go against": "goes against the Security
    Council resolution", "which goes against everything we know in international law"; rule
    judged-prep-pair)."""
    if fold(token.lemma_) in judged or fold(token.text) in judged:
        return True
    for head, argument in _judged_pairs(tuple(judged)):
        if fold(token.lemma_) != head and fold(token.text) != head:
            continue
        for child in token.children:
            words = [child] if dep(child) in JUDGED_ARGUMENTS else [
                g for g in child.children if dep(g) in JUDGED_ARGUMENTS] if dep(child) == "prep" else []
            if any(fold(w.lemma_) == argument or fold(w.text) == argument for w in words):
                return True
            if dep(child) == "prep" and fold(child.text) == argument \
                    and any(dep(g) in JUDGED_ARGUMENTS for g in child.children):
                return True  # (rule judged-prep-pair)
    return False


OPENING_QUOTES = frozenset({'"', "“", "«", "``"})
CLOSING_QUOTES = frozenset({'"', "”", "»", "''"})


def quote_run_on(verb: Token) -> list[Token]:
    """The words of a quotation a verb of saying opens that run on past a break the parser took
    for the end of a sentence ('said, "Those who remain silent cannot tell us what to do [...]
    Unfortunately, Trump is behaving like a bully boy [...]"': the second part is a root of its
    own): from the end of the verb's own phrase to the closing quote mark, or the sentence's end."""
    subtree = list(verb.subtree)
    last = subtree[-1].i
    opening = next((t for t in subtree if t.i > verb.i and t.text in OPENING_QUOTES), None)
    if opening is None or last + 1 >= len(verb.doc):
        return []
    if any(t.text in CLOSING_QUOTES and t.i > opening.i for t in subtree if t is not opening):
        return []  # closed within the verb's phrase
    out = []
    for token in verb.doc[last + 1:]:
        if token.text in CLOSING_QUOTES:
            break
        out.append(token)
    return out
