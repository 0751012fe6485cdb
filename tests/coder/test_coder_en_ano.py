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
