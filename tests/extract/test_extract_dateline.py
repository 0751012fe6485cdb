"""A page that declares no date is dated by its dateline, and only by a dateline."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import shared_path

from dyads.datelines import dateline_date
from dyads.extract import extract_article
from dyads.model import Document


@pytest.mark.parametrize("body, lang, expected", [
    ("22 mai 2012. - Prévu initialement pour samedi dernier, le lancement a été reporté.", "fr", dt.date(2012, 5, 22)),
    ("PARIS, 1er mars 2022 (AFP) - Le ministre a reçu son homologue.", "fr", dt.date(2022, 3, 1)),
    ("WASHINGTON, May 22, 2012 (Reuters) — The Senate voted on Tuesday.", "en", dt.date(2012, 5, 22)),
    ("Le 22 mai 2012, le lanceur a décollé de Cap Canaveral.", "fr", None),  # a date in the text, not a dateline
    ("Mardi - La réunion a eu lieu à Genève le 22 mai 2012.", "fr", None),  # no full date before the dash
    ("Moscou a rejeté les propositions de l'Otan.", "fr", None),
])
def test_dateline(body, lang, expected):
    assert dateline_date(body, lang) == expected


def test_wikinews_pages_are_dated_by_their_dateline():
    folder = shared_path("corpora", "wikinews_fr")
    pages = sorted(folder.glob("*.html"))[:20]
    dated = 0
    for page in pages:
        article = extract_article(Document(origin=str(page), kind="html", content=page.read_text(encoding="utf-8")))
        if article.published:
            assert dt.date(2012, 1, 1) <= article.published.date() <= dt.date(2012, 12, 31)  # the corpus is of 2012
            dated += 1
    assert dated >= 0.8 * len(pages)
