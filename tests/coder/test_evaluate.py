"""Gold-set scoring: both gold formats, one-to-one matching, the `dyads eval` command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import shared_path
from typer.testing import CliRunner

import dyads.evaluate
from dyads.cli import evaluation  # noqa: F401  (registers `dyads eval`)
from dyads.cli.app import app
from dyads.evaluate import (GoldEvent, GoldFileError, GoldSentence, evaluate, load_gold, predict,
                            score, score_by_confidence, strip_sector)
from dyads.model import Event


def _event(text: str, ptype: str, source: list[str], target: list[str], confidence: float = 1.0,
           **flags) -> Event:
    return Event(id="e", article_id=None, source=source, target=target, type=ptype, cameo="",
                 quad_class=0, goldstein=0.0, date=None, date_precision="published", place=None,
                 negated=flags.get("negated", False), hypothetical=flags.get("hypothetical", False),
                 reported_by=[], sentence=text, sentence_start=0, spans={}, rule="test",
                 confidence=confidence)


def echo_gold(gold: list[GoldSentence]):
    """A coder that returns exactly the gold events of each sentence."""
    by_text = {s.text: s.events for s in gold}

    def code(text: str, lang: str, date: dt.date | None) -> list[Event]:
        return [_event(text, e.type, e.source, e.target, negated=bool(e.negated),
                       hypothetical=bool(e.hypothetical)) for e in by_text[text]]
    return code


@pytest.fixture(scope="module", params=["seeds_gold.jsonl", "plover_gsr_dev.json"])
def gold(request) -> list[GoldSentence]:
    return load_gold(shared_path("gold", request.param))


def test_both_formats_load(gold):
    assert gold and all(s.text and s.lang in ("fr", "en") for s in gold)
    events = [e for s in gold for e in s.events]
    assert events
    # early names and CAMEO country codes are gone, every event has a PLOVER type
    assert not {e.type for e in events} & {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT"}
    codes = {c for e in events for c in e.source + e.target}
    assert not codes & {"JAP", "ITL"}


def test_seed_file_as_documented():
    gold = load_gold(shared_path("gold", "seeds_gold.jsonl"))
    assert len(gold) == 14 and sum(len(s.events) for s in gold) == 8
    assert all(s.lang == "fr" and s.published for s in gold)


def test_gsr_records_become_sentences():
    raw = json.loads(shared_path("gold", "plover_gsr_dev.json").read_text(encoding="utf-8"))
    gold = load_gold(shared_path("gold", "plover_gsr_dev.json"))
    records = [r for r in raw if r["event"] != "DOCUMENT"]
    assert sum(len(s.events) for s in gold) == len(records)
    assert len(gold) == len({r["text"] for r in records})  # same text: one sentence
    by_id = {s.id: s for s in gold}
    for record in records:
        markup = record["textInfo"]["markup"] if isinstance(record["textInfo"], dict) else ""
        if "SRC/TAR" in markup and record["id"] in by_id:  # reciprocal: sources, no target
            (event,) = by_id[record["id"]].events
            assert len(event.source) >= 2 and event.target == []
        for actor in record.get("source") or []:
            if actor["code"] == "JAP":
                assert any(c.startswith("JPN") for s in gold for e in s.events for c in e.source)


def test_igo_actors_resolve_from_their_text():
    gold = load_gold(shared_path("gold", "plover_gsr_dev.json"))
    codes = {c for s in gold for e in s.events for c in e.source + e.target}
    assert {"UN", "NATO"} <= codes


def test_echoing_the_gold_scores_one(gold):
    report = evaluate(gold, echo_gold(gold))
    assert (report.precision, report.recall, report.f1) == (1.0, 1.0, 1.0)
    assert report.false_positives_on_empty == 0
    assert report.predicted_events == report.gold_events == sum(len(s.events) for s in gold)
    assert report.flags_agree == report.flags_checked
    assert evaluate(gold, echo_gold(gold), with_sector=True).f1 == 1.0
    assert all(s.f1 == 1.0 for s in report.per_type.values())


def test_a_silent_coder_recalls_nothing(gold):
    report = evaluate(gold, lambda text, lang, date: [])
    assert report.recall == report.precision == report.f1 == 0.0
    assert len([e for e in report.errors if e["kind"] == "miss"]) == report.gold_events
    assert sum(s.fn for s in report.per_type.values()) == report.gold_events


def test_predictions_on_empty_sentences_are_counted(gold):
    empty = {s.text for s in gold if not s.events}
    echo = echo_gold(gold)

    def eager(text, lang, date):
        extra = [_event(text, "ACCUSE", ["RUS"], ["USA"])] if text in empty else []
        return echo(text, lang, date) + extra

    report = evaluate(gold, eager)
    assert report.false_positives_on_empty == len(empty)
    assert report.recall == 1.0
    assert report.per_type.get("ACCUSE") is None or report.per_type["ACCUSE"].fp >= len(empty)


def test_a_failing_coder_is_recorded_not_fatal(gold):
    def broken(text, lang, date):
        raise RuntimeError("no model")
    report = evaluate(gold, broken)
    assert len(report.failures) == len(gold) and report.recall == 0.0
    assert "no model" in report.failures[0]["error"]


SENTENCE = GoldSentence(id="s1", text="Moscou et Washington ...", lang="fr", published=None, events=[
    GoldEvent("REQUEST", ["RUSGOV"], ["USA", "NATO"]), GoldEvent("REJECT", ["USA"], ["RUS"])])


def test_matching_is_one_to_one_and_compares_countries_by_default():
    text = SENTENCE.text
    predicted = [_event(text, "REQUEST", ["RUS"], ["NATO", "USAGOV"]),
                 _event(text, "REQUEST", ["RUS"], ["NATO", "USAGOV"]),  # a duplicate
                 _event(text, "REJECT", ["USA"], [])]  # target missing: no match
    report = evaluate([SENTENCE], lambda *a: predicted)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 2, 1)
    assert report.precision == pytest.approx(1 / 3) and report.recall == 0.5
    assert evaluate([SENTENCE], lambda *a: predicted, with_sector=True).overall.tp == 0


def test_each_confidence_level_scores_only_the_events_kept_at_it():
    text = SENTENCE.text
    predicted = [_event(text, "REQUEST", ["RUS"], ["NATO", "USA"], confidence=0.9),  # right
                 _event(text, "REJECT", ["USA"], ["RUS"], confidence=0.6),  # right
                 _event(text, "ACCUSE", ["USA"], ["RUS"], confidence=0.75)]  # wrong
    predictions = predict([SENTENCE], lambda *a: predicted)
    levels = score_by_confidence([SENTENCE], predictions, levels=(0.5, 0.7, 0.8, 0.95))
    assert [(r.overall.tp, r.overall.fp, r.overall.fn) for r in levels.values()] == [
        (2, 1, 0), (1, 1, 1), (1, 0, 1), (0, 0, 2)]
    assert levels[0.8].precision == 1.0 and levels[0.8].recall == 0.5
    assert levels[0.5].f1 == score([SENTENCE], predictions).f1  # nothing under 0.5: all kept


def test_strip_sector():
    assert [strip_sector(c) for c in ("RUSGOV", "RUS", "NATO", "UN", "USAMIL")] == [
        "RUS", "RUS", "NATO", "UN", "USA"]


def test_bad_gold_files_name_the_record(tmp_path: Path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"id": "x", "text": "t", "events": [{"event": "NOPE"}]}\n', encoding="utf-8")
    with pytest.raises(GoldFileError, match="gold.jsonl:line 1"):
        load_gold(bad)
    with pytest.raises(GoldFileError, match="cannot read"):
        load_gold(tmp_path / "missing.json")


def test_eval_command_json_and_table(monkeypatch):
    path = shared_path("gold", "seeds_gold.jsonl")
    monkeypatch.setattr(dyads.evaluate, "default_code_fn", echo_gold(load_gold(path)))
    runner = CliRunner()
    result = runner.invoke(app, ["eval", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    for key in ("precision", "recall", "f1", "per_type", "false_positives_on_empty", "sentences",
                "gold_events", "predicted_events"):
        assert key in out
    # the echoed gold has confidence 1.0: every level keeps all of it
    assert [(r["min_confidence"], r["f1"]) for r in out["by_confidence"]] == [
        (level, 1.0) for level in dyads.evaluate.CONFIDENCE_LEVELS]
    assert out["f1"] == 1.0 and out["sentences"] == 14 and out["other_matching"]["f1"] == 1.0
    result = runner.invoke(app, ["eval", str(path), "--with-sector", "--show-errors"])
    assert result.exit_code == 0, result.output
    assert "country codes" in result.stdout and "full codes" in result.stdout
    assert "False positives on sentences with no event: 0" in result.stdout
    result = runner.invoke(app, ["eval", "no-such-gold.json"])
    assert result.exit_code == 1


def test_pointer_records_into_the_benchmark_pages_read_their_sentence(tmp_path: Path):
    # an aeb record names the page's key in the benchmark's true bodies, the paragraph and the
    # offsets; the sentence's SHA-1 notices a changed page
    from dyads.gold_sources import sentence_sha1

    bench = tmp_path / "bench" / "aeb"
    bench.mkdir(parents=True)
    body = "Intro line.\nRussia attacked Ukraine on Monday. Kyiv protested.\n"
    (bench / "ground-truth.json").write_text(json.dumps({"k1": {"articleBody": body, "url": "u"}}), "utf-8")
    sentence = "Kyiv protested."
    start = body.split("\n")[1].index(sentence)
    record = {"id": "aeben-k1-002", "doc": "aeben-k1", "para": 1, "lang": "en", "published": "2019-11-19",
              "page": "bench/aeb/ground-truth.json", "key": "k1", "block": 1, "start": start,
              "end": start + len(sentence), "sha1": sentence_sha1(sentence), "events": []}
    gold = tmp_path / "aeb.jsonl"
    gold.write_text(json.dumps(record) + "\n", "utf-8")
    assert [s.text for s in load_gold(gold, pages=tmp_path)] == [sentence]
    gold.write_text(json.dumps({**record, "key": "k2"}) + "\n", "utf-8")
    with pytest.raises(GoldFileError, match="has no page k2"):
        load_gold(gold, pages=tmp_path)
    gold.write_text(json.dumps({**record, "sha1": "0" * 12}) + "\n", "utf-8")
    with pytest.raises(GoldFileError, match="no longer matches its sentence"):
        load_gold(gold, pages=tmp_path)
