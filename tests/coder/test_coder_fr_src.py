"""French coder (helper src): sources the actor dictionary does not name, given by the
grammar's group nouns (invented sentences)."""

from __future__ import annotations

import pytest

from coder_fr import code_fr, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("text, event_type, source", [
    # « des ministres »: members of the government of the country the sentence is about
    ("En Italie, trois ministres ont démissionné mardi.", "RETREAT", ["ITAGOV"]),
    ("Au Mali, plusieurs ministres ont dénoncé les attaques des rebelles.", "ACCUSE", ["MLIGOV"]),
])
def test_ministers_are_the_government_of_the_country(code_fr, text, event_type, source):
    assert only(code_fr(text), event_type).source == source
