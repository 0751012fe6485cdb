"""`dyads watch` against a loopback server whose feed changes between polls."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner
from web_server import Answer, LoopbackSite, news_site, page, quick_fetcher

from dyads.cli import app
from dyads.pipeline import ingest
from dyads.sources.web import StoreState
from dyads.store import open_store
from dyads.watch import HostBackoff, Watcher, parse_duration

TITLES = ["Moscou exige des garanties", "Washington répond par écrit", "L'Otan rejette les propositions",
          "Lavrov juge la réponse insuffisante", "El País publie les documents"]


@pytest.fixture
def site():
    served = news_site(TITLES)
    yield served
    served.close()


def feed(site: LoopbackSite, items: list[int], etag: str | None = None) -> str:
    entries = "".join(f"<item><title>{TITLES[n]}</title><link>{site.base}/news/{n}.html</link></item>" for n in items)
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Actus</title>{entries}</channel></rss>'
    headers = {"ETag": etag} if etag else {}
    return site.route("/rss.xml", Answer(body, headers=headers), content_type="application/rss+xml")


def watcher(sources: list[str], store, every: float = 0.05) -> Watcher:
    fetcher = quick_fetcher(retries=0, state=StoreState(store))
    return Watcher(sources, store, every, fetcher=fetcher, code=False)


def page_requests(site: LoopbackSite) -> list[str]:
    return [hit.path for hit in site.hits if hit.path.startswith("/news/")]


def test_each_new_item_is_ingested_once_across_polls_and_a_restart(site, db_path):
    url = feed(site, [0, 1], etag='"v1"')
    store = open_store(db_path)
    first = watcher([url], store)
    assert first.poll().new == 2
    assert first.poll().new == 0  # unchanged feed: a 304, no page fetched
    assert site.requests("/rss.xml")[-1].headers["If-None-Match"] == '"v1"'
    feed(site, [2, 0, 1], etag='"v2"')
    assert first.poll().new == 1
    store.close()

    store = open_store(db_path)  # a new watcher on the same store, as after a restart
    second = watcher([url], store)
    assert second.poll().new == 0
    assert site.requests("/rss.xml")[-1].headers["If-None-Match"] == '"v2"'  # validators survived
    feed(site, [3, 2, 0, 1])  # no ETag: read in full, only the unseen item is fetched
    assert second.poll().new == 1
    assert store.count_articles() == 4
    store.close()
    assert sorted(page_requests(site)) == [f"/news/{n}.html" for n in range(4)]  # each page once


def test_pages_stored_by_a_killed_watcher_are_not_stored_twice(site, db_path):
    # A watcher killed after the pipeline committed but before it marked the pages seen:
    # the next one fetches them again, and the store's deduplication keeps one copy.
    url = feed(site, [0, 1])
    with open_store(db_path) as store:
        ingest([site.url("/news/0.html")], store, code=False, fetcher=quick_fetcher())
        report = watcher([url], store).poll()
        assert (report.new, report.duplicates) == (1, 1)
        assert store.count_articles() == 2


def test_sitemaps_are_watched_too(site, db_path):
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    urls = "".join(f"<url><loc>{site.base}/news/{n}.html</loc></url>" for n in (3, 4))
    url = site.route("/sitemap.xml", f'<?xml version="1.0"?><urlset {ns}>{urls}</urlset>', content_type="text/xml")
    with open_store(db_path) as store:
        watching = watcher([url], store)
        assert [watching.poll().new for _ in range(2)] == [2, 0]


def test_a_failing_host_is_backed_off(site, db_path):
    url = site.route("/down.xml", Answer("down", 503))
    with open_store(db_path) as store:
        watching = watcher([url], store, every=60)
        assert watching.poll().failed == 1
        report = watching.poll()  # right away: the host waits for a minute
        assert report.waiting == ["127.0.0.1:" + site.base.rsplit(":", 1)[1]]
        assert "backing off" in str(report)
        assert [f.reason for f in store.failures()] == ["HTTP 503"]
    assert len(site.requests("/down.xml")) == 1


def test_backoff_grows_to_its_cap_and_resets():
    backoff = HostBackoff(base=10, cap=35)
    assert [backoff.failed("a.example") for _ in range(4)] == [10, 20, 35, 35]
    assert not backoff.ready("a.example") and backoff.ready("b.example")
    backoff.succeeded("a.example")
    assert backoff.ready("a.example") and backoff.failed("a.example") == 10


def test_a_page_that_failed_for_now_is_retried_and_a_404_is_not(site, db_path):
    site.route("/news/0.html", Answer("busy", 503), page(TITLES[0], paragraphs=6))
    url = feed(site, [0, 1])
    site.route("/news/1.html", Answer("gone", 404))
    with open_store(db_path) as store:
        watching = watcher([url], store, every=0.05)
        first = watching.poll()  # the 503 puts the host on hold: page 1 waits for next time
        assert (first.new, first.failed, len(first.waiting)) == (0, 1, 1)
        time.sleep(0.1)  # the host's backoff (one `every`) runs out
        second = watching.poll()
        assert (second.new, second.failed) == (1, 1)
        time.sleep(0.1)
        third = watching.poll()
        assert (third.new, third.failed) == (0, 0)
    assert page_requests(site).count("/news/0.html") == 2
    assert page_requests(site).count("/news/1.html") == 1  # a 404 is recorded once, not retried


def test_run_stops_by_itself_after_max_polls(site, db_path):
    url = feed(site, [0])
    with open_store(db_path) as store:
        watching = watcher([url], store, every=0.3)
        started = time.monotonic()
        watching.run(max_polls=2)
        assert watching.polls == 2 and time.monotonic() - started >= 0.3
        assert store.count_articles() == 1


def test_a_poll_that_breaks_does_not_end_the_watch(site, db_path, monkeypatch):
    import dyads.watch

    calls = []

    def locked_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("database is locked")
        return ingest(*args, **kwargs)

    monkeypatch.setattr(dyads.watch, "ingest", locked_once)
    url = feed(site, [0])
    with open_store(db_path) as store:
        watcher([url], store, every=0.05).run(max_polls=2)
        assert store.count_articles() == 1


@pytest.mark.parametrize(("text", "seconds"), [("30s", 30), ("15m", 900), ("1h", 3600), ("1h30m", 5400), ("2", 2)])
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("args", [["--every", "15x", "http://127.0.0.1:9/rss"], ["--every", "0s", "http://127.0.0.1:9/rss"],
                                  ["some/folder"]])
def test_usage_errors_exit_2(args, db_path):
    result = CliRunner().invoke(app, ["--db", str(db_path), "watch", *args])
    assert result.exit_code == 2


def test_sigterm_stops_the_command_cleanly(site, db_path):
    url = feed(site, [0, 1])
    command = [sys.executable, "-c", "import dyads.cli.watch; from dyads.cli import main; main()",
               "--db", str(db_path), "watch", url, "--every", "1s", "--no-code"]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env, cwd=Path(db_path).parent)
    lines = []
    try:
        for line in process.stderr:  # wait for the first poll's line
            lines.append(line)
            if "poll 1:" in line:
                break
        process.send_signal(signal.SIGTERM)
        _, rest = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    log = "".join(lines) + rest
    assert process.returncode == 0, log
    assert "poll 1: 2 new, 0 updated, 0 failed" in log
    assert "SIGTERM: stopping once the current page is stored" in log and "stopped after" in log
    with open_store(db_path) as store:
        assert store.count_articles() == 2
