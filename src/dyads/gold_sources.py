"""Read gold records that point into pages instead of holding their text.

Some gold sets are annotations of articles whose text may not be copied into the
repository (the French Wikinews pages of ../shared/corpora): a record then names the page,
the block of text in it (the lead and the paragraphs, in order) and the character offsets
of the sentence in that block, with the SHA-1 of the sentence so that a changed page is
noticed instead of silently scored.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from pathlib import Path

from lxml import html

from dyads.datelines import dateline_date

BLOCK_TAGS = ("h2", "p")


class GoldPageError(ValueError):
    """A pointer record whose page is missing or no longer holds the sentence."""


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()  # soft hyphens split words


@functools.lru_cache(maxsize=256)
def read_wikinews_fr_page(path: Path) -> tuple[str, list[str], str | None]:
    """(title, text blocks, publication date from the dateline) of a simple news page."""
    tree = html.fromstring(Path(path).read_bytes())
    title = _clean(" ".join(tree.xpath("//h1//text()"))) or _clean(" ".join(tree.xpath("//title//text()")))
    blocks = [t for t in (_clean(e.text_content()) for e in tree.iter(*BLOCK_TAGS)) if t]
    dated = next((dateline_date(b, "fr") for b in blocks if dateline_date(b, "fr")), None)
    return title, blocks, dated.isoformat() if dated else None


# The article-extraction benchmark's true bodies (../shared/bench/aeb): a pointer record names
# the page's key in it, the paragraph and the offsets
AEB_PAGE = "bench/aeb/ground-truth.json"


@functools.lru_cache(maxsize=4)
def _aeb_bodies(path: Path) -> dict[str, str]:
    return {key: value["articleBody"] for key, value in json.loads(Path(path).read_text(encoding="utf-8")).items()}


def aeb_paragraphs(body: str) -> list[str]:
    """A true body's paragraphs (one a line), cleaned as the Wikinews blocks are."""
    return [p for p in (_clean(line) for line in body.split("\n")) if p]


def sentence_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def resolve_text(record: dict, root: Path) -> str:
    """The sentence a pointer record names, checked against its SHA-1."""
    page = root / record["page"]
    if not page.is_file():
        raise GoldPageError(f"page {page} not found (the gold record {record.get('id')} points into it)")
    if "key" in record:
        body = _aeb_bodies(page).get(record["key"])
        if body is None:
            raise GoldPageError(f"{page} has no page {record['key']} (gold record {record.get('id')})")
        blocks = aeb_paragraphs(body)
    else:
        _, blocks, _ = read_wikinews_fr_page(page)
    try:
        text = blocks[record["block"]][record["start"]:record["end"]]
    except IndexError:
        raise GoldPageError(f"{page} has no block {record['block']} (gold record {record.get('id')})") from None
    if record.get("sha1") and sentence_sha1(text) != record["sha1"]:
        raise GoldPageError(f"{page} block {record['block']} changed: gold record {record.get('id')} "
                            f"no longer matches its sentence")
    return text
