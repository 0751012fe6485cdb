"""Speakers the dictionary does not know, named with a role in an organisation it knows, in an
apposition: the organisation is the source (references `affiliation`), even when the role
phrase is long ("Research and Advocacy Director for the Middle East and North Africa at
Amnesty International"), and the role adds no state sector to an organisation ("a spokeswoman
for Human Rights Watch" is HRW, not HRWGOV). A person the dictionary knows keeps their code."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)

DAY = dt.date(2019, 11, 20)


@pytest.mark.parametrize("sentence, event_type, source", [
    # a long role phrase closed by "at"/"for" + the organisation
    ("“Iranian authorities must free the detainees,” said Maria Lopez, Research and Advocacy "
     "Director for Eastern Europe and Central Asia at Amnesty International.", "REQUEST", ["AMNESTY"]),
    ("Carla Mendes, deputy director of the Latin America and Caribbean research programme at "
     "Human Rights Watch, condemned the arrests of journalists in Venezuela.", "ACCUSE", ["HRW"]),
    # "researcher" is a role in an organisation
    ("Maria Lopez, a researcher at Human Rights Watch, condemned the arrests.", "ACCUSE", ["HRW"]),
    # a spokesperson's role gives no state sector to an organisation
    ("Jane Doe, a spokeswoman for Human Rights Watch, condemned the killings.", "ACCUSE", ["HRW"]),
])
def test_apposed_role_in_an_organisation_names_the_source(code_en, sentence, event_type, source):
    event = only(code_en(sentence, DAY), event_type)
    assert event.source == source


def test_french_accented_preposition_of_a_role(code_fr):
    # « auprès » written with its accent, and a porte-parole of an NGO is no state official
    event = only(code_fr("Claire Dubois, représentante auprès d'Amnesty International, a dénoncé les arrestations.",
                         DAY), "ACCUSE")
    assert event.source == ["AMNESTY"]
    event = only(code_fr("Claire Dubois, porte-parole de l'ONG Human Rights Watch, a dénoncé les arrestations.",
                         DAY), "ACCUSE")
    assert event.source == ["HRW"]


def test_a_known_person_keeps_their_own_code(code_en):
    event = only(code_en("Emmanuel Macron, a former director at Amnesty International, criticized Russia.", DAY),
                 "ACCUSE")
    assert countries(event.source) == {"FRA"} and countries(event.target) == {"RUS"}
