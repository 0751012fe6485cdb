"""GET /api/events at any depth: keyset pages (`cursor` / `next`), offsets up to a bound,
counts that stop at a bound and say so, and JSON written by the database that is the
model's JSON."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from conftest import make_article
from fastapi.testclient import TestClient

from dyads.api import create_app, listing
from dyads.model import Event
from dyads.store import open_store

TYPES = ["REJECT", "CONSULT", "ACCUSE"]
CODES = ["RUSGOV", "USA", "UKR", "NATO", "RUS"]


def event(article, n: int) -> Event:
    return Event(
        id=f"{article.id}-{n}", article_id=article.id, source=[CODES[n % 5]],
        target=[CODES[(n + 1) % 5]] if n % 4 else [], type=TYPES[n % 3], cameo="120",
        quad_class=3, goldstein=-4.0 + n % 3, date=None if n % 11 == 0 else dt.date(2022, 1, 1)
        + dt.timedelta(days=n % 40), date_precision="day", place=None, negated=n % 7 == 0,
        hypothetical=False, reported_by=[], sentence=f"Phrase {n}.", sentence_start=10 * n,
        spans={"source": [[0, 6]], "trigger": [], "target": []}, rule="test",
        confidence=round(0.45 + n % 6 / 10, 2),
        language="fr", published=article.published)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "dyads.db"
    articles = [make_article(i) for i in range(1, 7)]
    with open_store(path) as store:
        store.save_batch([(a, None, None) for a in articles],
                         {a.id: [event(a, n) for n in range(i * 20, i * 20 + 20)]
                          for i, a in enumerate(articles)}, [])
    with TestClient(create_app(path)) as client:
        yield client, path


@pytest.fixture(scope="module")
def client(archive):
    return archive[0]


def walk(client, params: dict, limit: int) -> list[dict]:
    """Every page of a listing, following `next`."""
    items, cursor = [], None
    while True:
        page = client.get("/api/events", params={**params, "limit": limit,
                                                  **({"cursor": cursor} if cursor else {})}).json()
        items += page["items"]
        assert page["total_exact"] and page["offset"] == 0
        cursor = page["next"]
        if cursor is None:
            assert len(items) == page["total"]
            return items
        assert len(page["items"]) == limit


@pytest.mark.parametrize("params", [
    {}, {"actor": "RUS"}, {"source": "USA", "target": "UKR"}, {"actor": "NATO", "type": "REJECT"},
    {"since": "2022-01-10", "until": "2022-01-20"}, {"type": "ACCUSE", "since": "2022-01-05"},
    {"source": "UKR", "until": "2022-01-30"}, {"actor": "RUS", "source": "NATO"},
    {"min_confidence": 0.8}, {"actor": "USA", "min_confidence": 0.65, "type": "CONSULT"},
])
def test_cursor_pages_add_up_to_the_listing(client, params):
    every = client.get("/api/events", params={**params, "limit": 500}).json()
    assert every["next"] is None and every["items"]
    assert walk(client, params, 7) == every["items"]
    assert walk(client, params, 500) == every["items"]


def test_a_minimum_confidence_keeps_the_surer_events_in_order(client):
    every = client.get("/api/events", params={"limit": 500}).json()["items"]
    surer = client.get("/api/events", params={"limit": 500, "min_confidence": 0.75}).json()
    assert surer["items"] == [e for e in every if e["confidence"] >= 0.75]
    assert 0 < surer["total"] < len(every)
    csv_rows = list(csv.DictReader(io.StringIO(client.get(
        "/api/events", params={"limit": 500, "min_confidence": 0.75, "format": "csv"}).text)))
    assert [r["id"] for r in csv_rows] == [e["id"] for e in surer["items"]]
    for bad in ("1.5", "-1", "sure"):
        answer = client.get("/api/events", params={"min_confidence": bad})
        assert answer.status_code == 422 and "min_confidence" in answer.text


def test_an_offset_counts_from_the_cursor_and_offsets_stop_at_the_bound(client):
    every = client.get("/api/events", params={"limit": 500}).json()["items"]
    first = client.get("/api/events", params={"limit": 5}).json()
    after = client.get("/api/events", params={"limit": 5, "cursor": first["next"], "offset": 3}).json()
    assert after["items"] == every[8:13]
    assert client.get("/api/events", params={"offset": 10_000}).json()["items"] == []
    response = client.get("/api/events", params={"offset": 10_001})
    assert response.status_code == 422
    assert "'offset'" in response.json()["detail"]


@pytest.mark.parametrize("cursor", ["a", "ab$", "x" * 2001, "a b"])
def test_a_malformed_cursor_is_422_naming_it(client, cursor):
    response = client.get("/api/events", params={"cursor": cursor})
    assert response.status_code == 422 and "'cursor'" in response.json()["detail"]


def test_a_cursor_is_a_place_that_outlives_its_event(archive):
    client, path = archive
    first = client.get("/api/events", params={"actor": "UKR", "limit": 3}).json()
    rest = client.get("/api/events", params={"actor": "UKR", "cursor": first["next"]}).json()
    with open_store(path) as store:  # the last event of the first page goes away
        doomed = first["items"][-1]
        before = store.events(article_id=doomed["article_id"])
        store.replace_events(doomed["article_id"], [e for e in before if e.id != doomed["id"]])
        try:
            again = client.get("/api/events", params={"actor": "UKR", "cursor": first["next"]}).json()
            assert again["items"] == rest["items"] and again["total"] == rest["total"] - 1
        finally:
            store.replace_events(doomed["article_id"], before)


def test_counts_stop_at_the_bound_and_say_so(client, monkeypatch):
    every = client.get("/api/events").json()["total"]
    monkeypatch.setattr(listing, "COUNT_LIMIT", 10)
    from dyads.api import event_routes
    monkeypatch.setattr(event_routes, "COUNT_LIMIT", 10)
    capped = client.get("/api/events").json()
    assert every > 10 and (capped["total"], capped["total_exact"]) == (10, False)
    few = client.get("/api/events", params={"source": "USA", "target": "UKR", "type": "REJECT"}).json()
    assert few["total_exact"] and few["total"] == len(few["items"]) <= 10


def test_json_written_by_the_database_is_the_models_json(archive):
    client, path = archive
    page = client.get("/api/events", params={"limit": 500}).json()["items"]
    with open_store(path) as store:
        assert page == [e.to_dict() for e in store.events()]
        assert [list(e) for e in page] == [list(Event.__dataclass_fields__)] * len(page)


def test_csv_pages_link_to_the_next_one(client):
    first = client.get("/api/events.csv", params={"limit": 4})
    rows = list(csv.DictReader(io.StringIO(first.text)))
    link = first.headers["link"]
    assert len(rows) == 4 and link.endswith('>; rel="next"') and "cursor=" in link
    second = client.get(link[1:link.index(">")])
    json_page = client.get("/api/events", params={"limit": 8}).json()["items"]
    assert [r["id"] for r in rows + list(csv.DictReader(io.StringIO(second.text)))] == \
        [e["id"] for e in json_page]


def test_a_query_past_the_servers_limit_is_503_with_a_reason(client, monkeypatch):
    from dyads.store import QueryTimeout
    from dyads.store.sqlite import SQLiteStore

    def too_long(*args, **kwargs):
        raise QueryTimeout("the query ran longer than 10 s")

    monkeypatch.setattr(SQLiteStore, "event_page_json", too_long)
    response = client.get("/api/events", params={"actor": "RUS"})
    assert response.status_code == 503 and response.headers["retry-after"]
    body = response.json()
    assert body["error"] == "service unavailable" and "longer than 10 s" in body["detail"]
    assert "narrow the filters" in body["detail"]


def test_the_servers_read_connections_have_a_time_limit(archive):
    client, _ = archive
    client.get("/api/events")
    assert client.app.state.archives.get().store.time_limit == 10.0


def test_requests_beyond_the_servers_threads_wait_their_turn(archive, monkeypatch):
    """`threads` bounds the handlers that run at once (more only contend for the GIL):
    eight requests at once on a server of two threads run two at a time, and all answer."""
    import threading
    import time

    from dyads.store.sqlite import SQLiteStore

    _, path = archive
    running, most, guard = [0], [0], threading.Lock()
    page = SQLiteStore.event_page_json

    def slow_page(self, *args, **kwargs):
        with guard:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.1)
        with guard:
            running[0] -= 1
        return page(self, *args, **kwargs)

    monkeypatch.setattr(SQLiteStore, "event_page_json", slow_page)
    with TestClient(create_app(path, threads=2)) as two:
        answers: list[int] = []
        callers = [threading.Thread(target=lambda: answers.append(
            two.get("/api/events", params={"limit": 3}).status_code)) for _ in range(8)]
        for caller in callers:
            caller.start()
        for caller in callers:
            caller.join()
    assert answers == [200] * 8
    assert most[0] == 2
