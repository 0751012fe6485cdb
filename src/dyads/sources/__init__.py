"""Readers: every kind of input becomes a stream of Documents (or Failures).

    from dyads.sources import read_sources
    for item in read_sources(["examples/seeds/", "crawl/*.warc.gz", "https://..."]):
        ...

A spec is a file, a folder (read recursively, hidden files skipped), a glob
("data/**/*.html.gz") or a URL. The reader for a file is chosen by its content (see
`files`); URLs, feeds and sitemaps go to `web`. Everything streams: one file, one WARC
record, one dump article at a time.
"""

from __future__ import annotations

import glob
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

from dyads.model import Document, Failure
from dyads.sources.files import read_file


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def _visible(path: Path, root: Path) -> bool:
    return not any(part.startswith(".") for part in path.relative_to(root).parts)


def expand_paths(spec: str) -> Iterator[Path] | None:
    """The files a path, folder or glob spec stands for, in a stable order; None when the
    spec matches nothing."""
    path = Path(spec).expanduser()
    if path.is_dir():
        return (p for p in sorted(path.rglob("*")) if p.is_file() and _visible(p, path))
    if path.exists():
        return iter([path])
    if glob.has_magic(spec):
        matches = sorted(Path(p) for p in glob.iglob(str(path), recursive=True))
        files = [p for p in matches if p.is_file()]
        return iter(files) if files else None
    return None


def read_sources(specs: Iterable[str], fetcher=None,
                 skip: Collection[Path] = ()) -> Iterator[Document | Failure]:
    """Documents from every spec, in order; a spec or file that cannot be read gives a
    Failure and reading goes on. Files in `skip` (the store's own, when a folder holding it
    is ingested) are passed over."""
    skipped = {p.resolve() for p in skip}
    for spec in specs:
        spec = str(spec)
        if is_url(spec):
            # imported here: files must stay readable without the network stack
            from dyads.sources.web import read_url

            yield from read_url(spec, fetcher)
            continue
        paths = expand_paths(spec)
        if paths is None:
            yield Failure(spec, "no such file, folder or matching glob")
            continue
        for path in paths:
            if path.resolve() not in skipped:
                yield from read_file(path)
