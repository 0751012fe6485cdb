"""English coder: accusations the coder used to miss (criticism said with a damning word,
claims of a wrongdoing, impeachment inquiries, blame by attribution); invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source, target", [
    # a damning name given to an act, or a damning word in what is said
    ("The Greek foreign minister described the Turkish decision as improper.", {"GRC"}, {"TUR"}),
    ("The Irish prime minister called the British proposal a charade.", {"IRL"}, {"GBR"}),
    ('"It was a misleading and improper decision," the Spanish foreign minister told reporters.', {"ESP"}, set()),
])
def test_damning_words(code_en, sentence, source, target):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.source) == source and countries(event.target) == target


@pytest.mark.parametrize("sentence, source", [
    ("To date, Bolsonaro's claims of widespread electoral fraud have gained no traction in Brazil.", {"BRA"}),
    ("Maduro's allegations of vote rigging were dismissed by observers in Caracas.", {"VEN"}),
])
def test_claims_of_a_wrongdoing_owned_by_an_actor(code_en, sentence, source):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.source) == source and event.target == []


def test_claims_of_no_wrongdoing_are_no_accusation(code_en):
    assert not [e for e in code_en("China pressed its territorial claims in the South China Sea.") if e.type == "ACCUSE"]


@pytest.mark.parametrize("sentence", [
    "Lawmakers in Washington held a fourth hearing in the ongoing impeachment inquiry into President Biden.",
    "The Senate in Washington debated the rules of the impeachment proceedings against President Biden.",
])
def test_impeachment_inquiry_is_the_legislature_accusing(code_en, sentence):
    event = only(code_en(sentence, date=dt.date(2023, 10, 1)), "ACCUSE")
    assert event.source == ["USALEG"] and event.target == ["USAGOV"]


def test_an_impeachment_ended_is_no_new_accusation(code_en):
    events = code_en("Senators in Washington voted to end the impeachment proceedings against President Biden.",
                     date=dt.date(2023, 10, 1))
    assert not [e for e in events if e.type == "ACCUSE"]


def test_an_impeachment_asked_about_is_no_accusation(code_en):
    events = code_en("Would there have been impeachment proceedings against Obama in Washington?")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_attributing_a_violent_act_blames(code_en):
    event = only(code_en("The Saudi foreign minister attributed the bombing to Houthi rebels."), "ACCUSE")
    assert countries(event.source) == {"SAU"} and countries(event.target) == {"YEM"}


def test_attributing_a_rally_blames_no_one(code_en):
    events = code_en("Analysts attributed the rally in Indian bank stocks to the Reserve Bank of India.")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_the_act_a_verdict_judges_is_still_told(code_en):
    events = code_en("The Greek foreign minister called the Turkish talks with Libya a provocation.")
    assert {e.type for e in events} >= {"ACCUSE", "CONSULT"}


@pytest.mark.parametrize("sentence, source", [
    ("Bolsonaro lashed out at the city's mayor Maria Souza on Twitter.", {"BRA"}),
    ('Over the weekend, Bolsonaro assailed Williams as part of the "Never Trumpers".', {"BRA"}),
])
def test_verbal_attacks_on_no_coded_actor_are_criticism(code_en, sentence, source):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.source) == source and event.target == []


def test_what_an_actor_has_always_done_is_no_news(code_en):
    events = code_en("The Georgian government has always condemned any form of violence against journalists.")
    assert not [e for e in events if e.type == "ACCUSE"]


# --- round 39: gold events with no trigger at all ---------------------------------------------

@pytest.mark.parametrize("sentence, source, target", [
    # a court's ruling against someone, said with a noun
    ("A federal judge in Texas issued a ruling against President Donald Trump on Monday.", {"USA"}, {"USA"}),
    ("The Kenyan High Court handed down a ruling against the Ugandan government.", {"KEN"}, {"UGA"}),
])
def test_a_ruling_against_someone_accuses(code_en, sentence, source, target):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.source) == source and countries(event.target) == target


def test_a_ruling_on_a_matter_accuses_no_one(code_en):
    events = code_en("The Kenyan High Court issued a ruling on the election dispute on Monday.")
    assert not [e for e in events if e.type == "ACCUSE"]


@pytest.mark.parametrize("sentence", [
    "US Senator Elizabeth Warren would be suspending her campaign, NBC News reported.",
    "The Canadian prime minister announced that Canadian troops would be leaving Iraq.",
    '"I am going to end my presidential campaign," New York mayor Bill de Blasio said.',
])
def test_an_announced_retreat_stays_a_retreat(code_en, sentence):
    event = only(code_en(sentence), "RETREAT")
    assert event.hypothetical
    assert not [e for e in code_en(sentence) if e.type == "AGREE"]


@pytest.mark.parametrize("sentence, kind", [
    # a retreat announced as a threat's terms is a threat, one offered an agreement
    ("Canada announced that it will withdraw its troops from Mali unless the junta holds elections.", "THREATEN"),
    ("The Turkish government says it is willing to withdraw its troops from Cyprus.", "AGREE"),
])
def test_a_retreat_threatened_or_offered_is_not_a_retreat(code_en, sentence, kind):
    events = code_en(sentence)
    assert only(events, kind)
    assert not [e for e in events if e.type == "RETREAT"]


@pytest.mark.parametrize("sentence, source, target", [
    # not yielding to a demand or to pressure refuses it
    ("The Thai prime minister did not accede to the protesters' demands.", {"THA"}, {"THA"}),
    ("The Iranian government will not bow to American pressure.", {"IRN"}, {"USA"}),
    ("The Greek government did not give in to Turkey.", {"GRC"}, {"TUR"}),
])
def test_not_yielding_is_a_refusal(code_en, sentence, source, target):
    events = code_en(sentence)
    event = only(events, "REJECT")
    assert countries(event.source) == source and countries(event.target) == target
    assert not [e for e in events if e.type == "CONCEDE"]


@pytest.mark.parametrize("sentence, source", [
    # an accusation said with a noun whose possessive or agent names its doer, aimed at no one named
    ("In response to a lawsuit by the American Civil Liberties Union, a federal judge ruled on the case on Friday.", {"USA"}),
    ("Jeremy Corbyn's criticism was unusually sharp.", {"GBR"}),
    ("Adam Schiff's impeachment inquiry is incoherent.", {"USA"}),
])
def test_an_owned_accusation_noun_stands_without_target(code_en, sentence, source):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.source) == source and event.target == []


@pytest.mark.parametrize("sentence", [
    # a name modifying the noun may be whom it is aimed at; a noun another's refusal acts on is told before
    "John Bolton refused to testify at the Trump impeachment proceedings.",
    "A federal judge dismissed the American Civil Liberties Union's lawsuit.",
])
def test_no_untargeted_accusation_from_a_modifier_or_a_dismissed_noun(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "ACCUSE"]


@pytest.mark.parametrize("sentence", [
    # a candidate leaving the race, said with a noun
    "On Friday, US Senator Elizabeth Warren announced the end of her presidential campaign.",
    "US Senator Elizabeth Warren's exit from the race surprised her supporters.",
])
def test_the_end_of_a_campaign_is_a_retreat(code_en, sentence):
    event = only(code_en(sentence), "RETREAT")
    assert countries(event.source) == {"USA"} and event.target == []


def test_the_end_of_a_campaign_as_a_time_is_no_retreat(code_en):
    assert not [e for e in code_en("By the end of the campaign, US Senator Elizabeth Warren had spent millions.")
                if e.type == "RETREAT"]


@pytest.mark.parametrize("sentence, source", [
    # owning up to an error said in what is acknowledged or admitted
    ("The Nigerian army admitted that its jets had mistakenly bombed a refugee camp.", {"NGA"}),
    ("The Iranian government acknowledged that its air defences had unintentionally shot down the airliner.", {"IRN"}),
])
def test_an_admitted_error_is_a_concession(code_en, sentence, source):
    events = code_en(sentence)
    assert countries(only(events, "CONCEDE").source) == source
    assert only(events, "ASSAULT")  # the act admitted is still told


def test_acknowledging_a_failure_of_talks_owns_no_error(code_en):
    assert not [e for e in code_en("The Argentine minister acknowledged that talks with Britain had failed.")
                if e.type == "CONCEDE"]


def test_denying_claims_is_a_refusal_whatever_clause_follows(code_en):
    # a verb of saying acting on a direct object its entry names is that act, even when the parser
    # hangs a clause of the sentence on it (here the comma-spliced "a UN report concluded ...")
    events = code_en("Saudi Arabia initially denied all claims that the journalist was slain, however, a UN "
                     "report eventually concluded evidence supported his murder inside the consulate.")
    event = only(events, "REJECT")
    assert countries(event.source) == {"SAU"} and event.target == []
