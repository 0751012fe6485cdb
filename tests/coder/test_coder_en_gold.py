"""English coder against the PLOVER gold records of ../shared/gold (the development half)."""

from __future__ import annotations

from conftest import shared_path

from coder_en import code_en  # noqa: F401  (fixture: spaCy loaded once)


def test_plover_gold_quality(code_en):
    from dyads.evaluate import evaluate, load_gold

    gold = load_gold(shared_path("gold", "plover_gsr_dev.json"))
    report = evaluate(gold)
    assert not report.failures
    assert report.f1 >= 0.60 and report.precision >= 0.60, report.to_dict(errors=False)
    # the sector is right for most events found at country level
    assert evaluate(gold, with_sector=True).f1 >= 0.45
