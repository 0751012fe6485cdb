"""The Ray engine gives exactly what the local engine gives, on WARC files of real pages.

The WARC files are written at test time from ../shared/corpora/wikinews_fr (by the same
generator as benchmarks/scale.py). One local Ray session with 2 CPUs serves the module.
"""

from __future__ import annotations

import gzip
import shutil
import sys
from pathlib import Path

import pytest
from conftest import REPO, SEEDS, shared_path

from dyads.engines.ray_engine import is_warc, work_units
from dyads.model import Failure
from dyads.pipeline import ingest
from dyads.store import open_store

sys.path.insert(0, str(REPO / "benchmarks"))
from scale import generated_pages, write_warcs  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def ray_session():
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """Four WARC files of 12 pages, plus what the deduplicator must catch across tasks:
    a page copied into a second archive under another URL (exact duplicate), an edited
    copy (near-duplicate), loose HTML files and a flat dump (grouped tasks), a truncated
    archive and a missing file (failures)."""
    root = tmp_path_factory.mktemp("corpus")
    pages = generated_pages(shared_path("corpora", "wikinews_fr"), 52)
    write_warcs(pages[:48], root / "warc", per_warc=12)
    url, page = pages[5]
    edited = page.replace("</article>", "<p>Mis à jour par la rédaction.</p></article>")
    write_warcs([(url + "?copy=1", page), (url + "-edited", edited), pages[30]], root / "copies", 3)
    loose = root / "loose"
    loose.mkdir()
    for n, (_, html) in enumerate(pages[48:]):
        (loose / f"page{n}.html").write_text(html)
    shutil.copy(sorted(SEEDS.glob("*"))[0], loose / "seed.txt")
    good = (root / "warc" / "wikinews-0001.warc.gz").read_bytes()
    (root / "truncated.warc.gz").write_bytes(good[: len(good) // 2])
    return [str(root / "warc"), str(root / "copies"), str(loose), str(root / "truncated.warc.gz"),
            str(root / "missing.warc.gz")]


def snapshot(store) -> dict:
    """Everything an ingest leaves in a store, minus the time of ingest."""
    articles = {}
    for a in store.articles():
        row = a.to_dict()
        row.pop("ingested")
        articles[a.id] = row
    return {"articles": articles,
            "events": [e.to_dict() for e in store.events()],
            "failures": sorted((f.origin, f.stage, f.reason) for f in store.failures())}


def counts(summary) -> tuple:
    return (summary.read, summary.stored, summary.updated, summary.duplicates,
            summary.near_duplicates, summary.failed, summary.events)


def test_work_units_put_each_warc_alone_and_group_other_files(corpus):
    units = work_units(corpus, files_per_task=3)
    warcs = [u for u in units if len(u) == 1 and is_warc(Path(u[0]))]
    assert len(warcs) == 6  # 4 + 1 archives, and the truncated one still starts as a WARC
    grouped = [u for u in units if not (len(u) == 1 and is_warc(Path(u[0])))]
    assert [len(u) for u in grouped] == [3, 2, 1]  # 5 loose files by 3, then the missing spec
    assert grouped[-1] == [corpus[-1]]
    flat = [p for u in units for p in u]
    assert flat.index(str(Path(corpus[0]) / "wikinews-0000.warc.gz")) == 0  # source order kept
    assert not is_warc(Path(corpus[2]) / "seed.txt")
    assert gzip.open(flat[0]).read(5) == b"WARC/"


def test_ray_engine_stores_exactly_what_the_local_engine_stores(ray_session, corpus, tmp_path):
    from dyads.engines.ray_engine import ingest_with_ray

    with open_store(tmp_path / "local.db") as store:
        local = ingest(corpus, store, code=True)
        expected = snapshot(store)
    out = tmp_path / "parquet"
    with open_store(tmp_path / "ray.db") as store:
        distributed = ingest_with_ray(corpus, store, code=True, out=out, files_per_task=3)
        got = snapshot(store)

    assert counts(distributed) == counts(local)
    assert local.duplicates >= 2 and local.near_duplicates == 1 and local.stored >= 50
    assert local.events > 0, "the coder found no event in 50 news pages"
    assert got["articles"] == expected["articles"]
    assert [e["id"] for e in got["events"]] == [e["id"] for e in expected["events"]]
    assert got["events"] == expected["events"]
    assert got["failures"] == expected["failures"]
    assert {f.origin for f in local.failures if isinstance(f, Failure)} >= {corpus[-1]}

    # Each worker's document process (where the time budget runs the work) loaded each
    # language's pipeline once, not once per task.
    @ray_session.remote
    def pipelines_loaded() -> tuple[int, int]:
        import os
        import time

        from dyads.budget import shared_worker

        time.sleep(0.2)  # long enough for the tasks to spread over the workers
        # the document process imports no test module, and functools' CacheInfo does not
        # pickle: it evaluates the count itself
        misses = "__import__('dyads.nlp').nlp.load_pipeline.cache_info().misses"
        return os.getpid(), shared_worker().call(eval, (misses,), 120)

    languages = {a["language"] for a in expected["articles"].values()}
    loads = dict(ray_session.get([pipelines_loaded.remote() for _ in range(16)]))
    assert max(loads.values()) > 0 and all(n <= len(languages) for n in loads.values())
    assert sum(loads.values()) < len(work_units(corpus, files_per_task=3))

    # The Parquet output holds what was stored, with typed, partitioned columns.
    import pyarrow.parquet as pq

    articles = pq.read_table(out / "articles")
    assert sorted(articles.column("id").to_pylist()) == sorted(expected["articles"])
    assert set(articles.column("language").to_pylist()) == {a["language"] for a in expected["articles"].values()}
    assert str(articles.schema.field("published").type) == "timestamp[us, tz=UTC]"
    events = pq.read_table(out / "events")
    assert sorted(events.column("id").to_pylist()) == sorted(e["id"] for e in expected["events"])


def test_a_second_ray_run_stores_nothing_new(ray_session, corpus, tmp_path):
    from dyads.engines.ray_engine import ingest_with_ray

    with open_store(tmp_path / "ray.db") as store:
        first = ingest_with_ray(corpus, store, code=False)
        again = ingest_with_ray(corpus, store, code=False)
        assert first.stored > 0 and (again.stored, again.updated) == (0, 0)
        assert again.duplicates == first.stored + first.duplicates


def test_the_ingest_command_runs_the_ray_engine_and_writes_parquet(ray_session, corpus, tmp_path):
    import pyarrow.dataset as ds
    from typer.testing import CliRunner

    from dyads.cli import app

    db, out = tmp_path / "cli.db", tmp_path / "parquet"
    warc = str(Path(corpus[0]) / "wikinews-0000.warc.gz")
    result = CliRunner().invoke(app, ["--db", str(db), "ingest", "--engine", "ray", "--out", str(out),
                                      warc, str(SEEDS)])
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        stored = {a.id: a.language for a in store.articles()}
        events = {e.id: e.date for e in store.events()}
    assert len(stored) == 14 and f"stored {len(stored)}" in result.output
    articles = ds.dataset(out / "articles", partitioning="hive").to_table()
    assert dict(zip(articles.column("id").to_pylist(), articles.column("language").to_pylist())) == stored
    got = ds.dataset(out / "events", partitioning="hive").to_table()
    assert sorted(got.column("id").to_pylist()) == sorted(events)
    months = {e: d.strftime("%Y-%m") if d else "unknown" for e, d in events.items()}
    assert dict(zip(got.column("id").to_pylist(), got.column("month").to_pylist())) == months
    assert {p.name for p in (out / "events").iterdir()} == {f"month={m}" for m in months.values()}

    bad = CliRunner().invoke(app, ["--db", str(db), "ingest", "--engine", "spark", warc])
    assert bad.exit_code == 2 and "spark" in bad.output  # named in the error


def logged_coder(folder: Path, articles: list) -> dict:
    """code_batch, writing down in `folder` (one file a process) each article it codes."""
    import os

    from dyads.pipeline import code_batch

    with (folder / f"{os.getpid()}.log").open("a") as log:
        log.writelines(f"{a.id} {a.content_hash}\n" for a in articles)
    return code_batch(articles)


def coded_log(folder: Path) -> dict[int, list[tuple[str, str]]]:
    """What each worker process coded: pid -> [(article id, content hash)]."""
    return {int(p.stem): [tuple(line.split()) for line in p.read_text().splitlines()]
            for p in folder.glob("*.log")}


@pytest.fixture(scope="module")
def duplicates_corpus(tmp_path_factory) -> tuple[list[str], list[str], dict]:
    """Two ingests full of duplicates, spread over archives (tasks, workers) and batches:
    the first holds 36 originals and, in later archives, the same page under the same
    canonical URL (www., a tracking parameter), the same text under another URL (twice, once
    in the same archive), an edited copy (near-duplicate), and a new version of a page (same
    URL, other text); the second, run on the stored archive, an unchanged page, an edited
    copy of a stored page, and one new page."""
    root = tmp_path_factory.mktemp("duplicates")
    pages = generated_pages(shared_path("corpora", "wikinews_fr"), 40)

    def edited(page: str) -> str:
        return page.replace("</article>", "<p>Mis à jour par la rédaction.</p></article>")

    (url5, page5), (url7, page7), (url9, _), (url3, page3) = pages[5], pages[7], pages[9], pages[3]
    first = [write_warcs(pages[:12], root / "a", 12), write_warcs(pages[12:24], root / "b", 12),
             write_warcs(pages[24:36] + [(url7 + "?copy=1", page7), (url7 + "?copy=2", page7)],
                         root / "c", 14),
             write_warcs([(url5.replace("://", "://www.") + "?utm_source=rss", page5),
                          (url5 + "-edited", edited(page5)), (url9, pages[36][1])], root / "d", 3)]
    second = write_warcs([(url3, page3), (url3 + "-syndicated", edited(page3)), pages[37]],
                         root / "e", 3)
    from dyads.dedup import article_id

    ids = {"9": article_id(url9, ""), "37": article_id(pages[37][0], ""),
           "near": {article_id(url5 + "-edited", ""), article_id(url3 + "-syndicated", "")}}
    return [str(p) for w in first for p in w], [str(p) for p in second], ids


def test_ray_engine_codes_only_originals_once_across_workers(ray_session, duplicates_corpus,
                                                             tmp_path):
    """Duplicates are found on the extracted text before coding: the workers code every
    original exactly once (a new version of a page is another original), never an exact or
    near-duplicate, and the archive is the local engine's, batch for batch."""
    from functools import partial

    from ray import cloudpickle

    from dyads.engines.ray_engine import ingest_with_ray

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import tests
    first, second, ids = duplicates_corpus
    with open_store(tmp_path / "local.db") as store:
        local = [ingest(first, store, batch_size=8), ingest(second, store, batch_size=8)]
        expected = snapshot(store)
    logs = [tmp_path / "log1", tmp_path / "log2"]
    with open_store(tmp_path / "ray.db") as store:
        got = []
        for sources, folder in zip((first, second), logs):
            folder.mkdir()
            got.append(ingest_with_ray(sources, store, batch_size=8, chunk_size=3,
                                       coder=partial(logged_coder, folder), document_timeout=0))
        stored = snapshot(store)

    assert [counts(s) for s in got] == [counts(s) for s in local]
    assert stored == expected
    one = got[0]
    assert (one.stored, one.updated, one.duplicates, one.near_duplicates) == (37, 1, 3, 1)
    assert (got[1].stored, got[1].duplicates, got[1].near_duplicates) == (2, 1, 1)

    coded = coded_log(logs[0])
    assert len(coded) == 2, "the coding did not spread over both workers"
    versions = [v for vs in coded.values() for v in vs]
    assert len(versions) == len(set(versions)), "an article was coded twice"
    originals = {i for i, a in stored["articles"].items() if a["duplicate_of"] is None}
    near = {i for i, a in stored["articles"].items() if a["duplicate_of"] is not None}
    assert near == ids["near"]
    # every original of the first run once, and page 9 twice: its first version, then its new one
    assert sorted(i for i, _ in versions) == sorted([*(originals - {ids["37"]}), ids["9"]])
    assert [i for vs in coded_log(logs[1]).values() for i, _ in vs] == [ids["37"]]


def test_batches_classified_ahead_of_saving_are_classified_as_after_saving(tmp_path):
    """The Ray driver deduplicates a batch while the batches before it are still being
    coded: seen through AheadOfStore, the unsaved ones count as saved, so a page seen again
    under its URL is a duplicate and its new text an update, as in the local engine."""
    from conftest import make_article

    from dyads.engines.ray_engine import AheadOfStore
    from dyads.pipeline import Deduplicator, classify_batch, save_classified

    texts = [" ".join(f"{word}{i}" for i in range(300)) for word in ("alpha", "beta")]
    updated = texts[0] + " Mise à jour."
    batches = [
        lambda: [make_article(1, texts[0]), make_article(2, texts[1])],
        lambda: [make_article(1, texts[0]),  # same URL, same text: duplicate
                 make_article(1, updated),  # same URL, new text: updated
                 make_article(3, texts[1])],  # another URL, same text: duplicate
        lambda: [make_article(4, texts[1].replace("beta150", "gamma")),  # near-duplicate of 2
                 make_article(5, updated + " "),  # the update's text again: duplicate
                 make_article(1, updated)],  # the update again: duplicate
    ]

    def as_stored(store) -> dict:
        return {a.id: (a.content_hash, a.duplicate_of) for a in store.articles()}

    with open_store(tmp_path / "after.db") as store:  # the local engine: save, then classify
        dedup = Deduplicator(store)
        after = [counts(save_classified(store, classify_batch(dedup, b()), None)) for b in batches]
        expected = as_stored(store)
    with open_store(tmp_path / "ahead.db") as store:  # the Ray driver: classify all, then save
        view = AheadOfStore(store)
        dedup = Deduplicator(view)
        classified = []
        for b in batches:
            classified.append(classify_batch(dedup, b()))
            view.classified(classified[-1])
        ahead = []
        for batch in classified:
            ahead.append(counts(save_classified(store, batch, None)))
            view.saved(batch)
        assert as_stored(store) == expected and not view.hashes and not view.ids
    assert ahead == after
    # (read, stored, updated, duplicates, near, failed, events) per batch
    assert after == [(2, 2, 0, 0, 0, 0, 0), (3, 0, 1, 2, 0, 0, 0), (3, 1, 0, 2, 1, 0, 0)]


def test_a_document_over_its_budget_is_failed_in_its_task_and_the_rest_goes_on(ray_session, tmp_path):
    """The page of one endless sentence of issue 13, 3 MB: over a 3 s budget in its extraction
    or coding task, it is recorded as failed with the reason; the seeds beside it are stored
    and coded."""
    from test_bounded_work import giant_page

    from dyads.engines.ray_engine import ingest_with_ray

    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "giant.html").write_text(giant_page(80_000), encoding="utf-8")
    seeds = sorted(SEEDS.glob("*.txt"))
    for seed in seeds:
        shutil.copy(seed, folder / seed.name)
    with open_store(tmp_path / "ray.db") as store:
        summary = ingest_with_ray([str(folder)], store, document_timeout=3)
        failures = {f.origin: f.reason for f in store.failures()}
        stored = {a.origin for a in store.articles()}
        events = store.events()
    giant = str(folder / "giant.html")
    assert list(failures) == [giant]
    assert failures[giant] in ("extraction took longer than 3 s",
                               "coding took longer than 3 s (stored without its events)")
    assert {str(folder / s.name) for s in seeds} <= stored and summary.failed == 1
    assert events  # the seeds were coded
