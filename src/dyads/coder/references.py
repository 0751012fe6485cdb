"""Actors named earlier in the article: who "Orban", "Mr Varadkar", "the minister" and "he" are.

News names an actor once in full ("Irish Prime Minister Leo Varadkar", "Sergueï Lavrov, le
chef de la diplomatie russe") and then by surname, honorific and surname, bare role or
pronoun. The dictionary finds the full names it knows; this module, run once per article
body over the dictionary's mentions, adds what the article itself teaches:

1. `name`: a capitalised name right after a titled mention ("Prime Minister Leo Varadkar") or
   before an apposed one ("Leo Varadkar, the Irish prime minister,") is that actor, even
   when the dictionary does not know the person;
   `affiliation`: a name given with a role in an organisation the dictionary knows ("UN
   rapporteur Agnès Callamard", "X, a spokeswoman for Amnesty International", "the general
   manager of Abu Dhabi Media, Ali bin Tamim") is that organisation's;
   `described`: a name given with a nationality and a word for what the person is
   (`person_descriptors`: "Swedish activist Greta Thunberg", "Jamal Khashoggi, a Saudi
   journalist", "le militant suédois X") is a person of that country and sector;
2. `surname`: later occurrences of the surname of a person named in full (the last name word,
   and the first too for countries that write the family name first: "Xi", but "Carrie Lam"
   is "Lam") are that person; a surname two actors of the article share is left alone;
3. `role`: "the minister", "le président" with no country of their own are the last actor
   before them named with that same role word, else (in an article about one country) that
   country's; a name apposed to such a role ("Delfin Lorenzana, the Defence Secretary") is
   that person, and so is its surname later;
4. `pronoun`: a personal subject pronoun opening a sentence ("He", "Elle") with no person in
   that sentence before it stands for the first person of the closest preceding sentence that
   names one (within three sentences), or, when that sentence opens with such a pronoun too,
   that sentence's own antecedent; the coder uses that antecedent only when the parse makes the
   pronoun a subject.

The word lists are language data (`references` in the lexicon's grammar.yaml).
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from dyads.coder.lexicon import Lexicon
from dyads.dates import calendar_words
from dyads.folding import fold
from dyads.codes import SECTORS, ActorCode
from dyads.model import Mention

# Countries whose press writes the family name first: "Xi Jinping" is then "Xi".
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "PRK", "KOR", "VNM"}
PERSON_SECTORS = tuple(SECTORS)
GROUP_SECTORS = ("REB", "OPP", "BUS", "MED")  # sectors whose actors are groups ("the group", "le parti")
STATE_BODIES = ("GOV", "MIL", "COP", "LEG", "JUD")  # a body of the state: never "the group"
# a capitalised word, or an initial with its period ("J."): a word's own period ends a sentence
# ("... du nouveau président Palacio. Un ...")
NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ][\w'’\-]*)"
SENTENCE_WINDOW = 3

# how far after the comma closing a fronted phrase its sentence's subject may start (antecedent)
FRONTED_SUBJECT_CHARS = 40


# marks the entry of a person rule home-person gave the article's country, and of the mentions
# that stand for that person (surname, pronoun): events.home_person_source reads it
HOME_PERSON = " (home person)"


def home_mark(entry: str | None) -> str:
    """The home-person mark to carry over from an antecedent's entry."""
    return HOME_PERSON if entry and entry.endswith(HOME_PERSON) else ""


# The sectors whose people have aides who speak for them (not private persons')
OFFICIAL_SECTORS = ("GOV", "LEG", "MIL", "JUD", "COP", "OPP", "REB")


# English nationality adjectives end so ("Italian", "Japanese", "British", "Israeli", "French",
# "Turkish", "Dutch", "Icelandic"); country names mostly do not ("Turkey", "Iran")
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch", "ic", "ian")
# words that open or carry a clause: no office between a nationality and a title
_CLAUSE_WORDS = frozenset({"says", "said", "say", "told", "tells", "met", "meets", "is", "was", "are", "were", "has",
                           "have", "had", "will", "would", "and", "or", "but", "that", "to", "with", "by", "of", "for"})


@dataclass(frozen=True)
class ReferenceWords:
    pronouns: frozenset[str]  # subject pronouns that stand for a person: he, she, il, elle
    roles: dict[str, str]  # singular role nouns of people and their sector: minister -> GOV ...
    articles: frozenset[str]  # definite articles before a bare role: the, le, la, l'
    particles: frozenset[str]  # lower-case name particles kept with a surname: de, van, al ...
    openers: frozenset[str]  # words that may precede a sentence's subject pronoun: but, mais ...
    former: frozenset[str]  # "former", "ancien": the title is no longer held
    former_after: frozenset[str]  # the same after the title: "le président déchu"
    head_roles: frozenset[str]  # roles that head what follows them: "le président du directoire"
    state_heads: frozenset[str]  # ... unless it is the state: "le président de la République"
    owner_preps: frozenset[str]  # "de", "du", "of": what follows names what the role heads
    group_words: frozenset[str]  # "group", "organisation": a kind of organisation named before
    affiliations: frozenset[str]  # "spokesman", "CEO", "porte-parole": a person speaking for an organisation
    affiliation_preps: frozenset[str]  # "of", "for", "at", "de": the role's organisation follows
    descriptors: dict[str, str]  # what a private person is and its sector: activist -> CVL, journalist -> MED
    not_roles: frozenset[str]  # phrases opening with a role word that name no role: "general manager"
    group_sectors: dict[str, tuple[str, ...]]  # "party" -> (OPP,): the sectors a kind of organisation may have
    suspect_roles: frozenset[str]  # "the accused", "le tireur": the private person the story is about
    indefinite: frozenset[str]  # "an" in "An Australian, Brenton Tarrant": one person of a people
    staff: frozenset[str]  # "aide", "adviser", « conseiller »: a person working for an official
    staff_preps: frozenset[str]  # "to", "for", « de »: the official follows
    posting_preps: frozenset[str] = frozenset()  # "to": "ambassador to Britain X", the posting before the name
    contractions: frozenset[str] = frozenset()  # « du », « au »: a preposition and article before a bare role
    honorifics: frozenset[str] = frozenset()  # « M. », « Mme »: a name follows
    fronted_preps: frozenset[str] = frozenset()  # "in", « dans »: a phrase before the subject, closed by a comma
    pair_phrases: frozenset[str] = frozenset()  # "both sides", « les deux parties »: the two actors paired before
    pair_joiners: frozenset[str] = frozenset()  # "and", « et »: what joins the pair ("Israel and Hamas")
    asides: tuple[str, ...] = ()  # « âgé de 65 ans »: patterns of an aside between a name and its apposed role
    place_preps: frozenset[str] = frozenset()  # "in", « à »: a capitalised phrase after them is a place
    name_suffixes: frozenset[str] = frozenset()  # "Jr", "III": closing a name, no surname
    observers: frozenset[str] = frozenset()  # "professor", "author": observers, no home person
    titles: frozenset[str] = frozenset()  # "Dr.": a private person's title before a name (rule home-person)

    @classmethod
    def of(cls, lexicon: Lexicon) -> "ReferenceWords":
        section = lexicon.grammar.get("references") or {}
        words = lambda key: frozenset(fold(w) for w in section.get(key, ()))  # noqa: E731
        # searched in the text as written, accents and all ("président")
        written = lambda key: frozenset(w.lower() for w in section.get(key, ()))  # noqa: E731
        return cls(words("pronouns"), dict(section.get("person_roles") or {}), words("definite_articles"),
                   words("name_particles"), words("sentence_openers"), words("former"), words("former_after"),
                   words("head_roles"), words("state_heads"), words("role_owner_preps"),
                   words("organisation_nouns"), written("affiliation_roles"), written("affiliation_preps"),
                   {w.lower(): sector for w, sector in (section.get("person_descriptors") or {}).items()},
                   words("not_roles"),
                   {fold(w): tuple(sectors) for w, sectors in (section.get("organisation_noun_sectors") or {}).items()},
                   words("suspect_roles"), words("indefinite_articles"),
                   words("staff_roles"), words("staff_preps"), words("posting_preps"), words("role_contractions"),
                   words("honorifics"), words("fronted_phrase_preps"), words("pair_phrases"),
                   words("pair_joiners"), tuple(section.get("apposed_asides", ())), words("place_preps"),
                   words("name_suffixes"), words("observer_descriptors"),
                   frozenset(w.lower() for w in section.get("home_titles", ())))


# The lists are folded (no accents, straight apostrophes) and the article is searched as
# written: each folded letter matches its accented forms ("president" finds "président",
# "l'" finds "l’").
_ACCENTED = {"a": "aàâäáã", "e": "eéèêë", "i": "iîïíì", "o": "oôöóò", "u": "uùûüú", "c": "cç", "n": "nñ",
             "y": "yÿý", "'": "'’`"}


def alternation(words) -> str:
    """A regex alternation of folded `words` (a set, or a dict's keys), longest first, matching
    them accented or not."""
    return _alternation(frozenset(words))


@functools.lru_cache(maxsize=256)
def _alternation(words: frozenset[str]) -> str:
    # built once per list: every article's references read the same few lists many times
    def one(word: str) -> str:
        return "".join(f"[{re.escape(_ACCENTED[ch])}]" if ch in _ACCENTED else re.escape(ch) for ch in word)
    return "|".join(one(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _from_dictionary(mention: Mention) -> bool:
    """A mention the actor dictionary made (its entry names the file and line of its row), not
    one read here from a title, a role or an affiliation."""
    return bool(mention.entry and re.search(r"\.tsv(?:\.gz)?:\d+\]$", mention.entry))


def _person_like(mention: Mention, words: ReferenceWords) -> bool:
    """A person, or a phrase naming one by role ("the Russian foreign minister")."""
    if not mention.code:
        return False
    if mention.kind == "person":
        return True
    return ActorCode.parse(mention.code).sector in PERSON_SECTORS and _role_in(mention.text, words) is not None


@functools.cache
def spacy_stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of `lang`, folded (no model is loaded for them)."""
    module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    return frozenset(fold(w) for w in module.STOP_WORDS)


def _group_like(mention: Mention) -> bool:
    """What "the group" may stand for: an organisation that is no body of the state, or an
    actor of a group sector (rebels, a party, a company, a newspaper)."""
    sector = ActorCode.parse(mention.code).sector
    return (mention.kind == "organisation" and sector not in STATE_BODIES) or sector in GROUP_SECTORS


def _organisation(mention: Mention) -> bool:
    """An organisation, or a state body with a sector ("the Interior Ministry"): not a person,
    not a bare country or place."""
    return bool(mention.code) and mention.kind != "person" and (
        mention.kind == "organisation" or ActorCode.parse(mention.code).sector is not None)


def _role_in(text: str, words: ReferenceWords) -> str | None:
    """The role noun a phrase names ("the Russian foreign minister" -> "foreign minister")."""
    folded = " " + " ".join(fold(text).split()) + " "
    found = [r for r in words.roles if f" {r} " in folded]
    return max(found, key=len) if found else None


def _surname_forms(name: str, code: str | None, words: ReferenceWords) -> list[str]:
    """The words the press uses alone for a person named `name`: the last name word with its
    particles, and its last word ("de Villepin", "Villepin"); for countries that write the
    family name first, the first word too ("Xi Jinping" is "Xi", but "Carrie Lam" is "Lam")."""
    tokens = [t for t in re.findall(r"[\w'’\-\.]+", name) if not t.endswith(".") or len(t) > 2]
    # "Patrick W. Carlineo Jr." is later "Carlineo": a generational suffix is no surname
    while tokens and fold(tokens[-1].rstrip(".")) in words.name_suffixes:
        tokens.pop()
    capitalised = [i for i, t in enumerate(tokens) if t[:1].isupper()]
    if len(capitalised) < 2:
        return []
    last = capitalised[-1]
    start = last
    while start > 0 and fold(tokens[start - 1]) in words.particles:  # "de Villepin", "al-Assad"
        start -= 1
    forms = [" ".join(tokens[start:last + 1]), tokens[last]]
    if code and ActorCode.parse(code).country in FAMILY_NAME_FIRST:
        forms.insert(0, tokens[capitalised[0]])
    return list(dict.fromkeys(forms))


class ArticleReferences:
    """Resolves the references of one article body, given the dictionary's mentions."""

    def __init__(self, body: str, mentions: list[Mention], sentences: list[tuple[int, int]],
                 lexicon: Lexicon, country: str | None = None):
        self.body = body
        self.country = country  # the article's country: whose "Senator", "le juge" a bare title names
        self.words = ReferenceWords.of(lexicon)
        self.lang = lexicon.language
        self.common_words = spacy_stop_words(lexicon.language)
        self.sentences = sentences
        self.mentions = sorted(mentions, key=lambda m: m.start)

    def _free(self, start: int, end: int) -> bool:
        return not any(m.start < end and start < m.end for m in self.mentions)

    def _add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.mentions.sort(key=lambda m: m.start)

    def resolve(self) -> list[Mention]:
        self._titled_names()
        self._affiliations()
        self._staff()
        self._described_names()
        self._home_people()
        self._names()
        self._surnames()
        self._honorific_names()
        self._roles()
        # "Delfin Lorenzana, the Defence Secretary; [...] Lorenzana said": a name apposed to a
        # bare role the article's country gave a code, then its surname
        if self._names(roles_only=True):
            self._surnames()
        self._groups()
        self._suspects()
        self._pairs()
        return self.mentions

    # -- 1. names given with their role -------------------------------------------------------
    def _names(self, roles_only: bool = False) -> int:
        """Names written next to a role mention; with `roles_only`, next to the bare roles
        `_roles` coded (kind person, no name of their own). The number of names added."""
        added = len(self.mentions)
        name_re = re.compile(self._name_pattern())
        candidates = [m for m in self.mentions if (m.entry or "").startswith("role ")] if roles_only else [
            m for m in self.mentions if _person_like(m, self.words) and m.kind != "person"]
        # with `roles_only`, also past the office's complement and a comma ("le ministre de
        # l'Intérieur, François Boko")
        complement = r"(?:\s+(?:of|de|d'|d’|du|des)\s*[^,;.]{1,40})?,?" if roles_only else ""
        for mention in candidates:
            # "China's ambassador to Britain Liu Xiaming": past the posting the dictionary names
            end = mention.end if roles_only else self._past_posting(mention.end)
            after = self.body[end:end + 120]
            found = re.match(complement + r" (" + name_re.pattern + r")", after)
            if not found and not roles_only:
                # "One of South Sudan's Vice Presidents, Rebecca Nyandeng De Mabior, also ...": a
                # name apposed between commas to the role
                found = re.match(r", (" + name_re.pattern + r"),", after)
            if found and len(found.group(1).split()) >= 2:
                start = end + found.start(1)
                end = start + len(found.group(1).rstrip(".,"))
                if self._free(start, end):
                    self._add(Mention(start, end, self.body[start:end], mention.code, "person",
                                      f"name after {mention.text!r}"))
        # "Leo Varadkar, the Irish prime minister," / "Sergueï Lavrov, le chef de la diplomatie russe";
        # an aside may come between (rule name-aside: « Evgueni Adamov, âgé de 65 ans, ancien
        # ministre russe », `apposed_asides`)
        aside = rf"(?:, (?:{'|'.join(self.words.asides)}))?" if self.words.asides else ""
        for mention in candidates:
            before = self.body[max(0, mention.start - 80):mention.start]
            found = re.search(r"(" + name_re.pattern + r")" + aside + r", (?:(?:" + "|".join(
                map(re.escape, sorted(self.words.articles, key=len, reverse=True))) + r") ?)?$", before)
            if found and len(found.group(1).split()) >= 2:
                start = mention.start - len(before) + found.start(1)
                end = start + len(found.group(1))
                if self._free(start, end):
                    self._add(Mention(start, end, self.body[start:end], mention.code, "person",
                                      f"name before {mention.text!r}"))
        return len(self.mentions) - added

    def _past_posting(self, end: int) -> int:
        """Where a role's posting ends ("ambassador to Britain", "envoy to the United Nations"):
        after `posting_preps` and a mention the dictionary made right after it; else `end`."""
        found = re.match(rf" (?:{alternation(self.words.posting_preps)}) (?:(?:{alternation(self.words.articles)}) )?",
                         self.body[end:end + 12], re.IGNORECASE) if self.words.posting_preps else None
        if found:
            place = next((m for m in self.mentions if m.start == end + found.end() and _from_dictionary(m)), None)
            if place is not None:
                return place.end
        return end

    def _name_pattern(self) -> str:
        """A capitalised name of several words, with lower-case particles ("Ali bin Tamim")."""
        particles = alternation(self.words.particles) or "x^"
        return rf"{NAME_WORD}(?:\s+(?:{NAME_WORD}|(?:{particles})))*"

    def _titled_names(self) -> None:
        """"Senator Marco Rubio", "Judge Michael Urbanski", "le juge Jean Dupont": a bare title
        (no country of its own) before a name is a person of the article's country, of the
        title's sector; "former"/"ancien" before the title makes it the opposition."""
        if not self.words.roles:
            return
        roles = alternation(self.words.roles)
        name = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}"
        # the title in any case ("Judge", "judge"), the name capitalised word by word: "Judge
        # Michael Urbanski sentenced Ohio man ..." is not "Michael Urbanski sentenced Ohio"
        pattern = re.compile(rf"(?<![\w])(?P<role>(?i:{roles}))\s+(?P<name>{name})")
        for found in pattern.finditer(self.body):
            start, end = found.start("name"), found.end("name")
            if not found.group("name")[0].isupper() or not self._free(found.start("role"), end) \
                    or self._not_a_role(found.start("role")):
                continue
            sector = self.words.roles[fold(found.group("role"))]
            before = fold(self.body[max(0, found.start() - 12):found.start()]).split()
            if before and before[-1] in self.words.former:
                sector = "OPP"
            # "United States District Judge Clark Waddoups": the country written before the
            # title (up to two capitalised words of the office between them) is the person's
            owner = self._country_before(found.start())
            country, why = (owner, "the country before the title") if owner else (self.country, "the article's country")
            if not country:
                continue
            self._add(Mention(start, end, self.body[start:end].rstrip(".,"), country + sector, "person",
                              f"name after title {found.group('role')!r} ({country}, {why})"))

    def _country_before(self, start: int) -> str | None:
        """The country of a country mention the dictionary made that ends right before `start`,
        past up to two capitalised words ("United States District Judge", "Mexico's Interior
        Minister"); None if there is none."""
        window = self.body[max(0, start - 60):start]
        for words in range(3):
            lead = re.search(rf"(?:['’]s)?\s+(?:[A-Z][\w\-]*\s+){{{words}}}$", window)
            at = start - len(lead.group(0)) if lead else -1
            country = next((m for m in self.mentions if m.end == at and m.kind == "country" and _from_dictionary(m)
                            and m.code and len(m.code) == 3), None)
            if country is not None:
                return country.code
        # "Italian economic development minister Stefano Patuanelli": a nationality adjective (a
        # one-word form of `country_forms` with an adjective's ending) before up to three lower-case
        # words of the office (no verb in the past between: "Russian troops killed defence minister X")
        for words in range(1, 4):
            lead = re.search(rf"\s+(?:[a-z][\w\-]*\s+){{{words}}}$", window)
            if not lead or any(w.endswith("ed") or w in _CLAUSE_WORDS for w in lead.group(0).split()):
                break
            at = start - len(lead.group(0))
            country = next((m for m in self.mentions if m.end == at and m.kind == "country" and _from_dictionary(m)
                            and m.code and len(m.code) == 3 and " " not in m.text and m.text[:1].isupper()
                            and "country_forms" in (m.entry or "") and m.text.endswith(_DEMONYM_ENDINGS)), None)
            if country is not None:
                return country.code
        return None

    def _honorific_names(self) -> None:
        """« M. Strache », « Mme Bensouda »: a name after an honorific (`honorifics`) that the
        dictionary and the passes before do not know is a person of the article's country,
        without a sector (rule `honorific`; a person of another country keeps the country the
        article is about, as a bare "le juge X" does)."""
        honorifics = self.words.honorifics if self.country else ()
        if not honorifics:
            return
        # (the lexicon folds its lists: written capitalised, as they open a name)
        lead = "|".join(re.escape(h[:1].upper() + h[1:]) for h in sorted(honorifics, key=len, reverse=True))
        pattern = re.compile(rf"(?<![\w.])(?:{lead}) ?(?P<name>{NAME_WORD}(?:[ -]{NAME_WORD}){{0,2}})")
        for found in pattern.finditer(self.body):
            start, end = found.start("name"), found.end("name")
            name = found.group("name").rstrip(".")
            end = start + len(name)
            if not name[:1].isupper() or len(name) < 2 or not self._free(found.start(), end):
                continue
            self._add(Mention(start, end, name, self.country, "person",
                              f"name after honorific ({self.country}, the article's country)"))

    def _affiliations(self) -> None:
        """"UN rapporteur Agnès Callamard", "Agnès Callamard, a UN rapporteur", "Sharif Hotak,
        of the provincial council", "the general manager of Abu Dhabi Media, Ali bin Tamim":
        a name given with a role (`affiliation_roles`) in an organisation the dictionary knows
        is that organisation's (rule `affiliation`); its surname follows later."""
        if not self.words.affiliations:
            return
        # the lists are folded: matched accented or not ("president" finds « président »)
        roles = alternation(self.words.affiliations)
        preps = alternation(self.words.affiliation_preps) or "x^"
        name = self._name_pattern()
        role_before_name = re.compile(rf"^(?:'s|’s)?\s+(?i:{roles})\s+(?P<name>{name})")
        for org in [m for m in self.mentions if _organisation(m)]:
            # "ABS-CBN CEO Carlo Katigbak", "Hamas spokesman Fawzi Barhoum"
            found = role_before_name.match(self.body[org.end:org.end + 80])
            if found:
                self._add_affiliated(org.end + found.start("name"), org.end + found.end("name"), org)
                continue
            if self._apposed_before(org, roles, preps, name):
                continue
            # "the general manager of Abu Dhabi Media, Dr Ali bin Tamim", "le porte-parole du Hamas, X"
            # "le rapporteur de la Commission des droits de l'homme de l'ONU pour Cuba, Christine Chanet"
            lead = re.search(rf"(?:{roles})(?:\s+[\w’'-]+){{0,2}}?\s+(?:{preps})\s*[^,;.:()]{{0,50}}$", self.body[max(0, org.start - 60):org.start],
                             re.IGNORECASE) or re.search(rf"(?:^|\W)(?:{roles})\W", org.text, re.IGNORECASE)
            after = re.match(rf"[^,;.:()]{{0,30}},\s+(?P<name>{name})", self.body[org.end:org.end + 90])
            if lead and not after and not re.search(r"\W(?:of|de|d'|d’|du|des)\s*$", org.text):
                # "Hong Kong director of Amnesty International Man-kei Tam said": the name right
                # after the organisation, with no comma (two words at least: "of NATO Turkey" is no one)
                after = re.match(rf"\s(?P<name>{name})(?=[\s,.;:])", self.body[org.end:org.end + 60])
                after = after if after and len(after.group("name").split()) >= 2 else None
            if lead and after:
                self._add_affiliated(org.end + after.start("name"), org.end + after.end("name"), org)

    def _staff(self) -> None:
        """"Jennifer Williams, a national security aide to Vice President Pence", "Pence aide
        Jennifer Williams": a name given as the aide, adviser or spokesperson (`staff_roles`) of
        an official the article names works for that official's arm of the state (rule
        `affiliation`); its surname follows later. Not for private persons' staff."""
        if not self.words.staff:
            return
        roles = alternation(self.words.staff)
        preps = alternation(self.words.staff_preps) or "x^"
        name = self._name_pattern()
        role_before_name = re.compile(rf"^(?:'s|’s)?\s+(?:[\w’'-]+\s+){{0,2}}?(?i:{roles})\s+(?P<name>{name})")
        for official in [m for m in self.mentions if m.kind == "person" and m.code
                         and (ActorCode.parse(m.code).sector or "") in OFFICIAL_SECTORS]:
            found = role_before_name.match(self.body[official.end:official.end + 80])
            if found:
                self._add_affiliated(official.end + found.start("name"), official.end + found.end("name"), official)
                continue
            self._apposed_before(official, roles, preps, name)

    def _described_names(self) -> None:
        """"Swedish climate activist Greta Thunberg", "French journalist Gilles Jacquier",
        "Jamal Khashoggi, a Saudi journalist", "le militant suédois Karl Svensson": a name given
        with a nationality (a country mention, alone or with a sector word) and a word for what
        the person is (`person_descriptors`) is a person of that country and of that word's
        sector (rule `described`); its surname follows later. Titles of office ("Iranian
        general X") are the `name` rule's."""
        if not self.words.descriptors:
            return
        described = "|".join(map(re.escape, sorted(self.words.descriptors, key=len, reverse=True)))
        name = self._name_pattern()
        # the word after the nationality (English; one modifier allowed: "climate activist"),
        # or before it (French: "le militant suédois")
        # (the words as written: "United States Attorney X" is no "attorney")
        after = re.compile(rf"^(?:\s+(?:[a-zà-ÿ][\w’'\-]*\s+)?(?P<word>{described}))?(?P<gap>,?\s+)(?P<name>{name})")
        before = re.compile(rf"(?:^|\W)(?P<word>{described})\s+$")
        apposed = re.compile(rf"(?:^|[^\w])(?P<name>{name}),\s+(?:[\w’']+\s+)?$")
        for mention in [m for m in self.mentions if m.kind in ("country", "sector") and m.code]:
            country = ActorCode.parse(mention.code).country
            if not country or _person_like(mention, self.words):
                continue
            inside = re.search(rf"(?:^|\W)(?P<word>{described})$", mention.text)
            found = after.match(self.body[mention.end:mention.end + 90])
            word = (found and found.group("word")) or (inside and inside.group("word"))
            window = max(0, mention.start - 30)
            preceding = before.search(self.body[window:mention.start])
            word = word or (preceding and preceding.group("word"))
            # "An Australian, Brenton Tarrant, appeared in court": a people's noun for one person
            # apposed to a name is a private person of that country
            article = fold(self.body[max(0, mention.start - 4):mention.start]).split()[-1:]
            one_of = not word and found and "," in found.group("gap") and bool(article) \
                and article[0] in self.words.indefinite
            if not word and not one_of:
                continue
            code = country + (self.words.descriptors[word.lower()] if word else "CVL")
            word = word or mention.text
            entry = f"described as {word!r} of {country}"
            if found and (found.group("word") or "," not in found.group("gap") or one_of):
                start = mention.end + found.start("name")
                if self._add_person(start, start + len(found.group("name")), code, entry):
                    continue
            # "Jamal Khashoggi, a Saudi journalist", "X, militant suédois": the name before, apposed
            lead_end = window + preceding.start("word") if preceding else mention.start
            lead_start = max(0, lead_end - 90)
            prior = apposed.search(self.body[lead_start:lead_end])
            if prior:
                self._add_person(lead_start + prior.start("name"), lead_start + prior.end("name"), code, entry)

    def _home_people(self) -> None:
        """"lawyer Michael Doe", "Ohio man John Roe", "John Roe, a man convicted of ...", « l'avocat
        Jean Dupont », « Jean Dupont, militant de ... »: in an article about one country, a name
        the dictionary does not know, given with a word for what a private person is
        (`person_descriptors`) and no nationality, is a person of that country and of that word's
        sector (rule `home-person`); its surname follows later. Not when a mention of another
        country stands before the word ("Milan lawyer X") or follows the name in its clause ("X,
        a lawyer from Athens's bar", "X of Australia's Griffith University"): a nationality wins
        (`described`), and spokespeople and staff were taken before. Not for observers who
        represent nobody (`observer_descriptors`: "professor X", "author X"). An age alone ("X,
        39,") makes no one: victims and candidates are so given (train: -1 right, +3 wrong)."""
        if not self.country or not self.words.descriptors:
            return
        described = "|".join(map(re.escape, sorted(self.words.descriptors, key=len, reverse=True)))
        name = self._name_pattern()
        indefinite = alternation(self.words.indefinite) or "x^"
        # "Dr. Jane Doe": a title of a private person (`home_titles`), capitalised
        titles = "|".join(map(re.escape, sorted(self.words.titles, key=len, reverse=True))) or "x^"
        for found in re.finditer(rf"(?<![\w\-])(?i:{titles})\s+(?P<name>{name})", self.body):
            if not self._foreign_after(found.end("name")):
                self._add_home(found.start("name"), found.end("name"), "")
        # "activist Jane Doe": the word written in lower case (capitalised only opening a sentence)
        before = re.compile(rf"(?<![\w\-])(?P<word>(?i:{described}))\s+(?P<name>{name})")
        # "Jane Doe, a 55-year-old man from ...", "Jane Doe, activist with ..."
        apposed = re.compile(rf"(?P<name>{name})\.?,\s+(?:(?:{indefinite})\s+)?(?:[a-z0-9à-ÿ][\w’'\-]*\s+){{0,3}}?"
                             rf"(?P<word>(?i:{described}))(?![\w\-])")
        for found in before.finditer(self.body):
            word = found.group("word")
            # (a sentence opens after a word's own stop, not an abbreviation's: "U.S. Attorney X"
            # is a prosecutor)
            lead = self.body[max(0, found.start() - 6):found.start()]
            if not word.islower() and lead.strip() and not re.search(r"(?:\n|[a-z]{2}[.!?][\"”’»]?)\s*$", lead):
                continue
            if fold(word) in self.words.observers or self._foreign_before(found.start("word")) \
                    or self._foreign_after(found.end("name")):
                continue
            self._add_home(found.start("name"), found.end("name"), word.lower())
        for found in apposed.finditer(self.body):
            lead = fold(self.body[max(0, found.start() - 12):found.start()]).split()[-1:]
            if lead and lead[0] in self.words.place_preps:  # "in Addison Park, a man ...": a place
                continue
            if fold(found.group("word")) in self.words.observers or self._foreign_after(found.end("name")):
                continue
            self._add_home(found.start("name"), found.end("name"), found.group("word").lower())

    def _foreign_before(self, start: int) -> bool:
        """A mention of another country or its place right before the word at `start`, past one
        lower-case modifier ("Milan lawyer X", "Italian climate activist X")."""
        return any(m.end <= start and m.code and ActorCode.parse(m.code).country != self.country
                   and re.fullmatch(r"(?:['’]s)?\s+(?:[a-zà-ÿ][\w\-]*\s+)?", self.body[m.end:start])
                   for m in self.mentions if start - 40 <= m.end)

    def _foreign_after(self, start: int) -> bool:
        """A mention of another country after the name, up to the end of its clause ("X, a French
        citizen", "X of Australia's Griffith University"): not the article's country's person."""
        end = re.search(r"[.;:!?()]|$", self.body[start:start + 100]).start() + start
        return any(start <= m.start and m.end <= end and m.code and ActorCode.parse(m.code).country
                   and ActorCode.parse(m.code).country != self.country for m in self.mentions)

    def _add_home(self, start: int, end: int, word: str) -> bool:
        why = f"described as {word!r}" if word else "titled"
        return self._add_person(start, end, self.country + self.words.descriptors.get(word, "CVL"),
                                f"{why} in {self.country}{HOME_PERSON}")

    def _add_person(self, start: int, end: int, code: str, entry: str) -> bool:
        """A person mention for a name found by its context, unless the name is made of the
        language's own words ("On Thursday") or overlaps a mention."""
        text = self.body[start:end]
        # a name ends with its sentence: "Khairi Saadallah. Police also ..." (an initial is no end)
        text = re.split(r"(?<=[\w’'\-]{3}\.)\s", text, maxsplit=1)[0].rstrip(".,")
        end = start + len(text)
        capitalised = [fold(w) for w in text.split() if w[:1].isupper()]
        if len(capitalised) < 2 or set(capitalised) & (self.common_words | calendar_words(self.lang)) \
                or not self._free(start, end):
            return False
        self._add(Mention(start, end, text, code, "person", entry))
        return True

    def _apposed_before(self, org: Mention, roles: str, preps: str, name: str) -> bool:
        """"Name, a UN rapporteur ...", "Name, spokesman for the UN", "Name, of the ORG": the
        apposition that holds the organisation opens with a comma right after the name."""
        comma = self.body.rfind(",", 0, org.start)
        if comma < 0 or org.start - comma > 140 or self.body.rfind(".", 0, org.start) > comma:
            return False
        apposition = self.body[comma + 1:org.start]
        # a long role phrase ("Research and Advocacy Director for the Middle East and North Africa
        # at Amnesty International") holds the organisation only when it closes the phrase after
        # a preposition ("at", "for", « à »); a short one may name it anywhere
        if org.start - comma > 70 and not re.search(rf"\s(?:{preps})\s+(?:(?:the|la|le|l['’])\s*)?$", apposition, re.IGNORECASE):
            return False
        opens = re.match(rf"\s+(?:(?:{preps})\b|(?:[\w’']+\s+){{0,4}}?(?:{roles})\b)", apposition, re.IGNORECASE)
        before = re.search(rf"(?:^|[^\w])(?P<name>{name})$", self.body[max(0, comma - 60):comma])
        if not opens or not before or re.search(r"[;:()]", apposition):
            return False
        # between the role and the organisation, only what joins them ("spokesman for the UN"):
        # "who was Trump's special envoy against ISIL" is no member of ISIL
        rest = apposition[opens.end():]
        by_role = not re.match(rf"\s+(?:{preps})\b", apposition, re.IGNORECASE)  # not "Name, de la CGT"
        if by_role and rest.strip() and not re.match(rf"\s*(?:{preps})\b", rest, re.IGNORECASE):
            return False
        return self._add_affiliated(comma - len(before.group("name")), comma, org)

    def _add_affiliated(self, start: int, end: int, org: Mention) -> bool:
        return self._add_person(start, end, org.code, f"affiliation to {org.text!r}")

    # -- 2. surnames -----------------------------------------------------------------------------
    def _surnames(self) -> None:
        first_seen: dict[str, tuple[int, str]] = {}
        entries: dict[str, str | None] = {}
        codes: dict[str, set[str]] = {}
        known: dict[str, set[str]] = {}  # the codes of the dictionary's people of that surname
        for mention in self.mentions:
            if mention.kind != "person" or not mention.code:
                continue
            # "Ali bin Tamim" is later "Tamim" as well as "bin Tamim"; "de Villepin", "Villepin"
            for form in _surname_forms(mention.text, mention.code, self.words):
                codes.setdefault(form, set()).add(mention.code)
                if _from_dictionary(mention):
                    known.setdefault(form, set()).add(mention.code)
                first_seen.setdefault(form, (mention.end, mention.text))
                entries.setdefault(form, mention.entry)
        for surname, (after, full) in first_seen.items():
            # two actors of the article share it: the one the dictionary knows, if only one does
            # ("Faure Gnassingbé", not "le général Éyadéma Gnassingbé" read from his title)
            candidates = codes[surname] if len(codes[surname]) == 1 else known.get(surname, set())
            if len(candidates) != 1:
                continue
            code = next(iter(candidates))
            for found in re.finditer(rf"(?<![\w\-]){re.escape(surname)}(?![\w\-])", self.body[after:]):
                start, end = after + found.start(), after + found.end()
                if self._free(start, end):
                    self._add(Mention(start, end, surname, code, "person", f"surname of {full!r}" + home_mark(entries[surname])))
                else:
                    self._surname_of_another(start, end, surname, code, full, home_mark(entries[surname]))

    def _surname_of_another(self, start: int, end: int, surname: str, code: str, full: str, mark: str) -> None:
        """« Ricardo Maduro, président du Honduras [...] M. Maduro »: the dictionary matched the
        bare surname (with an honorific) as another person of that name (Nicolás Maduro); the
        person the article named in full is meant (rule surname-of-named)."""
        over = [m for m in self.mentions if m.start < end and start < m.end]
        if len(over) != 1 or over[0].kind != "person" or over[0].code == code or not _from_dictionary(over[0]):
            return
        words = [w for w in fold(over[0].text).split() if w not in self.words.honorifics]
        if words != [fold(surname)]:
            return  # a full name of its own ("Nicolás Maduro"), not the bare surname
        index = self.mentions.index(over[0])
        self.mentions[index] = Mention(over[0].start, over[0].end, over[0].text, code, "person",
                                       f"surname of {full!r}" + mark)

    # -- 3. bare roles -----------------------------------------------------------------------------
    def _roles(self) -> None:
        if not self.words.roles or not self.words.articles:
            return
        # « la démission du président », « un mandat à l'encontre du président déchu »: a bare
        # role after a preposition fused with its article too (not for organisation nouns:
        # « le comité du parti » is no party named before)
        articles = alternation(self.words.articles | self.words.contractions)
        roles = alternation(self.words.roles)
        former = alternation(self.words.former) or "x^"
        # "the Defence Secretary", "the Interior Minister": up to two capitalised words of the office
        pattern = re.compile(rf"(?<![\w])(?:{articles}) ?(?:(?:{former}) )?(?P<office>(?-i:[A-Z][\w\-]* ){{0,2}})"
                             rf"(?P<role>{roles})(?![\w])", re.IGNORECASE)
        for found in pattern.finditer(self.body):
            start, end = found.start("office"), found.end("role")
            if not self._free(found.start(), end):
                continue
            role = fold(found.group("role"))
            if self._not_a_role(found.start("role")):
                continue
            before = fold(self.body[max(0, found.start() - 12):start]).replace("'", " ").split()
            after = re.findall(r"\w+", fold(self.body[end:end + 14]))[:1]
            # "l'ancien président", "le président déchu": no longer the one in office named before
            former_one = bool(set(before[-2:]) & self.words.former or set(after) & self.words.former_after)
            if self._heads_another(role, end):
                continue
            antecedent = None if former_one else self._last_with_role(start, role)
            if antecedent is not None:
                self._add(Mention(start, end, self.body[start:end], antecedent.code, "person",
                                  f"role {role!r} of {antecedent.text!r}"))
            elif self.country and role in self.words.roles:
                # "le procureur", "l'ancien président" in an article about one country: its own
                sector = "OPP" if former_one else self.words.roles[role]
                self._add(Mention(start, end, self.body[start:end], self.country + sector, "person",
                                  f"role {role!r} ({self.country}, the article's country)"))

    @functools.cached_property
    def _headed(self) -> re.Pattern[str] | None:
        """What follows a role that heads it: an owner preposition, an article, a word. The
        preposition ends at a space or with its apostrophe ("de", "d'"), not inside "déchu"."""
        if not self.words.owner_preps:
            return None
        return re.compile(rf"\s+(?:{alternation(self.words.owner_preps)})(?:(?<=['’`])|\s+)"
                          rf"(?:(?:{alternation(self.words.articles)})\s*)?(?P<word>\w+)", re.IGNORECASE)

    def _heads_another(self, role: str, end: int) -> bool:
        """"le président du directoire", "the chairman of the committee": a role that heads what
        follows it is not the country's, unless that is the state ("le président de la
        République", "the president of the United States") or an actor the dictionary knows."""
        complement = self._complement(end) if role in self.words.head_roles else None
        if complement is None:
            return False
        word, named = complement
        return not named and fold(word) not in self.words.state_heads

    def _complement(self, end: int) -> tuple[str, bool] | None:
        """The word a role or an organisation noun ending at `end` heads through an owner
        preposition ("du directoire", "de l'OTAN"), and whether a mention starts at it."""
        after = self._headed.match(self.body[end:end + 40]) if self._headed is not None else None
        if after is None:
            return None
        start = end + after.start("word")
        return after.group("word"), any(m.start == start for m in self.mentions)

    def _groups(self) -> None:
        """"the group", "l'organisation", "le mouvement", "l'ONG": a definite noun naming a kind
        of organisation stands for the organisation the article introduced with that noun
        ("L'ONG Human Rights Watch"), else for the last organisation (or armed group, party,
        company) named in the few sentences before, when only one was. A noun of a kind
        (`organisation_noun_sectors`: "the party", "the rights group", « le groupe armé », "the
        agency") stands only for an organisation of its sectors ("none": one whose code has no
        sector, an international NGO); a kind that may be a body of the state ("the agency": GOV,
        COP) stands for such a body too, which "the group" never does (rule `organisation-kind`)."""
        for found, start, end in self._definite(self.words.group_words):
            if self._names_its_own(end):
                continue
            # « L'Association des leaders religieux du Mali », "the Islamic Group": a capitalised
            # noun (not an acronym: « l'ONG ») opens a name of its own
            written = found.group("noun")
            if written[0].isupper() and not written.split()[0].isupper():
                continue
            noun = fold(written)
            sectors = self.words.group_sectors.get(noun)
            state = sectors is not None and any(s in STATE_BODIES for s in sectors)

            def of_kind(m: Mention) -> bool:
                if not m.code:
                    return False
                if sectors is None:
                    return _group_like(m)
                sector = ActorCode.parse(m.code).sector
                if sector is None:
                    return "none" in sectors and m.kind == "organisation"
                # a state body counts only as an organisation the dictionary names ("CBP"), not
                # a bare government or a person
                return sector in sectors and (_group_like(m) or (state and m.kind == "organisation"))

            # "L'ONG Human Rights Watch [...] l'ONG a demandé": the organisation the article named
            # with that very noun, however far before
            introduced = {m.code: m for m in self.mentions if m.end <= found.start() and m.code
                          and (_group_like(m) or of_kind(m))
                          and fold(self.body[max(0, m.start - len(noun) - 2):m.start]).rstrip().endswith(noun)}
            if len(introduced) == 1:
                antecedent = next(iter(introduced.values()))
                self._add(Mention(start, end, self.body[start:end], antecedent.code, "organisation",
                                  f"role {noun!r} of {antecedent.text!r}"))
                continue
            window = self._sentence_start(start, SENTENCE_WINDOW)
            # a state body ("le Conseil constitutionnel", "the Interior Ministry") is no group;
            # "the party", "the company": only an organisation of that kind (not the news agency
            # the sentence before quoted)
            groups = {m.code: m for m in self.mentions if window <= m.start and m.end <= start and of_kind(m)}
            if len(groups) == 1:
                antecedent = next(iter(groups.values()))
                self._add(Mention(start, end, self.body[start:end], antecedent.code, "organisation",
                                  f"role {noun!r} of {antecedent.text!r}"))

    def _suspects(self) -> None:
        """"the accused", "the gunman", « le tireur »: a definite noun for whoever is accused of
        a crime stands for the private person the article named before it, when it named only
        one ("An Australian, Brenton Tarrant, [...] Police arrested the accused"; rule suspect)."""
        for found, start, end in self._definite(self.words.suspect_roles):
            people = {m.code: m for m in self.mentions if m.end <= found.start() and m.kind == "person" and m.code
                      and ActorCode.parse(m.code).sector == "CVL"}
            if len(people) == 1:
                antecedent = next(iter(people.values()))
                self._add(Mention(start, end, self.body[start:end], antecedent.code, "person",
                                  f"suspect {fold(found.group('noun'))!r}: {antecedent.text!r}"))

    def _pairs(self) -> None:
        """"both sides", "the two countries", « les deux parties »: a phrase for two actors stands
        for the last pair of coded actors of different codes the article joined just before it
        ("talks between Israel and Hamas [...] Both sides agreed"; "X and Y", « X et Y »), in its
        own sentence or the one before; each gets a mention over the phrase (rule pair). A
        "side" of a match or a trial is no actor: it needs coded actors joined by a conjunction."""
        if not self.words.pair_phrases or not self.words.pair_joiners:
            return
        pattern = re.compile(rf"(?<![\w])(?:{alternation(self.words.pair_phrases)})(?![\w])", re.IGNORECASE)
        # "Israel and Hamas", « Paris et la Russie »: a conjunction, and an article a mention may leave out
        joiner = re.compile(rf"\s*(?:{alternation(self.words.pair_joiners)})\s+(?:(?:{alternation(self.words.articles)}) ?)?",
                            re.IGNORECASE)
        for found in pattern.finditer(self.body):
            start, end = found.start(), found.end()
            if not self._free(start, end):
                continue
            window = self._sentence_start(start, 1)
            coded = [m for m in self.mentions if window <= m.start and m.end <= start and m.code
                     and not (m.entry or "").startswith("pair ")]
            pair = None
            for first, second in zip(coded, coded[1:]):  # the last joined pair before the phrase
                if first.code != second.code and joiner.fullmatch(self.body[first.end:second.start]):
                    pair = (first, second)
            if pair is None:
                # "X met Y in Beijing, where the two leaders agreed ...": the phrase's own sentence
                # names exactly two actors, of two countries, before it (not "Trump said there
                # were fine people on both sides": one country's; where they met is no side)
                own = {m.code: m for m in coded if m.start >= self._sentence_start(start, 0) and m.kind != "place"}
                if len(own) != 2 or len({ActorCode.parse(c).country for c in own}) != 2:
                    continue
                pair = tuple(own.values())
            for antecedent in pair:
                self.mentions.append(Mention(start, end, self.body[start:end], antecedent.code, antecedent.kind,
                                             f"pair {fold(found.group(0))!r}: {antecedent.text!r}"))
            self.mentions.sort(key=lambda m: m.start)

    def _definite(self, nouns: frozenset[str]) -> Iterator[tuple[re.Match[str], int, int]]:
        """Each of `nouns` after a definite article ("the group", « l'ONG »), with the noun's
        offsets, where no mention holds it already."""
        if not nouns or not self.words.articles:
            return
        pattern = re.compile(rf"(?<![\w])(?:{alternation(self.words.articles)}) ?(?P<noun>{alternation(nouns)})(?![\w])",
                             re.IGNORECASE)
        for found in pattern.finditer(self.body):
            start, end = found.start("noun"), found.end("noun")
            if self._free(found.start(), end):
                yield found, start, end

    def _names_its_own(self, end: int) -> bool:
        """« la coalition de l'OTAN », "the alliance of Sahel states": an organisation noun whose
        complement names an actor is that phrase's, not one named before."""
        complement = self._complement(end)
        return complement is not None and complement[1]

    def _not_a_role(self, start: int) -> bool:
        """"the general manager of Abu Dhabi Media": a role word opening a phrase that names
        no role (`not_roles`)."""
        following = fold(self.body[start:start + 40])
        return any(following.startswith(phrase) and not following[len(phrase):len(phrase) + 1].isalpha()
                   for phrase in self.words.not_roles)

    def _last_with_role(self, before: int, role: str) -> Mention | None:
        """The actor a bare role stands for: the last one named with that role word in the
        few sentences before; else the only person of the role's sector named there."""
        window_start = self._sentence_start(before, 2 * SENTENCE_WINDOW)
        recent = [m for m in self.mentions if window_start <= m.start and m.end <= before
                  and _person_like(m, self.words)]
        named = [m for m in recent if role in fold(m.text) or role in fold(m.entry or "")]
        if named:
            return named[-1]
        holder = self._titled_holder(before, role)
        if holder is not None:
            return holder
        sector = self.words.roles.get(role)
        same_sector = {m.code: m for m in recent if m.code and ActorCode.parse(m.code).sector == sector}
        return next(iter(same_sector.values())) if len(same_sector) == 1 else None

    def _titled_holder(self, before: int, role: str) -> Mention | None:
        """"United States President Donald Trump [...] Trump [...] Assad [...] the president":
        the holder the article itself named with the role word, however far before, whose
        name came last (rule role-holder); not a person of the role's sector the window
        happens to name without the title (the dictionary knows Assad as a head of state, the
        article never called him "President")."""
        # the role as a word of its own, not the "president" of "Vice President X"; and the
        # holder in office (not "former President X", OPP)
        word = re.compile(rf"(?<![\w-])(?<!vice )(?<!vice-){re.escape(role)}(?![\w-])")
        titled = [m for m in self.mentions if m.end <= before and m.kind == "person" and m.code
                  and not m.code.endswith("OPP") and word.search(fold(m.text)) and m.entry and "[" in m.entry]
        if not titled:
            return None
        people = {m.entry for m in titled}
        last = [m for m in self.mentions if m.end <= before and m.entry in people]
        return last[-1] if last else None

    def _sentence_start(self, offset: int, back: int) -> int:
        index = next((i for i, (s, e) in enumerate(self.sentences) if s <= offset < e + 1), 0)
        return self.sentences[max(0, index - back)][0] if self.sentences else 0

    # -- 4. pronouns ------------------------------------------------------------------------------
    def antecedent(self, sentence_index: int, depth: int = 0, named: list[Mention] | None = None) -> Mention | None:
        """The person a subject pronoun of this sentence may stand for: the first person-like
        mention of the closest preceding sentence that has one; a sentence that opens with a
        subject pronoun itself hands on its own antecedent ("Sviatlana Tsikhanouskaya arrived.
        She spoke about [...] Alexander Lukashenko. She asked for support": not Lukashenko).
        A person named in a phrase fronted before that sentence's subject is passed over ("In a
        letter to the president, Zippy Duvall said ... He urged ...": Duvall), and so is one the
        pronoun's own sentence names again when it opens with the pronoun, which then governs the
        whole clause ("He urged Mr. Trump to ...": not Trump)."""
        if named is None:
            named = self._named_in(sentence_index) if self.has_subject_pronoun(sentence_index) else []
        for index in range(sentence_index - 1, max(-1, sentence_index - 1 - SENTENCE_WINDOW), -1):
            start, end = self.sentences[index]
            people = [m for m in self.mentions if start <= m.start < end and _person_like(m, self.words)]
            if people and named:
                # the closest people are only the ones the pronoun's own clause names: it stands
                # for someone the dictionary does not know ("West [...] He has not denied his
                # candidacy is meant to assist President Trump")
                people = [m for m in people if not any(self._same_person(m, n) for n in named)]
                if not people:
                    return None
            if people and depth < SENTENCE_WINDOW and self.has_subject_pronoun(index):
                return self.antecedent(index, depth + 1, named) or people[0]
            if people:
                return self._after_fronted(index, people)
        return None

    def _named_in(self, sentence_index: int) -> list[Mention]:
        """The people a sentence names, save as owners ("criticized Democrats for ignoring Trump's
        ban": news writers name the pronoun's own person again as an owner)."""
        start, end = self.sentences[sentence_index]
        return [m for m in self.mentions if start <= m.start < end and _person_like(m, self.words)
                and not re.match(r"['’]s?\b", self.body[m.end:m.end + 2])]

    @staticmethod
    def _same_person(one: Mention, other: Mention) -> bool:
        """Two mentions of one person: the same code, and a shared name word or a role for either
        ("the president" ... "Mr. Trump")."""
        if one.code != other.code:
            return False
        if one.kind != "person" or other.kind != "person":
            return True
        words = lambda m: {w for w in re.findall(r"\w+", m.text) if w[:1].isupper()}  # noqa: E731
        return bool(words(one) & words(other))

    def people_before(self, sentence_index: int) -> list[Mention]:
        """The people (person-like mentions) of the closest sentence before this one that names
        any, in order: whom an object pronoun may stand for when the subject pronoun of its
        clause takes the first of them (rule object-pronoun-other)."""
        for index in range(sentence_index - 1, max(-1, sentence_index - 1 - SENTENCE_WINDOW), -1):
            start, end = self.sentences[index]
            people = [m for m in self.mentions if start <= m.start < end and _person_like(m, self.words)]
            if people:
                return people
        return []

    def _after_fronted(self, sentence_index: int, people: list[Mention]) -> Mention:
        """The first of the people after a phrase the sentence opens with (`fronted_phrase_preps`,
        closed by a comma): the subject follows it ("In a letter to the president, X said")."""
        start, end = self.sentences[sentence_index]
        text = self.body[start:end]
        first = re.match(r"\W*([\w'’]+)", text)
        comma = text.find(",")
        if not first or comma < 0 or fold(first.group(1)) not in self.words.fronted_preps:
            return people[0]
        # the subject opens the clause after the phrase (a date may come between: « Lors du procès
        # de X, le 27 février 2009, Y a ... »); a person named further on is no subject
        after = next((m for m in people if m.start >= start + comma), None)
        return after if after is not None and after.start - (start + comma) <= FRONTED_SUBJECT_CHARS else people[0]

    def has_subject_pronoun(self, sentence_index: int) -> bool:
        """Whether the sentence opens (after an opener word) with a personal subject pronoun."""
        start, end = self.sentences[sentence_index]
        words = re.findall(r"[\w'’]+", self.body[start:min(end, start + 40)])
        for word in words[:3]:
            folded = fold(word)
            if folded in self.words.pronouns:
                return True
            if folded not in self.words.openers:
                return False
        return False


def resolve_references(body: str, mentions: list[Mention], sentences: list[tuple[int, int]],
                       lexicon: Lexicon, country: str | None = None) -> ArticleReferences:
    """The article's references resolved (`.mentions`, `.antecedent(i)`); `country` is the
    article's (dyads.coder.articles.main_country)."""
    references = ArticleReferences(body, mentions, sentences, lexicon, country)
    references.resolve()
    return references
