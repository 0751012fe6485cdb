"""A Document becomes an Article: the text of the article and what is known about it.

HTML pages: trafilatura finds the main text (fast mode, no metadata pass of its own; its
full cascade only for a page where fast mode returns navigation), and page furniture
("Lire aussi", "Sign up...", menus) is dropped (`dyads.text.drop_boilerplate`); the
metadata comes from what the page declares for machines,
read once from its <head> and its JSON-LD: schema.org (NewsArticle and kin) first, then
OpenGraph / article:* meta tags, then plain meta tags and <title>. htmldate is asked for
a date only when the page declares none. Flat dumps and JSONL lines are built directly.

Conventions:
- `published` / `modified` are timezone-aware. A time without an offset is taken as UTC;
  a bare date (no time at all) becomes midnight UTC of that day.
- Titles lose their site suffix ("... | CNN", "... - Le Monde").
- `source` is the URL's host name, lower case, without "www.".
- The body goes through `dyads.text.repair_body`. A page's language is detected from its
  text (py3langid), the page's declared language being the fallback; a flat dump or JSONL
  line that states its language keeps it, and is detected only when it states none.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import htmldate
import lxml.html
import trafilatura
from dateutil import parser as dateparser
from dateutil.parser import UnknownTimezoneWarning

from dyads.datelines import dateline_date
from dyads.dedup import article_id, content_hash
from dyads.model import Article, Document
from dyads.sources import flat
from dyads.text import detect_language, drop_boilerplate, navigation_share, normalise, repair_body

ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
                 "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
                 "blogposting", "socialmediaposting", "liveblogposting", "report",
                 "scholarlyarticle", "techarticle"}
_JSON_LD = re.compile(r"""<script[^>]*type\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script>""",
                      re.IGNORECASE | re.DOTALL)
_HEAD_END = re.compile(r"</head\s*>|<body[\s>]", re.IGNORECASE)
_HEAD_MAX = 512 * 1024  # pages with no </head> are read that far for their meta tags
_TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—·•»]|-|::)\s+")
_SHORT_SUFFIX_WORDS = 4
# Below this many words the "main text" trafilatura finds is a form, a menu or a caption,
# not an article (a login page gives "Accueil OK").
MIN_ARTICLE_WORDS = 15
# Above this share of menu-like lines, an extraction is taken for a page's navigation.
NAVIGATION_RETRY_SHARE = 0.5


class ExtractionError(ValueError):
    """A document that holds no article (a page without main text, a JSON line without a
    body...). The message is the one-line reason."""


def extract_article(doc: Document) -> Article:
    if doc.kind == "html":
        fields, paragraphs = html_fields(str(doc.content), doc.url)
        fields.update(doc.meta.get("fields", {}))  # a JSONL line's own fields win
        return build_article(fields, doc, paragraphs)
    if doc.kind == "flat":
        return build_article(flat.parse_flat(doc), doc)
    if doc.kind == "jsonl":
        return build_article(dict(doc.meta["fields"]), doc)
    if doc.kind == "text":
        return build_article(text_fields(str(doc.content)), doc)
    raise ExtractionError(f"unknown document kind {doc.kind!r}")


# -- building the Article -------------------------------------------------------------------
def parse_datetime(value: Any) -> dt.datetime | None:
    """An aware datetime from an ISO string, a datetime or a date (see the conventions)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, dt.date):
        parsed = dt.datetime.combine(value, dt.time(), dt.timezone.utc)
    else:
        try:
            parsed = dateparser.isoparse(str(value).strip())
        except (ValueError, OverflowError):
            try:
                # "Nov 19, 2019 10:00 IST": an abbreviation dateutil cannot place (IST is
                # India, Israel or Ireland) leaves the time naive, hence UTC, as any other
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", UnknownTimezoneWarning)
                    parsed = dateparser.parse(str(value).strip())
            except (ValueError, OverflowError):
                return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def source_of(url: str | None) -> str | None:
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("www.") or None


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(normalise(str(value)).split())
    return text or None


def _unique(values: Iterable[Any]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        text = _clean(value)
        if text and text.casefold() not in {s.casefold() for s in seen}:
            seen[text] = None
    return list(seen)


def build_article(fields: dict[str, Any], doc: Document, paragraphs: list[str] | None = None) -> Article:
    """An Article from extracted fields; raises ExtractionError when there is no body."""
    body = repair_body(fields.get("body") or "", paragraphs)
    if not body:
        raise ExtractionError("no article text found")
    url = fields.get("url") or doc.url
    language = fields.get("language") or detect_language(body)
    published = fields.get("published") or dateline_date(body, language)
    return Article(
        id=article_id(url, body),
        url=url,
        source=source_of(url),
        publisher=_clean(fields.get("publisher")),
        title=_clean(fields.get("title")),
        description=_clean(fields.get("description")),
        published=parse_datetime(published),
        modified=parse_datetime(fields.get("modified")),
        authors=_unique(fields.get("authors") or []),
        section=_clean(fields.get("section")),
        keywords=_unique(fields.get("keywords") or []),
        language=language.lower()[:2] if language else None,
        image=fields.get("image"),
        body=body,
        content_hash=content_hash(body),
        origin=doc.origin,
    )


def text_fields(text: str) -> dict[str, Any]:
    """A plain text file: its first line is the title when it is short and the text has more."""
    head, _, rest = text.strip().partition("\n")
    if rest.strip() and len(head) <= 200:
        return {"title": head, "body": rest}
    return {"body": text}


# -- HTML -----------------------------------------------------------------------------------
def html_fields(html: str, url: str | None) -> tuple[dict[str, Any], list[str]]:
    """Fields of an HTML page, and the main text's paragraphs (trafilatura's structure)."""
    meta = PageMetadata(html)
    url = url or meta.url()
    publisher = meta.publisher()
    title = meta.title(publisher, source_of(url))
    paragraphs = drop_title_lines(main_text(html, url), title, meta.html_title)
    if _words(paragraphs) < MIN_ARTICLE_WORDS:
        raise ExtractionError("no article text found in the page")
    text = "\n".join(paragraphs)
    published = meta.published()
    if published is None:
        found = htmldate.find_date(html, url=url, extensive_search=False, original_date=True)
        published = dt.date.fromisoformat(found) if found else None
    fields = {
        "url": url, "title": title, "description": meta.description(),
        "publisher": publisher, "published": published, "modified": meta.modified(),
        "authors": meta.authors(), "section": meta.section(), "keywords": meta.keywords(),
        # what the text is in, rather than what a site template declares
        "language": detect_language(text) or meta.language(), "image": meta.image(url), "body": text,
    }
    return fields, paragraphs


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _trafilatura_paragraphs(html: str, url: str | None, fast: bool) -> list[str]:
    extracted = trafilatura.bare_extraction(
        html, url=url, fast=fast, include_comments=False, include_tables=True, with_metadata=False)
    text = extracted.text if extracted is not None else ""
    return [line for line in text.split("\n") if line.strip()]


def main_text(html: str, url: str | None) -> list[str]:
    """The page's main text, as paragraphs, without page furniture.

    trafilatura's fast mode (its own extractor only) is as good as its full cascade on news
    pages and twice as fast; but where its extractor fails it falls back to the whole page's
    text, menus included. A result that is mostly navigation is extracted again with the
    full cascade (readability, jusText), which is kept when it is less so."""
    paragraphs = _trafilatura_paragraphs(html, url, fast=True)
    share = navigation_share(paragraphs)
    if share > NAVIGATION_RETRY_SHARE:
        slower = _trafilatura_paragraphs(html, url, fast=False)
        if _words(slower) >= MIN_ARTICLE_WORDS and navigation_share(slower) < share:
            paragraphs = slower
    return drop_boilerplate(paragraphs)


def drop_title_lines(paragraphs: list[str], *titles: str | None) -> list[str]:
    """The page's <h1> repeats the title; trafilatura keeps it as the first line of the text,
    where it would glue onto the first sentence and be coded twice."""
    known = {" ".join(t.split()).casefold() for t in titles if t}
    while paragraphs and " ".join(paragraphs[0].split()).casefold() in known:
        paragraphs = paragraphs[1:]
    return paragraphs


def strip_site_suffix(title: str, site_names: Iterable[str | None]) -> str:
    """ "Title | CNN" -> "Title"; "Title - Le Monde" -> "Title" when "Le Monde" is the site;
    a short last part after "|" ("... | World news") goes too."""
    names = {re.sub(r"\W+", "", n).casefold() for n in site_names if n}
    names.discard("")
    for _ in range(2):  # "Title | World news | The Guardian"
        parts = _TITLE_SEPARATOR.split(title)
        separators = _TITLE_SEPARATOR.findall(title)
        if len(parts) < 2:
            break
        last = re.sub(r"\W+", "", parts[-1]).casefold()
        first = re.sub(r"\W+", "", parts[0]).casefold()
        if last and any(last in n or n in last for n in names):
            title = title[: title.rfind(separators[-1])].strip()
        elif first and any(first == n for n in names):  # "CNN | Title"
            title = title[title.find(separators[0]) + len(separators[0]):].strip()
        elif separators[-1].strip() == "|" and len(parts[-1].split()) <= _SHORT_SUFFIX_WORDS:
            title = title[: title.rfind(separators[-1])].strip()
        else:
            break
    return title


def _jsonld_objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD document, @graph and nested lists flattened."""
    if isinstance(data, list):
        for item in data:
            yield from _jsonld_objects(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _jsonld_objects(data["@graph"])


def _types(obj: dict[str, Any]) -> set[str]:
    kinds = obj.get("@type") or []
    return {str(k).casefold() for k in (kinds if isinstance(kinds, list) else [kinds])}


def _names(value: Any) -> list[str]:
    """Names in a schema.org value: "A", {"name": "A"}, or lists of them."""
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, str) and value.strip() and not value.startswith("http"):
        return [value.strip()]
    return []


def _split_people(value: str) -> list[str]:
    value = re.sub(r"^\s*(by|par)\s+", "", value, flags=re.IGNORECASE)
    return [p.strip() for p in re.split(r"\s*(?:;|,|\band\b|\bet\b|&)\s*", value) if p.strip()]


class PageMetadata:
    """What a page declares about itself, read once: meta tags, <title>, <html lang>,
    canonical link, and its JSON-LD article object."""

    def __init__(self, html: str):
        head_end = _HEAD_END.search(html, 0, _HEAD_MAX)
        head = html[: head_end.start() if head_end else _HEAD_MAX]
        self.meta: dict[str, list[str]] = {}
        self.html_title = self.lang = self.canonical = None
        try:
            # only the <head>: meta tags live there, and it is a fraction of the page
            root = lxml.html.document_fromstring(head + "</head></html>")
        except (ValueError, lxml.etree.ParserError):
            root = None
        if root is not None:
            self.lang = root.get("lang") or root.get("xml:lang")
            for element in root.iter("meta", "title", "link"):
                if element.tag == "title":
                    self.html_title = self.html_title or element.text_content()
                elif element.tag == "link":
                    if "canonical" in (element.get("rel") or "").lower().split():
                        self.canonical = element.get("href")
                else:
                    key = element.get("property") or element.get("name") or element.get("itemprop")
                    content = element.get("content")
                    if key and content and content.strip():
                        self.meta.setdefault(key.strip().lower(), []).append(content.strip())
        self.article, self.others = self._jsonld(html)

    @staticmethod
    def _jsonld(html: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        objects: list[dict[str, Any]] = []
        for match in _JSON_LD.finditer(html):
            try:
                objects.extend(_jsonld_objects(json.loads(match.group(1), strict=False)))
            except ValueError:
                continue
        article = next((o for o in objects if _types(o) & ARTICLE_TYPES), {})
        return article, objects

    def first(self, *keys: str) -> str | None:
        for key in keys:
            if self.meta.get(key):
                return self.meta[key][0]
        return None

    def url(self) -> str | None:
        for candidate in (self.canonical, self.first("og:url"), self.article.get("url")):
            if isinstance(candidate, str) and candidate.startswith(("http://", "https://")):
                return candidate
        return None

    def publisher(self) -> str | None:
        names = _names(self.article.get("publisher"))
        if names:
            return names[0]
        organisation = next((o for o in self.others if _types(o) & {"newsmediaorganization", "organization"}), {})
        return self.first("og:site_name", "application-name") or next(iter(_names(organisation)), None)

    def title(self, publisher: str | None, source: str | None) -> str | None:
        headline = self.article.get("headline")
        title = (self.first("og:title", "twitter:title") or (headline if isinstance(headline, str) else None)
                 or self.html_title or self.first("title", "dc.title"))
        if not title:
            return None
        site = source.split(".")[-2] if source and "." in source else source
        return strip_site_suffix(" ".join(title.split()), [publisher, self.first("og:site_name"), site, source])

    def description(self) -> str | None:
        value = self.article.get("description")
        return (self.first("og:description", "description", "twitter:description", "dc.description")
                or (value if isinstance(value, str) else None))

    def published(self) -> dt.datetime | None:
        return parse_datetime(self.article.get("datePublished") or self.first(
            "article:published_time", "og:article:published_time", "datepublished", "pubdate",
            "publishdate", "dc.date.issued", "dcterms.created", "parsely-pub-date",
            "sailthru.date", "date", "dc.date"))

    def modified(self) -> dt.datetime | None:
        return parse_datetime(self.article.get("dateModified") or self.first(
            "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
            "last-modified"))

    def authors(self) -> list[str]:
        names = _names(self.article.get("author"))
        if names:
            return [p for n in names for p in _split_people(n)]
        for key in ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl"):
            values = [v for v in self.meta.get(key, []) if not v.startswith("http")]
            if values:
                return [p for v in values for p in _split_people(v)]
        return []

    def section(self) -> str | None:
        section = self.article.get("articleSection")
        if isinstance(section, list):
            section = next((s for s in section if isinstance(s, str)), None)
        return (section if isinstance(section, str) else None) or self.first("article:section", "parsely-section", "section")

    def keywords(self) -> list[str]:
        value = self.article.get("keywords")
        if isinstance(value, str):
            value = value.split(",")
        if isinstance(value, list) and value:
            return [str(v) for v in value]
        if self.meta.get("article:tag"):
            return self.meta["article:tag"]
        joined = self.first("news_keywords", "keywords")
        return joined.split(",") if joined else []

    def language(self) -> str | None:
        value = self.article.get("inLanguage")
        return ((value if isinstance(value, str) else None) or self.lang
                or self.first("og:locale", "content-language", "dc.language", "language"))

    def image(self, base: str | None) -> str | None:
        image = self.article.get("image")
        if isinstance(image, list):
            image = image[0] if image else None
        if isinstance(image, dict):
            image = image.get("url")
        image = self.first("og:image", "og:image:url", "twitter:image", "twitter:image:src") or (
            image if isinstance(image, str) else None)
        return urljoin(base, image) if image and base else image
