"""scripts/build_verbs.py: reading PETRARCH2's CAMEO verb dictionary, on a small inline
dictionary in its format (the real source is not needed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_verbs.py"
spec = importlib.util.spec_from_file_location("build_verbs", SCRIPT)
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)

# The dictionary writes most block headers "---  NAME   [code]  ---" but a few with no space
# before the closing dashes ("---  DELAY   [120]---  ---"); a reader that missed those gave
# their verbs the code of the block before ("postpone" became an accusation, CAMEO 112).
CAMEO = """\
---  ACCUSE   [112]  ---
ACCUSE {ACCUSES ACCUSED ACCUSING }
- * (OF TORTURE)                                      [1122]        # ACCUSE
BLAME [1124]

---  DELAY   [120]---  ---
DEFER {DEFERS DEFERRED DEFERRING }  # BNL 26 Mar 2003
POSTPONE

---  KIDNAP   [181]  ---
ABDUCT [181]
"""


def test_every_block_header_gives_its_code_even_without_a_space_before_its_dashes():
    coded = build.verbs(CAMEO)
    assert coded["accuse"] == "112"
    assert coded["blame"] == "1124"  # a verb's own code wins over its block's
    assert coded["postpone"] == "120" and coded["defer"] == "120"
    assert coded["abduct"] == "181"


def test_root_codes_are_left_out_and_known_verbs_are_not_derived_again():
    lines = build.entries(build.verbs(CAMEO), known={"accuse"})
    derived = {line.split("lemma: ")[1].split(",")[0]: line for line in lines}
    # DELAY's 120 is REJECT's catch-all: PETRARCH reaches it through patterns not carried here
    assert "postpone" not in derived and "defer" not in derived
    assert "accuse" not in derived
    assert 'type: ACCUSE, cameo: "1124", needs_target: true' in derived["blame"]
    assert 'type: ASSAULT, cameo: "181", needs_target: true' in derived["abduct"]


# A verb listed twice keeps its first listing, as PETRARCH's reader does: "VALUE" first in an
# uncoded block stays uncoded. Blocks of verbs PETRARCH codes only through patterns, and verbs
# of an everyday sense, are left out.
TWICE = """\
---  VALUE   [---]  ---
VALUE
- * &CURRENCY                                         [---]         # VALUE

---  RESPECT   [051]  ---
ESTEEM
VALUE

---  PURCHASE   [061]  ---
BUY {BUYING BUYS BOUGHT }

---  FINE   [172]  ---
FINE
TAX

---  LAUD   [051]  ---
EXTOL
"""


def test_a_verb_keeps_its_first_listing_even_uncoded():
    coded = build.verbs(TWICE)
    assert "value" not in coded and coded["esteem"] == "051"
    assert build.blocks(TWICE)["value"] == "VALUE"


def test_pattern_blocks_and_everyday_verbs_are_left_out():
    lines = build.entries(build.verbs(TWICE), known=set(), block_of=build.blocks(TWICE))
    derived = {line.split("lemma: ")[1].split(",")[0] for line in lines}
    assert derived == {"fine", "extol"}  # RESPECT, PURCHASE: blocks; "tax": an everyday sense


def test_derived_coercion_and_concession_need_a_target():
    # a derived verb carries no object: "confined his remarks", "grabbed headlines" coerce no one
    coded = build.verbs(CAMEO + TWICE + "\n---  APPREHEND   [171]  ---\nGRAB\n\n---  ACQUIT   [081]  ---\nACQUIT\n")
    lines = {line.split("lemma: ")[1].split(",")[0]: line for line in build.entries(coded, known=set())}
    assert lines["grab"].endswith('type: COERCE, cameo: "171", needs_target: true}')
    assert lines["acquit"].endswith('type: CONCEDE, cameo: "081", needs_target: true}')
    assert lines["fine"].endswith("needs_target: true}")
