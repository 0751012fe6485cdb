"""Negation, modality and attribution of a trigger, from the parse and the grammar lists.

- negated: the predicate itself is negated ("n'a pas accepté", "n'a ni attaqué ni envahi",
  "did not sign", "failed to reach"), not a litotes ("n'ont cessé de", "did not hesitate to").
- hypothetical: future, conditional with a condition, modal or intention verbs ("pourrait",
  "envisage de", "prêt à", "will", "plans to"); the past conditional of the press ("aurait
  déclaré", "aurait bombardé") marks an allegation and is not hypothetical.
- reported_by: the speaker of a reporting verb governing the trigger ("a déclaré que",
  "said"), or of "selon X" / "according to X".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dyads.folding import fold
from dyads.coder.syntax import SentenceSyntax
from dyads.coder.tokens import after_gerund_mark, dep, infinitive_above, is_verbal

GOVERNING = {"xcomp", "ccomp", "csubj", "pcomp", "advcl"}


@dataclass
class Modality:
    negated: bool = False
    hypothetical: bool = False
    reason: str | None = None  # future | conditional | modal | intent | condition
    marker: str | None = None  # the word that made it hypothetical
    threat_condition: bool = False  # "unless", "à moins que"


def _conditional_from_infinitive(verb: Token) -> bool:
    """A regular (French) conditional the tagger read as an imperfect: the infinitive (less
    the final e of -re verbs) plus -ait/-aient ("retirerait", "prendraient"), which an
    imperfect ("retirait") never is."""
    lemma, text = fold(verb.lemma_), fold(verb.text)
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    return lemma.endswith(("er", "ir", "re")) and text in (stem + "ait", stem + "aient")


def _words(token: Token) -> set[str]:
    return {fold(token.text), fold(token.lemma_)}


class ModalityReader:
    def __init__(self, syntax: SentenceSyntax):
        self.syntax = syntax
        lexicon = syntax.lexicon
        self.negation = lexicon.words("negation")
        self.negating_verbs = lexicon.words("negating_verbs")
        self.negating_adjectives = lexicon.words("negating_adjectives")
        self.negating_nouns = lexicon.words("negating_nouns")
        self.litotes = lexicon.words("litotes")
        self.modal = lexicon.words("modal")
        self.intent = lexicon.words("intent")
        self.realised_when_past = lexicon.words("realised_when_past")
        self.future_aux = lexicon.words("future_aux")
        self.reporting = lexicon.words("reporting")
        self.according_to = lexicon.words("according_to")
        self.opinion_openers = lexicon.words("opinion_openers")
        self.if_marks = lexicon.words("hypothetical_mark")
        self.threat_conditions = lexicon.words("threat_conditions")
        self.purpose_marks = lexicon.words("purpose_marks")
        self.gerund_marks = lexicon.words("gerund_marks")
        self.lang = lexicon.language
        self.traits = lexicon.traits
        self.negation_needs_ne = lexicon.words("negation_needs_ne")
        self.negation_carriers = lexicon.words("negation_carriers")
        self.hedges = lexicon.words("hedges")
        self.negation_particles = lexicon.words("negation_particles")
        # the tagger reads some presents as futures ("fournit"): a future must end like one
        self.future_endings = tuple(lexicon.grammar.get("future_endings", ()))
        self.future_only_endings = tuple(lexicon.grammar.get("future_only_endings", ()))
        self.if_word = (lexicon.grammar.get("hypothetical_mark") or ("if",))[0]

    # -- negation -----------------------------------------------------------------------------
    def own_negation(self, verb: Token) -> bool:
        for child in verb.children:
            label = dep(child)
            words = _words(child)
            if label == "neg" or ("Neg" in child.morph.get("Polarity") and fold(child.text) not in self.negation_particles):
                return True
            if label in ("advmod", "cc", "det", "advmod:neg") and words & self.negation and fold(child.text) not in ("no",) :
                if fold(child.text) == "non" and label != "advmod":
                    continue
                if fold(child.text) in self.negation_needs_ne and not any(fold(c.text) in self.negation_particles for c in verb.children):
                    continue  # "a lancé plus de 300 drones": "plus" without "ne" is a quantity
                return True
            if label in ("obj", "dobj", "obl:arg") and any(
                    dep(g) == "det" and _words(g) & (self.negation - {"ni"}) for g in child.children):
                return True
            if self.traits.get("preconj_negation", False) and (
                    label == "preconj" and words & self.negation  # "neither confirmed nor denied"
                                      or label == "advmod" and any(dep(g) == "neg" for g in child.children)):  # "no longer"
                return True
        return False

    def negated(self, verb: Token) -> bool:
        if self.own_negation(verb):
            return not self._is_litotes(verb)
        # "ne ... ni X ni Y": the second verb carries only "ni"; "n'a pas pu accepter".
        head = verb.head
        if dep(verb) == "conj" and self.own_negation(head) and any(
                fold(c.text) in ("ni", "nor", "neither") for c in [*verb.children, *head.children]):
            return True
        if dep(verb) == "ccomp" and _words(head) & self.negating_verbs & self.reporting:
            return True  # "Iran denied that it was helping the Taliban"
        if dep(verb) == "xcomp" and head.pos_ == "ADJ" and _words(head) & self.negating_adjectives:
            return True  # "China was reluctant to commit", "la France est réticente à imposer"
        if dep(verb) in ("acl", "xcomp") and head.pos_ == "NOUN" and _words(head) & self.negating_nouns:
            return True  # "Trump's reluctance to roll back tariffs", « son refus de négocier »
        if dep(verb) in ("xcomp",) and is_verbal(head):
            if _words(head) & self.litotes:
                return False
            if _words(head) & self.negating_verbs:
                return True
            if self.own_negation(head) and fold(head.lemma_) in self.negation_carriers:
                return True
        if after_gerund_mark(verb, self.gerund_marks) and dep(verb.head) == "prep" \
                and is_verbal(verb.head.head) and self.own_negation(verb.head.head):
            return True  # "would not respond by expelling diplomats": the means of an act not done
        if any(dep(c) == "mark" and fold(c.text) in ("sans", "without") for c in verb.children):
            return True
        return False

    def _is_litotes(self, verb: Token) -> bool:
        return bool(_words(verb) & self.litotes) and any(dep(c) == "xcomp" for c in verb.children)

    # -- modality -----------------------------------------------------------------------------
    def modality(self, verb: Token) -> Modality:
        result = Modality(negated=self.negated(verb))
        result.threat_condition = self._has_mark(verb, self.threat_conditions)
        reason = self._hypothetical(verb) or self._question(verb)
        if reason:
            result.hypothetical, (result.reason, result.marker) = True, reason
        return result

    def _question(self, verb: Token) -> tuple[str, str] | None:
        """"Will Russia attack Ukraine?", "Qui a tué le journaliste ?": what a question asks
        about is not told as done (gold/GUIDELINES.md: hypothetical). The clause ends with the
        question mark (the verb's own words, closing quotes aside)."""
        doc = verb.doc
        end = verb.right_edge.i
        while end > verb.i and (doc[end].is_quote or doc[end].is_space):
            end -= 1  # '"Why did Russia attack us?"': the quote closes after the mark
        while end + 1 < len(doc) and (doc[end + 1].is_quote or doc[end + 1].text == "?") and doc[end].text != "?":
            end += 1
        return ("question", "?") if doc[end].text == "?" else None

    def _has_mark(self, verb: Token, words: frozenset[str]) -> bool:
        for child in verb.children:
            if dep(child) == "advcl" and any(dep(g) == "mark" and _words(g) & words for g in child.children):
                return True
            if dep(child) in ("advmod", "cc", "prep", "mark") and _words(child) & words:
                return True
        text = fold(verb.doc[verb.i:verb.right_edge.i + 1].text)
        return any(f" {w} " in f" {text} " for w in words if " " in w)

    def _hypothetical(self, verb: Token) -> tuple[str, str] | None:
        current = verb
        for _ in range(6):
            found = self._own_modality(current)
            if found:
                return found
            label = dep(current)
            head = current.head
            if head is current:
                return None
            if label == "conj" and self._own_clause(current):
                return None  # "the caliphate would not have been destroyed ..., and I applaud the president"
            if label == "conj":
                # an infinitive the parser joined to a participle has the mood of the infinitive
                # above it (as its source: rule conj-verb)
                current = infinitive_above(current) or head
                continue
            if label == "prep" and fold(current.text) in self.gerund_marks and is_verbal(head):
                # "could respond by imposing sanctions": the means has the mood of the act it is
                # the means of (the English parser makes "by" the gerund's head)
                current = head
                continue
            if label in GOVERNING or label in ("acl",):
                words = _words(head)
                if words & self.reporting and label == "ccomp":
                    return self._reported_future(current)
                if words & self.intent and head.pos_ == "ADJ":
                    if words & self.realised_when_past and self._past_copula(head):
                        return None  # "officers were able to apprehend a suspect": they did
                    return "intent", fold(head.lemma_)
                if words & self.modal and label != "advcl":
                    return "modal", fold(head.lemma_)
                if label == "advcl" and not self._purpose(current):
                    # "will keep its base after American troops leave Syria": a present tense
                    # under a future tells the future too; "after", "when", "because" clauses
                    # otherwise keep their own mood
                    ahead = self._own_modality(head)
                    if ahead and ahead[0] == "future" and "Pres" in current.morph.get("Tense") \
                            and not any(dep(c).startswith("aux") for c in current.children):
                        return ahead
                    return None
                # "se rendra en Guyane pour rendre hommage": what a future act is for is future too
                current = head
                continue
            return None
        return None

    @staticmethod
    def _past_copula(adjective: Token) -> bool:
        """"were able", "était capable": the adjective's copula (its head or its cop child) is
        in the past tense."""
        copulas = [c for c in adjective.children if dep(c) == "cop"] + (
            [adjective.head] if dep(adjective) == "acomp" else [])
        return any("Past" in c.morph.get("Tense") for c in copulas) and not any(
            "Fut" in c.morph.get("Tense") for c in copulas)

    def _purpose(self, clause: Token) -> bool:
        """"pour rendre hommage", "afin de", "to meet": a clause saying what an act is for."""
        marks = [fold(g.text) for g in clause.children if dep(g) == "mark"]
        if marks:
            return bool(set(marks) & self.purpose_marks)
        return any(dep(g) == "aux" and fold(g.text) in self.purpose_marks for g in clause.children)

    @staticmethod
    def _own_clause(verb: Token) -> bool:
        """A coordinated verb with a subject and a tense of its own heads a clause of its own
        ("the caliphate would not have been destroyed without the Kurds, and I applaud the
        president", « la Russie pourrait attaquer et l'Ukraine se prépare »): it does not share
        the mood of the clause it is joined to."""
        return "Fin" in verb.morph.get("VerbForm") and any(dep(c) in ("nsubj", "nsubjpass", "nsubj:pass", "expl") for c in verb.children)

    def _own_modality(self, verb: Token) -> tuple[str, str] | None:
        if self._is_future(verb):
            return "future", fold(verb.text)
        for child in verb.children:
            label = dep(child)
            # (a noun predicate's copula carries its tense: « seront en grève lundi »)
            if label.startswith("aux") or label == "cop":
                if self._is_future(child):
                    return "future", fold(child.text)
                if _words(child) & self.future_aux:  # "will", "could"; "va" (aller)
                    return ("modal" if _words(child) & self.hedges else "future"), fold(child.text)
            if label == "advcl" and any(dep(g) == "mark" and _words(g) & self.if_marks for g in child.children):
                return "condition", self.if_word
            if label in ("acomp", "amod") and _words(child) & self.intent and child.i < verb.i:
                return "intent", fold(child.lemma_)
        head = verb.head
        if head != verb and dep(verb) == "xcomp" and fold(head.lemma_) in ("aller", "go") and head.i < verb.i:
            return "future", fold(head.text)
        if dep(verb) == "advcl" and any(
                dep(g) == "mark" and _words(g) & self.if_marks for g in verb.children):
            return "condition", self.if_word  # the condition itself: "si elle envahissait l'Ukraine"
        return None

    def _is_future(self, verb: Token) -> bool:
        """The morphology says future; in French the form must also end like one, because
        the tagger reads some presents as futures ("fournit", "réunit")."""
        if "Fut" not in verb.morph.get("Tense"):
            # and the other way round: an ending only a future has makes one whatever the tag
            return bool(self.future_only_endings) and "Fin" in verb.morph.get("VerbForm") \
                and fold(verb.text).endswith(self.future_only_endings)
        return not self.future_endings or fold(verb.text).endswith(self.future_endings)

    def _reported_future(self, clause: Token) -> tuple[str, str] | None:
        """French simple conditional in reported speech is a future in the past ("a dit
        qu'il attaquerait"); a past conditional ("aurait attaqué") is not."""
        conditional = "Cnd" in clause.morph.get("Mood") or (
            self.traits.get("conditional_from_infinitive", False) and _conditional_from_infinitive(clause))
        if conditional and not any(dep(c).startswith("aux") for c in clause.children):
            return "future", fold(clause.text)
        return None

    # -- attribution ----------------------------------------------------------------------------
    def reporters(self, verb: Token) -> list[Token]:
        """Reporting verbs whose statement contains `verb`."""
        found = []
        for ancestor in verb.ancestors:
            if _words(ancestor) & self.reporting and is_verbal(ancestor):
                found.append(ancestor)
                break
        for child in verb.children:
            if dep(child) == "parataxis" and _words(child) & self.reporting:
                found.append(child)
        return found

    def speaker(self, reporter: Token, statement: Token) -> list:
        syntax = self.syntax
        found = syntax.source(reporter)
        if found.mentions and found.how not in ("fallback", "pronoun"):
            return found.mentions
        # An inverted subject after the reporting verb ("..., a déclaré ce lundi le ministre
        # russe ... Lavrov") beats a guess from the words before it (the statement's end).
        inside = {t.i for t in statement.subtree}
        for token in reporter.subtree:
            if token.i > reporter.i and token.i not in inside and syntax.by_token.get(token.i):
                return syntax.by_token[token.i]
        # A guess that lands inside the statement ("Kiev a reçu des armes, a-t-il précisé")
        # names who the statement is about, not who speaks.
        guessed = [i for i, mentions in syntax.by_token.items() if any(m in found.mentions for m in mentions)]
        return found.mentions if guessed and not inside.intersection(guessed) else []

    def opens_according_to(self, token: Token) -> bool:
        """Whether `token` is "selon", "d'après" or the first word of "according to"; or an
        `opinion_openers` word opening the sentence (« Pour le ministre, ... »)."""
        nxt = fold(token.nbor(1).text) if token.i + 1 < len(token.doc) else ""
        if fold(token.text) in self.opinion_openers:
            return all(t.is_punct for t in token.doc[:token.i])
        return bool(_words(token) & self.according_to) or f"{fold(token.text)} {nxt}" in self.according_to

    def according_to_mentions(self) -> list:
        """Mentions introduced by "selon" / "according to" anywhere in the sentence."""
        syntax, out = self.syntax, []
        for token in syntax.doc:
            if self.opens_according_to(token):
                for child in list(token.children) + ([token.head] if dep(token) == "case" else []):
                    if child == token:
                        continue
                    out += syntax.phrase_mentions(child)
                    for g in child.children:
                        if dep(g) == "pobj":
                            out += syntax.phrase_mentions(g)
        return out
