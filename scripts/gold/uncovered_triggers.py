"""The gold events whose trigger the lexicon does not know, by lemma: where to extend it.

    .venv/bin/python scripts/gold/uncovered_triggers.py [--split train dev] [--lang fr]

For every gold event of the splits, the words of its `trigger` are parsed within their
sentence; when no word has a lexicon entry (verb or noun) of the event's type, the trigger's
head lemma is counted for that type. Printed most frequent first, with an example sentence:
a list for an analyst to read, not entries to add blindly (the test split is never read).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))


def main() -> None:
    from dyads.coder.lexicon import fold, load_lexicon
    from dyads.evaluate import load_gold
    from dyads.nlp import parse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=REPO / "gold")
    parser.add_argument("--split", nargs="+", default=["train", "dev"])
    parser.add_argument("--lang", default="en")
    parser.add_argument("--top", type=int, default=80)
    args = parser.parse_args()
    if "test" in args.split:
        parser.error("the test split is for reporting only")
    lexicon = load_lexicon(args.lang)
    sentences = [s for path in sorted(args.gold.glob("*.jsonl")) for s in load_gold(path)
                 if s.lang == args.lang and s.split in args.split and s.events]
    counts: Counter = Counter()
    examples: dict = defaultdict(list)
    docs = parse([s.text for s in sentences], args.lang)
    for sentence, doc in zip(sentences, docs):
        for event in sentence.events:
            words = (event.trigger or "").split()
            tokens = [t for t in doc if t.text in words] or []
            known = any(e.type == event.type for t in tokens for pos in ("verb", "noun")
                        for e in lexicon.candidates(t.lemma_, pos))
            if known or not tokens:
                continue
            head = next((t for t in tokens if t.pos_ in ("VERB", "NOUN")), tokens[0])
            key = (event.type, fold(head.lemma_), head.pos_)
            counts[key] += 1
            examples[key].append(sentence.text[:100])
    for (event_type, lemma, pos), n in counts.most_common(args.top):
        print(f"{n:3}  {event_type:9} {pos:5} {lemma:18} | {examples[(event_type, lemma, pos)][0]}")


if __name__ == "__main__":
    main()
