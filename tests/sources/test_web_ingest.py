"""URLs through the whole ingest: feeds and pages become stored articles, bad URLs rows in
`failures`, and a second run over unchanged URLs stores nothing."""

from __future__ import annotations

import pytest
from web_server import Answer, news_site, page, quick_fetcher

import dyads
from dyads.sources.web import StoreState

TITLES = ["Moscou exige des garanties de sécurité", "Washington répond par écrit à Moscou",
          "L'Otan rejette les propositions russes"]


@pytest.fixture
def site():
    served = news_site(TITLES)
    items = "".join(
        f"<item><title>{title}</title><link>{served.base}/news/{n}.html</link>"
        f"<pubDate>Mon, 14 Feb 2022 13:42:00 +0100</pubDate></item>"
        for n, title in enumerate(TITLES)
    )
    served.route("/rss.xml", Answer(f'<rss version="2.0"><channel><title>Actus</title>{items}</channel></rss>',
                                    headers={"ETag": '"feed-1"'}), content_type="application/rss+xml")
    served.route("/slow.xml", Answer("<rss/>", delay=1.0), content_type="application/rss+xml")
    served.route("/huge.html", Answer(page("Huge") + "<!--" + "x" * 5000 + "-->"))
    yield served
    served.close()


def test_a_feed_is_ingested_once(site, db_path):
    with dyads.open(db_path) as db:
        fetcher = quick_fetcher(state=StoreState(db.store))
        first = db.ingest([site.url("/rss.xml")], code=False, fetcher=fetcher)
        again = db.ingest([site.url("/rss.xml")], code=False, fetcher=fetcher)
        stored = db.articles()
    assert (first.read, first.stored, first.failed) == (3, 3, 0)
    assert (again.read, again.stored) == (0, 0)  # the feed answered 304
    assert sorted(a.title for a in stored) == sorted(TITLES)
    assert {a.url for a in stored} == {site.url(f"/news/{n}.html") for n in range(3)}
    assert all(a.language == "fr" for a in stored)


def test_bad_urls_are_failures_and_the_batch_goes_on(site, db_path):
    urls = [site.url("/missing.xml"), site.url("/slow.xml"), site.url("/huge.html"), site.url("/news/0.html")]
    with dyads.open(db_path) as db:
        fetcher = quick_fetcher(timeout=0.3, retries=0, max_bytes=4096)
        summary = db.ingest(urls, code=False, fetcher=fetcher)
        failures = {(f.origin, f.reason) for f in db.failures()}
    assert (summary.stored, summary.failed, summary.exit_code) == (1, 3, 0)
    assert failures == {
        (site.url("/missing.xml"), "HTTP 404"),
        (site.url("/slow.xml"), "timed out after 0.3s"),
        (site.url("/huge.html"), "larger than 4 KB"),
    }


@pytest.fixture
def quick_default_fetcher(monkeypatch):
    """The fetcher `ingest` makes for itself, with test-sized waits."""
    import dyads.sources.web as web

    class Quick(web.Fetcher):
        def __init__(self, **settings):
            super().__init__(**{"per_host_interval": 0.0, "timeout": 1.0, "retries": 1, **settings})

    monkeypatch.setattr(web, "Fetcher", Quick)


def test_validators_outlive_the_run_and_a_crash_before_commit_forgets_them(site, db_path, quick_default_fetcher):
    from dyads.store.sqlite import SQLiteStore

    def crash(*args, **kwargs):
        raise RuntimeError("killed before the batch was committed")

    with dyads.open(db_path) as db, pytest.MonkeyPatch.context() as patch:
        patch.setattr(SQLiteStore, "save_batch", crash)
        with pytest.raises(RuntimeError):
            db.ingest([site.url("/rss.xml")], code=False)
    with dyads.open(db_path) as db:  # the ETag was not kept: the feed is read again in full
        first = db.ingest([site.url("/rss.xml")], code=False)
    with dyads.open(db_path) as db:  # a new process: the ETag comes from the store
        again = db.ingest([site.url("/rss.xml")], code=False)
        assert len(db.articles()) == 3
    assert (first.read, first.stored) == (3, 3)
    assert (again.read, again.stored) == (0, 0)
    feed_requests = [hit for hit in site.hits if hit.path == "/rss.xml"]
    assert feed_requests[-1].headers.get("If-None-Match") == '"feed-1"'
