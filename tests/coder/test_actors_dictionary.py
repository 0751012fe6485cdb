"""Loading, validation, lookup and search of the actor dictionary, and `dyads actors`."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from dyads.actors import SECTORS, ActorFileError, load_dictionary

HEADER = "code\tkind\tname\tforms\tcountry\trole\tstart\tend\n"


@pytest.fixture(scope="module")
def actors():
    return load_dictionary()


def test_loaded_once_per_file_list(actors):
    assert load_dictionary() is actors


def test_every_iso_country_has_french_and_english_names(actors):
    assert len({a.code for a in actors.actors if a.kind == "country"}) >= 249
    assert actors.get("RUS").name == "Russia"
    assert actors.get("RUSGOV").sector == "GOV" and actors.get("RUSGOV").country == "RUS"
    assert actors.get("NATO").kind == "organisation"
    assert actors.get("XXXGOV") is None and actors.get("nope") is None


def test_search_ignores_accents_and_case(actors):
    found = actors.search("lavrov")
    assert found and all(a.code == "RUSGOV" for a in found if a.kind == "person")
    assert any(a.code == "USA" for a in actors.search("etats-unis"))
    assert actors.search("NATO")[0].code == "NATO"


@pytest.mark.parametrize("line, problem", [
    ("RUSXYZ\tcountry\tRussia\tRussie\t\t\t\t", "bad code 'RUSXYZ'"),
    ("RUSGOV\tperson\tX\tX\tRUS\trole\t2022-13-01\t", "bad date '2022-13-01'"),
    ("RUSGOV\tpeople\tX\tX\tRUS\t\t\t", "unknown kind 'people'"),
    ("RUSGOV\tperson\tX\t\tRUS\t\t\t", "missing value in column 'forms'"),
])
def test_a_bad_line_names_file_line_and_problem(tmp_path, line, problem):
    path = tmp_path / "mine.tsv"
    path.write_text("# my actors\n" + HEADER + "FRAGOV\tplace\tÉlysée\tÉlysée\t\t\t\t\n" + line,
                    encoding="utf-8")
    with pytest.raises(ActorFileError) as error:
        load_dictionary([path])
    assert f"{path}:4" in str(error.value) and problem in str(error.value)


def test_unknown_sector_and_missing_column(tmp_path):
    sectors = tmp_path / "sectors.tsv"
    sectors.write_text("sector\ttype\tlang\tforms\nSPY\tterm\ten\tspies\n", encoding="utf-8")
    with pytest.raises(ActorFileError, match=r"sectors.tsv:2: unknown sector 'SPY'"):
        load_dictionary([sectors])
    columns = tmp_path / "columns.tsv"
    columns.write_text("code\tname\nRUS\tRussia\n", encoding="utf-8")
    with pytest.raises(ActorFileError, match="missing column"):
        load_dictionary([columns])


def test_user_file_adds_and_overrides(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text(HEADER + "WAGNER\torganisation\tWagner Group\tgroupe Wagner|Wagner\t\t\t\t\n"
                    "BEL\tplace\tBrussels\tBruxelles\t\t\t\t\n", encoding="utf-8")
    mine = load_dictionary([path])
    day = dt.date(2022, 2, 14)
    found = [m.code for m in mine.find_mentions("Le groupe Wagner et Bruxelles", date=day)]
    assert found == ["WAGNER", "BEL"]
    assert [m.code for m in load_dictionary().find_mentions("Bruxelles", date=day)] == ["EU"]


def test_cli_searches_actors_as_json():
    from dyads.cli import actors as _  # noqa: F401  (registers the command)
    from dyads.cli.app import app

    result = CliRunner().invoke(app, ["actors", "lavrov", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows and rows[0]["code"] == "RUSGOV" and rows[0]["name"] == "Sergey Lavrov"


def test_cli_reports_a_bad_user_file(tmp_path):
    from dyads.cli import actors as _  # noqa: F401
    from dyads.cli.app import app

    path = tmp_path / "bad.tsv"
    path.write_text(HEADER + "RUS\tnation\tRussia\tRussie\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["actors", "--actors", str(path)])
    assert result.exit_code == 2 and "bad.tsv:2" in result.output


# --- the generated files (scripts/build_actors.py) ------------------------------------------

def test_the_shipped_data_holds_20000_people_in_office_since_2000(actors):
    rows: dict[str, list] = {}
    for e in actors.entries:
        if e.kind == "person":
            rows.setdefault(e.name, []).append(e)
    first, today = dt.date(2000, 1, 1), dt.date.today()
    recent = [name for name, roles in rows.items()
              if any((r.start is None or r.start <= today) and (r.end is None or r.end > first)
                     for r in roles)]
    assert len(recent) >= 20000
    organisations = {e.code for e in actors.entries if e.kind == "organisation"}
    for e in actors.entries:  # every code is a country, COUNTRY+SECTOR or a declared organisation
        if e.code is not None:
            assert (e.code in actors.countries or e.code in organisations
                    or (e.code[:3] in actors.countries and e.code[3:] in SECTORS)), e.origin
        if e.kind == "person":
            assert e.country in actors.countries and e.forms, e.origin
    assert len(organisations) >= 300


@pytest.mark.parametrize("text, day, code", [
    # Phoenix: Iraq's foreign minister, then a former one
    ("Hoshyar Zebari a rencontré", dt.date(2010, 5, 1), "IRQGOV"),
    ("Hoshyar Zebari a rencontré", dt.date(2020, 5, 1), "IRQOPP"),
    # IfG: a UK minister, then an MP out of government, then a minister again
    ("Hilary Benn said", dt.date(2005, 1, 1), "GBRGOV"),
    ("Hilary Benn said", dt.date(2012, 1, 1), "GBRLEG"),
    ("Hilary Benn said", dt.date(2025, 1, 1), "GBRGOV"),
    # US Congress and EveryPolitician legislators
    ("Nancy Pelosi said", dt.date(2010, 1, 1), "USALEG"),
    ("Inmaculada Rodríguez-Piñero said", dt.date(2013, 1, 1), "ESPLEG"),
    # hand-written rows since 2014 (people_recent.tsv)
    ("Haider al-Abadi said", dt.date(2016, 1, 1), "IRQGOV"),
    ("Haider al-Abadi said", dt.date(2020, 1, 1), "IRQOPP"),
    # organisations of the Phoenix dictionaries
    ("the Nusra Front", dt.date(2014, 1, 1), "SYRREB"),
    ("the Asian Development Bank", dt.date(2014, 1, 1), "ADB"),
    ("the Organization of American States", dt.date(2014, 1, 1), "OAS"),
    # people_2000s.tsv: office holders of 2000-2013 the generated files lacked or coded wrong
    ("Jörg Haider said", dt.date(2005, 4, 1), "AUTGOV"),
    ("Guillaume Soro said", dt.date(2008, 1, 1), "CIVGOV"),
    ("Guillaume Soro said", dt.date(2006, 12, 1), "CIVREB"),
    ("Mahathir Mohamad said", dt.date(2001, 1, 1), "MYSGOV"),
    # a hand-written role keeps the generated seat before and after it (Speaker 2007-2011)
    ("Nancy Pelosi said", dt.date(2005, 1, 1), "USALEG"),
    ("Nancy Pelosi said", dt.date(2019, 6, 1), "USALEG"),
    # an organisation's rows hold between their dates
    ("The Taliban said", dt.date(2019, 6, 1), "AFGREB"),
    ("The Taliban said", dt.date(2022, 6, 1), "AFGGOV"),
    ("The NTC said", dt.date(2011, 5, 1), "LBYREB"),
    ("The NTC said", dt.date(2012, 1, 1), "LBYGOV"),
    ("Le Conseil national syrien a dit", dt.date(2012, 10, 1), "SYROPP"),
    # the SPLM and the SPLA became South Sudan's ruling party and army at its independence
    ("The SPLA said", dt.date(2005, 1, 1), "SDNREB"),
    ("The SPLA said", dt.date(2015, 1, 1), "SSDMIL"),
    ("The SPLM said", dt.date(2014, 1, 1), "SSDGOV"),
    ("The SPLM-North said", dt.date(2015, 1, 1), "SDNREB"),
])
def test_people_and_organisations_at_real_dates(actors, text, day, code):
    assert [m.code for m in actors.find_mentions(text, date=day)] == [code]


@pytest.mark.parametrize("text, day", [
    ("Le CNT a dit", dt.date(2021, 6, 1)),  # Mali's transitional council, not Libya's of 2011
    ("The Syrian National Coalition said", dt.date(2011, 6, 1)),  # founded in November 2012
])
def test_an_organisation_outside_its_dates_is_no_mention(actors, text, day):
    assert actors.find_mentions(text, date=day) == []


@pytest.mark.parametrize("text, lang", [
    ("Hernán Cortés est arrivé au Mexique.", "fr"),  # not the Spanish Cortes
    ("Le guide suprême des Frères musulmans a parlé.", "fr"),  # not Iran's
    ("Le tunnel transalpin relie Lyon à Turin.", "fr"),  # across the Alps, not Italian
])
def test_names_of_bodies_that_are_also_other_words(actors, text, lang):
    found = {m.code for m in actors.find_mentions(text, lang=lang, date=dt.date(2015, 1, 1))}
    assert not found & {"ESPLEG", "IRNGOV"} and "ITA" not in {
        m.code for m in actors.find_mentions(text.split(" relie")[0], lang=lang, date=dt.date(2015, 1, 1))}


def test_a_generated_surname_alone_is_no_mention(actors):
    assert actors.find_mentions("Zebari said", date=dt.date(2010, 5, 1)) == []


def test_user_file_overrides_a_generated_person(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text(HEADER + "IRQOPP\tperson\tH. Zebari\tHoshyar Zebari\tIRQ\tformer\t\t\n",
                    encoding="utf-8")
    mine = load_dictionary([path])
    found = mine.find_mentions("Hoshyar Zebari said", date=dt.date(2010, 5, 1))
    assert [(m.code, m.entry.split(" [")[0]) for m in found] == [("IRQOPP", "H. Zebari")]


def test_a_bad_line_of_a_compressed_file_names_file_and_line(tmp_path):
    import gzip

    path = tmp_path / "mine.tsv.gz"
    path.write_bytes(gzip.compress((HEADER + "RUSGOV\tpeople\tX\tX\tRUS\t\t\t\n").encode()))
    with pytest.raises(ActorFileError, match=r"mine.tsv.gz:2: unknown kind 'people'"):
        load_dictionary([path])


@pytest.mark.parametrize("text, code", [
    # in government on the day asked (2020): the governing party is the government
    ("In Britain, the Tories criticised the budget.", "GBRGOV"),
    ("British Conservatives voted against.", "GBRGOV"),
    ("In Britain, Labour criticised the budget.", "GBROPP"),
    ("Republicans in the United States Congress objected.", "USAOPP"),
    ("Les Républicains ont critiqué le gouvernement français.", "FRAOPP"),
])
def test_parties_by_their_members_names_where_their_country_is_named(actors, text, code):
    lang = "fr" if "Les " in text else "en"
    assert code in {m.code for m in actors.find_mentions(text, lang=lang, date=dt.date(2020, 1, 1))}
    # with no country named, the same words are nobody's party ("Republicans" of which state?)
    alone = text.split(",")[-1] if "," in text else text.replace("British ", "").replace(" in the United States Congress", "").replace(" français", "")
    assert code not in {m.code for m in actors.find_mentions(alone, lang=lang, date=dt.date(2020, 1, 1))}


@pytest.mark.parametrize("text, lang, code", [
    # organisations.tsv: international bodies, armed groups, companies, news organisations
    ("La Francophonie a condamné le coup d'État.", "fr", "OIF"),
    ("L'Organisation des États américains a protesté.", "fr", "OAS"),
    ("Les Gardiens de la révolution ont tiré.", "fr", "IRNMIL"),
    ("The Janjaweed attacked the village.", "en", "SDNREB"),
    ("Gazprom cut deliveries.", "en", "RUSBUS"),
    ("The International Olympic Committee banned the team.", "en", "IOC"),
    # seats of power, legislatures and services named by their own names
    ("The Blue House said", "en", "KORGOV"),
    ("The Storting voted.", "en", "NORLEG"),
    ("The GRU hacked the servers.", "en", "RUSMIL"),
    ("The Tatmadaw seized power.", "en", "MMRMIL"),
    ("The Palestinian Authority protested.", "en", "PSEGOV"),
    ("Le Guide suprême iranien a prévenu.", "fr", "IRNGOV"),
    ("La place Beauvau a démenti.", "fr", "FRAGOV"),
    # public_figures.tsv: people of the news with no office
    ("Julian Assange said", "en", "AUSCVL"),
    ("Greta Thunberg a dénoncé", "fr", "SWECVL"),
])
def test_organisations_and_public_figures_of_the_news(actors, text, lang, code):
    assert code in {m.code for m in actors.find_mentions(text, lang=lang, date=dt.date(2019, 6, 1))}


def test_a_platform_where_something_was_said_is_no_actor(actors):
    assert actors.find_mentions("He wrote on Twitter and on Facebook.", lang="en", date=dt.date(2019, 6, 1)) == []
