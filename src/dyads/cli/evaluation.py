"""`dyads eval GOLD`: code the gold sentences and score the events (see dyads.evaluate)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from dyads.cli.app import app
from dyads.cli.archive import err
from dyads.cli.output import Format, emit
from dyads.evaluate import (GoldFileError, Report, articles_in, load_gold, predict, score,
                            score_by, score_by_confidence)

SCORE_COLUMNS = ["matching", "precision", "recall", "f1", "tp", "fp", "fn"]
GROUP_COLUMNS = ["group", "sentences", "gold_events", "predicted_events", "precision", "recall", "f1"]
TYPE_COLUMNS = ["type", "tp", "fp", "fn", "precision", "recall", "f1"]
ERROR_COLUMNS = ["kind", "id", "type", "source", "target", "text"]
CONFIDENCE_COLUMNS = ["min_confidence", "predicted_events", "precision", "recall", "f1"]


def _group_rows(sentences, predictions, with_sector: bool) -> list[dict]:
    """A row per language and per source (when the gold set has several)."""
    rows = []
    for label, key in (("language", lambda s: s.lang), ("source", lambda s: s.source)):
        reports = score_by(sentences, predictions, key, with_sector)
        if len(reports) < 2 and label == "source":
            continue
        for name, report in reports.items():
            rows.append({"group": f"{label}={name}", "sentences": report.sentences,
                         "gold_events": report.gold_events, **_kept(report)})
    return rows


def _kept(report: Report) -> dict:
    """The events a report scores, and how often they are right."""
    return {"predicted_events": report.predicted_events, "precision": round(report.precision, 4),
            "recall": round(report.recall, 4), "f1": round(report.f1, 4)}


def _confidence_rows(sentences, predictions, with_sector: bool) -> list[dict]:
    """What `--min-confidence` keeps at each level, and how often it is right."""
    return [{"min_confidence": level, **_kept(report)}
            for level, report in score_by_confidence(sentences, predictions, with_sector=with_sector).items()]


def _score_row(report: Report) -> dict:
    row = report.to_dict(errors=False)
    return {c: row[c] for c in SCORE_COLUMNS}


@app.command("eval")
def evaluate_gold(
    gold: Path = typer.Argument(..., help="Gold file (dyads JSON lines or PLOVER GSR JSON), or a folder of "
                                "gold files (every *.jsonl in it, e.g. gold/)."),
    fmt: Format = typer.Option(Format.table, "--format", help="table, json (one object) or csv (per type)."),
    with_sector: bool = typer.Option(False, "--with-sector",
                                     help="Per-type scores on full codes (RUSGOV), not countries."),
    show_errors: bool = typer.Option(False, "--show-errors", help="List misses and false positives."),
    split: str = typer.Option(None, "--split", help="Only this split of a gold set (train, dev or test)."),
    pages: Path = typer.Option(None, "--pages", help="Folder that gold records pointing into pages are "
                               "relative to (default: DYADS_GOLD_PAGES, else ../shared)."),
) -> None:
    """Precision, recall and F1 of the coder on gold sentences, overall, per language, per
    source and per type. Sentences of whole articles are coded within their article."""
    try:
        files = sorted(gold.glob("*.jsonl")) if gold.is_dir() else [gold]
        if not files:
            raise GoldFileError(f"{gold}: no gold files (*.jsonl) in this folder")
        sentences = [s for path in files for s in load_gold(path, pages=pages, split=split)]
    except GoldFileError as exc:
        err.print(f"Error: {exc}")
        raise typer.Exit(1)
    predictions = predict(sentences)
    main = score(sentences, predictions, with_sector=with_sector)
    other = score(sentences, predictions, with_sector=not with_sector)
    groups = _group_rows(sentences, predictions, with_sector)
    by_confidence = _confidence_rows(sentences, predictions, with_sector)
    articles = articles_in(sentences)
    if fmt is Format.json:
        out = main.to_dict(errors=show_errors)
        out["other_matching"] = {k: v for k, v in other.to_dict(errors=False).items()
                                 if k in SCORE_COLUMNS}
        out["groups"] = groups
        out["by_confidence"] = by_confidence
        if articles:
            out["articles"] = articles
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return
    per_type = [{"type": t, **s.to_dict()} for t, s in main.per_type.items()]
    if fmt is Format.csv:
        emit(per_type, fmt, TYPE_COLUMNS)
        return
    country, full = (other, main) if with_sector else (main, other)
    emit([_score_row(country), _score_row(full)], fmt, SCORE_COLUMNS,
         title=f"{gold.name}: {main.sentences} sentences, {main.gold_events} gold events, "
               f"{main.predicted_events} predicted")
    if len(groups) > 1:
        emit(groups, fmt, GROUP_COLUMNS, title=f"Per language and source ({_score_row(main)['matching']})")
    emit(per_type, fmt, TYPE_COLUMNS, title=f"Per type ({_score_row(main)['matching']})")
    emit(by_confidence, fmt, CONFIDENCE_COLUMNS,
         title=f"Events kept at a minimum confidence (--min-confidence; {_score_row(main)['matching']})")
    if articles:
        print(f"Events per article: {main.predicted_events / articles:.2f} coded, "
              f"{main.gold_events / articles:.2f} in the gold ({articles} articles)")
    print(f"False positives on sentences with no event: {main.false_positives_on_empty} "
          f"(over {main.empty_sentences} such sentences)")
    if main.flags_checked:
        print(f"Negated/hypothetical flags right on {main.flags_agree} of {main.flags_checked} "
              f"matched events")
    rest = main.seconds - main.first_seconds
    if rest > 0.05 * main.seconds:
        print(f"Coded in {main.seconds:.1f} s: {main.first_seconds:.1f} s for the first sentence "
              f"(loading models), {(main.sentences - 1) / rest:.0f} sentences/s after")
    else:  # whole articles are coded in one batch: no first sentence to set apart
        print(f"Coded in {main.seconds:.1f} s, loading models included "
              f"({main.sentences / max(main.seconds, 1e-9):.0f} sentences/s)")
    by_error: dict[str, list[str]] = {}
    for failure in main.failures:
        by_error.setdefault(failure["error"], []).append(failure["id"])
    for error, ids in by_error.items():
        err.print(f"Warning: coder failed on {len(ids)} sentence(s) ({', '.join(ids[:3])}"
                  f"{' ...' if len(ids) > 3 else ''}): {error}")
    if show_errors:
        emit(main.errors, fmt, ERROR_COLUMNS, title="Misses and false positives", max_width=80)
