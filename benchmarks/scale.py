"""Articles per second of the local engine and of the Ray engine on the same WARC files.

    .venv/bin/python benchmarks/scale.py [--pages 2000] [--per-warc 25] [--cpus 2] [--no-code]

The WARC files are generated from the French Wikinews pages in ../shared/corpora/wikinews_fr:
each generated page joins the paragraphs of two real pages (page i, then page i+s), so that
every page has its own URL and its own text (no exact or near-duplicate for the
deduplicator to drop) while staying real French news for extraction and coding. Both
engines ingest the same files into fresh SQLite stores, in one run, and the script prints
both rates and their ratio, over the whole run and once running (model loading excluded,
which is what a corpus of millions of pages sees).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import io
import os
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WIKINEWS = REPO.parent / "shared" / "corpora" / "wikinews_fr"

_TITLE = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S | re.I)
_PARAGRAPH = re.compile(r"<(h2|p)[^>]*>(.*?)</\1>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


def read_page(path: Path) -> tuple[str, list[str]]:
    """The title and the paragraphs (lead included) of one Wikinews page."""
    text = path.read_text("utf-8")
    title = _TITLE.search(text)
    paragraphs = [html.unescape(_TAG.sub("", m.group(2))).strip() for m in _PARAGRAPH.finditer(text)]
    return (html.unescape(title.group(1)).strip() if title else path.stem,
            [p for p in paragraphs if p])


def generated_pages(folder: Path, count: int) -> list[tuple[str, str]]:
    """`count` (url, html) pages, each made of two real pages: i's title and paragraphs, then
    those of page i+s. Offsets s stay below half the corpus, so no page is another page's
    two halves swapped (which would be a near-duplicate)."""
    pages = [read_page(p) for p in sorted(folder.glob("*.html"))]
    n = len(pages)
    if n < 3:
        raise SystemExit(f"{folder}: fewer than 3 pages")
    if count > n * ((n - 1) // 2):
        # past that, (i, s) pairs repeat: exact duplicates that the local engine drops before
        # coding but Ray workers code, which would measure the corpus, not the engines
        raise SystemExit(f"{folder}: {n} pages make at most {n * ((n - 1) // 2)} distinct pages")
    out = []
    for k in range(count):
        i, s = k % n, 1 + (k // n) % ((n - 1) // 2)
        title, first = pages[i]
        _, second = pages[(i + s) % n]
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in first + second)
        doc = (f"<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">"
               f"<title>{html.escape(title)}</title></head>\n<body><article>"
               f"<h1>{html.escape(title)}</h1>\n{body}\n</article></body></html>\n")
        out.append((f"https://fr.wikinews.example/wiki/{i}-{s}", doc))
    return out


def write_warcs(pages: list[tuple[str, str]], folder: Path, per_warc: int) -> list[Path]:
    """The pages as HTTP response records in gzipped WARC files of `per_warc` records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    fetched = dt.datetime(2012, 12, 31, 12, 0, tzinfo=dt.timezone.utc)
    for start in range(0, len(pages), per_warc):
        path = folder / f"wikinews-{start // per_warc:04d}.warc.gz"
        with path.open("wb") as stream:
            writer = WARCWriter(stream, gzip=True)
            for url, page in pages[start:start + per_warc]:
                payload = page.encode("utf-8")
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                      ("Content-Length", str(len(payload)))],
                                           protocol="HTTP/1.1")
                record = writer.create_warc_record(
                    url, "response", payload=io.BytesIO(payload), http_headers=headers,
                    warc_headers_dict={"WARC-Date": fetched.strftime("%Y-%m-%dT%H:%M:%SZ")})
                writer.write_record(record)
        paths.append(path)
    return paths


class Rate:
    """Articles/s of one engine: over the whole run (start-up and model loading included),
    and once running (over the second half of the articles stored)."""

    def __init__(self, label: str):
        self.label = label
        self.batches: list[tuple[float, int]] = []  # (time, articles stored so far)

    def on_batch(self, summary) -> None:
        done = self.batches[-1][1] if self.batches else 0
        self.batches.append((time.perf_counter(), done + summary.stored))

    def run(self, ingest) -> tuple[int, int]:
        start = time.perf_counter()
        summary = ingest(self.on_batch)
        self.seconds = time.perf_counter() - start
        self.total = summary.stored / self.seconds
        # The second half of the articles: models are loaded by then, and as many Ray tasks
        # are ahead of the driver at its start as at its end, so none is counted twice.
        (t0, n0), (t1, n1) = next(b for b in self.batches if b[1] >= summary.stored / 2), self.batches[-1]
        self.running = (n1 - n0) / (t1 - t0) if t1 > t0 else float("nan")
        print(f"{self.label:>6}: {summary.stored} articles, {summary.events} events, "
              f"{summary.failed} failed in {self.seconds:.1f} s = {self.total:.2f} articles/s; "
              f"{self.running:.2f} articles/s over the second half; first batch stored after "
              f"{self.batches[0][0] - start:.1f} s", flush=True)
        return summary.stored, summary.events


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--per-warc", type=int, default=25)
    parser.add_argument("--cpus", type=int, default=2, help="CPUs Ray may use (local Ray)")
    parser.add_argument("--code", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args(argv)
    if not WIKINEWS.is_dir():
        print(f"{WIKINEWS} is not available", file=sys.stderr)
        return 2

    from dyads.engines.ray_engine import ingest_with_ray
    from dyads.pipeline import ingest
    from dyads.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        warcs = write_warcs(generated_pages(WIKINEWS, args.pages), root / "warc", args.per_warc)
        sources = [str(p) for p in warcs]
        print(f"{args.pages} pages in {len(warcs)} WARC files; coding {'on' if args.code else 'off'}; "
              f"Ray on {args.cpus} CPUs; load average {os.getloadavg()[0]:.1f}", flush=True)
        local, ray = Rate("local"), Rate("ray")
        with open_store(root / "local.db") as store:
            local_counts = local.run(lambda on_batch: ingest(sources, store, code=args.code,
                                                             on_batch=on_batch))
        with open_store(root / "ray.db") as store:
            ray_counts = ray.run(lambda on_batch: ingest_with_ray(
                sources, store, code=args.code, num_cpus=args.cpus, on_batch=on_batch))
    if local_counts != ray_counts:
        print(f"engines disagree: local {local_counts}, ray {ray_counts} (articles, events)",
              file=sys.stderr)
        return 1
    print(f"ratio: Ray is {ray.total / local.total:.2f}x the local engine over the whole run, "
          f"{ray.running / local.running:.2f}x once running (second half)")
    # Other processes share the CPUs: the figures mean little when this is well above 0.
    print(f"load average at the end (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
