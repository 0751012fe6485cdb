"""Shared fixtures: paths to the bundled examples and to ../shared (when present)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

# The rules' own tests code with the rules alone; the gold-set tests turn the learned scorer
# and typer on (monkeypatch.setenv("DYADS_MODELS", "on")), as users get them.
os.environ.setdefault("DYADS_MODELS", "off")

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "examples" / "seeds"
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is not beside the repo)")
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "dyads.db"


def make_article(n: int = 1, body: str | None = None, url: str | None = None, **fields):
    """An Article as the extractor would give it, for store-level tests."""
    from dyads.dedup import article_id, content_hash
    from dyads.model import Article

    url = url if url is not None else f"https://example.org/news/{n}"
    body = body or (f"Article {n}. La Russie et les États-Unis discutent de sécurité "
                    f"en Europe, paragraphe numéro {n} avec des mots distincts {n * 7}.")
    values = dict(
        id=article_id(url, body), url=url, source="example.org", publisher="Example",
        title=f"Titre {n}", description=None,
        published=dt.datetime(2022, 2, n % 28 + 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        modified=None, authors=["A. Writer"], section="World", keywords=["russie"],
        language="fr", image=None, body=body, content_hash=content_hash(body),
        origin=f"test:{n}",
    )
    values.update(fields)
    return Article(**values)
