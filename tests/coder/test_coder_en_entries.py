"""English trigger entries: senses of a verb that are not the entry's act (invented sentences).

The verbs derived from PETRARCH2's CAMEO dictionary (verbs_cameo.yaml, scripts/build_verbs.py)
that PETRARCH coded right only through its patterns: taxing and budgeting, protection in
general, dwelling, preference and esteem, ceremony, asserting again. Hand entries: meeting a
requirement, answering the press or questions, signing a petition, voting for a candidate,
deploying means or technology, destroying a way of life, lending support, pushing back against
a claim, executing a plan, ordering goods, capturing votes, shooting down a proposal; and politicians'
fights said with verbs of violence."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, event_type", [
    ("Syria taxed imported goods from Turkey.", "COERCE"),
    ("Congress appropriated funds for Ukraine.", "COERCE"),
    ("The Turkish army guarded the border with Syria.", "AID"),
    ("Iranians reside in Iraq.", "ASSAULT"),
    ("Iran prefers talks with Saudi Arabia.", "SUPPORT"),
    ("The Chinese president favoured closer ties with Russia.", "SUPPORT"),
    ("The Iraqi government celebrated the anniversary of the American withdrawal.", "SUPPORT"),
    ("Russia reasserted its claim over Crimea.", "SUPPORT"),
    # derived coercions and concessions need someone they are done to
    ("Trump confined his remarks to the economy.", "COERCE"),
    ("China grabbed headlines with its new plan.", "COERCE"),
    ("Trump declassified documents about the Russia investigation.", "CONCEDE"),
])
def test_derived_verbs_of_another_sense_code_nothing(code_en, sentence, event_type):
    assert not [e for e in code_en(sentence) if e.type == event_type]


@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("Iran extolled Russia.", "SUPPORT", {"IRN"}, {"RUS"}),
    ("Beijing disparaged Japan.", "ACCUSE", {"CHN"}, {"JPN"}),
    ("Iranian police nabbed two British tourists.", "COERCE", {"IRN"}, {"GBR"}),
])
def test_derived_verbs_of_their_block_sense_still_code(code_en, sentence, event_type, source, target):
    event = only(code_en(sentence), event_type)
    assert countries(event.source) == source and countries(event.target) == target
    assert event.trigger.startswith("en:cameo:")


@pytest.mark.parametrize("sentence, event_type", [
    ("Turkey has met the European Union's criteria.", "CONSULT"),  # a requirement met
    ("Biden responded to questions from the Russian press.", "CONSULT"),  # answering the press
    ("Russian lawmakers signed a petition against Ukraine.", "SUPPORT"),  # no agreement signed
    ("Hungarians voted for Orban.", "SUPPORT"),  # an election (gold/GUIDELINES.md)
    ("The Israeli army deployed new technology in Gaza.", "MOBILIZE"),  # means, not forces
    ("Hamas seeks to destroy the Israeli way of life.", "THREATEN"),  # no property destroyed
    ("India ordered 36 Rafale jets from France.", "REQUEST"),  # goods ordered are bought
    ("Biden captured the votes of Ukrainian Americans.", "COERCE"),  # votes won, no one captured
    ("Pope Francis imposed a law mandating Catholic priests to report cases of abuse.", "COERCE"),
])
def test_hand_entries_of_another_sense_code_nothing(code_en, sentence, event_type):
    assert not [e for e in code_en(sentence) if e.type == event_type]


@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("Erdogan met Putin in Sochi.", "CONSULT", {"TUR"}, {"RUS"}),
    ("The Russian army deployed troops to Belarus.", "MOBILIZE", {"RUS"}, {"BLR"}),
    ("President Obama urged Americans to vote for Hillary Clinton.", "SUPPORT", {"USA"}, {"USA"}),
])
def test_hand_entries_of_their_sense_still_code(code_en, sentence, event_type, source, target):
    event = only(code_en(sentence), event_type)
    assert countries(event.source) == source and countries(event.target) == target


@pytest.mark.parametrize("sentence, event_type, source, target, not_type", [
    ("Germany lent its support to Ukraine.", "SUPPORT", {"DEU"}, {"UKR"}, "AID"),  # support lent, no aid
    ("China pushed back against the American accusations.", "REJECT", {"CHN"}, {"USA"}, "COERCE"),
    # politicians clash, fight and target each other with words (verbal_attack_verbs)
    ("Biden will fight Trump in November.", "ACCUSE", {"USA"}, {"USA"}, "THREATEN"),
    ("Trump targeted Biden in a speech.", "ACCUSE", {"USA"}, {"USA"}, "ASSAULT"),
    ("Biden and Sanders clashed over healthcare.", "ACCUSE", {"USA"}, set(), "ASSAULT"),
    ("Iran shot down a proposal from France.", "REJECT", {"IRN"}, {"FRA"}, "ASSAULT"),  # a proposal, no aircraft
])
def test_entries_of_the_right_type(code_en, sentence, event_type, source, target, not_type):
    events = code_en(sentence)
    event = only(events, event_type)
    assert countries(event.source) == source and countries(event.target) == target
    assert not [e for e in events if e.type == not_type]


@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("The IMF lent money to Greece.", "AID", {"IMF"}, {"GRC"}),
    ("Saudi Arabia executed three Iranian citizens.", "ASSAULT", {"SAU"}, {"IRN"}),
    ("Ukrainian soldiers pushed back Russian forces.", "ASSAULT", {"UKR"}, {"RUS"}),
    ("Police clashed with protesters in Minsk.", "ASSAULT", {"BLR"}, {"BLR"}),
    ("Russian troops fought Ukrainian soldiers.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Iran shot down an American drone.", "ASSAULT", {"IRN"}, {"USA"}),
    ("The Thai army imposed martial law in Bangkok.", "COERCE", {"THA"}, {"THA"}),
    ("Russian forces captured two Ukrainian soldiers.", "COERCE", {"RUS"}, {"UKR"}),
])
def test_entries_of_their_sense_still_code(code_en, sentence, event_type, source, target):
    event = only(code_en(sentence), event_type)
    assert countries(event.source) == source and countries(event.target) == target


def test_a_plan_executed_kills_no_one(code_en):
    assert not [e for e in code_en("The Pentagon executed a plan to strike Iran.") if e.type == "ASSAULT"]
