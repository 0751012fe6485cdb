"""A state's own forces made ready or put to use: activated, called in, used,
arranged for, mobilised police, put on alert (gold/GUIDELINES.md: MOBILIZE "deploys or puts
forces on alert, mobilises troops, increases police or military presence"; a state's forces at
home have no target). Lexicon entries en:activate+forces, en:use+forces, en:arrange+forces,
en:call in+forces, en:resort+forces, fr:mobiliser+police, fr:recourir+forces, fr:mettre+alerte. Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source", [
    ("The governor of Oregon activated the National Guard on Sunday.", {"USA"}),
    ("The sheriff of Clark County in Nevada arranged for reinforcements from Las Vegas.", {"USA"}),
    ("The governor of Texas used National Guard troops to patrol the border.", {"USA"}),
    ("The Chilean army could be called in to restore order in Santiago.", {"CHL"}),
    ("The Togolese government resorted to the army to disperse the protesters.", {"TGO"}),
])
def test_english_forces_readied(code_en, sentence, source):
    event = only(code_en(sentence), "MOBILIZE")
    assert countries(event.source) == source and event.target == []


def test_english_forces_called_in_is_hypothetical(code_en):
    event = only(code_en("Beijing said the Chinese army could be called in."), "MOBILIZE")
    assert event.hypothetical and event.source == ["CHNMIL"]


@pytest.mark.parametrize("sentence", [
    "Texas police used a guard dog to find the suspect.",            # a dog, no force
    "The governor of Texas used the money to build a wall.",
    "The Nevada company arranged for a shuttle to the airport.",
    "The governor of Louisiana arranged a meeting with Trump.",
    "The Togolese government resorted to force.",
])
def test_english_near_misses(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "MOBILIZE"]


@pytest.mark.parametrize("sentence, source", [
    ("Le gouvernement libanais a mobilisé 3 000 policiers pour la manifestation.", {"LBN"}),
    ("Le gouvernement togolais a recouru à l'armée pour disperser les manifestants.", {"TGO"}),
    ("Le gouvernement égyptien a mis l'armée en état d'alerte.", {"EGY"}),
    ("Bien que l'armée tunisienne fût mise en état d'alerte avant le scrutin, la capitale restait calme.", {"TUN"}),
])
def test_french_forces_readied(code_fr, sentence, source):
    event = only(code_fr(sentence), "MOBILIZE")
    assert countries(event.source) == source and event.target == []


@pytest.mark.parametrize("sentence", [
    "Le ministre a mis en garde contre une fausse alerte.",
    "Le parti a mobilisé ses militants.",
])
def test_french_near_misses(code_fr, sentence):
    assert not [e for e in code_fr(sentence) if e.type == "MOBILIZE"]
