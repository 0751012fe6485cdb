"""Events of the right type whose actors were wrong (invented sentences): the source's own
country named only by a word modifying a thing deep in the phrase is no target (rule
own-adjective); an object pronoun of an infinitive stands for the object of the verb the
chain hangs on (rule chain-pronoun); a subject pronoun never stands for the person its own
verb names as its object (pronoun-in-sentence, pronoun-in-article); a tensed verb the parser
joined to an infinitive has the source of the tensed verb above that infinitive (rule
conj-finite); the doer judged in a reported clause coordinated with the first one under its own
subject is a target too (rule judged-conjunct)."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


# -- own-adjective ------------------------------------------------------------------------

def test_own_country_modifying_a_thing_deep_in_the_phrase_is_no_target(code_en):
    event = only(code_en("Thousands of Brazilians rallied in Brasilia to protest the results of the "
                         "2022 Brazilian Presidential Election."), "PROTEST")
    assert countries(event.source) == {"BRA"}
    assert event.target == []


def test_own_country_after_a_preposition_of_aim_stays_a_target(code_en):
    event = only(code_en("Thousands of Brazilians rallied in Brasilia to protest against the Brazilian "
                         "government."), "PROTEST")
    assert countries(event.target) == {"BRA"}


def test_own_country_modifying_the_people_in_the_slot_stays_a_target(code_en):
    event = only(code_en("The Brazilian president urged the Brazilian public to stay calm."), "REQUEST")
    assert countries(event.target) == {"BRA"}


def test_own_country_named_in_a_group_stays_a_target_fr(code_fr):
    event = only(code_fr("Des milliers de Brésiliens ont manifesté à Brasilia contre le gouvernement brésilien."),
                 "PROTEST")
    assert event.target == ["BRAGOV"]


# -- chain-pronoun ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chile's police detained twelve students and threatened to shoot them.",
    "Chile's police detained twelve students and threatened to use tear gas on them.",
])
def test_object_pronoun_of_an_infinitive_is_the_object_of_the_verb_above(code_en, text):
    event = only(code_en(text), "THREATEN")
    assert event.target == ["CHLCVL"]


def test_object_clitic_of_an_infinitive_fr(code_fr):
    event = only(code_fr("La police française a arrêté les étudiants et a menacé de les frapper."), "THREATEN")
    assert event.target == ["FRACVL"]


def test_a_named_object_of_the_infinitive_is_not_replaced(code_en):
    event = only(code_en("Chile's police detained twelve students and threatened to arrest the reporters."),
                 "THREATEN")
    assert event.target == ["CHLMED"]


# -- a subject pronoun is not its own verb's object -----------------------------------------

@pytest.mark.parametrize("text", [
    "The meeting with Xi Jinping was short, and he thanked Xi for the talks.",
    "Talks with Xi Jinping went well, and he invited Xi to Washington.",
])
def test_subject_pronoun_does_not_stand_for_its_verbs_object(code_en, text):
    assert not [e for e in code_en(text) if "CHNGOV" in e.source]


def test_subject_pronoun_still_stands_for_the_subject_named_before(code_en):
    event = only(code_en("Macron met Xi Jinping in Beijing, and he thanked Xi for the talks."), "SUPPORT")
    assert countries(event.source) == {"FRA"}
    assert countries(event.target) == {"CHN"}


# -- conj-finite -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chile's president said she has arranged for 3000 of the Chilean police to be available and has "
    "requested Peru close the border.",
    "Chile's president has arranged for 3000 of the Chilean police to be available and has urged Peru "
    "to close the border.",
])
def test_tensed_verb_joined_to_an_infinitive_takes_the_tensed_verbs_source(code_en, text):
    event = only(code_en(text), "REQUEST")
    assert event.source == ["CHLGOV"]
    assert countries(event.target) == {"PER"}


def test_tensed_verb_joined_to_a_tensed_verb_keeps_its_subject(code_en):
    events = code_en("Russia agreed to withdraw its troops and has urged Ukraine to negotiate.")
    assert only(events, "REQUEST").source == ["RUS"]


# -- judged-conjunct ---------------------------------------------------------------------------

def test_the_doer_judged_in_a_coordinated_reported_clause_is_the_target(code_en):
    event = only(code_en("The Russian foreign minister said the talks were over and Ukraine had lied."), "ACCUSE")
    assert event.source == ["RUSGOV"]
    assert countries(event.target) == {"UKR"}


def test_a_coordinated_predicate_with_no_subject_of_its_own_names_no_one(code_en):
    assert not code_en("The Russian foreign minister said the talks were over and had failed.")
