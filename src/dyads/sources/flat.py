"""Flat text dumps of whole pages, like the seed articles in examples/seeds/.

The layout, as found (blocks separated by blank lines):

    " date 2022-02 https://fr.sputniknews.com/..."      header: month and URL
    title (twice), description ending "... 14.02.2022, Sputnik France"
    ISO timestamps: published, then published / modified ("2022-02-14T13:42+0100")
    tags, one per line
    a schema.org "speakable" XPath line ("/html/head/meta[@name='og:title']/@content ...")
    the main image URL
    the body, one line, paragraphs and headings glued together
    tags again, then the page's JSON-LD flattened: "Publisher e-mail phone ...", year,
    "Author picture-URL", section, locale ("fr_FR"), image sizes ("1920 1080 true"),
    and all keywords on one comma-separated line.

The reader is robust to variants: missing blocks, one timestamp, no JSON-LD tail, and
several dumps concatenated in one file (`cat a.txt b.txt`, even when `a.txt` has no final
newline, so a header can start in the middle of a line).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from dyads.model import Document

# A header: " date YYYY-MM URL" (or a whole date) at the end of a line, wherever it starts.
HEADER = re.compile(r"(?:^|(?<=\S)) ?date (\d{4}-\d{2}(?:-\d{2})?) (https?://\S+)\s*$")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_DESCRIPTION_TAIL = re.compile(r"\s*\d{2}\.\d{2}\.\d{4},\s*(?P<publisher>[^,]+)$")
_URL = re.compile(r"^https?://\S+$")
_AUTHOR = re.compile(r"^(?P<name>\D+?)\s+https?://\S+$")  # "Irina Dmitrieva https://...jpg"
_EMAIL = re.compile(r"\S+@\S+\.\w+")
_LOCALE = re.compile(r"^(?P<lang>[a-z]{2})[_-][A-Z]{2}$")
_JSONLD_NUMBERS = re.compile(r"^\d{4}$|^\d+ \d+( (true|false))?$")  # a year, image sizes
_SENTENCE = re.compile(r"[.!?…][\"'»)]?(\s|$)")
_LABEL_MAX_LEN = 80  # a tag or a section is a short label
_PROSE_MIN_LEN = 120


def _kind(line: str) -> str:
    """What one line of a dump is, from its shape alone."""
    if _TIMESTAMP.match(line):
        return "timestamp"
    if line.startswith("/html/"):
        return "xpath"
    if _URL.match(line):
        return "url"
    if _EMAIL.search(line):
        return "publisher"
    if _AUTHOR.match(line):
        return "author"
    if _LOCALE.match(line):
        return "locale"
    if _JSONLD_NUMBERS.match(line):
        return "number"
    items = line.split(",")
    if len(items) > 1 and not _SENTENCE.search(line) and all(len(i) <= _LABEL_MAX_LEN for i in items):
        return "keywords"
    if len(line) >= _PROSE_MIN_LEN or (len(line) > _LABEL_MAX_LEN and _SENTENCE.search(line)):
        return "prose"
    return "label"


def looks_like_flat_dump(first_line: str) -> bool:
    return bool(HEADER.match(first_line))


def read_flat(lines: Iterable[str], origin: str) -> Iterator[Document]:
    """One Document per article in a stream of lines (kind "flat", content: its lines).

    Streaming: only the article being read is held in memory. The first article keeps
    `origin` as it is; the next ones get "#2", "#3"... so each has its own origin.
    """
    current: list[str] = []
    url: str | None = None
    count = 0
    for raw in lines:
        line = raw.rstrip("\r\n")
        header = HEADER.search(line)
        if header:
            before = line[:header.start()].rstrip()
            if before:
                current.append(before)  # the end of the previous dump, which had no newline
            if url is not None:
                count += 1
                yield _document(current, url, origin, count)
            current, url = [], header.group(2)
            continue
        current.append(line)
    if url is not None:
        yield _document(current, url, origin, count + 1)


def _document(lines: list[str], url: str, origin: str, number: int) -> Document:
    where = origin if number == 1 else f"{origin}#{number}"
    return Document(origin=where, content="\n".join(lines), kind="flat", url=url)


def parse_timestamp(value: str) -> dt.datetime | None:
    """ISO 8601 with its offset ("2022-02-14T13:42+0100"); None for anything else."""
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _union(*lists: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for values in lists:
        for value in values:
            value = value.strip()
            if value and value not in seen:
                seen[value] = None
    return list(seen)


def parse_flat(doc: Document) -> dict:
    """The fields of one flat-dump article (see the module docstring), as a dict whose keys
    are Article fields. The body is the raw glued line(s): the caller repairs it."""
    lines = [line.strip() for line in str(doc.content).split("\n") if line.strip()]
    title = description = publisher = section = language = image = None
    authors: list[str] = []
    timestamps: list[dt.datetime] = []
    tags_before: list[str] = []
    tags_after: list[str] = []
    keywords: list[str] = []
    body: list[str] = []
    in_tail = False  # once the JSON-LD values start, a short line is the section, not a tag
    for line in lines:
        kind = _kind(line)
        if kind == "timestamp":
            timestamps.append(parse_timestamp(line))
        elif kind in ("prose", "label") and title is None:
            title = line
        elif line == title or kind == "xpath":
            continue
        elif (tail := _DESCRIPTION_TAIL.search(line)) and description is None and not body:
            description, publisher = line[:tail.start()].strip(), tail.group("publisher").strip()
        elif kind == "prose" and description is None and not (timestamps or tags_before or body):
            description = line
        elif kind == "prose":
            body.append(line)
        elif kind == "url":
            image = image or line
        elif kind == "keywords":
            keywords += line.split(",")
        elif kind == "label" and not in_tail:
            (tags_after if body else tags_before).append(line)
        elif kind == "label":
            section = section or line
        else:
            in_tail = True
            if kind == "publisher":
                publisher = publisher or _EMAIL.split(line)[0].strip() or None
            elif kind == "author":
                authors = _union(authors, [_AUTHOR.match(line).group("name")])
            elif kind == "locale":
                language = _LOCALE.match(line).group("lang")
    return {
        "url": doc.url, "source": urlsplit(doc.url).hostname if doc.url else None,
        "title": title, "description": description, "publisher": publisher,
        "published": timestamps[0] if timestamps else None,
        "modified": timestamps[-1] if len(timestamps) > 1 else None,
        "authors": authors, "section": section, "language": language, "image": image,
        "keywords": _union(tags_before, tags_after, keywords), "body": "\n\n".join(body),
    }
