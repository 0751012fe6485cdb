"""The HTTP API and web page: `create_app(db, token)`; `dyads serve` runs it."""

from dyads.api.app import create_app

__all__ = ["create_app"]
