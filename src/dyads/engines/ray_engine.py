"""The Ray engine: the local engine's stages as Ray tasks, for corpora that outgrow a process.

The sources are cut into work units: one WARC file per task, other files in groups of
`files_per_task`, each URL (page, feed, sitemap) alone. A task reads, extracts and codes its
unit with `read_documents`, `extract_documents` and `code_batch`, the very functions the
local engine calls. Ray reuses its worker processes, so the spaCy pipelines and the actor
dictionary (module-level caches of the coder) load once per worker, not once per task.

The driver, where the store is, takes the results in the order of the sources, batches them
as the local engine batches documents, and runs `store_batches`: the same deduplication, save
and regrouping, with the workers' events looked up instead of coded again. Same inputs, same
articles and events as the local engine; with `out`, what is stored also goes to Parquet.
"""

from __future__ import annotations

import gzip
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from dyads.engines.parquet import ParquetOutput
from dyads.model import Article, Document, Event, Failure
from dyads.pipeline import (BATCH_SIZE, IngestSummary, batched, code_batch, extract_documents,
                            read_documents, store_batches)
from dyads.sources import expand_paths, is_url
from dyads.store import Store

log = logging.getLogger("dyads.engines.ray")

FILES_PER_TASK = 20
Unit = list  # of source specs (paths, URLs) and Documents, read by one task


class CodingError(RuntimeError):
    """A worker could not code the batch an article was in."""


@dataclass
class UnitResult:
    extracted: list[Article | Failure]
    events: dict[str, list[Event]] = field(default_factory=dict)  # by article id
    coding_errors: dict[str, str] = field(default_factory=dict)  # article id -> why


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


def process_unit(unit: Unit, code: bool, batch_size: int = BATCH_SIZE) -> UnitResult:
    """What a Ray task does: read -> extract -> code one unit, with the pipeline's stages."""
    result = UnitResult(extract_documents(read_documents(unit)))
    if code:
        articles = [x for x in result.extracted if isinstance(x, Article)]
        for batch in batched(articles, batch_size):
            try:
                result.events.update(code_batch(batch))
            except Exception as exc:  # the driver records it as the local engine would
                log.exception("coding a batch")
                result.coding_errors.update({a.id: f"{type(exc).__name__}: {exc}" for a in batch})
    return result


class WorkerResults:
    """The workers' results as the driver stores them: extracted items in source order,
    batched like the local engine's documents, and `code`, a coder for `store_batches`
    that looks up the events the workers computed for each article version."""

    def __init__(self, results: Iterable[UnitResult], batch_size: int):
        self.results = results
        self.batch_size = batch_size
        self.events: dict[tuple[str, str], list[Event]] = {}
        self.errors: dict[tuple[str, str], str] = {}
        self.batch: list[Article | Failure] = []
        self.coded: dict[str, list[Event]] = {}  # what `code` returned for the current batch

    def _items(self) -> Iterator[Article | Failure]:
        for result in self.results:
            for item in result.extracted:
                if isinstance(item, Article):
                    key = (item.id, item.content_hash)
                    if item.id in result.events:
                        self.events[key] = result.events[item.id]
                    if item.id in result.coding_errors:
                        self.errors[key] = result.coding_errors[item.id]
            yield from result.extracted

    def batches(self) -> Iterator[list[Article | Failure]]:
        for batch in batched(self._items(), self.batch_size):
            self.batch, self.coded = batch, {}
            yield batch
            for item in batch:  # stored now: the driver holds one batch of events at a time
                if isinstance(item, Article):
                    self.events.pop((item.id, item.content_hash), None)
                    self.errors.pop((item.id, item.content_hash), None)

    def code(self, articles: list[Article]) -> dict[str, list[Event]]:
        for a in articles:
            if (a.id, a.content_hash) in self.errors:
                raise CodingError(self.errors[(a.id, a.content_hash)])
        self.coded = {a.id: self.events[(a.id, a.content_hash)] for a in articles
                      if (a.id, a.content_hash) in self.events}
        return self.coded

    def stored_articles(self, summary: IngestSummary) -> list[Article]:
        """The articles of the current batch that `summary` says were stored."""
        ids = set(summary.article_ids)
        latest = {x.id: x for x in self.batch if isinstance(x, Article) and x.id in ids}
        return list(latest.values())


@contextmanager
def ray_session(address: str | None, num_cpus: int | None) -> Iterator[None]:
    """Connect to a cluster (`address`, "auto" for the local node's) or start Ray on this
    machine; reuse a session the caller already opened."""
    import ray

    if ray.is_initialized():
        yield
        return
    # Workers must see the same settings as the driver (spaCy pipelines, actor files).
    env = {k: v for k, v in os.environ.items() if k.startswith("DYADS_")}
    ray.init(address=address or None, num_cpus=None if address else num_cpus,
             include_dashboard=False, log_to_driver=False,
             runtime_env={"env_vars": env} if env else None)
    try:
        yield
    finally:
        ray.shutdown()


def run_units(units: list[Unit], code: bool, batch_size: int,
              max_in_flight: int | None = None) -> Iterator[UnitResult]:
    """Results in the order of `units`, with at most `max_in_flight` tasks submitted ahead
    (default: twice the cluster's CPUs), so the driver's memory stays bounded."""
    import ray

    task = ray.remote(process_unit)
    limit = max_in_flight or max(2, 2 * int(ray.cluster_resources().get("CPU", 1)))
    todo = iter(units)
    pending: deque = deque()
    for unit in todo:
        pending.append((unit, task.remote(unit, code, batch_size)))
        if len(pending) >= limit:
            break
    while pending:
        unit, ref = pending.popleft()
        following = next(todo, None)
        if following is not None:
            pending.append((following, task.remote(following, code, batch_size)))
        try:
            yield ray.get(ref)
        except ray.exceptions.RayError as exc:  # a worker died: fail the unit, go on
            log.error("task for %s failed: %s", unit, exc)
            reason = f"Ray task failed: {type(exc).__name__}"
            yield UnitResult([Failure(getattr(x, "origin", str(x)), reason) for x in unit])


def ingest_with_ray(sources: Iterable[str | Path | Document | Failure], store: Store,
                    code: bool = True, address: str | None = None, out: str | Path | None = None,
                    num_cpus: int | None = None, batch_size: int = BATCH_SIZE,
                    files_per_task: int = FILES_PER_TASK,
                    on_batch: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
    """Ingest `sources` into `store` with Ray tasks (and into Parquet under `out`);
    `on_batch` is called after each stored batch, as by the local engine."""
    units = work_units(sources, files_per_task)
    parquet = ParquetOutput(out) if out else None
    with ray_session(address, num_cpus):
        results = WorkerResults(run_units(units, code, batch_size), batch_size)

        def stored(summary: IngestSummary) -> None:
            if parquet:
                parquet.add(results.stored_articles(summary), results.coded)
            if on_batch:
                on_batch(summary)

        summary = store_batches(store, results.batches(), code, coder=results.code,
                                on_batch=stored)
    if parquet:
        parquet.close()
    return summary
