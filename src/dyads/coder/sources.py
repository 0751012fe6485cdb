"""Who does what a trigger says: its subject, the agent of a passive, the noun a relative or
participle clause modifies, the subject of a coordinated or controlling verb, pronouns
resolved in the sentence or in the article, and the actors written just before the verb."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.codes import ActorCode
from dyads.folding import fold
from dyads.lang import language
from dyads.coder.tokens import (NOUN_MODIFIERS, OBJECT, PASSIVE_SUBJECT, PEOPLE_SECTORS, SUBJECT, Found, after_gerund_mark, agrees, case_word, dep, infinitive_above,
                                is_past_participle, is_verbal, unique, token_mention)
from dyads.model import Mention
from dyads.coder.references import home_mark


def most_specific(mentions: list[Mention]) -> list[Mention]:
    """"United States District Judge Michael Urbanski": the country that qualifies an actor of
    its own is that actor, not a second source (USAJUD, not USAJUD and USA)."""
    parsed = {m.code: ActorCode.parse(m.code) for m in mentions if m.code}
    qualified = {p.country for p in parsed.values() if p.sector}
    return [m for m in mentions if not (m.code and not parsed[m.code].sector and parsed[m.code].country in qualified)]


def _plural_nouns(tokens) -> bool:
    """Subject heads that are all plural common nouns ("officials", "audience members"): no
    referent of "he" or "she"."""
    return bool(tokens) and all(t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") for t in tokens)


class SourceRules:
    """Mixed into dyads.coder.syntax.SentenceSyntax."""

    def misread_participle(self, token: Token) -> bool:
        """A past participle the parser took for a noun or an adjective, its perfect auxiliary
        read as a copula ("La chancelière a téléphoné au président": "téléphoné" NOUN, "a"
        cop): `perfect_auxiliaries` are verbs that are never copulas (French "avoir")."""
        return token.pos_ in ("NOUN", "ADJ") and any(
            c.pos_ == "AUX" and fold(c.lemma_) in self.perfect_auxiliaries for c in token.children)

    def stance_participle(self, token: Token) -> bool:
        """A participle of stance (`statal`: "committed", "opposed") the parser reads as the
        complement of a copula, tagged as a participle or as an adjective, that takes an act
        ('"We are committed to keeping our border safe"', "said it was opposed to holding
        talks"): it is said of the copula's subject, as the passive "Vietnam is committed to" is.
        Held towards a thing or a body it is loyalty, no pledge ("I am committed to this agency")."""
        if dep(token) != "acomp" or token.pos_ not in ("VERB", "ADJ") or not fold(token.text).endswith("ed"):
            return False
        if not {fold(token.lemma_), *language(self.lang).verb_stems(fold(token.text))} & self.statal:
            return False
        return any(dep(c) == "xcomp" or (dep(c) == "prep" and any(dep(g) == "pcomp" and g.tag_ == "VBG" for g in c.children))
                   for c in token.children)

    def source(self, verb: Token, _seen: frozenset[int] = frozenset()) -> Found:
        """The actor doing what `verb` says: its subject, the agent of a passive, the noun a
        relative or participle clause modifies, the subject shared by coordinated verbs or
        a controlling verb; pronouns resolved to the subject of the governing clause."""
        if verb.i in _seen:
            return Found([], "none")
        if verb.pos_ == "NOUN" and not self.misread_participle(verb) and not (
                any(dep(c) == "cop" for c in verb.children) and self.children(verb, SUBJECT)):
            # an event noun that no verb carries (not the predicate of a copula with its own
            # subject: « les cheminots sont en grève »)
            return self.noun_agents(verb)
        seen = _seen | {verb.i}
        if self.is_passive(verb):
            agents = self.agent(verb)
            if not agents and fold(verb.lemma_) in self.statal:  # "Vietnam is committed to opening up"
                return self._resolve_subject(verb, self.children(verb, PASSIVE_SUBJECT), seen)
            mentions = unique([m for a in agents for m in self.phrase_mentions(a)])
            if not mentions:
                found = self._attack_of(verb)
                if found.mentions:
                    return found
            return Found(mentions, "direct" if mentions else "none", tuple(agents), rule="passive-agent")
        subjects = self.children(verb, SUBJECT | PASSIVE_SUBJECT)  # not passive: see is_passive
        # "Le gouvernement malien a de son côté dénoncé ...", "Sur Twitter, Philippe Gosselin a
        # dénoncé ...": the parser takes the adverbial for the subject and hangs the real one on
        # the auxiliary or on the adverbial itself (a subject has no preposition)
        adverbial = [s for s in subjects if case_word(s) is not None]
        if adverbial:
            subjects = [s for s in subjects if s not in adverbial] + [
                s for aux in verb.children if dep(aux).startswith("aux") for s in self.children(aux, SUBJECT)] + [
                a for s in adverbial for a in s.children if dep(a) == "appos"]
        # "Environ 2 000 citoyens maliens ..., particulièrement les islamistes, qui contrôlent le
        # nord ... ont manifesté": a bare noun phrase the parser read as an oblique before the
        # subject is the subject, the "subject" an aside (an oblique has a preposition; a time
        # noun would name no actor)
        bare = [c for c in verb.children if dep(c) in ("obl", "obl:mod") and case_word(c) is None
                and c.pos_ in ("NOUN", "PROPN") and subjects and c.i < min(s.i for s in subjects)
                and any(m.code for m in self.phrase_mentions(c))]
        if bare and self.traits.get("bare_oblique_subject", False):
            subjects = bare[:1]
        if subjects:
            return self._resolve_subject(verb, subjects, seen)
        label = dep(verb)
        head = verb.head
        if self.stance_participle(verb) and self.children(head, SUBJECT):  # "it is committed to"
            return self._resolve_subject(head, self.children(head, SUBJECT), seen)
        if label == "xcomp" and head.pos_ == "ADJ" and self.children(head, SUBJECT):  # "Moscou est prêt à négocier"
            found = self._resolve_subject(head, self.children(head, SUBJECT), seen)
            return Found(found.mentions, "inherited" if found.how == "direct" else found.how, found.tokens, rule="adjective-controller")
        if label == "xcomp" and head.pos_ == "ADJ" and head.head != head:  # "is willing to withdraw"
            head = head.head
        if label == "xcomp" and is_verbal(head) and self.is_passive(head) and not self.agent(head) \
                and self.children(head, PASSIVE_SUBJECT):  # "Saudi Arabia is expected to restore ties"
            found = self._resolve_subject(head, self.children(head, PASSIVE_SUBJECT), seen)
            return Found(found.mentions, "inherited" if found.how == "direct" else found.how, found.tokens, rule="raised-subject")
        if label == "xcomp" and "Inf" in verb.morph.get("VerbForm") and verb.head.i == head.i \
                and fold(head.lemma_) in self.lexicon.words("undergoing_verbs") and any(
                fold(c.text) in self.lexicon.words("reflexive_clitics") for c in head.children):
            # « les prisonniers se voient refuser l'accès aux soins »: the subject undergoes the
            # act, whose doer the sentence does not name (rule undergone-infinitive)
            return Found([], "none", rule="undergone-infinitive")
        if label == "xcomp" and head != verb and is_verbal(head) and not self.is_passive(head) \
                and self.traits.get("object_control", False):
            controller = [o for o in self.children(head, OBJECT) if o.i < verb.i]
            # (a city visited is no controller: "visited Tehran to demand that Iran stop ...")
            mentions = unique([m for o in controller for m in self.phrase_mentions(o) if m.kind != "place"])
            if any(m.code for m in mentions):
                # "The US forced Iran to withdraw", "has prompted officials from Mexico to make
                # concessions": the actor the governing verb's object names does what its
                # infinitive says (rule object-controller; "used an executive order to add" is no
                # such actor). Only when that verb tells a fact: "in an attempt to force the U.S.
                # to abandon the base", "a policy of requiring employees to sign", "does not
                # allow X to" tell no act of X
                realised = head.tag_ in ("VBD", "VBZ", "VBP", "VBN") and not any(
                    dep(c) == "neg" or fold(c.text) in self.lexicon.words("negation") for c in head.children)
                return Found(mentions if realised else [], "inherited" if realised else "none", tuple(controller),
                             rule="object-controller")
        above = infinitive_above(verb)
        if above is not None:
            # « pour rendre hommage aux militaires décédés et apporter son soutien »
            found = self.source(above, seen)
            return Found(found.mentions, found.how if found.how != "direct" else "inherited", found.tokens, rule="conj-verb")
        if label in ("conj", "xcomp") and head != verb and is_verbal(head):
            if label == "conj" and self.is_passive(head) and self.children(head, PASSIVE_SUBJECT) \
                    and not is_past_participle(verb):  # "a été saccagé et incendié": passive too
                # "Putin was briefed, and flew to Magnitogorsk": who undergoes the first verb
                # does the second (active) one
                found = self._resolve_subject(head, self.children(head, PASSIVE_SUBJECT), seen)
                return Found(found.mentions, found.how if found.how != "direct" else "inherited", found.tokens, rule="conj-verb")
            if label == "conj" and self._finite(verb) and "Inf" in head.morph.get("VerbForm"):
                # "he has arranged for the Guard to be available and has requested Trump declare
                # ...": a tensed verb the parser joined to an infinitive is coordinated with the
                # tensed verb the infinitive hangs under (rule conj-finite)
                tensed = next((a for a in head.ancestors if is_verbal(a) and self._finite(a)), None)
                if tensed is not None:
                    found = self.source(tensed, seen)
                    return Found(found.mentions, found.how if found.how != "direct" else "inherited", found.tokens,
                                 rule="conj-finite")
            found = self.source(head, seen)
            reporter = head.head
            if label == "conj" and not found.mentions and dep(head) == "ccomp" and reporter.i != head.i \
                    and is_verbal(reporter) and fold(reporter.lemma_) in self.lexicon.words("reporting") \
                    and "Fin" in verb.morph.get("VerbForm"):
                # "Flynn said there was a lack of transparency and urged the crowd to ...": a finite
                # verb the parser joined to the reported clause, whose subject names no actor,
                # goes with the reporting verb (rule conj-verb)
                found = self.source(reporter, seen)
            return Found(found.mentions, found.how if found.how != "direct" else "inherited", found.tokens, rule="conj-verb" if label == "conj" else "controlling-verb")
        if label in ("acl:relcl", "relcl"):
            return self._noun_source(head, "relative-clause")
        admitted = self._admitting_verb(verb)
        if admitted is not None:
            # "A man pleaded guilty to threatening to kill Rep. Omar", "Russia admitted to attacking
            # the ships": the act admitted is the admitter's own (rule admitted-act)
            found = self.source(admitted, seen)
            return Found(found.mentions, "inherited" if found.mentions else "none", found.tokens, rule="admitted-act")
        if label == "acl" and head.pos_ in ("NOUN", "PROPN"):
            stranded = self._stranded_auxiliary(verb) if is_past_participle(verb) else None
            if stranded is not None:
                # "Le gouvernement malien a de son côté dénoncé", « l'Iran avait pourtant, sous la
                # pression de l'Allemagne, accepté »: words between the auxiliary and its
                # participle make the parser hang the participle on a noun of the aside; the
                # auxiliary's subject does what the participle says (rule split-auxiliary)
                found = self._resolve_subject(verb, self.children(stranded, SUBJECT), seen)
                return Found(found.mentions, found.how, found.tokens, rule="split-auxiliary")
            if is_past_participle(verb):
                return self._agent_of(verb, "participle-agent")
            if verb.tag_ == "VBD":  # a finite verb of a series the parser hung on a noun
                return Found([], "none")  # ("asked about the Muslim Brotherhood, called Omar a ...")
            found = self._noun_source(head, "participle-noun")
            if not found.mentions and verb.tag_ == "VBG" and dep(head) == "pobj" and head.pos_ == "PROPN" \
                    and not self.by_token.get(head.i):
                # "Pompeo posted a message on Twitter blaming Iran": a participle the parser hangs
                # on the name of a medium says what the clause's subject did with it
                return self._clause_above(head, seen, "medium-participle") or found
            return found
        # "to use", « pour rendre hommage »: an infinitive's doer is the clause's subject (with
        # its mark: a bare English infinitive hung as advcl is a misparsed verb of a list)
        infinitive = any(dep(c) == "aux" and fold(c.text) == "to" for c in verb.children) or (
            "Inf" in verb.morph.get("VerbForm") and any(dep(c) == "mark" for c in verb.children))
        if label == "advcl" and verb.tag_ == "VBN" and not any(dep(c).startswith("aux") for c in verb.children):
            # "He faces 175 years in prison if convicted", "when arrested": the clause's subject
            # undergoes a tenseless passive; its doer is its agent, if any
            return self._agent_of(verb, "passive-agent")
        if label == "advcl" and ("Ger" in verb.morph.get("VerbForm") or verb.tag_ == "VBG" or infinitive
                                 or "Part" in verb.morph.get("VerbForm")) and is_verbal(head):
            found = self.source(head, seen)
            return Found(found.mentions, "inherited" if found.mentions else "none", found.tokens, rule="adverbial-clause")
        mark = verb.head if after_gerund_mark(verb, self.lexicon.words("gerund_marks")) else verb
        # "said they would take measures, including calling for a UN debate": a gerund whose
        # mark hangs on a verb or on a noun of acts (`act_list_nouns`) is one of the acts of the
        # clause's subject; on another noun ("faces charges, including conspiring to hack"), it
        # tells what the noun holds
        if self._gerund(verb) and (mark.i == verb.i or is_verbal(mark.head)
                                   or fold(mark.head.lemma_) in self.lexicon.words("act_list_nouns")):
            # "Tokyo a réagi en protestant auprès de Pékin", however the parser hangs the
            # gerund: whoever does what the clause it belongs to says (climbing from the mark:
            # "including" is itself a verb form)
            found = self._clause_above(mark, seen, "gerund")
            if found:
                return found
        return self.left_source(verb)

    def _agent_of(self, verb: Token, rule: str) -> Found:
        """The agent of a passive or a participle ("by X", « par X »), or no one."""
        agents = self.agent(verb)
        mentions = unique([m for a in agents for m in self.phrase_mentions(a)])
        return Found(mentions, "direct" if mentions else "none", tuple(agents), rule=rule)

    def _stranded_auxiliary(self, participle: Token) -> Token | None:
        """The word holding the subject of a participle cut from its auxiliary (`perfect_auxiliaries`,
        before it): the auxiliary itself, read as a verb with the aside as its object, or the
        noun of the aside the parser made the clause's head, the auxiliary hanging on it."""
        if not self.perfect_auxiliaries or any(dep(c).startswith("aux") for c in participle.children):
            return None
        for level, holder in enumerate(list(participle.ancestors)[:2]):
            if holder.i > participle.i:
                return None
            if fold(holder.lemma_) in self.perfect_auxiliaries:
                auxiliaries = [holder]
            elif level == 0 and holder.pos_ in ("NOUN", "PROPN"):
                auxiliaries = [c for c in holder.children
                               if dep(c).startswith("aux") and fold(c.lemma_) in self.perfect_auxiliaries]
            else:  # a verb with an auxiliary of its own has its own participle ("a remis sa
                continue  # démission dans une lettre adressée au Premier ministre")
            if any(a.i < participle.i for a in auxiliaries) and self.children(holder, SUBJECT):
                return holder
        return None

    def _admitting_verb(self, verb: Token) -> Token | None:
        """The verb of admission (`admission_verbs`: "admit", "confess", "plead" guilty) whose
        `admission_preps` phrase ("to") holds `verb`, a gerund ("pleaded guilty to threatening");
        None otherwise. An active verb with no object of its own: "accused X of attacking" is
        X's act, told as an accusation."""
        preps = self.lexicon.words("admission_preps")
        if not preps or dep(verb) != "pcomp" or verb.tag_ != "VBG" or fold(verb.head.text) not in preps:
            return None
        governor = verb.head.head
        if dep(governor) == "acomp" and is_verbal(governor.head):
            governor = governor.head  # "pleaded guilty to threatening": the parser hangs "to" on "guilty"
        if not is_verbal(governor) or fold(governor.lemma_) not in self.lexicon.words("admission_verbs") \
                or self.is_passive(governor) or self.children(governor, OBJECT):
            return None
        return governor

    def _no_person_for(self, pronoun: Token, found: Found) -> bool:
        """"Reporters asked Trump about it, but he declined": with the trait
        `personal_pronouns_for_people`, "he" and "she" are none of a plural group or an
        organisation of private people (a man, a suspect, a journalist may be "he")."""
        if not self.traits.get("personal_pronouns_for_people", False) or fold(pronoun.text) not in self.reference_pronouns:
            return False
        collective = any("Plur" in t.morph.get("Number") for t in found.tokens) or any(
            m.kind == "organisation" for m in found.mentions)
        # ("Officials said he would ...": nor a plural common noun, whatever its sector)
        return (collective and all(m.kind != "person" and (m.code or "").endswith(PEOPLE_SECTORS) for m in found.mentions)) \
            or _plural_nouns(found.tokens)

    @staticmethod
    def _finite(verb: Token) -> bool:
        """A verb with a tense of its own: finite itself or through an auxiliary ("has requested")."""
        return any("Fin" in t.morph.get("VerbForm") for t in [verb] + [c for c in verb.children if dep(c).startswith("aux")])

    def _named_as_object(self, verb: Token, person: Mention) -> bool:
        """"He urged Mr. Trump to make a deal": a subject pronoun never stands for the person its
        own verb names as its object (rule pronoun-not-object); the person the article named
        last is then someone else's referent, and the sentence names no source."""
        words = set(fold(person.text).split())

        def same(mention: Mention) -> bool:
            # one name for the other: a shared last word ("Mr. Trump", "Xi" for "Xi Jinping")
            other = fold(mention.text).split()
            return bool(other and words) and (other[-1] in words or fold(person.text).split()[-1] in other)
        return any(mention.kind == "person" and mention.code == person.code and same(mention)
                   for obj in self.objects(verb) for token in obj.subtree
                   for mention in self.by_token.get(token.i, []))

    def _governed_by_plural(self, verb: Token) -> bool:
        """"Officials said he would meet Macron", "Audience members laughed when he urged
        voters": the subject of the closest clause above is a plural noun, which "he" or "she"
        cannot stand for; the person named before stays the referent, as in a main clause."""
        for ancestor in verb.ancestors:
            if not is_verbal(ancestor):
                continue
            subjects = self.children(ancestor, SUBJECT)
            if subjects:
                return _plural_nouns(subjects)
        return False

    def _person_before(self, pronoun: Token) -> Mention | None:
        """The person a personal pronoun inside a sentence stands for: the last person heading a
        subject before it, else the only person named before it."""
        people = [m for m in self.mentions if m.kind == "person" and m.code and m.end <= pronoun.idx]
        subjects = [m for m in people if self._in_subject(m)]
        if subjects:
            return subjects[-1]
        return people[0] if len({m.code for m in people}) == 1 else None

    def _clause_above(self, token: Token, seen: frozenset[int], rule: str) -> Found | None:
        """The source of the nearest verb above `token`, inherited under `rule`; None when
        that verb has none."""
        for ancestor in token.ancestors:
            if is_verbal(ancestor) and ancestor.i not in seen:
                found = self.source(ancestor, seen)
                return Found(found.mentions, "inherited", found.tokens, rule=rule) if found.mentions else None
        return None

    def noun_agents(self, noun: Token, with_parties: bool = True) -> Found:
        """Who an event noun names as its doer (rule noun-owner): its possessive ("Macron's
        visit"), a modifier naming an actor ("the U.S. embargo", "les sanctions américaines"),
        an actor after `noun_agent_preps` ("criticism by X", "une attaque par X") or the agent of a
        `noun_agent_participles` participle on it ("the attack carried out by X"); with `with_parties`, the
        parties after `party_preps` (a subject's are already among the subject's phrase mentions)."""
        agent_preps = self.lexicon.words("noun_agent_preps")
        participles = self.lexicon.words("noun_agent_participles")
        # "the resignation of Theresa May", « la démission de M. Berlusconi »: a noun whose act is
        # done to no one names its doer after "of" / « de », when that word itself names an actor
        # (« la manifestation d'un désir de langue française » is no protest by the French)
        doer_of = self.lexicon.words("doer_of_preps") if {fold(noun.lemma_), fold(noun.text)} & \
            self.lexicon.words("doer_of_nouns") else frozenset()
        # "an extradition request from the US", "assurances from Washington": words sent to someone
        # name their sender after `sender_preps`, when that word itself names an actor
        if {fold(noun.lemma_), fold(noun.text)} & self.lexicon.words("sender_nouns"):
            doer_of = doer_of | self.lexicon.words("sender_preps")
        agents: list[Token] = []
        parties: list[Token] = []
        for child in noun.children:
            label = dep(child)
            if label in ("poss", "nmod:poss") or (label in ("compound", "amod") and self.by_token.get(child.i)):
                agents.append(child)
            elif label in ("prep", "agent") and fold(child.text) in agent_preps:
                agents += [g for g in child.children if dep(g) == "pobj"]
            elif label in ("prep", "agent") and fold(child.text) in doer_of:
                agents += [g for g in child.children if dep(g) == "pobj" and self.by_token.get(g.i)]
            elif label in ("nmod", "obl") and case_word(child) in agent_preps:
                agents.append(child)
            elif label in ("nmod", "obl") and case_word(child) in doer_of and self.by_token.get(child.i):
                agents.append(child)
            elif label == "acl" and fold(child.lemma_) in participles:
                agents += self.agent(child)
            elif with_parties and self._parties(noun, child):
                # "reschedule a meeting between Trump and Xi", « une rencontre entre le chef de
                # l'opposition et les dirigeants de Pékin »: the parties the noun names, with their
                # owners, are its doers (`party_preps`)
                parties += [g for g in child.children if dep(g) == "pobj"] if label == "prep" else [child]
        mentions = unique([m for a in agents for m in self.phrase_mentions(a, owners=False)]
                          + [m for a in parties for m in self.phrase_mentions(a)])
        agents += parties
        return Found(most_specific(mentions), "direct" if mentions else "none", tuple(agents), rule="noun-owner")

    def _attack_of(self, verb: Token) -> Found:
        """"was killed in a US counter-terrorism operation", "tués dans une frappe israélienne":
        a passive with no agent, whose attack noun (an ASSAULT noun of the lexicon) names an
        actor as its modifier or owner: that actor did it (rule attack-agent)."""
        violent = any(e.type == "ASSAULT" for e in self.lexicon.candidates(verb.lemma_, "verb"))
        for prep in self.attack_preps:
            for noun in self.prep_args(verb, prep, 0):
                document = fold(noun.lemma_) in self.speaking_documents  # "was condemned in a joint statement by Egypt"
                # "was killed in a US counter-terrorism operation": an operation that kills is an attack
                operation = violent and fold(noun.lemma_) in self.lexicon.words("armed_operations")
                if not document and not operation and not any(
                        e.type == "ASSAULT" for e in self.lexicon.candidates(noun.lemma_, "noun")):
                    continue
                mentions = unique(self.phrase_mentions(noun) + [
                    m for prep_word in self.lexicon.words("noun_agent_preps") for a in self.prep_args(noun, prep_word, 0)
                    for m in self.phrase_mentions(a)] if document else self.phrase_mentions(noun))
                if mentions:
                    return Found(mentions, "direct", (noun,), rule="attack-agent")
        return Found([], "none")

    def _gerund(self, verb: Token) -> bool:
        """A present participle after a gerund mark ("en protestant", "by protesting")."""
        marks = self.lexicon.words("gerund_marks")
        if not marks or not (verb.tag_ == "VBG" or "Pres" in verb.morph.get("Tense") and "Part" in verb.morph.get("VerbForm")):
            return False
        return any(c.i < verb.i and fold(c.text) in marks for c in verb.children) or after_gerund_mark(verb, marks)

    def _noun_source(self, noun: Token, rule: str) -> Found:
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
                return Found(found.mentions, "inherited" if found.mentions else "none", found.tokens, rule="document-issuer")
            return Found([], "none", (noun,))
        mentions = self.phrase_mentions(noun)
        return Found(mentions, "direct" if mentions else "none", (noun,), rule=rule)

    def _resolve_subject(self, verb: Token, subjects: list[Token], seen: frozenset[int]) -> Found:
        if not subjects:
            return Found([], "none")
        subject = subjects[0]
        if subject.tag_ == "VBG" and self.children(subject, SUBJECT):  # "The Red Cross operating in Iraq said"
            subjects = self.children(subject, SUBJECT)
            subject = subjects[0]
        if self.is_relative(subject) and dep(verb) in ("acl:relcl", "relcl"):
            return self._noun_source(verb.head, "relative-clause")
        if self.is_pronoun(subject) and not self.by_token.get(subject.i):
            found = self._governing_source(verb, seen, subject)
            if found.mentions and not self._no_person_for(subject, found):
                return found
            if "1" in subject.morph.get("Person"):
                return self._first_person(verb, subject)
            if self.previous_group and fold(subject.text) in self.group_pronouns and self._main_clause(verb) and not (
                    fold(subject.text) in self.singular_group_pronouns and len({m.code for m in self.previous_group}) != 1):
                # "They called on Turkey to ...": the actors the subject of a sentence before named
                mentions = [token_mention(subject, m.code, m.kind,
                                          f"pronoun for {m.text!r}") for m in self.previous_group]
                return Found(mentions, "pronoun", (subject,), rule="group-pronoun-in-article")
            earlier = self._person_before(subject) if fold(subject.text) in self.reference_pronouns else None
            if earlier is not None and self._named_as_object(verb, earlier):
                return Found([], "none", (subject,))
            if earlier is not None:
                # "The press asked Trump about it, but he declined to comment": the person the
                # sentence named before the pronoun
                mention = token_mention(subject, earlier.code, "person", f"pronoun for {earlier.text!r}" + home_mark(earlier.entry))
                return Found([mention], "pronoun", (subject,), rule="pronoun-in-sentence")
            if self.previous_person is not None and fold(subject.text) in self.reference_pronouns \
                    and (self._main_clause(verb) or self._governed_by_plural(verb)) \
                    and not self._named_as_object(verb, self.previous_person):
                # "He also accused ...": the person the article named just before
                mention = token_mention(subject,
                                        self.previous_person.code, "person", f"pronoun for {self.previous_person.text!r}" + home_mark(self.previous_person.entry))
                return Found([mention], "pronoun", (subject,), rule="pronoun-in-article")
            return Found([], "none", (subject,))
        # "prices of Russian gas hit ...": a thing's owner does not act through it; "le géant
        # japonais promet ...": nor does a thing its nationality adjective describes
        mentions = unique([m for s in subjects if not self._described_thing(s)
                            for m in self.phrase_mentions(s, owners=fold(s.lemma_) not in self.non_agents)])
        if self.traits.get("stranded_conjuncts", False) and mentions:
            mentions = unique(self._stranded_conjunct(verb, subject) + mentions)
        mine = [c for c in subject.children if dep(c) in ("poss", "det") and fold(c.text) in self.first_person]
        if not mentions and mine:
            # "My thoughts are with ...", "mes premières pensées vont aux familles": the speaker's
            # own, named by the governing clause ('"My thoughts are with them," the mayor said')
            found = self._governing_source(verb, seen)
            return found if found.mentions else self._first_person(verb, mine[0])
        theirs = [c for c in subject.children if dep(c) in ("poss", "nmod:poss", "det") and fold(c.text) in self.owner_pronouns]
        if not mentions and theirs:
            # "The Russian Defense Ministry said its jets had struck ...": the speaker's own
            found = self._governing_source(verb, seen)
            if found.mentions:
                return found
        if not mentions and fold(subject.lemma_) in self.speaking_documents:
            # "The Turkish statement called for ...", "la résolution 1559 des Nations unies exige
            # ...": a document speaks for whoever issued it, named by its owner or nationality
            issuers = unique(self.phrase_mentions(subject))
            if issuers:
                return Found(issuers, "inherited", (subject,), rule="document-owner")
        if not mentions and "subject" in self.home_name_slots:
            home = self.home_name(subjects[:1], frozenset())
            if home:
                return Found([home], "home", tuple(subjects), rule="home-name")
        return Found(most_specific(mentions), "direct" if mentions else "none", tuple(subjects), rule="subject")

    def _main_clause(self, verb: Token) -> bool:
        """The sentence's main verb or one coordinated with it (where a pronoun subject may
        carry over from the sentence before; in a subordinate clause it rarely does)."""
        while dep(verb) == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return dep(verb) == "root"

    def _governing_source(self, verb: Token, seen: frozenset[int], pronoun: Token | None = None) -> Found:
        """The source of the closest governing clause that has one ("X said it would ...": the
        pronoun's referent, rule pronoun-in-sentence); with the trait
        `pronoun_number_agreement`, only one that agrees in number with `pronoun`."""
        for ancestor in verb.ancestors:
            if ancestor.i in seen or not is_verbal(ancestor):
                continue
            found = self.source(ancestor, seen)
            if found.mentions and (pronoun is None or not self.traits.get("pronoun_number_agreement", False)
                                   or agrees(pronoun, found.tokens)) and not self._singular_for_plural(pronoun, found.tokens):
                return Found(found.mentions, "pronoun", found.tokens, rule="pronoun-in-sentence")
        return Found([], "none")

    def _singular_for_plural(self, pronoun: Token | None, antecedent: tuple[Token, ...]) -> bool:
        """"Officials said it killed nine people": a pronoun of one actor (`singular_group_pronouns`,
        "it") never stands for a plural noun, one alone, not coordinated: it is a thing the
        sentence before told (the fire), no actor (rule it-not-plural). Any language: English "they"
        may stand for a singular state, "it" never for "officials"."""
        if pronoun is None or fold(pronoun.text) not in self.singular_group_pronouns or len(antecedent) != 1:
            return False
        noun = antecedent[0]
        return noun.pos_ == "NOUN" and noun.morph.get("Number") == ["Plur"] and not any(dep(c) == "conj" for c in noun.children)

    def _first_person(self, verb: Token, pronoun: Token) -> Found:
        """"I", "we", "my", "nous" stand for the speaker of the quote: named in the sentence
        (rule quoted-speaker), else the one who opened the quote in a sentence before."""
        found = self._quoted_speaker(verb, pronoun)
        if not found.mentions and self.speaker is not None:
            # "I thank John very much for his service." in a quote opened before
            mention = token_mention(pronoun, self.speaker.code, "person", f"speaker {self.speaker.text!r}" + home_mark(self.speaker.entry))
            return Found([mention], "pronoun", (pronoun,), rule="quote-speaker-in-article")
        return found

    def _quoted_speaker(self, verb: Token, pronoun: Token) -> Found:
        """"« Nous allons livrer des chars », a annoncé le chancelier": the French parser makes
        the quote the root and the reporting verb its parataxis; "nous" is that verb's subject
        (often parsed as its object, after the verb)."""
        reporting = self.lexicon.words("reporting")
        for head in [verb, *verb.ancestors]:
            for child in head.children:
                # 'X responded via Twitter: "I strongly reject ..."': a clause ending in a colon
                # before the quote introduces its speaker, whatever its verb
                introduces = dep(child) == "ccomp" and child.i < pronoun.i and any(
                    g.text == ":" and g.i > child.i for g in child.children)
                if not introduces and (dep(child) != "parataxis" or fold(child.lemma_) not in reporting):
                    continue
                speakers = self.children(child, SUBJECT) or [o for o in self.children(child, OBJECT) if o.i > child.i]
                mentions = unique([m for t in speakers for m in self.phrase_mentions(t)])
                if mentions:
                    return Found(mentions, "pronoun", tuple(speakers), rule="quoted-speaker")
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
        return unique(self.phrase_mentions(head, owners=False)
                       + [m for c in listed for m in self.phrase_mentions(c, owners=False)])

    def _stranded_subject(self, verb: Token, comma: int) -> Found:
        """« Zabihullah Moudjahid, porte-parole des talibans, a condamné l'attaque »: the French
        parser sometimes makes the opening name and its apposition a sentence of their own (a
        second root, a noun) and leaves the verb with no subject. A noun root that opens the
        sentence and runs up to the comma before the verb group is that subject."""
        roots = [t for t in self.doc[:comma] if dep(t) == "root" and t.pos_ in ("PROPN", "NOUN")
                 and t.left_edge.i == 0 and t.right_edge.i >= comma - 1] if dep(verb) == "root" else []
        if not roots:
            return Found([], "none", rule="left-fallback")
        found = self._resolve_subject(verb, roots[:1], frozenset({verb.i}))
        # a repair of a bad parse: as sure as the other fallbacks, not as a parsed subject
        return Found(found.mentions, "fallback", found.tokens, rule="stranded-subject") if found.mentions \
            else Found([], "none", rule="left-fallback")

    def left_source(self, verb: Token) -> Found:
        """Fallback when the parser found no subject: the actors written just before the
        verb group ("Washington et l'Alliance ont proposé"), across auxiliaries, adverbs,
        clitics, determiners and coordinators only."""
        start = min([verb.i] + [c.i for c in verb.children if dep(c).startswith("aux") or dep(c) in ("neg", "advmod") and c.i < verb.i])
        found: list[Mention] = []
        i = start - 1
        if i >= 0 and self.doc[i].text == ",":
            # "a water main broke in the US city of White Plains, New York, cutting off ...",
            # "Arnav Gupta, 33, of Bethesda, Maryland, set himself on fire": what a comma closes
            # right before the verb is an apposition or a place, not the subject, unless the
            # parser cut the sentence there (below)
            return self._stranded_subject(verb, i)
        while i >= 0:
            token = self.doc[i]
            if self.by_token.get(i):
                found = self.by_token[i] + found
            elif token.pos_ in ("AUX", "ADV", "PART", "DET", "CCONJ") or fold(token.text) in (",", "ne", "n'", "se", "s'"):
                pass
            else:
                break
            i -= 1
        return Found(unique(found), "fallback" if found else "none", rule="left-fallback")
