"""The Ray engine: the local engine's stages as Ray tasks, for corpora that outgrow a process.

    read+extract (tasks) -> deduplicate (driver) -> code (tasks) -> save (driver)

The sources are cut into work units: one WARC file per task, other files in groups of
`files_per_task`, each URL (page, feed, sitemap) alone. An extraction task reads and extracts
its unit with `read_documents` and `extract_documents`, the very functions the local engine
calls, and returns the articles to the driver, where the store is. The driver batches them
in source order as the local engine batches documents and deduplicates each batch at once
with the local engine's `Deduplicator` (canonical URL, content hash, MinHash near-duplicates,
against the store and everything before it in the run); only the originals go on to coding
tasks (`code_batch`), in chunks of about the same amount of text, so no article is coded
and then dropped as a duplicate, and a near-duplicate is stored linked to its original with
no events of its own. Batches are saved in order, one transaction each, as their chunks come
back; meanwhile the next batches are extracted, deduplicated and coded. Ray reuses its worker
processes, so the spaCy pipelines and the actor dictionary (module-level caches of the coder)
load once per worker, not once per task.

Each document is extracted and coded within a time budget (`document_timeout`, default
DYADS_DOCUMENT_TIMEOUT, else 60 s; 0: none), as by the local engine: inside each task the
work runs in the task's own `dyads.budget` worker process, which is killed past the budget;
the document is recorded as failed with the reason and the rest of its unit or chunk goes on.

Same inputs, same articles and events as the local engine; with `out`, what is stored also
goes to Parquet.
"""

from __future__ import annotations

import gzip
import logging
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dyads.analysis.groups import update_groups
from dyads.engines.parquet import ParquetOutput
from dyads.model import Article, Document, Event, Failure
from dyads.pipeline import (BATCH_SIZE, ClassifiedBatch, Coder, Deduplicator, IngestSummary,
                            batched, classify_batch, code_batch, extract_documents, read_documents,
                            save_classified)
from dyads.sources import expand_paths, is_url
from dyads.store import Store

log = logging.getLogger("dyads.engines.ray")

FILES_PER_TASK = 20
CHUNK_SIZE = 16  # originals a coding task codes (about a second of work)
Unit = list  # of source specs (paths, URLs) and Documents, read by one task


def is_warc(path: Path) -> bool:
    """A WARC archive, gzipped or not, recognised by its content as the readers do."""
    try:
        with path.open("rb") as raw:
            head = raw.read(2)
            raw.seek(0)
            stream = gzip.GzipFile(fileobj=raw) if head == b"\x1f\x8b" else raw
            return stream.read(5) == b"WARC/"
    except (OSError, EOFError):
        return False


def work_units(sources: Iterable[str | Path | Document | Failure],
               files_per_task: int = FILES_PER_TASK) -> list[Unit]:
    """The sources cut into tasks, in the order the local engine reads them."""
    units: list[Unit] = []
    group: Unit = []

    def close_group() -> None:
        nonlocal group
        if group:
            units.append(group)
            group = []

    def add(item: object) -> None:
        group.append(item)
        if len(group) >= files_per_task:
            close_group()

    for source in sources:
        if isinstance(source, (Document, Failure)):
            add(source)
            continue
        spec = str(source)
        paths = None if is_url(spec) else expand_paths(spec)
        if paths is None:  # a URL, or a spec matching nothing: the task reads it or fails it
            close_group()
            units.append([spec])
            continue
        for path in paths:
            if is_warc(path):
                close_group()
                units.append([str(path)])
            else:
                add(str(path))
    close_group()
    return units


def extract_unit(unit: Unit, skip: tuple[Path, ...] = (), seconds: float = 0.0) -> list[Article | Failure]:
    """A Ray task: read and extract one unit with the pipeline's stages (files in `skip`,
    the store's own, are not read), each document within `seconds` (0: no limit)."""
    documents = read_documents(unit, skip=skip)
    if seconds > 0:
        from dyads.budget import DocumentBudget

        # in the local engine's batches: a WARC unit is not read whole into memory, nor sent to
        # the budget's process in one message, and a batch overrunning costs one batch again
        budget = DocumentBudget(seconds, code_batch)
        return [item for batch in batched(documents, BATCH_SIZE) for item in budget.extract(batch)]
    return extract_documents(documents)


def code_chunk(articles: list[Article], coder: Coder = code_batch,
               seconds: float = 0.0) -> dict[str, list[Event] | Failure]:
    """A Ray task: the events of original articles, each within `seconds` (0: no limit).
    When the coder fails, each article gets the Failure the local engine records (the
    article is stored without events)."""
    if seconds > 0:
        from dyads.budget import DocumentBudget

        coder = DocumentBudget(seconds, coder).coder
    try:
        return coder(articles)
    except Exception as exc:  # recorded, as by the local engine
        log.exception("coding %d articles", len(articles))
        return {a.id: Failure(a.origin, f"coding failed: {exc}", stage="code") for a in articles}


def balanced_chunks(articles: list[Article], size: int) -> list[list[Article]]:
    """`articles` cut, in order, into ceil(n / size) chunks of about the same amount of
    text (coding time follows the length of the text, not the number of articles)."""
    if not articles:
        return []
    count = -(-len(articles) // max(1, size))
    total = sum(len(a.body) for a in articles) or 1
    chunks: list[list[Article]] = [[] for _ in range(count)]
    done = 0
    for index, article in enumerate(articles):
        # the chunk the middle of this article falls in, never fewer articles left than chunks
        k = min(count - 1, int((done + len(article.body) / 2) * count / total))
        k = max(k, count - (len(articles) - index))
        chunks[k].append(article)
        done += len(article.body)
    return [c for c in chunks if c]


class AheadOfStore:
    """The store as the deduplicator must see it when the driver classifies a batch while
    the batches before it are still being coded, not yet saved: their articles answer
    `article_hash` and `article_by_hash` as if saved, so that every batch is classified as
    the local engine classifies it, after the previous one is saved. Everything else is the
    store's own."""

    def __init__(self, store: Store):
        self.store = store
        self.hashes: dict[str, str] = {}  # article id -> content hash, classified but unsaved
        self.ids: dict[str, str] = {}  # content hash -> article id, likewise

    def __getattr__(self, name: str):
        return getattr(self.store, name)

    def article_hash(self, article_id: str) -> str | None:
        found = self.hashes.get(article_id)
        return found if found is not None else self.store.article_hash(article_id)

    def article_by_hash(self, content_hash: str) -> str | None:
        found = self.ids.get(content_hash)
        return found if found is not None else self.store.article_by_hash(content_hash)

    def classified(self, batch: ClassifiedBatch) -> None:
        for article, _, _ in batch.keep:
            self.hashes[article.id] = article.content_hash
            self.ids[article.content_hash] = article.id

    def saved(self, batch: ClassifiedBatch) -> None:
        """The store answers for `batch` now (a later batch's version of an article stays)."""
        for article, _, _ in batch.keep:
            if self.hashes.get(article.id) == article.content_hash:
                del self.hashes[article.id]
            if self.ids.get(article.content_hash) == article.id:
                del self.ids[article.content_hash]


@contextmanager
def ray_session(address: str | None, num_cpus: int | None) -> Iterator[None]:
    """Connect to a cluster (`address`, or RAY_ADDRESS; "auto" for the local node's) or
    start Ray on this machine with `num_cpus`; reuse a session the caller already opened."""
    import ray

    if ray.is_initialized():
        yield
        return
    address = address or os.environ.get("RAY_ADDRESS") or None
    # Workers must see the same settings as the driver (spaCy pipelines, actor files).
    env = {k: v for k, v in os.environ.items() if k.startswith("DYADS_")}
    # While Ray starts, the driver loads what it needs later (the store's regrouping).
    threading.Thread(target=_prepare_driver, daemon=True).start()
    # Ray starts its workers at nice 15, below everything else on the machine; on a shared
    # machine they would yield to every other process, which the local engine's worker does
    # not. A local session starts them at the normal priority, nice 0 (RAY_worker_niceness
    # overrides; a cluster keeps what `ray start` set).
    config = None if address or "RAY_worker_niceness" in os.environ else {"worker_niceness": 0}
    ray.init(address=address or "local", num_cpus=None if address else num_cpus,
             include_dashboard=False, log_to_driver=False, _system_config=config,
             runtime_env={"env_vars": env} if env else None)
    try:
        yield
    finally:
        ray.shutdown()


def _prepare_driver() -> None:
    """What the driver loads on first use, loaded ahead: the stop words that name stories
    (spaCy's French language module takes seconds to import), else paid after the last batch."""
    try:
        from dyads.analysis.stories import topic_terms

        topic_terms([], "préparation")
    except Exception:  # the regrouping loads it again, and says what is wrong
        log.debug("preparing the driver", exc_info=True)


@dataclass
class Coding:
    """A classified batch whose originals are being coded, chunk by chunk."""

    batch: ClassifiedBatch
    chunks: list[list[Article]]
    refs: list  # one ObjectRef a chunk
    waiting: list  # the refs not yet seen done


class Driver:
    """The driver's loop. Extraction tasks run a few units ahead; each extracted batch is
    deduplicated here at once, in source order, and its originals sent to coding tasks in
    chunks; batches are saved in order as their chunks come back. The workers always have
    coding queued while the driver deduplicates and saves."""

    def __init__(self, store: Store, code: bool, coder: Coder, batch_size: int,
                 chunk_size: int, on_saved: Callable[[IngestSummary, ClassifiedBatch, dict], None],
                 seconds: float = 0.0):
        import ray

        self.seconds = seconds  # each document's time budget in the tasks (0: none)
        self.ray = ray
        self.store, self.code, self.coder = store, code, coder
        self.batch_size, self.chunk_size = batch_size, chunk_size
        self.on_saved = on_saved
        self.view = AheadOfStore(store)
        self.dedup = Deduplicator(self.view)
        self.extract_task = ray.remote(extract_unit)
        self.code_task = ray.remote(code_chunk)
        cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
        self.max_units = max(2, cpus)  # extraction tasks ahead of the driver
        self.max_chunks = 2 * cpus + 1  # coding tasks running or queued
        self.skip = tuple(store.files())
        self.extracting: deque[tuple[Unit, object]] = deque()
        self.coding: deque[Coding] = deque()
        self.buffer: list[Article | Failure] = []
        self.total = IngestSummary()

    def run(self, units: list[Unit]) -> IngestSummary:
        todo = iter(units)
        ray = self.ray
        while True:
            while len(self.extracting) < self.max_units and (unit := next(todo, None)) is not None:
                self.extracting.append((unit, self.extract_task.remote(unit, self.skip, self.seconds)))
            self._prune()
            while self.coding and not self.coding[0].waiting:
                self._save(self.coding.popleft())
            room = sum(len(c.waiting) for c in self.coding) < self.max_chunks
            if self.extracting and room and self._ready(self.extracting[0][1]):
                self.buffer += self._extracted(*self.extracting.popleft())
                while len(self.buffer) >= self.batch_size:
                    self._classify(self.buffer[:self.batch_size])
                    del self.buffer[:self.batch_size]
                continue
            if not self.extracting and self.buffer:  # the last batch, shorter
                self._classify(self.buffer)
                self.buffer = []
                continue
            candidates = list(self.coding[0].waiting) if self.coding else []
            if self.extracting and room:
                candidates.append(self.extracting[0][1])
            if not candidates:  # nothing extracting, coding or left over: done
                assert not (self.extracting or self.coding or self.buffer)
                break
            ray.wait(candidates, num_returns=1)
        if self.total.article_ids:
            update_groups(self.store, self.total.article_ids)
        return self.total

    def _ready(self, ref) -> bool:
        return bool(self.ray.wait([ref], timeout=0)[0])

    def _prune(self) -> None:
        waiting = [r for c in self.coding for r in c.waiting]
        if waiting:
            _, left = self.ray.wait(waiting, num_returns=len(waiting), timeout=0)
            left_ids = {r.hex() for r in left}
            for c in self.coding:
                c.waiting = [r for r in c.waiting if r.hex() in left_ids]

    def _extracted(self, unit: Unit, ref) -> list[Article | Failure]:
        try:
            return self.ray.get(ref)
        except self.ray.exceptions.RayError as exc:  # a worker died: fail the unit, go on
            log.error("task for %s failed: %s", unit, exc)
            reason = f"Ray task failed: {type(exc).__name__}"
            return [Failure(getattr(x, "origin", str(x)), reason) for x in unit]

    def _classify(self, extracted: list[Article | Failure]) -> None:
        batch = classify_batch(self.dedup, extracted)
        self.view.classified(batch)
        chunks = balanced_chunks(batch.to_code, self.chunk_size) if self.code else []
        refs = [self.code_task.remote(chunk, self.coder, self.seconds) for chunk in chunks]
        self.coding.append(Coding(batch, chunks, refs, list(refs)))

    def _save(self, coding: Coding) -> None:
        coded: dict[str, list[Event] | Failure] | None = {} if self.code else None
        for chunk, ref in zip(coding.chunks, coding.refs):
            try:
                coded.update(self.ray.get(ref))
            except self.ray.exceptions.RayError as exc:  # a worker died while coding
                log.error("coding %d articles failed: %s", len(chunk), exc)
                coded.update({a.id: Failure(a.origin, f"coding failed: Ray task failed: "
                                            f"{type(exc).__name__}", stage="code") for a in chunk})
        summary = save_classified(self.store, coding.batch, coded)
        self.view.saved(coding.batch)
        self.total.add(summary)
        self.on_saved(summary, coding.batch, coded or {})


def ingest_with_ray(sources: Iterable[str | Path | Document | Failure], store: Store,
                    code: bool = True, address: str | None = None, out: str | Path | None = None,
                    num_cpus: int | None = None, batch_size: int = BATCH_SIZE,
                    files_per_task: int = FILES_PER_TASK, chunk_size: int = CHUNK_SIZE,
                    coder: Coder = code_batch,
                    on_batch: Callable[[IngestSummary], None] | None = None,
                    document_timeout: float | None = None) -> IngestSummary:
    """Ingest `sources` into `store` with Ray tasks (and into Parquet under `out`);
    `on_batch` is called after each stored batch, as by the local engine. `coder` (run in
    the workers, so importable there) codes chunks of at most `chunk_size` originals.
    `document_timeout`: seconds each document may take to extract and to code (default
    DYADS_DOCUMENT_TIMEOUT, else 60; 0: no limit)."""
    from dyads.budget import document_timeout as budget_seconds

    seconds = budget_seconds(document_timeout)
    units = work_units(sources, files_per_task)
    parquet = ParquetOutput(out) if out else None

    def saved(summary: IngestSummary, batch: ClassifiedBatch, coded: dict) -> None:
        if parquet:
            latest = {a.id: a for a, _, _ in batch.keep}  # an article's last version in the batch
            parquet.add(list(latest.values()),
                        {k: v for k, v in coded.items() if not isinstance(v, Failure)})
        if on_batch:
            on_batch(summary)

    with ray_session(address, num_cpus):
        summary = Driver(store, code, coder, batch_size, chunk_size, saved, seconds).run(units)
    if parquet:
        parquet.close()
    return summary
