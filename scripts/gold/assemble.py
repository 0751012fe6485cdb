"""Put annotated batches together into the gold files of gold/, split by article.

    python scripts/gold/assemble.py ANNOTATED_DIR [--out gold]

Every annotated sentence (scripts/gold/check_annotations.py must pass on each batch) goes
to the gold file of its source (wikinews_en, wikinews_fr_2005, wikinews_fr_2012) with:
- `source`: the gold set;
- `split`: train, dev or test, the same for every sentence of an article: articles are ranked
  by the SHA-1 of their id, the first 20% of each source are test, the next 20% dev, the rest
  train; an article keeps its split when articles are added (an added article is placed by
  where its SHA-1 falls against the same shares, see `splits`);
- for pointer records (pages whose text stays in ../shared), no `text` and no `title`, but the
  `sha1` of the sentence so that a changed page is noticed.
Records are written in article and sentence order; annotators' optional notes are kept.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))

from dyads.gold_sources import sentence_sha1  # noqa: E402

SPLITS = (("test", 0.2), ("dev", 0.2))  # the rest is train
POINTER_SOURCES = {"wikinews_fr_2012", "aeb_en"}
EVENT_KEYS = ("event", "source", "target", "negated", "hypothetical", "trigger", "source_text", "target_text", "note")


def source_of(record: dict) -> str:
    doc = record["doc"]
    return {"wnen": "wikinews_en", "wnfr05": "wikinews_fr_2005", "wnfr12": "wikinews_fr_2012", "aeben": "aeb_en"}[
        next(p for p in ("wnfr05", "wnfr12", "wnen", "aeben") if doc.startswith(p))]


def splits(docs: list[str], known: dict[str, str] | None = None) -> dict[str, str]:
    """An article keeps the split it has in the gold file already (`known`): the coder was
    developed on train and dev, so none of them may move to test. The first gold files
    ranked their articles by SHA-1 (first 20% test, next 20% dev); an article added later
    is placed by where its SHA-1 falls in [0, 1) against the same shares."""
    known = known or {}
    if not known:
        ranked = sorted(docs, key=lambda d: hashlib.sha1(d.encode()).hexdigest())
        out, start = {}, 0
        for name, share in SPLITS:
            count = round(share * len(ranked))
            out.update({d: name for d in ranked[start:start + count]})
            start += count
        out.update({d: "train" for d in ranked[start:]})
        return out
    out = {}
    for doc in docs:
        if doc in known:
            out[doc] = known[doc]
            continue
        position, bound = int(hashlib.sha1(doc.encode()).hexdigest()[:8], 16) / 2 ** 32, 0.0
        out[doc] = "train"
        for name, share in SPLITS:
            bound += share
            if position < bound:
                out[doc] = name
                break
    return out


def known_splits(path: Path) -> dict[str, str]:
    """The split of every article of an existing gold file."""
    if not path.exists():
        return {}
    return {r["doc"]: r["split"] for r in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if r}


def order_key(record: dict) -> tuple:
    return (record.get("line") or 0, record["id"])


def assemble(folder: Path, out: Path) -> None:
    by_source: dict[str, list[dict]] = defaultdict(list)
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                by_source[source_of(record)].append(record)
    out.mkdir(parents=True, exist_ok=True)
    for source, records in sorted(by_source.items()):
        seen = {}
        for record in records:  # a sentence annotated twice: the later batch wins
            seen[record["id"]] = record
        records = sorted(seen.values(), key=order_key)
        split_of = splits(sorted({r["doc"] for r in records}), known_splits(out / f"{source}.jsonl"))
        with open(out / f"{source}.jsonl", "w", encoding="utf-8") as fh:
            for record in records:
                row = {k: v for k, v in record.items() if k not in ("events", "title", "text")}
                row["source"], row["split"] = source, split_of[record["doc"]]
                if source in POINTER_SOURCES:
                    row["sha1"] = sentence_sha1(record["text"])
                else:
                    row["title"], row["text"] = record.get("title"), record["text"]
                row["events"] = [{k: e[k] for k in EVENT_KEYS if k in e} for e in record["events"]]
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        counts = {s: sum(1 for d in set(split_of) if split_of[d] == s) for s in ("train", "dev", "test")}
        print(f"{source}: {len(records)} sentences, {sum(len(r['events']) for r in records)} events, "
              f"{len(split_of)} articles {counts}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("annotated", type=Path)
    parser.add_argument("--out", type=Path, default=REPO / "gold")
    args = parser.parse_args()
    assemble(args.annotated, args.out)


if __name__ == "__main__":
    main()
