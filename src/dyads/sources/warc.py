"""WARC and WARC.gz archives (fastwarc): the HTML pages a crawl fetched.

Only `response` records whose HTTP status is 2xx and whose content type is HTML become
Documents (requests, metadata, redirects, images and scripts are not articles). Each keeps
its WARC-Target-URI as url and its WARC-Date as `fetched`; its origin is
"archive.warc.gz#<urn:uuid:...>". Records are streamed one at a time. A truncated archive
gives a Failure for the cut record, after every complete record before it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecordType

from dyads.model import Document, Failure
from dyads.sources.files import MAX_PAGE_BYTES, UndecodableError, decode_bytes, decompress_payload, megabytes

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path) -> Iterator[Document | Failure]:
    records = 0
    with Path(path).open("rb") as stream:
        try:
            # auto_decode off: the raw length tells a cut record from a complete one
            for record in ArchiveIterator(stream, record_types=WarcRecordType.response,
                                          parse_http=True, auto_decode="none"):
                records += 1
                item = _record_document(record, f"{path}#{record.record_id}")
                if item is not None:
                    yield item
        except (OSError, ValueError) as exc:
            yield Failure(str(path), f"corrupt WARC after {records} records: {exc}")


def _record_document(record, origin: str) -> Document | Failure | None:
    status = record.http_headers.status_code if record.http_headers else None
    content_type = (record.http_content_type or "").lower()
    if status is None or not 200 <= status < 300 or content_type not in HTML_TYPES:
        return None
    data = record.reader.read(MAX_PAGE_BYTES + 1)
    if len(data) > MAX_PAGE_BYTES:
        return Failure(origin, f"page over {megabytes(MAX_PAGE_BYTES)}")
    if len(data) < record.content_length:
        return Failure(origin, f"truncated WARC record: {len(data)} of {record.content_length} bytes")
    try:
        data = decompress_payload(data, record.http_headers.get("Content-Encoding"))
        if len(data) > MAX_PAGE_BYTES:
            return Failure(origin, f"page over {megabytes(MAX_PAGE_BYTES)} uncompressed")
        html = decode_bytes(data, record.http_charset)
    except UndecodableError as exc:
        return Failure(origin, str(exc))
    return Document(origin=origin, content=html, kind="html",
                    url=record.headers.get("WARC-Target-URI"), fetched=record.record_date)
