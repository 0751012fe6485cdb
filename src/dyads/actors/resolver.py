"""Find actor mentions in a text: dictionary forms, then the phrases they build.

1. The text is normalised one character for one character (lower case, no accents, curly
   apostrophes -> ', dashes -> space) so that offsets found in it are offsets in the original.
2. One Aho-Corasick automaton over every form finds the candidates; those that break a word
   or do not have the case their form asks for are dropped (in English, a title-cased name of
   the open data is not "We can", "Tuesday morning"); the longest win, without overlap
   ("Guinée-Bissau" over "Guinée"; of two of one length, not the one that stops inside a
   hyphenated word: « les Pays-Bas »).
3. Each name is resolved at the article date: a person's role is the one held that day (after
   their last role, a former leader is COUNTRY+OPP; before the first, the bare country); a form
   with several meanings (Bruxelles: EU or NATO; a surname two people share) takes the meaning
   whose code is named elsewhere in the same text, else the one in office, else the first row.
4. Sector words combine with a neighbouring country into one mention COUNTRY+SECTOR:
   "Russian troops", "Russia's government" (before), "les troupes russes", "le ministre russe
   des Affaires étrangères" (after), "the opposition in Zimbabwe", "le gouvernement de la Russie"
   (of/de). A title or honorific before a person joins the person ("le président Poutine",
   "M. Lavrov"); "former"/"ancien" makes the phrase OPP. A sector word with no country is not a
   mention. "pro-russes"/"anti-russe", "en russe" and « le russe » (the language) are not mentions of Russia.
5. A name that is part of another name is no mention: a one-word place, surname or organisation
   name before a capitalised word that names nothing known ("Kerry Lee", "the Alliance Party",
   "Apple Watch"), a surname after someone else's given name ("Jonathan P. Blair") or after a
   hyphen ("Caldwell-Pope"), a town or a company's one-word name after a given name ("Don Imus",
   "James Ford": there and wherever the text repeats it; a company's also where the text names a
   person in full with it, "Doug Ford"); nor is a country before a currency sign ("US$") or a
   company's acronym before a model number ("GTX 1660"; "the FBI 2016 investigation" stays the
   FBI). Not in a title-cased headline ("Trump Slams Biden"), nor before a word of the
   organisation's own body or trade name ("Hamas Political Bureau", "Huawei Technologies":
   OWN_BODY_WORDS).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import ahocorasick

from dyads.actors.dictionary import DATA_DIR, Entry, SectorTerm
from dyads.codes import ActorCode
from dyads.dates import calendar_words
from dyads.model import Mention

if TYPE_CHECKING:
    from dyads.actors.dictionary import ActorDictionary

_APOSTROPHES = "’‘`´ʼ′"
_DASHES = "-‐‑‒–—―"


class _CharMap(dict):
    """str.translate table computed on first use: each character becomes exactly one."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in _APOSTROPHES:
            out = "'"
        elif ch in _DASHES or ch.isspace():
            out = " "
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            low = base.lower()
            out = low if len(low) == 1 else base
        self[code] = out
        return out


_TABLE = _CharMap()


def normalise(text: str) -> str:
    """Lower case, accents, apostrophes and dashes folded; same length as `text`."""
    return text.translate(_TABLE)


def _case_ok(form: str, original: str) -> bool:
    """"US" only matches "US"; "Lavrov" needs a capital; "russe" matches any case."""
    letters = [c for c in form if c.isalpha()]
    if letters and len(letters) <= 3 and all(c.isupper() for c in letters):
        return [c for c in original if c.isalpha()] == letters
    if form[:1].isupper():
        return original[:1].isupper()
    return True


def _title_case_ok(form: str, original: str) -> bool:
    """A name of the open data written in title case ("We Can", Podemos; "Tuesday Morning", a
    company) is not matched in an English text that writes all its later words in lower case:
    there they are ordinary words ("We can see", "by Tuesday morning"). "party" may be written
    in lower case ("the Green party")."""
    words, written = form.split(), original.split()
    if len(words) < 2 or len(words) != len(written) or written[-1].lower() == "party":
        return True
    later = [w for f, w in zip(words[1:], written[1:]) if f[:1].isupper()]
    return not later or not all(w[:1].islower() for w in later)


@dataclass
class _Piece:
    """A found span: an actor (code may be None) or a sector/title/honorific/former word."""

    start: int
    end: int
    role: str  # actor | term | portfolio | honorific | former | foreign
    code: str | None = None
    kind: str = "country"
    country: str | None = None
    sector: str | None = None
    person: bool = False
    state_only: bool = False  # a person known to the dictionary but not in office that day
    entry: str | None = None
    person_name: str | None = None  # the dictionary's person a name stands for
    # the sector word comes first and may govern a coordination after the country: "the
    # governments of Egypt and Greece", « les gouvernements américain et britannique »
    # ("of": any country after it; "adjective": only another adjective, not « les troupes
    # russes et l'Ukraine »)
    leading_term: str = ""


_GAP_SPACE = re.compile(r"^ {1,2}$")
_GAP_POSSESSIVE = re.compile(r"^(?:'s?)? {1,2}$")
_GAP_OF = re.compile(r"^ (?:of|in|from|de|du|des|d'|de la|de l') ?(?:the |la |l')?$")
_GAP_TITLE = re.compile(r"^(?: {1,2}|, )$")
_CAPITALISED_WORD = re.compile(r" ([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)\b")
# a given name inside a sentence (after a word, a comma, or an abbreviated title: "Lt. Matt
# Harris"), before the surname or before a middle initial ("Jonathan P. Blair")
_GIVEN_BEFORE = re.compile(r"(?:[\w,;:'’]|\b[A-Z][a-z]{0,2}\.)\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+) (?:[A-Z]\. )?$")
_GAP_AND = re.compile(r"^(?:, | (?:and|et) )(?:(?:of|de|du|des|d'|de la|de l') ?)?(?:the |la |l')?$")
# French articles before a lower-case nationality word that make it the language
_LANGUAGE_ARTICLE = re.compile(r"(?:^|[^a-z])(?:(?:le|du|au) |l')$")
_CAPITALISED_NEXT = re.compile(r" +[A-ZÀ-ÖØ-Þ]")
# articles, prepositions and the like that some people's forms start with (Korean "In", a
# "The ..."): capitalised at the start of a name or a title, they are no given names
_FUNCTION_WORDS = frozenset({"a", "an", "the", "in", "on", "at", "of", "to", "by", "for", "and", "or", "so",
                             "no", "it", "as", "some", "le", "la", "les", "de", "du", "des", "un", "une",
                             "en", "et", "au", "aux", "el", "al", "los", "las"})
_PLACE_PREPOSITION = re.compile(r"(?:^|[^a-z])(?:in|at|to|from|near|of|a|en|de|vers|pres de|outside|into) $")
_CURRENCY_SIGNS = frozenset("$£€¥")
_BARREL_BEFORE = re.compile(r"(?:^|[^\w])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})[-‐‑]$")
_NAME_PARTICLES = frozenset({"abu", "bin", "ibn", "ben", "ould", "abd", "abdel", "ash", "van", "von", "del", "della"})
_MODEL_NUMBER = re.compile(r"[ -][A-Za-z]{0,3}\d")
_PRO_ANTI = re.compile(r"(?:^|[^a-z0-9])(?:pro|anti) ?$")
# words of four letters or more, to tell a title-cased headline ("Trump Slams Biden Over China
# Policy") from running text
_LONG_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][a-zß-öø-ÿ'’]{3,}")
_LINE_END = re.compile(r"[.!?]\s|\n")


# The role of a national political party's row: the same party names and acronyms recur from
# country to country ("Socialist Party", "ABC"), so a party is only read where its country is named.
PARTY = "party"


# Languages whose nationality words follow the noun (« les troupes russes », « la justice
# française »): there a sector word right after an actor is no phrase of it, but the next
# word of the clause, often a verb of the same form (« La France juge cette décision
# inacceptable », « la Russie presse l'Ukraine de négocier » are no courts and no press)
NOUN_FIRST_LANGUAGES = frozenset({"fr"})

# Legal forms that end a company's name in both languages' press (no language's own words)
COMPANY_FORMS = frozenset({"group", "groupe", "inc", "corp", "corporation", "ltd", "plc", "llc", "holdings",
                           "holding", "sa", "ag", "gmbh", "co", "company", "bank", "energy", "motors"})
# words after an organisation's one-word name that make a body or a trade name of that organisation,
# not another name ("Hamas Political Bureau", "Taliban Political Office", "Huawei Technologies")
OWN_BODY_WORDS = frozenset({"political", "politburo", "military", "executive", "shura", "armed",
                            "technologies", "electronics", "airlines", "airways"})


class Resolver:
    """The automaton over a dictionary's forms, and the rules that turn hits into mentions."""

    def __init__(self, dictionary: "ActorDictionary"):
        self.dictionary = dictionary
        self.people: dict[str, list[Entry]] = defaultdict(list)
        for e in dictionary.entries:
            if e.kind == "person":
                self.people[e.name].append(e)
        senses: dict[str, tuple[int, list]] = {}
        for e in dictionary.entries:
            target = e.name if e.kind == "person" else e
            for form in e.forms:
                self._add(senses, form, e.rank, target)
        for t in dictionary.terms:
            for form in t.forms:
                self._add(senses, form, t.rank, t)
        self.automaton = ahocorasick.Automaton()
        for key, (_, values) in senses.items():
            self.automaton.add_word(key, (len(key), values))
        self.automaton.make_automaton()
        # the given names the dictionary's people are written with ("Tony", "Pierre"): one before
        # a surname that is not this person's own makes another person of that surname; not a
        # title or sector word ("General", "King"), weekday or month ("on Sunday Putin said")
        not_given = {normalise(f) for t in dictionary.terms for f in t.forms} | {
            w for lang in ("en", "fr") for w in calendar_words(lang)} | _FUNCTION_WORDS
        self.given_names = frozenset(g for e in dictionary.entries if e.kind == "person"
                                     for form in e.forms if (g := _given_name(form))) - not_given

    @staticmethod
    def _add(senses: dict, form: str, rank: int, target) -> None:
        """A later file's form replaces the shipped meanings; within a file they add up."""
        key = normalise(form)
        old_rank, values = senses.get(key, (rank, []))
        if rank > old_rank:
            values = []
        # the same meaning under another case ("Al-Qaeda", "al-Qaeda") is kept: case is checked per form
        if not any((t is target or t == target) and f == form for f, t in values):
            values.append((form, target))
        senses[key] = (max(rank, old_rank), values)

    # --- 1-2: candidates -----------------------------------------------------------------

    def _hits(self, text: str, norm: str, lang: str | None = None) -> list[tuple[int, int, list]]:
        found = []
        for last, (length, values) in self.automaton.iter(norm):
            start, end = last - length + 1, last + 1
            if norm[start].isalnum() and start > 0 and norm[start - 1].isalnum():
                continue
            if norm[last].isalnum() and end < len(norm) and norm[end].isalnum():
                continue
            kept = []
            for form, t in values:
                if _case_ok(form, text[start:end]) and not any(k is t for k in kept) and not (
                        lang == "en" and not _title_case_ok(form, text[start:end])
                        and isinstance(t, Entry) and _generated(t)):
                    kept.append(t)
            # "militants" are rebels in English and activists (CVL) in French: a sector word of
            # the text's language wins over the same form in another language
            if lang and any(isinstance(t, SectorTerm) and t.lang == lang for t in kept):
                kept = [t for t in kept if not (isinstance(t, SectorTerm) and t.lang != lang)]
            if kept:
                found.append((start, end, kept))
        # of two overlapping hits of one length, one that stops inside a hyphenated word loses:
        # « les Pays-Bas » is the Netherlands, not « les pays » and "Bas"
        found.sort(key=lambda h: (h[0] - h[1], text[h[1]:h[1] + 1] in _DASHES and text[h[1] + 1:h[1] + 2].isalpha(), h[0]))
        taken = bytearray(len(norm))
        chosen = []
        for start, end, kept in found:
            if not any(taken[start:end]):
                taken[start:end] = b"\1" * (end - start)
                chosen.append((start, end, kept))
        chosen.sort()
        return chosen

    # --- 3: resolving each hit -----------------------------------------------------------

    def _person(self, name: str, day: dt.date) -> tuple[str, bool, Entry]:
        """(code, in office that day, row) for a person at a date."""
        rows = self.people[name]
        active = [r for r in rows if r.active(day)]
        if active:
            return active[0].code, True, active[0]
        country = rows[0].country
        if any(r.end and r.end <= day for r in rows):
            return f"{country}OPP", False, rows[-1]
        return country, False, rows[0]

    def _piece(self, start: int, end: int, targets: list, day: dt.date,
               named: set[str]) -> _Piece | None:
        terms = [t for t in targets if isinstance(t, SectorTerm)]
        # an organisation's row holds only between its dates (the Taliban are AFGREB until 15
        # August 2021, AFGGOV after; "CNT" names Libya's council only in 2011-2012)
        actors = [t for t in targets if not isinstance(t, SectorTerm)
                  and (isinstance(t, str) or t.kind == "person" or t.active(day))]
        if not actors:
            if not terms:
                return None
            t = terms[0]
            return _Piece(start, end, t.type, sector=t.sector, entry=_short(t.origin))
        options = []  # (code, in office, entry, is person, identity)
        for t in actors:
            if isinstance(t, str):
                code, in_office, row = self._person(t, day)
                options.append((code, in_office, row, True, t))
            else:
                options.append((t.code, t.active(day), t, False, self._identity(t)))
        if len({o[0] for o in options}) > 1:
            options = self._disambiguate(options, named)
        code, in_office, row, is_person, _ = options[0]
        if row.role == PARTY and self._country_of(code) not in named:
            return None  # "ABC", "Conservative Party": a party only where its country is named
        if len({o[0] for o in options}) > 1:
            code = None  # several people, none singled out: leave it to the reader
        country, sector = self._split(code)
        return _Piece(start, end, "actor", code=code, kind=row.kind,
                      country=country or row.country, sector=sector, person=is_person,
                      person_name=options[0][4] if is_person else None,
                      state_only=is_person and not in_office,
                      entry=f"{row.name} [{_short(row.origin)}]")

    @staticmethod
    def _identity(target) -> str | None:
        """What a name stands for, to spot it elsewhere in the text: a person or a code."""
        if isinstance(target, str):
            return target
        return target.code if isinstance(target, Entry) else None

    def _disambiguate(self, options: list, named: set[str]) -> list:
        """Keep the meanings named elsewhere in the text, else those of a country the text names
        ("Parti socialiste" in an article naming Belgium), else those in office, else the first."""
        in_context = [o for o in options if o[4] in named]
        if in_context:
            return in_context
        countries = {self._country_of(n) for n in named} - {None}
        of_named_country = [o for o in options if self._country_of(o[0]) in countries]
        if of_named_country and len(of_named_country) < len(options):
            return of_named_country
        if any(o[3] for o in options):
            in_office = [o for o in options if o[1]]
            return in_office or options
        return options[:1]

    def _named_countries(self, hits: list, day: dt.date) -> set[str]:
        """The states the text names: countries, and the state of every actor named with one
        meaning ("Boris Johnson" names GBR)."""
        out = set()
        for _, _, targets in hits:
            actors = [t for t in targets if not isinstance(t, SectorTerm)]
            if len(actors) != 1 or getattr(actors[0], "role", None) == PARTY:
                continue  # a party does not name its own country
            code = self._person(actors[0], day)[0] if isinstance(actors[0], str) else actors[0].code
            out.add(self._country_of(code))
        return out - {None}

    def _country_of(self, code: str | None) -> str | None:
        """The state of a code ("BELOPP" -> "BEL"), None for a person's name or an organisation."""
        if not code or not code[:3].isupper() or code[:3] not in self.dictionary.countries:
            return None
        return code[:3]

    def _split(self, code: str | None) -> tuple[str | None, str | None]:
        if code is None:
            return None, None
        parsed = ActorCode.parse(code, self.dictionary.countries)
        return parsed.country, parsed.sector

    # --- 4: phrases ----------------------------------------------------------------------

    def find_mentions(self, text: str, lang: str | None = None,
                      date: dt.date | None = None) -> list[Mention]:
        return self.find_mentions_and_stances(text, lang, date)[0]

    def find_mentions_and_stances(self, text: str, lang: str | None = None,
                                  date: dt.date | None = None) -> tuple[list[Mention], list[Mention]]:
        """The mentions, and the actors named in an attitude ("pro-russes", "anti-American
        protests"): no actors of the text, but what an "anti-" phrase is aimed at (the coder's
        rule against-modifier)."""
        day = date or dt.date.today()
        norm = normalise(text)
        hits = self._hits(text, norm, lang)
        named = {self._identity(ts[0]) for _, _, ts in hits if len(ts) == 1}
        named |= self._named_countries(hits, day)
        pieces = [p for h in hits if (p := self._piece(*h, day, named | self._own_country(text, norm, h)))]
        stances = [p for p in pieces if p.code and self._in_attitude(p, norm)]
        pieces = [p for p in pieces if not self._not_an_actor(p, text, norm)]
        starts = {p.start for p in pieces}
        # ... a person the text names again; not a person's name inside an institution's ("George
        # Washington University", "the George Washington Bridge": "Washington" after is the state)
        surnames = {norm[p.start:p.end] for p in pieces if self._place_as_surname(p, text, starts)
                    and not _CAPITALISED_WORD.match(text, p.end)}
        # ... and a company named after a family ("Ford") is the person whom the text names in
        # full with that surname ("Gerald Ford", "Doug Ford"): the references give it that person
        families = surnames | {normalise(text[p.start:p.end].split()[-1]) for p in pieces
                               if p.person and p.role == "actor" and " " in text[p.start:p.end].strip()}
        pieces = [p for p in pieces if not self._first_name(p, text, starts) and not self._another_person(p, text, starts)
                  and not self._surname_again(p, text, norm, surnames if p.kind == "place" else families) and not self._second_barrel(p, text, starts)]
        pieces = self._named_bodies(pieces, text, lang)
        pieces = self._share_sectors(self._join_titles(pieces, norm, lang), text)
        as_mention = lambda p: Mention(start=p.start, end=p.end, text=text[p.start:p.end],
                                       code=p.code, kind=p.kind, entry=p.entry)
        return [as_mention(p) for p in pieces if p.role == "actor"], [as_mention(p) for p in stances]

    def _own_country(self, text: str, norm: str, hit: tuple) -> set[str]:
        """Rule named-body: a party's name that holds its own country's name or adjective
        ("the Iraqi Communist Party", "Communist Party of Nepal", « Parti communiste du Népal »)
        names that country itself: it is read even where the text names the country nowhere else."""
        start, end, targets = hit
        if not any(getattr(t, "role", None) == PARTY for t in targets if not isinstance(t, SectorTerm)):
            return set()
        out = set()
        for last, (length, values) in self.automaton.iter(norm[start:end]):
            a, b = last - length + 1, last + 1
            inner = norm[start:end]
            if (a > 0 and inner[a - 1].isalnum()) or (b < len(inner) and inner[b].isalnum()):
                continue
            for form, t in values:
                if isinstance(t, Entry) and t.kind == "country" and _case_ok(form, text[start + a:start + b]):
                    out.add(self._country_of(t.code))
        return out - {None}

    def _named_bodies(self, pieces: list[_Piece], text: str, lang: str | None) -> list[_Piece]:
        """Rule named-body: a capitalised name whose head is a kind of national body
        (`body_heads.txt`) and that holds a country ("the Iraqi Communist Party", "Communist Party of
        Nepal", « le Parti populaire espagnol », « le Parti communiste du Népal ») is that
        country's body: COUNTRY+SECTOR over the whole name, so that the clause's subject or
        object, the name's head, is coded (the country word alone is a modifier of it)."""
        heads = _body_heads(lang)
        if not heads:
            return pieces
        out = []
        for p in pieces:
            if p.role == "actor" and p.kind == "country" and p.code and not p.person and not p.sector:
                span = _body_span(text, p, heads, lang)
                # a sports word in the name or just after it (« Fédération tunisienne de football »)
                words = (text[span[0]:span[1]].split() + text[span[1]:span[1] + 60].split()[:3]) if span else []
                if span and not any(heads.get(w.strip(".,;:()")) == "-" for w in words):
                    start, end, sector, head = span
                    p = replace(p, start=start, end=end, code=p.country + sector, kind="sector", sector=sector,
                                entry=f"{p.entry} + {sector} [named-body: {head}]")
            out.append(p)
        return out

    @staticmethod
    def _in_attitude(p: _Piece, norm: str) -> bool:
        """"pro-russes", "anti-American": an attitude, not the actor."""
        return p.role == "actor" and not p.person and bool(_PRO_ANTI.search(norm[max(0, p.start - 6):p.start]))

    @classmethod
    def _not_an_actor(cls, p: _Piece, text: str, norm: str) -> bool:
        if p.role != "actor" or p.person:
            return False
        if cls._in_attitude(p, norm):
            return True
        if text[p.end:p.end + 1] in _CURRENCY_SIGNS:
            return True  # "US$300 million", "HK$2 billion": a currency, not the country
        lower_form = text[p.start].islower()
        if lower_form and norm[max(0, p.start - 3):p.start] == "en ":  # "en russe"
            return True
        if lower_form and p.kind == "country" and " " not in text[p.start:p.end] \
                and _LANGUAGE_ARTICLE.search(norm, max(0, p.start - 4), p.start) and not _CAPITALISED_NEXT.match(text, p.end):
            return True  # « le français et l'anglais », « traduit du russe »: the language (not « le japonais Toyota »)
        # "the OCI Group", "SNC Inc.": an acronym followed by a company's legal form names a
        # company, not the organisation another language abbreviates so (OCI, the French OIC;
        # an acronym that is the actor's own code stays: "the UN Group of Experts")
        acronym = text[p.start:p.end]
        if not (acronym.isupper() and acronym.isalpha() and acronym != p.code):
            return False
        # "GTX 1660", "RTX 2060", "BT-7274", "LG 65UM7300", "Los Angeles, CA 90069": an
        # organisation's acronym before a model or a postal number names a product or a state
        # abbreviation, not the organisation
        if p.kind == "organisation" and (p.code or "").endswith("BUS") and _MODEL_NUMBER.match(text, p.end):
            return True  # a company's: not "the FBI 2016 investigation", "UNSC 2334", "the IRGC 2 commanders"
        following = text[p.end:p.end + 16].split()
        return bool(following) and following[0].strip(".,;").lower() in COMPANY_FORMS

    @staticmethod
    def _first_name(p: _Piece, text: str, starts: set[int]) -> bool:
        """"Police director Vladimir Rebic", "Florence Dupont": a one-word place followed by a
        capitalised word that names nothing known is the first name of a person the dictionary
        does not know (or a name like "Paris Saint-Germain"), not the place. So is a surname
        alone of the dictionary's people ("County sheriff Kerry Lee", "Hellboy character Abe
        Sapien": not John Kerry, not Shinzo Abe), and a one-word name of an organisation is the
        first word of a longer name ("the Alliance Party", "the European Southern Observatory":
        not NATO, not the EU), unless the word is a company's legal form ("Apple Inc.")."""
        if not _one_word_name(p, text, places=True):
            return False
        following = _CAPITALISED_WORD.match(text, p.end)
        return following is not None and following.start(1) not in starts \
            and (p.kind == "place" or (following.group(1).lower() not in COMPANY_FORMS
                                       and not (p.kind == "organisation" and following.group(1).lower() in OWN_BODY_WORDS)
                                       and not _title_cased(text, p.start)))

    def _another_person(self, p: _Piece, text: str, starts: set[int]) -> bool:
        """"the singer Tony Bennett", "his son Hunter Biden": a person known by surname alone,
        written after a given name of the dictionary's people that is not one of this person's,
        is someone else of that surname (the dictionary knows a person by full name). Not at
        the start of a sentence, where any word is capitalised ("Some Biden aides said")."""
        if not p.person or p.person_name is None or " " in text[p.start:p.end].strip():
            return False
        before = _GIVEN_BEFORE.search(text, max(0, p.start - 40), p.start)
        if before is None or before.start(1) in starts:
            return False
        given = normalise(before.group(1))
        return given in self.given_names and given not in {
            _given_name(form) for row in self.people[p.person_name] for form in row.forms}

    def _place_as_surname(self, p: _Piece, text: str, starts: set[int]) -> bool:
        """"philanthropist Don Imus", "Andrew Vaughan", "Robert F. Kennedy", "John Lubbock": a
        one-word place written after a given name of the dictionary's people, inside a sentence,
        is that person's surname, not the town (Imus, Philippines; Vaughan, Canada); so is a
        company's one-word name ("James Ford", "John M. Ford": not the carmaker)."""
        if not (p.kind == "place" or _company(p)) or not _one_word_name(p, text, places=True):
            return False
        before = _GIVEN_BEFORE.search(text, max(0, p.start - 40), p.start)
        return before is not None and before.start(1) not in starts \
            and normalise(before.group(1)) in self.given_names

    @staticmethod
    def _second_barrel(p: _Piece, text: str, starts: set[int]) -> bool:
        """"Julen Hernandez-Lallement", "Kentavious Caldwell-Pope": a person's surname or a
        one-word organisation name joined by a hyphen to a capitalised word that names nothing
        known is the second half of someone else's double-barrelled name (not "Biden-Harris",
        whose first half is a mention; not an Arabic article: "Al-Assad")."""
        if not _one_word_name(p, text, places=False):
            return False
        before = _BARREL_BEFORE.search(text, max(0, p.start - 30), p.start)
        return before is not None and before.start(1) not in starts \
            and before.group(1).lower() not in _NAME_PARTICLES

    @staticmethod
    def _surname_again(p: _Piece, text: str, norm: str, surnames: set[str]) -> bool:
        """A place or a company read as a person's surname ("philanthropist Don Imus", "Gerald
        Ford") is that person wherever the text names it again ("Imus died on Friday", "Ford
        said"), except after a preposition of place ("in Imus", « à Amman »). A place is so only
        after the name was read as a surname; a company also after a person of the dictionary
        named in full with it ("Doug Ford")."""
        if p.kind != "place" and not _company(p):
            return False
        if p.kind != "place" and " " in text[p.start:p.end].strip():
            return False  # "Ford Motor" names the company whoever else the text names
        return p.role == "actor" and norm[p.start:p.end] in surnames \
            and not _PLACE_PREPOSITION.search(norm, max(0, p.start - 8), p.start)

    def _join_titles(self, pieces: list[_Piece], norm: str, lang: str | None = None) -> list[_Piece]:
        pieces = self._combine(pieces, norm, self._foreign)
        pieces = self._combine(pieces, norm, self._honorific)
        pieces = self._combine(pieces, norm, self._portfolio)
        if lang not in NOUN_FIRST_LANGUAGES:
            pieces = self._combine(pieces, norm, self._actor_then_term)
        pieces = self._combine(pieces, norm, self._term_then_actor)
        pieces = self._combine(pieces, norm, self._portfolio)
        pieces = self._combine(pieces, norm, self._term_of_actor)
        pieces = self._combine(pieces, norm, self._title_then_person)
        return self._combine(pieces, norm, self._former)

    @staticmethod
    def _share_sectors(pieces: list[_Piece], text: str) -> list[_Piece]:
        """"the governments of Egypt and Greece" -> EGYGOV, GRCGOV; « les gouvernements américain
        et britannique » -> USAGOV, GBRGOV: a sector word before a country governs the countries
        coordinated after it (each stays a mention of its own)."""
        out = list(pieces)
        for i in range(1, len(out)):
            left, right = out[i - 1], out[i]
            if left.leading_term and left.sector and right.role == "actor" and right.kind == "country" \
                    and right.code and not right.sector and not right.person \
                    and _GAP_AND.match(normalise(text[left.end:right.start])) \
                    and (left.leading_term == "of" or text[right.start].islower()):
                out[i] = replace(right, leading_term=left.leading_term, sector=left.sector, kind="sector", code=right.country + left.sector,
                                 entry=f"{right.entry} + {left.sector} [coordinated with {left.entry}]")
        return out

    @staticmethod
    def _combine(pieces: list[_Piece], norm: str, rule) -> list[_Piece]:
        """Apply `rule(left, right, gap)` to neighbours; a non-None result replaces both."""
        out: list[_Piece] = []
        for p in pieces:
            if out:
                merged = rule(out[-1], p, norm[out[-1].end:p.start])
                if merged is not None:
                    out[-1] = merged
                    continue
            out.append(p)
        return out

    @staticmethod
    def _span(left: _Piece, right: _Piece, **changes) -> _Piece:
        return replace(left, start=left.start, end=right.end, **changes)

    def _with_sector(self, actor: _Piece, term: _Piece) -> dict:
        """What an actor becomes with a sector word: COUNTRY+SECTOR, or itself."""
        if actor.kind == "organisation" or actor.country is None or actor.code is None:
            return dict(code=actor.code, kind=actor.kind, entry=actor.entry)
        if actor.sector and not actor.person:  # "Kremlin officials": the seat already says it
            return dict(code=actor.code, kind="sector", entry=actor.entry)
        return dict(code=actor.country + term.sector, kind="sector",
                    entry=f"{actor.entry} + {term.sector} [{term.entry}]")

    def _honorific(self, left, right, gap):
        if left.role == "honorific" and right.person and gap in ("", " "):
            return self._span(left, right, **_actor_fields(right))
        return None

    def _portfolio(self, left, right, gap):
        if right.role == "portfolio" and left.sector == "GOV" and left.role in ("term", "actor") \
                and _GAP_SPACE.match(gap) and not left.person:
            return self._span(left, right)
        return None

    def _actor_then_term(self, left, right, gap):
        """"Russian troops", "Russia's government", "NATO troops"."""
        if left.role == "actor" and right.role == "term" and left.code and (
                _GAP_SPACE.match(gap) or (_GAP_POSSESSIVE.match(gap) and gap.strip())):
            if left.person and not gap.strip():
                return None  # "Poutine président" is not a phrase; "Putin's government" is
            return self._span(left, right, role="actor", person=False, sector=right.sector,
                              **self._with_sector(left, right))
        return None

    def _term_then_actor(self, left, right, gap):
        """"les troupes russes", "la diplomatie américaine", "son homologue russe"."""
        if left.role == "term" and right.role == "actor" and right.kind == "country" \
                and right.code and _GAP_SPACE.match(gap):
            return self._span(left, right, role="actor", country=right.country, leading_term="adjective",
                              sector=left.sector, **self._with_sector(right, left))
        return None

    def _term_of_actor(self, left, right, gap):
        """"the opposition in Zimbabwe", "le gouvernement de la Russie", "les troupes de Poutine"."""
        if left.role == "term" and right.role == "actor" and right.code \
                and right.kind != "collective" and _GAP_OF.match(gap):
            return self._span(left, right, role="actor", country=right.country, leading_term="of" if right.kind == "country" else "",
                              sector=left.sector, person=False, **self._with_sector(right, left))
        return None

    def _title_then_person(self, left, right, gap):
        """"le président Poutine", "le ministre russe des Affaires étrangères Lavrov"."""
        if not (right.person and left.role in ("term", "actor") and not left.person
                and left.sector and _GAP_TITLE.match(gap)):
            return None
        if left.role == "actor" and left.country and right.country != left.country:
            return None  # "le ministre russe Blinken" is two actors, not one
        fields = _actor_fields(right)
        if right.state_only and left.sector == "GOV" and right.country:
            # the text gives the role ("President Obama"), the dictionary had no row that day
            fields.update(code=right.country + "GOV")
        return self._span(left, right, **fields)

    def _foreign(self, left, right, gap):
        """"foreign forces in Kabul", "des troupes étrangères en Afghanistan": the sector word is
        no one of the place's country; the phrase stays no actor."""
        if left.role == "foreign" and right.role == "term" and gap in (" ", "  "):
            return self._span(left, right, role="foreign")
        if left.role == "term" and right.role == "foreign" and gap in (" ", "  "):
            return self._span(left, right, role="foreign")
        return None

    def _former(self, left, right, gap):
        """"l'ancien président Trump", "former Russian officials": out of power, OPP."""
        if left.role == "former" and right.role == "actor" and right.country \
                and right.kind in ("person", "sector") and gap in (" ", "  "):
            return self._span(left, right, **{**_actor_fields(right),
                                              "code": right.country + "OPP"})
        return None


_BODY_HEADS: dict[str, dict[str, str]] | None = None
_NAME_WINDOW = 120
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.&-]*"
# words that end a French name's run of adjectives: a verb, an article, a preposition
_FR_NOT_IN_NAME = frozenset({"de", "du", "des", "d'", "d’", "a", "à", "au", "aux", "le", "la", "les", "un", "une", "et", "ou", "est", "sont",
                             "ont", "en", "pour", "par", "sur", "avec", "qui", "que", "dans", "ne", "se", "son",
                             "sa", "ses", "leur", "leurs", "été", "était", "avait", "contre", "vers", "sans"})


def _body_heads(lang: str | None) -> dict[str, str]:
    """{head noun: sector} of `body_heads.txt` for a language."""
    global _BODY_HEADS
    if _BODY_HEADS is None:
        _BODY_HEADS = defaultdict(dict)
        rows = [l.rstrip("\n").split("\t") for l in (DATA_DIR / "body_heads.txt").read_text(encoding="utf-8").splitlines()
                if l.strip() and not l.startswith("#")]
        for sector, lng, forms in rows[1:]:
            for f in forms.split("|"):
                _BODY_HEADS[lng][f] = sector
    return _BODY_HEADS.get(lang or "", {})


@lru_cache(maxsize=None)
def _body_alternation(lang: str | None) -> str:
    """The regex alternation of a language's body heads (longest first, sports words left out),
    built once: `_body_span` runs for every country word of every sentence."""
    heads = _body_heads(lang)
    return "|".join(sorted((re.escape(h) for h, sector in heads.items() if sector != "-"), key=len, reverse=True))


def _body_span(text: str, p: _Piece, heads: dict[str, str], lang: str | None) -> tuple[int, int, str, str] | None:
    """(start, end, sector, head) of the body's name around a country piece, or None."""
    alts = _body_alternation(lang)
    word = text[p.start:p.end]
    # only a name's length before the country word is read (a long text's pieces stay linear)
    left = max(0, p.start - _NAME_WINDOW)
    before = text[left:p.start]
    if lang == "fr":
        # « Parti populaire espagnol »: head, up to three lower-case adjectives, the adjective;
        # « Parti communiste du Népal »: the same, then de + the country's name
        m = re.search(rf"\b({alts})((?: [a-zà-öø-ÿ-]+){{0,3}}?) (du |de la |de l'|de l’|d'|d’|des )?$", before)
        if not m:
            return None
        between = m.group(2).split()
        if any(w in _FR_NOT_IN_NAME for w in between):
            return None
        if bool(m.group(3)) != word[:1].isupper():
            return None  # « Parti ... espagnol » (an adjective) or « Parti ... du Népal » (a name)
        return left + m.start(1), p.end, heads[m.group(1)], m.group(1)
    if not word[:1].isupper():
        return None
    # "the Iraqi Communist Party": the country word, capitalised words, the head
    m = re.match(rf"((?: {_NAME_WORD})*?) ({alts})\b", text[p.end:p.end + _NAME_WINDOW])
    if m and all(not w.endswith("'s") and not w.endswith("’s") for w in m.group(1).split()):
        return p.start, p.end + m.end(2), heads[m.group(2)], m.group(2)
    # "Communist Party of Nepal": capitalised words, the head, of (the) country
    m = re.search(rf"\b({alts})((?: {_NAME_WORD})*) of (?:the )?$", before)
    if m:
        start = left + m.start(1)
        while True:  # the capitalised words before the head are the name's
            b = re.search(rf"(?<![\w'’.&-])({_NAME_WORD}) $", text[max(0, start - 40):start])
            if not b or b.group(1).lower() in ("the", "a", "an"):
                break
            start = start - len(b.group(0))
        return start, p.end, heads[m.group(1)], m.group(1)
    return None


def _given_name(form: str) -> str | None:
    """The given name a person's form starts with ("Tony Blair" -> "tony"), normalised; None for
    a one-word form or one that starts with no capitalised word ("al-Assad")."""
    words = form.split()
    if len(words) < 2 or not re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+", words[0]):
        return None
    return normalise(words[0])


def _company(p: _Piece) -> bool:
    """A company's name (COUNTRY+BUS), which may be a family's ("Ford", "Dell")."""
    return p.kind == "organisation" and p.sector == "BUS"


def _one_word_name(p: _Piece, text: str, places: bool) -> bool:
    """Whether an actor's span is one word that may be part of a longer name: a person's surname,
    an organisation's one-word name (not an acronym: "NATO" is no first word), and with `places`
    a place's."""
    name = text[p.start:p.end]
    return p.role == "actor" and " " not in name.strip() and bool(
        (places and p.kind == "place") or p.person or (p.kind == "organisation" and not name.isupper()))


def _title_cased(text: str, at: int) -> bool:
    """Whether the line or sentence around `at` is a title-cased headline ("Trump Slams Biden Over
    China Policy", "Putin Says Russia Will Respond"): every word of four letters or more is
    capitalised (at least three of them). There a capitalised word after a name is no sign of a
    longer name."""
    start = max((m.end() for m in _LINE_END.finditer(text, max(0, at - 200), at)), default=max(0, at - 200))
    end = next((m.start() for m in _LINE_END.finditer(text, at)), min(len(text), at + 200))
    words = _LONG_WORD.findall(text[start:end])
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def _generated(row: Entry) -> bool:
    """A row of a shipped file built from open data (organisations_generated.tsv.gz,
    parties_generated.tsv.gz): names written as their source writes them, title-cased."""
    return row.rank == 0 and row.origin.rsplit(":", 1)[0].endswith("_generated.tsv.gz")


def _short(origin: str) -> str:
    """"/…/data/people.tsv:12" -> "people.tsv:12" for shipped files; user files keep their path."""
    path = Path(origin)
    return path.name if path.parent == DATA_DIR else origin


def _actor_fields(p: _Piece) -> dict:
    return dict(role="actor", code=p.code, kind=p.kind, country=p.country, sector=p.sector,
                person=p.person, state_only=p.state_only, entry=p.entry)
