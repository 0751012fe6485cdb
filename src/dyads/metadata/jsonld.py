"""The schema.org objects a page embeds as JSON-LD, and the article among them.

Pages put several objects in one or more <script type="application/ld+json">: a WebSite,
an Organization, a BreadcrumbList, the article, its author as a separate Person node that
the article points to by "@id" (WordPress' Yoast does so). The article is the first object
typed as an article (NewsArticle and kin); a WebPage, ClaimReview or episode stands in for
it when the page has none, since sites that type no article still date and sign their page
there. Values are unescaped: some sites HTML-escape their JSON strings ("O&#039;Donnell").
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Iterator
from typing import Any

ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
                 "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
                 "blogposting", "socialmediaposting", "liveblogposting", "report",
                 "scholarlyarticle", "techarticle", "satiricalarticle", "askpublicnewsarticle"}
STAND_IN_TYPES = {"webpage", "itempage", "claimreview", "radioepisode", "podcastepisode", "creativework"}
ORGANISATION_TYPES = {"newsmediaorganization", "organization", "corporation", "website"}


def objects(scripts: Iterable[str]) -> list[dict[str, Any]]:
    """Every object of every script, @graph and nested lists flattened; a script that is
    not valid JSON is skipped (the page's other signals remain)."""
    found: list[dict[str, Any]] = []
    for script in scripts:
        try:
            found.extend(_flatten(json.loads(script, strict=False)))
        except (ValueError, RecursionError):
            continue
    return found


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten(data["@graph"])


def types(obj: dict[str, Any]) -> set[str]:
    kinds = obj.get("@type") or obj.get("type") or []
    return {str(k).casefold() for k in (kinds if isinstance(kinds, list) else [kinds])}


def article(found: list[dict[str, Any]]) -> dict[str, Any]:
    """The article object, or the page object standing in for it, or {}."""
    return (next((o for o in found if types(o) & ARTICLE_TYPES), None)
            or next((o for o in found if types(o) & STAND_IN_TYPES), {}))


def text(value: Any) -> str | None:
    """A plain string value, unescaped; None for anything else or blank."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if not isinstance(value, str):
        return None
    value = " ".join(html.unescape(value).split())
    return value or None


def names(value: Any, index: dict[str, dict[str, Any]], kinds: list[str] | None = None) -> list[str]:
    """Names in a schema.org value: "A", {"name": "A"}, {"@id": ...} pointing to another
    node of the page, or lists of them. URLs are no names. When `kinds` is given, each
    name's @type ("person", "organization", "" when untyped) is appended to it."""
    found: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        kind = ""
        if isinstance(item, dict):
            if "name" not in item and isinstance(item.get("@id"), str):
                item = index.get(item["@id"], item)
            kind = next(iter(sorted(types(item))), "")
            item = item.get("name")
        for name in item if isinstance(item, list) else [item]:
            name = text(name)
            if name and not name.startswith(("http://", "https://", "www.")):
                found.append(name)
                if kinds is not None:
                    kinds.append(kind)
    return found


def by_id(found: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {o["@id"]: o for o in found if isinstance(o.get("@id"), str) and len(o) > 1}
