"""XML and text sitemaps, sitemap indexes, Google News sitemaps and robots.txt `Sitemap:`
lines, read with ultimate-sitemap-parser.

Parsing only: usp is given text that `dyads.sources.web.Fetcher` fetched, so robots.txt,
rate limits and timeouts apply to sitemaps as to everything else. An index lists child
sitemaps (`Sitemap.children`) that the caller fetches and parses in turn.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from usp.objects.sitemap import AbstractIndexSitemap, InvalidSitemap
from usp.tree import sitemap_from_str

GZIP_MAGIC = b"\x1f\x8b"


@dataclass
class Sitemap:
    url: str
    pages: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (page URL, hints)
    children: list[str] = field(default_factory=list)  # sub-sitemap URLs, not fetched yet


def gunzip(content: bytes, max_bytes: int) -> bytes:
    """Inflate a .xml.gz sitemap, refusing to grow past `max_bytes` (gzip bombs)."""
    inflater = zlib.decompressobj(wbits=31)
    try:
        data = inflater.decompress(content, max_bytes + 1)
    except zlib.error as error:
        raise ValueError(f"broken gzip: {error}") from None
    if len(data) > max_bytes:
        raise ValueError(f"larger than {max_bytes} bytes once decompressed")
    return data


def parse_sitemap(content: bytes, url: str, max_bytes: int = 100 * 2**20) -> Sitemap:
    """The pages and child sitemaps `content` (fetched from `url`) lists.

    Page hints: "sitemap" (its URL), and for Google News sitemaps "title" and "published"
    (ISO 8601), else "modified" from <lastmod>. Raises ValueError on anything usp cannot
    read as a sitemap.
    """
    if content[:2] == GZIP_MAGIC:
        content = gunzip(content, max_bytes)
    text = content.decode("utf-8-sig", errors="replace")
    if urlsplit(url).path.endswith("/robots.txt"):
        robots = RobotFileParser()
        robots.parse(text.splitlines())
        return Sitemap(url, children=list(robots.site_maps() or []))
    parsed = sitemap_from_str(text)
    if isinstance(parsed, InvalidSitemap):
        raise ValueError("not a readable sitemap")  # usp's reason names its placeholder URL
    if isinstance(parsed, AbstractIndexSitemap):
        # usp cannot fetch from a string-parsed index, so children come back as
        # InvalidSitemap stubs that carry their URL
        return Sitemap(url, children=[child.url for child in parsed.sub_sitemaps])
    sitemap = Sitemap(url)
    for page in parsed.pages:
        hints: dict[str, Any] = {"sitemap": url}
        if page.news_story:
            hints["title"] = page.news_story.title
            if page.news_story.publish_date:
                hints["published"] = page.news_story.publish_date.isoformat()
        if page.last_modified:
            hints["modified"] = page.last_modified.isoformat()
        sitemap.pages.append((page.url, hints))
    return sitemap
