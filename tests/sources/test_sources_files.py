"""Files, folders and globs: readers chosen by content, and every kind of bad input."""

from __future__ import annotations

import gzip
import json
import os

import pytest
from conftest import SEEDS, shared_path

from dyads.extract import ExtractionError, extract_article
from dyads.model import Document, Failure
from dyads.sources import read_sources

PARAGRAPHS = [
    "Le ministre des Affaires étrangères a reçu lundi son homologue pour des entretiens consacrés "
    "à la sécurité européenne, à la maîtrise des armements et aux relations économiques bilatérales.",
    "Les deux délégations ont échangé pendant près de trois heures sur les propositions présentées "
    "en décembre, sans parvenir à un accord sur les garanties demandées par Moscou à l'Otan.",
    "Une nouvelle réunion est prévue à Genève à la fin du mois, selon un communiqué publié à l'issue "
    "de la rencontre par les services du ministère, qui évoquent un dialogue franc et difficile.",
]


def page(title: str = "Négociations à Genève", paragraphs=PARAGRAPHS, charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="{charset}"><title>{title}</title></head>'
            f"<body><nav><a href='/'>Accueil</a></nav><article><h1>{title}</h1>{body}</article>"
            "<footer>© Journal 2022</footer></body></html>")


def read(*paths) -> list[Document | Failure]:
    return list(read_sources([str(p) for p in paths]))


def only_failure(path) -> Failure:
    (item,) = read(path)
    assert isinstance(item, Failure), item
    assert item.stage == "read" and "\n" not in item.reason
    return item


def test_html_file_and_gzipped_html_give_the_same_article(tmp_path):
    (tmp_path / "a.html").write_text(page(), encoding="utf-8")
    (tmp_path / "b.data").write_bytes(gzip.compress(page().encode()))  # no telling extension
    a, b = (extract_article(d) for d in read(tmp_path / "a.html", tmp_path / "b.data"))
    assert a.body == b.body == "\n\n".join(PARAGRAPHS)
    assert a.title == "Négociations à Genève" and a.language == "fr"


def test_empty_and_blank_files(tmp_path):
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n ")
    assert "empty" in only_failure(tmp_path / "empty.html").reason
    assert "blank" in only_failure(tmp_path / "blank.txt").reason


def test_binary_files(tmp_path):
    (tmp_path / "image.html").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "noise.gz").write_bytes(gzip.compress(os.urandom(5000)))
    assert "binary" in only_failure(tmp_path / "image.html").reason
    assert "binary" in only_failure(tmp_path / "noise.gz").reason


def test_truncated_gzip_page(tmp_path):
    data = gzip.compress(page(paragraphs=PARAGRAPHS * 40).encode())
    (tmp_path / "cut.html.gz").write_bytes(data[: len(data) // 2])
    assert "gzip" in only_failure(tmp_path / "cut.html.gz").reason


def test_latin1_page_without_declared_charset(tmp_path):
    html = page().replace('<meta charset="utf-8">', "")
    (tmp_path / "latin.html").write_bytes(html.encode("latin-1"))
    (doc,) = read(tmp_path / "latin.html")
    article = extract_article(doc)
    assert "Affaires étrangères" in article.body and "sécurité européenne" in article.body


def test_declared_windows_charset(tmp_path):
    html = page(charset="windows-1252", paragraphs=[p.replace("l'Otan", "l’Otan") for p in PARAGRAPHS])
    (tmp_path / "cp1252.html").write_bytes(html.encode("cp1252"))
    (doc,) = read(tmp_path / "cp1252.html")
    assert "garanties demandées par Moscou à l'Otan" in extract_article(doc).body


def test_page_over_10_mb(tmp_path):
    padding = "<p>" + "x" * 1000 + "</p>"
    big = page(paragraphs=PARAGRAPHS + [padding] * (11 * 1024))
    (tmp_path / "big.html").write_text(big, encoding="utf-8")
    (tmp_path / "big.html.gz").write_bytes(gzip.compress(big.encode()))
    assert "over 10" in only_failure(tmp_path / "big.html").reason
    assert "over 10" in only_failure(tmp_path / "big.html.gz").reason


def test_html_with_no_article_raises_extraction_error(tmp_path):
    (tmp_path / "login.html").write_text(
        "<html><head><title>Connexion</title></head><body><nav><a href='/'>Accueil</a></nav>"
        "<form><input name='user'><button>OK</button></form></body></html>", encoding="utf-8")
    (doc,) = read(tmp_path / "login.html")
    with pytest.raises(ExtractionError, match="no article"):
        extract_article(doc)


def test_missing_path_and_empty_glob_are_failures_and_reading_goes_on(tmp_path):
    (tmp_path / "a.html").write_text(page(), encoding="utf-8")
    items = read(tmp_path / "missing.html", tmp_path / "*.nothing", tmp_path / "a.html")
    assert [type(i).__name__ for i in items] == ["Failure", "Failure", "Document"]
    assert items[0].origin == str(tmp_path / "missing.html")


def test_folder_recursive_and_glob(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "p.html").write_text(page(), encoding="utf-8")
    (tmp_path / "sub" / "seed.txt").write_bytes((SEEDS / "000_9097bb72c12b5d38.txt").read_bytes())
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.html").write_text(page(), encoding="utf-8")
    kinds = [d.kind for d in read(tmp_path)]
    assert sorted(kinds) == ["flat", "html"]
    assert [d.kind for d in read(tmp_path / "**" / "*.html")] == ["html"]


def test_jsonl_lines(tmp_path):
    lines = [
        {"url": "https://example.org/a", "title": "Titre A", "body": "\n\n".join(PARAGRAPHS),
         "authors": "A. Auteur; B. Autrice", "keywords": "russie, otan", "published": "2022-02-14T13:42:00+01:00"},
        "not json",
        {"title": "sans corps"},
        {"url": "https://example.org/b", "html": page(title="Page B | Journal")},
    ]
    path = tmp_path / "articles.data"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    items = read(path)
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Failure", "Document"]
    assert items[1].origin == f"{path}#L2" and "JSON" in items[1].reason
    a, b = extract_article(items[0]), extract_article(items[3])
    assert a.authors == ["A. Auteur", "B. Autrice"] and a.keywords == ["russie", "otan"]
    assert a.published.isoformat() == "2022-02-14T13:42:00+01:00" and a.language == "fr"
    assert a.paragraphs == PARAGRAPHS and a.source == "example.org"
    assert b.url == "https://example.org/b" and b.title == "Page B" and b.body == a.body


def test_plain_text_file(tmp_path):
    (tmp_path / "note.txt").write_text("Un titre court\n\n" + "\n\n".join(PARAGRAPHS), encoding="utf-8")
    article = extract_article(read(tmp_path / "note.txt")[0])
    assert article.title == "Un titre court" and article.paragraphs == PARAGRAPHS


def test_real_bench_pages_read_as_files():
    html_dir = shared_path("bench", "aeb", "html")
    paths = sorted(html_dir.glob("*.html.gz"))[:5]
    docs = read(*paths)
    assert all(isinstance(d, Document) and d.kind == "html" for d in docs)
    assert all(len(extract_article(d).body) > 200 for d in docs)


def test_content_wins_over_the_extension(tmp_path):
    (tmp_path / "dump.html").write_bytes((SEEDS / "000_9097bb72c12b5d38.txt").read_bytes())
    (tmp_path / "page.txt").write_text(page(), encoding="utf-8")
    (tmp_path / "lines.html").write_text(json.dumps({"url": "https://example.org/a", "body": PARAGRAPHS[0]}) + "\n",
                                         encoding="utf-8")
    (tmp_path / "page").write_text(page(), encoding="utf-8")
    kinds = {d.origin.rsplit("/", 1)[-1].split("#")[0]: d.kind for d in read(tmp_path)}
    assert kinds == {"dump.html": "flat", "page.txt": "html", "lines.html": "jsonl", "page": "html"}


def test_ids_are_stable_across_reads_and_copies(tmp_path):
    copy = tmp_path / "elsewhere.txt"
    copy.write_bytes((SEEDS / "000_9097bb72c12b5d38.txt").read_bytes())
    first, again, copied = (extract_article(d) for d in read(SEEDS / "000_9097bb72c12b5d38.txt",
                                                               SEEDS / "000_9097bb72c12b5d38.txt", copy))
    assert first.id == again.id == copied.id and first.content_hash == copied.content_hash
    (tmp_path / "p.html").write_text(page(), encoding="utf-8")
    (a,) = (extract_article(d) for d in read(tmp_path / "p.html"))
    (b,) = (extract_article(d) for d in read(tmp_path / "p.html"))
    assert a.id == b.id and a.url is None  # no URL: the id comes from the text
