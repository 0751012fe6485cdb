"""English coder: requests, refusals and threats told in news shapes the lexicon once missed
(refusals said with "balk", "called it null and void", courts overturning
convictions) or coded where the gold codes none (a spokesman who "declined to comment")."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source, target", [
    # balking at terms or at committing to something is a refusal
    ("Iran has balked at the terms offered by France.", {"IRN"}, {"FRA"}),
    ("But Moscow is balking at committing to a timetable for the withdrawal.", {"RUS"}, set()),
    # a plan or an accord called void, a non-starter or a waste of time is rejected
    ("The Egyptian foreign minister called the Turkish-Libyan accord \"null and void\".", {"EGY"}, {"TUR", "LBY"}),
    ("Prime Minister Boris Johnson called the Scottish referendum plan a \"waste of time\".", {"GBR"}, set()),
    # a court overturning, reversing or quashing a conviction rejects it
    ("The US Supreme Court on Thursday reversed the convictions of two former aides.", {"USA"}, set()),
    ("A Turkish appeals court quashed the verdict against the journalists on Monday.", {"TUR"}, set()),
    # a ruling appealed to a higher court of the same state is rejected, aimed at its courts
    ("The Kenyan government appealed the decision to the Court of Appeal of Kenya.", {"KEN"}, {"KEN"}),
])
def test_refusals(code_en, sentence, source, target):
    event = only(code_en(sentence), "REJECT")
    assert countries(event.source) == source and countries(event.target) == target


def test_not_guilty_plea_is_no_admission(code_en):
    events = code_en("A Russian diplomat pleaded not guilty to the espionage charges.")
    assert not [e for e in events if e.type == "CONCEDE"]


@pytest.mark.parametrize("sentence", [
    "A spokesman for the Chinese foreign ministry declined to comment on the report.",
    "The Russian embassy in London declined to say whether the diplomats had left.",
])
def test_no_comment_is_no_refusal(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "REJECT"]


def test_denied_accusation_is_aimed_at_no_one_named(code_en):
    # a denial of one's own responsibility answers an accuser the sentence does not name: no
    # target (not the actor of the sentence before, as "rejected this argument" has)
    events = code_en("The United States accused Iran of attacking the tanker. Iran denied the accusation.")
    event = only(events, "REJECT")
    assert countries(event.source) == {"IRN"} and event.target == []


@pytest.mark.parametrize("sentence, source, target", [
    # "locals" are the place's civilians, as "residents" are
    ("The Kenyan interior minister urged locals to report suspicious activity to the police.", {"KEN"}, {"KEN"}),
    # what is called for from someone is asked of them
    ("Nurses in Nairobi called for better pay and more respect from the Kenyan government.", {"KEN"}, {"KEN"}),
    # physicians are civilians, as doctors are
    ("A group of physicians in Nairobi is urging the Kenyan government to vaccinate detainees.", {"KEN"}, {"KEN"}),
    # a request said in a participle clause beside another act is no content of it
    ("The Belarusian opposition leader asked for support, urging voters in Minsk to go to the polls.", {"BLR"}, {"BLR"}),
    # a verb joined to a reported clause whose subject is no actor goes with the reporting verb
    ("Former Russian president Dmitry Medvedev said there was a lack of transparency in the elections "
     "and urged the crowd in Moscow to consider what the counters are hiding.", {"RUS"}, {"RUS"}),
])
def test_requests(code_en, sentence, source, target):
    event = only(code_en(sentence), "REQUEST")
    assert countries(event.source) == source and countries(event.target) == target


def test_what_a_protest_calls_for_is_its_demand(code_en):
    """Marchers "calling for" something make one event, the protest, not a second request."""
    events = code_en("Thousands of Iraqi Kurds demonstrated in the northern city of Erbil on Sunday "
                     "calling for the release of detained activists.")
    assert only(events, "PROTEST") and not [e for e in events if e.type == "REQUEST"]


def test_letter_signed_is_no_agreement(code_en):
    events = code_en("\"This is an emergency,\" says the letter signed by seven doctors in Nairobi.")
    assert not [e for e in events if e.type == "SUPPORT"]


def test_warning_of_ones_own_act_is_a_threat(code_en):
    # what the warner says it will itself do is a threat, though the sentence names no target
    event = only(code_en("Iran warned that it would retaliate."), "THREATEN")
    assert countries(event.source) == {"IRN"} and event.target == []


@pytest.mark.parametrize("sentence", [
    "Iran warned that it would be difficult to reach a deal.",
    "Iran warned that the economy would slow.",
])
def test_warning_of_things_to_come_is_no_threat(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "THREATEN"]


def test_question_word_opening_the_askers_clause_is_no_question(code_en):
    # "when he asked X for Y" asks; "asked X when ..." is a question
    events = code_en("Lawmakers will question the envoy about the call when Trump asked Ukraine President "
                     "Volodymyr Zelenskiy for the investigations.")
    event = only(events, "REQUEST")
    assert countries(event.source) == {"USA"} and countries(event.target) == {"UKR"}
    assert not [e for e in code_en("Trump asked Zelenskiy when the investigation would start.") if e.type == "REQUEST"]
