"""Who wrote the article: people's names, an organisation only where no person is named.

Order of trust:
1. the JSON-LD article's author people (a Person node it points to by @id included); when a
   byline on the page names them and more people, the byline's list (some sites declare
   only the first of two authors);
2. people named by meta tags (author, article:author, Dublin Core, parsely, sailthru...);
   a byline naming one of them and others gives the full list;
3. people in the page's byline elements (class or id "author" or "byline", rel=author,
   itemprop=author), those near the headline first; comments, teasers, related articles
   and author biographies left out;
4. people in a byline written after the headline: "By X", "Par X", "Publicado por: X";
5. when no person is named: an organisation credited in a byline or as the JSON-LD
   author (a news agency: "Reuters", "AFP"), or a single name a byline gives (a pseudonym).
Everywhere, the site's own name, its newsroom ("Staff", "La rédaction", "News Desk") and
job titles are no authors (`dyads.metadata.names`).
"""

from __future__ import annotations

import re

from dyads.metadata import jsonld
from dyads.metadata.names import AGENCIES, ORGANISATION, PERSON, SINGLE, Name, parse

META_KEYS = ("author", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "dc:creator",
             "parsely-author", "sailthru.author", "byl", "analyticsattributes.author", "cse_author",
             "dcsext.author", "citation_author", "bepress_citation_author", "article_author", "author_name")
MAX_AUTHORS = 8
MAX_SINGLE_PIECES = 3  # a single word is a byline's name only in a byline this short
# Away from the headline, an element naming more people than this is a list of something
# else (a petition's signatures, a team page, contributors to other articles).
MAX_FAR_NAMES = 4
_FURNITURE = re.compile(r"^(?:follow|related|topics|tags|search|more (?:from|by|stories|articles)|read (?:more|next)|"
                        r"see also|suivre|voir aussi|à lire|lire aussi|mehr zum thema|themen|weitere)\b",
                        re.IGNORECASE)
_ADDRESS = re.compile(r"www\.|https?://|\w\.(?:com|org|net|de|fr)\b")
_INTRO_PIECE = re.compile(r"^(?:posted by|written by|reported by|by|par|von|por|door|publié par|publicado por|"
                          r"escrito por|scritto da|di|texte|text|auteur|autor|author)\b\s*:?\s*", re.IGNORECASE)


def _key(name: str) -> str:
    return re.sub(r"\W+", "", name).casefold().removeprefix("the")


class SiteFilter:
    """Tells the site's own names (publisher, site name, host) from its authors'."""

    def __init__(self, site_names: list[str | None]):
        self.keys = {k for k in (_key(n) for n in site_names if n) if len(k) >= 2}

    def own(self, name: Name) -> bool:
        key = _key(name.text)
        if not key:
            return True
        if name.kind == PERSON:
            return key in self.keys
        return any(key == k or (len(k) >= 3 and k in key) or (len(key) >= 3 and key in k) for k in self.keys)

    def keep(self, names: list[Name]) -> list[Name]:
        return [n for n in names if not self.own(n)]


def _people(names: list[Name]) -> list[str]:
    return [n.text for n in names if n.kind == PERSON]


def _unique(values: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(value.casefold(), value)
    return list(seen.values())[:MAX_AUTHORS]


def structured(page, sites: SiteFilter) -> list[Name]:
    """The JSON-LD article's authors, each typed as the page types it."""
    kinds: list[str] = []
    raw = jsonld.names(page.article.get("author") or page.article.get("creator"), page.index, kinds)
    found: list[Name] = []
    for value, kind in zip(raw, kinds):
        for name in parse(value):
            if kind in ("organization", "newsmediaorganization", "corporation") and name.kind == PERSON:
                name = Name(name.text, ORGANISATION)
            found.append(name)
    return sites.keep(found)


def declared(page, sites: SiteFilter) -> list[Name]:
    """Names in meta tags. A value that holds a web address names the site's company
    ("Deutsche Welle (www.dw.com)"), not a person."""
    found: list[Name] = []
    for value in page.all(*META_KEYS):
        if value.startswith(("http://", "https://", "www.", "@")):
            continue
        company = bool(_ADDRESS.search(value))
        found.extend(Name(n.text, ORGANISATION) if company else n for n in parse(value))
    return sites.keep(found)


def bylines(page, sites: SiteFilter, near: bool) -> list[list[Name]]:
    """The names of each byline element near the headline, or of those elsewhere."""
    found = []
    for _element, pieces in page.bylines(near):
        pieces = list(_until_furniture(pieces))
        names = sites.keep([n for piece in pieces for n in parse(piece)])
        if len(pieces) > MAX_SINGLE_PIECES:  # one word among share buttons and dates is no name
            names = [n for n in names if n.kind != SINGLE]
        if not near and len(names) > MAX_FAR_NAMES:
            continue
        if names:
            found.append(names)
    return found


def _until_furniture(pieces: list[str]):
    """A byline's pieces up to a call to follow or read more: what comes after names other
    articles' authors or topics ("Follow the topics within this article: Davis Cup")."""
    for piece in pieces:
        if _FURNITURE.match(piece):
            return
        yield piece


def written(page, sites: SiteFilter) -> list[Name]:
    """Names in a byline piece around the headline that opens with "By", "Par", "Von"..."""
    pieces = page.after_headline() + page.before_headline()
    for i, piece in enumerate(pieces):
        if _INTRO_PIECE.match(piece):
            text = piece if len(_INTRO_PIECE.sub("", piece)) > 2 or i + 1 >= len(pieces) else \
                f"{piece} {pieces[i + 1]}"
            names = sites.keep(parse(text))
            if names:
                return names
    return []


def choose(page, site_names: list[str | None]) -> list[str]:
    """The article's authors (see the module's docstring). The whole page is searched for
    bylines only when the headline's block and the tags name nobody."""
    sites = SiteFilter(site_names)
    near = bylines(page, sites, near=True)
    people = _people(structured(page, sites))
    if people:
        return _unique(_extended(people, near, page, sites))
    meta = declared(page, sites)
    confirmed = _confirmed(meta, near)
    if confirmed:
        return _unique(_extended(confirmed, near, page, sites))
    # the headline's block: every byline element in it (one per author on some sites)
    shown = [person for names in near for person in _people(names)]
    if shown:
        return _unique(shown)
    far = bylines(page, sites, near=False)
    confirmed = _confirmed(meta, far) if not _people(meta) else []
    if _people(meta) or confirmed:
        return _unique(_extended(_people(meta) or confirmed, far, page, sites))
    for names in far:
        if _people(names):
            return _unique(_people(names))
    written_names = written(page, sites)
    if _people(written_names):
        return _unique(_people(written_names))
    for names in (*near, *far, structured(page, sites), written_names):
        others = [n.text for n in names if n.kind == ORGANISATION] or [n.text for n in names if n.kind == SINGLE][:1]
        if others:
            return _unique(others)
    return []


def _confirmed(meta: list[Name], from_bylines: list[list[Name]]) -> list[str]:
    """The names of meta tags a byline of the page shows too (a pseudonym included)."""
    shown = {n.text.casefold() for names in from_bylines for n in names}
    kinds = (PERSON,) if _people(meta) else (PERSON, SINGLE)
    return [n.text for n in meta if n.kind in kinds and n.text.casefold() in shown]


def _extended(people: list[str], from_bylines: list[list[Name]], page=None, sites: SiteFilter | None = None) -> list[str]:
    """`people`, or a byline's longer list that holds them all: a byline element's, or
    (given the page) the "By X and Y" written under the headline."""
    wanted = {p.casefold() for p in people}
    if page is not None and sites is not None:
        from_bylines = [*from_bylines, written(page, sites)]
    for names in from_bylines:
        listed = _people(names)
        if wanted <= {p.casefold() for p in listed} and len(listed) > len(people):
            return listed
    return people


# A wire agency signing the text: "(ats/nxp)" or "(AFP)" closing it, "PARIS (AFP) -" or
# "WASHINGTON, May 22 (Reuters) —" opening it.
_SIGNATURE_END = re.compile(r"\((?P<agency>[^\W\d_]{2,10})(?:\s*[/,-]\s*[\w/ ,.-]{1,20})?\)\s*\.?\s*$")
_SIGNATURE_START = re.compile(r"^[^()\n]{0,60}\((?P<agency>[^\W\d_]{2,10})\)\s*[-–—]")


def wire_agency(body: str) -> str | None:
    """The news agency whose copy the text is, as its signature or dateline says; None when
    it names none. For texts whose page names no author."""
    paragraphs = [p for p in body.split("\n") if p.strip()]
    if not paragraphs:
        return None
    # the signature closes the text, or the paragraph before a last "Created: ..." line
    checks = [(_SIGNATURE_END, p) for p in paragraphs[-2:]] + [(_SIGNATURE_START, paragraphs[0])]
    for pattern, paragraph in checks:
        found = pattern.search(paragraph[-80:] if pattern is _SIGNATURE_END else paragraph[:100])
        if found and found.group("agency").casefold() in AGENCIES:
            agency = found.group("agency")
            return agency.upper() if len(agency) <= 4 else agency.capitalize()
    return None
