"""Derive the English verb lexicon at the scale of the field from PETRARCH2's CAMEO verb dictionary.

    python scripts/build_verbs.py --petrarch GITDIR [--out src/dyads/lang/en/verbs_cameo.yaml]

Source: openeventdata/petrarch2 (MIT licence, Copyright (c) 2015 Open Event Data Alliance),
petrarch2/data/dictionaries/CAMEO.2.0.txt, read with `git show HEAD:...` from a fetched copy;
the commit read is written in the output's header.

What is derived: every verb of a synonym block whose CAMEO code (the verb's own, else its
block's) has a PLOVER type (dyads.ontology), as one trigger entry with that type and code.
Left out: verbs of blocks without a code ([---]) or with a root code (the type's catch-all,
which PETRARCH reaches through patterns not carried here), public statements (CAMEO 01, not events),
verbs the hand-written lexicon already has (its entries are more precise: objects, slots,
negated forms), verbs the rules read as grammar (reporting, modal, intent, negating, support
verbs of grammar.yaml: "expect", "say", "fail" frame other events), and the multi-word patterns of the dictionary (PETRARCH matches them on a
constituency parse; dyads' entries say the same with `object` and `with`, by hand).
Entries of types whose events almost always have a target need one here (`needs_target`):
a bare "condemned" with no actor aimed at is rarely an event an analyst codes.
The output is deterministic (sorted), so re-running gives the same file.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from dyads.coder.lexicon import load_lexicon  # noqa: E402
from dyads.ontology import OntologyError, cameo_to_plover, describe  # noqa: E402

SOURCE = "petrarch2/data/dictionaries/CAMEO.2.0.txt"
# Types whose events an analyst codes without a target often enough to keep the verb alone.
TARGETLESS = {"RETREAT", "MOBILIZE", "PROTEST", "COERCE", "AGREE", "CONCEDE", "REQUEST"}
BLOCK = re.compile(r"^---\s+(.+?)\s+\[(.+?)\]\s*---")
VERB = re.compile(r"^([A-Z][A-Z\-]*)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]+)\])?\s*$")


def verbs(text: str) -> dict[str, str]:
    """lemma -> CAMEO code of every coded verb of the dictionary (first block wins)."""
    out: dict[str, str] = {}
    block = None
    for line in text.splitlines():
        line = line.split("#")[0].rstrip()
        if not line.strip():
            continue
        found = BLOCK.match(line)
        if found:
            block = found.group(2)
            continue
        if block is None or line.startswith(("-", "&", "+")):
            continue
        found = VERB.match(line.strip())
        if not found:
            continue
        code = (found.group(2) or block).strip()
        if code != "---" and re.fullmatch(r"\d{2,4}", code):
            out.setdefault(found.group(1).lower(), code)
    return out


def entries(coded: dict[str, str], known: set[str]) -> list[str]:
    lines = []
    for lemma, code in sorted(coded.items()):
        if lemma in known:
            continue
        if len(code) == 3 and code.endswith("0"):
            # a root code ("080 yield", "190 mass violence", "030 intend to cooperate") is the
            # type's catch-all: PETRARCH reaches it from "decide", "fill", "vote", "die" through
            # patterns it matches on a constituency parse, which are not carried here. Alone, on
            # the team's gold train split, these verbs coded 1 right event for 26 wrong ones.
            continue
        try:
            plover = cameo_to_plover(code)
            describe(plover, code)
        except OntologyError:
            continue  # a public statement, or a code dyads does not use
        needs = "" if plover in TARGETLESS else ", needs_target: true"
        lines.append(f'- {{id: "en:cameo:{lemma}", lemma: {lemma}, type: {plover}, cameo: "{code}"{needs}}}')
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--petrarch", type=Path, required=True, help="git dir of openeventdata/petrarch2")
    parser.add_argument("--out", type=Path, default=REPO / "src/dyads/lang/en/verbs_cameo.yaml")
    args = parser.parse_args()
    git = ["git", "--git-dir", str(args.petrarch)]
    commit = subprocess.run(git + ["rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    text = subprocess.run(git + ["show", f"HEAD:{SOURCE}"], check=True, capture_output=True).stdout.decode("utf-8", "replace")
    hand = args.out.parent
    known = set()
    for path in sorted(hand.glob("*.yaml")):
        if path.name in ("grammar.yaml", args.out.name):
            continue
        known |= {e.lemma for e in load_lexicon_dir_file(path) if e.pos == "verb"}  # a noun "fine" is no verb "fine"
    grammar = load_lexicon("en")
    for name in ("reporting", "modal", "intent", "negating_verbs", "litotes", "support", "happening",
                 "issuing", "statal", "future_aux"):
        known |= set(grammar.words(name))
    lines = entries(verbs(text), known)
    header = [
        "# GENERATED by scripts/build_verbs.py: do not edit (add or correct verbs in verbs.yaml,",
        "# whose entries win over these). English verbs of the PETRARCH2 CAMEO verb dictionary,",
        f"# openeventdata/petrarch2 @ {commit}, {SOURCE},",
        "# MIT licence, Copyright (c) 2015 Open Event Data Alliance. Each verb with the CAMEO code",
        "# of its synonym block and the PLOVER type dyads.ontology gives that code.",
        "entries:",
    ]
    args.out.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} entries to {args.out}")


def load_lexicon_dir_file(path: Path):
    """The entries of one trigger file (validated as the lexicon loader does)."""
    import yaml

    from dyads.coder.lexicon import _LineLoader, parse_entry
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader) or {}
    return [parse_entry(raw, path, "en") for raw in data.get("entries") or []]


if __name__ == "__main__":
    main()
