"""Ingest jobs started over HTTP: run one at a time in a background thread, with progress.

An ingest can take minutes (a WARC, a folder of dumps); the request that starts it answers
at once with a job id, and `GET /api/jobs/{id}` tells how far it got, batch by batch.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import dyads
from dyads.model import Failure
from dyads.pipeline import IngestCounts, IngestSummary
from dyads.sources.addresses import PublicAddresses

class JobCancelled(Exception):
    """Raised between batches when the server stops, so a job ends at a batch boundary."""


@dataclass(kw_only=True)
class Job(IngestCounts):
    id: str
    sources: list[str]
    status: str = "queued"  # queued | running | done | failed | cancelled
    done: bool = False
    failures: list[str] = field(default_factory=list)  # "origin: reason", the first 100
    error: str | None = None
    created: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))
    finished: dt.datetime | None = None


class Jobs:
    """Every job of this server process, newest last."""

    def __init__(self, db: str, allow_private_urls: bool = False):
        """`allow_private_urls`: fetch any host; by default only public addresses (see
        `dyads.sources.addresses`)."""
        self.db = db
        self.guard = None if allow_private_urls else PublicAddresses()
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dyads-ingest")

    def start(self, sources: list[str | Failure], names: list[str], code: bool = True,
              cleanup: Path | None = None) -> Job:
        """Queue an ingest of `sources` (paths, URLs); `names` say what they are to a person;
        `cleanup` is a folder of uploaded files removed when the job ends. A Failure among
        `sources` (a URL refused up front) is recorded as the job's and the store's."""
        job = Job(id=uuid.uuid4().hex, sources=names)
        with self._lock:
            self._jobs[job.id] = job
        self._executor.submit(self._run, job, sources, code, cleanup)
        return self.get(job.id)  # type: ignore[return-value]

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            job = self._jobs.get(job_id)
            return dataclasses.replace(job, sources=list(job.sources),
                                       failures=list(job.failures)) if job else None

    def all(self) -> list[Job]:
        with self._lock:
            ids = list(self._jobs)
        return [job for job in map(self.get, ids) if job]

    def wait(self) -> None:
        """Stop after the running batch, and wait for that."""
        self._stopping.set()
        self._executor.shutdown(wait=True)

    def _progress(self, job: Job, batch: IngestSummary, folder: Path | None) -> None:
        # An upload's failure names the file as sent, not the server's temporary copy.
        hidden = f"{folder}{os.sep}" if folder else None
        with self._lock:
            job.add_counts(batch)
            room = 100 - len(job.failures)
            job.failures += [str(f).replace(hidden, "") if hidden else str(f)
                             for f in batch.failures[:max(room, 0)]]
        if self._stopping.is_set():
            raise JobCancelled

    def _finish(self, job: Job, status: str, error: str | None = None) -> None:
        with self._lock:
            job.status, job.error, job.done = status, error, True
            job.finished = dt.datetime.now(dt.timezone.utc)

    def _run(self, job: Job, sources: list[str | Failure], code: bool, cleanup: Path | None) -> None:
        with self._lock:
            job.status = "running"
        try:
            if self._stopping.is_set():
                raise JobCancelled
            with dyads.open(self.db) as archive:
                archive.ingest(sources, code=code, guard=self.guard,
                               on_batch=lambda batch: self._progress(job, batch, cleanup))
            self._finish(job, "done")
        except JobCancelled:
            self._finish(job, "cancelled", "the server stopped during the ingest")
        except Exception as exc:  # the job reports it; the server goes on
            self._finish(job, "failed", f"{type(exc).__name__}: {exc}")
        finally:
            if cleanup is not None:
                shutil.rmtree(cleanup, ignore_errors=True)
