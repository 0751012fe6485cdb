"""The article's title: the headline its page shows, without the site's name or a section
label.

A page declares its title several times, for several readers: JSON-LD `headline`,
`og:title` (for social networks, often shorter or rewritten), `twitter:title`, <title>
(for search engines, with the site's name: "... | Le Monde", "BBC News - ..."). What a
reader sees is the <h1>, which may be any of them, or none (an <h1> can also be the
site's logo or a section's name). So:

1. an <h1> that one of the declared titles confirms (the same words, or most of them, or
   the declared title plus a site name or label around it) is the title, as displayed;
2. otherwise the declared titles, in this order of trust: og:title, twitter:title, JSON-LD
   headline, Dublin Core / parsely / sailthru titles, <title>, each without the site name
   around it; a declared title cut short with "..." gives way to a longer one it begins;
3. section labels that open a title go: "Opinion | ", "Column: ", "Analyse - ",
   "TÉMOIGNAGE. ", "BREAKING: ", and a run of capitals before a separator.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from dyads.metadata import jsonld

_SEPARATOR = re.compile(r"\s+(?:[|–—·•»«‹›~]|-|::|//)\s+")
_SHORT_SUFFIX_WORDS = 4
# separators that set a site or section name apart, unlike dashes which titles use too
_SITE_SEPARATORS = {"|", "‹", "›", "«", "»", "::", "//", "~"}
_WORD = re.compile(r"\w+")
# Labels a site puts before a headline (a section, a genre, a flag), in English, French,
# German, Spanish and Italian.
LABELS = {
    "opinion", "opinions", "column", "columns", "editorial", "analysis", "commentary", "comment", "review",
    "exclusive", "breaking", "breaking news", "live", "watch", "video", "podcast", "explainer", "interview",
    "fact check", "factcheck", "update", "updated", "just in", "news", "perspective", "essay",
    "tribune", "éditorial", "edito", "édito", "chronique", "entretien", "témoignage", "enquête",
    "vidéo", "exclusif", "reportage", "décryptage", "portrait", "récit", "info", "direct", "en direct",
    "vrai ou faux", "tribune libre", "point de vue", "kommentar", "meinung", "analyse", "exklusiv", "liveblog",
    "gastbeitrag", "opinión", "análisis", "exclusiva", "editoriale", "commento", "intervista", "esclusiva",
}
_LABEL = re.compile(r"^(?P<label>[^\W\d][\w' ]{1,24}?)\s*(?:[|:.]|\s[-–—])\s+(?P<rest>\S.*)$")
_CAPITALS = re.compile(r"^(?P<label>[A-ZÀ-Þ][A-ZÀ-Þ' ]{3,30}[A-ZÀ-Þ])\s*(?:[|:.]|\s[-–—])\s+(?P<rest>\S.*)$")
MIN_OVERLAP = 0.6  # share of the shorter title's words the other one holds, to confirm an <h1>


def normalised(title: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", title).split())


def words(title: str) -> list[str]:
    return _WORD.findall(title.casefold())


def _key(name: str | None) -> str:
    return re.sub(r"\W+", "", name or "").casefold().removeprefix("the")


def strip_site_name(title: str, site_names: Iterable[str | None]) -> str:
    """ "Title | CNN" -> "Title"; "CNN - Title" -> "Title"; "Title | World news | The
    Guardian" -> "Title"; a short last part after "|" goes too ("... | Chroniques")."""
    names = {_key(n) for n in site_names if n}
    names.discard("")
    for _ in range(3):
        parts = _SEPARATOR.split(title)
        separators = _SEPARATOR.findall(title)
        if len(parts) < 2:
            break
        last, first = _key(parts[-1]), _key(parts[0])
        if last and any(last in n or n in last for n in names):
            title = title[: title.rfind(separators[-1])].strip()
        elif first and any(first == n or (len(first) > 3 and first in n) or (len(n) > 4 and n in first
                                                                             and len(parts[0].split()) <= 5)
                           for n in names):
            title = title[title.find(separators[0]) + len(separators[0]):].strip()
        elif separators[-1].strip() in _SITE_SEPARATORS and len(parts[-1].split()) <= _SHORT_SUFFIX_WORDS:
            title = title[: title.rfind(separators[-1])].strip()
        else:
            break
    # "The Space Review: Title", "Title - BBC News" written with a colon or no spaces
    for name in filter(None, site_names):
        for prefix in (f"{name}:", f"{name} :"):
            if title.casefold().startswith(prefix.casefold()) and len(title) > len(prefix) + 10:
                title = title[len(prefix):].strip()
    return title


def strip_label(title: str) -> str:
    """A section label or flag opening the title goes, when a real title follows it."""
    for pattern in (_LABEL, _CAPITALS):
        found = pattern.match(title)
        if not found or len(found.group("rest").split()) < 3:
            continue
        label = found.group("label").strip()
        if label.casefold() in LABELS or (pattern is _CAPITALS and (" " in label or len(label) >= 6)):
            return found.group("rest").strip()
    return title


def declared_titles(page) -> list[str]:
    """The titles the page declares, in order of trust, whitespace normalised."""
    headline = jsonld.text(page.article.get("headline")) or jsonld.text(page.article.get("name")) \
        if page.article else None
    found = [*page.all("og:title"), *page.all("twitter:title"), headline,
             page.first("dc.title", "dcterms.title", "parsely-title", "sailthru.title", "title"),
             page.html_title]
    return [normalised(t) for t in found if t and t.strip()]


def _overlap(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(set(a) & set(b))
    return shared / min(len(set(a)), len(set(b))) if shared >= min(2, len(set(a)), len(set(b))) else 0.0


def _contains(outer: str, inner: str) -> bool:
    """Whether `inner` is `outer` without a site name or label around it: the words of
    `inner` at the start or the end of `outer`."""
    o, i = words(outer), words(inner)
    return len(i) >= 2 and len(o) > len(i) and (o[: len(i)] == i or o[-len(i):] == i)


def choose(page, site_names: list[str | None]) -> str | None:
    """The title (see the module's docstring); sets `page.headline` to the <h1> it is."""
    declared = declared_titles(page)
    site_keys = {_key(n) for n in site_names if n}
    cleaned = [strip_site_name(t, site_names) for t in declared]
    # a declared title that is only the site's name declares nothing ("MEDEF")
    declared, cleaned = [d for d, c in zip(declared, cleaned) if _key(c) not in site_keys], \
        [c for c in cleaned if _key(c) not in site_keys]
    best, best_score = None, 0.0
    for element, heading in zip(page.h1, page.headings()):
        heading = normalised(heading)
        if not heading or len(heading) > 400 or _key(heading) in site_keys:
            continue
        found = _confirmed(heading, declared, cleaned)
        if found and found[1] > best_score:
            best, best_score = (element, found[0]), found[1]
            if best_score >= 1.0:
                break
    if best is None:  # a post titled in an <h2> or <h3> (Blogger), when a declared title says so
        for element in page.subheadings:
            heading = normalised(" ".join(element.text_content().split()))
            found = _confirmed(heading, declared, cleaned) if 2 <= len(words(heading)) <= 60 else None
            if found and found[1] >= 0.9:
                best = (element, found[0])
                break
    if best is not None:
        element, title = best
        page.set_headline(element)
        return strip_label(title)
    for title in cleaned:
        longer = _completed(title, cleaned)
        if longer:
            return strip_label(longer)
    # nothing declared: the first heading that is not the site's name, whose byline follows it
    for element, heading in zip(page.h1, page.headings()):
        if len(words(heading)) >= 3 and _key(heading) not in site_keys:
            page.set_headline(element)
            return normalised(heading)
    return None


def _confirmed(heading: str, declared: list[str], cleaned: list[str]) -> tuple[str, float] | None:
    """(title, confidence) when a declared title confirms the heading."""
    heading_words = words(heading)
    for raw, clean in zip(declared, cleaned):
        if words(raw) == heading_words:  # a heading that shows the site's name too loses it
            return clean or raw, 1.0
        if words(clean) == heading_words:
            return heading, 1.0
    for raw, clean in zip(declared, cleaned):
        if _contains(heading, raw):  # "Letters to the Editor | Letters: ..." shows the declared title
            return raw, 0.95
        if _contains(raw, heading) or _contains(clean, heading):
            return heading, 0.9
        if _contains(heading, clean) and len(words(heading)) - len(words(clean)) <= 2:
            return clean, 0.9  # a badge after the headline: "... Abonnés"
    score = max((_overlap(heading_words, words(c)) for c in cleaned if len(words(c)) >= 3), default=0.0)
    return (heading, score * 0.8) if score >= MIN_OVERLAP else None


def _completed(title: str, cleaned: list[str]) -> str | None:
    """A declared title, or a longer one it is the truncated start of ("... leader...")."""
    if not title:
        return None
    stem = title.rstrip(".… ").strip()
    if title.endswith(("...", "…")):
        for other in cleaned:
            if len(other) > len(stem) and other.startswith(stem) and not other.endswith(("...", "…")):
                return other
    return title
