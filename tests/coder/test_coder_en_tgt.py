"""English coder: targets the coder used to lose or add (helper "tgt"); invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source, target", [
    # the parser makes "for"/"with" the mark of the infinitive and the addressee its subject
    ("Germany called for Russia to withdraw its troops from the border.", {"DEU"}, {"RUS"}),
    ("American doctors pleaded with the administration to reconsider its decision.", {"USA"}, {"USA"}),
])
def test_addressee_of_for_with_infinitive(code_en, sentence, source, target):
    event = only(code_en(sentence), "REQUEST")
    assert countries(event.source) == source and countries(event.target) == target


def test_passive_infinitive_names_no_addressee(code_en):
    # "calling for the killers to be brought to justice" asks whoever would bring them
    event = only(code_en("The French president called for the Syrian killers to be brought to justice."), "REQUEST")
    assert "SYR" not in countries(event.target)


def test_own_country_down_an_infinitive_chain_is_no_target(code_en):
    # the bare country of a state body's own, reached through "to protect Chinese interests",
    # says where the act is, not whom it is aimed at
    event = only(code_en("The Chinese government promised to protect Chinese interests."), "AGREE")
    assert event.source == ["CHNGOV"] and event.target == []


def test_people_may_aim_at_their_own_state_down_a_chain(code_en):
    event = only(code_en("Thousands of Iraqi Kurds demonstrated in Kirkuk calling for independence from Iraq."), "PROTEST")
    assert event.target == ["IRQ"]


def test_a_place_down_an_infinitive_chain_stays(code_en):
    event = only(code_en("Iranian security forces used excessive force to crush peaceful protests across Iran."), "COERCE")
    assert countries(event.target) == {"IRN"}


@pytest.mark.parametrize("sentence, target", [
    # a company noun with no name of its own is a business of the country the sentence is about
    ("Local officials in California accused the utility of negligence.", ["USABUS"]),
    ("Texas officials accused the company of fraud.", ["USABUS"]),
])
def test_company_nouns_are_the_countrys_business(code_en, sentence, target):
    event = only(code_en(sentence), "ACCUSE")
    assert event.target == target


def test_regulators_are_the_countrys_government(code_en):
    event = only(code_en("Regulators in Ohio fined the company."), "COERCE")
    assert event.source == ["USAGOV"] and event.target == ["USABUS"]


@pytest.mark.parametrize("sentence, event_type, target", [
    # the object pronoun of an adverbial participle stands for the phrase after the preposition
    # of the verb it hangs on, when that verb has no object
    ("The Greek prime minister commented on the Turkish-Libyan maritime agreement, calling it null and void.",
     "REJECT", {"TUR", "LBY"}),
    ("The Greek prime minister reacted to the Turkish proposal, calling it unacceptable.", "ACCUSE", {"TUR"}),
    ("Macron spoke to Putin on Monday, urging him to withdraw his troops.", "REQUEST", {"RUS"}),
])
def test_object_pronoun_for_the_prepositional_object_before(code_en, sentence, event_type, target):
    event = only(code_en(sentence), event_type)
    assert countries(event.target) == target
