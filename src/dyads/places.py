"""Where an event happened, when its sentence says so ("à Genève", "in Geneva", "en Suisse").

Only locative phrases count: a preposition of place followed by a place name the gazetteer
knows. Country names come from Babel/CLDR (French and English), cities from the shipped
GeoNames data (dyads.gazetteer: cities over 15,000 people with their exonyms: Genève, Pékin,
Londres ...); a name that is both a country and a town (Lebanon) is the
country. A capital that stands for its state as an actor is not a place: "ont envoyé à
Moscou des réponses" gives none, because "à" after a verb of sending or saying introduces an
addressee, and because a phrase that covers one of the event's actor mentions is an actor.
"""

from __future__ import annotations

import functools
import re

from babel import Locale

from dyads import gazetteer
from dyads.dates import find_date_spans
from dyads.folding import fold
from dyads.gazetteer import City
from dyads.model import Mention, Place

# French verbs and nouns after which "à X" names an addressee, not a place.
_ADDRESSEE_BEFORE_A = re.compile(
    r"(?i)\b(?:envoy\w*|adress\w*|transmi\w*|remi[st]e?s?|remettre|livr\w*|fourni\w*|propos\w*|"
    r"offert\w*|offr\w*|demand\w*|répond\w*|répondu|reproch\w*|promi[st]e?s?|promettre|vend\w*|"
    r"écri\w*|rappel\w*|lanc\w*|appel\w*|aide|"
    r"soutien|menace\w*|ultimatum|réponses?|lettres?|messages?|notes?|"
    r"accord\w*|impos\w*|permis|permettr\w*|interdi\w*|refus\w*|opposé\w*|hostile|favorable|"
    r"confié\w*|cédé\w*|céder|retourn\w*|restitu\w*|recours|sanctions?)\s+(?:[\w'’-]+\s+)?$")

_NAME = r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|de|du|des|of))*"
_REGION_FR = (r"dans\s+(?:le|l['’])\s*(?:nord|sud|est|ouest|centre)(?:-\w+)?\s+"
              r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*")
_LOCATIVE = {
    "fr": re.compile(rf"\b(?P<prep>[àÀ]|[Ee]n|[Aa]ux?|dans\s+la\s+(?:ville|capitale|région)\s+(?:de|d['’])|"
                     rf"{_REGION_FR}|près\s+de|non\s+loin\s+de)\s*(?P<name>{_NAME})"),
    "en": re.compile(rf"\b(?P<prep>[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside)\s+(?:the\s+"
                     rf"(?:[a-z]+\s+){{0,2}}(?:town|city|village|capital|port|region)\s+of\s+"
                     rf"|the\s+|an?\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?"
                     rf"(?P<name>{_NAME})"),
}
# "Western Cambodia": a direction before a name that is not part of it ("East Timor" is).
_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
               "central", "northeastern", "northwestern", "southeastern", "southwestern"}
_ARTICLE_OF = {"au": "le ", "aux": "les "}
_ABBREVIATIONS = {"US": "USA", "U.S.": "USA", "U.S.A.": "USA", "USA": "USA", "UK": "GBR", "U.K.": "GBR"}  # "au Caire" is "Le Caire", "aux Pays-Bas" ...


def _fold(text: str) -> str:
    return fold(text).strip(" .")


@functools.lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], dict[str, City]]:
    """(folded country name -> ISO alpha-3, folded city name or exonym -> most populous city)."""
    by_iso2 = {c.iso2: c.iso3 for c in gazetteer.countries().values()}
    countries: dict[str, str] = {}
    for lang in ("fr", "en"):
        for iso2, name in Locale.parse(lang).territories.items():
            if iso2 in by_iso2:
                countries[_fold(name)] = by_iso2[iso2]
    for c in gazetteer.countries().values():
        countries.setdefault(_fold(c.name), c.iso3)
    # the press's abbreviations of the names of two states ("charges in the US", "in the U.K."),
    # which no territory list holds (the actor dictionary knows them as actors already)
    for abbreviation, iso3 in _ABBREVIATIONS.items():
        countries.setdefault(_fold(abbreviation), iso3)
    cities: dict[str, City] = {}
    for city in gazetteer.cities():
        for name in city.names:
            key = _fold(name)
            if key not in cities or cities[key].population < city.population:
                cities[key] = city
    return countries, cities


def _resolve(name: str, prep: str) -> tuple[Place, str] | None:
    """The country or city a name denotes, trying the longest run of its words first, and
    the words that named it."""
    words = name.split()
    found = _lookup(words, prep)
    if found is None and len(words) > 1 and words[0].lower() in _DIRECTIONS:
        found = _lookup(words[1:], "")
        if found is not None:
            return found[0], f"{words[0]} {found[1]}"
    return found


def _lookup(words: list[str], prep: str) -> tuple[Place, str] | None:
    countries, cities = _gazetteer()
    for end in range(len(words), 0, -1):
        candidate = " ".join(words[:end]).rstrip(".,;:")
        keys = [_fold(_ARTICLE_OF[prep.lower()] + candidate)] if prep.lower() in _ARTICLE_OF else []
        keys.append(_fold(candidate))
        for key in keys:
            if key in countries:
                return Place(country=countries[key]), candidate
            if key in cities:
                c = cities[key]
                return Place(country=c.country, city=c.name, lat=c.lat, lon=c.lon), candidate
    return None


def _overlaps(start: int, end: int, spans) -> bool:
    return any(s < end and start < e for s, e in spans)


def find_places(sentence: str, mentions: list[Mention] | None = None,
                lang: str = "fr") -> list[Place]:
    """Every locative phrase of the sentence that names a known place, in order."""
    lang = (lang or "fr")[:2].lower()
    pattern = _LOCATIVE.get(lang)
    if pattern is None:
        return []
    actors = [(m.start, m.end) for m in mentions or []]
    dates = [(s, e) for s, e, _ in find_date_spans(sentence, lang)]
    places = []
    for m in pattern.finditer(sentence):
        if m.group("prep").lower() == "à" and _ADDRESSEE_BEFORE_A.search(sentence[:m.start()]):
            continue  # "ont envoyé à Moscou": an addressee
        resolved = _resolve(m.group("name"), m.group("prep"))
        if resolved is None:
            continue
        place, words = resolved
        name_start, name_end = m.start("name"), m.start("name") + len(words)
        if _overlaps(name_start, name_end, actors + dates):
            continue  # an actor of the event, or a date ("in March")
        if sentence[name_end:name_end + 2] in ("'s", "’s"):
            continue  # "in Moscow's view"
        place.text = sentence[m.start():name_end]
        places.append(place)
    return places


def find_place(sentence: str, mentions: list[Mention] | None = None,
               lang: str = "fr") -> Place | None:
    """Where the event of the sentence happened: the first city named in a locative phrase,
    else the first country; None when the sentence does not say.

    `mentions` are the event's actor mentions (its source and target): a phrase that covers
    one of them names an actor, not a place.
    """
    places = find_places(sentence, mentions, lang)
    return next((p for p in places if p.city), places[0] if places else None)


def place_named(name: str) -> Place | None:
    """The country or city `name` denotes in the gazetteer ("Kharkiv", "la Crimée")."""
    words = re.sub(r"^(?:la|le|les|l['’]|the)\s*", "", name.strip(), flags=re.IGNORECASE).split()
    found = _lookup(words, "") if words else None
    if found is None:
        return None
    found[0].text = name
    return found[0]

