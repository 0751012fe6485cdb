"""Body extraction benchmark: dyads' extractor against plain trafilatura, in one run.

    .venv/bin/python benchmarks/extraction.py [../shared/bench/aeb]

The benchmark (Scrapinghub's article-extraction-benchmark, 181 pages) gives the true body
of each page. Its metric, implemented here as its README states it: texts are split into
`\\w+` tokens and 4-token shingles; per page, true positives, false positives and false
negatives are counted over the shingles (with multiplicity) and normalised to shares of
their sum; precision is averaged over the pages that predicted something, recall over the
pages that have a true body; F1 comes from the two averages.

Three extractors: dyads (`extract_article` on the page), plain trafilatura (`extract` with
its defaults) and trafilatura as the benchmark's scripts run it (`include_comments=False`).
They get the same decoded HTML strings; each page is timed for each in turn, the one going
first turning from page to page (so that none gets warmer caches, and a load spike from
another process hits all alike); pages/s counts extraction only, after one untimed call of
each that loads models (py3langid loads its model on first use). dyads' time is the whole
`extract_article` (metadata, text repair, language, ids).
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import time
from collections import Counter
from pathlib import Path
from statistics import mean

import trafilatura

from dyads.extract import ExtractionError, extract_article
from dyads.model import Document

DEFAULT_BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "aeb"
_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str | None) -> Counter:
    tokens = _TOKEN.findall(text or "")
    # a text shorter than a shingle is one shorter shingle, as in the benchmark
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))
                   if tokens[i:i + SHINGLE])


def page_counts(true: str | None, predicted: str | None) -> tuple[float, float, float]:
    """(tp, fp, fn) over shingles, as shares of their sum."""
    expected, got = shingles(true), shingles(predicted)
    tp = sum((expected & got).values())
    fp = sum((got - expected).values())
    fn = sum((expected - got).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def score(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    precision = mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall)}


def dyads_body(html: str) -> str:
    try:
        return extract_article(Document(origin="bench", content=html, kind="html")).body
    except ExtractionError:
        return ""


def trafilatura_body(html: str) -> str:
    """Plain trafilatura: `extract` with its defaults."""
    return trafilatura.extract(html) or ""


def trafilatura_no_comments_body(html: str) -> str:
    """trafilatura as the benchmark's own scripts run it (comments left out)."""
    return trafilatura.extract(html, include_comments=False) or ""


def run(bench: Path) -> dict[str, dict[str, float]]:
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {key: gzip.decompress((bench / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8")
             for key in sorted(truth)}
    extractors = {"dyads": dyads_body, "trafilatura": trafilatura_body,
                  "trafilatura-nc": trafilatura_no_comments_body}
    for extractor in extractors.values():
        extractor(next(iter(pages.values())))  # untimed: loads models (py3langid, caches)
    counts: dict[str, list] = {name: [] for name in extractors}
    seconds = dict.fromkeys(extractors, 0.0)
    for number, (key, html) in enumerate(pages.items()):
        # who goes first turns with each page: a later extractor on a page may find caches warm
        items = list(extractors.items())
        order = items[number % len(items):] + items[:number % len(items)]
        for name, extractor in order:
            start = time.perf_counter()
            body = extractor(html)
            seconds[name] += time.perf_counter() - start
            counts[name].append(page_counts(truth[key].get("articleBody"), body))
    return {name: {**score(counts[name]), "pages_per_s": len(pages) / seconds[name]} for name in extractors}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("bench", nargs="?", type=Path, default=DEFAULT_BENCH)
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # trafilatura logs every page it discards
    results = run(args.bench)
    for name, r in results.items():
        print(f"{name:<15} F1 {r['f1']:.4f}  precision {r['precision']:.4f}  recall {r['recall']:.4f}  "
              f"{r['pages_per_s']:.1f} pages/s")
    d = results["dyads"]
    for other in ("trafilatura", "trafilatura-nc"):
        t = results[other]
        print(f"dyads/{other:<15} F1 x{d['f1'] / t['f1']:.3f}  speed x{d['pages_per_s'] / t['pages_per_s']:.2f}")


if __name__ == "__main__":
    main()
