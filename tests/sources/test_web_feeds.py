"""RSS and Atom feeds served on loopback: each item's page becomes a Document."""

from __future__ import annotations

import pytest
from web_server import Answer, news_site, page
from web_server import quick_fetcher as quick

from dyads.model import Document, Failure
from dyads.sources.web import read_url


@pytest.fixture
def site():
    served = news_site([f"Article {n}" for n in range(4)])
    served.route("/private/hidden.html", page("Hidden"))
    yield served
    served.close()


def rss(base: str, paths: list[str]) -> str:
    items = "".join(
        f"<item><title>Titre {path}</title><link>{base}{path}</link>"
        f"<pubDate>Mon, 14 Feb 2022 13:42:00 +0100</pubDate>"
        f"<author>irina@example.org (Irina Dmitrieva)</author></item>"
        for path in paths
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!-- generated -->\n'
        f'<rss version="2.0"><channel><title>Actus</title><link>{base}/</link>{items}</channel></rss>'
    )


def atom(paths: list[str]) -> str:
    # relative links: they resolve against the feed's URL
    entries = "".join(
        f'<entry><title>Entry {path}</title><link rel="alternate" href="{path}"/>'
        f"<id>urn:{path}</id><updated>2022-02-02T22:06:00+01:00</updated>"
        f"<author><name>Kirill Batarin</name></author></entry>"
        for path in paths
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Flux</title><id>urn:feed</id><updated>2022-02-02T22:06:00Z</updated>{entries}</feed>"
    )


def test_rss_items_become_their_pages_with_the_feed_hints(site):
    # served as text/html on purpose: the content decides, not the label
    url = site.route("/rss.xml", rss(site.base, ["/news/1.html", "/news/2.html"]))
    with quick() as fetcher:
        docs = list(read_url(url, fetcher))
    assert [d.url for d in docs] == [site.url("/news/1.html"), site.url("/news/2.html")]
    first = docs[0]
    assert isinstance(first, Document) and first.kind == "html" and first.origin == first.url
    assert "Article 1" in first.content
    assert first.meta["title"] == "Titre /news/1.html"
    assert first.meta["published"] == "2022-02-14T12:42:00+00:00"
    assert "Irina Dmitrieva" in first.meta["author"]
    assert first.meta["feed"] == url and first.meta["feed_title"] == "Actus"


def test_atom_entries_with_relative_links(site):
    url = site.route("/feeds/atom", atom(["/news/3.html", "/news/1.html"]), content_type="application/atom+xml")
    with quick() as fetcher:
        docs = list(read_url(url, fetcher))
    assert [d.url for d in docs] == [site.url("/news/3.html"), site.url("/news/1.html")]
    assert docs[0].meta["author"] == "Kirill Batarin"
    assert docs[0].meta["published"] == "2022-02-02T21:06:00+00:00"


def test_bad_items_fail_one_by_one_and_the_feed_goes_on(site):
    paths = ["/news/1.html", "/gone.html", "/private/hidden.html", "/news/2.html", "/news/1.html"]
    url = site.route("/rss.xml", rss(site.base, paths), content_type="application/rss+xml")
    with quick() as fetcher:
        items = list(read_url(url, fetcher))
    assert [type(item).__name__ for item in items] == ["Document", "Failure", "Failure", "Document"]
    assert (items[1].origin, items[1].reason) == (site.url("/gone.html"), "HTTP 404")
    assert items[2].reason == "forbidden by robots.txt"
    assert site.requests("/private/hidden.html") == []
    assert len(site.requests("/news/1.html")) == 1  # listed twice, fetched once


def test_a_feed_that_answers_404_is_one_failure(site):
    url = site.url("/feeds/none.xml")
    with quick() as fetcher:
        assert [(f.origin, f.reason) for f in read_url(url, fetcher)] == [(url, "HTTP 404")]


def test_a_feed_that_times_out_is_one_failure(site):
    url = site.route("/slow.rss", Answer(rss(site.base, ["/news/1.html"]), delay=1.0))
    with quick(timeout=0.2) as fetcher:
        assert [(f.origin, f.reason) for f in read_url(url, fetcher)] == [(url, "timed out after 0.2s")]
    assert site.requests("/news/1.html") == []


def test_a_broken_feed_is_a_failure_not_a_crash(site):
    url = site.route("/broken.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>Tr<<<')
    with quick() as fetcher:
        (failure,) = read_url(url, fetcher)
    assert isinstance(failure, Failure) and failure.reason.startswith("not a readable feed")


def test_an_unchanged_feed_yields_nothing_new(site):
    url = site.route("/rss.xml", Answer(rss(site.base, ["/news/1.html", "/news/2.html"]), headers={"ETag": '"f1"'}))
    state: dict[str, str] = {}
    with quick(state=state) as fetcher:
        assert len(list(read_url(url, fetcher))) == 2
        assert list(read_url(url, fetcher)) == []
    assert site.requests("/rss.xml")[1].headers["If-None-Match"] == '"f1"'
    assert len(site.requests("/news/1.html")) == 1


def test_a_feed_read_half_way_is_read_in_full_next_time(site):
    # The feed's validators are saved only once all its items were handed over, so a run
    # that stops after the first item does not make the others look old.
    url = site.route("/rss.xml", Answer(rss(site.base, ["/news/1.html", "/news/2.html"]), headers={"ETag": '"f1"'}))
    state: dict[str, str] = {}
    with quick(state=state) as fetcher:
        reading = read_url(url, fetcher)
        next(reading)
        reading.close()
        assert state == {}
        assert [d.url for d in read_url(url, fetcher)] == [site.url("/news/1.html"), site.url("/news/2.html")]
    assert "If-None-Match" not in site.requests("/rss.xml")[1].headers
