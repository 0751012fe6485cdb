"""Targets inside the object: whom the charges or sanctions a concession lifts weigh on, named
in a participle or relative clause describing the object (target slot `obj_clause`,
`weighing_preps`); invented sentences, English and French."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source, target", [
    ("The European Union lifted the sanctions it had imposed on Russia in 2014.", {"EU"}, {"RUS"}),
    ("Washington eased the restrictions it had placed on Cuban airlines.", {"USA"}, {"CUB"}),
])
def test_en_lifted_charges_weigh_on_the_target(code_en, sentence, source, target):
    event = only(code_en(sentence), "CONCEDE")
    assert countries(event.source) == source and countries(event.target) == target


@pytest.mark.parametrize("sentence, source, target", [
    ("L'Union européenne a levé les sanctions qui pesaient sur la Russie.", {"EU"}, {"RUS"}),
    ("La justice espagnole a levé les charges qui pesaient contre le gouvernement vénézuélien.", {"ESP"}, {"VEN"}),
])
def test_fr_lifted_charges_weigh_on_the_target(code_fr, sentence, source, target):
    event = only(code_fr(sentence), "CONCEDE")
    assert countries(event.source) == source and countries(event.target) == target


def test_en_hyphenated_compound_broken_by_the_parser_is_one_phrase(code_en):
    # "co-founder" split into several objects of "against": the head is the last, the person
    event = only(code_en("Prosecutors in Sweden have dropped an investigation into a rape allegation "
                         "made against Wikileaks co-founder Julian Assange in 2010."), "CONCEDE")
    assert countries(event.target) == {"AUS"}


@pytest.mark.parametrize("text, source, target", [
    ("Americans are divided over the pardon. In Washington, the Democratic Party criticized the commutation "
     "as an abuse of power.", {"USA"}, {"USA"}),
    ("Brazilian lawmakers opened hearings on the spending on Monday. President Bolsonaro condemned the hearings "
     "as a witch hunt.", {"BRA"}, {"BRA"}),
])
def test_en_reaction_to_a_state_act_of_the_home_country(code_en, text, source, target):
    # rule home-act: a state act (`state_act_nouns`) with no actor of its own, criticised at home
    found = [e for e in code_en(text) if e.type == "ACCUSE" and e.rule.endswith("home-act")]
    assert len(found) == 1
    assert countries(found[0].source) == source and countries(found[0].target) == target


def test_en_foreign_reaction_to_a_state_act_gets_no_home_target(code_en):
    event = only(code_en("The German foreign minister condemned the impeachment hearings."), "ACCUSE")
    assert not event.target


def test_fr_reaction_to_a_state_act_of_the_home_country(code_fr):
    event = only(code_fr("Les Français sont divisés. À Paris, le Parti socialiste a dénoncé le confinement "
                         "comme une atteinte aux libertés."), "ACCUSE")
    assert countries(event.source) == {"FRA"} and countries(event.target) == {"FRA"}
