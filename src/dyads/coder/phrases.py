"""Noun phrases and the verb's arguments as the parse gives them: the mentions of a phrase
(its head, modifiers, coordinated nouns, owners), subjects, objects, agents of passives,
prepositional complements and purpose clauses."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dyads.dates import calendar_words
from dyads.folding import fold
from dyads.coder.tokens import (NOUN_MODIFIERS, OBJECT, OBLIQUE, PASSIVE_SUBJECT, SUBJECT, case_word, dep,
                                is_infinitive, is_past_participle, is_verbal, tokens_within, unique, unique_tokens)
from dyads.codes import ActorCode, country_codes
from dyads.model import Mention

# offices a relative does not hold by kinship
STATE_OFFICES = ("GOV", "MIL", "LEG", "JUD", "COP")


class PhraseRules:
    """Mixed into dyads.coder.syntax.SentenceSyntax."""

    def phrase_mentions(self, token: Token, owners: bool = True, _depth: int = 0) -> list[Mention]:
        """Mentions of the noun phrase headed by `token`: the head, its modifiers, its
        coordinated nouns, and (with `owners`) the "de X"/"of X"/"X's" that own it."""
        found = list(self.by_token.get(token.i, []))
        if _depth > 6:
            return found
        owners = owners and fold(token.lemma_) not in self.lexicon.words("water_nouns")
        kin = fold(token.lemma_) in self.lexicon.words("relative_nouns")
        partners = self.lexicon.words("partner_nouns")
        partner_preps = self.lexicon.words("partner_preps")
        # "a top aide to Zelenskiy": whom an aide serves owns the aide (`aide_nouns`, `aide_preps`)
        if {fold(token.lemma_), fold(token.text)} & self.lexicon.words("aide_nouns"):
            partner_preps = partner_preps | self.lexicon.words("aide_preps")
            partners = partners | {fold(token.lemma_)}
        # "restrictions on flights to Cuba", "les livraisons d'armes à la Syrie": where the
        # goods or travellers go is whom the phrase is about
        destinations = self.lexicon.words("destination_nouns")
        destination_preps = self.lexicon.words("destination_preps") if (
            fold(token.lemma_) in destinations or fold(token.text) in destinations) else frozenset()
        owned: list[Mention] = []
        apposed: list[Mention] = []
        conjoined: list[Mention] = []
        affiliations = self.lexicon.words("affiliation_nouns")
        belonging = self.lexicon.words("affiliation_participles")
        affiliated: list[Mention] = []
        for child in token.children:
            label = dep(child)
            if label in ("acl", "amod") and (fold(child.lemma_) in belonging or fold(child.text) in belonging) \
                    and not (dep(token) == "appos" and token.head.pos_ == "PROPN"):
                # "a group linked to al-Qaeda", « un groupe lié à Al-Qaida »: the organisation it
                # belongs to (over the sector a group noun guessed from the sentence's country);
                # the organisation the phrase is, not a person ("loyal to Al-Qaeda frontman
                # Zarqawi"); not for a name the dictionary lacks ("the Nusra Front, a group linked
                # to al-Qaeda" stays uncoded, gold/GUIDELINES.md)
                heads = [a for prep in sorted(self.lexicon.words("affiliation_preps")) for a in self.prep_args(child, prep, 0)]
                affiliated += [m for a in heads for m in self.by_token.get(a.i, []) if m.code and m.kind == "organisation"]
                continue
            if label != "appos" and fold(child.lemma_) in affiliations and not self.by_token.get(child.i):
                # "Kremlin critic Alexei Navalny", "Trump loyalist X": the actor describes the
                # person's side, it does not act
                continue
            if label == "appos" and any(dep(g) == "conj" for g in child.children) and not (
                    child.pos_ == "NOUN" and any(m.kind == "person" for m in self.by_token.get(token.i, []))):
                # "Mali, Burkina Faso and Niger": a list the parser hangs as an apposition (not the
                # roles of a named person, « Jean-Marie Le Pen, président du Front national et
                # député européen »: they describe the person, whose own code it keeps)
                found += self.phrase_mentions(child, owners, _depth + 1)
            elif label == "appos":  # "Pakistan, a key U.S. ally": the ally is Pakistan
                apposed += self.phrase_mentions(child, owners, _depth + 1)
            elif label == "nmod" and case_word(child) is None and child.pos_ == "PROPN" and any(
                    m.kind == "person" for m in self.by_token.get(child.i, [])):
                # "au fondateur de WikiLeaks Julian Assange": a name after the role, with no
                # preposition, is the person the role describes, not the role's owner
                apposed += self.by_token.get(child.i, [])
            elif self._parties(token, child):  # "talks between Kyiv and Moscow": both take part
                found += [m for g in ([child] if dep(child) != "prep" else [g for g in child.children if dep(g) == "pobj"])
                          for m in self.phrase_mentions(g, owners, _depth + 1)]
            elif self._includes(child):  # "rights groups, including Amnesty": the group acts through its members
                apposed += unique([m for t in child.subtree for m in self.by_token.get(t.i, [])])
            elif label == "conj" and not is_verbal(child) and self._apposed_description(token, child):
                apposed += self.phrase_mentions(child, owners, _depth + 1)
            elif label == "conj" and not is_verbal(child):
                # "le chef de l'opposition et les dirigeants de Pékin": each conjunct with its own owner
                conjoined += self.phrase_mentions(child, owners, _depth + 1)
            elif label in NOUN_MODIFIERS or (
                    label == "nmod" and case_word(child) is None and self.traits.get("bare_nmod_modifier", False)):
                modifiers = self.phrase_mentions(child, owners, _depth + 1)
                if any(m.kind == "person" for m in self.by_token.get(token.i, [])):
                    # "WikiLeaks founder Julian Assange": the organisation describes the person named
                    modifiers = [m for m in modifiers if m.kind != "organisation"]
                found += modifiers
            elif owners and label in ("nmod", "obl", "obl:mod", "obl:arg") and (
                    case_word(child) in self.owner_preps or case_word(child) in destination_preps
                    or (case_word(child) in partner_preps and fold(token.lemma_) in partners)):
                owned += self.phrase_mentions(child, owners, _depth + 1)
            elif owners and label in ("prep", "agent") and (
                    fold(child.text) in self.owner_preps or fold(child.text) in destination_preps
                    or (fold(child.text) in partner_preps and fold(token.lemma_) in partners)):
                for pobj in child.children:
                    if dep(pobj) == "pobj":
                        owned += self.phrase_mentions(pobj, owners, _depth + 1)
            elif owners and label == "acl" and is_past_participle(child):  # "crimes committed by Croat forces"
                # ... or the parties between whom it was made ("the agreement signed between
                # Turkey and Libya": both signed it; rule participle-parties)
                doers = self.agent(child) or [g for c in child.children if dep(c) == "prep" and fold(c.text) in self.party_preps
                                              for g in c.children if dep(g) == "pobj"]
                owned += [m for a in doers for m in self.phrase_mentions(a, owners, _depth + 1)]
        if found and all(m.kind == "person" and m.code in country_codes() for m in found):
            # "Victorin Lurel, ministre des outre-mer": a person the dictionary knows with no role
            # at the date holds the role apposed to the name (a country's person only: "X, a
            # spokeswoman for Human Rights Watch" is HRW's, not a state official of HRW)
            sector = next((self.role_sector(c) for c in token.children if dep(c) == "appos" and self.role_sector(c)), None)
            if sector:
                found = [replace(m, code=m.code + sector) for m in found]
        found = found or apposed
        if fold(token.lemma_) in self.lexicon.words("named_accords"):
            # "the Paris climate agreement", "les accords de Minsk": a city names where it was
            # made, not a party ("the Iran nuclear deal" names one)
            found, owned = ([m for m in group if m.kind != "place"] for group in (found, owned))
        if kin:
            # "Andrew, Queen Elizabeth II's third child", "la fille de Poutine": the relative of one
            # in office is not the state (the relative of a suspect or of a former leader is
            # counted on their side, as gold/GUIDELINES.md codes them)
            found, owned = ([m for m in group if not (m.code and ActorCode.parse(m.code).sector in STATE_OFFICES)]
                            for group in (found, owned))
        # "les propositions de Moscou": the owner counts when the phrase names no actor itself
        # ("the Turkish side of the island of Cyprus" is Turkish, not Cypriot).
        if affiliated and all((m.entry or "").startswith("group noun") for m in found):
            found = affiliated
        spanning = self.by_token.get(token.i, [])  # the noun's own mention, over several words
        if spanning:
            # "officials from Mexico, Canada and Japan", "the leaders of France and Germany", « les
            # ministres des Affaires étrangères de France et d'Allemagne »: the dictionary read the
            # noun and its first country as one mention (COUNTRY+SECTOR); « la Corée du Sud et le
            # Japon », « les Émirats arabes unis, Bahreïn et l'Égypte »: the parser hangs the
            # coordination on the name's last word. What is coordinated with any word of the
            # mention is coordinated with the phrase.
            words = unique_tokens([t for f in spanning for t in tokens_within(self.doc, f.start, f.end) if t.i != token.i])
            found = found + [m for inner in words for g in inner.children if dep(g) == "conj" and not is_verbal(g)
                             for m in self.phrase_mentions(g, owners, _depth + 1)]
        return unique((found if found else owned) + conjoined)

    def _apposed_description(self, token: Token, child: Token) -> bool:
        """« Chanet, juriste française, a conseillé »: a common noun or adjective set off by a comma
        after a named person, with no « et »/« ou » in the phrase, is what the person is (the
        parser makes it a conjunct): the person acts, not the nationality it names."""
        if child.pos_ not in ("NOUN", "ADJ") or not any(m.kind == "person" for m in self.by_token.get(token.i, [])):
            return False
        if any(dep(c) == "cc" for g in [child] + [c for c in token.children if dep(c) == "conj"] for c in g.children):
            return False
        return child.i > token.i + 1 and child.doc[child.i - 1].text == ","

    def role_sector(self, token: Token) -> str | None:
        """The sector of a role noun of one person ("ministre", "senator"; `person_roles`)."""
        roles = (self.lexicon.grammar.get("references") or {}).get("person_roles") or {}
        words = {fold(token.text), fold(token.lemma_)}
        return next((sector for role, sector in roles.items() if fold(role) in words), None)

    def _parties(self, noun: Token, child: Token) -> bool:
        """"entre X et Y" / "between X and Y" on an event noun names the parties to it."""
        if not self.party_preps or noun.pos_ != "NOUN" or not (self.lexicon.candidates(fold(noun.lemma_), "noun")
                                                               or self.lexicon.candidates(fold(noun.text), "noun")):
            return False
        if dep(child) == "prep":
            return fold(child.text) in self.party_preps
        return dep(child) in ("nmod", "obl", "obl:mod") and case_word(child) in self.party_preps

    def _includes(self, child: Token) -> bool:
        """A modifier that names members of the phrase ("dont Amnesty International",
        "including Amnesty", "such as Human Rights Watch"): it starts with an inclusion word."""
        if not self.inclusion or dep(child) not in ("acl:relcl", "relcl", "acl", "prep", "nmod", "appos"):
            return False
        words = [fold(t.text) for t in child.subtree][:2]
        return bool(words) and (words[0] in self.inclusion or " ".join(words) in self.inclusion)

    def is_pronoun(self, token: Token) -> bool:
        return token.pos_ == "PRON" and fold(token.text) in self.pronouns

    def is_relative(self, token: Token) -> bool:
        return token.pos_ == "PRON" and (fold(token.text) in self.relatives or "Rel" in token.morph.get("PronType"))

    def _described_thing(self, noun: Token) -> bool:
        """A common noun that is no actor, whose only actor words are nationality adjectives
        ("le géant japonais", "Russian gas"): a thing of that country, not the country."""
        lemma = fold(noun.lemma_)
        named_document = noun.pos_ == "PROPN" and lemma in self.non_agents  # "the Hong Kong Human Rights and Democracy Act"
        if (noun.pos_ != "NOUN" and not named_document) or self.by_token.get(noun.i):
            return False
        if named_document:  # the actors in a law's name are what it is about; a possessive owns it
            return not any(dep(c) in ("poss", "nmod:poss") for c in noun.children)
        if lemma in self.party_nouns or self.lexicon.candidates(lemma, "noun"):
            return False  # "the Turkish side", "Palestinian riots": the party, or its own act
        modifiers = [c for c in noun.children if self.by_token.get(c.i)]
        if lemma in self.non_agents and lemma not in self.lexicon.words("speaking_documents"):
            # "Thai law forbids ...", "Omani law allowed ...": a law of a country does not act (a
            # possessive still names who acts through it: "Russia's law")
            return bool(modifiers) and all(dep(c) in ("amod", "compound") for c in modifiers)
        return bool(modifiers) and all(c.pos_ == "ADJ" and dep(c) == "amod" for c in modifiers)

    def children(self, token: Token, labels: set[str]) -> list[Token]:
        return [c for c in token.children if dep(c) in labels]

    def is_passive(self, verb: Token) -> bool:
        if fold(verb.lemma_) in self.be_auxiliary_verbs and not any(
                fold(c.text) in self.passive_participles for c in verb.children):
            return False  # "sont descendus dans la rue", "sont arrivés": "être" makes their past, not a passive
        # The French parser often labels a pronominal verb passive, its subject nsubj:pass and
        # even its "être" aux:pass ("se sont retirées", "se sont rassemblées"): it is active.
        if any(dep(c).startswith("expl") and fold(c.text) in ("se", "s'") for c in verb.children):
            return False
        if any(dep(c) in ("aux:pass", "auxpass") for c in verb.children):
            return True
        if self.headline_passive(verb) or self.with_passive(verb):
            return True
        if self.coordinated_passive(verb):
            return True
        if not any(dep(c) in PASSIVE_SUBJECT for c in verb.children):
            return False
        # nor is a verb with "avoir" ("Moscou n'a ni attaqué")
        return not any(dep(c).startswith("aux") and fold(c.lemma_) == "avoir" for c in verb.children)

    def coordinated_passive(self, verb: Token) -> bool:
        """"was arrested and charged with treason", "was convicted and sentenced to life", « a été
        arrêté et condamné à dix ans »: a bare past participle (no subject, auxiliary or object of
        its own) coordinated with a passive verb shares its auxiliary, so it is a passive too; so
        is one that is an adverbial clause ("appeared in court, charged with murder", "were
        arrested, charged with terrorism and ..."). Its subject underwent the act; it is not its
        doer (the suspect who was arrested does not charge)."""
        if verb.head.i == verb.i or not is_past_participle(verb) or any(
                dep(c).startswith("aux") or dep(c) in SUBJECT | PASSIVE_SUBJECT | OBJECT for c in verb.children):
            return False
        return (dep(verb) == "conj" and self.is_passive(verb.head)) or (dep(verb) == "advcl" and verb.tag_ == "VBN")

    def headline_passive(self, verb: Token) -> bool:
        """"More than 100 protesters killed in Iran unrest": a past participle heading the
        sentence with a common noun for subject, no auxiliary and no object is a passive
        without its "were", for the verbs whose subject is seldom the doer without an object
        (`headline_passive_verbs`: kill, arrest ...); its subject underwent the act. (A person
        or organisation for subject, "students protested", are the tagger's errors.)"""
        return fold(verb.lemma_) in self.lexicon.words("headline_passive_verbs") and verb.tag_ == "VBN" \
            and dep(verb) in ("root", "conj") and any(
                dep(c) == "nsubj" and c.pos_ == "NOUN" and not any(
                    m.kind in ("person", "organisation") for m in self.by_token.get(c.i, [])) for c in verb.children) \
            and not any(dep(c).startswith("aux") or dep(c) in OBJECT or dep(c) == "dative" for c in verb.children)

    def with_passive(self, verb: Token) -> bool:
        """"Hong Kong 'threatened with Chinese military intervention'", "Iran threatened with new
        US sanctions": a verb of `with_passive_verbs` with a subject, no auxiliary, object or
        clause of its own, and an actor in its "with" phrase is a headline passive whose doer
        that phrase names ("Russia threatened with retaliation", no actor there, stays active)."""
        if fold(verb.lemma_) not in self.lexicon.words("with_passive_verbs") or dep(verb) not in ("root", "conj") \
                or not any(dep(c) == "nsubj" for c in verb.children) \
                or any(dep(c).startswith("aux") or dep(c) in OBJECT or dep(c) in ("dative", "xcomp", "ccomp")
                       for c in verb.children):
            return False
        return bool(self._with_phrase(verb))

    def _with_phrase(self, verb: Token) -> list[Token]:
        # the phrase's own words: "threatened with retaliation against the US" names whom, not who
        return [g for c in verb.children if dep(c) == "prep" and fold(c.text) == "with"
                for g in c.children if dep(g) == "pobj" and self.phrase_mentions(g, owners=False)]

    def agent(self, verb: Token) -> list[Token]:
        out = []
        if self.with_passive(verb):
            out += self._with_phrase(verb)
        for child in verb.children:
            label = dep(child)
            if label == "obl:agent" or (label in ("obl", "obl:mod", "obl:arg", "nmod") and case_word(child) == "par"):
                out.append(child)
            elif label == "agent":
                out += [g for g in child.children if dep(g) == "pobj"]
        return out

    def acted_on(self, verb: Token) -> list[Token]:
        """What a verb acts on: its objects, or the subject of a passive verb ("the sanctions were
        lifted")."""
        return self.objects(verb) or (self.children(verb, PASSIVE_SUBJECT) if self.is_passive(verb) else [])

    def objects(self, verb: Token) -> list[Token]:
        out = self.children(verb, OBJECT)
        # French "envoyer des réponses" is often parsed as an oblique with a partitive "des".
        out += [c for c in verb.children if dep(c) == "obl:arg" and case_word(c) in self.lexicon.words("partitive_articles")
                and c.i > verb.i and c.pos_ == "NOUN"]
        # ... and a bare proper noun after the verb as an xcomp or oblique ("a bombardé Kiev",
        # "a averti Chisinau contre ...").
        out += [c for c in verb.children if dep(c) in ("xcomp", "obl:mod", "obl") and c.pos_ == "PROPN" and c.i > verb.i
                and not any(dep(g) in ("case", "mark") for g in c.children)]
        # "a expulsé vendredi deux diplomates": the object the parser hangs, without a
        # preposition, on a day or date right after the verb
        out += [g for c in verb.children if dep(c) in ("obl:mod", "obl", "npadvmod") and c.i > verb.i
                and fold(c.text) in calendar_words(self.lang) for g in c.children
                if dep(g) == "nmod" and g.i > c.i and g.pos_ in ("NOUN", "PROPN")
                and not any(dep(d) in ("case", "mark") for d in g.children)]
        if self.traits.get("reduced_relative_object", False) and dep(verb) == "acl" \
                and is_past_participle(verb) and verb.head.pos_ == "NOUN":
            out.append(verb.head)  # "les sanctions imposées par l'UE": the noun is what is imposed
        if self.traits.get("object_raised_into_infinitive", False):  # "allowed American troops to use", "help the Philippines modernise":
            # the parser makes the object the subject of the infinitive that follows it
            out += [s for c in verb.children if dep(c) == "ccomp" and is_infinitive(c)
                    for s in self.children(c, SUBJECT) if s.i > verb.i and not self.is_pronoun(s)]
        # "granted Kerik a full pardon": the parser may hang the thing given on the recipient's
        # name as an apposition; a common noun with its own determiner there is the object
        out += [g for c in verb.children if dep(c) in ("dative", "iobj") and c.pos_ == "PROPN"
                for g in c.children if dep(g) == "appos" and g.pos_ == "NOUN"
                and any(dep(d) == "det" for d in g.children)]
        # "called Trump a clown", "called Trump a 'national embarrassment'": the parser may read
        # the name given a predicate as a first object predicate, or as a compound of the
        # predicate noun standing before its determiner; that name is the object
        predicates = [c for c in verb.children if dep(c) == "oprd"]
        if not out and predicates:
            out += [c for c in predicates[:-1] if c.pos_ == "PROPN"] + [
                g for c in predicates for g in c.children
                if dep(g) == "compound" and g.pos_ == "PROPN"
                and any(dep(d) == "det" and g.i < d.i < c.i for d in c.children)]
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
                objects = [g for g in child.children if dep(g) in ("pobj", "pcomp")]
                if any(g.text == "-" for g in objects):
                    # a hyphenated compound the parser broke up into several objects ("against
                    # Wikileaks co - founder Julian Assange"): one phrase, headed by the last
                    objects = objects[-1:]
                out += objects
            elif label in ("prep", "prt") and not any(dep(g) == "pobj" for g in child.children) \
                    and f"{fold(child.text)} {prep}" not in self.lexicon.words("according_to"):
                # "pulled out of Kosovo", "away from": a two-word preposition ("according to
                # Reuters" names who reports, no one aimed at)
                out += [o for g in child.children if dep(g) == "prep" and fold(g.text) == prep
                        for o in g.children if dep(o) == "pobj"]
            elif label in ("advcl", "xcomp", "ccomp") and is_verbal(child) \
                    and any(dep(g) == "mark" and fold(g.text) == prep and g.i < child.i for g in child.children):
                # "called for Russia to withdraw", "pleaded with the administration to reconsider":
                # the parser makes the preposition the mark of the infinitive and its nominal the
                # infinitive's subject; that nominal is still what the preposition introduces. Not
                # for a passive infinitive: "calling for the killers to be brought to justice" asks
                # whoever would bring them, not the killers
                if not any(dep(g) in ("auxpass", "nsubjpass") for g in child.children):
                    out += [g for g in child.children if dep(g) == "nsubj" and g.pos_ in ("NOUN", "PROPN", "PRON")]
        if not out and depth > 0:
            for nominal in self.complements(head):
                out += self.prep_args(nominal, prep, depth - 1)
        return unique_tokens(out + [g for o in out for g in o.children if dep(g) == "conj" and not is_verbal(g)])

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

    def purpose_clauses(self, verb: Token, participles: bool = True) -> list[Token]:
        """"staged demonstrations to demand ...", "rioted ... demanding ...": the infinitive
        (or participle) clause saying what an act is for (not "if", "after", "when" clauses)."""
        out = []
        for child in verb.children:
            if dep(child) not in ("advcl", "xcomp") or not is_verbal(child):
                continue
            marks = [g for g in child.children if dep(g) == "mark"]
            # « ont manifesté pour protester contre ... »: a French infinitive of purpose has its
            # mark (`purpose_marks`); other marked clauses ("if", "after", « après ») say no purpose
            purpose = bool(marks) and all(fold(g.text) in self.lexicon.words("purpose_marks") for g in marks) \
                and "Inf" in child.morph.get("VerbForm")
            # « ont marché en lançant des objets contre des bâtiments nippons »: a French gerund
            # (a `gerund_marks` word and a present participle), as an English "-ing" clause
            gerund = bool(marks) and all(fold(g.text) in self.lexicon.words("gerund_marks") for g in marks) \
                and "Part" in child.morph.get("VerbForm") and "Pres" in child.morph.get("Tense")
            if marks and not purpose and not gerund:
                continue
            infinitive = purpose or any(dep(g) == "aux" and fold(g.text) == "to" for g in child.children)
            if infinitive or (participles and (child.tag_ == "VBG" or gerund)):
                out.append(child)
        return out

