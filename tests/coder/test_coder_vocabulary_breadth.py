"""Vocabulary breadth (release 48): general event words the lexicon lacked, each with its
family and its equal in the other language — disrupting a speaker or a session (heckle, shout
at, disrupt, chant, boo, jeer; « chahuter », « perturber »), moving an official (reassign, demote;
« muter », « rétrograder ») and military intervention (intervene militarily, a military
intervention; « intervenir militairement », « une intervention armée »). Each with near misses
that must stay uncoded as that event. Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


def _events(events, event_type):
    return [e for e in events if e.type == event_type]


@pytest.mark.parametrize("sentence, trigger", [
    ("Opposition lawmakers heckled the Hungarian prime minister in parliament.", "en:heckle"),
    ("Opposition lawmakers shouted at the Hungarian prime minister in parliament.", "en:shout+at"),
    ("Protesters disrupted the speech of the Hungarian prime minister.", "en:disrupt"),
])
def test_en_disrupting_a_speaker_is_dissent_aimed_at_the_speaker(code_en, sentence, trigger):
    found = _events(code_en(sentence), "PROTEST")
    assert [e.trigger for e in found] == [trigger]
    assert countries(found[0].target) == {"HUN"}


def test_en_chanting_is_a_crowd_protest(code_en):
    found = _events(code_en("Thousands of Chilean students chanted slogans in Santiago."), "PROTEST")
    assert [(e.trigger, countries(e.source)) for e in found] == [("en:chant", {"CHL"})]


@pytest.mark.parametrize("sentence", [
    "The storm disrupted flights across Hungary.",  # nothing disrupted is an actor
    "Hungarian opposition lawmakers shouted with joy after the vote.",  # no one shouted at
])
def test_en_disruption_with_no_actor_disrupted_is_no_protest(code_en, sentence):
    assert not _events(code_en(sentence), "PROTEST")


@pytest.mark.parametrize("sentence, trigger", [
    ("Les députés de l'opposition ont chahuté le Premier ministre hongrois.", "fr:chahuter"),
    ("Les manifestants ont perturbé le discours du Premier ministre hongrois.", "fr:perturber"),
])
def test_fr_disrupting_a_speaker_is_dissent_aimed_at_the_speaker(code_fr, sentence, trigger):
    found = _events(code_fr(sentence), "PROTEST")
    assert [e.trigger for e in found] == [trigger]
    assert countries(found[0].target) == {"HUN"}


def test_fr_a_strike_disrupting_traffic_is_no_dissent_aimed_at_an_actor(code_fr):
    assert not [e for e in code_fr("La grève a perturbé le trafic ferroviaire en France.")
                if e.trigger == "fr:perturber"]


def test_en_an_official_reassigned_or_demoted_is_sanctioned(code_en):
    found = _events(code_en("The US attorney general reassigned the warden of the federal prison."), "COERCE")
    assert [(e.trigger, countries(e.source)) for e in found] == [("en:reassign+official", {"USA"})]
    found = _events(code_en("The Nigerian army commander was demoted by the Nigerian president."), "COERCE")
    assert [(e.trigger, e.source, e.target) for e in found] == [("en:demote+official", ["NGAGOV"], ["NGAMIL"])]


def test_en_funds_reassigned_are_no_sanction(code_en):
    assert not _events(code_en("The US attorney general reassigned the funds to the border wall."), "COERCE")


def test_en_military_intervention_is_an_armed_action(code_en):
    found = _events(code_en("ECOWAS launched a military intervention in Mali."), "ASSAULT")
    assert [(e.trigger, e.source, countries(e.target)) for e in found] == \
        [("en:noun:intervention+military", ["ECOWAS"], {"MLI"})]


def test_en_diplomatic_intervention_is_none(code_en):
    assert not _events(code_en("ECOWAS launched a diplomatic intervention in Mali."), "ASSAULT")


def test_fr_intervention_armee_and_intervenir_militairement(code_fr):
    found = _events(code_fr("La CEDEAO a lancé une intervention armée au Mali."), "ASSAULT")
    assert [(e.trigger, e.source, countries(e.target)) for e in found] == \
        [("fr:noun:intervention+armée", ["ECOWAS"], {"MLI"})]
    found = _events(code_fr("La France va intervenir militairement au Mali."), "ASSAULT")
    assert [(e.trigger, countries(e.target), e.hypothetical) for e in found] == \
        [("fr:intervenir+armée", {"MLI"}, True)]


def test_fr_intervention_diplomatique_is_none(code_fr):
    assert not _events(code_fr("La CEDEAO a lancé une intervention diplomatique au Mali."), "ASSAULT")


# --- entries of the same families that change nothing on train and dev (kept for unseen news) ---

@pytest.mark.parametrize("sentence, trigger", [
    ("Hungarian opposition lawmakers booed the prime minister in parliament.", "en:boo"),
    ("Hungarian protesters jeered at the prime minister in Budapest.", "en:jeer"),
])
def test_en_booing_and_jeering_a_leader_is_dissent(code_en, sentence, trigger):
    found = _events(code_en(sentence), "PROTEST")
    assert [(e.trigger, countries(e.target)) for e in found] == [(trigger, {"HUN"})]


def test_en_booing_someone_with_no_code_is_none(code_en):
    assert not _events(code_en("The fans booed the referee."), "PROTEST")


def test_fr_muter_retrograder_un_responsable(code_fr):
    found = _events(code_fr("Le président nigérian a rétrogradé le commandant de l'armée."), "COERCE")
    assert [(e.trigger, e.source, e.target) for e in found] == [("fr:rétrograder+responsable", ["NGAGOV"], ["NGAMIL"])]
    found = _events(code_fr("Le ministre français de la Justice a muté le directeur de la prison de Fresnes."), "COERCE")
    assert [e.trigger for e in found] == ["fr:muter+responsable"]


def test_fr_a_virus_that_mutates_is_no_sanction(code_fr):
    assert not _events(code_fr("Le virus a muté rapidement en France."), "COERCE")
