"""Fetching pages politely from a real HTTP server on loopback."""

from __future__ import annotations

import time

import pytest
from web_server import Answer, news_site, page, quick_fetcher

from dyads.model import Document, Failure
from dyads.sources.web import Fetcher, FetchError, read_url


@pytest.fixture
def site():
    served = news_site([])
    yield served
    served.close()


def quick(**overrides) -> Fetcher:
    return quick_fetcher(**{"timeout": 2.0, "retries": 2, **overrides})


def test_a_page_is_one_html_document(site):
    url = site.route("/news/1.html", page("Lavrov répond"))
    with quick() as fetcher:
        items = list(read_url(url, fetcher))
    assert len(items) == 1 and isinstance(items[0], Document)
    doc = items[0]
    assert doc.kind == "html" and doc.url == url and doc.origin == url
    assert "<h1>Lavrov répond</h1>" in doc.content
    assert doc.fetched.tzinfo is not None
    assert site.requests("/news/1.html")[0].headers["User-Agent"].startswith("dyads/")


def test_redirects_are_followed_to_the_final_url(site):
    final = site.route("/news/new.html", page("Moved"))
    url = site.route("/news/old.html", Answer(status=301, headers={"Location": "/news/new.html"}))
    with quick() as fetcher:
        (doc,) = read_url(url, fetcher)
    assert doc.url == final and doc.origin == url


def test_404_is_a_failure_with_a_one_line_reason(site):
    url = site.url("/missing.html")
    with quick() as fetcher:
        items = list(read_url(url, fetcher))
    assert items == [Failure(origin=url, reason="HTTP 404", stage="read", when=items[0].when)]
    assert len(site.requests("/missing.html")) == 1  # a 404 is not retried


def test_a_slow_answer_times_out_without_retrying(site):
    url = site.route("/slow.html", Answer(page("Slow"), delay=1.5))
    started = time.monotonic()
    with quick(timeout=0.3) as fetcher:
        (failure,) = read_url(url, fetcher)
    assert isinstance(failure, Failure) and failure.reason == "timed out after 0.3s"
    assert time.monotonic() - started < 1.2
    assert len(site.requests("/slow.html")) == 1


def test_a_trickling_answer_is_bounded_by_the_timeout_as_a_whole(site):
    # each piece comes well within the timeout, the whole answer does not
    url = site.route("/trickle.html", Answer("x" * 2000, chunk_pause=0.1))
    with quick(timeout=0.5) as fetcher, pytest.raises(FetchError, match="timed out after 0.5s"):
        fetcher.fetch(url)


def test_robots_txt_forbidden_path_is_never_requested(site):
    url = site.route("/private/secret.html", page("Secret"))
    with quick() as fetcher:
        (failure,) = read_url(url, fetcher)
        assert not fetcher.allowed(url) and fetcher.allowed(site.url("/public.html"))
    assert failure.reason == "forbidden by robots.txt"
    assert site.requests("/private/secret.html") == []
    assert len(site.requests("/robots.txt")) == 1  # cached per host


def test_robots_txt_rules_for_our_user_agent_apply(site):
    site.route("/robots.txt", "User-agent: dyads\nDisallow: /\n\nUser-agent: *\nAllow: /\n", content_type="text/plain")
    url = site.route("/news/2.html", page("Two"))
    with quick() as fetcher, pytest.raises(FetchError, match="forbidden by robots.txt"):
        fetcher.fetch(url)


def test_robots_txt_403_forbids_the_whole_host(site):
    site.route("/robots.txt", Answer("no", 403))
    url = site.route("/news/3.html", page("Three"))
    with quick() as fetcher, pytest.raises(FetchError, match="forbidden by robots.txt"):
        fetcher.fetch(url)
    assert site.requests("/news/3.html") == []


def test_503_then_200_is_retried_honouring_retry_after(site):
    url = site.route(
        "/flaky.html",
        Answer("busy", 503, headers={"Retry-After": "1"}),
        Answer("busy", 503),
        page("Back"),
    )
    with quick() as fetcher:
        (doc,) = read_url(url, fetcher)
    assert isinstance(doc, Document) and "Back" in doc.content
    hits = site.requests("/flaky.html")
    assert len(hits) == 3
    assert hits[1].time - hits[0].time >= 0.9  # Retry-After: 1 beats the 0.01s backoff


def test_retries_give_up_with_the_last_status(site):
    url = site.route("/down.html", Answer("down", 502))
    with quick(retries=2) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    assert caught.value.reason == "HTTP 502" and caught.value.transient
    assert len(site.requests("/down.html")) == 3  # first try and two retries


def test_a_long_retry_after_is_not_waited_for(site):
    url = site.route("/later.html", Answer("later", 429, headers={"Retry-After": "3600"}))
    started = time.monotonic()
    with quick() as fetcher, pytest.raises(FetchError, match=r"HTTP 429 \(retry after 3600s\)"):
        fetcher.fetch(url)
    assert time.monotonic() - started < 1


def test_connection_refused_is_a_transient_failure():
    with quick(retries=1) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.fetch("http://127.0.0.1:9/nothing.html")  # port 9 (discard) is closed here
    assert caught.value.transient
    assert caught.value.reason.startswith(("connection failed", "robots.txt unreachable"))


@pytest.mark.parametrize("validator", ["ETag", "Last-Modified"])
def test_conditional_get_turns_an_unchanged_page_into_nothing_new(site, validator):
    value = '"v1"' if validator == "ETag" else "Mon, 14 Feb 2022 13:42:00 GMT"
    url = site.route("/news/cond.html", Answer(page("Conditional"), headers={validator: value}))
    state: dict[str, str] = {}
    with quick(state=state) as fetcher:
        first = list(read_url(url, fetcher))
    with quick(state=state) as fetcher:  # a new fetcher: the validators live in `state`
        second = list(read_url(url, fetcher))
    assert len(first) == 1 and isinstance(first[0], Document)
    assert second == []
    asked = site.requests("/news/cond.html")[1].headers
    expected = "If-None-Match" if validator == "ETag" else "If-Modified-Since"
    assert asked[expected] == value
    assert "http:" + url in state


def test_a_changed_page_is_read_again(site):
    url = site.route(
        "/news/changing.html",
        Answer(page("Version 1"), headers={"ETag": '"v1"'}),
        Answer(page("Version 2"), headers={"ETag": '"v2"'}),
    )
    state: dict[str, str] = {}
    with quick(state=state) as fetcher:
        list(read_url(url, fetcher))
        (doc,) = read_url(url, fetcher)
    assert "Version 2" in doc.content


def test_requests_to_one_host_are_spaced_by_the_interval(site):
    urls = [site.route(f"/news/r{n}.html", page(f"R{n}")) for n in range(3)]
    with quick(per_host_interval=0.5) as fetcher:
        for url in urls:
            fetcher.fetch(url)
    times = sorted(hit.time for hit in site.hits)  # robots.txt counts as a request too
    assert len(times) == 4
    # times are taken on arrival at the server, so allow for a busy machine's jitter
    assert all(later - earlier >= 0.4 for earlier, later in zip(times, times[1:]))


def test_crawl_delay_in_robots_txt_slows_us_down(site):
    site.route("/robots.txt", "User-agent: *\nCrawl-delay: 1\n", content_type="text/plain")
    urls = [site.route(f"/news/c{n}.html", page(f"C{n}")) for n in range(2)]
    with quick(per_host_interval=0.0) as fetcher:
        for url in urls:
            fetcher.fetch(url)
    first, second = (site.requests(f"/news/c{n}.html")[0].time for n in range(2))
    assert second - first >= 0.9  # robotparser reads whole seconds only


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "streamed"])
def test_an_oversized_body_is_refused(site, declared):
    url = site.route("/huge.html", Answer("<p>" + "x" * 5000 + "</p>", length=declared))
    with quick(max_bytes=2048) as fetcher:
        (failure,) = read_url(url, fetcher)
    assert isinstance(failure, Failure) and failure.reason == "larger than 2 KB"


def test_the_default_limit_is_reported_in_megabytes(site):
    url = site.route("/huge.html", Answer("x" * (10 * 2**20 + 1)))
    with quick() as fetcher, pytest.raises(FetchError, match="^.*: larger than 10 MB$"):
        fetcher.fetch(url)


def test_a_binary_answer_is_not_taken_for_a_page(site):
    url = site.route("/photo.jpg", b"\xff\xd8\xff\xe0" + bytes(200), content_type="image/jpeg")
    with quick() as fetcher:
        (failure,) = read_url(url, fetcher)
    assert failure.reason == "not a web page, a feed or a sitemap (image/jpeg)"


def test_a_non_http_url_is_a_failure():
    with quick() as fetcher:
        (failure,) = read_url("ftp://example.org/file.html", fetcher)
    assert failure.reason == "not an http(s) URL"


def test_the_http_charset_decodes_the_page(site):
    html = page("Sécurité européenne").encode("cp1252")
    url = site.route("/news/latin.html", html, content_type="text/html; charset=windows-1252")
    with quick() as fetcher:
        (doc,) = read_url(url, fetcher)
    assert "<h1>Sécurité européenne</h1>" in doc.content
