"""Watch feeds and sitemaps: poll them, ingest the pages that are new, sleep, again.

What has been seen lives in the store, so a watcher restarted on the same store carries
on where the last one stopped:
  - "http:" + URL   conditional-GET validators of each feed and sitemap (see Fetcher);
  - "watch:seen:" + canonical URL   each page already ingested (or failed for good).
A page is marked seen, and a feed's validators saved, only after the pipeline has
committed what came from it, so a watcher killed half-way misses nothing next time.
Hosts that fail are left alone for a while, longer after each failure.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from dyads.dedup import canonical_url
from dyads.model import Document, Failure
from dyads.pipeline import ingest
from dyads.sources.web import FetchError, Fetcher, FetchResult, Link, StoreState, discover, fetch_page
from dyads.store import Store

log = logging.getLogger("dyads.watch")

SEEN = "watch:seen:"


_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)([smhd])")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds in "30s", "15m", "1h", "1h30m" or a bare number of seconds. Raises ValueError."""
    value = text.strip().lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        seconds = float(value)
    elif value and re.fullmatch(f"(?:{_DURATION_PART.pattern})+", value):
        seconds = sum(float(n) * _UNIT_SECONDS[unit] for n, unit in _DURATION_PART.findall(value))
    else:
        raise ValueError(f"{text!r} is not a duration (like 30s, 15m, 1h, 1h30m)")
    if seconds <= 0:
        raise ValueError(f"{text!r}: the duration must be more than zero")
    return seconds


class HostBackoff:
    """Exponential backoff per host: after n failures in a row, wait base * 2**(n-1)
    seconds (at most `cap`) before asking that host again. One success resets it."""

    def __init__(self, base: float, cap: float):
        self.base = base
        self.cap = cap
        self._failures: dict[str, int] = {}
        self._until: dict[str, float] = {}

    def ready(self, host: str) -> bool:
        return time.monotonic() >= self._until.get(host, 0.0)

    def failed(self, host: str) -> float:
        """Record a failure; returns how long the host is now left alone."""
        count = self._failures.get(host, 0) + 1
        self._failures[host] = count
        wait = min(self.base * 2 ** (count - 1), self.cap)
        self._until[host] = time.monotonic() + wait
        return wait

    def succeeded(self, host: str) -> None:
        self._failures.pop(host, None)
        self._until.pop(host, None)


@dataclass
class Poll:
    """What one pass over the sources did."""

    number: int
    new: int = 0  # articles stored for the first time
    updated: int = 0
    duplicates: int = 0
    failed: int = 0
    waiting: list[str] = field(default_factory=list)  # hosts skipped while backing off

    def __str__(self) -> str:
        line = f"poll {self.number}: {self.new} new, {self.updated} updated, {self.failed} failed"
        if self.waiting:
            line += f", backing off {', '.join(sorted(set(self.waiting)))}"
        return line


def _host(url: str) -> str:
    return urlsplit(url).netloc


class Watcher:
    """Polls `sources` (feeds, sitemaps, robots.txt, pages) every `every` seconds.

    The store is the caller's to open and close. Without a `fetcher`, one is made whose
    validators live in the store; a given fetcher should do the same (`StoreState`) for
    its 304s to survive restarts.
    """

    def __init__(
        self,
        sources: Sequence[str],
        store: Store,
        every: float = 900.0,
        *,
        fetcher: Fetcher | None = None,
        code: bool = True,
        max_backoff: float = 6 * 3600.0,
    ):
        self.sources = list(sources)
        self.store = store
        self.every = every
        self.code = code
        self._own_fetcher = fetcher is None
        self.fetcher = fetcher or Fetcher(state=StoreState(store))
        self.backoff = HostBackoff(base=every, cap=max(max_backoff, every))
        self.polls = 0
        self._stop = threading.Event()

    # -- running ----------------------------------------------------------------------

    def run(self, max_polls: int | None = None) -> None:
        """Poll until `stop()`, SIGINT or SIGTERM (or `max_polls` polls). A signal lets the
        page in hand be stored and committed, then stops; a second one interrupts at once."""
        restore = self._catch_signals()
        try:
            while not self._stop.is_set():
                started = time.monotonic()
                try:
                    self.poll()
                except Exception:  # a locked database or a bug in one page must not end the watch
                    log.exception("poll %d failed", self.polls)
                if max_polls is not None and self.polls >= max_polls:
                    break
                self._stop.wait(max(0.0, self.every - (time.monotonic() - started)))
        finally:
            restore()
            if self._own_fetcher:
                self.fetcher.close()
        log.info("stopped after %d poll(s)", self.polls)

    def stop(self) -> None:
        self._stop.set()

    def _catch_signals(self) -> Callable[[], None]:
        """Install SIGINT/SIGTERM handlers; returns what puts the previous ones back."""
        if threading.current_thread() is not threading.main_thread():
            return lambda: None  # signal handlers can only be set from the main thread

        def on_signal(number: int, frame: object) -> None:
            if self._stop.is_set():
                raise KeyboardInterrupt
            log.info("%s: stopping once the current page is stored", signal.Signals(number).name)
            self.stop()

        previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}

        def restore() -> None:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

        return restore

    # -- one poll ---------------------------------------------------------------------

    def poll(self) -> Poll:
        """One pass over every source, ingested as one run; logs one line with what it found."""
        self.polls += 1
        report = Poll(self.polls)
        listings: list[FetchResult] = []  # feeds and sitemaps read: validators saved once committed
        done: list[str] = []  # page URLs to mark seen once committed
        summary = ingest(self._poll_items(report, listings, done), self.store, code=self.code)
        report.new, report.updated = summary.stored, summary.updated
        report.duplicates, report.failed = summary.duplicates, summary.failed
        now = dt.datetime.now(dt.timezone.utc).isoformat()
        for url in done:
            self.store.set_state(SEEN + canonical_url(url), now)
        if not self._stop.is_set():  # a poll cut short must list its sources again in full
            for listing in listings:
                self.fetcher.remember(listing)
        log.info("%s", report)
        return report

    def _poll_items(
        self, report: Poll, listings: list[FetchResult], done: list[str]
    ) -> Iterator[Document | Failure]:
        for source in self.sources:
            if self._stop.is_set():
                return
            if not self.backoff.ready(_host(source)):
                report.waiting.append(_host(source))
                continue
            yield from self._new_items(source, listings, done, report)

    def _new_items(
        self, source: str, listings: list[FetchResult], done: list[str], report: Poll
    ) -> Iterator[Document | Failure]:
        for item in discover(source, self.fetcher, done=listings.append):
            if self._stop.is_set():
                return
            if isinstance(item, Link):
                yield from self._new_page(item, done, report)
                continue
            if isinstance(item, Failure):
                log.warning("failed %s: %s", item.origin, item.reason)
                if item.origin == source:
                    self._host_failed(source)
            yield item  # a Failure, or the source itself: a page that changed
        host = _host(source)
        if self.backoff.ready(host):  # it was ready before this source: nothing failed since
            self.backoff.succeeded(host)

    def _new_page(self, link: Link, done: list[str], report: Poll) -> Iterator[Document | Failure]:
        host = _host(link.url)
        if self.store.get_state(SEEN + canonical_url(link.url)) is not None:
            return
        if not self.backoff.ready(host):
            report.waiting.append(host)
            return
        try:
            page = fetch_page(link, self.fetcher)
        except FetchError as error:
            log.warning("failed %s: %s", link.url, error.reason)
            if error.transient:
                self._host_failed(link.url)  # and not seen: asked again once the host is back
            else:
                done.append(link.url)  # a 404 stays a 404: record it once
            yield Failure(origin=link.url, reason=error.reason)
            return
        done.append(link.url)
        yield page

    def _host_failed(self, url: str) -> None:
        wait = self.backoff.failed(_host(url))
        log.info("backing off %s for %.0fs", _host(url), wait)
