"""What a page says about itself, read from JSON-LD, OpenGraph / article:* tags and plain
meta tags, on pages written like real news pages."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dyads.extract import ExtractionError, extract_article, parse_datetime, strip_site_suffix
from dyads.model import Document

EN_TEXT = [
    "The foreign ministers of Russia and the United States met in Geneva on Friday for talks on European "
    "security, as tens of thousands of troops remained massed near the Ukrainian border.",
    "Officials on both sides described the meeting as frank and useful, but said no agreement had been "
    "reached on the written proposals exchanged in December and January.",
    "A further round of talks is expected next week in Brussels, where allies will discuss the answer.",
]
FR_TEXT = [
    "Le ministre russe des Affaires étrangères a déclaré lundi que la réponse des États-Unis aux "
    "propositions de Moscou sur les garanties de sécurité ne pouvait pas satisfaire la Russie.",
    "Selon lui, Washington a rejeté les propositions clés, notamment sur le non-élargissement de l'Otan "
    "et le retour aux positions de 1997 en Europe.",
]
CET = dt.timezone(dt.timedelta(hours=1))


def html_page(head: str, paragraphs: list[str], lang: str = "", h1: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html{lang}><head><meta charset='utf-8'>{head}</head><body>"
            f"<header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"
            f"<main><article><h1>{h1}</h1>{body}</article></main><footer>Contact us</footer></body></html>")


def extract(html: str, url: str | None = None):
    return extract_article(Document(origin="page.html", content=html, kind="html", url=url))


def test_json_ld_news_article_in_a_graph():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "World Daily"},
        {"@type": ["NewsArticle"], "headline": "Russia and US meet in Geneva",
         "datePublished": "2022-01-21T09:30:00+01:00", "dateModified": "2022-01-21T18:05:00+01:00",
         "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "John Doe"}],
         "publisher": {"@type": "NewsMediaOrganization", "name": "World Daily"},
         "articleSection": ["World", "Europe"], "keywords": "Russia, United States, NATO",
         "image": {"@type": "ImageObject", "url": "https://img.worlddaily.example/geneva.jpg"},
         "description": "Talks on European security."}]}
    head = (f"<title>Russia and US meet in Geneva - World Daily</title>"
            f"<link rel='canonical' href='https://www.worlddaily.example/world/geneva-talks'>"
            f"<script type='application/ld+json'>{json.dumps(graph)}</script>")
    a = extract(html_page(head, EN_TEXT, h1="Russia and US meet in Geneva"))
    assert a.url == "https://www.worlddaily.example/world/geneva-talks"  # the canonical link: the file had none
    assert a.source == "worlddaily.example" and a.publisher == "World Daily"
    assert a.title == "Russia and US meet in Geneva" and a.description == "Talks on European security."
    assert a.published == dt.datetime(2022, 1, 21, 9, 30, tzinfo=CET)
    assert a.modified.isoformat() == "2022-01-21T18:05:00+01:00"
    assert a.authors == ["Jane Roe", "John Doe"]
    assert a.section == "World" and a.keywords == ["Russia", "United States", "NATO"]
    assert a.image == "https://img.worlddaily.example/geneva.jpg"
    assert a.language == "en"
    assert a.paragraphs == EN_TEXT  # the <h1> title is not glued to the first sentence


def test_opengraph_and_article_tags():
    head = ("<title>ignored</title>"
            "<meta property='og:title' content='La réponse US ne peut pas satisfaire Moscou — Le Journal'>"
            "<meta property='og:site_name' content='Le Journal'>"
            "<meta property='og:description' content='Le chef de la diplomatie russe a réagi.'>"
            "<meta property='article:published_time' content='2022-02-14T13:42:00+01:00'>"
            "<meta property='article:modified_time' content='2022-02-14T14:03:00+01:00'>"
            "<meta property='article:author' content='Par Irina Dmitrieva et Kirill Batarin'>"
            "<meta property='article:section' content='Actus'>"
            "<meta property='article:tag' content='russie'><meta property='article:tag' content='états-unis'>"
            "<meta property='og:image' content='/images/lavrov.jpg'>")
    a = extract(html_page(head, FR_TEXT, lang=" lang='en'"), url="https://www.journal.example/actus/lavrov")
    assert a.title == "La réponse US ne peut pas satisfaire Moscou"
    assert a.publisher == "Le Journal" and a.source == "journal.example"
    assert a.description == "Le chef de la diplomatie russe a réagi."
    assert a.published.isoformat() == "2022-02-14T13:42:00+01:00"
    assert a.modified.isoformat() == "2022-02-14T14:03:00+01:00"
    assert a.authors == ["Irina Dmitrieva", "Kirill Batarin"]
    assert a.section == "Actus" and a.keywords == ["russie", "états-unis"]
    assert a.image == "https://www.journal.example/images/lavrov.jpg"  # relative, made absolute
    assert a.language == "fr"  # the text is French, whatever the template declares


def test_plain_meta_tags_and_a_date_from_the_url():
    head = ("<title>Geneva talks end without a deal | CNN</title>"
            "<meta name='author' content='By Jane Roe'><meta name='keywords' content='Russia, Geneva'>"
            "<meta name='description' content='No deal in Geneva.'>")
    a = extract(html_page(head, EN_TEXT), url="https://edition.cnn.com/2022/01/21/europe/geneva-talks/index.html")
    assert a.title == "Geneva talks end without a deal"
    assert a.authors == ["Jane Roe"] and a.keywords == ["Russia", "Geneva"]
    assert a.description == "No deal in Geneva."
    # no declared date: htmldate finds the day in the URL, a bare date is midnight UTC
    assert a.published == dt.datetime(2022, 1, 21, tzinfo=dt.timezone.utc)
    assert a.modified is None and a.publisher is None


@pytest.mark.parametrize("title, sites, expected", [
    ("Russia answers | CNN", ["CNN"], "Russia answers"),
    ("Russia answers - Le Monde", ["Le Monde"], "Russia answers"),
    ("Russia answers | World news | The Guardian", ["The Guardian"], "Russia answers"),
    ("CNN | Russia answers", ["CNN"], "Russia answers"),
    ("Russia answers - part 2 of the talks", ["CNN"], "Russia answers - part 2 of the talks"),
    ("Lavrov : « la réponse ne peut pas satisfaire Moscou »", ["Sputnik"],
     "Lavrov : « la réponse ne peut pas satisfaire Moscou »"),
])
def test_site_suffix_stripping(title, sites, expected):
    assert strip_site_suffix(title, sites) == expected


@pytest.mark.parametrize("value, expected", [
    ("2022-02-14T13:42+0100", "2022-02-14T13:42:00+01:00"),
    ("2022-02-14T12:42:00Z", "2022-02-14T12:42:00+00:00"),
    ("2022-02-14T13:42:00", "2022-02-14T13:42:00+00:00"),  # no offset: UTC
    ("Mon, 14 Feb 2022 13:42:00 +0100", "2022-02-14T13:42:00+01:00"),
    (dt.date(2022, 2, 14), "2022-02-14T00:00:00+00:00"),
])
def test_datetimes_are_timezone_aware(value, expected):
    assert parse_datetime(value).isoformat() == expected


def test_garbage_dates_are_none():
    assert parse_datetime("not a date at all") is None
    assert parse_datetime("") is None


def test_broken_json_ld_falls_back_to_meta_tags():
    head = ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": </script>"
            "<meta property='og:title' content='Geneva talks'>"
            "<meta property='article:published_time' content='2022-01-21T09:30:00+01:00'>")
    a = extract(html_page(head, EN_TEXT), url="https://example.org/a")
    assert a.title == "Geneva talks" and a.published.isoformat() == "2022-01-21T09:30:00+01:00"


def test_page_with_only_furniture_has_no_article():
    with pytest.raises(ExtractionError, match="no article"):
        extract(html_page("<title>Home</title>", ["Sign up for our newsletter", "Comments"]))
