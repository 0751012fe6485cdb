"""English coder, AGREE: what is agreed or signed. An agreement asked about in an indirect
question ("whether X will agree") is kept, flagged hypothetical; an agreement not reached is a
negated AGREE, no refusal; a domestic act signed (a measure, a renewal of an act) is no agreement;
ideas, advice and an endorsement offered are no agreement.
Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source", [
    ("Analysts doubt whether Japan and South Korea will agree to extend their intelligence pact.", {"JPN", "KOR"}),
    ("Markets are waiting to see whether Iran will agree to resume talks with the IAEA.", {"IRN"}),
    ("Diplomats said whether Serbia agrees to the plan depends on the European Union.", {"SRB"}),
])
def test_agreement_asked_about_is_hypothetical(code_en, sentence, source):
    event = only(code_en(sentence), "AGREE")
    assert countries(event.source) == source and event.hypothetical


def test_other_acts_asked_about_stay_out(code_en):
    assert not [e for e in code_en("Reporters asked whether Russia had attacked Ukraine.") if e.type == "ASSAULT"]


@pytest.mark.parametrize("sentence, source", [
    ("Israel and Egypt could not reach an agreement on the border crossing.", {"ISR", "EGY"}),
    ("Armenia and Azerbaijan failed to reach a settlement in Moscow.", {"ARM", "AZE"}),
])
def test_agreement_not_reached_is_negated_agree(code_en, sentence, source):
    events = code_en(sentence)
    event = only(events, "AGREE")
    assert countries(event.source) == source and event.negated
    assert not [e for e in events if e.type == "REJECT" and e.rule == event.rule]


@pytest.mark.parametrize("sentence", [
    "The French president said he would sign the measure next week.",
    "Macron said he would immediately sign the renewal of the Energy Act.",
    "The Brazilian president signed the amendment on Friday.",
])
def test_domestic_act_signed_is_no_agreement(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type in ("AGREE", "SUPPORT") and e.rule.startswith("en:verb:") and "sign" in (e.trigger or "")]


@pytest.mark.parametrize("sentence", [
    "Germany offered new guidance to Greece on the refugee crisis.",
    "The Canadian prime minister did not offer an endorsement of the French plan.",
    "Japan offered suggestions to South Korea about the trade dispute.",
])
def test_ideas_advice_and_endorsements_offered_are_no_agreement(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "AGREE"]


def test_help_offered_stays_an_agreement(code_en):
    event = only(code_en("Germany offered help to Greece after the fires."), "AGREE")
    assert countries(event.source) == {"DEU"}
