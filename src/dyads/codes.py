"""Actor codes: one type for what a code says (`RUSGOV`: Russia's government; `NATO`).

A code is an ISO 3166 alpha-3 country (`RUS`), a country and a sector (`RUSGOV`), or an
organisation (`NATO`, `EU`, `UN`; some have three letters, like `WHO`: a three-letter code is a
country only when it is one). The sectors and what they mean are SECTORS.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

SECTORS = {
    "GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "judiciary",
    "COP": "police", "OPP": "opposition", "REB": "rebels", "MED": "media",
    "BUS": "business", "CVL": "civilians",
}
_COUNTRY_FILE = Path(__file__).with_name("actors") / "data" / "countries.tsv"
_ALPHA3 = re.compile(r"^[A-Z]{3}$")


@functools.cache
def country_codes() -> frozenset[str]:
    """Every country code of the shipped dictionary (ISO 3166 alpha-3, plus XKX for Kosovo)."""
    codes = set()
    for line in _COUNTRY_FILE.read_text(encoding="utf-8").splitlines():
        cell = line.split("\t", 1)[0]
        if _ALPHA3.match(cell):
            codes.add(cell)
    return frozenset(codes)


@dataclass(frozen=True)
class ActorCode:
    """A code read: its country and sector, or the organisation it names."""

    country: str | None = None
    sector: str | None = None
    organisation: str | None = None

    @classmethod
    def parse(cls, code: str, countries: frozenset[str] | set[str] | None = None) -> "ActorCode":
        countries = country_codes() if countries is None else countries
        if code in countries:
            return cls(country=code)
        if len(code) == 6 and code[:3] in countries and code[3:] in SECTORS:
            return cls(country=code[:3], sector=code[3:])
        return cls(organisation=code)

    @property
    def root(self) -> str:
        """The country, or the organisation: what codes are compared on without sectors."""
        return self.country or self.organisation or ""

    @property
    def is_state(self) -> bool:
        """A country, or a sector of its state (government, army, legislature ...)."""
        return self.country is not None

    def __str__(self) -> str:
        return self.organisation or f"{self.country}{self.sector or ''}"


def root_of(code: str) -> str:
    """RUSGOV -> RUS, RUS -> RUS, NATO -> NATO."""
    return ActorCode.parse(code).root
