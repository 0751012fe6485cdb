"""Roles, trades and publics named in the plural as whom a request is aimed at (helper rqc):
"censors instructed news aggregators to ...", "urged regional governors to ...". They are group
nouns (grammar.yaml `group_nouns`) of the country the sentence is about, as "the police" or
"students" are. gold/GUIDELINES.md: REQUEST aimed at people of a sector of a country. Invented
sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("text, source, target", [
    ("Chinese censors instructed news aggregators to block discussions of the virus.", "CHNGOV", "CHNBUS"),
    ("Russian President Vladimir Putin spoke in Moscow on Monday. He urged regional governors to stay at home.",
     "RUSGOV", "RUSGOV"),
    ("The German chancellor urged employers to raise wages.", "DEUGOV", "DEUBUS"),
    ("The French health minister urged patients to stay at home.", "FRAGOV", "FRACVL"),
])
def test_plural_groups_are_asked(code_en, text, source, target):
    event = only(code_en(text), "REQUEST")
    assert event.source == [source]
    # a target of the source's own code is left out (gold/GUIDELINES.md)
    assert event.target == ([] if target == source else [target])


def test_censors_act_for_their_state(code_en):
    event = only(code_en("Chinese censors deleted the article and instructed the newspapers to stay silent."), "REQUEST")
    assert event.source == ["CHNGOV"] and countries(event.target) == {"CHN"}


@pytest.mark.parametrize("text", [
    # an aircraft carrier is no company (the word stays out of the business nouns)
    "Two US aircraft carriers urged ships to leave the strait.",
    # a group with no country the sentence is about stays uncoded
    "Manufacturers urged consumers to buy more cars.",
])
def test_no_group_guessed(code_en, text):
    assert not [e for e in code_en(text) if e.type == "REQUEST" and "BUS" in "".join(e.source)]


def test_french_plural_groups_are_asked(code_fr):
    event = only(code_fr("Le gouvernement russe a exhorté les gouverneurs à rester chez eux."), "REQUEST")
    assert event.source == ["RUSGOV"] and event.target == []
