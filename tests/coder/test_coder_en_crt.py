"""Court orders, custody and charges (helper crt): a court ordering or ruling that someone stay
in custody detains him (COERCE JUD -> the person), whatever the order's clause says it with; a
French « inculpation » or « mise en examen » is a charge (ACCUSE, gold/GUIDELINES.md: "an
indictment or charge is ACCUSE"). Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


# what the order or ruling says is in its complement clause (`in_clause` entries): the custody
# is there, not in the verb's own phrase; the order is no REQUEST
@pytest.mark.parametrize("sentence, source, target", [
    ("A court in Moscow ordered that the opposition leader Alexei Navalny be held in custody for two weeks.",
     "RUSJUD", {"RUS"}),
    ("A Moscow court ordered Alexei Navalny to remain in detention for 30 days.", "RUSJUD", {"RUS"}),
    ("A British judge ruled that Julian Assange should remain in jail until his extradition hearing.",
     "GBRJUD", {"AUS"}),
    ("A Turkish court ruled that the journalist Can Dundar must stay in prison pending his trial.",
     "TURJUD", {"TUR"}),
])
def test_court_order_of_custody_in_its_clause(code_en, sentence, source, target):
    event = only(code_en(sentence), "COERCE")
    assert event.source == [source] and countries(event.target) == target
    assert not [e for e in code_en(sentence) if e.type == "REQUEST"]


# an order to release someone from custody, or one given to prison staff, detains no one
@pytest.mark.parametrize("sentence", [
    "A Moscow court ordered that the opposition leader Alexei Navalny be released from custody.",
    "A British judge ruled that Julian Assange should be freed from jail on bail.",
])
def test_release_from_custody_is_no_detention(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "COERCE"]


@pytest.mark.parametrize("sentence", [
    "L'ancien ministre Jérôme Cahuzac a été mis en examen à Paris pour fraude fiscale.",
    "L'ancien ministre Jérôme Cahuzac a été inculpé de fraude fiscale à Paris.",
])
def test_french_charge_is_accuse(code_fr, sentence):
    events = code_fr(sentence)
    event = only(events, "ACCUSE")
    assert event.source == ["FRAJUD"] and countries(event.target) == {"FRA"}
    assert not [e for e in events if e.type == "COERCE"]
