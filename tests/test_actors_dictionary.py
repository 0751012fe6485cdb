"""Loading, validation, lookup and search of the actor dictionary, and `dyads actors`."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from dyads.actors import ActorFileError, load_dictionary

HEADER = "code\tkind\tname\tforms\tcountry\trole\tstart\tend\n"


@pytest.fixture(scope="module")
def actors():
    return load_dictionary()


def test_loaded_once_per_file_list(actors):
    assert load_dictionary() is actors


def test_every_iso_country_has_french_and_english_names(actors):
    assert len({a.code for a in actors.actors if a.kind == "country"}) >= 249
    assert actors.get("RUS").name == "Russia"
    assert actors.get("RUSGOV").sector == "GOV" and actors.get("RUSGOV").country == "RUS"
    assert actors.get("NATO").kind == "organisation"
    assert actors.get("XXXGOV") is None and actors.get("nope") is None


def test_search_ignores_accents_and_case(actors):
    found = actors.search("lavrov")
    assert found and all(a.code == "RUSGOV" for a in found if a.kind == "person")
    assert any(a.code == "USA" for a in actors.search("etats-unis"))
    assert actors.search("NATO")[0].code == "NATO"


@pytest.mark.parametrize("line, problem", [
    ("RUSXYZ\tcountry\tRussia\tRussie\t\t\t\t", "bad code 'RUSXYZ'"),
    ("RUSGOV\tperson\tX\tX\tRUS\trole\t2022-13-01\t", "bad date '2022-13-01'"),
    ("RUSGOV\tpeople\tX\tX\tRUS\t\t\t", "unknown kind 'people'"),
    ("RUSGOV\tperson\tX\t\tRUS\t\t\t", "missing value in column 'forms'"),
])
def test_a_bad_line_names_file_line_and_problem(tmp_path, line, problem):
    path = tmp_path / "mine.tsv"
    path.write_text("# my actors\n" + HEADER + "FRAGOV\tplace\tÉlysée\tÉlysée\t\t\t\t\n" + line,
                    encoding="utf-8")
    with pytest.raises(ActorFileError) as error:
        load_dictionary([path])
    assert f"{path}:4" in str(error.value) and problem in str(error.value)


def test_unknown_sector_and_missing_column(tmp_path):
    sectors = tmp_path / "sectors.tsv"
    sectors.write_text("sector\ttype\tlang\tforms\nSPY\tterm\ten\tspies\n", encoding="utf-8")
    with pytest.raises(ActorFileError, match=r"sectors.tsv:2: unknown sector 'SPY'"):
        load_dictionary([sectors])
    columns = tmp_path / "columns.tsv"
    columns.write_text("code\tname\nRUS\tRussia\n", encoding="utf-8")
    with pytest.raises(ActorFileError, match="missing column"):
        load_dictionary([columns])


def test_user_file_adds_and_overrides(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text(HEADER + "WAGNER\torganisation\tWagner Group\tgroupe Wagner|Wagner\t\t\t\t\n"
                    "BEL\tplace\tBrussels\tBruxelles\t\t\t\t\n", encoding="utf-8")
    mine = load_dictionary([path])
    day = dt.date(2022, 2, 14)
    found = [m.code for m in mine.find_mentions("Le groupe Wagner et Bruxelles", date=day)]
    assert found == ["WAGNER", "BEL"]
    assert [m.code for m in load_dictionary().find_mentions("Bruxelles", date=day)] == ["EU"]


def test_cli_searches_actors_as_json():
    from dyads.cli import actors as _  # noqa: F401  (registers the command)
    from dyads.cli.app import app

    result = CliRunner().invoke(app, ["actors", "lavrov", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows and rows[0]["code"] == "RUSGOV" and rows[0]["name"] == "Sergey Lavrov"


def test_cli_reports_a_bad_user_file(tmp_path):
    from dyads.cli import actors as _  # noqa: F401
    from dyads.cli.app import app

    path = tmp_path / "bad.tsv"
    path.write_text(HEADER + "RUS\tnation\tRussia\tRussie\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["actors", "--actors", str(path)])
    assert result.exit_code == 2 and "bad.tsv:2" in result.output
