"""RSS and Atom feeds, read with feedparser: the pages a feed lists, and what it says of them.

Parsing only: the feed was fetched by `dyads.sources.web.Fetcher`, so feedparser never
touches the network (it is handed a stream, never a string that could pass for a URL or a
file name).
"""

from __future__ import annotations

import datetime as dt
import io
import time
from typing import Any
from urllib.parse import urljoin

import feedparser


def _iso(parsed: time.struct_time | None) -> str | None:
    # feedparser normalises every date format it knows to a UTC struct_time
    if not parsed:
        return None
    return dt.datetime(*parsed[:6], tzinfo=dt.timezone.utc).isoformat()


def feed_links(content: bytes, url: str, content_type: str = "") -> list[tuple[str, dict[str, Any]]]:
    """The (page URL, hints) pairs of a feed, in feed order, each URL once.

    The hints are what an extractor can fall back on when the page lacks them: the
    entry's title, published (ISO 8601, UTC), author, and the feed's URL and title.
    Entries without a link are skipped: there is no page to read. Raises ValueError when
    the content is not a feed feedparser can read.
    """
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type  # its charset, if any, decides the decoding
    parsed = feedparser.parse(io.BytesIO(content), response_headers=headers)
    if not parsed.entries and (parsed.bozo or not parsed.version):
        problem = parsed.get("bozo_exception") or "no RSS or Atom root element"
        raise ValueError(f"not a readable feed: {str(problem).splitlines()[0]}")
    links: list[tuple[str, dict[str, Any]]] = []
    seen: set[str] = set()
    for entry in parsed.entries:
        link = entry.get("link")
        if not link:
            continue
        link = urljoin(url, link.strip())
        if link in seen:
            continue
        seen.add(link)
        meta = {
            "title": entry.get("title"),
            "published": _iso(entry.get("published_parsed") or entry.get("updated_parsed")),
            "author": entry.get("author"),
            "feed": url,
            "feed_title": parsed.feed.get("title"),
        }
        links.append((link, {key: value for key, value in meta.items() if value}))
    return links
