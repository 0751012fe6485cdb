"""Time to load the shipped actor dictionary in a cold process, and what it holds.

    .venv/bin/python benchmarks/actors_load.py [--runs 5]

Each run is a fresh Python process that imports dyads.actors, calls load_dictionary() and
then find_mentions() once, which builds the Aho-Corasick automaton over every form. The
script prints, for the median run, the import time (the dyads package, not the dictionary),
the load time, the automaton time and their sum (the target: load + automaton under 2 s on
the 2-core build machine), the growth of the resident memory across load and automaton, and
the counts: people, people with a role since 2000-01-01, person rows (roles), forms and
organisations.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

CHILD = r"""
import datetime as dt, json, resource, time

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20

t0 = time.perf_counter()
from dyads.actors import load_dictionary
t1 = time.perf_counter()
rss0 = rss_mb()
actors = load_dictionary()
t2 = time.perf_counter()
actors.find_mentions("Sergey Lavrov met NATO officials.", date=dt.date(2022, 2, 14))
t3 = time.perf_counter()
rss1 = rss_mb()
people = {}
for e in actors.entries:
    if e.kind == "person":
        people.setdefault(e.name, []).append(e)
recent = sum(any(r.end is None or r.end > dt.date(2000, 1, 1) for r in rows)
             for rows in people.values())
print(json.dumps({
    "import": t1 - t0, "load": t2 - t1, "automaton": t3 - t2, "rss_growth_mb": rss1 - rss0,
    "people": len(people), "people_since_2000": recent,
    "roles": sum(len(rows) for rows in people.values()),
    "forms": len({f for e in actors.entries for f in e.forms}),
    "person_forms": len({f for rows in people.values() for f in rows[0].forms}),
    "organisations": sum(e.kind == "organisation" for e in actors.entries),
    "organisation_codes": len({e.code for e in actors.entries if e.kind == "organisation"}),
}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = []
    for _ in range(parser.parse_args().runs):
        out = subprocess.run([sys.executable, "-c", CHILD], check=True, capture_output=True,
                             text=True)
        runs.append(json.loads(out.stdout))
    runs.sort(key=lambda r: r["load"] + r["automaton"])
    median = runs[len(runs) // 2]
    spread = [round(r["load"] + r["automaton"], 2) for r in runs]
    print(f"import dyads.actors   {median['import']:.2f} s")
    print(f"load_dictionary()     {median['load']:.2f} s")
    print(f"automaton (1st find)  {median['automaton']:.2f} s")
    print(f"load + automaton      {median['load'] + median['automaton']:.2f} s "
          f"(median of {len(runs)} runs: {spread})")
    print(f"RSS growth            {median['rss_growth_mb']:.0f} MB")
    for name in ("people", "people_since_2000", "roles", "person_forms", "forms",
                 "organisations", "organisation_codes"):
        print(f"{name:<21} {median[name]}")


if __name__ == "__main__":
    main()
