"""French coder: the people of a region the news names by their own demonym (Tibétains,
Ouïghours, Québécois, Catalans) are people of the state the UN recognises there
(actors/data/country_forms.tsv, places.tsv); the Parti Québécois stays a party. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import countries, only  # noqa: F401
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("text, source", [
    ("Des milliers de Tibétains ont manifesté contre la répression de leur culture.", "CHNCVL"),
    ("Des centaines d'Ouïghours ont manifesté devant l'ambassade de Chine à Ankara.", "CHNCVL"),
    ("Des milliers d'étudiants québécois ont manifesté contre la hausse des frais de scolarité.", "CANCVL"),
    ("Des milliers de manifestants catalans ont défilé à Barcelone.", "ESPCVL"),
])
def test_a_regional_demonym_is_the_state_people(code_fr, text, source):
    event = only(code_fr(text, dt.date(2012, 11, 10)), "PROTEST")
    assert event.source == [source]


def test_the_parti_quebecois_is_a_party_not_canada(code_fr):
    # « le gouvernement du Parti québécois » (in office in 2012): Quebec's government, not Canada
    event = only(code_fr("Au Québec, des associations étudiantes ont dénoncé le gouvernement du Parti québécois.",
                         dt.date(2012, 11, 10)), "ACCUSE")
    assert event.target == ["CANGOV"]


# French parties by the short names of the French press (actors/data/parties.tsv): « le PS »,
# « les Verts » (also ending « Europe Écologie Les Verts » written without its dash); a PS in a text about Portugal is Portugal's
@pytest.mark.parametrize("text, source", [
    ("Le ministre français de l'Économie est à Paris. Le PS a dénoncé la réforme des retraites.", "FRAOPP"),
    ("Le ministre français de l'Économie est à Paris. Europe Écologie Les Verts a dénoncé le projet de loi.", "FRAOPP"),
    ("Le ministre français de l'Économie est à Paris. Les Verts ont dénoncé le projet de loi.", "FRAOPP"),
    ("À Lisbonne, le PS a dénoncé la réforme des retraites.", "PRTOPP"),
])
def test_french_party_short_names(code_fr, text, source):
    event = only(code_fr(text, dt.date(2011, 3, 1)), "ACCUSE")
    assert event.source == [source]
