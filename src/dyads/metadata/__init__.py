"""What an HTML page says about its article: title, authors, dates, language, site name,
section, tags, description, image, canonical URL.

Each field takes the best of every signal the page offers, in a fixed order of trust,
written down in the module that decides it:
- title: `dyads.metadata.titles` (the <h1> a declared title confirms, then og:title,
  twitter:title, JSON-LD headline, <title>; site name and section labels removed);
- authors: `dyads.metadata.authors` (JSON-LD people, meta tags, byline elements, "By X"
  after the headline; organisations only where no person is named);
- published / modified: `dyads.metadata.dates` (JSON-LD, meta tags, the headline's <time>,
  the byline's written date, htmldate; the dateline comes later, from the text);
- language: `dyads.metadata.language` (the text's, checked against the declaration);
- site name (publisher): the JSON-LD article's publisher, og:site_name, application-name,
  the JSON-LD organisation or web site;
- section, tags, description, image: JSON-LD first, then OpenGraph / article:* tags, then
  plain meta tags.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from dyads.metadata import authors, dates, jsonld, titles
from dyads.metadata.language import UNDETERMINED, decide, declared_code
from dyads.metadata.page import Page, host

__all__ = ["UNDETERMINED", "Page", "decide", "declared_code", "page_fields"]

_SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "gv", "or", "ne"}


def site_stem(hostname: str | None) -> str | None:
    """ "edition.cnn.com" -> "cnn", "express.co.uk" -> "express"."""
    if not hostname:
        return None
    parts = hostname.split(".")
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL:
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else parts[0]


def publisher(page: Page) -> str | None:
    kinds: list[str] = []
    names = jsonld.names(page.article.get("publisher"), page.index, kinds)
    names = [n for n, kind in zip(names, kinds) if kind != "person"]  # a person is no site
    if names:
        return names[0]
    organisation = next((o for o in page.objects if jsonld.types(o) & jsonld.ORGANISATION_TYPES
                         and jsonld.text(o.get("name"))), {})
    site = page.first("og:site_name", "application-name")
    return site or jsonld.text(organisation.get("name"))


def site_names(page: Page, url: str | None) -> list[str | None]:
    """Every name the site goes by, to tell its name from titles and authors."""
    hostname = host(url)
    organisations = [jsonld.text(o.get("name")) for o in page.objects
                     if jsonld.types(o) & jsonld.ORGANISATION_TYPES]
    return [publisher(page), page.first("og:site_name"), page.first("application-name"),
            page.first("apple-mobile-web-app-title"), (page.first("twitter:site") or "").lstrip("@") or None,
            *organisations,
            hostname, site_stem(hostname)]


def page_fields(page: Page, url: str | None) -> dict[str, Any]:
    """The article's fields the page gives, but its text and language (which need the text)."""
    url = url or page.url
    names = site_names(page, url)
    title = titles.choose(page, names)  # first: it finds the headline the byline follows
    declared_language = declared_code(jsonld.text(page.article.get("inLanguage")) or page.lang or page.first(
        "og:locale", "content-language", "dc.language", "language", "inlanguage", "dc:language"))
    return {
        "url": url, "title": title, "description": description(page), "publisher": publisher(page),
        "published": dates.published(page, declared_language), "modified": dates.modified(page),
        "authors": authors.choose(page, names), "section": section(page), "keywords": keywords(page),
        "declared_language": declared_language, "image": image(page, url),
    }


def description(page: Page) -> str | None:
    return page.first("og:description", "description", "twitter:description", "dc.description") or \
        jsonld.text(page.article.get("description"))


def section(page: Page) -> str | None:
    return jsonld.text(page.article.get("articleSection")) or page.first(
        "article:section", "parsely-section", "section", "sailthru_section")


def keywords(page: Page) -> list[str]:
    value = page.article.get("keywords")
    if isinstance(value, str):
        value = value.split(",")
    if isinstance(value, list) and value:
        return [str(v) for v in value if isinstance(v, (str, int))]
    if page.meta.get("article:tag"):
        return page.meta["article:tag"]
    joined = page.first("news_keywords", "keywords", "parsely-tags")
    return joined.split(",") if joined else []


def image(page: Page, base: str | None) -> str | None:
    found = page.article.get("image")
    if isinstance(found, list):
        found = found[0] if found else None
    if isinstance(found, dict):
        found = found.get("url")
    found = page.first("og:image", "og:image:url", "twitter:image", "twitter:image:src") or (
        found if isinstance(found, str) else None)
    return urljoin(base, found) if found and base else found
