"""English coder: precision classes found on unseen news (helper prx). Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


def _types(events, event_type):
    return [e for e in events if e.type == event_type]


# --- speaking to a news outlet or a think tank is an interview or a speech, not a meeting
# (lang/en/verbs.yaml: the *press list of "talk"/"speak")
@pytest.mark.parametrize("sentence", [
    "Speaking to a Washington think tank, the Japanese defence minister described the new missile.",
    "The Brazilian president spoke to the Russian website Sputnik.",
])
def test_speaking_to_an_outlet_is_no_meeting(code_en, sentence):
    assert not _types(code_en(sentence), "CONSULT")


def test_speaking_with_a_counterpart_is_still_a_meeting(code_en):
    event = only(code_en("The French foreign minister spoke with his German counterpart on Monday."), "CONSULT")
    assert countries(event.source) == {"FRA"} and countries(event.target) == {"DEU"}


# --- supporting or endorsing a measure (an audit, an amendment, an impeachment) is a stance on
# the measure; its "of"/"to" names what the measure acts on, not a side supported
@pytest.mark.parametrize("sentence", [
    "The Ecuadorian president endorsed an audit of the Venezuelan central bank.",
    "The German chancellor supported an investigation of the Russian government.",
    "The Canadian prime minister supported the amendment to the Mexican constitution.",
    "Several French senators backed the impeachment of the Brazilian president.",
])
def test_supporting_a_measure_is_no_support_of_what_it_acts_on(code_en, sentence):
    assert not _types(code_en(sentence), "SUPPORT")


@pytest.mark.parametrize("sentence, source, target", [
    ("The French president supported the Russian proposal.", {"FRA"}, {"RUS"}),
    ("The German chancellor endorsed the Polish president.", {"DEU"}, {"POL"}),
])
def test_supporting_an_actor_or_its_proposal_is_still_support(code_en, sentence, source, target):
    event = only(code_en(sentence), "SUPPORT")
    assert countries(event.source) == source and countries(event.target) == target
