"""Stores behind one interface: SQLite (default, a file) and PostgreSQL (a shared server)."""

from __future__ import annotations

from pathlib import Path

from dyads.store.base import ArticleHit, QueryTimeout, Store


def open_store(target: str | Path = "dyads.db") -> Store:
    """`dyads.db` or any path -> SQLite; `postgresql://...` -> PostgreSQL."""
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        from dyads.extras import require
        require("psycopg", "postgres", "a postgresql:// store")
        from dyads.store.postgres import PostgresStore
        return PostgresStore(text)
    from dyads.store.sqlite import SQLiteStore
    return SQLiteStore(text)


__all__ = ["ArticleHit", "QueryTimeout", "Store", "open_store"]
