"""What the prefilter costs in recall, and saves in parsing, on a split of the gold sets.

    .venv/bin/python benchmarks/prefilter_recall.py [--split dev] [--gold gold]

The coder parses only the sentences that name an actor (or hold a pronoun standing for one,
or a group noun in an article about one country) and a surface form of a trigger. Here the
gold articles of the split are coded twice in the same run, with the prefilter and with every
sentence parsed, and the matched gold events compared: the recall cost is the share of gold
events found without the prefilter and lost with it. Also printed: the share of sentences
parsed and the time of each run (models loaded before either clock starts).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def main() -> None:
    from dyads.coder import CodingOptions, CodingStats, code_articles
    from dyads.evaluate import Predictions, gold_articles, load_gold, score

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--gold", type=Path, default=REPO / "gold")
    args = parser.parse_args()
    gold = [s for path in sorted(args.gold.glob("*.jsonl")) for s in load_gold(path, split=args.split)]
    indices = [i for i, s in enumerate(gold) if s.para is not None]
    articles = gold_articles(gold, indices)
    first = {a.language: a for a, _ in reversed(articles)}
    list(code_articles(list(first.values())))  # load the models of every language outside the clocks
    rows = {}
    # each twice, alternating, the faster kept: the first run also fills the caches of folds
    for name, prefilter in (("prefilter", True), ("parse all", False)) * 2:
        stats = CodingStats()
        began = time.perf_counter()
        coded = list(code_articles([a for a, _ in articles], stats=stats, options=CodingOptions(prefilter=prefilter)))
        seconds = time.perf_counter() - began
        if name in rows and rows[name][2] <= seconds:
            continue
        events: list = [[] for _ in gold]
        for (article, spans), (_, found) in zip(articles, coded):
            for event in found:
                at = event.sentence_start + (event.spans.get("trigger") or [[0, 0]])[0][0]
                holder = next((i for i, s, e in spans if s <= at < e), spans[-1][0])
                events[holder].append(event)
        report = score(gold, Predictions(events, [], seconds))
        rows[name] = (report, stats, seconds)
    for name, (report, stats, seconds) in rows.items():
        print(f"{name:10} tp {report.overall.tp:4}  fp {report.overall.fp:4}  recall {report.recall:.4f}  "
              f"parsed {stats.parsed}/{stats.sentences} ({stats.parsed_fraction:.1%})  {seconds:.1f} s")
    with_filter, without = rows["prefilter"][0], rows["parse all"][0]
    gold_events = with_filter.gold_events
    cost = (without.overall.tp - with_filter.overall.tp) / gold_events if gold_events else 0.0
    print(f"split {args.split}: {gold_events} gold events; prefilter recall cost {cost:.2%} "
          f"({without.overall.tp - with_filter.overall.tp} events); "
          f"time ratio parse-all / prefilter {rows['parse all'][2] / rows['prefilter'][2]:.2f}x")


if __name__ == "__main__":
    main()
