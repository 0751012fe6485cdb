"""The GeoNames data dyads ships (data/countries.tsv, data/cities.tsv.gz), read once.

Built by scripts/build_places.py from GeoNames (CC BY 4.0) so that the installed package
needs no gazetteer library: every country with its ISO and FIPS codes, every city of 15,000+
inhabitants with its Latin-script names and exonyms ("Pékin", "Londres").
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    fips: str
    name: str


@dataclass(frozen=True)
class City:
    name: str
    country: str  # ISO alpha-3
    lat: float
    lon: float
    population: int
    names: tuple[str, ...]  # the name and its alternate names, exonyms included


def _rows(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t",
                               quoting=csv.QUOTE_NONE))


@functools.lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """ISO alpha-3 -> country."""
    text = resources.files("dyads").joinpath("data/countries.tsv").read_text(encoding="utf-8")
    return {r["iso3"]: Country(r["iso3"], r["iso2"], r["fips"], r["name"]) for r in _rows(text)}


@functools.lru_cache(maxsize=1)
def cities() -> tuple[City, ...]:
    data = resources.files("dyads").joinpath("data/cities.tsv.gz").read_bytes()
    return tuple(City(r["name"], r["country"], float(r["lat"]), float(r["lon"]),
                      int(r["population"]), tuple(n for n in r["names"].split("|") if n))
                 for r in _rows(gzip.decompress(data).decode("utf-8")))
