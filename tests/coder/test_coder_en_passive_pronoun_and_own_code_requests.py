"""REQUEST, COERCE and ASSAULT misses (helper rqc): the subject pronoun of a passive is whom the
act hits (rule home-pronoun-obj, as the object pronoun of the active); a request made to someone
of the requester's own code stands with no target (rule own-code); an act aimed at no one by its
nature is no repeat of an aimed act of the same type (aimless-kept). gold/GUIDELINES.md: arrests
and shootings by the police are COERCE and ASSAULT; a target that is the source's own code is left
out; "called on" is REQUEST. Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


# a passive with its agent and a pronoun for subject: the pronoun, with no coded person before,
# is one of the article's country's people, as "the police arrested him" is
@pytest.mark.parametrize("text, event_type, source", [
    ("A man attacked shoppers in a Moscow store. He was arrested by Russian police on Sunday.", "COERCE", "RUSCOP"),
    ("A man attacked shoppers in a Moscow store. He was shot by Russian police on Sunday.", "ASSAULT", "RUSCOP"),
    ("Protesters marched in Minsk on Sunday. They were detained by Belarusian police.", "COERCE", "BLRCOP"),
])
def test_passive_subject_pronoun_is_the_target(code_en, text, event_type, source):
    event = only(code_en(text), event_type)
    assert event.source == [source] and countries(event.target) == {source[:3]}
    assert "home-pronoun" in event.rule


def test_active_object_pronoun_unchanged(code_en):
    event = only(code_en("A man attacked shoppers in a Moscow store. Russian police arrested him on Sunday."), "COERCE")
    assert event.source == ["RUSCOP"] and countries(event.target) == {"RUS"}


def test_passive_pronoun_for_a_named_person_stays_that_person(code_en):
    # the pronoun stands for the person named before (rule object-pronoun), not for the country
    event = only(code_en("Alexei Navalny landed in Moscow on Sunday. He was detained by Russian police at the airport."),
                 "COERCE")
    assert event.source == ["RUSCOP"] and event.target == ["RUSOPP"]


@pytest.mark.parametrize("text", [
    # an active subject pronoun does the act: it is no target
    "A man attacked shoppers in a Moscow store. He shot two guards on Sunday.",
    # a passive pronoun set before the news, in a clause of time (backdrop), stays uncoded
    "A man attacked shoppers in a Moscow store. He ran outside before he was shot by Russian police.",
])
def test_no_pronoun_target_guessed(code_en, text):
    assert not [e for e in code_en(text) if e.type in ("COERCE", "ASSAULT") and e.source == ["RUSCOP"]]


def test_french_passive_subject_pronoun(code_fr):
    events = code_fr("Un homme a attaqué des passants à Moscou. Il a été interpellé par la police russe dimanche.")
    event = only(events, "COERCE")
    assert event.source == ["RUSCOP"] and countries(event.target) == {"RUS"}


# a request made to someone of the requester's own code: the request stands, with no target
@pytest.mark.parametrize("sentence, source", [
    ("The governor of Louisiana has requested U.S. President Joe Biden declare a state of emergency.", "USAGOV"),
    ("The German foreign minister asked Chancellor Olaf Scholz to call a cabinet meeting.", "DEUGOV"),
])
def test_request_to_own_code_has_no_target(code_en, sentence, source):
    event = only(code_en(sentence), "REQUEST")
    assert event.source == [source] and event.target == []


def test_own_code_rule_stays_with_requests(code_en):
    # other types aimed at their own code are still dropped ("Trump criticized Pence": USAGOV both)
    assert not [e for e in code_en("U.S. President Donald Trump criticized U.S. Vice President Mike Pence.")
                if e.type == "ACCUSE" and e.target == []]


# an act aimed at no one by its nature is no repeat of an aimed one of the same type and source
def test_aimless_emergency_kept_beside_a_ban(code_en):
    events = code_en("The Samoan government declared a state of emergency on Friday and banned children "
                     "from public gatherings.")
    coerce = [e for e in events if e.type == "COERCE"]
    assert {tuple(e.target) for e in coerce} == {(), ("WSMCVL",)}


def test_repeated_untargeted_still_merged(code_en):
    # "protests" with no target beside protests against the government: one event
    events = [e for e in code_en("Thousands of Belarusians protested against the government in Minsk, "
                                 "and the protests continued on Monday.") if e.type == "PROTEST"]
    assert len({tuple(e.source) for e in events}) == len(events)
    assert not [e for e in events if not e.target] or len(events) == 1
