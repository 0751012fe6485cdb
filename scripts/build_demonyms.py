"""Write src/dyads/actors/data/country_demonyms.tsv: the English and French demonyms of the
countries and territories that the hand-written country_forms.tsv has no forms for ("The Samoan
government", « les autorités bahamiennes »).

    python scripts/build_demonyms.py --mledoze GITDIR

Source: mledoze/countries (ODbL 1.0, https://github.com/mledoze/countries), `countries.json`,
read with `git show HEAD:countries.json` from a fetched copy; the commit read is written in the
output's header. The output is a derived database and stays under the ODbL: its header says so.

Left out, so that a demonym never names the wrong country: a form that two countries share
("Dominican": Dominica and the Dominican Republic; "Congolese"), a form the other actor files
already have (hand-written country forms, country and place names), and forms that are ordinary
words in news ("Channel Islander" is kept, "Swiss" belongs to a hand-written row).
Hand-written forms win: countries with a row in country_forms.tsv are not written here.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "dyads" / "actors" / "data"
OUT = DATA / "country_demonyms.tsv"


def read_forms(path: Path) -> dict[str, set[str]]:
    """code -> forms of a hand-written or generated country file."""
    out: dict[str, set[str]] = defaultdict(set)
    rows = [r for r in csv.reader(path.open(encoding="utf-8"), delimiter="\t") if r and not r[0].startswith("#")]
    for row in rows[1:]:
        out[row[0]].update(f for f in row[3].split("|") if f)
    return out


# mledoze's French demonym of the Northern Mariana Islands, a misspelt form of the US one
WRONG = {"américan"}


def words(demonym: str) -> list[str]:
    """"Antiguan, Barbudan", "Kittitian or Nevisian" -> each demonym; "" -> none."""
    return [w.strip() for w in re.split(r",| or | et ", demonym) if len(w.strip()) > 2]


def english_forms(demonym: str) -> list[str]:
    """"Samoan" -> Samoan, Samoans; "Bhutanese", "Manx", "Greenlandic" have no plural in -s."""
    out = []
    for word in words(demonym):
        out += [word] if word.endswith(("ese", "s", "x", "ic", "ch", "sh")) else [word, word + "s"]
    return out


def french_forms(masculine: str, feminine: str) -> list[str]:
    """Lower-case adjectives, which also match the capitalised demonym (actors/data/README.md):
    "Bahamien", "Bahamienne" -> bahamien, bahamienne, bahamiens, bahamiennes."""
    out = []
    for word in words(masculine.lower()) + words(feminine.lower()):
        out += [word] if word.endswith(("s", "x")) else [word, word + "s"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mledoze", required=True, type=Path, help="git directory of mledoze/countries")
    args = parser.parse_args()
    git = ["git", f"--git-dir={args.mledoze}"]
    commit = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
    countries = json.loads(subprocess.run([*git, "show", "HEAD:countries.json"], capture_output=True,
                                          check=True).stdout)
    hand = read_forms(DATA / "country_forms.tsv")
    taken = {f.lower() for forms in (hand, read_forms(DATA / "countries.tsv")) for fs in forms.values() for f in fs}
    candidates: dict[str, list[str]] = {}
    for country in countries:
        code, demonyms = country["cca3"], country.get("demonyms") or {}
        if code in hand:
            continue
        forms = []
        if demonyms.get("eng"):
            forms += english_forms(demonyms["eng"]["m"]) + english_forms(demonyms["eng"]["f"])
        if demonyms.get("fra"):
            forms += french_forms(demonyms["fra"]["m"], demonyms["fra"]["f"])
        candidates[code] = list(dict.fromkeys(f.strip() for f in forms if f.strip()))
    # who else has a form, in the same language ("Dominican" is Dominica's and the Dominican
    # Republic's; French "Samoan" is also American Samoa's, the English one is Samoa's only)
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for country in countries:
        for lang in ("eng", "fra"):
            for demonym in ((country.get("demonyms") or {}).get(lang) or {}).values():
                for word in words(demonym.lower()):
                    owners[lang, word].add(country["cca3"])

    def own(code: str, form: str) -> bool:
        lang = "eng" if form[0].isupper() else "fra"
        word = form.lower()
        return word not in taken and word.removesuffix("s") not in taken and word.removesuffix("s") not in WRONG \
            and owners.get((lang, word), {code}) | owners.get((lang, word.removesuffix("s")), {code}) == {code}

    rows = []
    for code in sorted(candidates):
        forms = [f for f in candidates[code] if own(code, f)]
        if forms:
            rows.append((code, "country", code, "|".join(forms)))
    names = {r[0]: r[2] for r in csv.reader((DATA / "countries.tsv").open(encoding="utf-8"), delimiter="\t")
             if len(r) > 2 and not r[0].startswith("#")}
    header = (f"# GENERATED by scripts/build_demonyms.py: do not edit (add forms in country_forms.tsv, which\n"
              f"# win). Demonyms of mledoze/countries @ {commit}, countries.json, ODbL 1.0\n"
              f"# (https://opendatacommons.org/licenses/odbl/1-0/): this file is a derived database under the ODbL.\n"
              "code\tkind\tname\tforms\n")
    body = "".join(f"{code}\t{kind}\t{names.get(code, name)}\t{forms}\n"
                   for code, kind, name, forms in rows)
    OUT.write_text(header + body, encoding="utf-8")
    print(f"{OUT}: demonyms of {len(rows)} countries and territories")


if __name__ == "__main__":
    main()
