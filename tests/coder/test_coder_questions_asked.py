"""A question asked tells no act: a direct wh-question ("What tariffs has ...?") and a verb of
asking that introduces a quoted question, with nobody asked to act and nothing asked for
(rules wh-direct and asked-question; invented sentences)."""

from __future__ import annotations

import pytest
from coder_en import code_en  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("text", [
    "Trade war explained. What sanctions has the European Union imposed on Russia?",
    "Which border crossings has Turkey closed to Syrian refugees?",
    "(Interview) What are your thoughts on the French president's pension reform?",
])
def test_a_direct_wh_question_codes_nothing(code_en, text):
    assert code_en(text) == []


@pytest.mark.parametrize("text", [
    "\u201cAfter ten years of cuts,\u201d the union leader asks, \u201cwhat kind of schools will be left in rural towns?\u201d",
])
def test_asking_a_question_is_no_request(code_en, text):
    assert not [e for e in code_en(text) if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Le député socialiste, qui demandait par exemple : \u00ab La France est-elle devenue folle ? \u00bb, a quitté la séance.",
])
def test_a_french_question_asked_is_no_request(code_fr, text):
    assert not [e for e in code_fr(text) if e.type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "The European Union imposed new sanctions on Russia on Monday.",
    "Angela Merkel asked Vladimir Putin for an explanation of the poisoning.",
])
def test_statements_and_real_requests_are_still_coded(code_en, text):
    assert code_en(text)


def test_a_french_request_to_someone_is_still_coded(code_fr):
    assert [e for e in code_fr("Le ministre français des Affaires étrangères a demandé à la Russie de libérer les prisonniers.")
            if e.type == "REQUEST"]
