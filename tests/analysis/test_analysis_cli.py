"""The analysis commands: timeline, network, stories, story, groups, export."""

from __future__ import annotations

import dataclasses
import json

import networkx as nx
import pyarrow.parquet as pq
import pytest
from analysis_data import leak_article, leak_events, save, seeded, verdict_article, verdict_events
from typer.testing import CliRunner

from dyads.cli import app
from dyads.store import open_store


@pytest.fixture
def db(db_path):
    with open_store(db_path) as s:
        leak, verdict = leak_article(), verdict_article()
        save(s, leak, leak_events(leak))
        save(s, verdict, verdict_events(verdict))
    return str(db_path)


def run(db: str, *args: str) -> str:
    result = CliRunner(env={"COLUMNS": "250"}).invoke(app, ["--db", db, *args])  # wide tables
    assert result.exit_code == 0, result.output
    return result.stdout


def test_timeline_json_is_a_non_empty_series(db):
    rows = json.loads(run(db, "timeline", "RUS", "USA", "--format", "json"))
    assert [r["period"] for r in rows] == ["2021-12", "2022-01", "2022-02"]
    assert all(r["events"] > 0 for r in rows)
    csv_text = run(db, "timeline", "RUS", "USA", "--by", "day", "--format", "csv")
    assert csv_text.splitlines()[0].startswith("period,start,events,mentions")
    assert len(csv_text.splitlines()) == 5


def test_timeline_charts_get_a_default_file_name(db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run(db, "timeline", "RUS", "USA", "--by", "week", "--format", "png")
    assert (tmp_path / "timeline_RUS_USA_week.png").read_bytes()[:4] == b"\x89PNG"
    run(db, "timeline", "rus", "usa", "--format", "html", "--out", "chart.html")
    assert "<svg" in (tmp_path / "chart.html").read_text("utf-8")


def test_stories_and_story(db):
    [story] = json.loads(run(db, "stories", "--format", "json"))
    assert {"id", "title", "start", "end", "article_ids", "events"} <= set(story)
    assert (story["start"], story["end"]) == ("2021-12-31", "2022-02-14")
    table = run(db, "stories")
    assert story["id"] in table
    one = json.loads(run(db, "story", story["id"], "--format", "json"))
    assert one == story
    chronology = run(db, "story", story["id"])
    assert chronology.index("2021-12-31") < chronology.index("2022-02-14")
    assert "https://news.example.org" in chronology
    missing = CliRunner().invoke(app, ["--db", db, "story", "s0000"])
    assert missing.exit_code == 1


def test_network_json_graphml_and_png(db, tmp_path):
    data = json.loads(run(db, "network", "--since", "2022-01-01"))
    assert {(e["source"], e["target"]) for e in data["edges"]} == {("RUS", "USA"), ("USA", "RUS")}
    run(db, "network", "--format", "graphml", "--out", str(tmp_path / "n.graphml"))
    graph = nx.read_graphml(tmp_path / "n.graphml")
    assert graph.is_directed() and graph.edges["USA", "RUS"]["weight"] == 2
    run(db, "network", "--format", "png", "--out", str(tmp_path / "n.png"))
    assert (tmp_path / "n.png").stat().st_size > 5000


def test_groups_and_export(db, tmp_path):
    groups = json.loads(run(db, "groups", "--format", "json"))
    assert len(groups) == 4 and max(g["num_articles"] for g in groups) == 2
    run(db, "export", "--what", "groups", "--format", "jsonl", str(tmp_path / "g.jsonl"))
    lines = (tmp_path / "g.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [g["id"] for g in groups]
    bad = CliRunner().invoke(app, ["--db", db, "export", "--what", "articles", "--format", "gdelt",
                                   str(tmp_path / "a.tsv")])
    assert bad.exit_code == 2 and "gdelt" in bad.output


@pytest.fixture
def half_sure(db_path):
    """The two articles, the verdict's events coded with a confidence of 0.55 only."""
    leak, verdict = leak_article(), verdict_article()
    unsure = [dataclasses.replace(e, confidence=0.55) for e in verdict_events(verdict)]
    with open_store(db_path) as s:
        save(s, leak, leak_events(leak))
        save(s, verdict, unsure)
    return str(db_path)


def test_export_keeps_a_period_and_the_surer_events(half_sure, tmp_path):
    """--since/--until keep the records of a period (events and groups by their date, articles
    by their day of publication), --min-confidence the events the coder is surer of; every
    format writes the same selection."""
    leak, verdict, db = leak_article(), verdict_article(), half_sure

    def ids(*args: str) -> list[str]:
        run(db, "export", "--format", "jsonl", str(tmp_path / "out.jsonl"), *args)
        return [json.loads(line)["id"] for line in (tmp_path / "out.jsonl").read_text("utf-8").splitlines()]

    everything = ids()
    assert len(everything) == 6
    assert set(ids("--min-confidence", "0.8")) == {e.id for e in leak_events(leak)}
    assert ids("--min-confidence", "0.5") == everything
    january = ids("--since", "2022-01-01", "--until", "2022-01-31")
    assert january and len(january) == 2  # the two answers of 31 January; the 31 December demands are out
    assert ids("--since", "2022-02-14", "--min-confidence", "0.8") == []
    for level, pairs in ((None, 6), ("0.8", 3)):  # one source-target pair per event
        run(db, "export", "--format", "gdelt", str(tmp_path / "e.tsv"), *(["--min-confidence", level] if level else []))
        assert len((tmp_path / "e.tsv").read_text("utf-8").splitlines()) == pairs
    groups = json.loads(run(db, "groups", "--format", "json", "--since", "2022-02-01"))
    assert ids("--what", "groups", "--since", "2022-02-01") == [g["id"] for g in groups]
    assert ids("--what", "articles", "--since", "2022-02-10") == [verdict.id]
    refused = CliRunner().invoke(app, ["--db", db, "export", "--what", "articles", "--min-confidence", "0.8",
                                       str(tmp_path / "a.csv")])
    assert refused.exit_code == 2 and "--min-confidence" in refused.output
    backwards = CliRunner().invoke(app, ["--db", db, "export", "--since", "2022-02-01", "--until", "2022-01-01",
                                         str(tmp_path / "e.csv")])
    assert backwards.exit_code == 2 and "--since" in backwards.output
    for bad in ("1.5", "nan"):
        wrong = CliRunner().invoke(app, ["--db", db, "export", "--min-confidence", bad, str(tmp_path / "e.csv")])
        assert wrong.exit_code == 2 and "--min-confidence" in wrong.output


def test_groups_timeline_and_network_of_the_surer_events(half_sure, tmp_path):
    """--min-confidence C on the happenings keeps those holding an event the coder is at least
    C sure of, with their counts whole; groups, their export, the timeline and the network
    agree."""
    leak, db = leak_article(), half_sure
    sure_ids = {e.id for e in leak_events(leak)}
    every = json.loads(run(db, "groups", "--format", "json"))
    surer = json.loads(run(db, "groups", "--format", "json", "--min-confidence", "0.8"))
    assert surer == [g for g in every if set(g["event_ids"]) & sure_ids]  # the same groups, counts whole
    assert 0 < len(surer) < len(every)
    assert json.loads(run(db, "groups", "--format", "json", "--min-confidence", "0.5")) == every
    run(db, "export", "--what", "groups", "--format", "jsonl", "--min-confidence", "0.8", str(tmp_path / "g.jsonl"))
    exported = [json.loads(line)["id"] for line in (tmp_path / "g.jsonl").read_text("utf-8").splitlines()]
    assert exported == [g["id"] for g in surer]

    def dyad(group) -> bool:  # RUS -> USA or USA -> RUS, with or without others
        return any(a in group["source"] and b in group["target"] for a, b in (("RUS", "USA"), ("USA", "RUS")))

    series = json.loads(run(db, "timeline", "RUS", "USA", "--format", "json", "--min-confidence", "0.8"))
    assert sum(r["events"] for r in series) == sum(dyad(g) for g in surer)
    assert sum(r["events"] for r in json.loads(run(db, "timeline", "RUS", "USA", "--format", "json"))) \
        == sum(dyad(g) for g in every)
    assert json.loads(run(db, "network", "--min-confidence", "0.99")) == {"nodes": [], "edges": []}
    weights = {(e["source"], e["target"]): e["weight"]
               for e in json.loads(run(db, "network", "--min-confidence", "0.8"))["edges"]}
    assert sum(weights.values()) == sum(len(g["source"]) * len(g["target"]) for g in surer
                                        if set(g["source"]).isdisjoint(g["target"]))
    wrong = CliRunner().invoke(app, ["--db", db, "timeline", "RUS", "USA", "--min-confidence", "nan"])
    assert wrong.exit_code == 2 and "--min-confidence" in wrong.output


def test_the_seeds_from_the_command_line(seeded, tmp_path):
    """After ingesting both seed articles: one story with the events of both in date order, a
    non-empty RUS-USA series, a network and exports of every kind."""
    db = str(seeded.store.path)
    [story] = json.loads(run(db, "stories", "--format", "json"))
    assert sorted(story["article_ids"]) == sorted(a.id for a in seeded.articles())
    assert {e["article_id"] for e in story["events"]} == set(story["article_ids"])
    dates = [e["date"] for e in story["events"]]
    assert dates == sorted(dates) and (story["start"], story["end"]) == (dates[0], dates[-1])
    assert {e["url"] for e in story["events"]} == {a.url for a in seeded.articles()}
    assert story["title"] in run(db, "story", story["id"])
    months = json.loads(run(db, "timeline", "RUS", "USA", "--format", "json"))
    days = json.loads(run(db, "timeline", "RUS", "USA", "--by", "day", "--format", "json"))
    assert months and sum(r["events"] for r in months) == sum(r["events"] for r in days) > 0
    data = json.loads(run(db, "network"))
    assert ("USA", "RUS") in {(e["source"], e["target"]) for e in data["edges"]}
    for what in ("articles", "events", "groups"):
        run(db, "export", "--what", what, "--format", "parquet", str(tmp_path / f"{what}.parquet"))
    assert pq.read_table(tmp_path / "events.parquet").num_rows == len(seeded.events())
