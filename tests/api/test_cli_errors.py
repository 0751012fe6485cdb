"""The CLI as a demanding user meets it: bad dates, formats, codes and ids, empty and broken
stores, bad inputs, output piped to `head`. No traceback ever; one `Error:` line naming what
was wrong; exit 2 for usage errors, 1 for "not found" and "every input failed"; JSON is
valid (`[]` when empty) and CSV has its header even when empty."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SEEDS
from typer.testing import CliRunner

import dyads.archive
from dyads.cli import app

runner = CliRunner()


def run(db: Path, *args: str):
    return runner.invoke(app, ["--db", str(db), *args])


def one_error_line(result, *words: str) -> str:
    """The result's stderr is a single `Error: ...` line that names each of `words`."""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.output
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("seeded") / "x.db"
    result = run(db, "ingest", str(SEEDS), "--no-code")
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture
def empty(tmp_path) -> Path:
    return tmp_path / "empty.db"


DATED = [["articles"], ["events"], ["groups"], ["network"], ["timeline", "RUS", "USA"]]


@pytest.mark.parametrize("command", DATED, ids=lambda c: c[0])
@pytest.mark.parametrize("option", ["--since", "--until"])
@pytest.mark.parametrize("value", ["2022-13-01", "yesterday", "14/02/2022"])
def test_a_bad_date_is_a_usage_error_naming_option_and_value(seeded, command, option, value):
    result = run(seeded, *command, option, value)
    assert result.exit_code == 2
    one_error_line(result, option, repr(value), "YYYY-MM-DD")


def test_code_date_is_checked_before_any_model_loads(empty):
    result = run(empty, "code", "Moscou a rejeté les propositions de l'Otan.", "--date", "2022-02-30")
    assert result.exit_code == 2
    one_error_line(result, "--date", "2022-02-30")


LISTINGS = [["articles"], ["search", "sécurité"], ["failures"], ["events"], ["groups"],
            ["stories"], ["actors", "lavrov"], ["timeline", "RUS", "USA"]]


@pytest.mark.parametrize("command", LISTINGS, ids=lambda c: c[0])
def test_an_unknown_format_is_a_usage_error(seeded, command):
    result = run(seeded, *command, "--format", "xml")
    assert result.exit_code == 2
    one_error_line(result, "--format", "xml")


# What an empty listing prints: its CSV header starts with this column.
EMPTY_LISTINGS = {
    ("articles",): "id", ("search", "sécurité"): "id", ("failures",): "origin",
    ("events",): "id", ("groups",): "id", ("stories",): "id",
    ("actors", "no-such-actor-anywhere"): "code",
}


@pytest.mark.parametrize("command", list(EMPTY_LISTINGS), ids=lambda c: c[0])
def test_an_empty_listing_is_valid_in_every_format(empty, command):
    as_json = run(empty, *command, "--format", "json")
    assert as_json.exit_code == 0 and json.loads(as_json.stdout) == []
    as_csv = run(empty, *command, "--format", "csv")
    assert as_csv.exit_code == 0
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert len(rows) == 1 and rows[0][0] == EMPTY_LISTINGS[command]
    as_table = run(empty, *command)
    assert as_table.exit_code == 0 and "┃" in as_table.stdout  # a table with its header row


@pytest.mark.parametrize("command", [["articles"], ["failures"], ["search", "sécurité"]],
                         ids=lambda c: c[0])
def test_csv_and_json_carry_the_same_columns(seeded, command):
    run(seeded, "ingest", str(SEEDS / "missing.txt"))  # one failure, for `failures`
    rows = json.loads(run(seeded, *command, "--format", "json").stdout)
    table = list(csv.DictReader(io.StringIO(run(seeded, *command, "--format", "csv").stdout)))
    assert rows and len(rows) == len(table)
    assert list(table[0]) == list(rows[0])


def test_event_filters_check_types_and_warn_on_unknown_codes(empty):
    bad_type = run(empty, "events", "--type", "REJECTT")
    assert bad_type.exit_code == 2
    one_error_line(bad_type, "--type", "REJECTT", "REJECT")  # the valid types are listed
    assert run(empty, "events", "--type", "reject", "--format", "json").exit_code == 0
    unknown = run(empty, "events", "--actor", "ZZZ", "--format", "json")
    assert unknown.exit_code == 0 and json.loads(unknown.stdout) == []
    assert "ZZZ" in unknown.stderr and "Traceback" not in unknown.output
    known = run(empty, "events", "--actor", "rusgov", "--target", "NATO", "--format", "json")
    assert known.exit_code == 0 and known.stderr == ""


def test_a_minimum_confidence_lists_the_surer_events_and_checks_its_range(tmp_path):
    db = tmp_path / "coded.db"
    assert run(db, "ingest", str(SEEDS)).exit_code == 0
    every = json.loads(run(db, "events", "--format", "json").stdout)
    levels = sorted({e["confidence"] for e in every})
    assert len(levels) >= 2, levels  # the seeds' events are not all equally sure
    level = levels[len(levels) // 2]
    surer = json.loads(run(db, "events", "--min-confidence", str(level), "--format", "json").stdout)
    assert surer == [e for e in every if e["confidence"] >= level] and 0 < len(surer) < len(every)
    for bad in ("1.5", "-0.1", "sure", "nan"):
        result = run(db, "events", "--min-confidence", bad)
        assert result.exit_code == 2
        one_error_line(result, "--min-confidence")


def test_unknown_ids_are_not_found(seeded):
    for command in (["show", "0123456789abcdef"], ["show", "0123456789abcdef", "--format", "json"],
                    ["story", "s-no-such-story"]):
        result = run(seeded, *command)
        assert result.exit_code == 1 and result.stdout == ""
        one_error_line(result, command[1])


def test_show_prints_an_article_in_each_format(seeded):
    article = json.loads(run(seeded, "articles", "--format", "json", "--limit", "1").stdout)[0]
    shown = json.loads(run(seeded, "show", article["id"], "--format", "json").stdout)
    assert shown[0]["id"] == article["id"] and "events" in shown[0]
    row = list(csv.DictReader(io.StringIO(run(seeded, "show", article["id"], "--format", "csv").stdout)))
    assert [r["id"] for r in row] == [article["id"]] and row[0]["body"] == article["body"]
    text = run(seeded, "show", article["id"]).stdout
    # the body is printed whole: no paragraph folded at the console's width
    assert all(p in text for p in article["body"].split("\n\n"))


def test_a_search_with_no_words_is_a_usage_error(seeded):
    for query in ("", "  ", "?!"):
        result = run(seeded, "search", query)
        assert result.exit_code == 2
        one_error_line(result, "QUERY")


def test_a_store_that_is_not_a_dyads_store_is_refused_untouched(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("not a database\n")
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT)")
    folder = tmp_path / "folder"
    folder.mkdir()
    for store, reason in ((text, "not a SQLite database"), (other, "another program"),
                          (folder, "folder")):
        before = store.read_bytes() if store.is_file() else None
        for command in (["articles"], ["ingest", str(SEEDS), "--no-code"], ["events"]):
            result = run(store, *command)
            assert result.exit_code == 2
            one_error_line(result, str(store), reason)
        assert (store.read_bytes() if store.is_file() else None) == before
    with pytest.raises(dyads.archive.StoreError, match="not a SQLite database"):
        dyads.open(text)


def test_a_store_in_a_missing_folder_is_created(tmp_path):
    store = tmp_path / "new" / "sub" / "x.db"
    result = run(store, "ingest", str(SEEDS), "--no-code")
    assert result.exit_code == 0 and store.is_file()
    assert len(json.loads(run(store, "articles", "--format", "json").stdout)) == 2


def test_a_postgres_password_is_not_printed():
    result = runner.invoke(app, ["--db", "postgresql://bob:s3cret@127.0.0.1:1/none", "events"])
    assert result.exit_code == 2
    line = one_error_line(result, "postgresql://bob:***@127.0.0.1:1/none")
    assert "s3cret" not in line


@pytest.fixture
def bad_inputs(tmp_path) -> dict[str, Path]:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 32)
    page = "".join((SEEDS / name).read_text("utf-8") for name in sorted(p.name for p in SEEDS.iterdir()))
    truncated = tmp_path / "page.html.gz"
    whole = gzip.compress(f"<html><body><p>{page * 5}</p></body></html>".encode())
    truncated.write_bytes(whole[: len(whole) // 2])
    return {"empty file": empty, "binary": binary, "gzip": truncated,
            "no such file": tmp_path / "missing.html", "glob": tmp_path / "*.nomatch"}


def test_each_bad_input_gets_its_line_and_all_failing_exits_1(empty, bad_inputs):
    result = run(empty, "ingest", "--no-code", *map(str, bad_inputs.values()))
    assert result.exit_code == 1 and "Traceback" not in result.output
    for reason, path in bad_inputs.items():
        line = [x for x in result.stderr.splitlines() if x.startswith(f"failed {path}:")]
        assert len(line) == 1 and reason in line[0], (reason, result.stderr)
    assert f"failed {len(bad_inputs)}" in result.stderr
    mixed = run(empty, "ingest", "--no-code", str(bad_inputs["binary"]), str(SEEDS))
    assert mixed.exit_code == 0 and "stored 2" in mixed.stderr


def test_an_empty_folder_is_nothing_to_do(empty, tmp_path):
    folder = tmp_path / "nothing"
    folder.mkdir()
    result = run(empty, "ingest", "--no-code", str(folder))
    assert result.exit_code == 0 and "read 0" in result.stderr


def test_ingest_options_are_checked_before_the_store_is_touched(tmp_path):
    store = tmp_path / "x.db"
    for args, words in ((["--engine", "spark"], ["--engine", "spark", "local", "ray"]),
                        (["--out", str(tmp_path / "parquet")], ["--out", "ray"])):
        result = run(store, "ingest", *args, str(SEEDS))
        assert result.exit_code == 2
        one_error_line(result, *words)
    assert not store.exists()


def test_global_actor_files_are_checked(empty, tmp_path):
    missing = run(empty, "--actors", str(tmp_path / "mine.tsv"), "code", "x")
    assert missing.exit_code == 2
    one_error_line(missing, "--actors", "mine.tsv")
    binary = tmp_path / "bin.tsv"
    binary.write_bytes(bytes(range(256)))
    local = run(empty, "actors", "--actors", str(binary))
    assert local.exit_code == 2
    one_error_line(local, "--actors", "bin.tsv")


def test_version_and_bare_help():
    import dyads

    version = runner.invoke(app, ["--version"])
    assert version.exit_code == 0 and version.stdout.strip() == f"dyads {dyads.__version__}"
    bare = runner.invoke(app, [])
    assert bare.exit_code == 2 and "Commands" in bare.output and "Error" not in bare.output


def test_unknown_commands_and_options_are_usage_errors(empty):
    typo = run(empty, "artcles")
    assert typo.exit_code == 2
    one_error_line(typo, "artcles", "articles")  # the suggestion
    option = run(empty, "articles", "--sources", "x")
    assert option.exit_code == 2
    one_error_line(option, "--sources")
    late = runner.invoke(app, ["articles", "--db", str(empty)])  # a global option, misplaced
    assert late.exit_code == 2
    one_error_line(late, "--db", "before the command")


def test_an_unexpected_error_is_one_line_without_traceback(seeded, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(dyads.archive.Archive, "articles", broken)
    result = run(seeded, "articles")
    assert result.exit_code == 1
    one_error_line(result, "disk on fire", "DYADS_DEBUG")
    monkeypatch.setenv("DYADS_DEBUG", "1")
    assert isinstance(run(seeded, "articles").exception, RuntimeError)


def test_an_output_file_in_a_missing_folder_is_one_line(seeded, tmp_path):
    target = tmp_path / "no" / "network.graphml"
    result = run(seeded, "network", "--format", "graphml", "--out", str(target))
    assert result.exit_code == 1
    one_error_line(result, str(target))


def test_piping_to_head_prints_no_traceback(tmp_path):
    store = tmp_path / "big.db"
    source = tmp_path / "many.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for i in range(60):  # ~300 KB of CSV: more than a pipe holds
            words = " ".join(f"mot{i}x{j}" for j in range(700))
            out.write(json.dumps({"url": f"https://example.org/{i}", "title": f"Article {i}",
                                  "language": "fr", "body": words}) + "\n")
    assert run(store, "ingest", "--no-code", str(source)).exit_code == 0
    for fmt in ("csv", "json", "table"):
        proc = subprocess.Popen([sys.executable, "-c", "from dyads.cli import main; main()",
                                 "--db", str(store), "articles", "--format", fmt],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout.read(10)
        proc.stdout.close()  # as `head -c 10` does
        stderr = proc.stderr.read().decode()
        assert proc.wait(timeout=60) in (0, 1) and stderr == "", (fmt, stderr)


def test_readme_commands_table_matches_the_cli():
    from typer.main import get_command

    group = get_command(app)
    readme = (REPO / "README.md").read_text("utf-8")
    section = readme.split("## Commands", 1)[1].split("\n## ", 1)[0]
    documented = set()
    for line in section.splitlines():
        if line.startswith("| `"):
            first_cell = line.split(" | ")[0]
            documented |= {m.split()[0] for m in re.findall(r"`([^`]+)`", first_cell)}
    assert documented == set(group.commands)
    for name, command in group.commands.items():
        assert command.help, name
        for param in command.params:
            if param.param_type_name == "option" and param.name != "help":
                assert param.help, (name, param.opts)  # every option says what it means
        # each option the README's row names exists
        row = next(line for line in section.splitlines() if f"`{name}" in line.split(" | ")[0])
        for option in re.findall(r"--[a-z-]+", row.split(" | ")[0]):
            assert any(option in p.opts or option in getattr(p, "secondary_opts", [])
                       for p in command.params), (name, option)


def test_code_text_accepts_a_date_as_text():
    import dyads

    text = "Moscou a rejeté les propositions de l'Otan."
    as_text = dyads.code_text(text, lang="fr", date="2022-02-14")
    assert as_text and all(e.published.date().isoformat() == "2022-02-14" for e in as_text)
    assert [e.type for e in dyads.code_text(text, lang=" FR ", date="2022-02-14")] == \
        [e.type for e in as_text]  # a language code as typed
    with pytest.raises(ValueError, match="2022-02-30"):
        dyads.code_text(text, lang="fr", date="2022-02-30")
    result = runner.invoke(app, ["code", text, "--lang", "fr", "--date", "2022-02-14",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    coded = json.loads(result.stdout)
    assert [e["type"] for e in coded] == [e.type for e in as_text]
    assert all(e["published"].startswith("2022-02-14") for e in coded)


def test_names_with_brackets_are_printed_as_they_are(empty, tmp_path):
    odd = tmp_path / "[/notes] [bold]x.html"  # Rich markup, were it read as markup
    result = run(empty, "ingest", "--no-code", str(odd))
    assert result.exit_code == 1 and f"failed {odd}: no such file" in result.stderr
    shown = run(empty, "show", "[/x]")
    assert shown.exit_code == 1
    one_error_line(shown, "'[/x]'")


def test_site_and_language_filters_take_what_a_person_types(seeded):
    expected = json.loads(run(seeded, "articles", "--format", "json").stdout)
    assert {a["source"] for a in expected} == {"fr.sputniknews.com"}
    for site in ("www.fr.sputniknews.com", "Fr.SputnikNews.com", "https://fr.sputniknews.com/"):
        found = json.loads(run(seeded, "articles", "--source", site, "--lang", "FR",
                               "--format", "json").stdout)
        assert [a["id"] for a in found] == [a["id"] for a in expected], site


def test_the_users_actor_file_reaches_the_coder(tmp_path, monkeypatch):
    monkeypatch.delenv("DYADS_ACTORS", raising=False)
    mine = tmp_path / "mine.tsv"
    mine.write_text("code\tkind\tname\tforms\tcountry\trole\tstart\tend\n"
                    "FRAGOV\tperson\tJean Testeur\tJean Testeur|Testeur\tFRA\tminister\t2020-01-01\t\n",
                    encoding="utf-8")
    text = "Jean Testeur a rejeté les propositions de l'Otan."
    args = ["code", text, "--lang", "fr", "--date", "2022-02-14", "--format", "json"]
    coded = runner.invoke(app, ["--actors", str(mine), *args])
    assert coded.exit_code == 0, coded.output
    assert [(e["source"], e["type"]) for e in json.loads(coded.stdout)] == [(["FRAGOV"], "REJECT")]
    # the next command, without --actors, no longer sees the file
    without = runner.invoke(app, args)
    assert without.exit_code == 0 and "DYADS_ACTORS" not in os.environ
    assert all(e["source"] != ["FRAGOV"] for e in json.loads(without.stdout))
