"""The main text of pages whose layout defeats trafilatura's fast mode: a page of plain
<div>s where the menu outweighs the article."""

from __future__ import annotations

import gzip
import json

from conftest import shared_path

from dyads.extract import extract_article, main_text
from dyads.model import Document
from dyads.text import navigation_share

SECTIONS = ["Accueil", "Politique", "International", "Économie", "Culture", "Sports", "Météo", "Contact"]
PARAGRAPHS = [
    "Le Conseil de sécurité s'est réuni mardi à New York pour examiner la situation au nord du Mali, où les "
    "combats entre l'armée et les groupes armés ont repris depuis une semaine.",
    "Les quinze membres ont entendu le représentant spécial du secrétaire général, qui a demandé un "
    "renforcement de la mission et un accès humanitaire sans entrave aux populations déplacées.",
]


def div_page(menu_copies: int) -> str:
    menu = "".join(f"<div><a href='/{s}/{n}'>{s} {n}</a></div>" for n in range(menu_copies) for s in SECTIONS)
    article = "".join(f"<div><span>{p}</span></div>" for p in PARAGRAPHS)
    return f"<html><body><div>{menu}</div><div>{article}</div><div>{menu}</div></body></html>"


def test_menu_heavy_page_gives_its_article():
    for copies in (2, 8):  # menus shorter and longer than a run of menu lines dropped outright
        article = extract_article(Document("page.html", div_page(copies), "html"))
        assert " ".join(article.paragraphs) == " ".join(PARAGRAPHS)
        assert navigation_share(article.paragraphs) == 0


def test_article_pages_keep_their_fast_extraction():
    page = "<html><body><nav>" + "".join(f"<a href='/{s}'>{s}</a>" for s in SECTIONS) + "</nav><article>" + \
        "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>"
    assert main_text(page, None) == PARAGRAPHS


def test_benchmark_pages_are_mostly_prose():
    """On 181 real pages, what is extracted is prose: no page's text is mostly menu lines."""
    bench = shared_path("bench", "aeb")
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    shares = []
    for key in sorted(truth):
        html = gzip.decompress((bench / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8")
        shares.append(navigation_share(main_text(html, truth[key].get("url"))))
    assert max(shares) < 0.5
