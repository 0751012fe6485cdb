"""scripts/build_actors.py: the TABARI reader, the code and name rules, and the output, on a
small inline Phoenix-format dictionary (the real sources are not needed)."""

from __future__ import annotations

import datetime as dt
import gzip
import importlib.util
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from dyads.actors import load_dictionary
from dyads.actors.dictionary import DATA_DIR

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_actors.py"
spec = importlib.util.spec_from_file_location("build_actors", SCRIPT)
build = importlib.util.module_from_spec(spec)
sys.modules["build_actors"] = build  # dataclasses look their module up while it loads
spec.loader.exec_module(build)

PHOENIX = """\
# TABARI-formatted .actor file
AFGHANISTAN_  [AFG]
+KABUL_
SERGEY_V._LAVROV_  # CountryInfo.txt
+SERGEI_LAVROV_
+FOREIGN_MINISTER_LAVROV_
+LAVROV_
	[RUSELI 500101-040308]
	[RUSGOVMIL 040309-061231]
	[RUSGOV >070101]
ABDUL_RAHIM_WARDAK_  # CountryInfo.txt
	[AFGGOVMIL 041201-120807]
	[AFGMIL 900101-041130]
OLD_MINISTER_SMITH_
	[GBRGOV 19700101-19791231]
TORIKH_KHALIL_
	[ITLGOV 20100101-20121231]
ANNA_TEST_
	[GBRVGBGOV 100101-121231]
NORTHERN_ALLIANCE_
	[AFGREB 960101-011231]
BAD_DATE_PERSON_
	[AFGGOV 2004017-20061201]
AFGHAN_NATIONAL_ARMY
+ANA
	[AFGMIL]
"""


@pytest.fixture(scope="module")
def known():
    return build.Known.read(DATA_DIR)


@pytest.fixture(scope="module")
def people(known):
    mapper = build.CodeMapper(known.countries)
    return {p.name: p for p in build.phoenix_people(build.parse_tabari(PHOENIX), mapper, known,
                                                    "phoenix test", defaultdict(int))}


def test_tabari_entries_names_variants_and_codes():
    entries = {e.name: e for e in build.parse_tabari(PHOENIX)}
    lavrov = entries["SERGEY_V._LAVROV"]
    assert lavrov.variants == ["SERGEI_LAVROV", "FOREIGN_MINISTER_LAVROV", "LAVROV"]
    assert lavrov.codes == [("RUSELI", "500101-040308"), ("RUSGOVMIL", "040309-061231"),
                            ("RUSGOV", ">070101")]
    assert entries["AFGHANISTAN"].codes == [("AFG", "")]


@pytest.mark.parametrize("text, day", [
    ("090120", dt.date(2009, 1, 20)),  # two-digit years up to 30 are 20YY
    ("510724", dt.date(1951, 7, 24)),
    ("19411207", dt.date(1941, 12, 7)),
])
def test_tabari_dates(text, day):
    assert build.tabari_date(text) == day


@pytest.mark.parametrize("text", ["2004017", "20100931", "abc"])
def test_bad_tabari_dates_raise(text):
    with pytest.raises(ValueError):
        build.tabari_date(text)


def test_tabari_ranges_end_the_day_after_their_last_day():
    assert build.tabari_range("040309-061231") == (dt.date(2004, 3, 9), dt.date(2007, 1, 1), False)
    assert build.tabari_range(">070101") == (dt.date(2007, 1, 1), None, True)
    assert build.tabari_range("<061231") == (None, dt.date(2007, 1, 1), False)


@pytest.mark.parametrize("raw, code", [
    ("RUSGOV", "RUSGOV"), ("RUSGOVMIL", "RUSGOV"),  # a defence minister is the government
    ("ITLGOV", "ITAGOV"), ("JAPMIL", "JPNMIL"),  # CAMEO country codes become ISO alpha-3
    ("AFGSPY", "AFGGOV"), ("AFGINS", "AFGREB"), ("COLUAF", "COLREB"), ("USAMNC", "USABUS"),
    ("GBRVGBGOV", "VGBGOV"),  # a territory after its state is the country
    ("RUSELI", None), ("AFRGOV", None),  # elites are no role; regions are no country
    ("IGOUNOKID", "UN"), ("IGOWSTNAT", "NATO"), ("IGOEUREEC", "EU"), ("IGOOAS", "OAS"),
    ("MNCUSA", "USABUS"), ("NGOUSAHRI", "USACVL"),
])
def test_person_codes(known, raw, code):
    mapped = build.CodeMapper(known.countries).person(raw)
    assert (mapped.code if mapped else None) == code


@pytest.mark.parametrize("raw, code", [
    ("IGOUNOHLHWHO", "WHO"), ("IGOUNODEVWBK", "WB"), ("IGOASADEVADB", "ADB"),
    ("NGOHRIAMN", "NGO"), ("NGOUSAHRI", "USACVL"), ("MNCCHNHKG", "HKGBUS"), ("MNC", "MNC"),
    ("IMGMUSALQ", "AQ"), ("SYRREBMUS", "SYRREB"), ("MED", "MEDIA"), ("AFG", None),
    ("AFGELI", None), ("MEA", None),
])
def test_organisation_codes(known, raw, code):
    assert build.CodeMapper(known.countries).organisation(raw) == code


@pytest.mark.parametrize("raw, form", [
    ("SERGEY_V._LAVROV_", "Sergey V. Lavrov"),
    ("BASHAR_AL-ASSAD", "Bashar al-Assad"),
    ("OSAMA_BIN_LADEN", "Osama bin Laden"),
    ("URSULA_VON_DER_LEYEN", "Ursula von der Leyen"),
    ("JEAN-MARIE_LE_PEN", "Jean-Marie Le Pen"),
    ("JOHN_MCCAIN", "John McCain"),
    ("MAURICIO_MACRI", "Mauricio Macri"),
    ("SIR_PAULIAS_MATANE_", "Paulias Matane"),  # an honorific is dropped
    ("FOREIGN_MINISTER_ASHRAF_GHANI_", None),  # a title: a post, not a form of the person
    ("KING_ABDULLAH", None),
    ("LAVROV_", None),  # a surname alone is not a form of a generated person
    ("K._ANNAN_", None),  # an initial is not a first name
    ("ANTHONY_CROSLAND,_THEN_DAVID_OWEN_", None),
])
def test_person_forms(raw, form):
    assert build.person_form(raw) == form


def test_people_of_a_phoenix_file(people):
    lavrov = people["Sergey V. Lavrov"]
    assert lavrov.forms == ["Sergey V. Lavrov", "Sergei Lavrov"]  # no title, no surname alone
    assert lavrov.country == "RUS"
    # the ELI row is dropped; the open role ends on the day Phoenix's dates stop being news
    assert [(r.code, r.start, r.end) for r in lavrov.roles] == [
        ("RUSGOV", dt.date(2004, 3, 9), dt.date(2007, 1, 1)),
        ("RUSGOV", dt.date(2007, 1, 1), build.PHOENIX_OPEN_END)]
    assert lavrov.roles[0].role == "government (defence)"
    # a sector changing over time gives several rows
    wardak = people["Abdul Rahim Wardak"]
    assert [r.code for r in wardak.roles] == ["AFGMIL", "AFGGOV"]
    assert people["Torikh Khalil"].roles[0].code == "ITAGOV"
    assert people["Anna Test"].country == "VGB"
    # groups with dates and entries with bad dates are no people
    assert "Northern Alliance" not in people and "Bad Date Person" not in people


def test_merge_leaves_out_hand_written_people_and_people_gone_before_2000(known, people):
    stats = defaultdict(int)
    merged = {p.name for p in build.merge_people([list(people.values())], known, stats)}
    assert "Sergey V. Lavrov" not in merged  # people.tsv has Sergey Lavrov: same form
    assert "Old Minister Smith" not in people or "Old Minister Smith" not in merged
    assert "Abdul Rahim Wardak" in merged
    assert stats["people already hand-written"] == 1


def test_a_hand_written_person_keeps_the_generated_roles_before_the_hand_written_ones(known):
    # people_recent.tsv knows Faure Gnassingbé from 2003-07-29, in office ever since: a source's
    # role that ended before stays (his earlier career); one that runs into the hand-written
    # years is cut where they begin
    before = build.Role("TGOGOV", dt.date(1999, 1, 1), dt.date(2003, 7, 29), "government (economy)", "test")
    across = build.Role("TGOLEG", dt.date(2002, 1, 1), dt.date(2007, 1, 1), "member of parliament", "test")
    during = build.Role("TGOGOV", dt.date(2005, 5, 4), dt.date(2016, 1, 1), "government", "test")
    faure = build.Person("Faure Gnassingbe", "TGO", ["Faure Gnassingbe"], [before, across, during], "phoenix")
    stats = defaultdict(int)
    merged = build.merge_people([[faure]], known, stats)
    assert [(p.name, [(r.start, r.end) for r in p.roles]) for p in merged] == [
        ("Faure Gnassingbe", [(dt.date(1999, 1, 1), dt.date(2003, 7, 29)), (dt.date(2002, 1, 1), dt.date(2003, 7, 29))])]
    assert merged[0].forms == ["Faure Gnassingbe"]  # the name stays findable for those years
    assert stats["people hand-written for part of their career, other roles kept"] == 1


def test_a_hand_written_person_keeps_the_generated_roles_after_the_hand_written_ones():
    # a Speaker of 2007-2011 written by hand who sat in the House before and after: the
    # source's seat is kept outside the hand-written years
    seat = build.Role("USALEG", dt.date(1987, 6, 2), None, "representative", "test")
    hand = build.Known(countries=set(), place_keys=set(), adjectives=set(), person_names={"nancy pelosi"},
                       person_forms={"nancy pelosi"}, person_words={"nancy pelosi"},
                       person_from={"nancy pelosi": dt.date(2007, 1, 4)},
                       person_until={"nancy pelosi": dt.date(2011, 1, 3)})
    person = build.Person("Nancy Pelosi", "USA", ["Nancy Pelosi"], [seat], "congress")
    merged = build.merge_people([[person]], hand, defaultdict(int))
    assert [(r.start, r.end) for r in merged[0].roles] == [(dt.date(1987, 6, 2), dt.date(2007, 1, 4)),
                                                           (dt.date(2011, 1, 3), None)]


def test_people_of_two_states_with_one_name_are_told_apart(known):
    role = build.Role("AFGGOV", dt.date(2005, 1, 1), None, "government", "test")
    one = build.Person("Ali Test Ahmed", "AFG", ["Ali Test Ahmed"], [role], "phoenix")
    two = build.Person("Ali Test Ahmed", "PAK", ["Ali Test Ahmed"],
                       [build.Role("PAKGOV", dt.date(2005, 1, 1), None, "government", "test")],
                       "phoenix")
    merged = build.merge_people([[one, two]], known, defaultdict(int))
    assert sorted(p.name for p in merged) == ["Ali Test Ahmed (AFG)", "Ali Test Ahmed (PAK)"]


def test_organisations_of_a_phoenix_file(known):
    mapper = build.CodeMapper(known.countries)
    orgs = build.phoenix_organisations(build.parse_tabari(PHOENIX), mapper, known, {"ABDUL"},
                                       "phoenix countries", defaultdict(int))
    assert [(o.code, o.forms) for o in orgs] == [("AFGMIL", ["Afghan National Army", "ANA"])]


def test_company_and_armed_group_forms():
    assert build.organisation_form("APPLE", "company") is None  # a common word
    assert build.organisation_form("ABBOTT_LABORATORIES", "company") == "Abbott Laboratories"
    assert build.organisation_form("BLACK_FRIDAY_", "group") is None  # a phrase, not a group
    assert build.organisation_form("AL-AQSA_MARTYRS_BRIGADES_", "group") == \
        "Al-Aqsa Martyrs Brigades"
    assert build.organisation_form("UNICEF_", "other") == "UNICEF"


def test_person_rows_put_the_forms_and_the_government_first():
    person = build.Person("Jane Minister", "GBR", ["Jane Minister", "Jane Q. Minister"], [
        build.Role("GBRLEG", dt.date(1997, 5, 1), None, "member of parliament", "ifg"),
        build.Role("GBRGOV", dt.date(2003, 1, 1), dt.date(2005, 1, 1), "minister", "ifg"),
    ], "ifg")
    rows = build.person_rows(person)
    assert [r[0] for r in rows] == ["GBRGOV", "GBRLEG"]  # in office, the row found first
    assert rows[0][3] == "Jane Minister|Jane Q. Minister" and rows[1][3] == ""


def test_gzip_output_is_the_same_bytes_every_time(tmp_path):
    rows = [("RUSGOV", "person", "A B", "A B", "RUS", "x", "2001-01-01", "", "test")]
    for name in ("one.tsv.gz", "two.tsv.gz"):
        build.write_gzip_tsv(tmp_path / name, "comment", rows)
    assert (tmp_path / "one.tsv.gz").read_bytes() == (tmp_path / "two.tsv.gz").read_bytes()
    text = gzip.decompress((tmp_path / "one.tsv.gz").read_bytes()).decode()
    assert text.splitlines()[1] == build.HEADER.strip()
    mine = load_dictionary([tmp_path / "one.tsv.gz"])  # a user file may be compressed too
    assert any(e.name == "A B" for e in mine.entries)


def test_a_legislature_phoenix_codes_as_the_government_is_the_legislature(known):
    text = ("UNITED_STATES_CONGRESS_\n+US_HOUSE_OF_REPRESENTATIVES_\n\t[USAGOV]\n"
            "FOREIGN_INVESTMENT_BOARD_\n\t[USAGOV]\n")
    orgs = build.phoenix_organisations(build.parse_tabari(text), build.CodeMapper(known.countries),
                                       known, set(), "phoenix countries", defaultdict(int))
    assert [(o.code, o.name) for o in orgs] == [("USALEG", "United States Congress"),
                                                ("USAGOV", "Foreign Investment Board")]


def test_the_shipped_dictionary_codes_the_us_house_as_the_legislature():
    found = load_dictionary().find_mentions("The United States House of Representatives impeached "
                                            "the president.", lang="en")
    assert [(m.text, m.code) for m in found] == [("United States House of Representatives", "USALEG")]


PARTY_FACTS = """\
country,partyfacts_id,technical,name_short,name,name_english,name_other,year_first,year_last,share
FRA,1,,FN / RN,Front National / Rassemblement national,National Front / National Rally,,1972,,14.9
FRA,2,,PS,Parti socialiste,Socialist Party,,1969,,36.0
BEL,3,,PS,Parti Socialiste,Socialist Party,,1978,,13.0
FRA,4,,LR,Les Républicains,The Republicans,,2015,,22.2
FRA,5,,EELV,Europe Écologie – Les Verts,Europe Ecology - The Greens,,2010,,5.5
HUN,6,,Fidesz,Fidesz – Magyar Polgári Szövetség,Fidesz – Hungarian Civic Alliance,,1988,,41.1
FRA,7,,Ren,Renaissance,Renaissance,,2022,,28.0
FRA,8,,UDF,Union pour la démocratie française,Union for French Democracy,,1978,1998,19.1
FRA,9,,exg,extrême gauche,other far-left,,1893,,3.4
FRA,10,1,tech,technical,technical,,1800,,
"""


def test_party_facts_forms_and_order(known):
    stats = defaultdict(int)
    parties = build.partyfacts_parties(PARTY_FACTS, known, stats)
    forms = {p.ident: p.forms for p in parties}
    assert forms[1] == ["Front National", "Rassemblement national", "National Front", "National Rally"]
    assert 4 not in forms  # "(Les) Républicains" is one word once the article goes; "LR" too short
    assert forms[5][:3] == ["Europe Écologie – Les Verts", "Europe Écologie", "Europe Ecology - The Greens"]
    assert "EELV" in forms[5] and "Fidesz" in forms[6]  # an acronym; a native word that is its acronym
    assert 7 not in forms  # "Renaissance" is a word of the language: no safe form
    assert 8 not in forms and 9 not in forms and 10 not in forms  # gone before 2000; no parties
    assert all(p.code == p.code[:3] + "OPP" for p in parties)
    rows = build.party_rows(parties, taken={build.key("National Front")})
    assert [r[-1] for r in rows][:3] == ["party facts 6", "party facts 2", "party facts 1"]  # largest first
    assert "National Front" not in rows[2][3].split("|")  # a form another organisation has
    assert {r[5] for r in rows} == {"party"}


PARLGOV = {
    "countries": "id,name,name_short\n1,France,FRA\n2,United Kingdom,GBR\n",
    # FRA: cabinets of 1995, 2002, 2012, 2014; GBR: 1997, 2010
    "cabinets": "id,country,start_date,name\n"
                "10,1,1995-05-18,Juppe\n11,1,2002-05-07,Raffarin\n12,1,2012-05-15,Ayrault\n"
                "13,1,2014-03-31,Valls\n20,2,1997-05-02,Blair\n21,2,2010-05-11,Cameron\n",
    # ParlGov party 100 (RPR/UMP) sat in 1995 and 2002, 200 (PS) in 2012 and 2014, 300 (Verts)
    # in 2012 only, 400 (no Party Facts link) in 2014; Labour 500, then Conservatives 600
    "cabinet parties": "id,cabinet,party\n1,10,100\n2,11,100\n3,12,200\n4,12,300\n5,13,200\n"
                       "6,13,400\n7,20,500\n8,21,600\n",
}
LINKS = "parlgov_id,partyfacts_id\n100,11\n200,2\n300,5\n400,NA\n500,12\n600,13\n"


def test_governing_spells_run_from_a_cabinet_to_the_next_without_the_party():
    stats = defaultdict(int)
    cabinets = build.parlgov_cabinets(PARLGOV, LINKS, stats)
    assert stats["parlgov cabinet parties without a Party Facts link"] == 1  # "NA" is no link
    spells = build.governing_spells(cabinets)
    day = dt.date.fromisoformat
    assert spells[11] == [(day("1995-05-18"), day("2012-05-15"))]  # two cabinets in a row: one span
    assert spells[2] == [(day("2012-05-15"), None)]  # still in the last cabinet recorded
    assert spells[5] == [(day("2012-05-15"), day("2014-03-31"))]
    assert spells[12] == [(day("1997-05-02"), day("2010-05-11"))]
    # a cabinet formed since ends the last one: Labour back, the Conservatives out
    recent = build.Cabinet("GBR", day("2024-07-05"), frozenset({12}))
    spells = build.governing_spells(cabinets + [recent])
    assert spells[12] == [(day("1997-05-02"), day("2010-05-11")), (day("2024-07-05"), None)]
    assert spells[13] == [(day("2010-05-11"), day("2024-07-05"))]
    # spans over before 2000 are left out
    old = build.governing_spells([build.Cabinet("FRA", day("1990-01-01"), frozenset({7})),
                                  build.Cabinet("FRA", day("1995-01-01"), frozenset())])
    assert 7 not in old


def test_a_party_of_a_cabinet_is_dated_gov_and_opp_around_it(known):
    parties = build.partyfacts_parties(PARTY_FACTS, known, defaultdict(int))
    day = dt.date.fromisoformat
    rows = build.party_rows(parties, taken=set(),
                            spells={5: [(day("1997-06-02"), day("2002-05-07")),
                                        (day("2012-05-15"), day("2014-03-31"))],
                                    2: [(day("2012-05-15"), None)]})
    greens = [(r[0], r[6], r[7]) for r in rows if r[-1].startswith("party facts 5")]
    assert greens == [("FRAOPP", "", "1997-06-02"), ("FRAGOV", "1997-06-02", "2002-05-07"),
                      ("FRAOPP", "2002-05-07", "2012-05-15"), ("FRAGOV", "2012-05-15", "2014-03-31"),
                      ("FRAOPP", "2014-03-31", "")]
    socialists = [(r[0], r[6], r[7]) for r in rows if r[-1].startswith("party facts 2")]
    assert socialists == [("FRAOPP", "", "2012-05-15"), ("FRAGOV", "2012-05-15", "")]
    assert [r[0] for r in rows if r[-1] == "party facts 6"] == ["HUNOPP"]  # no span: undated


def test_the_shipped_dictionary_codes_a_party_in_government_as_the_government():
    shipped = load_dictionary()

    def code(text, day):
        return [m.code for m in shipped.find_mentions(text, lang="fr", date=dt.date.fromisoformat(day))
                if m.text == "Europe Écologie"]

    text = "En France, Europe Écologie a critiqué la décision."
    assert code(text, "2013-01-10") == ["FRAGOV"]  # in Ayrault's cabinets
    assert code(text, "2016-06-01") == ["FRAOPP"]
    tories = [m.code for m in shipped.find_mentions("In Britain, the Conservatives won.", lang="en",
                                                    date=dt.date(2019, 12, 13)) if m.text == "Conservatives"]
    assert tories == ["GBRGOV"]


def test_a_party_is_read_only_where_its_country_is_named(tmp_path):
    path = tmp_path / "parties.tsv"
    path.write_text(build.HEADER + "".join("\t".join(row) + "\n" for row in [
        ("FRAOPP", "organisation", "Parti socialiste", "Parti socialiste", "", "party", "", "", "t"),
        ("BELOPP", "organisation", "Parti Socialiste", "Parti Socialiste|PSB", "", "party", "", "", "t"),
    ]), encoding="utf-8")
    mine = load_dictionary([path])

    def codes(text):
        return [(m.text, m.code) for m in mine.find_mentions(text, lang="fr")]

    assert codes("Le Parti socialiste a voté contre.") == []  # whose? no country named
    assert codes("En Belgique, le Parti socialiste a voté contre.") == [("Belgique", "BEL"),
                                                                          ("Parti socialiste", "BELOPP")]
    assert ("Parti socialiste", "FRAOPP") in codes("Le Parti socialiste de François Hollande a gagné.")
    assert codes("Le PSB a voté contre.") == []
