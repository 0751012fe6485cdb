"""Exports read back equal to the store: CSV, JSON Lines, Parquet (pyarrow, DuckDB, Polars),
and GDELT 2.0 event rows with the documented columns."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from analysis_data import event, leak_article, leak_events, save, verdict_article, verdict_events

from dyads.export import GDELT_COLUMNS, ExportError, export, records, schema
from dyads.model import Place
from dyads.store import open_store

WHAT = ["articles", "events", "groups"]


@pytest.fixture
def store(db_path):
    s = open_store(db_path)
    leak, verdict = leak_article(), verdict_article()
    leak = dataclasses.replace(leak, description=None, authors=["Ana Pérez", "J. Smith"],
                               modified=dt.datetime(2022, 2, 3, 8, 0, tzinfo=dt.timezone.utc))
    events = leak_events(leak)
    events[0] = dataclasses.replace(
        events[0], negated=True, reported_by=["El País"],
        place=Place(country="RUS", city="Moscou", lat=55.75, lon=37.62, text="à Moscou"),
        spans={"source": [[3, 12]], "trigger": [[20, 28]], "target": []}, trigger="rejettent")
    save(s, leak, events)
    save(s, verdict, verdict_events(verdict))
    yield s
    s.close()


def expected(store, what: str) -> list[dict]:
    """The store's rows as Python values, in export order."""
    return [{name: getattr(item, name) for name, _ in schema(what)} for item in records(store, what)]


def decode_csv(value: str, kind: str):
    if value == "":
        return None
    return {"int": int, "float": float, "bool": lambda v: {"true": True, "false": False}[v],
            "date": dt.date.fromisoformat, "datetime": dt.datetime.fromisoformat,
            "list": json.loads, "json": json.loads,
            "place": lambda v: Place(**json.loads(v))}.get(kind, str)(value)


def decode_json(value, kind: str):
    if value is None:
        return None
    return {"date": dt.date.fromisoformat, "datetime": dt.datetime.fromisoformat,
            "place": lambda v: Place(**v)}.get(kind, lambda v: v)(value)


def decode_arrow(value, kind: str):
    if value is None:
        return None
    return {"json": json.loads, "place": lambda v: Place(**v)}.get(kind, lambda v: v)(value)


@pytest.mark.parametrize("what", WHAT)
def test_csv_and_jsonl_read_back_equal_to_the_store(store, tmp_path, what):
    want = expected(store, what)
    assert want
    kinds = dict(schema(what))
    assert export(store, what, "csv", tmp_path / "x.csv") == len(want)
    with (tmp_path / "x.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == list(kinds)
    assert [{k: decode_csv(v, kinds[k]) for k, v in r.items()} for r in rows] == want
    assert export(store, what, "jsonl", tmp_path / "x.jsonl") == len(want)
    lines = (tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines()
    assert [{k: decode_json(v, kinds[k]) for k, v in json.loads(line).items()}
            for line in lines] == want


@pytest.mark.parametrize("what", WHAT)
def test_parquet_has_proper_types_and_reads_back_in_pyarrow_duckdb_and_polars(store, tmp_path, what):
    import duckdb
    import polars as pl
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / f"{what}.parquet"
    want = expected(store, what)
    kinds = dict(schema(what))
    assert export(store, what, "parquet", out) == len(want)
    table = pq.read_table(out)
    types = {f.name: f.type for f in table.schema}
    for name, kind in kinds.items():
        if kind == "datetime":
            assert types[name] == pa.timestamp("us", tz="UTC"), name
        elif kind == "date":
            assert types[name] == pa.date32(), name
        elif kind == "list":
            assert types[name] == pa.list_(pa.string()), name
        elif kind == "bool":
            assert types[name] == pa.bool_(), name
    got = [{k: decode_arrow(v, kinds[k]) for k, v in row.items()} for row in table.to_pylist()]
    assert got == want  # aware datetimes compare as instants: +01:00 in, UTC out
    frame = pl.read_parquet(out)
    assert frame.height == len(want) and frame.columns == list(kinds)
    assert all(frame.schema[k] == pl.Boolean for k, kind in kinds.items() if kind == "bool")
    assert all(isinstance(frame.schema[k], pl.Datetime) and frame.schema[k].time_zone == "UTC"
               for k, kind in kinds.items() if kind == "datetime")
    con = duckdb.connect()
    described = dict(con.execute(f"DESCRIBE SELECT * FROM read_parquet('{out}')").fetchall()[i][:2]
                     for i in range(len(kinds)))
    assert con.execute(f"SELECT count(*) FROM read_parquet('{out}')").fetchone()[0] == len(want)
    assert all(described[k] == "VARCHAR[]" for k, kind in kinds.items() if kind == "list")
    assert all(described[k] == "DATE" for k, kind in kinds.items() if kind == "date")
    assert all(described[k] == "TIMESTAMP WITH TIME ZONE"
               for k, kind in kinds.items() if kind == "datetime")


def gdelt_rows(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines]
    assert {len(r) for r in rows} == {len(GDELT_COLUMNS)} == {61}
    return [dict(zip(GDELT_COLUMNS, r)) for r in rows]


def test_gdelt_rows_of_groups_carry_their_counts(store, tmp_path):
    assert export(store, "groups", "gdelt", tmp_path / "g.tsv") == 4
    rows = gdelt_rows(tmp_path / "g.tsv")
    by_date = {(r["SQLDATE"], r["Actor1Code"], r["EventCode"]): r for r in rows}
    treaties = by_date[("20211231", "RUS", "100")]
    assert (treaties["NumMentions"], treaties["NumArticles"], treaties["NumSources"]) == ("2", "2", "2")
    assert (treaties["MonthYear"], treaties["Year"], treaties["FractionDate"]) == ("202112", "2021", "2021.9973")
    assert treaties["Actor2Code"] == "USA" and treaties["Actor2CountryCode"] == "USA"
    assert (treaties["QuadClass"], treaties["GoldsteinScale"]) == ("3", "-5.0")
    assert treaties["EventRootCode"] == "10" and treaties["EventBaseCode"] == "100"
    assert treaties["SOURCEURL"].startswith("https://")
    assert len(treaties["DATEADDED"]) == 14 and treaties["AvgTone"] == ""
    assert len({r["GLOBALEVENTID"] for r in rows}) == len(rows) == 4


def test_gdelt_rows_of_events_split_actor_pairs_and_fill_codes_and_places(store, tmp_path):
    a = leak_article("https://other.example.com/nato", "Autre phrase.")
    save(store, a, [event(a, 1, ["USAGOV", "NATO"], ["RUSMIL"], "CONSULT", dt.date(2022, 1, 26))])
    export(store, "events", "gdelt", tmp_path / "e.tsv")
    rows = gdelt_rows(tmp_path / "e.tsv")
    pair = [r for r in rows if r["SQLDATE"] == "20220126"]
    assert sorted((r["Actor1Code"], r["Actor2Code"]) for r in pair) == [("NATO", "RUSMIL"),
                                                                         ("USAGOV", "RUSMIL")]
    gov = next(r for r in pair if r["Actor1Code"] == "USAGOV")
    assert (gov["Actor1CountryCode"], gov["Actor1Type1Code"], gov["Actor2Type1Code"]) == ("USA", "GOV", "MIL")
    nato = next(r for r in pair if r["Actor1Code"] == "NATO")
    assert (nato["Actor1CountryCode"], nato["Actor1KnownGroupCode"]) == ("", "NATO")
    placed = next(r for r in rows if r["ActionGeo_Lat"])
    assert (placed["ActionGeo_Type"], placed["ActionGeo_CountryCode"]) == ("4", "RS")  # FIPS
    assert placed["ActionGeo_FullName"].startswith("Moscou, ")
    assert (placed["ActionGeo_Lat"], placed["ActionGeo_Long"]) == ("55.75", "37.62")
    assert placed["NumMentions"] == "1" and placed["IsRootEvent"] in ("0", "1")


def test_bad_requests_name_the_input(store, tmp_path):
    with pytest.raises(ExportError, match="gdelt"):
        export(store, "articles", "gdelt", tmp_path / "a.tsv")
    with pytest.raises(ExportError, match="'xml'"):
        export(store, "events", "xml", tmp_path / "a.xml")
    with pytest.raises(ExportError, match="'mentions'"):
        export(store, "mentions", "csv", tmp_path / "a.csv")


def test_an_empty_store_exports_valid_empty_files(db_path, tmp_path):
    import pyarrow.parquet as pq

    with open_store(tmp_path / "empty.db") as s:
        assert export(s, "groups", "parquet", tmp_path / "g.parquet") == 0
        assert pq.read_table(tmp_path / "g.parquet").column_names == [n for n, _ in schema("groups")]
