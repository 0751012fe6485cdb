"""Meetings said with nouns that name their other party ("the call with Zelensky", « les
négociations avec la Russie »): with no owner of their own, they are the meeting of whoever does
the verb they complete, whatever the verb (triggers._partnered, `partnered_nouns`)."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source, target", [
    ("Trump described the call with Zelensky as perfectly normal.", {"USA"}, {"UKR"}),
    ("Trump characterized the conversation with Erdogan as very good.", {"USA"}, {"TUR"}),
    ("Pompeo brought a new tone to the negotiations with North Korea.", {"USA"}, {"PRK"}),
    ("Merkel defended the meeting with Erdogan.", {"DEU"}, {"TUR"}),
])
def test_meeting_noun_with_its_partner_is_the_subjects_meeting(code_en, sentence, source, target):
    event = only(code_en(sentence), "CONSULT")
    assert countries(event.source) == source and countries(event.target) == target


@pytest.mark.parametrize("sentence, source, target", [
    ("Emmanuel Macron a qualifié de productives les négociations avec la Russie.", {"FRA"}, {"RUS"}),
    ("Emmanuel Macron a défendu les négociations avec la Russie.", {"FRA"}, {"RUS"}),
])
def test_french_meeting_noun_with_its_partner(code_fr, sentence, source, target):
    event = only(code_fr(sentence), "CONSULT")
    assert countries(event.source) == source and countries(event.target) == target


@pytest.mark.parametrize("sentence", [
    "Trump suspended the talks with China.",  # an ending verb: the talks were told before
    "Le ministre russe a démenti, dans un entretien téléphonique avec l'AFP, ces accusations.",  # an interview
])
def test_no_meeting_when_ended_or_an_interview(code_en, code_fr, sentence):
    code = code_fr if "ministre" in sentence else code_en
    assert not [e for e in code(sentence) if e.type == "CONSULT"]

