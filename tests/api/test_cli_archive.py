"""The archive commands end to end on real inputs: exit codes, listings, idempotence, a kill."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEEDS
from typer.testing import CliRunner

from dyads.cli import app

runner = CliRunner()


def dyads(db: Path, *args: str):
    return runner.invoke(app, ["--db", str(db), *args])


def test_ingest_seeds_then_list_search_show(db_path):
    result = dyads(db_path, "ingest", str(SEEDS), "--no-code")
    assert result.exit_code == 0, result.output
    assert "stored 2" in result.output
    listed = json.loads(dyads(db_path, "articles", "--format", "json").output)
    assert {a["source"] for a in listed} == {"fr.sputniknews.com"}
    required = {"id", "url", "source", "publisher", "title", "description", "published",
                "modified", "authors", "section", "keywords", "language", "image", "body", "origin"}
    assert all(required <= set(a) for a in listed)
    hits = json.loads(dyads(db_path, "search", "securite Lavrov", "--format", "json").output)
    assert hits and "[" in hits[0]["snippet"]
    shown = dyads(db_path, "show", hits[0]["id"])
    assert shown.exit_code == 0 and hits[0]["title"] in shown.output
    csv_out = dyads(db_path, "articles", "--lang", "fr", "--since", "2022-02-01", "--format", "csv").output
    rows = list(csv.DictReader(io.StringIO(csv_out)))  # bodies hold newlines: parse, do not count lines
    assert len(rows) == 2 and {r["language"] for r in rows} == {"fr"} and all(r["body"] for r in rows)


def test_reingesting_changes_nothing(db_path):
    dyads(db_path, "ingest", str(SEEDS), "--no-code")
    before = sqlite3.connect(db_path).execute("SELECT id, content_hash, body FROM articles ORDER BY id").fetchall()
    again = dyads(db_path, "ingest", str(SEEDS), "--no-code")
    assert again.exit_code == 0 and "stored 0" in again.output and "duplicates 2" in again.output
    after = sqlite3.connect(db_path).execute("SELECT id, content_hash, body FROM articles ORDER BY id").fetchall()
    assert before == after


def test_exit_codes(db_path, tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 64)
    failed = dyads(db_path, "ingest", str(empty), str(binary))
    assert failed.exit_code == 1
    assert str(empty) in failed.output and str(binary) in failed.output
    rows = json.loads(dyads(db_path, "failures", "--format", "json").output)
    assert {r["origin"] for r in rows} == {str(empty), str(binary)}
    assert all(r["reason"] for r in rows)
    mixed = dyads(db_path, "ingest", str(empty), str(SEEDS), "--no-code")
    assert mixed.exit_code == 0
    nothing = dyads(db_path, "ingest", str(SEEDS), "--no-code")
    assert nothing.exit_code == 0
    assert dyads(db_path, "articles", "--since", "not-a-date").exit_code == 2
    assert dyads(db_path, "no-such-command").exit_code == 2


def _write_jsonl(path: Path, count: int) -> None:
    body = (SEEDS / "000_9097bb72c12b5d38.txt").read_text("utf-8").splitlines()[28]
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            # Distinct texts so that no line is a near-duplicate of another.
            words = " ".join(f"w{i}x{j}" for j in range(60))
            out.write(json.dumps({"url": f"https://example.org/a/{i}", "title": f"Article {i}",
                                  "language": "fr", "published": "2022-02-14T13:42:00+01:00",
                                  "body": f"{words}. {body}"}, ensure_ascii=False) + "\n")


def test_sigkill_half_way_leaves_a_consistent_store_and_rerun_completes(tmp_path):
    count = 3000
    source = tmp_path / "many.jsonl"
    _write_jsonl(source, count)
    db = tmp_path / "kill.db"
    cmd = [sys.executable, "-m", "dyads", "--db", str(db), "ingest", str(source), "--no-code"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                stored = sqlite3.connect(db, timeout=1).execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 200:
                break
    if proc.poll() is not None:
        pytest.fail("the ingest ended before it could be killed; make the input larger")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    half = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < half < count and half % 50 == 0  # whole batches only
    fts = conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
    assert fts == half
    conn.close()

    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == count
    assert conn.execute("SELECT count(DISTINCT url) FROM articles").fetchone()[0] == count
    assert f"duplicates {half}" in done.stderr


def test_ingesting_the_folder_that_holds_the_store_skips_the_store(tmp_path, monkeypatch):
    for seed in SEEDS.iterdir():
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    monkeypatch.chdir(tmp_path)
    store = tmp_path / "dyads.db"  # the default place: the folder being ingested
    first = dyads(store, "ingest", ".", "--no-code")
    again = dyads(store, "ingest", str(tmp_path), "--no-code")
    assert first.exit_code == again.exit_code == 0, first.output + again.output
    assert "read 2, stored 2" in first.output and "failed 0" in first.output
    assert "read 2, stored 0" in again.output and "failed 0" in again.output
