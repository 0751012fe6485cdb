"""English coder, precision: classes of sentences that tell no event of their own (invented
sentences in news style; gold/GUIDELINES.md says why each is no event)."""

from __future__ import annotations

import pytest

from coder_en import code_en, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence", [
    # street protests told as the cause or circumstance of another happening are its backdrop
    "The summit in Santiago was called off because of domestic protests.",
    "Investors bought shares in Hong Kong despite months of protests.",
    "The company kept its plans to list in Hong Kong in spite of months of protests.",
    "The stock exchange in Bangkok, which has been hit by months of anti-government protests, rose on Monday.",
    "The company postponed its share sale in Bangkok due to protests in the city.",
    "The company postponed its share sale in Bangkok amid protests.",
])
def test_protests_in_a_frame_of_cause_or_concession_are_backdrop(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "PROTEST"]


def test_protests_in_a_frame_of_time_are_still_told(code_en):
    # (gold codes them: "after weeks of protests")
    assert only(code_en("The bill was withdrawn after weeks of protests in Hong Kong."), "PROTEST")


@pytest.mark.parametrize("sentence, event_type", [
    # a threat, a demand or a protest not made: nothing was said or done
    ('The Iranian foreign minister said, "We never threaten our neighbours."', "THREATEN"),
    ("Protests were not reported in Basra, in southern Iraq.", "PROTEST"),
    ("The French government did not call for the resignation of the Malian president.", "REQUEST"),
])
def test_a_threat_demand_or_protest_not_made_is_no_event(code_en, sentence, event_type):
    assert not [e for e in code_en(sentence) if e.type == event_type]


def test_a_concession_withheld_is_still_told(code_en):
    # the news of a standoff (gold: "has not yet conceded")
    assert only(code_en("President Trump has not conceded the election to Joe Biden."), "CONCEDE").negated


@pytest.mark.parametrize("sentence", [
    # a private person's guilty plea is a step of a criminal case, no politics
    "A Texas man pleaded guilty on Tuesday to threatening to kill Senator Ted Cruz.",
    "A Florida woman pleaded guilty to sending threats to the mayor of Miami.",
])
def test_a_private_persons_guilty_plea_is_no_concession(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "CONCEDE"]


@pytest.mark.parametrize("sentence", [
    # news outlets are companies: a company's quarrel with one is business, no politics
    "A Tencent spokesperson criticized Reuters over its report on the deal.",
    "Samsung accused the BBC of misleading viewers about its phones.",
])
def test_a_company_quarrelling_with_the_press_is_business(code_en, sentence):
    assert not code_en(sentence)
