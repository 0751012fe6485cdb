"""WARC and WARC.gz archives (fastwarc): the HTML pages a crawl fetched.

`response` records whose HTTP status is 2xx and whose content type is HTML become
Documents, and so do HTML `resource` records (a page stored without its HTTP headers);
requests, metadata, redirects, images and scripts are not articles. Each keeps
its WARC-Target-URI as url and its WARC-Date as `fetched`; its origin is
"archive.warc.gz#<urn:uuid:...>". Records are streamed one at a time.

A truncated archive gives a Failure, after every complete record before the cut: for the
record whose payload is cut, or, when the cut falls inside a record's headers (where
fastwarc just stops), for the archive as a whole.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecordType

from dyads.model import Document, Failure
from dyads.sources.files import (GZIP_MAGIC, MAX_PAGE_BYTES, UndecodableError, decode_bytes,
                                 decompress_payload, megabytes)

HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 64 * 1024
_HEADER_END = b"\r\n\r\n"
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def read_warc(path: Path) -> Iterator[Document | Failure]:
    path = Path(path)
    records = 0
    last: tuple[int, int] | None = None  # (stream_pos, content_length) of the last record read
    with path.open("rb") as stream:
        try:
            # every record type, so that the last position seen is the last record's;
            # auto_decode off: the raw length tells a cut record from a complete one
            for record in ArchiveIterator(stream, parse_http=False, auto_decode="none"):
                records += 1
                last = (record.stream_pos, record.content_length)
                page = _page_kind(record)
                if page is None:
                    continue
                item = _record_document(record, f"{path}#{record.record_id}", *page)
                if isinstance(item, Failure) and item.reason.startswith("truncated"):
                    yield item
                    return  # nothing can follow a cut record
                yield item
        except (OSError, ValueError) as exc:
            yield Failure(str(path), f"corrupt WARC after {records} records: {exc}")
            return
        if not _ends_cleanly(stream, last):
            yield Failure(str(path), f"truncated or corrupt WARC: cut or unreadable after {records} records")


def _ends_cleanly(stream: BinaryIO, last: tuple[int, int] | None) -> bool:
    """Whether the file ends where its last complete record ends (trailing blank lines
    allowed). Reads only the last record again, not the archive."""
    stream.seek(0)
    compressed = stream.read(2) == GZIP_MAGIC
    position, length = last if last is not None else (0, -1)
    stream.seek(position)
    if last is None:
        return not stream.read(_CHUNK).strip()
    if compressed:
        # the last gzip member must end, and nothing but blank bytes follow it
        member = zlib.decompressobj(31)
        while not member.eof:
            chunk = stream.read(_CHUNK)
            if not chunk:
                return False
            try:
                member.decompress(chunk)
            except zlib.error:
                return False
        rest = member.unused_data
    else:
        head = stream.read(_CHUNK)
        header_end = head.find(_HEADER_END)
        if header_end < 0:
            return False
        end = position + header_end + len(_HEADER_END) + length
        if stream.seek(0, 2) < end:  # seeking past the end would read as a clean end
            return False
        stream.seek(end)
        rest = b""
    return not (rest + stream.read(_CHUNK)).strip()


def _page_kind(record) -> tuple[str | None, str | None] | None:
    """(content encoding, charset) of a record that holds an HTML page, None for others."""
    if record.record_type == WarcRecordType.response:
        record.parse_http()
        status = record.http_headers.status_code if record.http_headers else None
        if status is None or not 200 <= status < 300:
            return None
        content_type = record.http_content_type
        encoding, charset = record.http_headers.get("Content-Encoding"), record.http_charset
    elif record.record_type == WarcRecordType.resource:
        # the page itself, without HTTP headers (wget --warc-file, browser-based crawlers)
        declared = record.headers.get("Content-Type") or ""
        content_type = declared.split(";")[0]
        found = _CHARSET.search(declared)
        encoding, charset = None, found.group(1) if found else None
    else:
        return None
    return (encoding, charset) if (content_type or "").strip().lower() in HTML_TYPES else None


def _record_document(record, origin: str, encoding: str | None, charset: str | None) -> Document | Failure:
    data = record.reader.read(MAX_PAGE_BYTES + 1)
    if len(data) > MAX_PAGE_BYTES:
        return Failure(origin, f"page over {megabytes(MAX_PAGE_BYTES)}")
    if len(data) < record.content_length:  # the payload's length, once HTTP is parsed
        return Failure(origin, f"truncated WARC record: {len(data)} of {record.content_length} bytes")
    try:
        data = decompress_payload(data, encoding)
        if len(data) > MAX_PAGE_BYTES:
            return Failure(origin, f"page over {megabytes(MAX_PAGE_BYTES)} uncompressed")
        html = decode_bytes(data, charset)
    except UndecodableError as exc:
        return Failure(origin, str(exc))
    return Document(origin=origin, content=html, kind="html",
                    url=record.headers.get("WARC-Target-URI"), fetched=record.record_date)
