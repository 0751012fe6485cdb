"""The web page in a real headless Chromium (Debian's `chromium`, driven by playwright; no
browser download), against the real server (uvicorn on 127.0.0.1) over the seed articles
ingested and coded by the real pipeline.

Screenshots land in the test's temporary folder (`--basetemp` to keep them somewhere known);
each is checked not to be blank.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import uvicorn
from PIL import Image

import dyads
from dyads.api import create_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"
CHROMIUM = shutil.which("chromium")
TOKEN = "page-token"


class ThreadServer:
    """uvicorn serving `app` in a thread, on a socket bound to 127.0.0.1 by the OS's choice
    of port (no race for a free port)."""

    def __init__(self, app):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.url = "http://127.0.0.1:%d" % self.socket.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]},
                                       daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline and self.thread.is_alive(), "server did not start"
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(30)
        self.socket.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    db = tmp_path_factory.mktemp("web") / "dyads.db"
    with dyads.open(db) as archive:
        summary = archive.ingest([str(SEEDS)], code=True)
    assert summary.stored == 2 and summary.events > 0
    server = ThreadServer(create_app(db, token=TOKEN))
    yield server.url
    server.stop()


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright

    with sync_playwright() as p:
        # --no-sandbox: the tests may run as root in a container, where the sandbox cannot start.
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser, site):
    """A fresh page that records every request it makes and every script error it meets."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.requests, page.errors = [], []
    page.on("request", lambda r: page.requests.append(r.url))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.set_default_timeout(15_000)
    yield page
    offsite = [u for u in page.requests if urlsplit(u).netloc != urlsplit(site).netloc
               and not u.startswith("data:")]
    assert offsite == [], "the page must work offline"
    assert page.errors == []
    context.close()


def not_blank(path: Path) -> int:
    """How many colours a screenshot has; a blank or single-colour page has one or two."""
    with Image.open(path) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert colours is not None
    assert len(colours) >= 100, f"{path} looks blank ({len(colours)} colours)"
    most = max(count for count, _ in colours)
    with Image.open(path) as image:
        assert most < 0.95 * image.width * image.height, f"{path} is almost one colour"
    return len(colours)


def test_the_latest_articles_show_their_titles_and_descriptions(page, site):
    """What a reader sees first: one card per stored article with its title, date, site and
    description (not the card's index in the list)."""
    page.goto(site + "/")
    cards = page.locator(".card.hit")
    cards.first.wait_for()
    stored = page.request.get(site + "/api/articles", params={"limit": 20}).json()["items"]
    assert cards.count() == len(stored)
    for card, article in zip(cards.all(), stored):
        assert card.locator("h3").inner_text() == article["title"]
        assert article["source"] in card.locator(".meta").inner_text()
        text = card.locator("p").inner_text() if card.locator("p").count() else ""
        assert text == (article["description"] or ""), (text, article["description"])


def test_search_open_article_follow_an_event_to_its_sentence(page, site, tmp_path):
    page.goto(site + "/")
    page.fill("input[name=q]", "Lavrov")
    page.press("input[name=q]", "Enter")
    hits = page.locator("#results .hit")
    hits.first.wait_for()
    assert hits.count() == 1 and "Lavrov" in hits.first.locator("mark").first.inner_text()

    hits.first.locator("a.article-link").click()
    page.wait_for_url("**/#/article/**")
    events = page.locator(".event-list .card")
    events.first.wait_for()
    assert events.count() > 0
    body = page.locator(".article-body")
    assert "Lavrov" in body.inner_text()
    # every role is highlighted in the body, inside an event sentence
    for role in ("source", "trigger", "target"):
        marks = body.locator(f".sentence mark.role-{role}")
        assert marks.count() > 0, role
        assert marks.first.is_visible()
    # the highlighted words are the event's own: each card's source/trigger/target marks are
    # pieces of the event's sentence
    first_card = events.first
    sentence = first_card.locator(".sentence-text").inner_text()
    for mark in first_card.locator("mark.role").all():
        assert mark.inner_text() in sentence

    # follow the REJECT event (the United States' answer, reported by Lavrov) to its sentence
    reject = events.filter(has_text="REJECT").filter(has_text="USA").first
    reject_sentence = reject.locator(".sentence-text").inner_text()
    reject.locator("a.to-sentence").click()
    page.wait_for_url("**/event/**")
    focused = page.locator(".article-body .sentence.focus")
    focused.wait_for()
    assert focused.count() == 1
    assert focused.inner_text() == reject_sentence
    assert "répondu par la négative" in reject_sentence
    assert focused.is_visible() and in_viewport(page, focused)
    assert focused.locator("mark.role-trigger").count() > 0

    shot = tmp_path / "article-event.png"
    page.screenshot(path=str(shot))
    not_blank(shot)
    page.screenshot(path=str(tmp_path / "article-full.png"), full_page=True)
    not_blank(tmp_path / "article-full.png")


def in_viewport(page, locator) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and box["y"] < height and box["y"] + box["height"] > 0


def test_an_event_link_opens_straight_on_its_sentence(page, site):
    """A link to an event's sentence works on its own (shared, bookmarked, reloaded)."""
    event = page.request.get(site + "/api/events", params={"type": "REJECT", "source": "USA"}).json()["items"][0]
    page.goto(f"{site}/#/article/{event['article_id']}/event/{event['id']}")
    focused = page.locator(".sentence.focus")
    focused.wait_for()
    assert focused.inner_text() == event["sentence"]
    assert event["id"] in focused.get_attribute("data-events").split()


def test_browse_and_filter_events(page, site, tmp_path):
    page.goto(site + "/#/events")
    rows = page.locator("table.events tbody tr")
    rows.first.wait_for()
    total = page.request.get(site + "/api/events").json()["total"]
    assert rows.count() == total
    page.select_option("select[name=type]", "REJECT")
    page.fill("input[name=source]", "USA")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**type=REJECT**")
    page.wait_for_function("[...document.querySelectorAll('table.events tbody tr')]"
                           ".every(r => r.innerText.includes('REJECT'))")
    filtered = rows.count()
    assert 0 < filtered < total
    assert all("USA" in rows.nth(i).locator("td").nth(1).inner_text() for i in range(filtered))
    page.screenshot(path=str(tmp_path / "events.png"), full_page=True)
    not_blank(tmp_path / "events.png")
    # from the table to the sentence in its article
    rows.first.locator("a.to-sentence").click()
    page.locator(".sentence.focus").wait_for()


def test_events_at_a_minimum_confidence(page, site):
    every = page.request.get(site + "/api/events", params={"limit": 500}).json()["items"]
    levels = sorted({e["confidence"] for e in every})
    assert len(levels) >= 2, levels
    level = levels[-1]  # the surest events only
    page.goto(site + "/#/events")
    rows = page.locator("table.events tbody tr")
    rows.first.wait_for()
    page.fill("input[name=min_confidence]", str(level))
    page.click("form.filters button[type=submit]")
    page.wait_for_url(f"**min_confidence={level}**")
    expected = [e for e in every if e["confidence"] >= level]
    page.wait_for_function(f"document.querySelectorAll('table.events tbody tr').length === {len(expected)}")
    assert 0 < len(expected) < len(every)
    assert [rows.nth(i).locator("td.sentence-cell").inner_text() for i in range(len(expected))] == [
        e["sentence"] for e in expected]


def test_dyad_timeline_chart(page, site, tmp_path):
    page.goto(site + "/#/timeline?a=RUS&b=USA&by=month")
    bars = page.locator("svg.chart rect")
    bars.first.wait_for()
    rows = page.request.get(site + "/api/timeline", params={"a": "RUS", "b": "USA"}).json()
    # one bar per quad class present in each period
    expected = sum(1 for r in rows for q in ("verbal_cooperation", "material_cooperation",
                                             "verbal_conflict", "material_conflict") if r[q])
    assert bars.count() == expected > 0
    labels = page.locator("svg.chart text").all_text_contents()
    assert all(r["period"] in labels for r in rows)
    page.screenshot(path=str(tmp_path / "timeline.png"), full_page=True)
    not_blank(tmp_path / "timeline.png")


def test_actor_network(page, site, tmp_path):
    page.goto(site + "/#/network")
    nodes = page.locator("svg.chart g.node")
    nodes.first.wait_for()
    graph = page.request.get(site + "/api/network").json()
    assert sorted(nodes.locator("text").all_text_contents()) == sorted(n["id"] for n in graph["nodes"])
    assert page.locator("svg.chart path[marker-end]").count() == len(graph["edges"])
    page.screenshot(path=str(tmp_path / "network.png"), full_page=True)
    not_blank(tmp_path / "network.png")
    # an actor leads to its events
    nodes.filter(has_text="NATO").first.locator("circle").click()
    page.wait_for_url("**/#/events?actor=NATO")
    page.locator("table.events tbody tr").first.wait_for()


def test_timeline_and_network_at_a_minimum_confidence(page, site):
    """The timeline and network views pass their minimum confidence to the API and draw what it
    answers: the happenings holding an event the coder is that sure of."""
    every = page.request.get(site + "/api/events", params={"limit": 500}).json()["items"]
    level = max(e["confidence"] for e in every)  # the surest events only
    graph = page.request.get(site + "/api/network", params={"min_confidence": level}).json()
    weight = lambda g: sum(e["weight"] for e in g["edges"])  # noqa: E731
    assert 0 < weight(graph) < weight(page.request.get(site + "/api/network").json())
    page.goto(site + "/#/network")
    page.locator("svg.chart g.node").first.wait_for()
    page.fill("input[name=min_confidence]", str(level))
    page.click("form.filters button[type=submit]")
    page.wait_for_url(f"**min_confidence={level}**")
    page.wait_for_function(f"document.querySelectorAll('svg.chart path[marker-end]').length === {len(graph['edges'])}")
    assert sorted(page.locator("svg.chart g.node text").all_text_contents()) == sorted(n["id"] for n in graph["nodes"])
    rows = page.request.get(site + "/api/timeline", params={"a": "RUS", "b": "USA", "min_confidence": level}).json()
    page.goto(site + f"/#/timeline?a=RUS&b=USA&by=month&min_confidence={level}")
    assert page.locator("input[name=min_confidence]").input_value() == str(level)
    if rows:
        expected = sum(1 for r in rows for q in ("verbal_cooperation", "material_cooperation",
                                                 "verbal_conflict", "material_conflict") if r[q])
        page.wait_for_function(f"document.querySelectorAll('svg.chart rect').length === {expected}")
    else:
        page.get_by_text("No events between these actors.").wait_for()


def test_story_chronology(page, site, tmp_path):
    page.goto(site + "/#/stories")
    page.locator(".card h3 a").first.click()
    page.wait_for_url("**/#/story/**")
    days = page.locator(".chronology .day")
    days.first.wait_for()
    dates = days.all_inner_texts()
    assert dates == sorted(dates)
    links = page.locator(".chronology a.to-sentence")
    assert links.count() > 0
    page.screenshot(path=str(tmp_path / "story.png"), full_page=True)
    not_blank(tmp_path / "story.png")
    links.first.click()
    page.locator(".sentence.focus").wait_for()


def test_ingest_from_the_page_shows_its_progress(page, site, tmp_path):
    page.goto(site + "/#/ingest")
    page.fill("input[name=token]", TOKEN)
    upload = tmp_path / "note.html"
    upload.write_text("<html><head><title>Note</title></head><body><article>"
                      + "<p>Le ministre russe de la Défense a rencontré "
                        "son homologue français à Paris pour parler de sécurité en Europe.</p>" * 4
                      + "</article></body></html>", encoding="utf-8")
    page.set_input_files("input[name=files]", str(upload))
    page.click("form.card button[type=submit]")
    job = page.locator("#job .job")
    job.wait_for()
    page.wait_for_selector("#job .job[data-status=done]", timeout=60_000)
    assert job.locator("[data-count=read]").inner_text() == "1"
    assert page.locator("#job .progress.done").count() == 1
    page.screenshot(path=str(tmp_path / "ingest.png"), full_page=True)
    not_blank(tmp_path / "ingest.png")


def test_a_wrong_token_is_explained_on_the_page(page, site):
    page.goto(site + "/#/ingest")
    page.fill("input[name=token]", "wrong")
    page.fill("textarea[name=urls]", "http://127.0.0.1:9/nothing")
    page.click("form.card button[type=submit]")
    error = page.locator("#job .error")
    error.wait_for()
    assert "Bearer" in error.inner_text()


@pytest.fixture(scope="module")
def many_events_site(tmp_path_factory):
    """A server over 130 events, so that the events view has three pages."""
    import datetime as dt

    from conftest import make_article

    from dyads.model import Event
    from dyads.store import open_store

    db = tmp_path_factory.mktemp("pages") / "dyads.db"
    article = make_article(1)
    events = [Event(id=f"e{n:03d}", article_id=article.id, source=["RUSGOV"], target=["USA"],
                    type="REJECT", cameo="120", quad_class=3, goldstein=-4.0,
                    date=dt.date(2022, 1, 1) + dt.timedelta(days=n), date_precision="day",
                    place=None, negated=False, hypothetical=False, reported_by=[],
                    sentence=f"La Russie rejette l'offre {n}.", sentence_start=0,
                    spans={"source": [[0, 9]], "trigger": [[10, 17]], "target": []},
                    rule="test", confidence=0.9) for n in range(130)]
    with open_store(db) as store:
        store.save_batch([(article, None, None)], {article.id: events}, [])
    server = ThreadServer(create_app(db))
    yield server.url
    server.stop()


def test_events_pages_follow_the_cursor_forth_and_back(browser, many_events_site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.set_default_timeout(15_000)
    pager = page.locator(".pager span")
    first_date = page.locator("table.events tbody tr td.date").first
    page.goto(many_events_site + "/#/events?actor=RUS")
    page.wait_for_function("document.querySelector('.pager span')?.innerText === '1–50 of 130'")
    assert first_date.inner_text() == "2022-01-01"
    for label, date in (("51–100 of 130", "2022-02-20"), ("101–130 of 130", "2022-04-11")):
        page.click("text=next →")
        page.wait_for_function(f"document.querySelector('.pager span')?.innerText === '{label}'")
        assert first_date.inner_text() == date and "cursor=" in page.url
    assert page.locator("text=next →").is_disabled()
    page.click("text=← previous")
    page.wait_for_function("document.querySelector('.pager span')?.innerText === '51–100 of 130'")
    page.click("text=← previous")
    page.wait_for_function("document.querySelector('.pager span')?.innerText === '1–50 of 130'")
    assert page.locator("text=← previous").is_disabled() and errors == []
    assert pager.count() == 1
    context.close()
