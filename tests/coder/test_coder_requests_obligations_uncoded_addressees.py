"""Requests (round 42): demands told by a future auxiliary or an impersonal verb in reported
speech, and demands made of addressees that have no code ("world leaders", "foreign forces").
Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)

# the Taliban govern Afghanistan from 15 August 2021 (AFGGOV); sentences of the insurgency are dated before
BEFORE_KABUL = dt.date(2019, 6, 1)


# "X said Y is going to have to ...": the obligation hangs on the future auxiliary ("going"),
# which the reporting verb governs and which names Y (rule reported-obligation)
@pytest.mark.parametrize("sentence, source, target", [
    ("Macron said Germany is going to have to pay more for its defence.", {"FRA"}, {"DEU"}),
    ("The Kremlin said on Monday that Ukraine is going to have to accept the new borders.", {"RUS"}, {"UKR"}),
])
def test_future_obligation_is_a_demand(code_en, sentence, source, target):
    event = only(code_en(sentence), "REQUEST")
    assert countries(event.source) == source and countries(event.target) == target
    assert event.rule == "en:derived:reported-obligation"


# « il faut que Y ... », « il faudra bien que Y ... »: an impersonal obligation weighs on the
# subject of the clause that says what must be done
@pytest.mark.parametrize("sentence, source, target", [
    ("Le président Emmanuel Macron a déclaré qu'il faut que l'Allemagne paie plus pour sa défense.", {"FRA"}, {"DEU"}),
    ("« Il faudra bien que la Russie retire ses troupes », a déclaré le président Emmanuel Macron.", {"FRA"}, {"RUS"}),
])
def test_impersonal_obligation_is_a_demand(code_fr, sentence, source, target):
    event = only(code_fr(sentence), "REQUEST")
    assert countries(event.source) == source and countries(event.target) == target
    assert event.rule == "fr:derived:reported-obligation"


# a demand made of actors with no code (gold/GUIDELINES.md: "world leaders have no code") stays,
# with no target, even for verbs that need one
@pytest.mark.parametrize("sentence, source, date", [
    ("The Taliban wants foreign forces to leave the country.", {"AFG"}, BEFORE_KABUL),
    ("Iran pressed world leaders to condemn the attack on its embassy.", {"IRN"}, None),
    ("The Indian government requested global leaders to ban plastic bags.", {"IND"}, None),
])
def test_demand_of_uncoded_collective(code_en, sentence, source, date):
    events = code_en(sentence, date=date) if date else code_en(sentence)
    event = only(events, "REQUEST")
    assert countries(event.source) == source and event.target == []
