"""Every signal a page offers about itself, read once from its parsed tree.

What it declares for machines: meta tags (OpenGraph, Twitter, Dublin Core, article:*,
parsely, sailthru...), <title>, <html lang>, the canonical link, JSON-LD. What it shows a
reader: its <h1> headings, the byline elements (class or id naming an author or a byline,
rel=author links, itemprop=author), the <time> elements, and the text that follows the
headline (where bylines and dates sit when no class names them).

The tree is the one trafilatura extracts the text from, parsed once: nothing here
changes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from dyads.metadata import jsonld

# Byline elements: a class or id holding one of these (first letter in either case:
# "Author", "c-byline", "BylineBar", "auteur", "Autor"), itemprop=author or creator,
# rel=author. Looked for near the headline first, in the whole page only when needed:
# the search costs a millisecond on a big page.
# (The attributes are searched rather than the elements: libxml2 then tests only the
# attributes that exist, three times faster on a big page.)
_BYLINE_ATTRIBUTES = etree.XPath(
    ".//@class[contains(.,'uthor') or contains(.,'yline') or contains(.,'uteur') or contains(.,'utor') "
    "or contains(.,'ignature')] | .//@id[contains(.,'uthor') or contains(.,'yline')] "
    "| .//@rel[.='author'] | .//@itemprop[.='author' or .='creator']")


def _byline_elements(root: Any) -> list[Any]:
    found: dict[int, Any] = {}  # the elements themselves are kept: their ids stay theirs
    for attribute in _BYLINE_ATTRIBUTES(root):
        element = attribute.getparent()
        found.setdefault(id(element), element)
    return list(found.values())


# Containers whose bylines sign something else: comments, teasers, related and popular
# articles, sidebars, author biographies at the foot of the page.
_ELSEWHERE = re.compile(
    r"comment|related|teaser|recirc|most-?read|popular|sidebar|widget|promo|newsletter|recommend|"
    r"outbrain|taboola|trending|more-stories|listPosts|snippet|(?<!v)card|respond|reply|"
    r"author-?(?:bio|box|info-row|description|popup|about)|about-?the-?author|follow|authori[sz]|"
    r"caption|credit|photo|image|img|avatar|picture|menu|navigation|\bnav\b",
    re.IGNORECASE)
_SKIP_TEXT = {"script", "style", "noscript", "template", "svg", "button", "form", "select"}
_HEADER_LEVELS = 3  # the headline's block: its third ancestor
_FOLLOWING_CHARS = 400  # the text after a headline that can hold its byline and date
_PRECEDING_CHARS = 200
MAX_BYLINE_CHARS = 200
_ANCESTORS_CHECKED = 8


class Page:
    def __init__(self, tree: Any | None, url: str | None = None):
        self.meta: dict[str, list[str]] = {}
        self.html_title = self.lang = self.canonical = None
        self.h1: list[Any] = []
        self.subheadings: list[Any] = []  # <h2>, <h3>: some templates (Blogger) title posts there
        scripts: list[str] = []
        self.tree = tree
        if tree is not None:
            self.lang = tree.get("lang") or tree.get("xml:lang")
            for element in tree.iter("meta", "title", "link", "script", "h1", "h2", "h3"):
                tag = element.tag
                if tag == "meta":
                    key = element.get("property") or element.get("name") or element.get("itemprop") \
                        or element.get("http-equiv")
                    content = element.get("content")
                    if key and content and content.strip():
                        self.meta.setdefault(key.strip().lower(), []).append(content.strip())
                elif tag == "title":
                    self.html_title = self.html_title or _text(element)
                elif tag == "link":
                    if "canonical" in (element.get("rel") or "").lower().split():
                        self.canonical = self.canonical or element.get("href")
                elif tag == "script":
                    if "ld+json" in (element.get("type") or "").lower() and element.text:
                        scripts.append(element.text)
                elif tag == "h1":
                    self.h1.append(element)
                else:
                    self.subheadings.append(element)
        self.objects = jsonld.objects(scripts)
        self.index = jsonld.by_id(self.objects)
        self.article = jsonld.article(self.objects)
        self.url = url or self._declared_url()
        self.headline: Any | None = None  # the heading the title was found in, once chosen
        self._headline_scope: set[int] = set()
        self._near: list[Any] | None = None

    def first(self, *keys: str) -> str | None:
        for key in keys:
            if self.meta.get(key):
                return self.meta[key][0]
        return None

    def all(self, *keys: str) -> list[str]:
        return [value for key in keys for value in self.meta.get(key, [])]

    def _declared_url(self) -> str | None:
        for candidate in (self.canonical, self.first("og:url"), self.article.get("url")):
            if isinstance(candidate, str) and candidate.startswith(("http://", "https://")):
                return candidate
        return None

    # -- what the page shows -----------------------------------------------------------------
    def headings(self) -> list[str]:
        return [_text(h) for h in self.h1]

    def set_headline(self, element: Any) -> None:
        self.headline = element
        # the elements are kept, not only their ids: lxml makes a new proxy (and id) for a
        # node whose proxy was freed, and may give a freed id to another node's proxy
        self._headline_ancestors = list(element.iterancestors())
        self._headline_scope = {id(e) for e in self._headline_ancestors}
        self._near = None

    def header(self) -> Any | None:
        """The block around the headline that holds its byline: a few levels up."""
        if self.headline is None:
            return None
        block = self.headline
        for _ in range(_HEADER_LEVELS):
            parent = block.getparent()
            if parent is None or parent.tag in ("body", "html"):
                break
            block = parent
        return block

    def bylines(self, near: bool) -> Iterator[tuple[Any, list[str]]]:
        """Byline elements in page order, each with its text pieces (one per text node, so
        that "Rodrigo Campos" and "5 Min Read" in sibling elements stay apart), leaving out
        those inside comments, teasers, related articles and author biographies: those in
        the headline's block (`near`), or those elsewhere in the page."""
        header = self.header()
        if near and header is None or self.tree is None:
            return
        if near:
            elements = self._near_bylines()
        else:
            elements = _byline_elements(self.tree)
            if header is not None:
                inside = {id(e) for e in self._near_bylines()}  # alive: kept by the page
                elements = [e for e in elements if id(e) not in inside]
        for element in elements:
            if element.tag in _SKIP_TEXT or element.tag in ("meta", "link") \
                    or _elsewhere(element, self._headline_scope):
                continue
            pieces = pieces_of(element)
            if pieces and sum(map(len, pieces)) <= MAX_BYLINE_CHARS:
                yield element, pieces

    def _near_bylines(self) -> list[Any]:
        """The byline elements in the headline's block, searched once."""
        if self._near is None:
            header = self.header()
            self._near = _byline_elements(header) if header is not None else []
        return self._near

    def after_headline(self) -> list[str]:
        """Text pieces following the headline in page order, up to a few hundred characters."""
        pieces: list[str] = []
        size = 0
        for node in _following(self.headline) if self.headline is not None else ():
            if isinstance(node, str):
                pieces.append(node)
                size += len(node)
                if size >= _FOLLOWING_CHARS:
                    break
        return pieces

    def before_headline(self) -> list[str]:
        """Text pieces just before the headline (a kicker, a date, sometimes the byline),
        nearest last, up to a couple of hundred characters."""
        pieces: list[str] = []
        node = self.headline
        for _ in range(2):
            if node is None:
                break
            for sibling in node.itersiblings(preceding=True):
                if isinstance(sibling.tag, str) and sibling.tag not in _SKIP_TEXT:
                    pieces[:0] = pieces_of(sibling)
                if sum(map(len, pieces)) >= _PRECEDING_CHARS:
                    return pieces
            node = node.getparent()
        return pieces

    def time_after_headline(self) -> str | None:
        """The datetime of the first <time> (or itemprop=datePublished) after the headline,
        within the few hundred characters where its byline can be."""
        size = 0
        for node in _following(self.headline) if self.headline is not None else ():
            if isinstance(node, str):
                size += len(node)
                if size >= _FOLLOWING_CHARS:
                    break
            elif node.tag == "time" or node.get("itemprop") in ("datePublished", "dateCreated"):
                value = node.get("datetime") or node.get("content")
                if value and not _elsewhere(node, self._headline_scope):
                    return value
        return None


def _text(element: Any) -> str:
    return " ".join(element.text_content().split())


def pieces_of(element: Any) -> list[str]:
    """The non-blank text nodes under an element, scripts, styles and comments left out."""
    return [n for n in _inside(element) if isinstance(n, str)]


def _inside(node: Any) -> Iterator[Any]:
    """An element's content in page order: its descendant elements, and its text nodes as
    strings (whitespace normalised), scripts, styles and comments left out."""
    if node.text and node.text.strip():
        yield " ".join(node.text.split())
    for child in node:
        if isinstance(child.tag, str) and child.tag not in _SKIP_TEXT:
            yield child
            yield from _inside(child)
        if child.tail and child.tail.strip():
            yield " ".join(child.tail.split())


def _following(element: Any) -> Iterator[Any]:
    """What follows `element` in page order, as `_inside` gives it: its tail, its following
    siblings, then those of its ancestors (a headline's byline is usually a sibling or a
    cousin), up to the page's body."""
    node = element
    for _ in range(4):
        if node.tail and node.tail.strip():
            yield " ".join(node.tail.split())
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str) and sibling.tag not in _SKIP_TEXT:
                yield sibling
                yield from _inside(sibling)
            if sibling.tail and sibling.tail.strip():
                yield " ".join(sibling.tail.split())
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            return


def _elsewhere(element: Any, article_scope: set[int]) -> bool:
    """Whether an element sits in a comment, teaser, sidebar... rather than in the article:
    a container marked so, below the containers that hold the headline."""
    node = element
    for _ in range(_ANCESTORS_CHECKED):
        if node is None or not isinstance(node.tag, str) or id(node) in article_scope:
            return False
        if node.tag == "nav":
            return True
        if node.tag in ("body", "html", "main"):
            return False  # their classes describe the whole page ("one-sidebar")
        if node.tag == "article":  # nor is an article's class a mark, but it may be a teaser
            node = node.getparent()
            continue
        marks = (node.get("class") or "") + " " + (node.get("id") or "")
        if marks.strip() and _ELSEWHERE.search(marks):
            return True
        node = node.getparent()
    return False


def host(url: str | None) -> str | None:
    found = (urlsplit(url).hostname or "") if url else ""
    return found.removeprefix("www.") or None
