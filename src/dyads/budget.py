"""A time budget per document: one that takes too long is recorded as failed, the batch goes on.

Extraction and coding of each document run in a worker process; the ingest waits for its
answer at most the budget (`DYADS_DOCUMENT_TIMEOUT`, 60 s by default, 0 to turn it off),
and past it kills the worker, records "took longer than 60 s", and starts a new worker for
the next document. A process, not a thread or a signal: the work that runs long is a
regular expression, lxml or a spaCy parse inside C code, which neither a signal (main
thread only, and only between Python bytecodes) nor a flag checked between stages can
interrupt; killing a process always works and frees its memory.

The worker lives as long as the process that started it and is shared by its ingests, so
the models load once (in the worker) as they did once in the process. Loading them is
not charged to any document: before the first document of a language, the worker codes
a one-line article of that language with a generous allowance of its own.
"""

from __future__ import annotations

import atexit
import functools
import logging
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any

from dyads.model import Article, Document, Event, Failure

log = logging.getLogger("dyads.budget")

DEFAULT_SECONDS = 60.0
ENVIRONMENT = "DYADS_DOCUMENT_TIMEOUT"
WARM_UP_SECONDS = 600.0  # loading the models of a language in a new worker, on a busy machine
# what a real article makes the coder load: a dateline, actors, a trigger, a place
_WARM_UP_TEXT = {"fr": "PARIS, 14 février 2022 (AFP) - Le président français Emmanuel Macron a "
                       "condamné samedi à Moscou l'attaque de la Russie contre l'Ukraine.",
                 "en": "PARIS, Feb 14, 2022 (AP) - French President Emmanuel Macron condemned "
                       "Russia's attack on Ukraine in Moscow on Saturday."}


def document_timeout(seconds: float | None = None) -> float:
    """The budget in seconds: `seconds` if given, else DYADS_DOCUMENT_TIMEOUT, else 60;
    0 (or less) means no budget."""
    if seconds is not None:
        return max(0.0, float(seconds))
    raw = os.environ.get(ENVIRONMENT, "").strip()
    if not raw:
        return DEFAULT_SECONDS
    try:
        return max(0.0, float(raw))
    except ValueError:
        raise ValueError(f"{ENVIRONMENT}={raw!r} is not a number of seconds") from None


class TimeBudgetExceeded(Exception):
    pass


class WorkerDied(Exception):
    pass


def _serve(connection_in: Any, connection_out: Any) -> None:
    """The worker's loop: (function, arguments) in, ("ok", value) or ("error", text) out."""
    while True:
        try:
            function, args, settings = connection_in.recv()
        except (EOFError, OSError):
            return
        except Exception as exc:  # noqa: BLE001 - a function this process cannot import
            connection_out.send(("error", f"{type(exc).__name__}: {exc}"))
            continue
        for name in [n for n in os.environ if n.startswith("DYADS_") and n not in settings]:
            del os.environ[name]
        os.environ.update(settings)
        try:
            answer = ("ok", function(*args))
        except Exception as exc:  # noqa: BLE001 - the caller decides what a failure means
            answer = ("error", f"{type(exc).__name__}: {exc}")
        connection_out.send(answer)


def main() -> None:
    """`python -m dyads.budget`: a worker talking pickles over its stdin and (a copy of)
    its stdout; what libraries print goes to stderr, not into the conversation."""
    from multiprocessing.connection import Connection

    channel = os.dup(1)
    os.dup2(2, 1)
    _serve(Connection(0, writable=False), Connection(channel, readable=False))


class Worker:
    """One worker process, started on first use, killed and forgotten when a call overruns.

    A plain `python -m dyads.budget` child rather than multiprocessing: multiprocessing
    would run the user's own script again in the child (a script without an
    `if __name__ == "__main__"` guard would start workers without end)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None
        self._send: Any = None
        self._receive: Any = None
        self.warm: set[str] = set()  # what this worker has loaded ("extract", "code:fr", ...)

    def call(self, function: Callable, args: tuple, seconds: float) -> Any:
        """function(*args) in the worker; TimeBudgetExceeded after `seconds`, WorkerDied
        when the process ended (killed by the system, a crash), RuntimeError with the
        worker's one-line error when the function raised."""
        with self._lock:
            if self._process is None or self._process.poll() is not None:
                self._start()
            try:
                # the caller's DYADS_* settings as they are now (DYADS_ACTORS, DYADS_MODELS...)
                settings = {k: v for k, v in os.environ.items() if k.startswith("DYADS_")}
                self._send.send((function, args, settings))
                ready = self._receive.poll(seconds)
            except (OSError, EOFError):
                ready = True  # the pipe is broken: recv below says so
            if not ready:
                self._stop()
                raise TimeBudgetExceeded
            try:
                status, value = self._receive.recv()
            except (EOFError, OSError):
                code = self._process.poll() if self._process else None
                self._stop()
                raise WorkerDied(f"the worker process died (exit code {code})") from None
        if status == "error":
            raise RuntimeError(value)
        return value

    def _start(self) -> None:
        from multiprocessing.connection import Connection

        env = dict(os.environ)
        # what this process can import, the worker can (a test's helpers, a source tree)
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if isinstance(p, str) and p)
        process = subprocess.Popen([sys.executable, "-m", "dyads.budget"], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, env=env, close_fds=True)
        assert process.stdin is not None and process.stdout is not None
        self._process = process
        self._send = Connection(os.dup(process.stdin.fileno()), readable=False)
        self._receive = Connection(os.dup(process.stdout.fileno()), writable=False)
        process.stdin.close()
        process.stdout.close()
        self.warm = set()

    def _stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait(10)
        for connection in (self._send, self._receive):
            if connection is not None:
                connection.close()
        self._process = self._send = self._receive = None
        self.warm = set()

    def close(self) -> None:
        with self._lock:
            self._stop()


_shared: Worker | None = None
_shared_lock = threading.Lock()


def shared_worker() -> Worker:
    """The worker of this process, shared by its ingests (their models load once)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Worker()
            atexit.register(_shared.close)
        return _shared


def _took(seconds: float) -> str:
    return f"took longer than {seconds:g} s"


def _warm_up_article(lang: str) -> Article:
    text = _WARM_UP_TEXT.get(lang, _WARM_UP_TEXT["fr"])
    return Article(id=f"warm-up-{lang}", url=None, source=None, publisher=None, title=None,
                   description=None, published=None, modified=None, authors=[], section=None,
                   keywords=[], language=lang, image=None, body=text, content_hash="",
                   origin="warm-up")


def _sendable(function: Any) -> bool:
    """Whether `function` can run in the worker: picklable, and from a module the worker
    can import (not the user's script, which it does not run)."""
    inner = function.func if isinstance(function, functools.partial) else function
    if getattr(inner, "__module__", None) in (None, "__main__"):
        return False
    try:
        pickle.dumps(function)
    except Exception:  # noqa: BLE001 - whatever pickle raises, the answer is no
        return False
    return True


class DocumentBudget:
    """Extraction and coding of each document within `seconds`, in `worker`.

    `extract` and `coder` have the signatures of `extract_documents` and `code_batch`, so
    the pipeline uses them in their place. Each stage of a batch runs first as one call
    (coding a batch at once parses its sentences in batches: per document it is slower) with the budget of one document; a normal batch of 50 takes a few
    seconds. Only when it overruns (or the worker dies) is the batch run again document by
    document, each with the budget, and the one that overruns is recorded as failed: a
    hostile document costs its batch at most twice the budget plus restarting the worker.
    A coder that cannot be sent to another process (a lambda, a function of the user's
    script) runs here, unbudgeted; so does everything when the worker cannot start at all
    (a warning says so): an ingest without a budget beats no ingest.
    """

    def __init__(self, seconds: float, coder: Callable[[list[Article]], dict[str, list[Event]]],
                 worker: Worker | None = None):
        self.seconds = seconds
        self.inner_coder = coder
        self.worker = worker or shared_worker()
        self._coder_sendable = _sendable(coder)
        self.in_process = False  # set when the worker cannot start

    def _warm(self, key: str, function: Callable, args: tuple) -> None:
        if key in self.worker.warm or self.in_process:
            return
        try:
            self.worker.call(function, args, WARM_UP_SECONDS)
            self.worker.warm.add(key)
        except WorkerDied as exc:
            log.warning("the document worker cannot start (%s): documents are extracted and "
                        "coded in this process, without a time budget", exc)
            self.in_process = True
        except Exception as exc:  # noqa: BLE001 - the document's own call will tell what is wrong
            log.warning("warming up the document worker (%s): %s", key, exc)

    def _batch_first(self, function: Callable, items: list, what: str) -> Any:
        """function(items) in the worker within the budget, or None when the batch must be
        run again item by item (never for a single item: that would run it twice)."""
        try:
            return self.worker.call(function, (items,), self.seconds)
        except (TimeBudgetExceeded, WorkerDied, RuntimeError) as exc:
            if len(items) == 1:
                raise
            log.info("%s a batch of %d %s (%s): again one by one", what, len(items),
                     _took(self.seconds) if isinstance(exc, TimeBudgetExceeded) else "failed", exc)
            return None

    def extract(self, items: list[Document | Failure]) -> list[Article | Failure]:
        from dyads.pipeline import extract_documents

        documents = [item for item in items if isinstance(item, Document)]
        if not documents:
            return list(items)  # type: ignore[arg-type]
        self._warm_extract()
        if self.in_process:
            return extract_documents(items)
        try:
            done = self._batch_first(extract_documents, documents, "extracting")
        except (TimeBudgetExceeded, WorkerDied, RuntimeError):
            done = None
        if done is None:
            done = [self._extract_one(document) for document in documents]
        extracted = iter(done)
        return [item if isinstance(item, Failure) else next(extracted) for item in items]

    def _warm_extract(self) -> None:
        from dyads.pipeline import extract_documents

        self._warm("extract", extract_documents,
                   ([Document(origin="warm-up", kind="html", content="<html><body><article><p>"
                              + _WARM_UP_TEXT["fr"] * 5 + "</p></article></body></html>")],))

    def _warm_coder(self, articles: list[Article]) -> None:
        for lang in sorted({a.language or "fr" for a in articles}):
            self._warm(f"code:{lang}", self.inner_coder, ([_warm_up_article(lang)],))

    def _extract_one(self, document: Document) -> Article | Failure:
        from dyads.pipeline import extract_documents

        self._warm_extract()  # again after a worker was killed: loading is no document's time
        if self.in_process:
            return extract_documents([document])[0]
        try:
            return self.worker.call(extract_documents, ([document],), self.seconds)[0]
        except TimeBudgetExceeded:
            log.info("extracting %s %s: recorded as failed", document.origin, _took(self.seconds))
            return Failure(document.origin, f"extraction {_took(self.seconds)}", stage="extract")
        except (WorkerDied, RuntimeError) as exc:
            return Failure(document.origin, f"extraction failed: {exc}", stage="extract")

    def coder(self, articles: list[Article]) -> dict[str, list[Event] | Failure]:
        """Events of each article, or the Failure of one whose coding overran (the
        pipeline stores that article without events and records the failure)."""
        if not self._coder_sendable:
            return self.inner_coder(articles)  # type: ignore[return-value]
        self._warm_coder(articles)
        if self.in_process:
            return self.inner_coder(articles)  # type: ignore[return-value]
        if len(articles) > 1:
            done = self._batch_first(self.inner_coder, articles, "coding")
            if done is not None:
                return done
        events: dict[str, list[Event] | Failure] = {}
        for article in articles:
            self._warm_coder([article])  # again after a worker was killed
            if self.in_process:
                events.update(self.inner_coder([article]))
                continue
            try:
                events.update(self.worker.call(self.inner_coder, ([article],), self.seconds))
            except TimeBudgetExceeded:
                log.info("coding %s %s: recorded as failed", article.origin, _took(self.seconds))
                events[article.id] = Failure(article.origin, f"coding {_took(self.seconds)} "
                                             "(stored without its events)", stage="code")
            except (WorkerDied, RuntimeError) as exc:
                events[article.id] = Failure(article.origin, f"coding failed: {exc}", stage="code")
        return events


if __name__ == "__main__":
    main()
