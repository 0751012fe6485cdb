"""Whom a trigger is aimed at: the first of the entry's slots (object, dative, a preposition,
the subject of a clause, the target of an infinitive ...) that holds an actor, or the owner of
the phrase there, or the actor coordinated predicates are about."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.dates import calendar_words
from dyads.folding import fold
from dyads.coder.tokens import (ARGUMENT_SLOTS, CLAUSE, OBJECT, PASSIVE_SUBJECT, STATE_SECTORS, SUBJECT, Found, case_word, dep,
                                is_past_participle, is_verbal, quote_run_on, tokens_within, unique, unique_tokens, token_mention)
from dyads.model import Mention
from dyads.coder.references import home_mark

# the entry of an object pronoun read as the other person named before (rule object-pronoun-other)
OTHER_PERSON = "other person: pronoun for "


# How the article's country's guesses give their reason (Mention.entry), which home_guess() reads.
HOME_NAME, HOME_PRONOUN, HOME_SITE = "unknown name in ", "pronoun in ", "public place in "
HOME_GUESSES = (HOME_NAME, HOME_PRONOUN, HOME_SITE)


def home_guess(mention: Mention) -> bool:
    """A mention the article's country gives a name or a pronoun the dictionary does not know
    (rules home-name, home-pronoun, attacked-site: a private person of that country, CVL, rule
    home-name-person): a guess, which counts
    as the bare country where a state's own ground or people at large are told apart."""
    return (mention.entry or "").startswith(HOME_GUESSES)


class TargetRules:
    """Mixed into dyads.coder.syntax.SentenceSyntax."""

    def instigation(self, noun: Token):
        """The REQUEST entry of a noun that frames an act as done at someone's request ("at the
        request of X", « à l'invitation de X »: a singular asking noun as a modifier of the
        verb), if it is one; not a demand the verb takes as its argument (« céder aux exigences
        de Moscou », « céder à la demande de Moscou »)."""
        if dep(noun) in ("obl:arg", "iobj") or "Plur" in noun.morph.get("Number"):
            return None
        return next((e for e in self.lexicon.candidates(noun.lemma_, "noun") if e.type == "REQUEST"), None)

    def slot_tokens(self, verb: Token, slot: str) -> list[Token]:
        if slot == "obj":
            if self.is_passive(verb):
                undergoing = self.children(verb, PASSIVE_SUBJECT) or (
                    self.children(verb, {"nsubj"}) if self.headline_passive(verb) or self.with_passive(verb) else [])
                if not undergoing and dep(verb) == "conj" and verb.head.i != verb.i:
                    # "Turkey is under EU sanctions, and was condemned by Egypt": the shared subject
                    undergoing = self.children(verb.head, SUBJECT | PASSIVE_SUBJECT)
                tensed = [verb] + [c for c in verb.children if dep(c).startswith("aux")]
                if not undergoing and dep(verb) in ("pcomp", "advcl") and not any("Fin" in t.morph.get("VerbForm") for t in tensed):
                    # "journalists were injured after being attacked by protesters": a passive with
                    # no tense of its own is undergone by the subject of the clause it hangs on
                    governing = next((a for a in verb.ancestors if is_verbal(a)), None)
                    undergoing = self.children(governing, SUBJECT | PASSIVE_SUBJECT) if governing is not None else []
                return undergoing
            if dep(verb) == "acl" and is_past_participle(verb) and not self.objects(verb):
                return [verb.head]  # "La Syrie, accusée par l'opposition de ...": what it is said of
            return self.objects(verb) or self.shared_object(verb)
        if slot == "aimed":  # "launched missiles targeting US troops in Iraqi bases": what the act is aimed at
            return [o for word in [verb, *self.objects(verb)] for a in word.children if dep(a) == "acl"
                    and fold(a.lemma_) in self.aiming_verbs for o in self.objects(a)]
        if slot in ("iobj", "dative"):  # "gave Kyiv", or a "to" the parser labels dative
            return [g for c in self.children(verb, {"iobj", "dative"})
                    for g in ([c] if c.pos_ != "ADP" else [g for g in c.children if dep(g) == "pobj"])]
        if slot == "ccomp_subj":
            # the doer of the reported clause: its subject, or the agent of a passive ("alleged
            # Navalny was poisoned by the Kremlin" accuses the Kremlin, not Navalny)
            # ... not people counted by a number who undergo or are something ("claimed 790
            # soldiers had been killed", "claiming 85,000 Americans were unemployed"): figures told
            # ... and of a clause coordinated with it under its own subject ('"The hearing is over,
            # and the Democrats' allegation has been debunked," Grisham said': rule judged-conjunct)
            clauses = [c for c in self.children(verb, {"ccomp"})]
            clauses += [g for c in clauses for g in c.children if dep(g) == "conj" and is_verbal(g)
                        and self.children(g, SUBJECT | PASSIVE_SUBJECT)]
            return [s for c in clauses
                    for s in ((self.is_passive(c) and self.agent(c)) or self.judged_subjects(c))
                    if not self._counted_undergoer(c, s)]
        if slot == "xcomp":
            return self.children(verb, {"xcomp"})
        if slot == "condition_subj":  # "unless Baghdad accepts", "si Kiev refuse"
            marks = self.lexicon.words("hypothetical_mark") | self.lexicon.words("threat_conditions")
            clauses = [c for v in [verb] + self.children(verb, {"xcomp"}) for c in self.children(v, {"advcl"})
                       if any(dep(g) == "mark" and fold(g.text) in marks for g in c.children)]
            return [s for c in clauses for s in self.children(c, SUBJECT | PASSIVE_SUBJECT)]
        if slot == "obj_subtree":
            return [t for o in self.objects(verb) for t in o.subtree]
        if slot == "obj_clause":
            # "dropped the charges brought against X", "lifted the sanctions it had imposed on
            # Russia", "an investigation into allegations made against X", « lever les charges qui
            # pesaient contre X »: a participle or relative clause describing the object (or a
            # noun right under it) says whom the sanctions or charges weigh on; that is whom
            # lifting or dropping them is aimed at (prepositions: `weighing_preps`)
            objects = self.acted_on(verb)
            nominals = objects + [n for o in objects for n in self.complements(o) if n.pos_ in ("NOUN", "PROPN")]
            clauses = [c for n in nominals for c in n.children if dep(c) in ("acl", "acl:relcl", "relcl") and is_verbal(c)]
            return unique_tokens([t for c in clauses for prep in sorted(self.lexicon.words("weighing_preps"))
                           for t in self.prep_args(c, prep, 0)])
        if slot == "purpose":
            return self.purpose_clauses(verb)
        if slot == "participle":
            return self.stating_participles(verb)
        if slot == "location":
            # "à l'appel des Frères musulmans", "in response to": an event noun after a place
            # preposition says why or at whose call, not where
            return [t for prep in sorted(self.location_preps) for t in self.prep_args(verb, prep)
                    if not self.lexicon.candidates(t.lemma_, "noun")]
        found = self.prep_args(verb, slot)
        if slot in self.lexicon.words("instigation_preps"):
            # "resigned at the request of Obama", « à l'invitation de Paris »: who asked, no target
            found = [t for t in found if not self.instigation(t)]
        if not found and dep(verb) == "acl" and is_past_participle(verb):
            # "des attaques contre des chrétiens, revendiquées par Boko Haram": the phrase a
            # participle describes holds the complements of the act
            found = self.prep_args(verb.head, slot, 1)
        return found

    def stating_participles(self, trigger: Token) -> list[Token]:
        """"filed a lawsuit accusing X of fraud", "a complaint alleging that X ...", "filed a
        petition, accusing X of ...": a bare present participle clause (no mark) that describes
        the document a complaint is (the noun trigger, or a verb trigger's object) or follows the
        verb states the complaint; its own slots say whom the complaint is aimed at (slot
        `participle`). Only a verb of the lexicon: "a lawsuit seeking damages" says no one."""
        holders = [trigger] if trigger.pos_ in ("NOUN", "PROPN") else self.objects(trigger)
        clauses = [c for h in holders for c in h.children if dep(c) == "acl"] + \
            [c for c in self.purpose_clauses(trigger) if dep(c) == "advcl"]
        return [c for c in clauses if is_verbal(c) and not any(dep(g) == "mark" for g in c.children)
                and (c.tag_ == "VBG" or ("Part" in c.morph.get("VerbForm") and "Pres" in c.morph.get("Tense")))
                and self.lexicon.candidates(c.lemma_, "verb")]

    def judged_subjects(self, clause: Token) -> list[Token]:
        """The subjects of a clause; when it has only an impersonal or demonstrative one
        (`impersonal_subjects`: "it", "this", « il », « c' », or an expletive) those of the
        clause saying what is judged — its complement clause or a clause of reason opened by a
        `reason_marks` word: "said it was a disgrace because China detained ...", « a déclaré
        qu'il était inacceptable que la Russie ait annexé ... », « C'est inacceptable dans la
        mesure où HP a augmenté ... »: the doer of the act judged."""
        subjects = self.children(clause, SUBJECT | PASSIVE_SUBJECT)
        impersonal = self.lexicon.words("impersonal_subjects")
        if any(fold(s.text) not in impersonal for s in subjects) \
                or not (subjects or any(dep(c) == "expl:subj" for c in clause.children)):
            return subjects
        marks = self.lexicon.words("reason_marks")
        judged = [c for c in clause.children if is_verbal(c) and (dep(c) in ("ccomp", "csubj") or (
            dep(c) in ("advcl", "obl:mod") and any(dep(g) == "mark" and fold(g.text) in marks for g in c.children)))]
        # "it is important to point out that the agreement ... infringes upon ...": the clause an
        # infinitive of saying takes says what is judged (rule judged-through-infinitive)
        judged += [g for c in clause.children if dep(c) == "xcomp" and is_verbal(c)
                   for g in c.children if dep(g) == "ccomp" and is_verbal(g)]
        return [s for c in judged for s in self.children(c, SUBJECT | PASSIVE_SUBJECT)] or subjects

    def verdict_clause(self, hit: Token, verb: Token | None, exclude: frozenset[str]) -> Found:
        """Whose act or thing a damning word in what is said judges (rule verdict-clause): the
        doer of the clause the word stands in — its subject, the agent of a passive, or for an
        impersonal subject the clause saying what is judged ('"Today's hearing is over, and the
        Democrats' central allegation has again been debunked"': not the hearing; "Trump is
        behaving like a bully") —, else the owner or agent of the noun the word qualifies or is
        ("the biggest lie being told by the administration", "Moscow's illegitimate annexation").
        Not past the verb of saying (`verb`) itself: what that verb's own clause says is its
        content's subject, found by the slots."""
        clause = hit if is_verbal(hit) else next((a for a in hit.ancestors if is_verbal(a)), None)
        tokens: list[Token] = []
        if clause is not None and verb is not None and not self._said_by(clause, verb):
            clause = None
        if clause is not None and clause is not verb:
            tokens = (self.is_passive(clause) and self.agent(clause)) or self.judged_subjects(clause)
            if dep(clause) in ("relcl", "acl:relcl") and any(self.is_relative(t) for t in tokens):
                tokens = [clause.head]  # "the agreement, which violates ...": what the relative stands for
            if not tokens and dep(clause) == "acl" and clause.head.pos_ in ("NOUN", "PROPN") and not is_past_participle(clause):
                # "the French president's suggestion that ... evokes a colonialist mentality" (the
                # parser hangs the verb on the noun): the noun it describes does it
                tokens = [clause.head]
            # a clause as subject ("denying American Samoans citizenship violated ..."): its doer is
            # not named there, whom it is done to is not judged
            tokens = [t for t in tokens if not is_verbal(t)]
        mentions = self._mentions(tokens, exclude)
        if not mentions:
            noun = hit if hit.pos_ == "NOUN" else hit.head if dep(hit) == "amod" and hit.head.pos_ == "NOUN" else None
            tokens = [noun] if noun is not None else []
            mentions = self._mentions(tokens, exclude)
        if mentions:
            return Found(mentions, "owner", tuple(tokens), rule="verdict-clause")
        return Found([], "none")

    @staticmethod
    def _said_by(clause: Token, verb: Token) -> bool:
        """A clause in what a verb of saying reports: under its complement clause ("said the
        deal violates ..."), or the clause the verb is inserted in ('"... is a sham," X said');
        not under an infinitive or a participle of the verb ("wrote denying X citizenship
        violated ...": the verdict is on the denial)."""
        if clause.i == verb.i:
            return True
        if clause in quote_run_on(verb):
            return True
        if verb in clause.ancestors:
            step = clause
            while step.head.i != verb.i:
                step = step.head
            return dep(step) in ("ccomp", "parataxis")
        return clause in verb.ancestors or verb.head.i == clause.i

    def shared_object(self, verb: Token) -> list[Token]:
        """"China criticized and threatened Japan", « a critiqué et menacé le Japon »: a verb with
        no object of its own, coordinated right away (only a conjunction, commas and adverbs
        between) with a later verb of the same subject, shares that verb's object; so does the
        later verb when the parser hung the object on the first one ("surrounded and threatened
        Senator Paul": the object follows both)."""
        if dep(verb) == "conj" and is_verbal(verb.head) and verb.head.i < verb.i \
                and not self.children(verb, SUBJECT | PASSIVE_SUBJECT):
            later = [o for o in self.objects(verb.head) if o.i > verb.i]
            if later:
                return later
        for conj in verb.children:
            if dep(conj) != "conj" or not is_verbal(conj) or conj.i < verb.i \
                    or self.children(conj, SUBJECT | PASSIVE_SUBJECT) or self.is_passive(conj):
                continue
            between = self.doc[verb.i + 1:conj.i]
            if all(dep(t) in ("cc", "punct", "advmod", "aux", "aux:tense", "neg") or t.head == conj for t in between):
                return self.objects(conj)
        return []

    def _counted_undergoer(self, clause: Token, subject: Token) -> bool:
        """The subject of a passive or copular clause counted by a number ("790 soldiers had been
        killed", "85,000 Americans were unemployed"): a figure claimed, not whom a claim accuses."""
        if dep(subject) == "agent" or not any(dep(c) == "nummod" for c in subject.children):
            return False
        return self.is_passive(clause) or any(dep(c) in ("acomp", "attr") for c in clause.children)

    def target(self, verb: Token, slots: tuple[str, ...], source_tokens: tuple[Token, ...] = (),
               exclude: frozenset[str] = frozenset()) -> Found:
        """The first slot that holds a nominal: its mentions, or those of whoever owns it
        ("aux propositions de Moscou"). A nominal with no actor gives an empty target.
        Mentions whose code is in `exclude` (the source's) do not count."""
        saw_nominal = False
        for slot in slots:
            raw = [t for t in self.slot_tokens(verb, slot) if t not in source_tokens]
            listed = self.listed_referents(raw, exclude) if slot in ARGUMENT_SLOTS else []
            if listed:  # before a pronoun is read as the object of the verb it depends on
                return Found(listed, "pronoun", tuple(raw), rule="object-pronoun-list")
            tokens = [self.antecedent(t, verb) for t in raw]
            if not tokens:
                continue
            if slot in ("xcomp", "purpose", "participle"):
                for xcomp in tokens:  # "prepared to resume shelling X": down the chain of verbs
                    found = self.target(xcomp, self.content_slots(xcomp) + ("xcomp",), exclude=exclude)
                    # (a place of the chain's act stays: "used force to crush protests across Iran")
                    slot_of = found.rule.removeprefix("owner-")
                    mentions = found.mentions if slot_of == "location" or slot_of in self.location_preps else \
                        [m for m in found.mentions if not self._own_ground(
                            m.code[:3] if home_guess(m) else m.code, exclude)]
                    if mentions:
                        return Found(mentions, "inherited", found.tokens,
                                     rule="stated-complaint" if slot == "participle" else "infinitive-chain")
                continue
            if slot not in ("obj", "obj_subtree", "location"):  # a recipient with no code, not a thing
                saw_nominal = True
            if not self._mentions(tokens, exclude) and slot not in ARGUMENT_SLOTS:
                # "threatened to institute a curfew in Algiers in response to ...": the phrase
                # with an actor may hang on a complement while another one hangs on the verb
                tokens = [t for n in self.complements(verb) for t in self.prep_args(n, slot, 1)
                          if t not in source_tokens and not self._names_an_accord(t)] or tokens
            direct = unique([m for t in tokens for m in self.by_token.get(t.i, []) if m.code not in exclude])
            mentions = self._mentions(tokens, exclude)
            if mentions:
                return Found(mentions, "direct" if direct else "owner", tuple(tokens), rule=f"{slot}" if direct else f"owner-{slot}")
            referent = self.object_referent(tokens, exclude) if slot in ARGUMENT_SLOTS else None
            if referent:
                return Found([referent], "pronoun", tuple(tokens), rule="object-pronoun-other"
                             if (referent.entry or "").startswith(OTHER_PERSON) else "object-pronoun")
            if slot in self.home_name_slots:
                home = self.home_name(tokens, exclude) or self.home_name(self._owners(tokens), exclude)
                if home:
                    return Found([home], "home", tuple(tokens), rule=f"home-name-{slot}")
                home = self.home_pronoun(tokens, exclude)
                if home:
                    return Found([home], "home", tuple(tokens), rule=f"home-pronoun-{slot}")
        return Found([], "nominal" if saw_nominal else "none")

    def object_referent(self, tokens: list[Token], exclude: frozenset[str]) -> Mention | None:
        """"Les opposants de Gnassingbé l'accusent", "He was charged ... and the court jailed
        him": an object pronoun stands for the person named last before it in the sentence
        who is not the source, else for the person the article named just before."""
        # "He was killed by a US airstrike": the passive subject is who undergoes it
        passive = self.reference_pronouns if any(dep(t) in PASSIVE_SUBJECT for t in tokens) else frozenset()
        pronoun = self._free_pronoun(tokens, self.object_pronouns | passive)
        if pronoun is None:
            return None
        # in the sentence, only a person heading or owning a subject ("les opposants de X l'accusent"):
        # "X criticised Y, and the court jailed him" is about X, whom the dictionary may not know
        before = [m for m in self.mentions if m.end <= pronoun.idx and m.code and m.code not in exclude
                  and m.kind == "person" and self._in_subject(m)]
        person = before[-1] if before else self.previous_person
        if not before and person is not None and person.code in exclude:
            # « Howard a reconnu sa défaite face à Blair. Il le félicite » : the subject pronoun
            # took the first person the sentence before names; the object pronoun stands for
            # another person it names (rule object-pronoun-other)
            person = next((m for m in self.object_people if m.code and m.code not in exclude
                           and not self._own_state(m.code, exclude)), None)
            if person is not None:
                return token_mention(pronoun, person.code, "person", f"{OTHER_PERSON}{person.text!r}")
        if person is None or not person.code or person.code in exclude or self._own_state(person.code, exclude):
            return None
        return token_mention(pronoun, person.code, "person", f"pronoun for {person.text!r}" + home_mark(person.entry))

    def listed_referents(self, tokens: list[Token], exclude: frozenset[str]) -> list[Mention]:
        """"trade partners, including Europe, Japan, Canada and Mexico, publicly threatening them
        with tariffs": a plural object pronoun (`plural_object_pronouns`) stands for the last list
        of two or more coordinated actors named before it in the sentence."""
        pronoun = self._free_pronoun(tokens, self.lexicon.words("plural_object_pronouns"))
        if pronoun is None:
            return []
        for head in reversed([t for t in self.doc if t.i < pronoun.i and dep(t) != "conj"]):
            members = [head] + [c for c in head.subtree if dep(c) == "conj" and c.i < pronoun.i]
            found = unique([m for t in members for m in self.by_token.get(t.i, [])
                            if m.code and m.code not in exclude])
            if len({m.code for m in found}) >= 2:
                return [token_mention(pronoun, m.code, m.kind, f"pronoun for {m.text!r}") for m in found]
        return []

    @staticmethod
    def _own_ground(code: str | None, source_codes: frozenset[str]) -> bool:
        """"pledged converting Hagia Sophia to a mosque", "handed down the sentence": down a
        chain of infinitives, the bare country of a state body of that country (government,
        forces, courts, legislature) names where the act happens, no one it is aimed at. Its
        people, rebels or opponents may aim at their own state ("demonstrated calling for
        independence from Iraq")."""
        return bool(code) and len(code) == 3 and any(
            s[:3] == code and s[3:] in ("",) + STATE_SECTORS + ("JUD", "LEG") for s in source_codes)

    @staticmethod
    def _own_state(code: str, source_codes: frozenset[str]) -> bool:
        """"l'Équateur lui a accordé l'asile": a state does not act on its own government; the
        pronoun stands for someone the dictionary does not know (rebels or opponents may well
        aim at their own state: only state sources count)."""
        state = ("",) + STATE_SECTORS
        return code[3:] in state and any(s[:3] == code[:3] and s[3:] in state and len(s) in (3, 6)
                                         for s in source_codes)

    def home_pronoun(self, tokens: list[Token], exclude: frozenset[str]) -> Mention | None:
        """"The forestry department arrested them", "la police l'a interpellé": an object pronoun
        whose referent the dictionary does not know (no person named before), in an article about
        one country, is one of that country's people: a private person of that country (CVL)."""
        country = self.article_country
        if not country or country in exclude:
            return None
        # "He was shot by another police officer", « il a été interpellé par la police »: the subject
        # of a passive is whom the act hits, as the object of the active ("the police shot him");
        # its subject pronoun (`home_passive_pronouns`) stands for one of the country's people too
        # (rule home-pronoun, passive)
        passive = self.home_passive_pronouns if any(dep(t) in PASSIVE_SUBJECT for t in tokens) else frozenset()
        pronoun = self._free_pronoun(tokens, self.home_pronouns | passive)
        if pronoun is None:
            return None
        # one of the country's people, a private person (CVL) as an unknown name is (rule
        # home-name-person): "the officers shot him dead", "the forestry department arrested them"
        return token_mention(pronoun, country + "CVL", "person", f"{HOME_PRONOUN}{country}")

    def _free_pronoun(self, tokens: list[Token], words: frozenset[str]) -> Token | None:
        """The first pronoun of `words` among the tokens that no mention covers yet."""
        return next((t for t in tokens if t.pos_ == "PRON" and fold(t.text) in words
                     and not self.by_token.get(t.i)), None)

    def _in_subject(self, mention: Mention) -> bool:
        tokens = tokens_within(self.doc, mention.start, mention.end)
        for token in tokens[-1:]:
            for step in [token] + list(token.ancestors)[:2]:
                if dep(step) in SUBJECT | PASSIVE_SUBJECT:
                    return True
                if is_verbal(step):
                    break
        return False

    def home_name(self, tokens: list[Token], exclude: frozenset[str]) -> Mention | None:
        """"Trump granted Milken a pardon", "filed a lawsuit against Pierluisi": a proper name
        the dictionary does not know, aimed at in an article about one country, is one of that
        country's people or bodies: a person's name is a private person of that country (CVL),
        an acronym or a title with its article the country, without a sector."""
        country = self.article_country
        if not country or country in exclude:
            return None
        for token in tokens:
            if (token.pos_ == "PROPN" or self._acronym(token)) and not self.by_token.get(token.i) and token.i > 0 \
                    and token.text[:1].isupper() and fold(token.text) not in calendar_words(self.lang) \
                    and (self._acronym(token) or dep(token) in ("poss", "nmod:poss")
                         or not any(dep(c) == "det" for c in token.children)):
                # a person's name takes no article; "le Front Nusrat", "the Nusra Front" is a
                # named group, left uncoded rather than guessed; but an acronym ("the NTC",
                # « l'IPN ») is a body's name, and a possessive with an article owning the
                # object ("the Princess's candidacy") a title: whose act or claim it is
                span = [t for t in token.subtree if t.pos_ == "PROPN" and not self.by_token.get(t.i)] or [token]
                start, end = span[0].idx, span[-1].idx + len(span[-1].text)
                # a person's name is a private person of the country, CVL (gold/GUIDELINES.md: "a
                # private person -> XXXCVL"; "Trump granted Milken a pardon", "sentenced Manafort");
                # an acronym ("the NTC") or a title with its article ("the Princess's candidacy")
                # names a body or an office, whose sector is not known: the bare country
                # (rule home-name-person)
                body = self._acronym(token) or any(dep(c) == "det" for c in token.children)
                return Mention(start, end, self.doc.text[start:end], country if body else country + "CVL",
                               entry=f"{HOME_NAME}{country}")
        return None

    def _owners(self, tokens: list[Token]) -> list[Token]:
        """"mourned Leonov's passing", "praised the quality of al-Quaety's work": the possessive
        names that own a phrase, down two nouns (an "of" phrase often names a place: "the
        outskirts of Gao"; only an acronym there, owning an act or a claim, owns it)."""
        out, level = [], list(tokens)
        for _ in range(2):
            level = [g for t in level for c in t.children for g in (
                [c] if dep(c) in ("poss", "nmod:poss") or (dep(c) == "nmod" and case_word(c) in self.owner_preps)
                else [p for p in c.children if dep(p) == "pobj"] if dep(c) == "prep" and fold(c.text) in self.owner_preps
                else [])]
            # an acronym after "of" owns an act or a claim: "the act of the NTC", « les
            # accusations de l'IPN » (not a thing: « une baisse de la TVA »)
            out += [t for t in level if dep(t) in ("poss", "nmod:poss") or (
                self._acronym(t) and self._act_word(t.head if dep(t) == "nmod" else t.head.head))]
        return out

    def _act_word(self, noun: Token) -> bool:
        """A noun naming an act or a claim: `act_nouns`, or an event noun of the lexicon."""
        words = {fold(noun.lemma_), fold(noun.text)}
        return bool(words & self.lexicon.words("act_nouns")) or any(self.lexicon.candidates(w, "noun") for w in words)

    @staticmethod
    def _acronym(token: Token) -> bool:
        """"the act of the NTC", « les accusations de l'IPN »: a name in capitals (an acronym) is
        a body's name, no place."""
        return token.pos_ in ("PROPN", "NOUN") and token.text.isalpha() and token.text.isupper() and 2 <= len(token.text) <= 6

    def _names_an_accord(self, token: Token) -> bool:
        """A city that names an agreement ("l'accord de Paris"): no party to it."""
        mentions = self.by_token.get(token.i)
        return bool(mentions) and all(m.kind == "place" for m in mentions) \
            and fold(token.head.lemma_) in self.lexicon.words("named_accords")

    def _mentions(self, tokens: list[Token], exclude: frozenset[str]) -> list[Mention]:
        return unique([m for t in tokens for m in self.phrase_mentions(t) if m.code not in exclude])

    def antecedent(self, token: Token, verb: Token) -> Token:
        """"refugees, whom authorities blame": a relative pronoun stands for the noun its
        clause modifies; "expelled two inspectors, accusing them": an object pronoun of a
        participle or coordinated verb for the object of the verb it depends on."""
        if self.is_relative(token) and dep(verb) in ("acl:relcl", "relcl") and verb.head != verb:
            return verb.head
        # "detained the students and threatened to shoot them", "a menacé de les frapper": the
        # pronoun of an infinitive is read from the verb the chain hangs on (rule chain-pronoun)
        link = verb
        while dep(link) == "xcomp" and is_verbal(link.head) and link.head.i != link.i:
            link = link.head
        # ("... to use live ammunition on them": after a preposition too)
        if self._object_clitic(token) and not self.by_token.get(token.i) and (
                dep(token) in OBJECT | {"iobj"} or (dep(token) in ("pobj", "obl", "obl:arg") and link is not verb)) \
                and dep(link) in ("advcl", "conj") and is_verbal(link.head):
            # "commented on the Turkish-Libyan agreement, calling it null and void", "spoke to
            # Putin on Monday, urging him to ...": with no object, the one phrase after a
            # preposition (the one naming an actor, when there are several)
            verb = link
            objects = self.objects(verb.head)
            if not objects:
                objects = [g for c in verb.head.children if dep(c) == "prep" and c.i < verb.i
                           for g in c.children if dep(g) == "pobj"]
                objects = [o for o in objects if self.phrase_mentions(o)] if len(objects) > 1 else objects
            if len(objects) == 1:
                if self.phrase_mentions(objects[0]):
                    return objects[0]
                # "opened a case against the driver and detained him": the actor inside the thing
                inner = [t for t in objects[0].subtree if self.by_token.get(t.i)]
                return inner[0] if inner else objects[0]
        return token

    def _object_clitic(self, token: Token) -> bool:
        """A pronoun, or an object clitic (`object_pronouns`: « le », « la », « l' »), which the
        parser may tag as an article when elided (« et l'accuse de mensonge », « l'accusant
        d'avoir vendu son âme »)."""
        return self.is_pronoun(token) or (token.pos_ in ("PRON", "DET") and fold(token.text) in self.object_pronouns)

    def default_target(self) -> tuple[str, ...]:
        return tuple(fold(s) for s in self.lexicon.grammar.get("target", ()))

    def content_slots(self, verb: Token) -> tuple[str, ...]:
        """Where the target of what is promised, asked or threatened lies: the slots of the
        content verb's own lexicon entry, else the defaults plus its location."""
        slots = [s for entry in self.lexicon.candidates(verb.lemma_, "verb") for s in entry.target or ()]
        if slots:  # every sense of the verb: which one fits is not known here
            return tuple(dict.fromkeys(s for s in slots if s != "xcomp"))
        return tuple(s for s in self.default_target() if s != "xcomp") + tuple(self.lexicon.words("location_preps"))

    def addressee(self, verb: Token, exclude: frozenset[str]) -> Found:
        """"Sasse told Hawk Sawyer, repeatedly calling for an explanation", "wrote to Putin,
        urging a ceasefire": a bare "-ing" clause (no mark) on a verb of address
        (`address_verbs`) is said to whom that verb addresses — its object, dative or "to"
        complement; so is an act that such a clause of address follows ("acknowledged the
        shortages, telling lawmakers that ...") (rule addressee)."""
        address = self.lexicon.words("address_verbs")

        def bare_participle(clause: Token) -> bool:
            return dep(clause) == "advcl" and clause.tag_ == "VBG" and not any(dep(g) in ("mark", "aux") for g in clause.children)

        if bare_participle(verb) and fold(verb.head.lemma_) in address:
            head = verb.head
        else:
            # "acknowledged staffing shortages, telling lawmakers that ...": the act is said to
            # whom the participle of address on it addresses
            head = next((c for c in verb.children if bare_participle(c) and fold(c.lemma_) in address), None)
            if head is None:
                return Found([], "none")
        tokens = self.objects(head) + [t for slot in ("dative", "iobj") for t in self.slot_tokens(head, slot)] \
            + self.prep_args(head, "to", 0)
        # not the press: "spoke to reporters, calling for ..." is said to the public through them
        mentions = [m for m in self._mentions(tokens, exclude) if not (m.code or "").endswith("MED")]
        return Found(mentions, "inherited", tuple(tokens), rule="addressee") if mentions else Found([], "none")

    def sibling_target(self, verb: Token, exclude: set[str]) -> Found:
        """The actor that coordinated predicates of the same subject are aimed at ("ne
        constituait pas de menace pour la Russie, mais n'acceptait pas de compromis")."""
        root = verb
        while dep(root) == "conj" and root.head != root:
            root = root.head
        # a conjunct with a subject of its own is another clause ("X rejected the plan, and Y said ...")
        group = [root] + [c for c in root.subtree if dep(c) == "conj" and c.head in (root,) and is_verbal(c)
                          and not self.children(c, SUBJECT | PASSIVE_SUBJECT)]
        if verb not in group:
            return Found([], "none")
        codes: dict[str, Mention] = {}
        for predicate in group:
            if predicate == verb:
                continue
            # only what the predicate is aimed at, said with a preposition of aim ("ne constituait
            # pas de menace pour la Russie"): not its objects, places, agents or phrases deeper in
            # them ("was occupied by Israel", "a reçu une cape brodée du Liban", "demanded from Interpol")
            for token in predicate.subtree:
                if dep(token) not in ("pobj", "nmod", "obl") or case_word(token) not in self.lexicon.words("aim_preps"):
                    continue
                if predicate.i not in (token.head.i, token.head.head.i):
                    continue
                for mention in self.by_token.get(token.i, []):
                    if mention.code and mention.code not in exclude:
                        codes.setdefault(mention.code, mention)
        if len(codes) == 1:
            return Found(list(codes.values()), "inherited", rule="coordinated-predicate")
        return Found([], "none")
