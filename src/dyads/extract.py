"""A Document becomes an Article: the text of the article and what is known about it.

HTML pages are parsed once (with trafilatura's parser settings); the same tree gives the
metadata (`dyads.metadata`: title, authors, dates, site name, tags... each from the best
of the page's signals, in a documented order of trust) and then the main text: trafilatura
in fast mode (no metadata pass of its own; its full cascade only for a page where fast
mode returns navigation), with page furniture ("Lire aussi", "Sign up...", menus) dropped
(`dyads.text.drop_boilerplate`). Flat dumps and JSONL lines are built directly.

Conventions:
- `published` / `modified` are timezone-aware. A time without an offset is taken as UTC;
  a bare date (no time at all) becomes midnight UTC of that day.
- Titles lose their site name ("... | CNN", "Le Monde - ...") and section labels.
- `source` is the URL's host name, lower case, without "www.".
- The body goes through `dyads.text.repair_body`. A page's language is its text's, checked
  against the page's declaration, "und" when neither can tell (`dyads.metadata.language`);
  a flat dump or JSONL line that states its language keeps it, and is detected only when
  it states none.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from trafilatura.utils import load_html

from dyads.datelines import dateline_date
from dyads.dedup import article_id, content_hash
from dyads.metadata import UNDETERMINED, Page, decide, declared_code, page_fields
from dyads.metadata.authors import wire_agency
from dyads.metadata.dates import htmldate_search, parse_datetime
from dyads.metadata.titles import (
    strip_site_name as strip_site_suffix,  # its former name here
)
from dyads.model import Article, Document
from dyads.sources import flat
from dyads.text import drop_boilerplate, navigation_share, normalise, repair_body

__all__ = [
    "ExtractionError",
    "build_article",
    "extract_article",
    "main_text",
    "parse_datetime",
    "source_of",
    "strip_site_suffix",
]

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
    authors = fields.get("authors") or list(filter(None, [wire_agency(body)]))
    language = _language_code(fields.get("language")) or decide(body)
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
        authors=_unique(authors),
        section=_clean(fields.get("section")),
        keywords=_unique(fields.get("keywords") or []),
        language=language,
        image=fields.get("image"),
        body=body,
        content_hash=content_hash(body),
        origin=doc.origin,
    )


def _language_code(stated: Any) -> str | None:
    """A stated language as an ISO 639-1 code ("fr-FR" -> "fr"), "und" kept."""
    if not stated:
        return None
    stated = str(stated).strip().lower()
    return stated if stated == UNDETERMINED else declared_code(stated) or stated[:2]


def text_fields(text: str) -> dict[str, Any]:
    """A plain text file: its first line is the title when it is short and the text has more."""
    head, _, rest = text.strip().partition("\n")
    if rest.strip() and len(head) <= 200:
        return {"title": head, "body": rest}
    return {"body": text}


# -- HTML -----------------------------------------------------------------------------------
def html_fields(html: str, url: str | None) -> tuple[dict[str, Any], list[str]]:
    """Fields of an HTML page, and the main text's paragraphs (trafilatura's structure)."""
    # one parse for both: trafilatura copies a tree it is given, so reading it first is safe
    tree = load_html(html)
    if tree is not None:
        drop_code(tree)
    page = Page(tree, url)
    fields = page_fields(page, url)
    headline = " ".join(page.headline.text_content().split()) if page.headline is not None else None
    if tree is not None:
        drop_code(tree, _DROPPED_AFTER_METADATA)
    paragraphs = drop_title_lines(main_text(tree if tree is not None else html, fields["url"]),
                                  fields["title"], headline, page.html_title)
    if _words(paragraphs) < MIN_ARTICLE_WORDS:
        raise ExtractionError("no article text found in the page")
    text = "\n".join(paragraphs)
    fields["language"] = decide(text, fields.pop("declared_language"))
    fields["body"] = text
    if fields["published"] is None:  # the last two steps of `dyads.metadata.dates`
        fields["published"] = dateline_date(text, fields["language"]) or htmldate_search(page, extensive=True)
    return fields, paragraphs


# What trafilatura drops first thing, in its main extractor and in its fallback on the raw
# page alike, but only after copying the tree three or four times: out of the tree before
# trafilatura gets it, the copies are smaller. Scripts (but JSON-LD), styles, drawings and
# templates hold no metadata either; asides and footers can (an author box), so they go
# once the metadata is read.
_DROPPED_FIRST = ("script", "style", "svg", "template")
_DROPPED_AFTER_METADATA = ("aside", "footer")


def drop_code(tree: Any, tags: tuple[str, ...] = _DROPPED_FIRST) -> None:
    """The elements with these tags out of a parsed page, their tails kept; JSON-LD
    scripts stay."""
    found = [e for e in tree.iter(*tags)
             if e.tag != "script" or "ld+json" not in (e.get("type") or "").lower()]
    for element in found:
        if element.getparent() is not None:
            element.drop_tree()  # its tail (text after it) stays


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def _trafilatura_paragraphs(html: Any, url: str | None, fast: bool) -> list[str]:
    extracted = trafilatura.bare_extraction(
        html, url=url, fast=fast, include_comments=False, include_tables=True, with_metadata=False)
    text = extracted.text if extracted is not None else ""
    return [line for line in text.split("\n") if line.strip()]


def main_text(html: Any, url: str | None) -> list[str]:
    """The page's main text (from its HTML or its parsed tree), as paragraphs, without page
    furniture.

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
