"""Actors the dictionary cannot see: group nouns ("the police", "students") given the
country the sentence is about, a nationality joined to them ("Palestinian detainees"), the
country of a possessive ("its air defences")."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.folding import fold
from dyads.coder.tokens import (NOUN_MODIFIERS, PASSIVE_SUBJECT, PEOPLE_SECTORS, STATE_SECTORS, SUBJECT, case_word, dep,
                                has_possessive, is_verbal, mention_country, token_mention)
from dyads.coder.lexicon import written
from dyads.model import Mention

# how a group noun got the country of an article about no one country (rule local-country)
LOCAL_COUNTRY = "the country named just before or most"


def noun_sector(token: Token, nouns: dict[str, str]) -> str | None:
    """The sector a group-noun list (word -> sector) gives a token, by its form or its lemma."""
    return nouns.get(written(token.text)) or nouns.get(written(token.lemma_))


class GroupRules:
    """Mixed into dyads.coder.syntax.SentenceSyntax."""

    def _leads_a_protest(self, token: Token) -> bool:
        """"the leaders of the protest", « les responsables de la manifestation »: the noun's
        complement is a protest noun of the lexicon."""
        return any(entry.type == "PROTEST" for noun in self.complements(token) if noun.pos_ == "NOUN"
                   for entry in self.lexicon.candidates(fold(noun.lemma_), "noun"))

    def _add_group_mentions(self, group_nouns: dict[str, str], institution_nouns: dict[str, str]) -> None:
        """"The police", "students", "the opposition newspaper": a group noun with no country
        of its own belongs to the country the sentence is about (the place it names, else
        its only country), so that a government and its own police or opposition are both
        actors. With no country in the sentence, the article's country ("Plus de 80 000
        étudiants sont en grève" in an article about Quebec); else the noun stays unresolved.
        The sentence's only country named only in what the noun's clause aims at is not its own
        ("Senators criticized Iran" in an article about the US: the article's country; with no
        main country in the article, no one's; _aims_at_only).
        An institution noun counts only written as a name: "the House voted", not "a house"."""
        country = self.sentence_country()
        how = "the sentence's country"
        # the tokens naming the sentence's country before any group noun takes it
        country_tokens = sorted(i for i, ms in self.by_token.items() if any(mention_country(m) == country for m in ms))
        if country is None and self.article_country:
            country, how = self.article_country, "the article's country"
        elif country is None and self.local_country:
            # no country the article is about: the one a sentence just before names alone, else
            # the one the article names most (rule local-country)
            country, how = self.local_country, LOCAL_COUNTRY
        for token in self.doc:
            # "the injured", "the wounded": an adjective or participle with its article, standing
            # as a noun (as subject, object or after a preposition)
            nominal = token.pos_ in ("ADJ", "VERB") and any(dep(c) == "det" for c in token.children) and dep(token) in (
                "pobj", "dobj", "obj", "nsubj", "nsubjpass", "conj", "obl", "nmod")
            if (token.pos_ not in ("NOUN", "PROPN") and not nominal) or token.i in self.by_token or dep(token) == "compound":
                continue
            # the head noun, else a noun compounded with it ("opposition leaders", "rebel stronghold")
            # ... not a word of a name the dictionary matched ("a United States operation": the
            # country, no group of "states")
            words = [token] + [c for c in token.children if dep(c) in ("compound", "amod") and self._modifies(c, token)
                               and not self.opposed_at(c.idx, c.text)  # not the government of "anti-government"
                               and not (c.pos_ == "PROPN" and self.by_token.get(c.i))]
            sectors = [noun_sector(w, group_nouns)
                       or (institution_nouns.get(written(w.text)) if w.text[:1].isupper() or self._named_institution(w) else None)
                       for w in words]
            sector = next((s for s in sectors if s), None)
            if sector == "CVL":  # "des hommes armés", "armed men", "opposition supporters": the modifier says more
                sector = next((s for s in sectors[1:] if s and s != "CVL"), sector)
            if sector is None and fold(token.text) in self.lexicon.words("crowd_quantities") and not any(
                    dep(c) in ("prep", "nmod") for c in token.children):
                sector = "CVL"  # "Tens of thousands rallied", "Thousands took to the streets": people
            if sector is None:
                continue
            if how == LOCAL_COUNTRY and sector in PEOPLE_SECTORS:
                # a private person may be a foreigner ("A man was arrested by Thames Valley Police":
                # a Libyan); only the state's own sectors belong to the place (rule local-country)
                continue
            if sector in STATE_SECTORS and self._leads_a_protest(token):
                sector = "CVL"  # « l'un des responsables de la manifestation »: its organisers, not officials
            owned = self.phrase_mentions(token)
            if owned:
                self._join_nationality(token, sector)
                head_sector = sectors[0]  # the noun's own sector, not one of its modifiers
                if not self.by_token.get(token.i) and head_sector and token.pos_ == "NOUN" \
                        and sector in STATE_SECTORS + ("JUD", "LEG") and all(m.kind == "place" for m in owned) \
                        and len({mention_country(m) for m in owned} - {None}) == 1:
                    # "la Cour suprême de l'État de l'Oregon", "the court of Tehran": a state's body
                    # of a place is the body of that place's country
                    place = owned[0]
                    mention = token_mention(token, mention_country(place) + sector,
                                            "sector", f"group noun {fold(token.text)!r} of {place.text!r}")
                    self.mentions.append(mention)
                    self.by_token[token.i] = [mention]
                continue
            if sector == "GOV" and any(dep(c) == "det" and "Ind" in c.morph.get("Definite") for c in token.children):
                continue  # "called for a government of national unity": one to be formed, no actor yet
            if any(fold(c.text) in self.lexicon.words("foreign_words") for c in token.children if dep(c) in ("amod", "compound")):
                continue  # "foreign forces", "des troupes étrangères": not the country the sentence is about
            # "Israeli warplanes bombed ..., the army said": the army already named
            named = {mention_country(m) for m in self.mentions if m.code and m.code.endswith(sector)} - {None}
            owner = self._possessor_country(token)
            if owner == "":
                continue  # "L'OTAN prévoit de retirer ses forces": the organisation's own, not the place's
            why = how
            if not owner and len(named) != 1 and country and how == "the sentence's country" \
                    and self.article_country != country and self._aims_at_only(token, country_tokens) and (
                        self.article_country or self._country_as_a_whole(country_tokens)):
                country_here, why = self.article_country, "the article's country, the sentence's being its aim"
            else:
                country_here = country
            owner = owner or (next(iter(named)) if len(named) == 1 else country_here)
            if owner is None:
                continue
            mention = token_mention(token, owner + sector, "sector",
                                    f"group noun {fold(token.text)!r} + {owner} ({why})")
            self.mentions.append(mention)
            self.by_token[token.i] = [mention]

    def _named_institution(self, noun: Token) -> bool:
        """« l’assemblée nationale », "the national assembly": an institution noun written in
        lower case is still the institution when an `institution_adjectives` word names it
        as the state's own (not "a house", « une assemblée générale »)."""
        adjectives = self.lexicon.words("institution_adjectives")
        return bool(adjectives) and any(dep(c) == "amod" and fold(c.text) in adjectives for c in noun.children)

    def _add_region_actors(self, regions: dict[str, str]) -> None:
        """"trade partners, including Europe, Japan and Canada", « l'Europe doit réagir »: a region
        that acts or is acted on as one (`acting_regions`: Europe) is its bloc (EU); not where
        something happens (after a location preposition: "security in Europe", « en Europe »),
        nor a name it begins ("Europe 1", "Europe League") or the dictionary reads in a longer
        one ("Council of Europe", "Eastern Europe")."""
        for token in self.doc:
            code = regions.get(token.text)
            if code is None or token.i in self.by_token or dep(token) == "compound" \
                    or any(dep(c) in ("compound", "nummod", "amod", "flat", "flat:name") for c in token.children) \
                    or self._is_location(token) or case_word(token) in self.location_preps:
                continue
            mention = token_mention(token, code, "organisation", f"region {token.text!r} acting as {code}")
            self.mentions.append(mention)
            self.by_token[token.i] = [mention]

    def _aims_at_only(self, noun: Token, country_tokens: list[int]) -> bool:
        """"Senators criticized Iran", "Students protested against China", « les députés ont
        critiqué l'Iran »: the sentence names its country only in what the group noun's own
        clause says or aims at (its object, its complement, its "against" phrase), not where
        the group is or whose: that country is what the group acts on, not the group's own.
        So is the agent of a passive ("the rebels are backed by Iran"). Not when the country is
        named anywhere else ("Iran's government said the police arrested 20 protesters": the
        police are of the clause below Iran's), nor as a place ("marched in Shenzhen")."""
        subject = noun
        while dep(subject) not in SUBJECT | PASSIVE_SUBJECT and subject.head.i != subject.i \
                and subject.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "ADP"):
            subject = subject.head  # "thousands of students": the subject phrase the noun is in
        if dep(subject) not in SUBJECT | PASSIVE_SUBJECT or not is_verbal(subject.head):
            return False
        verb, own = subject.head, {t.i for t in subject.subtree}
        clause = {t.i for t in verb.subtree}
        # "marched in Shenzhen", "took to the streets of Beirut": a place names where they are
        return bool(country_tokens) and all(
            i in clause and i not in own and not self._is_location(self.doc[i])
            and not any(m.kind == "place" for m in self.by_token[i]) for i in country_tokens)

    def _country_as_a_whole(self, country_tokens: list[int]) -> bool:
        """"backed by Iran", "against China": the sentence names its country only as a whole
        state, no official or body of it; "Protesters asked Hong Kong Chief Executive Carrie
        Lam to resign" may well be its own people's demand (kept, when no main country says
        otherwise)."""
        return all(len(m.code or "") == 3 and m.kind == "country" for i in country_tokens for m in self.by_token[i])

    def _possessor_country(self, noun: Token) -> str | None:
        """"The Russian ministry said its air defences ...", "la Pologne a placé son aviation":
        a possessive pronoun on a group noun stands for the subject of a governing clause; ""
        when that subject is an organisation of no country."""
        if not has_possessive(noun):
            return None
        if any(dep(c) in ("poss", "nmod:poss") and c.pos_ in ("NOUN", "PROPN") for c in noun.children):
            # "the city's police", "the capital's mayor": a noun owns the group, not the subject
            # of the clause above ("China said ... while the city's police deny": Hong Kong's
            # police, not China's); the group takes the sentence's country like any other
            return None
        for verb in noun.ancestors:
            if not is_verbal(verb):
                continue
            for subject in self.children(verb, SUBJECT | PASSIVE_SUBJECT):
                if subject.i == noun.i or noun in subject.subtree:
                    continue
                mentions = [m for t in subject.subtree for m in self.by_token.get(t.i, []) if m.code]
                countries = {mention_country(m) for m in mentions} - {None}
                if len(countries) == 1:
                    return next(iter(countries))
                if mentions and not countries:
                    return ""  # an organisation's own ("NATO ... its forces"): no country's
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
        # the adjective before the noun ("Palestinian detainees") or after it ("manifestants kényans")
        start, end = min(old.start, token.idx), max(old.end, token.idx + len(token.text))
        mention = Mention(start, end, self.doc.text[start:end], old.code + sector, "sector", f"{old.entry} + {sector} (group noun {fold(token.text)!r})")
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
        if case_word(token) in self.location_preps:  # "l'ambassade de France à Bamako": Bamako's own "à"
            return True
        while dep(token) in NOUN_MODIFIERS | {"nmod"} and token.head != token:
            token = token.head
        if case_word(token) in self.location_preps:
            return True
        return dep(token) == "pobj" and fold(token.head.text) in self.location_preps
