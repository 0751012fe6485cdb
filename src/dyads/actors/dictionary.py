"""Load and validate the actor dictionary: the TSV files in `actors/data/` plus the user's own.

Two kinds of tab-separated files (plain, or gzip-compressed when their name ends in `.gz`),
told apart by their header line (lines starting with `#` and blank lines are ignored; the full
format is in `actors/data/README.md`):

* entry files (header has `code`, `kind`, `name`, `forms`; optional `country`, `role`,
  `start`, `end`, `note`): one row per thing that can be named — a country and its names,
  adjectives and demonyms, a capital or a seat of power, an organisation, a collective with no
  code (code `-`), or one role of a person with its dates;
* sector files (header has `sector`, `type`, `lang`, `forms`): the words that make a sector
  out of a country ("ministre" GOV, "troops" MIL), plus portfolios ("des Affaires
  étrangères"), honorifics ("M.", "Mr."), "former" words ("ancien", "ex-") and "foreign" words
  ("foreign forces", "troupes étrangères": the sector word takes no country).

`forms` holds the surface forms separated by `|`. Matching ignores accents and case, except
that a form written with a capital initial only matches a capitalised word, and a form of up to
three capital letters ("US", "UN", "EU") only matches in exactly that case.

User files (`load_dictionary(extra_files)`, `--actors FILE`) use the same formats; they are
read after the shipped files and a form they define replaces the shipped meanings of that form.
A bad line raises `ActorFileError` naming the file, the line and what is wrong.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import gc
import gzip
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from dyads.codes import SECTORS, ActorCode
from dyads.folding import fold  # noqa: F401  (re-exported: actors' searches fold with it)
from dyads.model import Actor

DATA_DIR = Path(__file__).with_name("data")


ENTRY_KINDS = {"country", "organisation", "place", "person", "collective"}
SECTOR_TYPES = {"term", "portfolio", "honorific", "former", "foreign", "place_word"}
NO_CODE = "-"

ENTRY_COLUMNS = ("code", "kind", "name", "forms")
SECTOR_COLUMNS = ("sector", "type", "lang", "forms")
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")
_COUNTRY_CODE = re.compile(r"^[A-Z]{3}$")


class ActorFileError(ValueError):
    """A line of an actor file that cannot be used; the message names file and line."""


@dataclass(frozen=True)
class Entry:
    """One row of an entry file."""

    code: str | None  # None for collectives that have no code ("l'Occident")
    kind: str
    name: str
    forms: tuple[str, ...]
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None  # exclusive: the first day out of the role
    origin: str = ""  # "file:line"
    rank: int = 0  # 0 for shipped files, 1.. for user files in the order given

    def active(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def to_actor(self) -> Actor:
        return Actor(code=self.code or NO_CODE, name=self.name, country=self.country,
                     sector=self.sector, kind=self.kind, role=self.role,
                     start=self.start, end=self.end)


@dataclass(frozen=True)
class SectorTerm:
    """One row of a sector file: words that give a sector, or that modify a mention."""

    sector: str | None
    type: str
    lang: str
    forms: tuple[str, ...]
    origin: str = ""
    rank: int = 0




def split_code(code: str, countries: set[str]) -> tuple[str | None, str | None]:
    """(country, sector) of a code; (None, None) for an organisation (see dyads.codes)."""
    parsed = ActorCode.parse(code, countries)
    return parsed.country, parsed.sector


# --- reading -------------------------------------------------------------------------------

def _rows(path: Path) -> Iterator[tuple[int, dict[str, str], list[str]]]:
    """(line number, row as dict, header) for each data line of a TSV file."""
    header: list[str] | None = None
    try:
        # generated files are shipped gzip-compressed (people_generated.tsv.gz)
        data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile) as exc:
        raise ActorFileError(f"{path}: cannot read actor file ({exc})") from exc
    for number, line in enumerate(text.splitlines(), 1):
        first = line.lstrip()[:1]
        if not first or first == "#":
            continue
        cells = list(map(str.strip, line.split("\t")))
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise ActorFileError(f"{path}:{number}: {len(cells)} columns but the header has "
                                 f"{len(header)} (values must be separated by tabs)")
        cells += [""] * (len(header) - len(cells))
        yield number, dict(zip(header, cells)), header
    if header is None:
        raise ActorFileError(f"{path}: empty actor file (no header line)")


def _date(value: str, where: str, column: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ActorFileError(f"{where}: bad date {value!r} in column {column!r} "
                             f"(expected YYYY-MM-DD)") from None


def _forms(value: str, where: str) -> tuple[str, ...]:
    forms = tuple(filter(None, map(str.strip, value.split("|"))))
    if not forms:
        raise ActorFileError(f"{where}: missing value in column 'forms'")
    return forms


def _require(row: dict[str, str], columns: Sequence[str], where: str) -> None:
    for column in columns:
        if not row.get(column):
            raise ActorFileError(f"{where}: missing value in column {column!r}")


def read_file(path: Path, rank: int) -> tuple[list[Entry], list[SectorTerm]]:
    """Parse one file, checking each line on its own (codes are cross-checked later)."""
    entries: list[Entry] = []
    terms: list[SectorTerm] = []
    sector_file = entry_file = None  # what the header says, worked out on the first row
    for number, row, header in _rows(path):
        where = f"{path}:{number}"
        if sector_file is None:
            sector_file = all(c in header for c in SECTOR_COLUMNS) and "code" not in header
            entry_file = all(c in header for c in ENTRY_COLUMNS)
        if sector_file:
            terms.append(_sector_term(row, where, rank))
        elif entry_file:
            entries.append(_entry(row, where, rank))
        else:
            missing = [c for c in ENTRY_COLUMNS if c not in header]
            raise ActorFileError(f"{path}:1: missing column(s) {', '.join(missing)} in the "
                                 f"header (entry files need {', '.join(ENTRY_COLUMNS)}; "
                                 f"sector files need {', '.join(SECTOR_COLUMNS)})")
    return entries, terms


def _sector_term(row: dict[str, str], where: str, rank: int) -> SectorTerm:
    _require(row, SECTOR_COLUMNS, where)
    kind = row["type"]
    if kind not in SECTOR_TYPES:
        raise ActorFileError(f"{where}: unknown type {kind!r} (use one of "
                             f"{', '.join(sorted(SECTOR_TYPES))})")
    sector = None if row["sector"] == NO_CODE else row["sector"]
    if sector is not None and sector not in SECTORS:
        raise ActorFileError(f"{where}: unknown sector {sector!r} (use one of "
                             f"{', '.join(SECTORS)} or -)")
    if sector is None and kind in ("term", "portfolio"):
        raise ActorFileError(f"{where}: a {kind} needs a sector")
    return SectorTerm(sector=sector, type=kind, lang=row["lang"], forms=_forms(row["forms"], where),
                      origin=where, rank=rank)


# Codes repeat (tens of thousands of USALEG rows): each distinct code is checked once.
_GOOD_CODES: set[str] = set()


def _entry(row: dict[str, str], where: str, rank: int) -> Entry:
    for column in ("code", "kind", "name"):
        if not row[column]:
            raise ActorFileError(f"{where}: missing value in column {column!r}")
    kind = row["kind"]
    if kind not in ENTRY_KINDS:
        raise ActorFileError(f"{where}: unknown kind {kind!r} (use one of "
                             f"{', '.join(sorted(ENTRY_KINDS))})")
    code = None if row["code"] == NO_CODE else row["code"]
    if code is None and kind != "collective":
        raise ActorFileError(f"{where}: code '-' (no code) is only for kind collective")
    if code is not None and code not in _GOOD_CODES:
        if not _CODE.match(code):
            raise ActorFileError(f"{where}: bad code {code!r} (upper-case letters and digits, "
                                 f"e.g. RUS, RUSGOV, NATO)")
        _GOOD_CODES.add(code)
    country = row.get("country") or None
    if country is not None and not _COUNTRY_CODE.match(country):
        raise ActorFileError(f"{where}: bad country {country!r} (ISO 3166 alpha-3, e.g. RUS)")
    start = _date(row.get("start", ""), where, "start")
    end = _date(row.get("end", ""), where, "end")
    if start and end and end <= start:
        raise ActorFileError(f"{where}: end {end} is not after start {start}")
    if kind == "person" and not country:
        raise ActorFileError(f"{where}: missing value in column 'country' (a person needs one)")
    # a person's later rows may leave forms empty: they share the forms of the first row
    forms = () if kind == "person" and not row["forms"] else _forms(row["forms"], where)
    return _new_entry(code=code, kind=kind, name=row["name"], forms=forms, country=country,
                      sector=None, role=row.get("role") or None, start=start, end=end,
                      origin=where, rank=rank)


def _new_entry(**fields) -> Entry:
    """An Entry built without the frozen dataclass's `__init__`, which sets every field through
    `object.__setattr__`: on the ~80,000 shipped rows that took a third of the load. The loader
    fills country and sector in place in `_check_codes`, before any entry leaves it."""
    entry = object.__new__(Entry)
    entry.__dict__.update(fields)
    return entry


def _check_codes(entries: list[Entry]) -> tuple[list[Entry], set[str]]:
    """Cross-check codes once every file is read; fill in country and sector from the code."""
    countries = {e.code for e in entries if e.kind == "country" and e.code
                 and _COUNTRY_CODE.match(e.code)}
    organisations = {e.code for e in entries if e.kind == "organisation" and e.code}
    person_forms: dict[str, tuple[str, ...]] = {}
    splits: dict[str, tuple[str | None, str | None]] = {}
    checked = []
    for e in entries:
        forms = e.forms
        if e.kind == "person":
            if not forms:
                if e.name not in person_forms:
                    raise ActorFileError(f"{e.origin}: missing value in column 'forms' (only a "
                                         f"person's later rows may leave it empty)")
                forms = person_forms[e.name]
            else:
                person_forms.setdefault(e.name, forms)
        if e.code is None:
            e.__dict__["forms"] = forms
            checked.append(e)
            continue
        split = splits.get(e.code)
        if split is None:
            split = splits[e.code] = split_code(e.code, countries)
        country, sector = split
        if country is None and e.code not in organisations:
            raise ActorFileError(
                f"{e.origin}: bad code {e.code!r}: not a country code (ISO 3166 alpha-3), a "
                f"country code followed by a sector ({', '.join(SECTORS)}) or an organisation")
        if e.kind == "country" and country is None:
            raise ActorFileError(f"{e.origin}: bad code {e.code!r}: a {e.kind} needs a "
                                 f"country code")
        if e.country and e.country not in countries:
            raise ActorFileError(f"{e.origin}: unknown country {e.country!r}")
        # in place: the entries are still the loader's own (see _new_entry)
        e.__dict__.update(forms=forms, country=e.country or country, sector=sector)
        checked.append(e)
    return checked, countries


# --- the dictionary ------------------------------------------------------------------------

class ActorDictionary:
    """Every actor the resolver knows, with lookup, search and mention finding."""

    def __init__(self, entries: list[Entry], terms: list[SectorTerm], countries: set[str]):
        self.entries = entries
        self.terms = terms
        self.countries = countries
        self._primary: dict[str, Entry] = {}
        for e in entries:  # the first country/organisation row of a code names it
            if e.code and e.kind in ("country", "organisation") and e.code not in self._primary:
                self._primary[e.code] = e
        self._resolver = None

    @property
    def actors(self) -> Iterator[Actor]:
        """One Actor per entry row (a person has one per role), collectives excepted."""
        return (e.to_actor() for e in self.entries if e.code is not None)

    def get(self, code: str) -> Actor | None:
        """The actor a code stands for; `RUSGOV` is built from RUS and the GOV sector."""
        if code in self._primary:
            return self._primary[code].to_actor()
        country, sector = split_code(code, self.countries)
        if country is None or sector is None:
            return None
        base = self._primary.get(country)
        name = base.name if base else country
        return Actor(code=code, name=f"{name} ({SECTORS[sector]})", country=country,
                     sector=sector, kind="sector")

    def search(self, query: str) -> list[Actor]:
        """Entries whose code, name, role or a form contains `query` (accents and case ignored)."""
        needle = fold(query.strip())
        exact, partial = [], []
        for e in self.entries:
            if e.code is not None and fold(e.code) == needle:
                exact.append(e.to_actor())
            elif any(needle in fold(v) for v in (e.code or "", e.name, e.role or "", *e.forms)):
                partial.append(e.to_actor())
        return exact + partial

    def find_mentions(self, text: str, lang: str | None = None,
                      date: dt.date | None = None) -> list:
        """Actor mentions in `text` (see `dyads.actors.resolver`), offsets into `text`."""
        return self.resolver().find_mentions(text, lang=lang, date=date)

    def find_mentions_and_stances(self, text: str, lang: str | None = None,
                                  date: dt.date | None = None) -> tuple[list, list]:
        """The mentions, and the actors named in an attitude ("pro-russes", "anti-American")."""
        return self.resolver().find_mentions_and_stances(text, lang=lang, date=date)

    def resolver(self):
        if self._resolver is None:
            from dyads.actors.resolver import Resolver
            with _no_gc():  # the automaton's ~65,000 keys: see build_dictionary
                self._resolver = Resolver(self)
        return self._resolver


def shipped_files() -> list[Path]:
    """The package's data files; `countries.tsv` (Babel names) first so it names each code.
    Hand-written files sort before the generated ones of the same kind (`organisations.tsv`
    before `organisations_generated.tsv.gz`), so their rows name a code and come first."""
    files = sorted([*DATA_DIR.glob("*.tsv"), *DATA_DIR.glob("*.tsv.gz")])
    return sorted(files, key=lambda p: p.name != "countries.tsv")


def build_dictionary(extra_files: Iterable[str | Path] = ()) -> ActorDictionary:
    """Read the shipped files and the user's, validate them, return a new dictionary."""
    with _no_gc():
        return _build(extra_files)


@contextlib.contextmanager
def _no_gc():
    """The ~80,000 rows (and the automaton's values) are objects that never form cycles: the
    cyclic garbage collector would only walk them again and again while they are made, which
    cost a fifth of the load time."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _build(extra_files: Iterable[str | Path]) -> ActorDictionary:
    entries: list[Entry] = []
    terms: list[SectorTerm] = []
    sources = [(p, 0) for p in shipped_files()] + [(Path(p), i) for i, p in
                                                   enumerate(extra_files, 1)]
    for path, rank in sources:
        if rank and not path.is_file():
            raise ActorFileError(f"{path}: actor file not found")
        file_entries, file_terms = read_file(path, rank)
        entries += file_entries
        terms += file_terms
    entries = _hand_written_first(entries)
    entries, countries = _check_codes(entries)
    return ActorDictionary(entries, terms, countries)


def _hand_written_first(entries: list[Entry]) -> list[Entry]:
    """An organisation's form written in a hand-made file is that file's only: the same form
    in a generated file (the Phoenix dictionaries code "United States Supreme Court" USAGOV,
    "US Border Patrol" USAGOV) would otherwise stand as a second meaning, and the resolver
    prefers a meaning whose code the text names elsewhere — a government is named in nearly
    every article. Parties keep their generated namesakes ("Green Party" of many countries):
    there the country decides."""
    written = {form.casefold() for e in entries if e.kind == "organisation" and e.rank == 0
               and "_generated" not in e.origin and "parties" not in e.origin for form in e.forms}
    out = []
    for e in entries:
        if e.kind == "organisation" and e.rank == 0 and "organisations_generated" in e.origin:
            forms = tuple(f for f in e.forms if f.casefold() not in written)
            if not forms:
                continue
            if forms != e.forms:
                e = dataclasses.replace(e, forms=forms)
        out.append(e)
    return out


@functools.lru_cache(maxsize=8)
def _cached(extra_files: tuple[str, ...]) -> ActorDictionary:
    return build_dictionary(extra_files)


def load_dictionary(extra_files: Sequence[str | Path] = ()) -> ActorDictionary:
    """The dictionary with the user's files added, loaded once per process per file list."""
    return _cached(tuple(str(Path(p).resolve()) for p in extra_files))
