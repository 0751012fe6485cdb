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
