"""English coder: accusations and refusals said without an accusing or refusing verb (helper
acn): displeasure voiced, raised or registered; a claim said or called false; crying foul.
Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


# concerns, objections and displeasure expressed, voiced, raised or registered are criticism
# (ACCUSE, CAMEO 110), aimed at what the preposition names
@pytest.mark.parametrize("sentence, source, target", [
    ("The Chinese foreign ministry expressed frustration with Washington over the tariffs.", {"CHN"}, {"USA"}),
    ("Senator Elizabeth Warren raised concerns about the Pentagon's plan.", {"USA"}, {"USA"}),
    ("Japan registered a protest with China over the incident.", {"JPN"}, {"CHN"}),
    ("The German government voiced dissatisfaction with Turkey over the arrests.", {"DEU"}, {"TUR"}),
])
def test_displeasure_voiced_raised_or_registered(code_en, sentence, source, target):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.source) == source and countries(event.target) == target


@pytest.mark.parametrize("sentence", [
    "The Indian government raised the price of rice.",
    "The French government registered a new company in Paris.",
])
def test_raising_or_registering_something_else_is_no_criticism(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "ACCUSE"]


# a claim, a report or an account said or called false is denied: REJECT aimed at its author
@pytest.mark.parametrize("sentence, source, target", [
    ("Russian Foreign Minister Sergei Lavrov said the American claim was false.", {"RUS"}, {"USA"}),
    ("A Pentagon spokesman told reporters that the Russian defense ministry's claim \"is patently false.\"",
     {"USA"}, {"RUS"}),
    ("The Kremlin called the British report \"absolutely false.\"", {"RUS"}, {"GBR"}),
    ("The Chinese foreign ministry said the American allegations were untrue.", {"CHN"}, {"USA"}),
])
def test_claim_said_or_called_false_is_rejected(code_en, sentence, source, target):
    event = only(code_en(sentence), "REJECT")
    assert countries(event.source) == source and countries(event.target) == target


def test_a_claim_said_true_is_no_rejection(code_en):
    assert not [e for e in code_en("Russian Foreign Minister Sergei Lavrov said the American claim was true.")
                if e.type == "REJECT"]


# "cried foul" is a complaint
def test_crying_foul_is_criticism(code_en):
    event = only(code_en("The Democratic Party cried foul over the count in Iowa."), "ACCUSE")
    assert countries(event.source) == {"USA"}


# "call" with an object predicate names its object: no call for (REQUEST) in "a victory for"
@pytest.mark.parametrize("sentence", [
    "Chinese President Xi Jinping called the agreement a victory for both countries.",
    "German Chancellor Angela Merkel called the decision a good day for Europe.",
    "Joe Biden called Donald Trump a national embarrassment for his performance.",
])
def test_a_name_given_with_for_is_no_call_for(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "REQUEST"]


def test_call_for_stays_a_request(code_en):
    event = only(code_en("French President Emmanuel Macron called for talks with Russia."), "REQUEST")
    assert countries(event.source) == {"FRA"}


# "blamed the attack on Iran": the one the act is blamed on is the target, not the act
@pytest.mark.parametrize("sentence, source, target", [
    ("Saudi Arabia blamed the attack on Iran.", {"SAU"}, {"IRN"}),
    ("The Ukrainian government blamed the shelling on Russian forces.", {"UKR"}, {"RUS"}),
    ("The United States blamed Iran on Tuesday for the attack.", {"USA"}, {"IRN"}),
])
def test_blamed_on(code_en, sentence, source, target):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.source) == source and countries(event.target) == target


# "called Trump a racist": the parser reads the name as an object predicate (or as a compound
# of the predicate noun); it is the object, and the target
@pytest.mark.parametrize("sentence", [
    "Joe Biden called Trump a racist.",
    "Joe Biden called Trump a liar.",
    "Joe Biden called Trump a racist and a liar.",
])
def test_name_read_as_predicate_is_the_target(code_en, sentence):
    event = only(code_en(sentence, date=dt.date(2020, 10, 1)), "ACCUSE")  # Trump in office, Biden running
    assert event.source == ["USAOPP"] and event.target == ["USAGOV"]
