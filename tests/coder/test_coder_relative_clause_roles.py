"""Roles in relative clauses, English and French (rule relative-clause for the source,
targets.antecedent for the target, passive-agent for a passive relative): a subject relative's
antecedent does the act; an object relative's antecedent undergoes it, the clause's own subject
doing it; a passive relative's antecedent undergoes it, its agent doing it. These hold today and
guard the roles against regressions (invented sentences; the train/dev errors of round 46 held
no recurring role swap in relative clauses to fix)."""

from __future__ import annotations

import pytest
from coder_en import code_en  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


def countries(codes: list[str]) -> set[str]:
    return {c[:3] if len(c) == 6 else c for c in codes}


def assaults(events) -> list[tuple[set[str], set[str]]]:
    return [(countries(e.source), countries(e.target)) for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, source, target", [
    # subject relative: the antecedent does the act
    ("Syrian rebels, who attacked Israeli forces on Monday, fled to Lebanon.", {"SYR"}, {"ISR"}),
    # object relative: the clause's own subject does it, the antecedent undergoes it
    ("Syrian rebels, whom Israeli forces attacked on Monday, fled to Gaza.", {"ISR"}, {"SYR"}),
    ("The Taliban, which the United States has fought for two decades, signed a deal.", {"USA"}, {"AFG"}),
    # passive relative: the agent does it
    ("Hamas, which was attacked by Israel on Monday, retaliated.", {"ISR"}, {"PSE"}),
])
def test_english_relative_clause_roles(code_en, text, source, target):
    found = assaults(code_en(text))
    assert (source, target) in found
    assert (target, source) not in found  # never the roles swapped


@pytest.mark.parametrize("text, source, target", [
    ("Les rebelles syriens, qui ont attaqué l'armée libanaise, ont fui.", {"SYR"}, {"LBN"}),
    ("Le Hamas, qui a été attaqué par Israël lundi, a riposté.", {"ISR"}, {"PSE"}),
])
def test_french_relative_clause_roles(code_fr, text, source, target):
    found = assaults(code_fr(text))
    assert (source, target) in found
    assert (target, source) not in found


def test_french_relative_after_a_preposition_takes_its_antecedent_as_target(code_fr):
    events = [e for e in code_fr("La Syrie, à laquelle la France a imposé des sanctions, a protesté.")
              if e.type == "SANCTION"]
    assert [(countries(e.source), countries(e.target)) for e in events] == [({"FRA"}, {"SYR"})]


def test_object_relative_antecedent_is_never_the_doer(code_en):
    # near miss: the refusers are the nations, never the fighters the clause is about
    events = code_en("Turkey would guard captured ISIS fighters whom European nations have refused to repatriate.")
    assert not [e for e in events if e.type == "REJECT" and "ISIL" in e.source]
