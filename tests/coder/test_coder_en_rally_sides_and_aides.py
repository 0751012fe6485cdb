"""English coder: subjects that named no coded actor — people at a rally named by
what side they are on ("supporters", "counter-protesters") are private persons of the
sentence's country; a crowd of supporters gathering is no protest (gold/GUIDELINES.md:
PROTEST is a rally *against*)."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)

DAY = dt.date(2020, 12, 13)


@pytest.mark.parametrize("sentence, event_type, source", [
    ("Several thousand supporters turned out in Washington, D.C. to protest the court ruling.", "PROTEST", {"USA"}),
    ("Supporters blocked the main road in Santiago, Chile, on Friday.", "PROTEST", {"CHL"}),
    ("Marchers blocked the main road in Santiago, Chile, on Friday.", "PROTEST", {"CHL"}),
])
def test_supporters_are_civilians(code_en, sentence, event_type, source):
    event = only(code_en(sentence, DAY), event_type)
    assert countries(event.source) == source


def test_a_gathering_of_supporters_is_no_protest(code_en):
    # a guard for the class above: with "supporters" coded, `en:gather:protest` must not take
    # a crowd of supporters outside a hospital for a protest (the unseen pool's one such sentence)
    events = code_en("Donald Trump was treated at a hospital in Bethesda, Maryland. "
                     "Dozens of supporters gathered outside the hospital on Sunday.", DAY)
    assert not [e for e in events if e.type == "PROTEST"]


@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("A top aide to Putin criticised Joe Biden.", "ACCUSE", {"RUS"}, {"USA"}),
    ("An adviser to Erdogan condemned the decision of Greece.", "ACCUSE", {"TUR"}, {"GRC"}),
    ("Aides to the Iranian president criticised the United States.", "ACCUSE", {"IRN"}, {"USA"}),
])
def test_an_aide_is_of_the_side_served(code_en, sentence, event_type, source, target):
    # "an aide/adviser to X" is X's, as "a spokesman for X" is (`aide_nouns`, `aide_preps`)
    event = only(code_en(sentence, DAY), event_type)
    assert countries(event.source) == source and countries(event.target) == target


def test_a_meeting_with_an_aide_has_both_parties(code_en):
    event = only(code_en("Gordon Sondland held a conversation in Warsaw with a top aide to Zelenskiy.",
                         dt.date(2019, 11, 20)), "CONSULT")
    assert {"USA", "UKR"} <= countries(event.source) | countries(event.target)


def test_an_envoy_to_a_country_is_not_of_that_country(code_en):
    event = only(code_en("The US envoy to Ukraine criticised Vladimir Putin.", DAY), "ACCUSE")
    assert countries(event.source) == {"USA"}
