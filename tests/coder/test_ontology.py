"""The PLOVER/CAMEO table: complete, consistent, and documented as shipped."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dyads import ontology
from dyads.ontology import (PLOVER_TYPES, OntologyError, cameo_table, cameo_to_plover, describe,
                            normalise_country_code, normalise_type)

GOLD = Path(__file__).parents[3] / "shared" / "gold"
DOC = Path(__file__).parents[2] / "docs" / "ontology.md"

# CAMEO roots by family: 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal
# conflict, 14-20 material conflict. A PLOVER type's default code must sit in its family.
CAMEO_FAMILY = {**{f"{r:02d}": 1 for r in range(1, 6)}, **{f"{r:02d}": 2 for r in range(6, 9)},
                **{f"{r:02d}": 3 for r in range(9, 14)}, **{f"{r:02d}": 4 for r in range(14, 21)}}


def test_sixteen_types_in_four_quad_classes():
    assert len(PLOVER_TYPES) == len(set(PLOVER_TYPES)) == 16
    assert {describe(t)[1] for t in PLOVER_TYPES} == {1, 2, 3, 4}


@pytest.mark.parametrize("ptype", PLOVER_TYPES)
def test_every_type_has_a_default_code_in_its_family(ptype):
    code, quad, goldstein = describe(ptype)
    assert cameo_to_plover(code) == ptype
    assert -10.0 <= goldstein <= 10.0
    # Concessions are verbal cooperation in PLOVER but CAMEO files yielding (08) as material.
    if ptype != "CONCEDE":
        assert CAMEO_FAMILY[code[:2]] == quad
    # cooperation scores above conflict
    assert (goldstein > 0) == (quad <= 2)


def test_every_code_of_the_table_describes_its_type():
    for code, row in cameo_table().items():
        assert describe(row.plover, code) == (code, ontology.QUAD_OF_TYPE[row.plover], row.goldstein)
        assert -10.0 <= row.goldstein <= 10.0


def test_finer_codes_and_roots():
    assert describe("ACCUSE", "1121")[2] == -2.0
    assert describe("REQUEST", "020") == ("020", 3, 3.0)  # an appeal is still a request
    assert describe("THREATEN", "13") == ("130", 3, -4.4)  # a root reads as its 0 code
    assert describe("RETREAT", "0874")[2] == 10.0
    assert cameo_to_plover("0861") == "CONCEDE"  # finer than the table: its parent decides
    assert cameo_to_plover("19") == cameo_to_plover("20") == "ASSAULT"
    with pytest.raises(OntologyError, match="THREATEN"):
        describe("ACCUSE", "130")
    with pytest.raises(OntologyError):
        cameo_to_plover("010")  # public statements are not PLOVER events
    with pytest.raises(OntologyError):
        describe("AGREE", "abc")


def test_early_names_and_cameo_roots_normalise():
    assert normalise_type("DEMAND") == "REQUEST"
    assert normalise_type("disapprove") == normalise_type("INVESTIGATE") == "ACCUSE"
    assert normalise_type("FIGHT") == "ASSAULT"
    assert [normalise_type(f"{r:02d}") for r in (2, 4, 12, 14, 16, 17, 18)] == [
        "REQUEST", "CONSULT", "REJECT", "PROTEST", "SANCTION", "COERCE", "ASSAULT"]
    with pytest.raises(OntologyError, match="BOGUS"):
        normalise_type("BOGUS")


def test_cameo_country_codes_become_iso():
    assert normalise_country_code("JAP") == "JPN"
    assert normalise_country_code("ITL") == "ITA"
    assert normalise_country_code("itlgov") == "ITAGOV"
    assert normalise_country_code("RUS") == "RUS"
    assert normalise_country_code("NATO") == "NATO"


def test_gold_event_names_all_normalise():
    path = GOLD / "plover_gsr_dev.json"
    if not path.exists():
        pytest.skip("shared gold set absent")
    names = {r["event"] for r in json.loads(path.read_text()) if r["event"] != "DOCUMENT"}
    assert {normalise_type(n) for n in names} <= set(PLOVER_TYPES)


def test_documentation_lists_the_shipped_table():
    rows = re.findall(r"^\|\s*`?(\d{3,4})`?\s*\|\s*(\w+)\s*\|\s*(-?\d+\.\d)", DOC.read_text(), re.M)
    documented = {code: (ptype, float(g)) for code, ptype, g in rows}
    assert documented == {c: (r.plover, r.goldstein) for c, r in cameo_table().items()}
