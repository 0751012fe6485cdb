"""Check annotated gold sentences against gold/GUIDELINES.md; print every problem found.

    python scripts/gold/check_annotations.py ANNOTATED.jsonl [--input GIVEN.jsonl]

Checks: valid JSON lines; every given sentence present once with its text unchanged (with
--input); event types among the 16 PLOVER types; codes are a country (ISO alpha-3), a
country + sector, or an organisation of the actor dictionary (other codes are listed, to be
confirmed); `trigger`, `source_text` and `target_text` copied from the sentence; flags are
booleans; no event whose target repeats its source. Exit status 1 when there are errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from dyads.actors.dictionary import SECTORS, load_dictionary  # noqa: E402
from dyads.ontology import PLOVER_TYPES  # noqa: E402


def known_codes() -> tuple[set[str], set[str]]:
    dictionary = load_dictionary()
    organisations = {e.code for e in dictionary.entries if e.kind == "organisation" and e.code}
    return set(dictionary.countries), organisations


def check(path: Path, given: Path | None) -> int:
    countries, organisations = known_codes()
    errors: list[str] = []
    unknown: Counter = Counter()
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            errors.append(f"line {number}: not JSON ({exc})")
    if given:
        expected = {json.loads(l)["id"]: json.loads(l)["text"] for l in given.read_text(encoding="utf-8").splitlines() if l.strip()}
        seen = Counter(r.get("id") for _, r in rows)
        errors += [f"sentence {i} missing" for i in expected if i not in seen]
        errors += [f"sentence {i} given {n} times" for i, n in seen.items() if n > 1]
        errors += [f"line {n}: text of {r.get('id')} changed" for n, r in rows
                   if r.get("id") in expected and r.get("text") != expected[r["id"]]]
    for number, row in rows:
        where = f"line {number} ({row.get('id')})"
        text = row.get("text", "")
        events = row.get("events")
        if not isinstance(events, list):
            errors.append(f"{where}: 'events' must be a list")
            continue
        for event in events:
            kind = event.get("event")
            if kind not in PLOVER_TYPES:
                errors.append(f"{where}: event type {kind!r} is not a PLOVER type")
            source, target = event.get("source") or [], event.get("target") or []
            if not source:
                errors.append(f"{where}: {kind} has no source (an event with no coded source is not coded)")
            for code in source + target:
                if code in organisations or code in countries or (
                        len(code) == 6 and code[:3] in countries and code[3:] in SECTORS):
                    continue
                unknown[code] += 1
            if set(source) & set(target):
                errors.append(f"{where}: {kind} has {sorted(set(source) & set(target))} as source and target")
            for flag in ("negated", "hypothetical"):
                if not isinstance(event.get(flag), bool):
                    errors.append(f"{where}: {kind} '{flag}' must be true or false")
            trigger = event.get("trigger") or ""
            if not trigger or trigger not in text:
                errors.append(f"{where}: trigger {trigger!r} is not in the sentence")
            for key, codes in (("source_text", source), ("target_text", target)):
                words = event.get(key)
                if not isinstance(words, list) or len(words) != len(codes):
                    errors.append(f"{where}: '{key}' must list one string per code of {key[:6]}")
                    continue
                errors += [f"{where}: {key} {w!r} is not in the sentence" for w in words if w not in text]
    for error in errors:
        print("ERROR", error)
    for code, count in unknown.most_common():
        print(f"UNKNOWN CODE {code} ({count}x): not a country, country+sector or dictionary organisation; "
              f"keep it only if it is a new organisation code listed in the article's note")
    events = sum(len(r.get("events") or []) for _, r in rows)
    print(f"{len(rows)} sentences, {events} events, {len(errors)} errors, {len(unknown)} unknown codes")
    return 1 if errors else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("annotated", type=Path)
    parser.add_argument("--input", type=Path, help="the file as given to the annotator")
    args = parser.parse_args()
    sys.exit(check(args.annotated, args.input))


if __name__ == "__main__":
    main()
