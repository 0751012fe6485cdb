"""English trigger verbs in another sense that tells no political act (gold/GUIDELINES.md:
"a trigger word in another sense"): "retreated from a goal" (an aim given up, no withdrawal),
"aided by the support of voters" (helped in a race, no aid given), "information gathered from
activists" (things collected, no crowd gathering). Invented sentences; each has a near miss that
stays coded."""

from __future__ import annotations

import pytest

from coder_en import code_en  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, kind", [
    ("The Spanish government, which has retreated from its goal of balancing the budget, "
     "said the deficit will grow.", "RETREAT"),
    ("The French government retreated from its pledge to cut taxes.", "RETREAT"),
    ("The Canadian senator was aided by the support of older voters in the suburbs.", "AID"),
    ("Reports and information gathered from rights activists in exile describe a pattern of arrests "
     "by Belarusian police.", "PROTEST"),
])
def test_another_sense_is_no_event(code_en, sentence, kind):
    assert kind not in [e.type for e in code_en(sentence)]


@pytest.mark.parametrize("sentence, kind", [
    ("Russian troops retreated from the Ukrainian city of Kherson.", "RETREAT"),
    ("The United States aided the Syrian rebels with weapons.", "AID"),
    ("Thousands of activists gathered outside the Iranian embassy in London on Friday.", "PROTEST"),
])
def test_the_political_sense_stays(code_en, sentence, kind):
    assert kind in [e.type for e in code_en(sentence)]
