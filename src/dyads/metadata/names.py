"""Author names out of the strings pages give: "By Jill Disis, CNN Business",
"Posted by Michael David Smith on November 19, 2019", "Recueilli par Patrick ANGEVIN.",
"Barbara Stiegler Philosophe", "Eine Analyse von Caspar Schwietering", "Le Monde with AFP".

`parse` cuts such a string into parts and says what each part is:
- a person: two to five capitalised words (name particles and initials allowed), in any
  cased script, or two to four characters of a script without case (Korean, Chinese...);
  a job title that follows the name ("Education editor", "Senior Contributor") is cut off;
  names written in capitals ("LISA MASCARO") are given their usual case;
- an organisation: a news agency, or words that name an organisation or a medium ("CNN
  Business", "Sioux Falls Argus Leader", "Cleveland.com", "Associated Press");
- a single word (a pseudonym, or an organisation nobody can tell from it: "Elba", "Futurism");
- nothing: a newsroom label ("Staff", "La rédaction", "News Desk", "Admin"), a job title,
  a date, an e-mail address or a handle.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

PERSON, ORGANISATION, SINGLE = "person", "organisation", "single"
MAX_NAME_WORDS = 5
_SENTENCE_TAIL = 3  # this many lower-case words make a sentence, not a byline
_CONNECTORS = {"and", "et", "und", "with", "avec", "mit", "og", "ve", "con", "e", "y", "i"}

# Words that introduce the names in a byline, in the languages of the news dyads reads:
# "By", "Posted by", "Recueilli par", "Von", "Eine Analyse von", "Un documentaire de",
# "Texte :". "de", "di", "da" and "von" are also name particles ("Charles de Gaulle",
# "Justus von Daniels"): they introduce names only at the start or after lower-case words.
_INTRO = re.compile(
    r"^\s*(?:(?:[^\W\d]+\s+){0,3}?(?:by|par|por|door|przez|от)\s*:?\s+"
    r"|von\s+|(?:ein|eine|einer)\s+[^\W\d]+\s+von\s+"
    r"|(?-i:(?:[A-ZÀ-Þ]?[a-zà-ÿ]+\s+)?[a-zà-ÿ]+\s+)(?:de|di|da|del)\s+"
    r"|(?:authors?|auteure?s?|autor(?:in|en)?|autore|text[eo]?|tekst|текст|reporter|signé)\s*:?\s+(?=\w))",
    re.IGNORECASE)
_LATE_INTRO = re.compile(r"\b(?:by|par|von|por|door)\s+(?=[A-ZÀ-Þ])", re.IGNORECASE)
_NOISE = [
    re.compile(r"\S+@\S+\.\w+"),  # e-mail addresses
    re.compile(r"(?:https?://|www\.)\S+"),
    re.compile(r"(?<!\w)@\w+"),  # handles
    re.compile(r"\([^)]*\)|\[[^\]]*\]"),  # "(eg)", "(www.dw.com)"
]
# A date, a time, or the words that announce one end the names: "Laura Winter19 Nov 2019",
# "By Tess Bonn - 11/19/19", "Posted by X on November 19", "Published 10:02 AM".
_MONTH_NAMES = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
                r"januar|februar|märz|juni|juli|oktober|dezember|"
                r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?")
_END = re.compile(
    rf"\b{_MONTH_NAMES}\s+\d|\d|\s[-–—|•·]\s|\b(?:updated?|published|posted on|last modified|publié|publiée|mis à jour|"
    r"modifié|aktualisiert|veröffentlicht|actualizado|publicado el|aggiornato|pubblicato)\b", re.IGNORECASE)
# what a cut leaves at the end: "Posted by X on", "Par X, le", a dot that is no initial's
_TRAILING = re.compile(r"(?:\s+(?:on|at|le|am|um|el|il|the|à|a|en|in))+\s*$|[\s,;:|\-–—]+$|(?<![\s.][A-ZÀ-Þ])\.+$",
                       re.IGNORECASE)
_SPLIT = re.compile(
    r"\s*(?:[,;/|•·]|\s(?:and|&|et|und|og|ve|with|avec|mit|con|with)\s|&)\s*"
    r"|(?<=\w)\s+(?:e|y|i)\s+(?=[A-ZÀ-Þ])"  # Italian, Spanish, Catalan "and" between names
    r"|(?<=[a-zà-ÿ]{2})\.\s+(?=[A-ZÀ-Þ])",  # "Finian Cunningham. Sputnik International"
    re.IGNORECASE)

PARTICLES = {"von", "van", "der", "den", "de", "du", "da", "di", "del", "della", "dos", "das", "do", "la",
             "le", "al", "el", "bin", "ibn", "ben", "zu", "ter", "ten", "af", "e", "y", "st", "mc", "mac"}
# A word among these makes a part a newsroom label, not a name: it is dropped.
NEWSROOM = {"staff", "desk", "newsroom", "team", "editorial", "editors", "redaktion", "rédaction",
            "redaccion", "redacción", "redazione", "redactie", "admin", "administrator", "webmaster", "guest",
            "gast", "invité", "anonymous", "anonyme", "readers", "wires", "agencies", "agences", "agencias",
            "agenturen", "sponsored", "partner", "letters", "courrier", "collectif", "newsdesk", "web",
            "équipe", "equipe"}
# A word among these, after a name, starts a job title ("Richard Adams Education editor");
# alone, they make a part a job title.
JOB_WORDS = {
    "editor", "reporter", "correspondent", "writer", "columnist", "contributor", "contributing",
    "journalist", "producer", "director", "professor", "lecturer", "researcher", "analyst", "chief",
    "senior", "intern", "fellow", "photographer", "photojournalist", "anchor", "host", "presenter",
    "critic", "commentator", "blogger", "founder", "ceo", "president", "manager", "head", "deputy",
    "associate", "assistant", "member", "student", "expert", "specialist", "scientist", "economist",
    "lawyer", "author", "biography", "bio", "follow", "contact", "email", "twitter", "more",
    "rédacteur", "rédactrice", "journaliste", "correspondant", "correspondante", "envoyé", "envoyée",
    "chroniqueur", "chroniqueuse", "éditorialiste", "photographe", "philosophe", "professeur",
    "professeure", "chercheur", "chercheuse", "directeur", "directrice", "présidente", "maître",
    "chef", "cheffe", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "autorin",
    "reporterin", "chefredakteur", "redactor", "redactora", "periodista", "corresponsal", "giornalista",
    "inviato", "corrispondente", "avocat", "docteur", "doctorant", "doctorante", "contributors", "editors",
    "reporters", "writers", "columnists", "correspondents", "journalists", "journalistes",
}
# A part opening with one of these, or holding one of the last ones, is page furniture or a
# phrase, not a name: "About Victor Davis Hanson", "Eine Analyse", "Link Copied", "February".
NOT_A_NAME_START = {"about", "more", "view", "see", "read", "share", "all", "posts", "articles", "stories",
                    "profile", "the", "a", "an", "le", "la", "les", "un", "une", "der", "die", "das", "ein",
                    "eine", "einer", "el", "il", "lo", "gli", "uno", "una", "über", "à", "propos", "voir",
                    "lire", "mehr", "alle", "tous", "toutes", "plus", "by", "par", "von", "por", "and", "et",
                    "und", "with", "avec", "mit", "de", "di", "da", "photo", "photos", "foto", "fotos",
                    "image", "images", "credit", "crédit", "video", "vidéo", "source", "sources", "via"}
NOT_A_NAME_WORDS = {"google", "scholar", "pubmed", "orcid", "search", "twitter", "facebook", "linkedin",
                    "instagram", "whatsapp", "email", "e-mail", "rss", "copied", "link", "print", "comments",
                    "comment", "newsletter", "subscribe", "login", "menu", "home", "january", "february",
                    "march", "april", "june", "july", "august", "september", "october", "november",
                    "december", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre",
                    "octobre", "novembre", "décembre", "januar", "februar", "märz", "juni", "juli", "oktober",
                    "dezember", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "montag",
                    "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "updated",
                    "published", "minutes", "min", "read", "ago", "hours", "today", "yesterday", "authors",
                    "auteur", "auteurs", "autor", "autoren", "autores", "autori", "auteure", "auteures"}
MEDIA_WORDS = {
    "news", "press", "presse", "media", "média", "médias", "medien", "agency", "agence", "agentur",
    "agencia", "associated", "times", "post", "daily", "herald", "tribune", "gazette", "journal",
    "magazine", "magazin", "radio", "tv", "television", "télévision", "network", "group", "groupe",
    "gruppe", "inc", "ltd", "llc", "gmbh", "sa", "sas", "ag", "corp", "company", "foundation",
    "fondation", "stiftung", "university", "université", "universität", "institute", "institut",
    "association", "ministry", "ministère", "ministerium", "office", "department", "council", "bureau",
    "service", "services", "online", "digital", "international", "chronicle", "observer", "examiner",
    "courier", "register", "telegraph", "guardian", "independent", "express", "mirror", "standard",
    "record", "globe", "argus", "leader", "bulletin", "dispatch", "inquirer", "monitor", "sentinel",
    "enterprise", "today", "weekly", "zeitung", "rundschau", "nachrichten", "allgemeine", "kurier",
    "tagblatt", "anzeiger", "monde", "figaro", "parisien", "dépêche", "républicain", "gazzetta",
    "corriere", "repubblica", "stampa", "business", "sport", "sports", "politics", "opinion", "science",
    "review", "wire", "channel", "broadcasting", "publishing", "éditions", "verlag", "club", "party",
    "parti", "partei", "government", "gouvernement", "space", "organization", "organisation",
}
AGENCIES = {"reuters", "afp", "ap", "dpa", "ansa", "efe", "bloomberg", "xinhua", "tass", "kyodo", "yonhap",
            "belga", "ats", "apa", "anp", "pap", "ctk", "interfax", "anadolu", "sputnik", "ria", "upi",
            "pti", "ians", "kna", "epd", "sid", "aap", "cna", "mena", "wafa", "irna", "bernama", "antara"}
_DOMAIN = re.compile(r"\w\.(?:com|org|net|info|news|co|fr|de|ch|at|be|it|es|uk|ca|us|io|tv|ru|pl)\b", re.IGNORECASE)
# Capitalised words that qualify a job title after a name: "Richard Adams Education editor"
JOB_QUALIFIERS = {"education", "business", "politics", "political", "foreign", "economics", "economic", "science",
                  "health", "technology", "tech", "sports", "sport", "managing", "executive", "digital", "features",
                  "culture", "arts", "investigations", "legal", "energy", "climate", "environment", "world",
                  "national", "local", "city", "state", "data", "social", "video", "photo", "royal", "crime",
                  "security", "defence", "defense", "diplomatic", "financial", "markets", "money", "travel",
                  "food", "fashion", "music", "film", "books", "literary", "investigative", "general", "staff"}
_INITIAL = re.compile(r"^(?:[A-ZÀ-Þ]\.){1,3}$|^[A-ZÀ-Þ]$")
_WORD_CHARS = re.compile(r"^[^\w]+|[^\w.'’]+$")


@dataclass(frozen=True)
class Name:
    text: str
    kind: str  # PERSON, ORGANISATION or SINGLE


def parse(value: str) -> list[Name]:
    """The names in one byline string, in their order, without repeats; none in a sentence
    ("Playing Skyrim with no armour, weapons, or punching": a standfirst, not a byline)."""
    text = _clean(value)
    if _is_sentence(text):
        return []
    found: dict[str, Name] = {}
    for part in _SPLIT.split(text):
        name = classify(part)
        if name and name.text.casefold() not in found:
            found[name.text.casefold()] = name
    return list(found.values())


def _is_sentence(text: str) -> bool:
    lower = [w for w in text.split() if w[:1].islower() and w.isalpha() and w not in PARTICLES
             and w not in _CONNECTORS and w not in JOB_WORDS]
    return len(lower) >= _SENTENCE_TAIL


def _clean(value: str) -> str:
    text = unicodedata.normalize("NFC", html.unescape(value)).replace("’", "'")
    for noise in _NOISE:
        text = noise.sub(" ", text)
    text = " ".join(text.split())
    late = _LATE_INTRO.search(text)
    if late and any(c.isdigit() for c in text[: late.start()]):
        text = text[late.start():]  # "27 juin 2019 Par Elba": the date before the names goes
    text = _INTRO.sub("", text)
    end = _END.search(text)
    if end:
        text = text[: end.start()]
    return _TRAILING.sub("", _INTRO.sub("", text)).strip()


def _folded(word: str) -> str:
    return word.strip(".,:;'\"()").casefold()


def classify(part: str) -> Name | None:
    """What one part of a byline is (see the module's docstring); None for nothing."""
    part = _TRAILING.sub("", _INTRO.sub("", part.strip())).strip(" '\"“”«»")
    if not part or not any(c.isalpha() for c in part):
        return None
    words = [w for w in (_WORD_CHARS.sub("", w) for w in part.split()) if w]
    folded = [_folded(w) for w in words]
    if not words or NEWSROOM & set(folded) or NOT_A_NAME_WORDS & set(folded):
        return None
    if _DOMAIN.search(part) or MEDIA_WORDS & set(folded) or (len(words) > 1 and _has_acronym(words)):
        return Name(part, ORGANISATION)
    if folded[0] in NOT_A_NAME_START:
        return None
    if len(words) == 1:
        word = words[0]
        if folded[0] in AGENCIES:
            return Name(word, ORGANISATION)
        if folded[0] in JOB_WORDS or any(c.isdigit() for c in word) or len(word) < 2:
            return None
        if not _is_cased(word):
            return Name(word, PERSON) if 2 <= len(word) <= 4 else None
        return Name(word, SINGLE) if word[0].isupper() else None
    person = _person_words(words)
    if person:
        return Name(" ".join(_recase(w) for w in person), PERSON)
    return None


def _has_acronym(words: list[str]) -> bool:
    """An all-capital word of two to five letters among mixed-case ones: "CNN Business",
    "TOI staff". (A name written all in capitals is no acronym.)"""
    caps = [w for w in words if w.isalpha() and w.isupper() and 2 <= len(w) <= 5]
    return bool(caps) and len(caps) < len(words) and not all(w.isupper() for w in words if w.isalpha())


def _is_cased(word: str) -> bool:
    return any(c.isupper() or c.islower() for c in word)


def _person_words(words: list[str]) -> list[str] | None:
    """The words of a person's name at the start of `words`: up to the first word that is
    neither capitalised nor a name particle (a job title, a lower-case phrase)."""
    name: list[str] = []
    for word in words:
        folded = _folded(word)
        if folded in JOB_WORDS or any(c.isdigit() for c in word):
            while len(name) > 2 and _folded(name[-1]) in JOB_QUALIFIERS:
                name.pop()
            break
        letters = [c for c in word if c.isalpha()]
        if not letters:
            break
        if letters[0].isupper() or _INITIAL.match(word) or (folded in PARTICLES and name) or re.match(r"^[a-z]'[A-ZÀ-Þ]", word):
            name.append(word)
        else:
            break
    while name and _folded(name[-1]) in PARTICLES:
        name.pop()
    full_words = [w for w in name if not _INITIAL.match(w) and _folded(w) not in PARTICLES]
    if 2 <= len(name) <= MAX_NAME_WORDS and full_words:
        return name
    return None


def _recase(word: str) -> str:
    """ "MASCARO" -> "Mascaro", "O'DONNELL" -> "O'Donnell"; initials and mixed case are kept."""
    if len(word) > 2 and word.isupper():
        return word.title().replace("'S", "'s")
    return word.rstrip(".") if len(word.rstrip(".")) > 2 and word.endswith(".") else word
