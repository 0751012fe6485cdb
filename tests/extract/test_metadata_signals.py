"""Each signal `dyads.metadata` reads, on small synthetic pages: JSON-LD (author objects,
arrays, @id references, organisations), OpenGraph / Twitter / plain meta tags, rel=author,
byline elements and classes, a written "By X", <time>, written dates, datelines, htmldate,
<html lang>; and the cleaning of names and titles. The order of trust between signals is
checked where two of them disagree."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from test_extract_metadata import EN_TEXT, FR_TEXT  # the same article texts

from dyads.extract import extract_article
from dyads.metadata import decide
from dyads.metadata.names import ORGANISATION, PERSON, parse
from dyads.metadata.titles import strip_label, strip_site_name
from dyads.model import Document

TEXT = EN_TEXT
HEADLINE = "Russia and US end Geneva talks without a deal"


def page(head: str = "", header: str = "", paragraphs: list[str] = TEXT, h1: str = HEADLINE,
         lang: str = "", after: str = "") -> str:
    """A news page: <head>, a header block with the <h1> and what `header` adds under it,
    the text, then what `after` adds (comments, related articles)."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html{lang}><head><meta charset='utf-8'>{head}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><main><article>"
            f"<header><h1>{h1}</h1>{header}</header><div class='body'>{body}</div></article>{after}</main>"
            f"<footer>Contact us</footer></body></html>")


def jsonld(obj) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def extract(html: str, url: str | None = "https://www.daily.example/world/geneva"):
    return extract_article(Document(origin="page.html", content=html, kind="html", url=url))


# -- authors ------------------------------------------------------------------------------
def test_jsonld_author_objects_array_and_id_reference():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Person", "@id": "https://daily.example/#/person/2", "name": "John Doe"},
        {"@type": "NewsArticle", "headline": HEADLINE,
         "author": [{"@type": "Person", "name": "Jane Roe"}, {"@id": "https://daily.example/#/person/2"}]}]}
    assert extract(page(jsonld(graph))).authors == ["Jane Roe", "John Doe"]


def test_jsonld_author_string_is_cleaned_and_split():
    article = {"@type": "NewsArticle", "headline": HEADLINE, "author": "By Jane Roe and John Doe"}
    assert extract(page(jsonld(article))).authors == ["Jane Roe", "John Doe"]


def test_jsonld_person_beats_meta_author():
    article = {"@type": "NewsArticle", "headline": HEADLINE, "author": {"@type": "Person", "name": "Jane Roe"}}
    head = jsonld(article) + "<meta name='author' content='Someone Else'>"
    assert extract(page(head)).authors == ["Jane Roe"]


def test_jsonld_organisation_author_only_where_no_person_is_named():
    article = {"@type": "NewsArticle", "headline": HEADLINE,
               "author": {"@type": "Organization", "name": "Reuters"}}
    assert extract(page(jsonld(article))).authors == ["Reuters"]
    with_byline = page(jsonld(article), header="<div class='byline'>By Jane Roe</div>")
    assert extract(with_byline).authors == ["Jane Roe"]


def test_the_site_itself_is_no_author():
    article = {"@type": "NewsArticle", "headline": HEADLINE, "author": {"@type": "Organization", "name": "Daily"},
               "publisher": {"@type": "Organization", "name": "Daily"}}
    assert extract(page(jsonld(article))).authors == []


@pytest.mark.parametrize("content, expected", [
    ("By Jane Roe", ["Jane Roe"]),
    ("Par Irina Dmitrieva et Kirill Batarin", ["Irina Dmitrieva", "Kirill Batarin"]),
    ("Jane Roe, John Doe; Ann Smith", ["Jane Roe", "John Doe", "Ann Smith"]),
    ("Jane Roe (jane.roe@daily.example)", ["Jane Roe"]),
    ("Staff", []),
])
def test_meta_author(content, expected):
    assert extract(page(f"<meta name='author' content='{content}'>")).authors == expected


def test_article_author_and_dublin_core():
    assert extract(page("<meta property='article:author' content='Jane Roe'>")).authors == ["Jane Roe"]
    assert extract(page("<meta name='DC.creator' content='Jane Roe'>")).authors == ["Jane Roe"]
    # a profile URL in article:author names nobody: the byline does
    head = "<meta property='article:author' content='https://facebook.com/janeroe'>"
    assert extract(page(head, header="<span class='author'>Jane Roe</span>")).authors == ["Jane Roe"]


def test_rel_author_link():
    header = "<p>By <a rel='author' href='/people/jane-roe'>Jane Roe</a></p>"
    assert extract(page(header=header)).authors == ["Jane Roe"]


@pytest.mark.parametrize("header", [
    "<div class='c-byline'>By Jane Roe and John Doe</div>",
    "<div class='article-author'><span>Jane Roe</span>, <span>John Doe</span></div>",
    "<p itemprop='author' itemscope><span itemprop='name'>Jane Roe</span></p><p itemprop='author'>John Doe</p>",
    "<div id='byline'>BY JANE ROE AND JOHN DOE | January 21, 2022</div>",
])
def test_byline_elements(header):
    assert extract(page(header=header)).authors == ["Jane Roe", "John Doe"]


def test_byline_with_date_and_job_title():
    header = "<div class='byline'>Jane Roe, Diplomatic correspondent<time datetime='2022-01-21'>21 Jan 2022</time></div>"
    assert extract(page(header=header)).authors == ["Jane Roe"]


def test_bylines_of_comments_and_related_articles_are_not_the_authors():
    after = ("<section class='related-articles'><article><h3>Other story here</h3>"
             "<span class='author'>Ann Smith</span></article></section>"
             "<div class='comments'><div class='comment-author'>Bob Jones</div><p>Great article</p></div>")
    assert extract(page(after=after)).authors == []
    assert extract(page(header="<span class='author'>Jane Roe</span>", after=after)).authors == ["Jane Roe"]


def test_written_byline_after_the_headline():
    assert extract(page(header="<p>By Jane Roe</p>")).authors == ["Jane Roe"]
    assert extract(page(header="<p>Par Irina Dmitrieva</p>", paragraphs=FR_TEXT)).authors == ["Irina Dmitrieva"]


def test_wire_agency_signing_the_text_when_no_author_is_named():
    text = ["WASHINGTON (Reuters) - " + TEXT[0], *TEXT[1:]]
    assert extract(page(paragraphs=text)).authors == ["Reuters"]


@pytest.mark.parametrize("value, expected", [
    ("By Jill Disis, CNN Business", [("Jill Disis", PERSON), ("CNN Business", ORGANISATION)]),
    ("Posted by Michael David Smith on November 19, 2019", [("Michael David Smith", PERSON)]),
    ("LISA MASCARO and MARY CLARE JALONICK", [("Lisa Mascaro", PERSON), ("Mary Clare Jalonick", PERSON)]),
    ("Richard Adams Education editor", [("Richard Adams", PERSON)]),
    ("Charles de Gaulle", [("Charles de Gaulle", PERSON)]),
    ("Senior Contributor", []),
    ("jane.roe@daily.example", []),
    ("La rédaction", []),
    ("News Desk", []),
])
def test_names_in_byline_strings(value, expected):
    assert [(n.text, n.kind) for n in parse(value)] == expected


# -- titles -------------------------------------------------------------------------------
def test_title_order_of_trust_and_site_name():
    head = ("<title>Geneva talks: no deal | Daily</title>"
            "<meta property='og:title' content='Russia and US end talks in Geneva'>"
            "<meta name='twitter:title' content='Geneva: no deal'>")
    # no <h1> that a declared title confirms: og:title first
    assert extract(page(head, h1="Daily")).title == "Russia and US end talks in Geneva"
    # an <h1> that a declared title confirms is the title, as shown
    head = "<title>Russia and US end Geneva talks without a deal - Daily</title>"
    assert extract(page(head)).title == HEADLINE


@pytest.mark.parametrize("title, expected", [
    ("Russia answers | Daily", "Russia answers"),
    ("Daily - Russia answers", "Russia answers"),
    ("Russia answers | World news | The Daily", "Russia answers"),
    ("Daily: Russia answers the West on security", "Russia answers the West on security"),
    ("Russia answers - part 2 of the talks", "Russia answers - part 2 of the talks"),
])
def test_site_name_around_titles(title, expected):
    assert strip_site_name(title, ["Daily", "daily.example", "daily"]) == expected


@pytest.mark.parametrize("title, expected", [
    ("Opinion | Russia has no good answer left", "Russia has no good answer left"),
    ("EXCLUSIVE: Russia drafts its answer to NATO", "Russia drafts its answer to NATO"),
    ("TÉMOIGNAGE. « J'ai quitté Moscou en une nuit »", "« J'ai quitté Moscou en une nuit »"),
    ("Analyse - La Russie face à l'Otan", "La Russie face à l'Otan"),
    ("Kyiv: the city waits", "Kyiv: the city waits"),  # a place, not a label
])
def test_section_labels(title, expected):
    assert strip_label(title) == expected


def test_title_from_jsonld_headline_when_no_meta_title():
    article = {"@type": "NewsArticle", "headline": "Russia and US end talks in Geneva"}
    assert extract(page(jsonld(article), h1="Menu")).title == "Russia and US end talks in Geneva"


# -- dates --------------------------------------------------------------------------------
def test_jsonld_date_beats_meta_and_implausible_dates_are_skipped():
    article = {"@type": "NewsArticle", "headline": HEADLINE, "datePublished": "0001-01-01T00:00:00Z",
               "dateCreated": "2022-01-20T08:00:00+01:00"}
    head = jsonld(article) + "<meta property='article:published_time' content='2022-01-19T08:00:00Z'>"
    assert extract(page(head)).published.isoformat() == "2022-01-20T08:00:00+01:00"


def test_time_element_under_the_headline():
    header = "<div class='meta'>Updated <time datetime='2022-01-21T10:00:00Z'>21 January</time></div>"
    assert extract(page(header=header)).published.isoformat() == "2022-01-21T10:00:00+00:00"


def test_written_date_in_the_byline():
    header = "<p>Par Irina Dmitrieva | 30 septembre 2021</p>"
    published = extract(page(header=header, paragraphs=FR_TEXT), url=None).published
    assert published.date() == dt.date(2021, 9, 30)


def test_numeric_written_dates_follow_the_declared_language():
    header = "<p>By Jane Roe | 02/03/2022</p>"
    assert extract(page(header=header, lang=" lang='en'"), url=None).published.date() == dt.date(2022, 2, 3)
    header = "<p>Par Irina Dmitrieva | 02/03/2022</p>"
    published = extract(page(header=header, lang=" lang='fr'", paragraphs=FR_TEXT), url=None).published
    assert published.date() == dt.date(2022, 3, 2)


def test_dateline_in_the_text():
    text = ["PARIS, 14 février 2022 (AFP) - " + FR_TEXT[0], FR_TEXT[1]]
    assert extract(page(paragraphs=text), url=None).published.date() == dt.date(2022, 2, 14)


def test_htmldate_finds_the_date_in_the_url():
    article = extract(page(), url="https://www.daily.example/2022/01/21/world/geneva.html")
    assert article.published == dt.datetime(2022, 1, 21, tzinfo=dt.UTC)


# -- language, site name, tags -----------------------------------------------------------
def test_language_from_the_text_over_the_declaration():
    assert extract(page(lang=" lang='en-GB'", paragraphs=FR_TEXT)).language == "fr"
    assert extract(page(lang=" lang='fr'", paragraphs=FR_TEXT)).language == "fr"


@pytest.mark.parametrize("text, declared, expected", [
    ("Moscou répond.", None, "und"),  # too short to tell, nothing declared
    ("Moscou répond.", "fr-FR", "fr"),  # too short, the declaration stands
    (" ".join(TEXT), "de", "en"),  # the text contradicts the template
    (" ".join(TEXT), "English", "en"),
])
def test_language_decision(text, declared, expected):
    assert decide(text, declared) == expected


def test_site_name_and_tags():
    article = {"@type": "NewsArticle", "headline": HEADLINE, "keywords": ["Russia", "NATO"],
               "publisher": {"@type": "NewsMediaOrganization", "name": "The Daily"}}
    a = extract(page(jsonld(article) + "<meta property='og:site_name' content='Daily Online'>"))
    assert a.publisher == "The Daily" and a.keywords == ["Russia", "NATO"]
    a = extract(page("<meta property='og:site_name' content='Daily Online'>"
                     "<meta name='news_keywords' content='Russia, Geneva'>"))
    assert a.publisher == "Daily Online" and a.keywords == ["Russia", "Geneva"]
