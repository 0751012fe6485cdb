"""Every read endpoint of the HTTP API over the seed articles: answers, filters, pagination,
CSV, and 4xx answers that say what was wrong."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from api_seeded import seed_archive
from dyads.api import create_app


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "dyads.db"
    events = seed_archive(path)
    with TestClient(create_app(path)) as client:
        yield client, events


@pytest.fixture(scope="module")
def client(seeded):
    return seeded[0]


@pytest.fixture(scope="module")
def lavrov_article(client):
    return client.get("/api/search", params={"q": "Lavrov"}).json()["items"][0]["id"]


def error_of(response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "detail"}
    return body["detail"]


# -- articles --------------------------------------------------------------------------------
def test_articles_lists_the_seeds_newest_first(client):
    page = client.get("/api/articles").json()
    assert page["total"] == 2 and page["limit"] == 50 and page["offset"] == 0
    published = [a["published"] for a in page["items"]]
    assert published == sorted(published, reverse=True)
    assert all("body" not in a for a in page["items"])
    assert {a["source"] for a in page["items"]} == {"fr.sputniknews.com"}


def test_articles_filters(client):
    assert client.get("/api/articles", params={"since": "2022-02-10"}).json()["total"] == 1
    assert client.get("/api/articles", params={"until": "2022-02-02"}).json()["total"] == 1
    assert client.get("/api/articles", params={"lang": "en"}).json()["total"] == 0
    assert client.get("/api/articles", params={"source": "sputniknews.com"}).json()["total"] == 2
    assert client.get("/api/articles", params={"source": "example.org"}).json()["items"] == []
    # a site as typed (scheme, www, case) and a language in any case: the page and its total agree
    for params in ({"source": "https://www.FR.sputniknews.com/"}, {"lang": " FR "}):
        page = client.get("/api/articles", params=params).json()
        assert page["total"] == len(page["items"]) == 2, params


def test_a_source_that_is_no_site_matches_nothing(client):
    # "[" reads as half an IPv6 address: a schema-valid value, answered, not an error
    assert client.get("/api/articles", params={"source": "["}).json() == {
        "items": [], "total": 0, "limit": 50, "offset": 0}


def test_articles_pagination(client):
    first = client.get("/api/articles", params={"limit": 1}).json()
    second = client.get("/api/articles", params={"limit": 1, "offset": 1}).json()
    assert first["total"] == second["total"] == 2
    assert first["items"][0]["id"] != second["items"][0]["id"]


@pytest.mark.parametrize("params, name", [
    ({"since": "14/02/2022"}, "since"), ({"until": "yesterday"}, "until"),
    ({"limit": 501}, "limit"), ({"limit": 0}, "limit"), ({"offset": -1}, "offset"),
    ({"limit": "ten"}, "limit"), ({"format": "xml"}, "format"),
])
def test_articles_bad_parameters_name_the_parameter(client, params, name):
    detail = error_of(client.get("/api/articles", params=params), 422)
    assert f"'{name}'" in detail and str(list(params.values())[0]) in detail


@pytest.mark.parametrize("path", ["/api/articles", "/api/events", "/api/groups", "/api/network",
                                  "/api/timeline?a=RUS&b=USA"])
@pytest.mark.parametrize("value", ["yesterday", "2022-02-30", "1644796800", "0", "2022-2-1", "",
                                  "2022-02-14T00:00:00", "2022-02-14 ", "２０２２-０２-１４"])
def test_a_bad_until_is_422_on_every_dated_endpoint(client, path, value):
    """Regression: schemathesis once found a bad `until` accepted (read as a Unix time)."""
    sep = "&" if "?" in path else "?"
    response = client.get(f"{path}{sep}until={value}")
    detail = error_of(response, 422)
    assert "'until'" in detail and "YYYY-MM-DD" in detail


def test_bad_date_says_what_a_date_looks_like(client):
    assert "YYYY-MM-DD" in error_of(client.get("/api/events", params={"since": "2022-13-01"}), 422)


def test_one_article_with_its_events(seeded, lavrov_article):
    client, events = seeded
    data = client.get(f"/api/articles/{lavrov_article}").json()
    article = data["article"]
    assert "Lavrov" in article["body"]
    assert len(data["events"]) == len(events[lavrov_article]) > 0
    for event in data["events"]:
        start = event["sentence_start"]
        assert article["body"][start:start + len(event["sentence"])] == event["sentence"]
        for role in ("source", "trigger", "target"):
            (a, b), = event["spans"][role]
            assert 0 <= a < b <= len(event["sentence"])


def test_unknown_article_is_404(client):
    assert "nope" in error_of(client.get("/api/articles/nope"), 404)


def test_unknown_path_is_json_404(client):
    assert "/api/nothing" in error_of(client.get("/api/nothing"), 404)


# -- search ----------------------------------------------------------------------------------
def test_search_ranks_and_marks_the_words(client, lavrov_article):
    page = client.get("/api/search", params={"q": "Lavrov"}).json()
    assert [hit["id"] for hit in page["items"]] == [lavrov_article]
    assert "[Lavrov]" in page["items"][0]["snippet"]
    # accents optional; both articles speak of security guarantees, best first
    hits = client.get("/api/search", params={"q": "securite"}).json()["items"]
    assert len(hits) == 2 and [h["rank"] for h in hits] == [1, 2]
    assert hits[0]["relevance"] == 1.0 >= hits[1]["relevance"] > 0
    assert all("[sécurité]" in h["snippet"].lower() for h in hits)
    # the second page keeps the rank and relevance the hit has in the whole list
    second = client.get("/api/search", params={"q": "securite", "offset": 1}).json()["items"]
    assert [(h["id"], h["rank"], h["relevance"]) for h in second] == [
        (hits[1]["id"], 2, hits[1]["relevance"])]


def test_search_needs_words(client):
    assert "'q'" in error_of(client.get("/api/search"), 422)
    assert "'q'" in error_of(client.get("/api/search", params={"q": ""}), 422)
    assert client.get("/api/search", params={"q": '"*:('}).json()["items"] == []


# -- events ----------------------------------------------------------------------------------
def test_events_filters(seeded):
    client, events = seeded
    every = client.get("/api/events").json()
    assert every["total"] == sum(len(v) for v in events.values())
    dates = [e["date"] for e in every["items"]]
    assert dates == sorted(dates)
    rejects = client.get("/api/events", params={"type": "REJECT"}).json()["items"]
    assert rejects and all(e["type"] == "REJECT" for e in rejects)
    # RUS matches RUSGOV (Lavrov); as source only, the United States' events drop out
    by_russia = client.get("/api/events", params={"source": "RUS"}).json()["items"]
    assert {tuple(e["source"]) for e in by_russia} == {("RUS",), ("RUSGOV",)}
    to_nato = client.get("/api/events", params={"target": "NATO"}).json()["items"]
    assert to_nato and all("NATO" in e["target"] for e in to_nato)
    february = client.get("/api/events", params={"since": "2022-02-01", "until": "2022-02-14"}).json()
    assert february["total"] and all("2022-02-01" <= e["date"] <= "2022-02-14" for e in february["items"])
    actor = client.get("/api/events", params={"actor": "NATO"}).json()["items"]
    assert all("NATO" in e["source"] + e["target"] for e in actor)


def test_events_of_one_article(seeded, lavrov_article):
    client, events = seeded
    page = client.get("/api/events", params={"article": lavrov_article}).json()
    assert page["total"] == len(events[lavrov_article])


def test_unknown_event_type_lists_the_types(client):
    detail = error_of(client.get("/api/events", params={"type": "HUG"}), 422)
    assert "'type'" in detail and "REJECT" in detail and "HUG" in detail


def test_types(client):
    types = client.get("/api/types").json()
    assert {"type": "REJECT", "quad_class": 3, "quad_name": "verbal conflict"} in types
    assert len(types) == 16


# -- CSV -------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/api/events.csv", "/api/events?format=csv"])
def test_events_csv(seeded, path):
    client, events = seeded
    response = client.get(path)
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == sum(len(v) for v in events.values())
    assert {"date", "source", "type", "target", "sentence"} <= set(rows[0])
    nato = [r for r in rows if "NATO" in r["target"]]
    assert nato and all(", " in r["target"] or r["target"] == "NATO" for r in nato)


@pytest.mark.parametrize("path", ["/api/articles", "/api/search?q=Moscou", "/api/groups",
                                  "/api/stories", "/api/actors?q=russ",
                                  "/api/timeline?a=RUS&b=USA", "/api/network"])
def test_every_listing_downloads_as_csv(client, path):
    response = client.get(path.replace("?", ".csv?", 1) if "?" in path else path + ".csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.text)))
    assert len(rows) >= 2 and len(set(map(len, rows))) == 1


# -- groups, stories, timeline, network -------------------------------------------------------
def test_groups(seeded):
    client, events = seeded
    page = client.get("/api/groups").json()
    assert page["total"] == len(page["items"]) > 0
    assert sum(g["num_mentions"] for g in page["items"]) == sum(len(v) for v in events.values())
    ids = {e.id for v in events.values() for e in v}
    assert {i for g in page["items"] for i in g["event_ids"]} == ids
    assert client.get("/api/groups", params={"since": "2030-01-01"}).json()["total"] == 0


def test_the_happenings_of_the_surer_events(seeded):
    """min_confidence on groups, timeline and network: the happenings holding an event at that
    confidence or more (their counts whole), and none above the surest event."""
    client, events = seeded
    every = client.get("/api/groups", params={"limit": 500}).json()["items"]
    surest = max(e.confidence for v in events.values() for e in v)
    for level in sorted({e.confidence for v in events.values() for e in v}):
        sure = {e.id for v in events.values() for e in v if e.confidence >= level}
        kept = client.get("/api/groups", params={"limit": 500, "min_confidence": level}).json()
        assert kept["items"] == [g for g in every if set(g["event_ids"]) & sure]
        assert kept["total"] == len(kept["items"]) > 0
        series = client.get("/api/timeline", params={"a": "RUS", "b": "USA", "min_confidence": level}).json()
        dyad = [g for g in kept["items"] if any(a in g["source"] and b in g["target"]
                                                 for a, b in (("RUS", "USA"), ("USA", "RUS")))]
        assert sum(r["events"] for r in series) == len(dyad)
    above = min(1.0, surest + 0.01)
    if above > surest:
        assert client.get("/api/groups", params={"min_confidence": above}).json()["total"] == 0
        assert client.get("/api/timeline", params={"a": "RUS", "b": "USA", "min_confidence": above}).json() == []
        assert client.get("/api/network", params={"min_confidence": above}).json() == {"nodes": [], "edges": []}
    assert client.get("/api/network", params={"min_confidence": 0}).json() == client.get("/api/network").json()
    assert "min_confidence" in error_of(client.get("/api/groups", params={"min_confidence": 2}), 422)


def test_stories_and_a_story_chronology(client):
    stories = client.get("/api/stories").json()["items"]
    assert stories and all(s["num_events"] > 0 for s in stories)
    story = client.get(f"/api/stories/{stories[0]['id']}").json()
    dates = [e["date"] for e in story["events"]]
    assert dates == sorted(dates) and len(dates) == stories[0]["num_events"]
    assert all(e["sentence"] and e["article_id"] for e in story["events"])
    assert "nope" in error_of(client.get("/api/stories/nope"), 404)


def test_timeline(client):
    rows = client.get("/api/timeline", params={"a": "RUS", "b": "USA", "by": "month"}).json()
    assert [r["period"] for r in rows] == sorted(r["period"] for r in rows)
    assert all(r["events"] == r["a_to_b"] + r["b_to_a"] for r in rows)
    directed = client.get("/api/timeline", params={"a": "RUS", "b": "USA", "directed": True}).json()
    assert sum(r["events"] for r in directed) == sum(r["a_to_b"] for r in rows)
    assert "'by'" in error_of(client.get("/api/timeline", params={"a": "RUS", "b": "USA", "by": "year"}), 422)
    assert "'b'" in error_of(client.get("/api/timeline", params={"a": "RUS"}), 422)


def test_network(client):
    graph = client.get("/api/network").json()
    nodes = {n["id"] for n in graph["nodes"]}
    assert {"RUS", "USA", "NATO"} <= nodes
    assert all(e["source"] in nodes and e["target"] in nodes and e["weight"] > 0 for e in graph["edges"])
    assert client.get("/api/network", params={"until": "2000-01-01"}).json() == {"nodes": [], "edges": []}


# -- actors, info, docs, page ----------------------------------------------------------------
def test_actors(client):
    found = client.get("/api/actors", params={"q": "lavrov"}).json()["items"]
    assert any(a["code"] == "RUSGOV" and a["kind"] == "person" for a in found)
    every = client.get("/api/actors", params={"limit": 5}).json()
    assert len(every["items"]) == 5 and every["total"] > 5
    assert client.get("/api/actors/RUSGOV").json()["country"] == "RUS"
    assert "XYZ123" in error_of(client.get("/api/actors/XYZ123"), 404)


def test_info(seeded):
    client, events = seeded
    info = client.get("/api/info").json()
    assert info["read_only"] is True and info["articles"] == 2
    assert info["events"] == sum(len(v) for v in events.values())


def test_docs_work_offline(client):
    page = client.get("/docs").text
    assert "swagger-ui-bundle.js" in page and "cdn" not in page.lower()
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        assert client.get(f"/static-offline-docs/{asset}").status_code == 200
    assert "cdn" not in client.get("/redoc").text.lower()
    assert "/api/events" in client.get("/openapi.json").json()["paths"]


def test_page_and_its_files_are_served(client):
    page = client.get("/")
    assert page.status_code == 200 and "/static/app.js" in page.text
    for asset in ("app.js", "app.css"):
        assert client.get(f"/static/{asset}").status_code == 200
    assert "http" not in page.text.replace("http-equiv", "")  # nothing loaded from elsewhere
