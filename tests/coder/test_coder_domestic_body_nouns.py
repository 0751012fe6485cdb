"""Domestic bodies named by a common noun that the group lists lacked, as whom an event is aimed
at (helper tgt46): "demanded answers from wireless providers" / « des fournisseurs d'accès » (a
country's companies), « les restrictions qui pesaient sur les publications » (its press), « un
prêt par l'État » (its government, written as a name). They are group nouns (grammar.yaml
`group_nouns`, `institution_nouns`) of the country the sentence is about, as "the police" or
"students" are. Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("text, source, target", [
    ("Texas regulators are demanding answers from internet providers after the outage.", "USAGOV", "USABUS"),
    ("Kenyan regulators urged wireless providers to restore service.", "KENGOV", "KENBUS"),
])
def test_providers_are_companies(code_en, text, source, target):
    event = only(code_en(text), "REQUEST")
    assert event.source == [source] and event.target == [target]


def test_fournisseurs_are_companies(code_fr):
    event = only(code_fr("Le gouvernement algérien a exigé des explications des fournisseurs d'accès à internet."),
                 "REQUEST")
    assert event.source == ["DZAGOV"] and event.target == ["DZABUS"]


def test_publications_are_press(code_fr):
    event = only(code_fr("Les restrictions qui pesaient sur les publications ont été levées par le ministère "
                         "birman de l'Information."), "CONCEDE")
    assert event.source == ["MMRGOV"] and event.target == ["MMRMED"]


@pytest.mark.parametrize("text", [
    "Le patron du constructeur italien Fiat a refusé l'aide de l'État italien.",
    "Le patron de Fiat a réfuté l'idée d'un prêt par l’État italien.",
])
def test_the_state_as_a_name_is_the_government(code_fr, text):
    event = only(code_fr(text), "REJECT")
    assert event.source == ["ITABUS"] and event.target == ["ITAGOV"]


def test_state_of_things_is_no_government(code_fr):
    # « l'état d'urgence » in lower case is a condition, no body (an institution noun counts as a name only)
    event = only(code_fr("Les manifestants kényans ont dénoncé l'état d'urgence."), "ACCUSE")
    assert event.source == ["KENCVL"] and event.target == []


def test_states_are_state_authorities(code_en):
    # US states acting as authorities are USAGOV (gold/GUIDELINES.md)
    event = only(code_en("Democratic lawmakers in the US Congress urged states to allow mail-in voting."), "REQUEST")
    assert event.source == ["USALEG"] and event.target == ["USAGOV"]


def test_states_suing_the_federal_government(code_en):
    # "sixteen US states suing the federal government: ACCUSE USAGOV, target empty" (gold/GUIDELINES.md)
    event = only(code_en("Attorneys general from sixteen American states sued the federal government on Monday."), "ACCUSE")
    assert event.source == ["USAGOV"] and event.target == []


def test_a_country_name_modifying_a_noun_is_no_group(code_en):
    # "a United States operation": "States" is a word of the country's name, no group of states
    events = code_en('The statement read: "Hamza bin Ladin, the high-ranking al-Qaeda member and son of Osama '
                     'bin Ladin, was killed in a United States counterterrorism operation in the region."')
    assert not [e for e in events if "USAGOV" in e.source]
