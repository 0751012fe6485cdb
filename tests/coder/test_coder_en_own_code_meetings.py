"""English meetings whose other party has the source's own code (rule own-code, `own_code_types`
in lang/en/grammar.yaml); invented sentences.

On train and dev every such English meeting was wrong: officials of no stated country read as the
visitor's own, a letter sent, a meeting only attended (0 right, 4 wrong); English keeps the rule
for requests only, French for meetings and requests."""

from __future__ import annotations

import pytest

from coder_en import code_en, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence", [
    "Canadian Defence Minister Anita Rowe met with several senior government officials on Thursday.",
    "The British envoy said she had spoken twice with the Prime Minister about the talks.",
    "German Chancellor Olaf Brenner sent a letter to the German finance minister on Friday.",
])
def test_en_meeting_with_own_code_party_not_coded(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "CONSULT"]


def test_en_request_to_own_code_still_stands(code_en):
    event = only(code_en("The governor of Oregon has requested that President Biden declare a disaster in the state."), "REQUEST")
    assert event.target == [] and event.rule.endswith("/own-code")


def test_fr_meeting_with_own_code_party_still_stands(code_fr):
    event = only(code_fr("Le ministre belge des affaires étrangères s'est entretenu mardi avec le premier ministre belge."), "CONSULT")
    assert event.target == [] and event.rule.endswith("/own-code")
