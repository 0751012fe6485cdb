"""Articles per second of the local engine and of the Ray engine on the same WARC files.

    .venv/bin/python benchmarks/scale.py [--pages 4000] [--duplicates 0.1] [--no-english]
                                         [--per-warc 25] [--cpus 2] [--no-code]

The WARC files are generated from real news: the 100 French Wikinews pages of
../shared/corpora/wikinews_fr and the 106 English pages of 1,500-6,000 characters of the
extraction benchmark ../shared/bench/aeb (its true article bodies, ground-truth.json). Each
generated page joins the paragraphs of two real pages of one language (page i, then page
i+s), so that every page has its own URL and its own text while staying real news for
extraction and coding; French and English pages alternate (at most 4,950 + 5,512 distinct
pages). On top of the `--pages` distinct pages, `--duplicates` (10% by default) are copies
37 pages after their original, so in another WARC file, task and batch: in turn the same
page under a tracking URL (same canonical URL), the same text under another URL, and an
edited copy (a near-duplicate). About 0.7% of the distinct pages are near-duplicates of one
another by chance (pairs sharing a long page).

Both engines ingest the same files into fresh SQLite stores, in one run (local first), with
a coder that writes down every article it codes: the script fails unless each engine coded
each original it stored exactly once and nothing else, and both stored the same counts and
events. It prints both rates and their ratio, over the whole run (from the call to the
return: Ray's start-up and shutdown and every worker's model loading included) and once
running (the second half of the articles), the load average before and after each engine,
and the CPU seconds each used (process tree): on an idle machine the local engine keeps one
core busy and Ray nearly two; fewer means other processes took the CPUs.

Measured on 2 cores (AMD EPYC), Ray 2.60, `--pages N` with the defaults, one run each:

| pages (read) | local | Ray | whole run | second half | load average (1 min): before, between, after |
| --- | --- | --- | --- | --- | --- |
| 1,000 (1,100) | 100.2 s, 10.3 a/s | 57.2 s, 18.1 a/s | 1.75x | 2.44x | 0.7, 0.9, 1.7 |
| 2,000 (2,200) | 146.6 s, 14.1 a/s | 90.0 s, 23.0 a/s | 1.63x | 1.90x | 1.8, 1.1, 2.0 |
| 4,000 (4,400) | 308.6 s, 13.4 a/s | 175.0 s, 23.6 a/s | 1.76x | 2.06x | 1.2, 1.1, 2.4 |
| 8,000 (8,800) | 544.6 s, 15.2 a/s | 281.2 s, 29.4 a/s | 1.94x | 2.09x | 2.0, 1.0, 2.3 |
| 4,000, loaded machine | 411.5 s, 10.0 a/s | 324.1 s, 12.8 a/s | 1.27x | 1.33x | 5.3, 10.2, 5.0 |
| 2,000 (2,200), with the per-document time budget in the Ray tasks | 151.8 s, 13.6 a/s | 87.1 s, 23.7 a/s | 1.74x | 2.00x | 1.0, 1.1, 2.4 |

(a/s: articles stored per second; 1,033, 2,066, 4,133 and 8,266 stored, 4% of them
near-duplicates; every original coded once by each engine, no copy coded. CPU up to the
last batch of the 8,000-page run: local 537 s on 1.00 core, Ray 547 s on 1.97 cores.)

Ray's cost over the local engine is fixed, about 5-10 s: importing and starting Ray (5.9 s
on the idle machine, up to 13 s loaded) and its shutdown (1.5 s), which the local engine
does not pay; the models (about 12 s) load in both Ray workers at once, on the two cores,
as they load once in the local engine's worker. Once running Ray keeps 1.9-2.0 cores busy
and the local engine 1.0, and Ray overlaps the driver's deduplication and writes with the
coding where the local engine waits for them, so the ratio grows with the corpus towards
about 2.1x: 1.6-1.75x from 1,000 to 2,000 pages (runs differ by about 0.1x), 1.76x at
4,000, 1.94x at 8,000. On a loaded machine the ratio means little (each Ray worker is one
of many processes competing for 2 cores); the loaded run is given as measured.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import html
import io
import itertools
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WIKINEWS = REPO.parent / "shared" / "corpora" / "wikinews_fr"
AEB = REPO.parent / "shared" / "bench" / "aeb"

_TITLE = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S | re.I)
_HTML_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.S | re.I)
_PARAGRAPH = re.compile(r"<(h2|p)[^>]*>(.*?)</\1>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
Page = tuple[str, list[str]]  # title, paragraphs


def read_page(path: Path) -> Page:
    """The title and the paragraphs (lead included) of one Wikinews page."""
    text = path.read_text("utf-8")
    title = _TITLE.search(text)
    paragraphs = [html.unescape(_TAG.sub("", m.group(2))).strip() for m in _PARAGRAPH.finditer(text)]
    return (html.unescape(title.group(1)).strip() if title else path.stem,
            [p for p in paragraphs if p])


def bench_pages(folder: Path = AEB, shortest: int = 1500, longest: int = 6000) -> list[Page]:
    """The English pages of the extraction benchmark: the page's <title> and its true
    article body (ground-truth.json), paragraph by paragraph; only bodies of `shortest` to
    `longest` characters (106 of 161): of two pairs sharing a page four times longer than
    the others, that page is over 80% of either, so they would be near-duplicates."""
    from dyads.text import detect_language

    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    pages = []
    for key in sorted(truth):
        body = truth[key]["articleBody"]
        if not shortest <= len(body) <= longest or detect_language(body) != "en":
            continue
        with gzip.open(folder / "html" / f"{key}.html.gz", "rt", encoding="utf-8", errors="replace") as f:
            title = _HTML_TITLE.search(f.read())
        paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
        pages.append((html.unescape(title.group(1)).strip() if title else key, paragraphs))
    return pages


def max_pages(n: int) -> int:
    """Distinct pages that pairs of n real pages make (see `paired_pages`)."""
    return n * ((n - 1) // 2)


def paired_pages(pages: list[Page], count: int, site: str, lang: str) -> list[tuple[str, str]]:
    """`count` (url, html) pages, each made of two real pages: i's title and paragraphs, then
    those of page i+s. Offsets s stay below half the corpus, so no page is another page's
    two halves swapped (which would be a near-duplicate)."""
    n = len(pages)
    if n < 3:
        raise SystemExit(f"{site}: fewer than 3 pages")
    if count > max_pages(n):
        # past that, (i, s) pairs repeat: exact duplicates, which would measure the corpus
        raise SystemExit(f"{site}: {n} pages make at most {max_pages(n)} distinct pages")
    out = []
    for k in range(count):
        i, s = k % n, 1 + (k // n) % ((n - 1) // 2)
        title, first = pages[i]
        _, second = pages[(i + s) % n]
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in first + second)
        doc = (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">"
               f"<title>{html.escape(title)}</title></head>\n<body><article>"
               f"<h1>{html.escape(title)}</h1>\n{body}\n</article></body></html>\n")
        out.append((f"https://{site}/wiki/{i}-{s}", doc))
    return out


def generated_pages(folder: Path, count: int) -> list[tuple[str, str]]:
    """`count` distinct French pages made of pairs of the Wikinews pages in `folder`."""
    return paired_pages([read_page(p) for p in sorted(folder.glob("*.html"))], count,
                        "fr.wikinews.example", "fr")


def corpus(count: int, duplicates: float = 0.0, english: bool = True) -> list[tuple[str, str]]:
    """`count` distinct pages, French (Wikinews) and, with `english`, English (the
    extraction benchmark) in turn while both last; then, with `duplicates` > 0, that share
    of copies: in turn the same page under a tracking URL (same canonical URL), the same
    text under another URL, and an edited copy (a near-duplicate), each 37 pages after its
    original, so in another WARC file and another batch."""
    french = [read_page(p) for p in sorted(WIKINEWS.glob("*.html"))]
    pools = [(french, "fr.wikinews.example", "fr")]
    if english:
        pools.append((bench_pages(), "news.example", "en"))
    capacity = [max_pages(len(p)) for p, _, _ in pools]
    if count > sum(capacity):
        raise SystemExit(f"at most {sum(capacity)} distinct pages ({' + '.join(map(str, capacity))})")
    # share the pages out in turn, the pools that run out leaving the rest to the others
    share = [0] * len(pools)
    for k in range(count):
        open_pools = [j for j in range(len(pools)) if share[j] < capacity[j]]
        share[open_pools[k % len(open_pools)]] += 1
    made = [paired_pages(p, n, site, lang) for (p, site, lang), n in zip(pools, share)]
    pages = [page for group in itertools.zip_longest(*made) for page in group if page]
    copies = round(count * duplicates)
    if not copies:
        return pages
    step = count / copies
    # the originals to copy, every `step` pages, odd and even in turn (French and English)
    originals = {min(count - 1, int(c * step) + c % 2): c for c in range(copies)}
    out: list[tuple[str, str]] = []
    later: dict[int, list[tuple[str, str]]] = {}
    for k, (url, page) in enumerate(pages):
        out += later.pop(k, [])
        out.append((url, page))
        if k in originals:
            kind = originals[k] % 3
            copy = ((url.replace("://", "://www.") + "?utm_source=feed", page) if kind == 0 else
                    (url + "-copy", page) if kind == 1 else
                    (url + "-edited", page.replace("</article>", "<p>Updated.</p></article>")))
            later.setdefault(k + 37, []).append(copy)
    for k in sorted(later):
        out += later[k]
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


def logged_coder(folder: Path, articles: list) -> dict:
    """The coder (`code_batch`), writing down in `folder`, one file a process, the version
    of each article it codes: the proof that no article is coded twice."""
    from dyads.pipeline import code_batch

    with (folder / f"{os.getpid()}.log").open("a") as log:
        log.writelines(f"{a.id} {a.content_hash}\n" for a in articles if a.origin != "warm-up")
    return code_batch(articles)


def coded_versions(folder: Path) -> list[tuple[str, str]]:
    return [tuple(line.split()) for p in folder.glob("*.log") for line in p.read_text().splitlines()]


def tree_cpu_seconds() -> float:
    """CPU seconds used so far by this process and every live process under it (the local
    engine's worker; Ray's processes and workers), from /proc; 0 where there is none."""
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents[int(entry.name)] = int(fields[1])
        used[int(entry.name)] = (int(fields[11]) + int(fields[12])) / ticks
    children: dict[int, list[int]] = {}
    for pid, parent in parents.items():
        children.setdefault(parent, []).append(pid)
    total, todo = 0.0, [os.getpid()]
    while todo:
        pid = todo.pop()
        total += used.get(pid, 0.0)
        todo += children.get(pid, [])
    return total


def load() -> str:
    """The load average over 1, 5 and 15 minutes, as `uptime` prints it."""
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


class Rate:
    """Articles/s of one engine: over the whole run (start-up and model loading included),
    and once running (over the second half of the articles stored)."""

    def __init__(self, label: str):
        self.label = label
        self.batches: list[tuple[float, int]] = []  # (time, articles stored so far)
        self.cpu: list[float] = []  # CPU seconds of the process tree, after each batch

    def on_batch(self, summary) -> None:
        done = self.batches[-1][1] if self.batches else 0
        self.batches.append((time.perf_counter(), done + summary.stored))
        self.cpu.append(tree_cpu_seconds())

    def run(self, ingest):
        load_before = load()
        cpu_before = tree_cpu_seconds()
        start = time.perf_counter()
        summary = ingest(self.on_batch)
        self.seconds = time.perf_counter() - start
        self.total = summary.stored / self.seconds
        # The second half of the articles: models are loaded by then, and as many Ray tasks
        # are ahead of the driver at its start as at its end, so none is counted twice.
        (t0, n0), (t1, n1) = next(b for b in self.batches if b[1] >= summary.stored / 2), self.batches[-1]
        self.running = (n1 - n0) / (t1 - t0) if t1 > t0 else float("nan")
        print(f"{self.label:>6}: read {summary.read}, stored {summary.stored} (near-duplicates "
              f"{summary.near_duplicates}), duplicates {summary.duplicates}, {summary.events} events, "
              f"{summary.failed} failed in {self.seconds:.1f} s = {self.total:.2f} articles/s; "
              f"{self.running:.2f} articles/s over the second half; first batch stored after "
              f"{self.batches[0][0] - start:.1f} s; load average before {load_before}, "
              f"after {load()}", flush=True)
        # On an idle machine the local engine keeps about one core busy and Ray nearly two:
        # fewer means other processes took the CPUs.
        cores = (self.cpu[-1] - cpu_before) / (self.batches[-1][0] - start)
        print(f"{'':>8}{self.cpu[-1] - cpu_before:.0f} CPU seconds up to the last batch, "
              f"{cores:.2f} cores busy on average", flush=True)
        return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=4000, help="distinct pages (copies come on top)")
    parser.add_argument("--duplicates", type=float, default=0.1,
                        help="copies per distinct page: exact, same text, edited (default 0.1)")
    parser.add_argument("--english", action=argparse.BooleanOptionalAction, default=True,
                        help="English pages (../shared/bench/aeb) besides the French ones")
    parser.add_argument("--per-warc", type=int, default=25)
    parser.add_argument("--cpus", type=int, default=2, help="CPUs Ray may use (local Ray)")
    parser.add_argument("--code", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args(argv)
    if not WIKINEWS.is_dir() or (args.english and not AEB.is_dir()):
        print(f"{WIKINEWS} or {AEB} is not available", file=sys.stderr)
        return 2

    from functools import partial

    from ray import cloudpickle

    import scale  # this file as a module the workers can run its coder from
    from dyads.engines.ray_engine import ingest_with_ray
    from dyads.pipeline import ingest
    from dyads.store import open_store

    cloudpickle.register_pickle_by_value(scale)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pages = corpus(args.pages, args.duplicates, args.english)
        warcs = write_warcs(pages, root / "warc", args.per_warc)
        sources = [str(p) for p in warcs]
        print(f"{len(pages)} pages ({args.pages} distinct, {'French and English' if args.english else 'French'}) "
              f"in {len(warcs)} WARC files; coding {'on' if args.code else 'off'}; Ray on {args.cpus} "
              f"CPUs; load average {load()}", flush=True)
        local, ray = Rate("local"), Rate("ray")
        summaries, coded, originals = [], [], []
        for rate, name in ((local, "local"), (ray, "ray")):
            logs = root / f"{name}-coded"
            logs.mkdir()
            coder = partial(scale.logged_coder, logs)
            with open_store(root / f"{name}.db") as store:
                if name == "local":
                    summaries.append(rate.run(lambda on_batch: ingest(
                        sources, store, code=args.code, on_batch=on_batch, coder=coder)))
                else:
                    summaries.append(rate.run(lambda on_batch: ingest_with_ray(
                        sources, store, code=args.code, num_cpus=args.cpus, on_batch=on_batch,
                        coder=coder)))
                originals.append(sum(a.duplicate_of is None for a in store.articles()))
            coded.append(coded_versions(logs))
    for name, versions, count in zip(("local", "ray"), coded, originals):
        twice = len(versions) - len(set(versions))
        print(f"{name:>6}: coded {len(versions)} articles ({twice} twice) for {count} originals stored")
        if args.code and (twice or len(versions) != count):
            print(f"{name} coded other articles than the originals, or some twice", file=sys.stderr)
            return 1
    a, b = ((s.stored, s.near_duplicates, s.duplicates, s.events) for s in summaries)
    if a != b:
        print(f"engines disagree: local {a}, ray {b} (articles, near, duplicates, events)", file=sys.stderr)
        return 1
    print(f"ratio: Ray is {ray.total / local.total:.2f}x the local engine over the whole run, "
          f"{ray.running / local.running:.2f}x once running (second half)")
    # Other processes share the CPUs: the figures mean little when this is well above 0.
    print(f"load average at the end (1, 5, 15 min): {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
