"""One Archive per server thread.

A SQLite connection serialises its queries behind the store's lock; with 50 clients that
lock, not the database, would be the bottleneck. WAL mode lets many connections read at
once, so each worker thread of the server reads through its own Archive.
"""

from __future__ import annotations

import threading

from fastapi import Request

import dyads
from dyads.archive import Archive


class ThreadArchives:
    def __init__(self, db: str, query_timeout: float | None = None):
        self.db = db
        self.query_timeout = query_timeout  # seconds a query of a request may run
        self._local = threading.local()
        self._opened: list[Archive] = []
        self._lock = threading.Lock()

    def get(self) -> Archive:
        archive = getattr(self._local, "archive", None)
        if archive is None:
            archive = dyads.open(self.db)
            archive.store.limit_query_time(self.query_timeout)
            self._local.archive = archive
            with self._lock:
                self._opened.append(archive)
        return archive

    def close(self) -> None:
        with self._lock:
            for archive in self._opened:
                archive.close()
            self._opened.clear()
        self._local = threading.local()


def archive_of(request: Request) -> Archive:
    """The calling thread's Archive of the application that received `request`."""
    return request.app.state.archives.get()
