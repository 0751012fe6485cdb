"""Article metadata benchmark: dyads' metadata against trafilatura's own, in one run.

    .venv/bin/python benchmarks/metadata.py [--set dev|heldout|both] [--aeb ../shared/bench/aeb] [--repos DIR]
                                            [--errors FIELD] [--json]

Two sets of pages: the dev set the rules were written on (`pages.jsonl`, also scored in two
halves by a hash of the page id), and held-out pages labelled before dyads was run on them
(`heldout.jsonl`); see `benchmarks/metadata_dev/README.md`.

The dev set (`benchmarks/metadata_dev/pages.jsonl`) holds, for each page,
where to find it and the metadata a reader of the page sees, written by hand: the
headline, the names in the byline, the day of publication, the language of the text.
Pages come from ../shared/bench/aeb, from adbar/trafilatura's and adbar/htmldate's test
pages (read from a `fetch`ed copy of those repositories, at the commit the dev set names;
pages whose copy is absent are skipped and counted), and from the two seed dumps.

Both sides get the same decoded HTML string (and the page's URL where the dev set knows
it). dyads: `extract_article`. trafilatura: `bare_extraction(with_metadata=True)` (its
`extract_metadata` when it finds no text) for title, author, date and site name, and its
own language classifier (`trafilatura.utils.language_classifier`, py3langid on the text it
extracted) for the language, since its metadata has no language of its own. The seeds
are flat text dumps, which trafilatura does not read: they are scored for dyads alone.

Scores, per field, over the pages:
- title: exact match with the expected headline (or one of them, where a page shows a
  kicker that may or may not belong to it), after typographic normalisation: Unicode NFKC,
  one kind of quote, dash and ellipsis, whitespace runs as one space, case folded.
- authors: F1 of the predicted names against the expected ones, per page, averaged (a page
  expecting no author and given none scores 1); names compared case-folded, without dots.
  "exact" is the share of pages where the two sets are equal.
- date: the predicted publication day (in the time zone the page states) is the expected
  one, or one of two where the page itself shows two days (local time vs UTC).
- language: the ISO 639-1 code of the text.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import logging
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from statistics import mean

import trafilatura
from trafilatura.utils import language_classifier

from dyads.extract import ExtractionError, extract_article
from dyads.model import Document
from dyads.sources import read_sources
from dyads.sources.files import decode_bytes

ROOT = Path(__file__).resolve().parents[1]
DEV_SET = ROOT / "benchmarks" / "metadata_dev" / "pages.jsonl"
HELD_OUT = ROOT / "benchmarks" / "metadata_dev" / "heldout.jsonl"
DEFAULT_AEB = ROOT.parent / "shared" / "bench" / "aeb"
DEFAULT_REPOS = ROOT.parent / ".mirror"  # where the `fetch` tool leaves owner+name/repo
REPOSITORIES = {  # dev-set source -> (repository, commit the expected metadata were written on)
    "trafilatura": ("adbar/trafilatura", "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5"),
    "htmldate": ("adbar/htmldate", "b8952828329abaeeb3be21387b526f2be614ce67"),
}
FIELDS = ("title", "authors", "date", "language")

_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»‹›"} | {c: "'" for c in "’‘‛ʼ′`"}
                        | {c: "-" for c in "‐‑‒–—―"})


@dataclass
class Predicted:
    title: str | None
    authors: list[str]
    date: str | None
    language: str | None


def norm_title(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES).replace("…", "...")
    return " ".join(text.split()).casefold()


def norm_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).replace(".", " ").split()).casefold()


def author_f1(expected: list[str], predicted: list[str]) -> float:
    want, got = {norm_name(n) for n in expected}, {norm_name(n) for n in predicted}
    if not want and not got:
        return 1.0
    hits = len(want & got)
    if not hits:
        return 0.0
    precision, recall = hits / len(got), hits / len(want)
    return 2 * precision * recall / (precision + recall)


def as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def page_scores(expected: dict, got: Predicted) -> dict[str, float]:
    return {
        "title": float(norm_title(got.title) in {norm_title(t) for t in as_list(expected["title"])}),
        "authors": author_f1(expected["authors"], got.authors),
        "authors_exact": float({norm_name(n) for n in expected["authors"]} == {norm_name(n) for n in got.authors}),
        "date": float(got.date in as_list(expected["published"])),
        "language": float(got.language == expected["language"]),
    }


# -- reading the pages ----------------------------------------------------------------------
def _git_dir(repos: Path, repository: str) -> Path | None:
    owner, name = repository.split("/")
    for candidate in (repos / f"{owner}+{name}" / "repo", repos / name / ".git", repos / name):
        if (candidate / "HEAD").is_file() or (candidate / "objects").is_dir():
            return candidate
    return None


def load_page(entry: dict, aeb: Path, repos: Path, aeb_urls: dict[str, str]) -> tuple[str, str | None] | None:
    """The page's decoded HTML and its URL when known, or None when its copy is absent."""
    source = entry["source"]
    if source == "aeb":
        path = aeb / "html" / f"{entry['page']}.html.gz"
        if not path.is_file():
            return None
        return decode_bytes(gzip.decompress(path.read_bytes())), aeb_urls.get(entry["page"])
    repository, commit = REPOSITORIES[source]
    git_dir = _git_dir(repos, repository)
    if git_dir is None:
        return None
    shown = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{entry['page']}"],
                           capture_output=True)
    if shown.returncode:
        return None
    return decode_bytes(shown.stdout), None


# -- the two extractors ---------------------------------------------------------------------
def dyads_html(html: str, url: str | None) -> Predicted:
    try:
        article = extract_article(Document(origin="bench", content=html, kind="html", url=url))
    except ExtractionError:
        return Predicted(None, [], None, None)
    return Predicted(article.title, article.authors,
                     article.published.date().isoformat() if article.published else None, article.language)


def dyads_file(path: Path) -> Predicted:
    (doc,) = list(read_sources([str(path)]))
    article = extract_article(doc)
    return Predicted(article.title, article.authors,
                     article.published.date().isoformat() if article.published else None, article.language)


def trafilatura_html(html: str, url: str | None) -> Predicted:
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    language = None
    if doc is None:
        doc = trafilatura.extract_metadata(html, default_url=url)
    else:
        language = language_classifier(doc.text or "", doc.comments or "")
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return Predicted(doc.title, authors, doc.date, language)


def hash_half(entry: dict) -> str:
    """ "A" or "B": a split of the dev set by a hash of the page's id, fixed."""
    return "A" if hashlib.sha1(entry["id"].encode()).digest()[0] % 2 == 0 else "B"


def run(aeb: Path, repos: Path, errors: str | None = None, dev_set: Path = DEV_SET) -> dict:
    entries = [json.loads(line) for line in dev_set.read_text(encoding="utf-8").splitlines() if line.strip()]
    truth_file = aeb / "ground-truth.json"
    aeb_urls = ({k: v.get("url") for k, v in json.loads(truth_file.read_text(encoding="utf-8")).items()}
                if truth_file.is_file() else {})
    scores: dict[str, list[dict]] = {"dyads": [], "trafilatura": []}
    halves: list[str] = []
    seeds, skipped = [], []
    seconds = dict.fromkeys(scores, 0.0)
    for entry in entries:
        if entry["source"] == "seeds":
            seeds.append(page_scores(entry, dyads_file(ROOT / entry["page"])))
            continue
        loaded = load_page(entry, aeb, repos, aeb_urls)
        if loaded is None:
            skipped.append(entry["id"])
            continue
        html, url = loaded
        halves.append(hash_half(entry))
        for name, extractor in (("dyads", dyads_html), ("trafilatura", trafilatura_html)):
            start = time.perf_counter()
            got = extractor(html, url)
            seconds[name] += time.perf_counter() - start
            result = page_scores(entry, got)
            scores[name].append(result)
            if errors and name == "dyads" and result.get(errors, 1) < 1:
                expected = entry["published" if errors == "date" else errors]
                print(f"{entry['id']}: expected {expected!r}, got {getattr(got, errors)!r}", file=sys.stderr)
    summary = {name: {field: mean(s[field] for s in rows) for field in (*FIELDS, "authors_exact")}
               for name, rows in scores.items() if rows}
    for name in summary:
        summary[name]["pages_per_s"] = len(scores[name]) / seconds[name]
    by_half = {half: {name: {field: mean(s[field] for s, h in zip(rows, halves) if h == half)
                             for field in (*FIELDS, "authors_exact")} for name, rows in scores.items()}
               for half in sorted(set(halves))}
    return {"pages": len(scores["dyads"]), "skipped": skipped, "summary": summary,
            "halves": {h: {"pages": halves.count(h), "summary": v} for h, v in by_half.items()},
            "seeds": {field: mean(s[field] for s in seeds) for field in FIELDS} if seeds else {}}


def print_table(title: str, pages: int, summary: dict) -> None:
    print(f"{title}: {pages} pages")
    print(f"  {'field':<16}{'dyads':>8}{'trafilatura':>13}")
    for field in (*FIELDS, "authors_exact"):
        print(f"  {field:<16}" + "".join(f"{summary[n][field]:>{w}.3f}" for n, w in (("dyads", 8), ("trafilatura", 13))))
    if "pages_per_s" in summary["dyads"]:
        print(f"  {'pages/s':<16}" + "".join(f"{summary[n]['pages_per_s']:>{w}.1f}"
                                            for n, w in (("dyads", 8), ("trafilatura", 13))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--aeb", type=Path, default=DEFAULT_AEB)
    parser.add_argument("--repos", type=Path, default=DEFAULT_REPOS,
                        help="folder holding fetched copies of adbar/trafilatura and adbar/htmldate")
    parser.add_argument("--errors", choices=(*FIELDS,), help="list dyads' misses on this field (stderr)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--set", choices=("dev", "heldout", "both"), default="both",
                        help="the dev set, the held-out pages (benchmarks/metadata_dev/heldout.jsonl), or both")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # trafilatura and htmldate log every page they discard
    sets = {"dev": DEV_SET, "heldout": HELD_OUT}
    chosen = list(sets) if args.set == "both" else [args.set]
    results = {name: run(args.aeb, args.repos, args.errors, sets[name]) for name in chosen}
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for name, result in results.items():
        skipped = f" ({len(result['skipped'])} skipped: copy absent)" if result["skipped"] else ""
        label = {"dev": "dev set (the rules were written on it)", "heldout": "held-out pages (labelled before dyads ran on them; see docs/metadata.md)"}[name]
        print_table(label + skipped, result["pages"], result["summary"])
        if name == "dev":
            for half, part in result["halves"].items():
                print_table(f"  dev half {half} (by hash of the page id)", part["pages"], part["summary"])
        if result["seeds"]:
            print("  seeds (dyads): " + ", ".join(f"{k} {v:.2f}" for k, v in result["seeds"].items()))


if __name__ == "__main__":
    main()
