"""WARC archives written with warcio from real Wikinews pages: read back with fastwarc,
they give the same articles as the pages themselves, keep where each came from, and a cut
archive keeps its complete records and reports the cut."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import io
import tracemalloc
from pathlib import Path

import pytest
from conftest import shared_path
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dyads.extract import extract_article
from dyads.model import Document, Failure
from dyads.sources import read_sources

PAGE_COUNT = 12


@dataclasses.dataclass
class Written:
    """What the test wrote for one HTML page: the page file and its response record."""

    page: Path
    uri: str
    date: dt.datetime
    record_id: str


@pytest.fixture(scope="module")
def pages() -> list[Path]:
    found = sorted(shared_path("corpora", "wikinews_fr").glob("*.html"))
    assert len(found) >= PAGE_COUNT
    return found[:PAGE_COUNT]


def _record(writer: WARCWriter, kind: str, uri: str, payload: bytes, date: dt.datetime,
            http: StatusAndHeaders | None = None):
    record = writer.create_warc_record(
        uri, kind, payload=io.BytesIO(payload), http_headers=http,
        warc_headers_dict={"WARC-Date": date.strftime("%Y-%m-%dT%H:%M:%SZ")})
    writer.write_record(record)
    return record.rec_headers.get_header("WARC-Record-ID")


def write_warc(path: Path, pages: list[Path], compress: bool = True) -> list[Written]:
    """A crawl as a crawler writes it: warcinfo, a request before each response, pages
    (one sent gzip-encoded), and records that are not articles (404, image, redirect,
    metadata). Returns the HTML pages' records, in order."""
    written = []
    start = dt.datetime(2012, 6, 1, 10, 0, tzinfo=dt.timezone.utc)
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "dyads tests"}))
        for number, page in enumerate(pages):
            uri = f"https://fr.wikinews.org/wiki/{page.stem}"
            date = start + dt.timedelta(minutes=number)
            _record(writer, "request", uri, b"", date,
                    StatusAndHeaders("GET /wiki/%s HTTP/1.1" % page.stem, [("Host", "fr.wikinews.org")],
                                     is_http_request=True))
            payload, headers = page.read_bytes(), [("Content-Type", "text/html; charset=UTF-8")]
            if number == 1:
                payload, headers = gzip.compress(payload), headers + [("Content-Encoding", "gzip")]
            http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
            written.append(Written(page, uri, date, _record(writer, "response", uri, payload, date, http)))
            if number == 2:
                _others(writer, date)
    return written


def _others(writer: WARCWriter, date: dt.datetime) -> None:
    html = b"<html><body><h1>Not found</h1><p>" + b"Cette page n'existe pas. " * 20 + b"</p></body></html>"
    _record(writer, "response", "https://fr.wikinews.org/missing", html, date,
            StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1"))
    _record(writer, "response", "https://fr.wikinews.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(500), date,
            StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1"))
    _record(writer, "response", "http://fr.wikinews.org/", b"", date,
            StatusAndHeaders("301 Moved Permanently", [("Location", "https://fr.wikinews.org/")],
                             protocol="HTTP/1.1"))
    _record(writer, "metadata", "https://fr.wikinews.org/", b"outlinks: 12", date)


@pytest.fixture(scope="module")
def archive(tmp_path_factory, pages) -> tuple[Path, list[Written]]:
    path = tmp_path_factory.mktemp("warc") / "crawl.warc.gz"
    return path, write_warc(path, pages)


def documents(path: Path) -> list[Document | Failure]:
    return list(read_sources([str(path)]))


def without_origin(article) -> dict:
    values = article.to_dict()
    values.pop("origin")
    return values


def test_warc_gives_the_same_articles_as_the_pages(archive):
    path, written = archive
    docs = documents(path)
    assert all(isinstance(d, Document) and d.kind == "html" for d in docs), docs
    assert len(docs) == len(written)  # the 404, image, redirect, request and metadata are no pages
    for doc, record in zip(docs, written):
        assert doc.origin == f"{path}#{record.record_id}"
        assert doc.url == record.uri
        assert doc.fetched == record.date and doc.fetched.tzinfo is not None
        (page_doc,) = documents(record.page)
        from_page = extract_article(dataclasses.replace(page_doc, url=record.uri))
        from_warc = extract_article(doc)
        assert without_origin(from_warc) == without_origin(from_page)
        assert from_warc.origin == doc.origin and from_page.origin == str(record.page)
        assert from_warc.source == "fr.wikinews.org" and from_warc.language == "fr"
        assert len(from_warc.paragraphs) >= 2


def test_warc_is_recognised_by_content_compressed_or_not(tmp_path, archive, pages):
    path, _ = archive
    renamed = tmp_path / "crawl.data"  # a WARC.gz whose name says nothing
    renamed.write_bytes(path.read_bytes())
    plain = tmp_path / "crawl"
    written = write_warc(plain, pages[:4], compress=False)
    assert not plain.read_bytes().startswith(b"\x1f\x8b")
    renamed_docs, plain_docs = documents(renamed), documents(plain)
    assert [d.content for d in renamed_docs] == [d.content for d in documents(path)]
    assert [d.url for d in plain_docs] == [w.uri for w in written]
    assert [d.origin for d in plain_docs] == [f"{plain}#{w.record_id}" for w in written]


@pytest.mark.parametrize("compress", [True, False])
@pytest.mark.parametrize("cut", [0.05, 0.35, 0.62, 0.97])
def test_truncated_warc_keeps_complete_records_then_one_failure(tmp_path, pages, compress, cut):
    full = tmp_path / "full.warc"
    write_warc(full, pages, compress=compress)
    data = full.read_bytes()
    cut_path = tmp_path / "cut.warc"
    cut_path.write_bytes(data[: int(len(data) * cut)])
    complete = documents(full)
    items = documents(cut_path)
    *docs, failure = items
    assert isinstance(failure, Failure), items[-1]
    assert failure.origin.startswith(str(cut_path)) and "truncated" in failure.reason
    assert "\n" not in str(failure)
    assert all(isinstance(d, Document) for d in docs)
    assert [d.content for d in docs] == [d.content for d in complete[: len(docs)]]
    assert len(docs) < len(complete)


def test_warc_cut_inside_record_headers_is_reported(tmp_path, pages):
    """fastwarc stops quietly when the cut falls in a record's WARC or HTTP headers."""
    full = tmp_path / "full.warc"
    written = write_warc(full, pages[:3], compress=False)
    data = full.read_bytes()
    third = data.index(written[2].record_id.encode())
    http = data.index(b"HTTP/1.1 200", third)
    for end in (third, http + 20):
        cut_path = tmp_path / f"cut{end}.warc"
        cut_path.write_bytes(data[:end])
        *docs, failure = documents(cut_path)
        assert len(docs) == 2 and isinstance(failure, Failure), failure
        assert failure.origin == str(cut_path) and "truncated" in failure.reason


def test_warc_is_read_record_by_record(tmp_path, pages):
    """Reading an archive takes the memory of a record or two, not of the archive."""
    padded = tmp_path / "pages"
    padded.mkdir()
    padding = "<!-- " + "x" * 400_000 + " -->"
    for page in pages[:3]:
        html = page.read_text(encoding="utf-8").replace("</body>", padding + "</body>")
        (padded / page.name).write_text(html, encoding="utf-8")
    path = tmp_path / "big.warc.gz"
    write_warc(path, sorted(padded.iterdir()) * 20)
    size = 60 * 400_000
    tracemalloc.start()
    try:
        count = sum(isinstance(d, Document) for d in read_sources([str(path)]))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 60
    assert peak < size / 4, f"peak {peak} bytes for {size} bytes of pages"


def test_bad_records_fail_alone_and_reading_goes_on(tmp_path, pages):
    huge = tmp_path / "huge.html"
    huge.write_text(pages[0].read_text(encoding="utf-8").replace("</body>", "<p>" + "z" * (11 * 2**20) + "</p></body>"),
                    encoding="utf-8")
    garbled = tmp_path / "garbled.html"
    garbled.write_bytes(b"<html><body><p>" + bytes(range(128, 256)) * 30 + b"</p></body></html>")
    path = tmp_path / "mixed.warc.gz"
    written = write_warc(path, [pages[0], huge, garbled, pages[1]])
    items = documents(path)
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Failure", "Document"]
    assert [i.origin for i in items] == [f"{path}#{w.record_id}" for w in written]
    assert "over 10" in items[1].reason and "undecodable" in items[2].reason
    assert items[3].url == written[3].uri


def test_html_resource_records_are_pages_too(tmp_path, pages):
    """wget and browser-based crawlers store a page as a `resource`, without HTTP headers."""
    path = tmp_path / "resources.warc.gz"
    html = pages[0].read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="windows-1252"')
    date = dt.datetime(2012, 6, 2, 8, 30, tzinfo=dt.timezone.utc)
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for uri, payload, content_type in (
                ("https://fr.wikinews.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(300), "image/png"),
                ("https://fr.wikinews.org/wiki/page", html.encode("cp1252", errors="replace"),
                 "text/html; charset=windows-1252")):
            record = writer.create_warc_record(
                uri, "resource", payload=io.BytesIO(payload),
                warc_headers_dict={"WARC-Date": date.strftime("%Y-%m-%dT%H:%M:%SZ"), "Content-Type": content_type})
            writer.write_record(record)
            record_id = record.rec_headers.get_header("WARC-Record-ID")
    (doc,) = documents(path)
    assert doc.url == "https://fr.wikinews.org/wiki/page" and doc.fetched == date
    assert doc.origin == f"{path}#{record_id}"
    (page_doc,) = documents(pages[0])
    assert extract_article(doc).body == extract_article(page_doc).body
