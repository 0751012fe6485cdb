"""Legal and police process (helper jud): charges, convictions, sentences and custody told with
an implicit doer (gold/GUIDELINES.md: a court sentencing or jailing someone is COERCE JUD -> the
person; an indictment or charge is ACCUSE). Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


# coordinated and adverbial past participles share the passive of the verb they hang on:
# the suspect underwent the second act too, done by the state's courts (implicit agent)
@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("The Russian activist was arrested and charged with treason in Moscow.", "ACCUSE", "RUSJUD", {"RUS"}),
    ("Two Turkish journalists were arrested, charged with terrorism and later released in Ankara.",
     "ACCUSE", "TURJUD", {"TUR"}),
    ("A Belarusian blogger was convicted and sentenced to six years in prison in Minsk.", "COERCE", "BLRJUD", {"BLR"}),
    ("An Iranian, Reza Karimi, appeared in a court in Istanbul on Monday, charged with spying for Tehran.",
     "ACCUSE", "TURJUD", {"IRN"}),
])
def test_bare_participle_shares_the_passive(code_en, sentence, event_type, source, target):
    event = only(code_en(sentence), event_type)
    assert event.source == [source] and countries(event.target) == target
    assert "implicit-agent" in event.rule


def test_french_coordinated_participle_is_passive(code_fr):
    events = [e for e in code_fr("Un journaliste turc a été interpellé et inculpé de terrorisme à Ankara.")
              if e.source == ["TURJUD"]]
    assert events and countries(events[0].target) == {"TUR"}


# a passive with no agent, or a crowd noun, in a clause of time (`frame_marks`: "as", "when",
# "while") frames the news of the main clause: its doer is not guessed (no implicit agent)
@pytest.mark.parametrize("sentence, event_type", [
    ("The vote took place as anti-government protests continue in Basra.", "PROTEST"),
    ("The Kremlin was silent as anti-government protests spread across Moscow.", "PROTEST"),
    ("When the Ukrainian activist was sentenced in Moscow, the Kremlin spokesman was traveling.", "COERCE"),
    ("The Russian minister spoke as two Ukrainian activists were sentenced in Moscow.", "COERCE"),
    ("While two Ukrainian activists were jailed in Moscow, the Russian minister traveled to Paris.", "COERCE"),
])
def test_no_implicit_agent_in_a_time_frame(code_en, sentence, event_type):
    assert not [e for e in code_en(sentence) if e.type == event_type and "implicit-agent" in e.rule]


def test_implicit_agent_outside_a_time_frame(code_en):
    event = only(code_en("The Ukrainian activist was sentenced in Moscow on Monday."), "COERCE")
    assert event.source == ["RUSJUD"] and countries(event.target) == {"UKR"}


# charges filed, brought, pressed or laid: the state's courts charge (ACCUSE); with no doer named
# (a passive), those of the place the sentence names (implicit agent)
@pytest.mark.parametrize("sentence, source, target", [
    ("Charges were filed against two Russian officers in Moscow.", "RUSJUD", {"RUS"}),
    ("Charges were brought against the former Malian minister in Bamako.", "MLIJUD", {"MLI"}),
    ("Charges were pressed against two Georgian protesters in Tbilisi.", "GEOJUD", {"GEO"}),
    ("Russia pressed charges against a Ukrainian sailor.", "RUSJUD", {"UKR"}),
])
def test_charges_filed(code_en, sentence, source, target):
    event = only(code_en(sentence), "ACCUSE")
    assert event.source == [source] and countries(event.target) == target


def test_pressing_someone_is_still_a_request(code_en):
    event = only(code_en("The Georgian government pressed Russia for answers."), "REQUEST")
    assert countries(event.target) == {"RUS"}
