"""Polite fetching over HTTP, and the reader for URLs (pages, feeds, sitemaps).

`Fetcher` is the only way dyads touches the network: it asks robots.txt first, waits its
turn per host, stops slow or oversized answers, retries what may succeed later, and uses
conditional GET so that a feed polled again costs one 304. `read_url` turns a URL into
Documents: a page is itself, a feed or a sitemap stands for the pages it lists.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from dyads.model import Document, Failure
from dyads.sources import feeds, sitemaps
from dyads.sources.addresses import AddressRefused, PublicAddresses, guarded_transport
from dyads.sources.files import UndecodableError, decode_bytes

log = logging.getLogger(__name__)

try:
    _VERSION = metadata.version("dyads")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    _VERSION = "0"

USER_AGENT = f"dyads/{_VERSION} (+https://github.com/dyads; political event research)"

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_REDIRECTS = {301, 302, 303, 307, 308}
_MAX_REDIRECTS = 10
_MAX_RETRY_AFTER = 60.0  # a server asking for a longer pause is treated as down for now
_MAX_CRAWL_DELAY = 60.0  # honour Crawl-delay, but a typo like 3600 must not stall a batch
_ROBOTS_TTL = 3600.0
_ROBOTS_UNREACHABLE_TTL = 300.0  # ask again soon: a robots.txt that times out is usually transient
_ROBOTS_MAX_BYTES = 512 * 1024  # Google reads the first 500 KiB, so do we


def _size(n: int) -> str:
    if n >= 2**20:
        return f"{n / 2**20:g} MB"
    if n >= 2**10:
        return f"{n / 2**10:g} KB"
    return f"{n} bytes"


class FetchError(Exception):
    """A URL that could not be fetched. `reason` is one line ("HTTP 404", "timed out after 20s").

    `transient` says whether asking again later may succeed (timeouts, 5xx, connection
    errors), which the watcher uses to retry instead of giving up on the URL.
    """

    def __init__(
        self,
        url: str,
        reason: str,
        *,
        status: int | None = None,
        transient: bool = False,
        retry_after: float | None = None,
    ):
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.status = status
        self.transient = transient
        self.retry_after = retry_after  # seconds, from the server's Retry-After


class FetchTimeout(FetchError):
    """The answer did not come in time. Transient, but not retried within one fetch: a
    server that is that slow now will not be faster half a second later."""

    def __init__(self, url: str, timeout: float):
        super().__init__(url, f"timed out after {timeout:g}s", transient=True)


@dataclass
class FetchResult:
    status: int
    url: str  # after redirects
    headers: httpx.Headers
    content: bytes
    not_modified: bool = False
    requested: str = ""  # the URL asked for: the key of its conditional-GET validators

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        found = _CHARSET.search(self.headers.get("content-type", ""))
        return found.group(1) if found else None


class StateMap(Protocol):
    """Where validators are kept: a dict, or the store's key-value state through an adapter."""

    def get(self, key: str, /) -> str | None: ...

    def __setitem__(self, key: str, value: str, /) -> None: ...


class StoreState:
    """A store's key-value state (`get_state` / `set_state`) as a Fetcher's StateMap, so
    that validators outlive the process."""

    def __init__(self, store: Any):
        self.store = store

    def get(self, key: str, /) -> str | None:
        return self.store.get_state(key)

    def __setitem__(self, key: str, value: str, /) -> None:
        self.store.set_state(key, value)


@dataclass
class _Robots:
    parser: RobotFileParser
    expires: float
    unreachable: str | None = None  # reason, when robots.txt could not be read at all


class Fetcher:
    """An httpx client with the manners of a good crawler. Thread-safe.

    `state` keeps conditional-GET validators between runs (the store provides it): key
    "http:" + URL, value JSON {"etag": ..., "last_modified": ...}.

    `guard` (a server fetching for its users passes `PublicAddresses()`) refuses hosts that
    resolve to loopback, private, link-local, metadata... addresses, before every request
    and redirect and again when connecting. None, the default, fetches any host: the
    user's own command line on the user's own machine.
    """

    def __init__(
        self,
        user_agent: str = USER_AGENT,
        per_host_interval: float = 1.0,
        timeout: float = 20.0,
        retries: int = 3,
        backoff: float = 0.5,
        max_bytes: int = 10 * 2**20,
        state: StateMap | None = None,
        guard: PublicAddresses | None = None,
    ):
        self.user_agent = user_agent
        self.per_host_interval = per_host_interval
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_bytes = max_bytes
        self.state: StateMap = state if state is not None else {}
        self.guard = guard
        transport = guarded_transport(guard) if guard is not None else None
        self._client = httpx.Client(headers={"User-Agent": user_agent}, timeout=timeout,
                                    transport=transport)
        self._lock = threading.Lock()
        self._next_turn: dict[str, float] = {}  # host -> monotonic time of its next allowed request
        self._host_interval: dict[str, float] = {}  # host -> interval raised by Crawl-delay
        self._robots: dict[str, _Robots] = {}

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public -----------------------------------------------------------------------

    def fetch(self, url: str, *, conditional: bool = True, remember: bool = True) -> FetchResult:
        """GET `url`, following redirects. Raises FetchError with a one-line reason.

        With `conditional`, validators saved for this URL are sent and an unchanged
        resource comes back as `not_modified` with no content. With `remember`, the new
        validators are saved at once; callers that must first finish with the content
        (a feed whose items are not ingested yet) pass False and call `remember` later.
        """
        headers = self._validators_headers(url) if conditional else {}
        result = self._follow(url, headers, self.max_bytes, obey_robots=True)
        if result.status == 304:
            result.not_modified = True
        elif remember and conditional:
            self.remember(result)
        return result

    def remember(self, result: FetchResult) -> None:
        """Save the validators of `result` so that the next conditional GET can answer 304."""
        if result.not_modified:
            return
        validators = {
            "etag": result.headers.get("etag"),
            "last_modified": result.headers.get("last-modified"),
        }
        key = "http:" + (result.requested or result.url)
        if any(validators.values()):
            self.state[key] = json.dumps(validators)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets us fetch `url` (fetching robots.txt if needed)."""
        try:
            self._check_robots(url)
        except FetchError:
            return False
        return True

    # -- politeness -------------------------------------------------------------------

    def _validators_headers(self, url: str) -> dict[str, str]:
        raw = self.state.get("http:" + url)
        if not raw:
            return {}
        try:
            saved = json.loads(raw)
        except ValueError:  # a damaged entry costs one full GET, nothing more
            return {}
        headers = {}
        if saved.get("etag"):
            headers["If-None-Match"] = saved["etag"]
        if saved.get("last_modified"):
            headers["If-Modified-Since"] = saved["last_modified"]
        return headers

    def _wait_turn(self, host: str) -> None:
        # Reserve the next slot under the lock, sleep outside it: concurrent callers on the
        # same host queue up one interval apart, other hosts are not held up.
        with self._lock:
            now = time.monotonic()
            turn = max(now, self._next_turn.get(host, 0.0))
            self._next_turn[host] = turn + self._host_interval.get(host, self.per_host_interval)
        if turn > now:
            time.sleep(turn - now)

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(url, "not an http(s) URL")
        if parts.path == "/robots.txt":
            return
        robots = self._robots_for(f"{parts.scheme}://{parts.netloc}")
        if robots.unreachable:
            raise FetchError(url, robots.unreachable, transient=True)
        if not robots.parser.can_fetch(self.user_agent, url):
            raise FetchError(url, "forbidden by robots.txt")

    def _robots_for(self, base: str) -> _Robots:
        with self._lock:
            cached = self._robots.get(base)
        if cached and cached.expires > time.monotonic():
            return cached
        parser = RobotFileParser(base + "/robots.txt")
        unreachable = None
        try:
            result = self._follow(base + "/robots.txt", {}, _ROBOTS_MAX_BYTES, obey_robots=False)
            parser.parse(result.content.decode("utf-8", errors="replace").splitlines())
        except FetchError as error:
            # The convention urllib.robotparser and Google follow: 401/403 forbid everything,
            # other 4xx mean "no robots.txt", anything else means we cannot know yet.
            if error.status in (401, 403):
                parser.disallow_all = True
            elif error.status is not None and 400 <= error.status < 500:
                parser.allow_all = True
            else:
                unreachable = f"robots.txt unreachable ({error.reason})"
        ttl = _ROBOTS_UNREACHABLE_TTL if unreachable else _ROBOTS_TTL
        robots = _Robots(parser, time.monotonic() + ttl, unreachable)
        delay = parser.crawl_delay(self.user_agent) if not unreachable else None
        host = urlsplit(base).netloc
        with self._lock:
            self._robots[base] = robots
            if delay:
                self._host_interval[host] = max(self.per_host_interval, min(float(delay), _MAX_CRAWL_DELAY))
        return robots

    # -- HTTP -------------------------------------------------------------------------

    def _follow(self, url: str, headers: dict[str, str], max_bytes: int, obey_robots: bool) -> FetchResult:
        # Redirects are followed here rather than by httpx so that every hop asks robots.txt
        # and waits its turn on its own host.
        current = url
        for _ in range(_MAX_REDIRECTS + 1):
            if self.guard is not None:  # before robots.txt: that is a request too
                try:
                    self.guard.check_url(current)
                except AddressRefused as refused:
                    hop = "" if current == url else f"redirected to {current}: "
                    raise FetchError(url, hop + refused.reason) from None
            if obey_robots:
                self._check_robots(current)
            result = self._get_with_retries(current, headers, max_bytes)
            if result.status not in _REDIRECTS:
                result.requested = url
                return result
            location = result.headers.get("location")
            if not location:
                raise FetchError(url, f"HTTP {result.status} without a Location", status=result.status)
            current = urljoin(current, location)
        raise FetchError(url, f"more than {_MAX_REDIRECTS} redirects")

    def _get_with_retries(self, url: str, headers: dict[str, str], max_bytes: int) -> FetchResult:
        attempt = 0
        while True:
            try:
                return self._get_once(url, headers, max_bytes)
            except FetchTimeout:
                raise
            except FetchError as error:
                if not error.transient or attempt >= self.retries:
                    raise
                if error.retry_after is not None and error.retry_after > _MAX_RETRY_AFTER:
                    raise
                delay = max(self.backoff * 2**attempt, error.retry_after or 0.0)
                log.debug("retrying %s in %.1fs after %s", url, delay, error.reason)
                time.sleep(delay)
                attempt += 1

    def _get_once(self, url: str, headers: dict[str, str], max_bytes: int) -> FetchResult:
        self._wait_turn(urlsplit(url).netloc)
        deadline = time.monotonic() + self.timeout
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                if status >= 400:
                    raise _status_error(url, response)
                content = b""
                if 200 <= status < 300:
                    content = self._read_body(url, response, max_bytes, deadline)
                return FetchResult(status, str(response.url), response.headers, content)
        except AddressRefused as refused:  # at connection time: the name now points elsewhere
            raise FetchError(url, refused.reason) from None
        except httpx.TimeoutException:
            raise FetchTimeout(url, self.timeout) from None
        except httpx.TransportError as error:
            reason = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise FetchError(url, f"connection failed: {reason}", transient=True) from None
        except httpx.HTTPError as error:  # undecodable Content-Encoding and the like
            raise FetchError(url, f"bad HTTP answer: {error}") from None

    def _read_body(self, url: str, response: httpx.Response, max_bytes: int, deadline: float) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise FetchError(url, f"larger than {_size(max_bytes)}")
        body = bytearray()
        for chunk in response.iter_bytes():  # decoded bytes: a gzip bomb hits the limit too
            body += chunk
            if len(body) > max_bytes:
                raise FetchError(url, f"larger than {_size(max_bytes)}")
            if time.monotonic() > deadline:  # httpx times each read; this bounds the whole answer
                raise FetchTimeout(url, self.timeout)
        return bytes(body)


def _status_error(url: str, response: httpx.Response) -> FetchError:
    status = response.status_code
    retry_after = _retry_after(response.headers.get("retry-after"))
    reason = f"HTTP {status}"
    if retry_after is not None and retry_after > _MAX_RETRY_AFTER:
        reason += f" (retry after {retry_after:.0f}s)"
    transient = status >= 500 or status in (408, 429)
    return FetchError(url, reason, status=status, transient=transient, retry_after=retry_after)


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - dt.datetime.now(dt.timezone.utc)).total_seconds())


# -- what a URL holds -------------------------------------------------------------------

_FEED_ROOTS = {"rss", "feed", "rdf:rdf"}
_SITEMAP_ROOTS = {"urlset", "sitemapindex"}
# Prolog items that may come before the root element: XML declaration and processing
# instructions, comments, a doctype.
_PROLOG = re.compile(rb"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)", re.S | re.I)
_ROOT = re.compile(rb"\s*<([A-Za-z_][\w:.-]*)")
_NOT_PAGES = ("image/", "audio/", "video/", "font/",
              "application/pdf", "application/zip", "application/octet-stream")


def sniff(result: FetchResult) -> str:
    """What a response is: "feed", "sitemap" or "page". Decided by the content (servers
    mislabel feeds and sitemaps all the time), by the URL only for robots.txt."""
    head = result.content[:4096].lstrip(b"\xef\xbb\xbf")
    if head[:2] == sitemaps.GZIP_MAGIC or urlsplit(result.url).path.endswith("/robots.txt"):
        return "sitemap"
    position = 0
    while match := _PROLOG.match(head, position):
        position = match.end()
    root = _ROOT.match(head, position)
    name = root.group(1).decode("ascii").lower() if root else ""
    if name in _FEED_ROOTS:
        return "feed"
    if name.split(":")[-1] in _SITEMAP_ROOTS:
        return "sitemap"
    if not root and result.content_type == "text/plain" and _lists_urls(result.content):
        return "sitemap"  # a plain-text sitemap: one URL a line
    return "page"


def _lists_urls(content: bytes) -> bool:
    lines = [line.strip() for line in content[:65536].splitlines() if line.strip()]
    return bool(lines) and all(line.startswith((b"http://", b"https://")) for line in lines)


@dataclass
class Link:
    """A page a feed or sitemap lists, not fetched yet."""

    url: str
    listing: str  # the feed or sitemap that lists it
    meta: dict[str, Any] = field(default_factory=dict)


_MAX_SITEMAP_DEPTH = 5  # index -> index -> ... ; real sites use two levels


def discover(
    url: str, fetcher: Fetcher, done: Callable[[FetchResult], None] | None = None
) -> Iterator[Document | Link | Failure]:
    """What `url` holds: the page itself as a Document, or a Link for each page a feed or
    sitemap lists (each once). Nothing when the URL is unchanged since last time (304).

    Each feed, sitemap or page fetched is passed to `done` (by default
    `fetcher.remember`, which saves its validators) only after everything it led to has
    been handed over, so a run that dies half-way asks for it again in full next time.
    """
    done = done or fetcher.remember
    try:
        result = fetcher.fetch(url, remember=False)
    except FetchError as error:
        yield Failure(origin=url, reason=error.reason)
        return
    if result.not_modified:
        return
    kind = sniff(result)
    if kind == "feed":
        yield from _feed_links(result)
    elif kind == "sitemap":
        yield from _sitemap_links(result, fetcher, done, seen={url, result.url}, listed=set(), depth=0)
        return  # _sitemap_links reports each sitemap it read, this one included
    else:
        try:
            yield page_document(result, origin=url)
        except FetchError as error:
            yield Failure(origin=url, reason=error.reason)
    done(result)


def _feed_links(result: FetchResult) -> Iterator[Link | Failure]:
    try:
        links = feeds.feed_links(result.content, result.url, result.headers.get("content-type", ""))
    except ValueError as error:
        yield Failure(origin=result.requested, reason=str(error))
        return
    for link, meta in links:
        yield Link(link, result.url, meta)


def _sitemap_links(
    result: FetchResult,
    fetcher: Fetcher,
    done: Callable[[FetchResult], None],
    seen: set[str],
    listed: set[str],
    depth: int,
) -> Iterator[Link | Failure]:
    try:
        sitemap = sitemaps.parse_sitemap(result.content, result.url, fetcher.max_bytes)
    except ValueError as error:
        yield Failure(origin=result.requested, reason=str(error))
        return
    for page_url, meta in sitemap.pages:
        if page_url not in listed:
            listed.add(page_url)
            yield Link(page_url, result.url, meta)
    for child_url in sitemap.children:
        if child_url in seen:  # an index that lists itself or its parent
            continue
        seen.add(child_url)
        if depth + 1 > _MAX_SITEMAP_DEPTH:
            yield Failure(origin=child_url, reason=f"sitemap nested more than {_MAX_SITEMAP_DEPTH} deep")
            continue
        try:
            child = fetcher.fetch(child_url, remember=False)
        except FetchError as error:
            yield Failure(origin=child_url, reason=error.reason)
            continue
        if not child.not_modified:
            yield from _sitemap_links(child, fetcher, done, seen, listed, depth + 1)
    done(result)


def page_document(result: FetchResult, origin: str, meta: dict[str, Any] | None = None) -> Document:
    """The Document for a fetched page, its text decoded (HTTP charset, then the page's own).
    Raises FetchError for images, PDFs, undecodable bytes and the like."""
    if result.content_type.startswith(_NOT_PAGES):
        raise FetchError(origin, f"not a web page, a feed or a sitemap ({result.content_type})")
    try:
        html = decode_bytes(result.content, result.charset)
    except UndecodableError as error:
        raise FetchError(origin, str(error)) from None
    return Document(
        origin=origin,
        content=html,
        kind="html",
        url=result.url,
        fetched=dt.datetime.now(dt.timezone.utc),
        meta=dict(meta or {}),
    )


def fetch_page(link: Link, fetcher: Fetcher) -> Document:
    """The page a Link points to; raises FetchError. Not a conditional GET: whether a
    listed page is new is decided by its URL (the watcher's seen set, the store's upserts),
    not by its validators."""
    result = fetcher.fetch(link.url, conditional=False)
    return page_document(result, origin=link.url, meta=link.meta)


def read_url(url: str, fetcher: Fetcher | None = None) -> Iterator[Document | Failure]:
    """Documents for `url`: the page, or every page its feed or sitemap lists.

    Each failed fetch becomes a Failure and reading goes on. Without a `fetcher`, a
    default one is made (and closed) for this URL; pass one to share politeness state
    and conditional-GET validators across URLs.
    """
    own = fetcher is None
    active = fetcher or Fetcher()
    try:
        for item in discover(url, active):
            if isinstance(item, Link):
                try:
                    item = fetch_page(item, active)
                except FetchError as error:
                    item = Failure(origin=item.url, reason=error.reason)
            yield item
    finally:
        if own:
            active.close()
