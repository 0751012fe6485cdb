"""Local files: pick the reader by what a file holds, not by its name.

A file may be gzip-compressed (sniffed by its magic bytes, whatever its extension); what
it holds is sniffed from its first bytes: a WARC archive, a flat text dump like the seeds,
JSONL (one article a line), an HTML page, or plain text. Every bad input (missing,
empty, binary, truncated gzip, undecodable, a page over 10 MB) becomes a Failure with a
one-line reason, and reading goes on with the next input.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import charset_normalizer

from dyads.model import Document, Failure
from dyads.sources import flat, jsonl

MAX_PAGE_BYTES = 10 * 2**20  # a news page is rarely over 2 MB; 10 MB is a broken or hostile one
SNIFF_BYTES = 64 * 1024
GZIP_MAGIC = b"\x1f\x8b"
_HTML_START = re.compile(rb"<(!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>/]", re.IGNORECASE)
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_JSON_OBJECT_START = re.compile(rb'\{\s*"[^"\n]*"\s*:')
# "Save page as" in browsers leaves the page's address in a comment
_SAVED_FROM = re.compile(rb"<!-- saved from url=\(\d+\)(https?://[^\s>]+) -->")


class UndecodableError(ValueError):
    pass


def megabytes(size: int) -> str:
    return f"{size / 2**20:.1f} MB"


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Text from bytes: a BOM, else UTF-8, else the declared charset (HTTP header, then
    <meta charset>), else what charset-normalizer finds. Raises UndecodableError."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data[:SNIFF_BYTES]:
        raise UndecodableError("binary content (NUL bytes), not text")
    meta = _DECLARED_CHARSET.search(data[:SNIFF_BYTES])
    # UTF-8 first: bytes that decode as UTF-8 are UTF-8, whatever a template declares
    candidates = ["utf-8", declared, meta.group(1).decode("ascii") if meta else None]
    for encoding in filter(None, candidates):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    best = charset_normalizer.from_bytes(data[:SNIFF_BYTES]).best()
    if best is None or best.encoding is None:
        raise UndecodableError("undecodable bytes: no character set fits")
    return data.decode(best.encoding, errors="replace")


def decompress_payload(data: bytes, encoding: str | None, limit: int = MAX_PAGE_BYTES) -> bytes:
    """An HTTP body sent with Content-Encoding gzip or deflate, decompressed; at most
    `limit` + 1 bytes come out, so that a compression bomb is only a page too big."""
    encoding = (encoding or "identity").strip().lower()
    if encoding in ("identity", ""):
        return data
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise UndecodableError(f"unsupported content encoding {encoding}")
    # wbits 47: a zlib or gzip header, detected; some servers send raw deflate (-15)
    for wbits in (47, -15):
        try:
            return zlib.decompressobj(wbits).decompress(data, limit + 1)
        except zlib.error:
            continue
    raise UndecodableError(f"body claims {encoding} encoding but does not decompress")


def _is_warc(path: Path) -> bool:
    """Whether a file (maybe gzipped) starts with a WARC record. Read without the gzip
    module, which raises on a cut file before giving any byte: a truncated WARC.gz must
    still go to the WARC reader, which keeps the records before the cut."""
    with path.open("rb") as raw:
        head = raw.read(SNIFF_BYTES)
    if head.startswith(GZIP_MAGIC):
        try:
            # wbits 31: one gzip member (a WARC.gz holds one per record); the first is enough
            head = zlib.decompressobj(31).decompress(head, len(b"WARC/"))
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


def _open(path: Path) -> tuple[BinaryIO, bool]:
    raw = path.open("rb")
    if raw.read(2) == GZIP_MAGIC:
        raw.seek(0)
        return gzip.GzipFile(fileobj=raw, mode="rb"), True
    raw.seek(0)
    return raw, False


def read_file(path: Path) -> Iterator[Document | Failure]:
    """Documents in one file, whatever it holds; Failures for what cannot be read."""
    origin = str(path)
    try:
        warc = _is_warc(path)
        stream, compressed = _open(path)
    except OSError as exc:
        yield Failure(origin, f"cannot open: {exc.strerror or exc}")
        return
    if warc:
        stream.close()
        # imported here: the WARC reader uses this module's decoding helpers
        from dyads.sources.warc import read_warc

        yield from read_warc(path)
        return
    with stream:
        try:
            yield from _read_stream(stream, path, compressed)
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            yield Failure(origin, f"truncated or corrupt gzip: {exc}")
        except OSError as exc:
            yield Failure(origin, f"read error: {exc}")


def _read_stream(stream: BinaryIO, path: Path, compressed: bool) -> Iterator[Document | Failure]:
    origin = str(path)
    head = stream.read(SNIFF_BYTES)
    if not head.strip():
        yield Failure(origin, "empty file" if not head else "blank file")
        return
    stream.seek(0)
    start = head.lstrip()
    first_line = head.split(b"\n", 1)[0]
    if flat.looks_like_flat_dump(first_line.decode("utf-8", errors="replace")):
        yield from flat.read_flat(_lines(stream, head), origin)
    elif _JSON_OBJECT_START.match(start):
        yield from jsonl.read_jsonl(_lines(stream, head), origin, MAX_PAGE_BYTES)
    elif _HTML_START.match(start) or _HTML_START.search(head[:2048]):
        yield _read_page(stream, origin, compressed)
    elif _text_encoding(head) is None:
        yield Failure(origin, "binary file, not text" + (" (inside gzip)" if compressed else ""))
    else:
        yield _read_text(_lines(stream, head), origin)


def _lines(stream: BinaryIO, head: bytes) -> io.TextIOWrapper:
    """The stream as text lines, in the encoding its first bytes are in (UTF-8 mostly)."""
    encoding = _text_encoding(head) or "utf-8"
    return io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline=None)


def _text_encoding(head: bytes) -> str | None:
    """The encoding to stream a text file with, or None when it is binary."""
    if b"\x00" in head:
        return None
    try:
        # final=False: the sniffed head may end in the middle of a UTF-8 sequence
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(head).best()
        return best.encoding if best is not None else None


def _read_page(stream: BinaryIO, origin: str, compressed: bool) -> Document | Failure:
    data = stream.read(MAX_PAGE_BYTES + 1)
    if len(data) > MAX_PAGE_BYTES:
        return Failure(origin, f"page over {megabytes(MAX_PAGE_BYTES)}" + (" uncompressed" if compressed else ""))
    try:
        html = decode_bytes(data)
    except UndecodableError as exc:
        return Failure(origin, str(exc))
    saved_from = _SAVED_FROM.search(data[:SNIFF_BYTES])
    url = saved_from.group(1).decode("ascii") if saved_from else None
    return Document(origin=origin, content=html, kind="html", url=url)


def _read_text(lines: io.TextIOWrapper, origin: str) -> Document | Failure:
    text = lines.read(MAX_PAGE_BYTES + 1)
    if len(text) > MAX_PAGE_BYTES:
        return Failure(origin, f"text over {megabytes(MAX_PAGE_BYTES)}")
    return Document(origin=origin, content=text, kind="text")
