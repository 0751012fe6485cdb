"""The target is the owner or maker of the thing a reaction is aimed at (rule home-name-<slot>,
targets._owners): an unknown body named by an acronym after "of" / « de » that owns an act or a
claim ("condemned the act of the NTC", « a démenti les accusations de l'IPN »), or an unknown
name with an article owning the object as a possessive ("the Princess's candidacy"), in an
article about one country, is of that country. Not an acronym owning a thing (« la hausse de la
TVA »). gold/GUIDELINES.md section 3. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)

PH = "The Philippine Senate met in Manila on Monday. "
TH = "The Thai government met in Bangkok on Monday. "
PL = "Le gouvernement polonais s'est réuni à Varsovie lundi. "


@pytest.mark.parametrize("sentence", [
    "Several senators condemned the decision of the BRC, calling it an abuse of power.",
    "Several senators condemned the act of the BRC.",
    "Several senators rejected the proposal of the BRC.",
])
def test_an_acronym_owning_an_act_is_a_body_of_the_articles_country(code_en, sentence):
    events = [e for e in code_en(PH + sentence) if e.type in ("ACCUSE", "REJECT")]
    assert events and all(countries(e.target) == {"PHL"} for e in events)
    assert all(e.rule.endswith("home-name-obj") for e in events)


def test_a_name_with_an_article_owning_the_object_as_a_possessive(code_en):
    event = only(code_en(TH + "The military party challenged the legality of the Duchess's candidacy."), "ACCUSE")
    assert event.target == ["THA"] and event.rule.endswith("home-name-obj")


def test_french_an_acronym_owning_a_claim(code_fr):
    event = only(code_fr(PL + "Le ministre polonais de la Justice a démenti les accusations de l'IPR."), "REJECT")
    assert event.target == ["POL"] and event.rule.endswith("home-name-obj")


def test_an_acronym_owning_a_thing_is_no_target(code_en, code_fr):
    # a tax, a figure: no act or claim of a body
    event = only(code_en("The German government met in Berlin on Monday. The German union criticized the "
                         "rise of the VAT."), "ACCUSE")
    assert event.target == []
    event = only(code_fr(PL + "Le syndicat polonais a critiqué la hausse de la TVA."), "ACCUSE")
    assert event.target == []


def test_an_acronym_alone_names_no_country(code_en):
    # with no country in the article, the unknown body is no one's
    event = only(code_en("Amnesty International condemned the act of the BRC."), "ACCUSE")
    assert event.target == []


# rule thing-pronoun: "it" as the object of a reaction stands for what the sentence before told
US = dict(date=dt.date(2019, 1, 10))


def test_it_reacted_to_again_is_owned_by_whom_the_first_reaction_was_aimed_at(code_en):
    events = code_en("Democratic senators questioned President Trump's authority to build the wall. "
                     "Representative Adam Schiff called it a non-starter.", **US)
    event = only(events, "REJECT")
    assert event.target == ["USAGOV"] and event.rule.endswith("/thing-pronoun")


def test_it_for_an_act_told_before_is_aimed_at_its_doer(code_en):
    event = only(code_en("China expelled two Canadian diplomats on Monday. The United States condemned it.", **US),
                 "ACCUSE")
    assert countries(event.target) == {"CHN"} and event.rule.endswith("/thing-pronoun")


def test_it_after_a_meeting_of_the_same_actor_names_no_one(code_en):
    # the reacting actor met someone before: no thing of theirs was reacted to
    events = code_en("Democratic senators met President Trump on Monday. Representative Adam Schiff called it "
                     "a non-starter.", **US)
    assert only(events, "REJECT").target == []


def test_it_with_nothing_told_just_before_names_no_one(code_en):
    events = code_en("Democratic senators questioned President Trump's authority to build the wall. It rained "
                     "all day. Representative Adam Schiff called it a disgrace.", **US)
    assert [e.target for e in events if e.rule.endswith("/thing-pronoun")] == []


# rule possessive-owner: "his" owning a reaction's object names whom the reaction is aimed at
TR = "President Erdogan announced the change on Friday. "
JUL = dict(date=dt.date(2020, 7, 10))


def test_his_owning_the_object_of_a_reaction_is_the_person_named_before(code_en):
    event = only(code_en(TR + "The Greek government and UNESCO questioned his authority to make the change.", **JUL),
                 "ACCUSE")
    assert event.target == ["TURGOV"] and event.rule.endswith("/possessive-owner")


def test_his_of_a_lone_person_source_is_mostly_the_sources_own(code_en):
    # "Trump praised his courage", "criticized his own party": no guess
    assert only(code_en(TR + "President Trump praised his courage.", **JUL), "SUPPORT").target == []
    assert only(code_en(TR + "Chuck Schumer criticized his own party.", **JUL), "ACCUSE").target == []
