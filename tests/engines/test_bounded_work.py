"""Bounded work per document: the page of one endless sentence from issue 13 is stored (or
failed) within 30 s while the other files of its batch are stored, and a document over its
time budget is recorded as failed, the worker that ran it killed, and the batch goes on."""

from __future__ import annotations

import os
import re
import shutil
import time

import pytest
from api_seeded import SEEDS

import dyads
from dyads.budget import TimeBudgetExceeded, Worker, document_timeout

SENTENCE = "La Russie condamne les États-Unis et "


def giant_page(repeats: int = 20_000) -> str:
    return ("<html><head><meta charset='utf-8'><title>La Russie condamne les États-Unis</title>"
            "</head><body><article><h1>La Russie condamne les États-Unis</h1><p>"
            + SENTENCE * repeats + "</p></article></body></html>")


@pytest.fixture
def batch(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "giant.html").write_text(giant_page(), encoding="utf-8")
    seeds = sorted(SEEDS.glob("*.txt"))
    for seed in seeds:
        shutil.copy(seed, folder / seed.name)
    return folder, [str(folder / s.name) for s in seeds]


def warm_up(tmp_path) -> None:
    """Models loaded (in the document worker) before the clock starts: loading them is
    not the page's work."""
    with dyads.open(tmp_path / "warm.db") as archive:
        archive.ingest([str(SEEDS)])


def test_the_giant_sentence_page_is_done_within_30_s_while_its_batch_is_stored(batch, tmp_path):
    folder, seeds = batch
    assert 700_000 < len(SENTENCE * 20_000) < 800_000
    warm_up(tmp_path)
    began = time.monotonic()
    with dyads.open(tmp_path / "dyads.db") as archive:
        summary = archive.ingest([str(folder)])
        stored = {a.origin for a in archive.articles()}
        failed = {f.origin for f in archive.failures()}
    took = time.monotonic() - began
    assert took < 30, f"the batch took {took:.1f} s"
    assert set(seeds) <= stored, summary.failures
    assert str(folder / "giant.html") in stored | failed
    assert summary.read == 3


def test_a_document_over_its_budget_is_failed_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "giant.html").write_text(giant_page(80_000), encoding="utf-8")  # 3 MB: seconds of work
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    warm_up(tmp_path)
    with dyads.open(tmp_path / "dyads.db") as archive:
        summary = archive.ingest([str(folder)], document_timeout=3)
        failures = {f.origin: f.reason for f in archive.failures()}
        events = archive.events()
    giant = str(folder / "giant.html")
    # over budget while extracting (not stored) or while coding (stored without events)
    assert list(failures) == [giant] and re.match(r"(extraction|coding) took longer than 3 s",
                                                  failures[giant])
    assert summary.stored == 3 - failures[giant].startswith("extraction") and summary.failed == 1
    assert events  # the seeds were coded


def test_the_worker_is_killed_past_the_budget_and_replaced():
    worker = Worker()
    try:
        first = worker.call(os.getpid, (), 30)
        began = time.monotonic()
        with pytest.raises(TimeBudgetExceeded):
            worker.call(time.sleep, (60,), 0.5)
        assert time.monotonic() - began < 15  # interrupted, not waited for
        second = worker.call(os.getpid, (), 30)
        assert first != second != os.getpid()
        with pytest.raises(RuntimeError, match="ZeroDivisionError"):
            worker.call(divmod, (1, 0), 30)
        assert worker.call(os.getpid, (), 30) == second  # an error is no reason to restart
    finally:
        worker.close()


def test_the_budget_is_configurable(monkeypatch):
    monkeypatch.delenv("DYADS_DOCUMENT_TIMEOUT", raising=False)
    assert document_timeout() == 60
    monkeypatch.setenv("DYADS_DOCUMENT_TIMEOUT", "5")
    assert document_timeout() == 5 and document_timeout(2) == 2
    monkeypatch.setenv("DYADS_DOCUMENT_TIMEOUT", "0")
    assert document_timeout() == 0
    monkeypatch.setenv("DYADS_DOCUMENT_TIMEOUT", "soon")
    with pytest.raises(ValueError, match="DYADS_DOCUMENT_TIMEOUT"):
        document_timeout()


def test_a_paragraph_over_a_million_characters_is_split_in_pieces():
    """spaCy refuses texts over 1,000,000 characters (E088): the splitter cuts first."""
    from dyads.nlp import MAX_PIECE_CHARS, split_sentences

    text = SENTENCE * 40_000  # 1.48 MB, one sentence
    spans = split_sentences(text, "fr")
    assert all(e - s <= MAX_PIECE_CHARS for s, e in spans) and len(spans) < 20
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)
    assert sum(e - s for s, e in spans) >= len(text.strip()) - len(spans)
    normal = ("Le ministre a parlé. " * 6_000 + "\n") * 2  # cut between sentences, not inside
    assert all(normal[s:e] == "Le ministre a parlé." for s, e in split_sentences(normal, "fr"))


def test_without_a_worker_documents_are_still_extracted_here(monkeypatch, caplog):
    from dyads import budget
    from dyads.model import Document
    from dyads.pipeline import code_batch

    monkeypatch.setattr(budget.sys, "executable", "/bin/false")  # a worker that cannot start
    worker = Worker()
    try:
        page = Document(origin="page.html", kind="html", content=giant_page(50))
        [article] = budget.DocumentBudget(5, code_batch, worker=worker).extract([page])
    finally:
        worker.close()
    assert article.origin == "page.html" and "La Russie condamne" in article.body
    assert "without a time budget" in caplog.text
