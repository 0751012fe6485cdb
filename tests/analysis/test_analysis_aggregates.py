"""Dyad time series, actor totals and the actor network; copies change no count."""

from __future__ import annotations

import datetime as dt

import pytest
from analysis_data import (event, exchange_store, ingest_with, leak_article, save,  # noqa: F401
                           seed_copy, seeded)  # (exchange_store, seeded: fixtures)
from conftest import SEEDS

import dyads
from dyads.analysis import actor_network, actor_totals, network_data, timeline
from dyads.store import open_store


def test_monthly_timeline_counts_happenings_by_quad_class(store):
    rows = timeline(store, "RUS", "USA", by="month")
    assert [r["period"] for r in rows] == ["2021-12", "2022-01", "2022-02"]
    dec, jan, feb = rows
    # The draft treaties are told by two articles: one happening, two mentions.
    assert (dec["events"], dec["mentions"], dec["verbal_conflict"]) == (1, 2, 1)
    assert (jan["events"], jan["verbal_cooperation"], jan["b_to_a"]) == (1, 1, 1)
    # February: the US rejection (-4) and Lavrov's verdict (-2).
    assert (feb["events"], feb["a_to_b"], feb["b_to_a"]) == (2, 1, 1)
    assert (feb["goldstein_total"], feb["goldstein_mean"]) == (-6.0, -3.0)
    assert sum(r["events"] for r in rows) == 4


def test_weeks_days_direction_and_sectors(store):
    weeks = timeline(store, "RUS", "USA", by="week")
    assert [(r["period"], r["start"]) for r in weeks] == [
        ("2021-W52", "2021-12-27"), ("2022-W05", "2022-01-31"), ("2022-W07", "2022-02-14")]
    days = timeline(store, "USA", "RUS", by="day", directed=True)
    assert [r["period"] for r in days] == ["2022-01-31", "2022-02-02"]
    assert "a_to_b" not in days[0]
    # RUSGOV matches only the happening where the government acted (Lavrov), RUS all of them.
    assert [r["period"] for r in timeline(store, "RUSGOV", "USA", by="day")] == ["2022-02-14"]
    assert timeline(store, "RUS", "FRA") == []
    assert timeline(store, "RUS", "USA", since=dt.date(2022, 2, 1))[0]["events"] == 2
    with pytest.raises(ValueError, match="fortnight"):
        timeline(store, "RUS", "USA", by="fortnight")


def test_actor_totals_and_network(store):
    totals = {r["actor"]: r for r in actor_totals(store)}
    assert totals["RUS"]["as_source"] == 2 and totals["RUS"]["as_target"] == 2
    assert totals["RUS"]["goldstein_total"] == -7.0  # demands (-5) and disapproval (-2)
    graph = actor_network(store)
    assert graph.edges["USA", "RUS"]["weight"] == 2
    assert graph.edges["RUS", "USA"]["goldstein_mean"] == -3.5
    assert graph.edges["RUS", "USA"]["mentions"] == 3
    data = network_data(actor_network(store, since=dt.date(2022, 2, 1)))
    assert [(e["source"], e["target"], e["weight"]) for e in data["edges"]] == [
        ("RUS", "USA", 1), ("USA", "RUS", 1)]


def test_organisations_and_several_actors_make_one_edge_each(db_path):
    with open_store(db_path) as s:
        a = leak_article()
        save(s, a, [event(a, 1, ["USA", "NATO"], ["RUS"], "CONSULT", dt.date(2022, 1, 26))])
        assert sorted(actor_network(s).edges) == [("NATO", "RUS"), ("USA", "RUS")]
        assert timeline(s, "NATO", "RUS")[0]["events"] == 1


def counts(db) -> dict:
    """Every count a user sees."""
    return {"timeline": db.timeline("RUS", "USA", by="day"),
            "groups": [(g.id, g.num_mentions, g.num_articles, g.num_sources) for g in db.groups()],
            "stories": [(s.id, s.article_ids, len(s.events)) for s in db.stories()],
            "network": network_data(db.network()), "totals": db.actor_totals()}


@pytest.mark.parametrize("coder", ["stand-in", "real"])
def test_a_copy_under_another_url_or_a_near_duplicate_changes_no_count(coder, tmp_path, request):
    if coder == "real":  # the seeds as the session's real coder ingested them
        db = request.getfixturevalue("seeded")
    else:
        db = dyads.open(tmp_path / "dyads.db")
        request.addfinalizer(db.close)
        ingest_with(db, [SEEDS], coder)
    before = counts(db)
    assert before["timeline"], "no RUS-USA event in the seed articles"
    lavrov = sorted(SEEDS.glob("*.txt"))[0]
    same = seed_copy(lavrov, tmp_path, "https://mirror.example.com/2022/02/14/lavrov")
    summary = ingest_with(db, [same], coder)
    assert summary.duplicates == 1
    assert counts(db) == before
    near = seed_copy(lavrov, tmp_path, "https://copies.example.net/lavrov-reponse", edits={
        "a déclaré ce lundi 14 février": "a affirmé ce lundi 14 février",
        "lors d'une réunion avec le Président": "lors d'un entretien avec le Président"})
    summary = ingest_with(db, [near], coder)
    assert summary.near_duplicates == 1
    assert counts(db) == before
    if coder == "real":  # coding every stored article again keeps the copy out too
        db.recode()
        assert counts(db) == before
