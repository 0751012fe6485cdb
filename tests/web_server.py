"""A real HTTP server on 127.0.0.1 for the web reader and watch tests.

Each path answers from a list of `Answer`s, one per request, the last one repeating, so a
test can script "503 then 200" or a feed that changes between polls. Every request is
logged with its headers and time, so tests can assert what was (never) asked.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from dyads.sources.web import Fetcher


@dataclass
class Answer:
    body: bytes | str = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the status line
    chunk_pause: float = 0.0  # seconds between 100-byte pieces of the body
    length: bool = True  # send Content-Length (False: the body ends when the connection closes)


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    time: float


class LoopbackSite:
    def __init__(self) -> None:
        self.answers: dict[str, list[Answer]] = {}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                site._answer(self)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, *answers: Answer | str | bytes, content_type: str = "text/html; charset=utf-8") -> str:
        """Serve `answers` at `path` (str/bytes become 200 answers of `content_type`)."""
        scripted = []
        for answer in answers:
            if not isinstance(answer, Answer):
                answer = Answer(answer)
            answer.headers.setdefault("Content-Type", content_type)
            scripted.append(answer)
        with self._lock:
            self.answers[path] = scripted
        return self.url(path)

    def requests(self, path: str) -> list[Hit]:
        with self._lock:
            return [hit for hit in self.hits if hit.path == path]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.hits.append(Hit(handler.path, dict(handler.headers), time.monotonic()))
            queue = self.answers.get(handler.path)
            answer = (queue.pop(0) if len(queue) > 1 else queue[0]) if queue else Answer("not here", 404)
        time.sleep(answer.delay)
        body = answer.body.encode() if isinstance(answer.body, str) else answer.body
        etag, modified = answer.headers.get("ETag"), answer.headers.get("Last-Modified")
        unchanged = (etag and handler.headers.get("If-None-Match") == etag) or (
            modified and handler.headers.get("If-Modified-Since") == modified
        )
        status, body = (304, b"") if unchanged and answer.status == 200 else (answer.status, body)
        handler.send_response(status)
        for name, value in answer.headers.items():
            handler.send_header(name, value)
        if answer.length:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        try:
            step = 100 if answer.chunk_pause else max(len(body), 1)
            for start in range(0, len(body), step):
                handler.wfile.write(body[start : start + step])
                handler.wfile.flush()
                time.sleep(answer.chunk_pause)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up, as it should
            pass


def page(title: str, paragraphs: int = 3) -> str:
    """A small news page."""
    body = "".join(f"<p>{title}, paragraphe {n}: la Russie répond aux États-Unis.</p>" for n in range(paragraphs))
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"


def news_site(titles: list[str], robots: str = "User-agent: *\nDisallow: /private/\n") -> LoopbackSite:
    """A site with a robots.txt and, for each title, a page at /news/{index}.html."""
    site = LoopbackSite()
    site.route("/robots.txt", robots, content_type="text/plain")
    for n, title in enumerate(titles):
        site.route(f"/news/{n}.html", page(title, paragraphs=6))
    return site


def quick_fetcher(**overrides: object) -> Fetcher:
    """A fetcher with test-sized waits (the defaults are meant for real sites)."""
    settings: dict = dict(per_host_interval=0.0, timeout=1.0, retries=1, backoff=0.01)
    settings.update(overrides)
    return Fetcher(**settings)
