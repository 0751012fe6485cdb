"""JSONL: one article per line, as exported by dyads or written by a crawler.

Schema of one line (a JSON object; keys mirror `dyads.model.Article`):

    url          str    the article's address (its domain becomes `source`)
    title        str
    description  str
    publisher    str    "Sputnik France"
    authors      list[str] or str   a string is split on ";" (and "," when it has no ";")
    section      str
    keywords     list[str] or str   a string is split on ","
    language     str    ISO 639-1; detected from the body when missing
    image        str    URL of the main image
    published    str    ISO 8601, with its offset ("2022-02-14T13:42:00+01:00")
    modified     str    ISO 8601
    body         str    the text, paragraphs separated by a blank line
    html         str    a whole page, for lines that carry the page instead of `body`:
                        it is extracted like an HTML file, and the other keys, when given,
                        win over what the page says

Either `body` or `html` is required; unknown keys (id, source, content_hash, ...) are
ignored, because dyads computes them. `text` is accepted as another name for `body`.
docs/jsonl.md describes the schema for users.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from dyads.model import Document, Failure

FIELDS = ("url", "title", "description", "publisher", "authors", "section", "keywords",
          "language", "image", "published", "modified", "body")


def read_jsonl(lines: Iterable[str], origin: str, max_chars: int) -> Iterator[Document | Failure]:
    """One Document per line ("path#L3"); a line that is not an article is a Failure.
    A JSON document spread over lines (pretty-printed, its first line a bare "{" or "[") is
    one Failure for the file, not one per line."""
    first = True
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if first and line.strip() in ("{", "["):
            yield Failure(origin, "a JSON document over several lines, not JSON lines: write one "
                                  "article object per line (docs/jsonl.md)")
            return
        first = False
        where = f"{origin}#L{number}"
        if len(line) > max_chars:
            yield Failure(where, f"line over {max_chars // 2**20} MB")
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield Failure(where, f"invalid JSON: {exc}")
            continue
        if not isinstance(record, dict):
            yield Failure(where, "not a JSON object")
            continue
        fields = article_fields(record)
        html = record.get("html")
        if isinstance(html, str) and html.strip() and not fields.get("body"):
            yield Document(origin=where, content=html, kind="html", url=fields.get("url"),
                           meta={"fields": fields})
        elif fields.get("body"):
            yield Document(origin=where, content=line, kind="jsonl", url=fields.get("url"),
                           meta={"fields": fields})
        else:
            yield Failure(where, "no body (nor html) in the JSON object")


def _as_list(value: Any, separators: tuple[str, ...]) -> list[str]:
    if isinstance(value, str):
        for separator in separators:
            if separator in value:
                return [v.strip() for v in value.split(separator) if v.strip()]
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return []


def article_fields(record: dict[str, Any]) -> dict[str, Any]:
    """The Article fields a JSON object gives, by the schema above (missing ones left out)."""
    record = dict(record)
    if "body" not in record and "text" in record:
        record["body"] = record["text"]
    fields: dict[str, Any] = {}
    for name in FIELDS:
        value = record.get(name)
        if name == "authors":
            value = _as_list(value if value is not None else record.get("author"), (";", ","))
        elif name == "keywords":
            value = _as_list(value, (",",))
        elif value is not None and not isinstance(value, str):
            value = str(value)
        if value:
            fields[name] = value
    return fields
