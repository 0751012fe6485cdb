"""PLOVER event types, their CAMEO codes, quad classes and Goldstein scores.

The CAMEO codes dyads uses live in `ontology_table.tsv` (one row per code: the PLOVER type it
codes, its Goldstein score from the standard CAMEO scale, whether it is the type's default).
The documented version of the table is `docs/ontology.md`.

Quad classes follow the PLOVER families, not the CAMEO roots, so that a type always has one
quad class whatever finer CAMEO code a lexicon entry gives (REQUEST is verbal conflict even
when its code is an appeal, CAMEO 02):
1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

TABLE_PATH = Path(__file__).with_name("ontology_table.tsv")

QUAD_CLASSES = {
    1: ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),
    2: ("COOPERATE", "AID", "RETREAT"),
    3: ("REQUEST", "ACCUSE", "REJECT", "THREATEN"),
    4: ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
PLOVER_TYPES: tuple[str, ...] = tuple(t for types in QUAD_CLASSES.values() for t in types)
QUAD_OF_TYPE = {t: quad for quad, types in QUAD_CLASSES.items() for t in types}

# Names used by PLOVER before 2019 (the Gold Standard Records, version 0.5b1).
EARLY_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
               "FIGHT": "ASSAULT"}

# CAMEO root (two digits) -> PLOVER type, for codes finer than the table knows.
# Root 01 (public statements) has no PLOVER type: PLOVER does not code statements (the few
# 01 codes that are events, 015 016 018 019, are in the table).
ROOT_TYPES = {"02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT",
              "06": "COOPERATE", "07": "AID", "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST",
              "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST",
              "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
              "19": "ASSAULT", "20": "ASSAULT"}

# CAMEO country codes that are not ISO 3166-1 alpha-3 (old ISO codes CAMEO kept, CAMEO's
# own spellings, and the slips found in coded data such as the PLOVER gold records).
CAMEO_TO_ISO = {
    "JAP": "JPN",  # Japan
    "ITL": "ITA",  # Italy
    "VTN": "VNM",  # Vietnam
    "ROM": "ROU",  # Romania (ISO code before 2002)
    "ZAR": "COD",  # Zaire, DR Congo
    "TMP": "TLS",  # East Timor (ISO code before 2002)
    "BUR": "MMR",  # Burma
    "YUG": "SRB",  # Yugoslavia, continued by Serbia
    "SCG": "SRB",  # Serbia and Montenegro, continued by Serbia
    "BYS": "BLR",  # Byelorussia
    "KSV": "XKX",  # Kosovo: no ISO code; XKX is the user-assigned code in common use
    "PAL": "PSE",  # Palestine (older CAMEO dictionaries)
}


@dataclass(frozen=True)
class CameoCode:
    code: str
    plover: str
    goldstein: float
    default: bool
    name: str


class OntologyError(ValueError):
    """An event type or CAMEO code dyads does not know."""


@functools.lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """The CAMEO codes of `ontology_table.tsv`, validated (errors name the line)."""
    table: dict[str, CameoCode] = {}
    with TABLE_PATH.open(encoding="utf-8") as f:
        lines = [(n, line) for n, line in enumerate(f, 1) if not line.startswith("#")]
    reader = csv.DictReader((line for _, line in lines), delimiter="\t")
    for (number, _), row in zip(lines[1:], reader):
        where = f"{TABLE_PATH.name}:{number}"
        code, plover = (row.get("cameo") or "").strip(), (row.get("plover") or "").strip()
        if not code.isdigit() or not 3 <= len(code) <= 4 or code in table:
            raise OntologyError(f"{where}: bad or repeated CAMEO code {code!r}")
        if plover not in QUAD_OF_TYPE:
            raise OntologyError(f"{where}: unknown PLOVER type {plover!r}")
        try:
            goldstein = float(row["goldstein"])
        except (TypeError, ValueError):
            raise OntologyError(f"{where}: Goldstein score is not a number") from None
        if not -10.0 <= goldstein <= 10.0:
            raise OntologyError(f"{where}: Goldstein score {goldstein} outside [-10, 10]")
        table[code] = CameoCode(code, plover, goldstein, row.get("default", "").strip() == "*",
                                (row.get("name") or "").strip())
    return table


@functools.lru_cache(maxsize=1)
def default_codes() -> dict[str, str]:
    """PLOVER type -> its default CAMEO code."""
    defaults = {c.plover: c.code for c in cameo_table().values() if c.default}
    missing = set(PLOVER_TYPES) - set(defaults)
    if missing:
        raise OntologyError(f"{TABLE_PATH.name}: no default CAMEO code for {sorted(missing)}")
    return defaults


def _lookup(code: str) -> CameoCode | None:
    """The table row for a checked CAMEO code, or its nearest coarser code ("0861" -> "086")."""
    table = cameo_table()
    for end in range(len(code), 2, -1):
        if code[:end] in table:
            return table[code[:end]]
    return None


def _check_cameo(code: str) -> str:
    code = str(code).strip()
    if not code.isdigit() or not 2 <= len(code) <= 4 or not "01" <= code[:2] <= "20":
        raise OntologyError(f"not a CAMEO event code: {code!r}")
    return code + "0" if len(code) == 2 else code  # a root: "13" is "130"


def cameo_to_plover(code: str) -> str:
    """The PLOVER type of a CAMEO event code ("112" -> ACCUSE, "19" -> ASSAULT)."""
    code = _check_cameo(code)
    row = _lookup(code)
    if row is not None:
        return row.plover
    if code[:2] in ROOT_TYPES:
        return ROOT_TYPES[code[:2]]
    raise OntologyError(f"CAMEO {code!r} (a public statement) has no PLOVER event type")


def normalise_type(name: str) -> str:
    """A PLOVER type from a current or early PLOVER name or a CAMEO code."""
    text = str(name).strip()
    if text.isdigit():
        return cameo_to_plover(text)
    upper = text.upper()
    upper = EARLY_NAMES.get(upper, upper)
    if upper not in QUAD_OF_TYPE:
        raise OntologyError(f"unknown event type: {name!r}")
    return upper


def describe(plover_type: str, cameo: str | None = None) -> tuple[str, int, float]:
    """(CAMEO code, quad class, Goldstein score) of an event type, with an optional finer code.

    Raises OntologyError when the code is unknown or belongs to another PLOVER type.
    """
    ptype = normalise_type(plover_type)
    if cameo is None or str(cameo).strip() == "":
        code = default_codes()[ptype]
        return code, QUAD_OF_TYPE[ptype], cameo_table()[code].goldstein
    code = _check_cameo(cameo)
    row = _lookup(code)
    if row is None:
        raise OntologyError(f"CAMEO {code!r} is not in {TABLE_PATH.name}")
    if row.plover != ptype:
        raise OntologyError(f"CAMEO {code!r} codes {row.plover}, not {ptype}")
    return code, QUAD_OF_TYPE[ptype], row.goldstein


def codes_of(plover_type: str) -> list[CameoCode]:
    """The CAMEO codes a lexicon entry of this type may use."""
    ptype = normalise_type(plover_type)
    return [c for c in cameo_table().values() if c.plover == ptype]


def normalise_country_code(code: str) -> str:
    """An actor code with its CAMEO country part made ISO alpha-3 ("JAP" -> "JPN",
    "ITLGOV" -> "ITAGOV"); other codes come back upper-cased and unchanged."""
    code = str(code).strip().upper()
    if code in CAMEO_TO_ISO:
        return CAMEO_TO_ISO[code]
    if len(code) > 3 and code[:3] in CAMEO_TO_ISO:
        return CAMEO_TO_ISO[code[:3]] + code[3:]
    return code
