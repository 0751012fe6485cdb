"""Refresh the example sessions in README.md with what the commands really print.

    .venv/bin/python scripts/readme_examples.py

Each block between `<!-- example:NAME -->` and `<!-- /example:NAME -->` is replaced by the
commands of EXAMPLES[NAME] and their output, run from the repository's root against a fresh
`examples/dyads.db`, at a fixed width so the tables read the same everywhere.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WIDTH = "118"
DB = "examples/dyads.db"
EXAMPLES = {
    "run": ["make run"],
    "more": [
        "dyads search 'securite Lavrov' --limit 2",
        "dyads events --actor USA --type REJECT --format csv",
        "dyads code 'Moscow rejected the proposals of NATO on Monday, the Kremlin spokesman said.' --lang en --date 2022-02-14",
        "dyads stories",
        "dyads timeline RUS USA --by month",
        "dyads export --what events --format parquet /tmp/events.parquet",
    ],
    "event": ["dyads events --type REJECT --actor USA --format json"],
}


def run(command: str) -> str:
    env = {**os.environ, "COLUMNS": WIDTH, "DYADS_DB": DB, "PATH": f"{ROOT / '.venv/bin'}:{os.environ['PATH']}"}
    done = subprocess.run(command, shell=True, cwd=ROOT, env=env, text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT)  # in the order printed
    if done.returncode != 0:
        sys.exit(f"{command!r} failed ({done.returncode}):\n{done.stdout}")
    # make's own echo lines and pip's notices are noise in a README
    lines = [line for line in done.stdout.splitlines()
             if not line.startswith(("WARNING: Location", ".venv/bin/pip", "touch .venv"))]
    return "\n".join(line.rstrip() for line in lines)


def block(commands: list[str]) -> str:
    shown = [f"$ {command}\n{run(command)}" for command in commands]
    return "```console\n" + "\n\n".join(shown) + "\n```"


def main() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, commands in EXAMPLES.items():
        pattern = re.compile(rf"(<!-- example:{name} -->\n).*?(<!-- /example:{name} -->)", re.DOTALL)
        text = block(commands)
        readme = pattern.sub(lambda m: m.group(1) + text + "\n" + m.group(2), readme)
    (ROOT / "README.md").write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
