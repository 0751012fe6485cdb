"""Flat text dumps: the two seed articles, and variants of their layout."""

from __future__ import annotations

import datetime as dt
import gzip
import re

import pytest
from conftest import SEEDS

from dyads.extract import extract_article
from dyads.model import Article, Document
from dyads.sources import read_sources

SEED_000 = SEEDS / "000_9097bb72c12b5d38.txt"
SEED_004 = SEEDS / "004_2f8a4e7a85224ba2.txt"
CET = dt.timezone(dt.timedelta(hours=1))
# The page noise of the dumps' JSON-LD tail: e-mail, phone number, XPath, logo and image
# sizes ("252 60", "1920 1080 true"), picture URLs, locale, the news agency's name.
NOISE = [re.compile(p) for p in (
    r"\S+@\S+", r"\+\d{7,}|\b\d{10,}\b", r"/html/|@content|meta\[", r"\b\d{2,4} \d{2,4}( (true|false))?$",
    r"\b(true|false)\b", r"\.(jpe?g|png|webp)\b", r"https?://", r"\bfr_FR\b", r"Rosiya Segodnya")]


def articles(*specs) -> list[Article]:
    items = list(read_sources([str(s) for s in specs]))
    assert all(isinstance(i, Document) for i in items), items
    return [extract_article(i) for i in items]


def assert_clean(article: Article):
    """No noise in the body, nor in any text field (the image and the url are URLs)."""
    texts = [article.body, article.title, article.description, article.publisher, article.section,
             *article.authors, *article.keywords, *article.paragraphs]
    for text in texts:
        for pattern in NOISE:
            assert not pattern.search(text or ""), (pattern.pattern, text[:80])


def test_seed_000_fields():
    (a,) = articles(SEED_000)
    assert a.url == ("https://fr.sputniknews.com/20220214/la-reponse-us-aux-propositions-sur-les-"
                     "garanties-de-securite-ne-peut-pas-satisfaire-moscou-1055143419.html")
    assert a.source == "fr.sputniknews.com"
    assert a.publisher == "Sputnik France"
    assert a.title == "La réponse US aux propositions sur les garanties de sécurité ne peut pas satisfaire Moscou"
    assert a.description.startswith("Le chef de la diplomatie russe a déclaré")
    assert a.published == dt.datetime(2022, 2, 14, 13, 42, tzinfo=CET)
    assert a.published.isoformat() == "2022-02-14T13:42:00+01:00"
    assert a.modified.isoformat() == "2022-02-14T14:03:00+01:00"
    assert a.authors == ["Irina Dmitrieva"]
    assert a.section == "Actus"
    assert a.language == "fr"
    assert a.keywords == ["garanties de sécurité", "sergueï lavrov", "russie", "états-unis", "vladimir poutine"]
    assert a.image == "https://cdnnfr1.img.sputniknews.com/images/sharing/article/fra/1055143419.jpg?1644843822"
    assert a.body.startswith("Les États-Unis ont répondu par la négative")
    assert "positions de 1997. La diplomatie russe" in a.body
    assert "Garanties de sécurité en Europe" in a.paragraphs
    assert any(p.startswith("Fin 2021, la Russie") for p in a.paragraphs)
    assert a.origin == str(SEED_000)
    assert_clean(a)


def test_seed_004_fields():
    (a,) = articles(SEED_004)
    assert a.url == ("https://fr.sputniknews.com/20220202/le-pentagone-et-la-diplomatie-us-commentent-la-"
                     "reponse-a-la-russie-qui-a-fuite-dans-la-presse-1054954228.html")
    assert a.source == "fr.sputniknews.com" and a.publisher == "Sputnik France"
    assert a.title == 'Le Pentagone et la diplomatie US commentent la réponse à la Russie qui a "fuité" dans la presse'
    assert a.description.startswith("Les États-Unis n'ont pas rendu publique") and a.description.endswith("En...")
    assert a.authors == ["Kirill Batarin"]
    assert a.published == dt.datetime(2022, 2, 2, 22, 6, tzinfo=CET)
    assert a.published.isoformat() == "2022-02-02T22:06:00+01:00"
    assert a.modified.isoformat() == "2022-02-02T22:06:00+01:00"
    assert a.section == "Actus" and a.language == "fr"
    assert a.keywords == [
        "garanties de sécurité", "otan", "russie", "états-unis", "documents confidentiels", "conditions",
        "europe", "ukraine", "transnistrie", "crimée", "abkhazie", "géorgie (pays issu de l'ex-urss)",
        "ossétie du sud"]
    assert a.image == ("https://cdnnfr1.img.sputniknews.com/img/102523/79/1025237927_0:237:4500:2768_1920x0_80_0_0_"
                       "740c84618e2eed1039735550a181f680.jpg")
    assert a.body.startswith("Les porte-paroles du Pentagone")
    assert "sur la sécurité. À en juger" in a.body and "Abkhazie. L'Otan aurait déclaré" in a.body
    assert "Publication dans El Pais" in a.paragraphs
    assert any(p.startswith("Plus tôt dans la journée ce 2 février") for p in a.paragraphs)
    assert a.origin == str(SEED_004)
    assert_clean(a)


def test_folder_gives_both_seeds_with_distinct_ids():
    found = articles(SEEDS)
    assert [a.origin for a in found] == [str(SEED_000), str(SEED_004)]
    assert len({a.id for a in found}) == 2
    assert len({a.content_hash for a in found}) == 2


def test_concatenated_dumps_split_into_articles(tmp_path):
    # seed 000 has no final newline: the next header starts on its last line
    assert not SEED_000.read_bytes().endswith(b"\n")
    both = tmp_path / "both.txt"
    both.write_bytes(SEED_000.read_bytes() + SEED_004.read_bytes() + SEED_000.read_bytes())
    a000, a004, again = articles(both)
    (alone000,) = articles(SEED_000)
    (alone004,) = articles(SEED_004)
    for pair in ((a000, alone000), (a004, alone004), (again, alone000)):
        joined, alone = (p.to_dict() for p in pair)
        joined.pop("origin"), alone.pop("origin")
        assert joined == alone
    assert [a.origin for a in (a000, a004, again)] == [str(both), f"{both}#2", f"{both}#3"]


def _variant(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (a,) = articles(path)
    return a


def test_variant_without_jsonld_tail(tmp_path):
    text = SEED_004.read_text(encoding="utf-8")
    text = text[: text.index("Sputnik France feedback")]
    a = _variant(tmp_path, "notail.txt", text)
    assert a.authors == [] and a.section is None
    assert a.language == "fr"  # detected, there is no locale line
    assert a.publisher == "Sputnik France"  # from the description's tail
    assert len(a.keywords) == 13
    assert a.body.startswith("Les porte-paroles du Pentagone")


def test_variant_single_timestamp_no_description_crlf(tmp_path):
    lines = SEED_000.read_text(encoding="utf-8").split("\n")
    stamps = [i for i, line in enumerate(lines) if re.match(r"^\d{4}-\d{2}-\d{2}T", line)]
    description = next(i for i, line in enumerate(lines) if line.endswith("Sputnik France"))
    kept = [line for i, line in enumerate(lines) if i not in stamps[1:] and i != description]
    a = _variant(tmp_path, "short.txt", "\r\n".join(kept))
    assert a.published.isoformat() == "2022-02-14T13:42:00+01:00"
    assert a.modified is None
    assert a.description is None
    assert a.authors == ["Irina Dmitrieva"]
    assert a.body.startswith("Les États-Unis ont répondu")
    assert "\r" not in a.body


def test_gzipped_dump_is_sniffed_whatever_its_name(tmp_path):
    path = tmp_path / "dump.bin"
    path.write_bytes(gzip.compress(SEED_004.read_bytes()))
    (a,) = articles(path)
    assert a.authors == ["Kirill Batarin"]


@pytest.mark.parametrize("cut", [0.3, 0.7])
def test_truncated_gzip_dump_is_a_failure_after_complete_articles(tmp_path, cut):
    data = gzip.compress(SEED_000.read_bytes() + b"\n" + SEED_004.read_bytes())
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(data[: int(len(data) * cut)])
    items = list(read_sources([str(path)]))
    assert items, "a truncated file must give at least its Failure"
    assert type(items[-1]).__name__ == "Failure" and "gzip" in items[-1].reason
    assert all(isinstance(i, Document) for i in items[:-1])


def _seed_000_variant(change: str) -> str:
    text = SEED_000.read_text(encoding="utf-8")
    lines = text.split("\n")
    title = "La réponse US aux propositions sur les garanties de sécurité ne peut pas satisfaire Moscou"
    body = max(lines, key=len)
    if change == "whole date in the header":
        return text.replace(" date 2022-02 ", " date 2022-02-14 ", 1)
    if change == "header without its leading space":
        return text.lstrip(" ")
    if change == "title once":
        return text.replace(f"{title}\n\n{title}", title, 1)
    if change == "body in paragraphs, heading still glued":
        return text.replace(body, body.replace("1997.La diplomatie", "1997.\n\nLa diplomatie"))
    if change == "no tag lines":
        return "\n".join(line for line in lines if line not in ("sergueï lavrov", "vladimir poutine"))
    if change == "UTC timestamps":
        return text.replace("2022-02-14T13:42+0100", "2022-02-14T12:42:00Z")
    if change == "no blank lines":
        return "\n".join(line for line in lines if line.strip())
    raise ValueError(change)


@pytest.mark.parametrize("change", [
    "whole date in the header", "header without its leading space", "title once",
    "body in paragraphs, heading still glued", "no tag lines", "UTC timestamps", "no blank lines"])
def test_layout_variants_give_the_same_article(tmp_path, change):
    a = _variant(tmp_path, "variant.txt", _seed_000_variant(change))
    assert a.url.endswith("-1055143419.html") and a.publisher == "Sputnik France"
    assert a.title == "La réponse US aux propositions sur les garanties de sécurité ne peut pas satisfaire Moscou"
    assert a.published == dt.datetime(2022, 2, 14, 13, 42, tzinfo=CET)
    assert a.authors == ["Irina Dmitrieva"] and a.section == "Actus" and a.language == "fr"
    assert {"russie", "états-unis", "garanties de sécurité"} <= set(a.keywords)
    assert a.body.startswith("Les États-Unis ont répondu par la négative")
    assert "Garanties de sécurité en Europe" in a.paragraphs
    assert any(p.startswith("Fin 2021, la Russie") for p in a.paragraphs)
    assert_clean(a)
