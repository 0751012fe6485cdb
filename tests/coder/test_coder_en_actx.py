"""Actors found but not coded (helper actx): people of the 2018-2020 news the dictionary lacked
(office holders dated by role: Puerto Rico's governor of five days, the British royals as the
state, Justice Department prosecutors ...), « s'occuper de » (taking care of, not occupying) and
documents "provided" in a relative clause (no aid). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)

NOV_2019 = dt.date(2019, 11, 20)


@pytest.mark.parametrize("sentence, day, event_type, source", [
    # royals as the state, until Prince Andrew stepped back from public duties
    ("Prince Andrew denied the claims made in the interview.", dt.date(2019, 11, 17), "REJECT", ["GBRGOV"]),
    ("Prince Charles praised the nurses of the hospital.", dt.date(2019, 3, 1), "SUPPORT", ["GBRGOV"]),
    # a governor removed by the court after five days is out of office the day after
    ("Pedro Pierluisi criticized the Senate of Puerto Rico.", dt.date(2019, 8, 5), "ACCUSE", ["PRIGOV"]),
    ("Pedro Pierluisi criticized the Senate of Puerto Rico.", dt.date(2019, 8, 9), "ACCUSE", ["PRIOPP"]),
    # prosecutors and officials of the Justice Department and the impeachment inquiry
    ("Geoffrey Berman charged two prison guards with falsifying records.", NOV_2019, "ACCUSE", ["USAJUD"]),
    ("Gordon Sondland urged Ukraine to open an investigation.", NOV_2019, "REQUEST", ["USAGOV"]),
    ("Kathleen Hawk Sawyer criticized the guards of the prison.", NOV_2019, "ACCUSE", ["USAGOV"]),
    ("Saeb Erekat condemned the decision of the United States.", NOV_2019, "ACCUSE", ["PSEGOV"]),
    ("Ben Sasse criticized the Bureau of Prisons.", NOV_2019, "ACCUSE", ["USALEG"]),
])
def test_people_of_the_2019_news(code_en, sentence, day, event_type, source):
    assert only(code_en(sentence, day), event_type).source == source


@pytest.mark.parametrize("sentence, event_type", [
    ("Philippe Varin a rejeté les accusations du gouvernement français.", "REJECT"),
    ("Jean-François Roubaud a vivement critiqué le gouvernement français.", "ACCUSE"),
])
def test_french_business_leaders(code_fr, sentence, event_type):
    event = only(code_fr(sentence, dt.date(2012, 7, 12)), event_type)
    assert event.source == ["FRABUS"] and event.target == ["FRAGOV"]


@pytest.mark.parametrize("sentence", [
    "Le ministre russe s'occupe des réfugiés syriens en Turquie.",
    "Le ministre russe, qui s'occupe du Vatican, est parti.",
])
def test_s_occuper_de_is_no_occupation(code_fr, sentence):
    assert code_fr(sentence) == []


def test_occupying_is_still_an_attack(code_fr):
    event = only(code_fr("L'armée russe a occupé la Crimée."), "ASSAULT")
    assert event.source == ["RUSMIL"] and countries(event.target) == {"UKR"}


@pytest.mark.parametrize("sentence", [
    "The documents France provided to the German government were old.",
    "The records Britain provided to the German government were incomplete.",
    "The State Department provided emails to Congress.",
])
def test_documents_provided_are_no_aid(code_en, sentence):
    assert [e for e in code_en(sentence, NOV_2019) if e.type == "AID"] == []


def test_goods_provided_in_a_relative_clause_are_aid(code_en):
    event = only(code_en("The tents Germany provided to Turkey arrived."), "AID")
    assert event.source == ["DEU"] and event.target == ["TUR"]
