"""Sitemaps, sitemap indexes, Google News sitemaps and robots.txt served on loopback."""

from __future__ import annotations

import gzip

import pytest
from web_server import Answer, LoopbackSite, news_site
from web_server import quick_fetcher as quick

from dyads.model import Document, Failure
from dyads.sources.web import read_url

SITEMAP_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
NEWS_NS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'


@pytest.fixture
def site():
    served = news_site([f"Article {n}" for n in range(6)])
    robots = f"User-agent: *\nDisallow: /private/\nSitemap: {served.base}/sitemap_index.xml\n"
    served.route("/robots.txt", robots, content_type="text/plain")
    yield served
    served.close()


def urlset(base: str, paths: list[str]) -> str:
    urls = "".join(f"<url><loc>{base}{path}</loc><lastmod>2022-02-14</lastmod></url>" for path in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset {SITEMAP_NS}>{urls}</urlset>'


def index(base: str, paths: list[str]) -> str:
    maps = "".join(f"<sitemap><loc>{base}{path}</loc></sitemap>" for path in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex {SITEMAP_NS}>{maps}</sitemapindex>'


def serve_index(site: LoopbackSite, children: list[str]) -> str:
    site.route("/sitemap-a.xml", urlset(site.base, ["/news/1.html", "/news/2.html"]), content_type="application/xml")
    site.route("/sitemap-b.xml.gz", gzip.compress(urlset(site.base, ["/news/3.html", "/news/1.html"]).encode()),
               content_type="application/x-gzip")
    return site.route("/sitemap_index.xml", index(site.base, children), content_type="application/xml")


def test_sitemap_index_leads_to_every_page_once(site):
    url = serve_index(site, ["/sitemap-a.xml", "/sitemap-b.xml.gz"])
    with quick() as fetcher:
        docs = list(read_url(url, fetcher))
    assert all(isinstance(d, Document) for d in docs)
    assert sorted(d.url for d in docs) == [site.url(f"/news/{n}.html") for n in (1, 2, 3)]
    assert docs[0].meta["sitemap"] == site.url("/sitemap-a.xml")
    assert docs[0].meta["modified"].startswith("2022-02-14")


def test_robots_txt_as_a_source_leads_to_its_sitemaps(site):
    serve_index(site, ["/sitemap-a.xml"])
    with quick() as fetcher:
        docs = list(read_url(site.url("/robots.txt"), fetcher))
    assert sorted(d.url for d in docs) == [site.url("/news/1.html"), site.url("/news/2.html")]


def test_google_news_sitemap_gives_title_and_date(site):
    body = (
        f'<?xml version="1.0" encoding="UTF-8"?><urlset {SITEMAP_NS} {NEWS_NS}><url>'
        f"<loc>{site.base}/news/4.html</loc><news:news><news:publication><news:name>Sputnik</news:name>"
        "<news:language>fr</news:language></news:publication>"
        "<news:publication_date>2022-02-14T13:42:00+01:00</news:publication_date>"
        "<news:title>La réponse US ne peut pas satisfaire Moscou</news:title></news:news></url></urlset>"
    )
    url = site.route("/news-sitemap.xml", body, content_type="text/xml")
    with quick() as fetcher:
        (doc,) = read_url(url, fetcher)
    assert doc.url == site.url("/news/4.html")
    assert doc.meta["title"] == "La réponse US ne peut pas satisfaire Moscou"
    assert doc.meta["published"] == "2022-02-14T13:42:00+01:00"


def test_plain_text_sitemap(site):
    url = site.route("/sitemap.txt", f"{site.base}/news/5.html\n{site.base}/news/2.html\n", content_type="text/plain")
    with quick() as fetcher:
        assert [d.url for d in read_url(url, fetcher)] == [site.url("/news/5.html"), site.url("/news/2.html")]


def test_missing_child_sitemap_and_pages_fail_alone(site):
    site.route("/sitemap-c.xml", urlset(site.base, ["/news/1.html", "/gone.html", "/private/x.html"]))
    url = serve_index(site, ["/sitemap-missing.xml", "/sitemap-c.xml"])
    with quick() as fetcher:
        items = list(read_url(url, fetcher))
    failures = {(f.origin, f.reason) for f in items if isinstance(f, Failure)}
    assert failures == {
        (site.url("/sitemap-missing.xml"), "HTTP 404"),
        (site.url("/gone.html"), "HTTP 404"),
        (site.url("/private/x.html"), "forbidden by robots.txt"),
    }
    assert [d.url for d in items if isinstance(d, Document)] == [site.url("/news/1.html")]


def test_an_index_that_lists_itself_ends(site):
    url = serve_index(site, ["/sitemap_index.xml", "/sitemap-a.xml"])
    with quick() as fetcher:
        docs = list(read_url(url, fetcher))
    assert len(docs) == 2
    assert len(site.requests("/sitemap_index.xml")) == 1


def test_unchanged_children_are_not_read_again(site):
    site.route("/sitemap-a.xml", Answer(urlset(site.base, ["/news/1.html"]), headers={"ETag": '"a1"'}))
    url = site.route("/sitemap_index.xml", Answer(index(site.base, ["/sitemap-a.xml"]), headers={"ETag": '"i1"'}))
    state: dict[str, str] = {}
    with quick(state=state) as fetcher:
        assert len(list(read_url(url, fetcher))) == 1
        assert list(read_url(url, fetcher)) == []
        site.route("/sitemap_index.xml", index(site.base, ["/sitemap-a.xml"]))  # the index lost its ETag
        assert list(read_url(url, fetcher)) == []  # ... and its child answers 304
    assert site.requests("/sitemap-a.xml")[-1].headers["If-None-Match"] == '"a1"'


def test_a_gzip_bomb_is_refused(site):
    url = site.route("/bomb.xml.gz", gzip.compress(b"<urlset " + b" " * 50_000 + b">"), content_type="application/gzip")
    with quick(max_bytes=10_000) as fetcher:
        (failure,) = read_url(url, fetcher)
    assert failure.reason == "larger than 10000 bytes once decompressed"


def test_a_truncated_sitemap_gives_the_pages_before_the_cut(site):
    body = urlset(site.base, ["/news/1.html", "/news/2.html"])
    url = site.route("/sitemap.xml", body[: body.index("/news/2.html")], content_type="text/xml")
    with quick() as fetcher:
        assert [d.url for d in read_url(url, fetcher)] == [site.url("/news/1.html")]


def test_an_unreadable_sitemap_is_a_failure(site):
    url = site.route("/sitemap.xml", '<?xml version="1.0"?><sitemapindex', content_type="text/xml")
    broken = site.route("/sitemap.xml.gz", b"\x1f\x8bnot gzip at all", content_type="application/gzip")
    with quick() as fetcher:
        assert [(f.origin, f.reason) for f in read_url(url, fetcher)] == [(url, "not a readable sitemap")]
        (failure,) = read_url(broken, fetcher)
    assert failure.reason.startswith("broken gzip")
