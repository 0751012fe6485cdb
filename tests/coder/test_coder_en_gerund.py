"""English coder: an act told as the means of another ("retaliated by expelling ...").
Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


# --- the English parser hangs the "-ing" clause on "by" (by -pcomp-> gerund): the gerund's doer
# is the subject of the verb above "by" (rule gerund), and the gerund is an act of its own, not
# the content of that verb
@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("Russia retaliated by expelling two British diplomats.", "SANCTION", {"RUS"}, {"GBR"}),
    ("China responded by imposing sanctions on the United States.", "SANCTION", {"CHN"}, {"USA"}),
    ("Beijing protested by summoning the US ambassador.", "ACCUSE", {"CHN"}, {"USA"}),
    ("Turkey reacted by recalling its ambassador from Austria.", "SANCTION", {"TUR"}, {"AUT"}),
])
def test_act_after_by_is_done_by_the_clause_subject(code_en, sentence, event_type, source, target):
    event = only(code_en(sentence), event_type)
    assert countries(event.source) == source
    assert countries(event.target) == target
    assert "gerund" in event.rule


@pytest.mark.parametrize("sentence", [
    "The talks were ended by walking out of the room.",
    "The minister earned praise by supporting the reform.",
])
def test_by_gerund_without_a_coded_doer_codes_nothing_new(code_en, sentence):
    assert not [e for e in code_en(sentence) if "gerund" in e.rule]
