"""French coder: a company's or an employers' body's stated reaction to policy, aimed at no one
the sentence names, is an event (trait business_stances; gold/GUIDELINES.md: a business is an
actor, XXXBUS). Invented sentences."""

from __future__ import annotations

import pytest

from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, kind", [
    ("Les restaurateurs français, par la voix du président de l'Umih, expriment leur satisfaction.", "SUPPORT"),
    ("Le PDG de Renault, Carlos Ghosn, a vivement critiqué la mesure.", "ACCUSE"),
])
def test_a_business_reaction_aimed_at_no_one_is_coded(code_fr, sentence, kind):
    events = [e for e in code_fr(sentence) if e.type == kind]
    assert events and all(c.endswith("BUS") for e in events for c in e.source)


@pytest.mark.parametrize("sentence", [
    # a lawsuit a company announces against a rival stays business (and is only announced)
    "Renault annonçait samedi qu'il allait déposer un recours contre son concurrent.",
    # a company's offer to customers is trade
    "Renault a proposé une remise à ses clients.",
])
def test_business_among_companies_stays_uncoded(code_fr, sentence):
    assert not code_fr(sentence)
