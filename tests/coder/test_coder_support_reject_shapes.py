"""SUPPORT and REJECT told by a shape the lexicon lacked (helper sup): coming to someone's
defense (en:come+defense, « prendre la défense de », fr:prendre+défense) supports them; a court
ruling that an authority lacked or overstepped its powers rejects its act (en:rule+overstepped).
gold/GUIDELINES.md: defending someone verbally is SUPPORT, a court striking down a decision is
REJECT. Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source, target", [
    ("Russia came to the defense of Syria at the United Nations.", "RUS", "SYR"),
    ("Germany has come to France's defence in the dispute.", "DEU", "FRA"),
])
def test_en_coming_to_a_defense_supports(code_en, sentence, source, target):
    event = only(code_en(sentence), "SUPPORT")
    assert countries(event.source) == {source} and countries(event.target) == {target}


@pytest.mark.parametrize("sentence", [
    "Russia came to the aid of Syria after the earthquake.",   # material help, not a defense
    "Russia came to the United Nations to discuss Syria.",
])
def test_en_coming_elsewhere_is_no_defense(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "SUPPORT" and e.cameo == "052"]


@pytest.mark.parametrize("sentence, source, target", [
    ("La Russie a pris la défense de la Syrie.", "RUS", "SYR"),
    ("La Russie a pris le parti de la Syrie dans ce conflit.", "RUS", "SYR"),
])
def test_fr_prendre_la_defense_supports(code_fr, sentence, source, target):
    events = [e for e in code_fr(sentence) if e.type == "SUPPORT"]
    assert events and countries(events[0].source) == {source} and countries(events[0].target) == {target}


def test_fr_prendre_autre_chose_is_no_support(code_fr):
    assert not [e for e in code_fr("La Russie a pris la ville syrienne de Palmyre.") if e.type == "SUPPORT"]


@pytest.mark.parametrize("sentence", [
    "A British court ruled that Boris Johnson had exceeded his powers.",
    "A British court ruled Boris Johnson lacked the authority to suspend Parliament.",
])
def test_en_court_ruling_an_overstep_rejects(code_en, sentence):
    event = only(code_en(sentence), "REJECT")
    assert event.source == ["GBRJUD"] and event.target == ["GBRGOV"]


@pytest.mark.parametrize("sentence", [
    "A British court ruled that Boris Johnson could suspend Parliament.",  # upheld, not struck down
    "Boris Johnson said Britain lacked the money to build the railway.",   # no ruling
])
def test_en_no_overstep_no_reject(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "REJECT"]
