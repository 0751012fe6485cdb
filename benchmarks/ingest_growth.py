"""Does an ingest's cost depend on what is new, or on what is stored? Time to ingest 100 new
articles into archives of growing size (issue 13: flat within 1.5x from 10k to 1M articles),
and articles/s written through Store.save_batch while building them (target >= 2,000/s).

    .venv/bin/python benchmarks/ingest_growth.py [--sizes 10000,100000,1000000]
                                                 [--dir benchmarks/out/growth] [--new 100]

How the archives are built (quickly, and honestly): real articles -- the two seed articles
and the 100 French Wikinews pages of ../shared/corpora/wikinews_fr, extracted and coded once
by the real pipeline -- are replicated: copy k of article i is published on day k (100
articles a day, so an archive grows in time at a constant pace, as a real one does: 10,000
articles span 100 days, 1,000,000 span 27 years), with its own id, URL, content hash and
events (the real events, dated on the copy's day). Its MinHash signature is pseudo-random
(a copy's text is the original's, but its signature is that of a distinct text: otherwise
every copy would be a near-duplicate of every other). They are written through
Store.save_batch in batches of 500 (what is timed as articles/s), then grouped and threaded
once (`update_groups`). An archive of a size already at `--dir/growth-<size>.db` is reused.

What is timed: `store_batches` for `--new` new articles (the real texts, each with a new
sentence so that they are neither exact nor near duplicates of stored articles, published
the day after the archive's last day), in batches of 50 as `dyads ingest` does:
deduplication against the store's band index, save, group update, story update. Their events
were coded beforehand and are looked up (coding costs the same whatever the archive; the
question here is the archive's share). Best of `--repeat` runs, each with new articles.

Measured on the 2-core build machine (shared with another engineer's work), SQLite, 100 new
articles, best of 3, all three sizes (this code, the three runs back to back, load average
1.1-1.7):
  10,000 articles: 0.10-0.13 s   100,000: 0.11-0.13 s   1,000,000: 0.11-0.16 s
  ratio 1M / 10k per run: 1.42x (the first run after the 1M build: its pages were cold),
  0.82x, 1.14x (target <= 1.5x). Flat: what an ingest reads grows with what is new.
Before (first session, load 5-6.5, 1M not run): 10k 0.22 s, 100k 0.26 s, 1.20x; and this
session's first run of the old code at 10k and 100k, load 0.6-1.4: 0.14 s and 0.13 s.
Building the 1M archive (9 GB, /tmp: check `df -h` first; 10k: 0.1 GB, 100k: 1 GB):
  writes: 1,000,000 articles through save_batch in about 27 min, ~600 articles/s on
  average (before the write work of benchmarks/store_writes.py; from row counts sampled
  while it ran, load 2-3 with other benchmarks beside it; real bodies with FTS, into an
  archive growing to 9 GB: below store_writes.py's 2,000/s on a fresh store);
  grouping the 1,000,000 articles once: about 4 min;
  threading them once: 216.6 s. It had run for 10 minutes without an end when stopped:
  each dated article looked at every story that ever held its terms, which grows with the
  archive (the whole threading grew with its square: 7.8 s at 10k, 254 s at 100k with the
  grouping). Stories too old to join now leave the term index as the threading goes
  forward: the same stories (every story table identical at 10k and 100k), 59 s at 100k
  (under cProfile).
  Opening the built archive with the migrations of that work (008: event_actors rebuilt;
  009: an index on the articles) took 143 s, once.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "examples" / "seeds"
WIKINEWS = REPO.parent / "shared" / "corpora" / "wikinews_fr"
START = dt.datetime(2000, 1, 1, 8, tzinfo=dt.timezone.utc)


def templates():
    """The real articles and their events, extracted and coded once."""
    from dyads.model import Article
    from dyads.pipeline import code_batch, extract_documents, read_documents

    sources = [str(SEEDS)] + ([str(WIKINEWS)] if WIKINEWS.exists() else [])
    articles = [a for a in extract_documents(read_documents(sources)) if isinstance(a, Article)]
    events = code_batch(articles)
    return [(a, events.get(a.id, [])) for a in articles]


def copy_of(article, events, tag: str, when: dt.datetime, rng=None, body_suffix: str = ""):
    aid = hashlib.sha1(f"{tag}:{article.id}".encode()).hexdigest()[:16]
    body = article.body + body_suffix
    a = dataclasses.replace(article, id=aid, url=f"https://replica.example/{tag}/{article.id}",
                            origin=f"replica:{tag}:{article.id}", published=when, body=body,
                            content_hash=hashlib.sha1(f"{tag}:{article.content_hash}".encode()).hexdigest(),
                            duplicate_of=None, ingested=dt.datetime.now(dt.timezone.utc))
    coded = [dataclasses.replace(e, id=f"{aid}-{j}", article_id=aid, published=when,
                                 date=when.date() if e.date else None)
             for j, e in enumerate(events)]
    signature = rng.integers(0, 2**32 - 1, 128, dtype=np.uint32).tobytes() if rng is not None else None
    return a, signature, coded


def build(path: Path, size: int, base) -> tuple[int, float]:
    """Write `size` replicated articles; -> (articles written, seconds of save_batch)."""
    from dyads.analysis import update_groups
    from dyads.store import open_store

    rng = np.random.default_rng(size)
    per_day = len(base)
    written, took = 0, 0.0
    with open_store(path) as store:
        have = store.count_articles()
        batch: list = []
        for n in range(have, size):
            k, i = divmod(n, per_day)
            a, sig, coded = copy_of(*base[i], tag=f"{k}", when=START + dt.timedelta(days=k, minutes=10 * i), rng=rng)
            batch.append((a, sig, coded))
            if len(batch) == 500 or n == size - 1:
                began = time.perf_counter()
                store.save_batch([(a, s, a.url) for a, s, _ in batch], {a.id: c for a, _, c in batch}, [])
                took += time.perf_counter() - began
                written += len(batch)
                batch = []
        if written:
            began = time.perf_counter()
            update_groups(store)
            print(f"  grouped and threaded {size:,} articles once: {time.perf_counter() - began:.1f} s",
                  flush=True)
    return written, took


def measure(path: Path, base, new: int, run: int) -> float:
    from dyads.pipeline import store_batches
    from dyads.store import open_store

    with open_store(path) as store:
        last = store.query("SELECT max(published_utc) AS p FROM articles")[0]["p"]
        day = dt.datetime.fromisoformat(str(last)) + dt.timedelta(days=1)
        items = [copy_of(*base[i % len(base)], tag=f"new{time.time_ns()}-{run}-{i}",
                         when=day + dt.timedelta(minutes=5 * i),
                         body_suffix=f" Note {run}-{i} : précision ajoutée.")
                 for i in range(new)]
        events = {a.id: c for a, _, c in items}
        articles = [a for a, _, _ in items]
        began = time.perf_counter()
        summary = store_batches(store, (articles[i:i + 50] for i in range(0, len(articles), 50)),
                                code=True, coder=lambda batch: {a.id: events[a.id] for a in batch})
        took = time.perf_counter() - began
        assert summary.stored == new, summary
    return took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--dir", default=str(REPO / "benchmarks" / "out" / "growth"))
    parser.add_argument("--new", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    print("extracting and coding the real articles once...", flush=True)
    base = templates()
    print(f"  {len(base)} articles, {sum(len(e) for _, e in base)} events", flush=True)
    times, rates = {}, []
    for size in sizes:
        path = folder / f"growth-{size}.db"
        written, took = build(path, size, base)
        if written:
            rates.append(written / took)
            print(f"{size:,}: built, {written:,} articles through save_batch in {took:.1f} s: "
                  f"{written / took:,.0f} articles/s", flush=True)
        times[size] = min(measure(path, base, args.new, r) for r in range(args.repeat))
        print(f"{size:,} articles: {args.new} new articles ingested in {times[size]:.2f} s", flush=True)
    small, large = min(times), max(times)
    print(f"ratio {large:,} / {small:,}: {times[large] / times[small]:.2f}x (target <= 1.5x)")
    if rates:
        print(f"writes through the store: {min(rates):,.0f}-{max(rates):,.0f} articles/s (target >= 2,000)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
