"""`dyads code "TEXT" [--lang fr|en] [--date YYYY-MM-DD] [--format table|json]`."""

from __future__ import annotations

import json

from coder_fr import code_fr  # noqa: F401  (fixture: models loaded once)
from typer.testing import CliRunner

from dyads.cli import app

EVENT_KEYS = {"id", "article_id", "source", "target", "type", "cameo", "quad_class", "goldstein", "date",
              "date_precision", "place", "negated", "hypothetical", "reported_by", "sentence", "spans",
              "rule", "confidence"}
SEED_07 = "Fin janvier, les États-Unis et l'Otan ont envoyé à Moscou des réponses écrites à ces propositions."


def run(*args: str):
    return CliRunner().invoke(app, ["code", *args])


def test_json_has_every_key_of_an_event(code_fr):
    result = run(SEED_07, "--lang", "fr", "--date", "2022-02-14", "--format", "json")
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)
    assert len(events) == 1
    event = events[0]
    assert EVENT_KEYS <= set(event)
    assert (event["type"], sorted(event["source"]), event["target"]) == ("CONSULT", ["NATO", "USA"], ["RUS"])
    assert (event["date"], event["date_precision"]) == ("2022-01-31", "month")
    assert event["article_id"] is None
    start, end = event["spans"]["target"][0]
    assert event["sentence"][start:end] == "Moscou"


def test_language_is_detected_and_the_table_shows_the_event(code_fr):
    result = run("La Russie a rejeté l'ultimatum de l'Otan.")
    assert result.exit_code == 0, result.output
    assert "REJECT" in result.stdout and "RUS" in result.stdout and "NATO" in result.stdout


def test_english_text(code_fr):
    result = run("Russia rejected the NATO ultimatum.", "--lang", "en", "--format", "json")
    assert result.exit_code == 0, result.output
    assert [e["type"] for e in json.loads(result.stdout)] == ["REJECT"]


def test_without_date_relative_expressions_keep_no_date(code_fr):
    result = run("Hier, la Russie a rejeté l'ultimatum de l'Otan.", "--format", "json")
    event = json.loads(result.stdout)[0]
    assert (event["date"], event["date_precision"]) == (None, "published")


def test_no_event_is_an_empty_list(code_fr):
    result = run("Il faisait beau à Paris.", "--lang", "fr", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_bad_inputs_name_the_input_and_the_reason(code_fr):
    result = run("Hallo Welt.", "--lang", "de")
    assert result.exit_code != 0 and "'de'" in result.output and "supported" in result.output
    result = run("La Russie a rejeté l'ultimatum.", "--date", "14/02/2022")
    assert result.exit_code != 0 and "14/02/2022" in result.output
