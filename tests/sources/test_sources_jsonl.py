"""JSONL input, as docs/jsonl.md describes it: one article a line, sniffed by content."""

from __future__ import annotations

import gzip
import json

from test_sources_files import PARAGRAPHS, page

from dyads.extract import extract_article
from dyads.model import Document, Failure
from dyads.pipeline import extract_documents
from dyads.sources import read_sources

BODY = "\n\n".join(PARAGRAPHS)


def write_lines(path, records, compress=False):
    text = "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n"
    path.write_bytes(gzip.compress(text.encode()) if compress else text.encode())
    return path


def test_every_documented_field(tmp_path):
    record = {
        "url": "https://www.example.org/monde/geneve?utm_source=x", "title": "Négociations à Genève",
        "description": "Les deux délégations se sont rencontrées.", "publisher": "Journal",
        "authors": ["Anne Auteur", "Paul Autre"], "section": "Monde", "keywords": ["otan", "russie"],
        "language": "fr", "image": "https://www.example.org/a.jpg",
        "published": "2022-02-14T13:42:00+01:00", "modified": "2022-02-14T14:03:00+01:00", "body": BODY,
        "id": "ignored", "source": "ignored.example", "content_hash": "ignored",
    }
    (doc,) = read_sources([str(write_lines(tmp_path / "one.jsonl", [record]))])
    article = extract_article(doc)
    for name in ("url", "title", "description", "publisher", "authors", "section", "keywords", "language", "image"):
        assert getattr(article, name) == record[name], name
    assert article.published.isoformat() == record["published"]
    assert article.modified.isoformat() == record["modified"]
    assert article.paragraphs == PARAGRAPHS
    assert article.source == "example.org" and article.id != "ignored" and article.content_hash != "ignored"
    assert article.origin == f"{tmp_path / 'one.jsonl'}#L1"


def test_strings_aliases_and_defaults(tmp_path):
    records = [
        {"text": BODY, "author": "Anne Auteur, Paul Autre", "keywords": "otan, russie",
         "published": "2022-02-14 13:42"},
        {"body": BODY.replace("\n\n", "\n"), "authors": "Anne Auteur; Paul, fils", "keywords": "otan"},
    ]
    first, second = (extract_article(d) for d in read_sources([str(write_lines(tmp_path / "a.jsonl", records))]))
    assert first.authors == ["Anne Auteur", "Paul Autre"] and first.keywords == ["otan", "russie"]
    assert first.language == "fr"  # detected: the line states none
    assert first.published.isoformat() == "2022-02-14T13:42:00+00:00"  # no offset: UTC
    assert first.url is None and first.source is None and first.paragraphs == PARAGRAPHS
    assert second.authors == ["Anne Auteur", "Paul, fils"] and second.keywords == ["otan"]
    assert second.paragraphs == PARAGRAPHS  # no blank line: one paragraph a line


def test_html_lines_extracted_with_their_own_fields_winning(tmp_path):
    records = [
        {"url": "https://example.org/b", "html": page(title="Page B | Journal")},
        {"url": "https://example.org/c", "html": page(title="Page C | Journal"), "title": "Titre donné",
         "language": "de", "authors": ["Anne Auteur"]},
    ]
    b, c = (extract_article(d) for d in read_sources([str(write_lines(tmp_path / "pages.jsonl", records))]))
    assert b.title == "Page B" and b.language == "fr" and b.paragraphs == PARAGRAPHS
    assert c.title == "Titre donné" and c.language == "de" and c.authors == ["Anne Auteur"]
    assert b.url == "https://example.org/b" and c.body == b.body


def test_chosen_by_content_gzipped_and_named_anything(tmp_path):
    path = write_lines(tmp_path / "export.data", [{"url": "https://example.org/a", "body": BODY}], compress=True)
    (doc,) = read_sources([str(path)])
    assert isinstance(doc, Document) and doc.kind == "jsonl"
    assert extract_article(doc).paragraphs == PARAGRAPHS


def test_bad_lines_fail_one_by_one(tmp_path):
    records = ['{"url": "https://example.org/a", "body": "ok"', "[1, 2]", {"title": "sans corps"},
               {"url": "https://example.org/b", "body": BODY}, {"html": "<html><body><p>Menu</p></body></html>"}]
    path = write_lines(tmp_path / "bad.jsonl", [{"url": "https://example.org/first", "body": BODY}] + records)
    results = extract_documents(read_sources([str(path)]))
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Failure", "Failure", "Article", "Failure"]
    reasons = {r.origin: r.reason for r in results if isinstance(r, Failure)}
    assert list(reasons) == [f"{path}#L{n}" for n in (2, 3, 4, 6)]
    assert "invalid JSON" in reasons[f"{path}#L2"] and "not a JSON object" in reasons[f"{path}#L3"]
    assert "no body" in reasons[f"{path}#L4"] and "no article" in reasons[f"{path}#L6"]


def test_a_pretty_printed_json_document_is_one_failure_not_one_per_line(tmp_path):
    path = tmp_path / "ground-truth.json"
    path.write_text(json.dumps({"a": {"articleBody": BODY}, "b": {"articleBody": BODY}}, indent=4), encoding="utf-8")
    results = list(read_sources([str(path)]))
    assert len(results) == 1 and isinstance(results[0], Failure)
    assert results[0].origin == str(path) and "not JSON lines" in results[0].reason
