"""English coder: accusations in news language the lexicon did not read yet — criticism told as
a blow taken at someone ("took a swipe at"), a lawsuit that names no defendant ("sued to block")."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source, target", [
    ("The French president took a swipe at Germany over its budget plans.", {"FRA"}, {"DEU"}),
    ("The Turkish foreign minister took a veiled shot at the European Union on Monday.", {"TUR"}, {"EU"}),
    ("In his speech, the Iranian president took a dig at Saudi Arabia.", {"IRN"}, {"SAU"}),
    ("The Chinese ambassador took potshots at Canada in a newspaper interview.", {"CHN"}, {"CAN"}),
])
def test_a_shot_taken_at_someone_is_criticism(code_en, sentence, source, target):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.source) == source and countries(event.target) == target


@pytest.mark.parametrize("sentence", [
    "The Brazilian striker took a shot at goal in the second half.",
    "The German chancellor took a flu shot on Monday.",
])
def test_a_shot_at_goal_or_a_vaccine_is_no_criticism(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "ACCUSE"]


@pytest.mark.parametrize("sentence, source", [
    ("The Canadian government sued to stop the pipeline's construction.", {"CAN"}),
    ("Three Mexican farmers sued to be allowed to keep their land.", {"MEX"}),
])
def test_suing_with_no_defendant_named_accuses(code_en, sentence, source):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.source) == source and event.target == []
