"""English coder: cooperative and quarrelsome exchanges said with "trade" and "exchange", and
pledges said with a participle of stance the parser reads as an adjective (invented sentences)."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence", [
    "Japan gave new momentum to trade talks with Australia.",
    "Macron gave his backing to trade talks with Mercosur.",
])
def test_trade_before_a_meeting_noun_is_no_trade(code_en, sentence):
    # the parser reads "to trade talks" as an infinitive with its object: the talks are the
    # event (a partnered meeting noun), no commerce
    events = code_en(sentence)
    assert not [e for e in events if e.type == "COOPERATE"]
    assert only(events, "CONSULT")


@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("Israel traded fire with Hezbollah on Sunday.", "ASSAULT", {"ISR"}, {"LBN"}),
    ("India traded barbs with Pakistan over Kashmir.", "ACCUSE", {"IND"}, {"PAK"}),
    ("China traded accusations with the United States.", "ACCUSE", {"CHN"}, {"USA"}),
    ("Moscow exchanged accusations with Washington.", "ACCUSE", {"RUS"}, {"USA"}),
])
def test_what_is_traded_says_the_act(code_en, sentence, event_type, source, target):
    events = code_en(sentence)
    assert not [e for e in events if e.type == "COOPERATE"]
    event = only(events, event_type)
    assert countries(event.source) == source and countries(event.target) == target


def test_trading_goods_stays_trade(code_en):
    event = only(code_en("Turkey trades with Iran."), "COOPERATE")
    assert countries(event.source) == {"TUR"} and countries(event.target) == {"IRN"}


@pytest.mark.parametrize("sentence, source", [
    ('The German chancellor said, "We are committed to working with our allies."', {"DEU"}),
    ("Japan said it is committed to reducing emissions.", {"JPN"}),
])
def test_stance_participle_as_a_copula_complement_pledges(code_en, sentence, source):
    event = only(code_en(sentence), "AGREE")
    assert countries(event.source) == source


def test_stance_towards_a_body_is_no_pledge(code_en):
    events = code_en('The director of the Bureau of Prisons said, "I am committed to this agency."')
    assert not [e for e in events if e.type == "AGREE"]


@pytest.mark.parametrize("sentence, source, target", [
    ("Vietnam has expanded cooperation with the navies of Japan and India.", {"VNM"}, {"JPN", "IND"}),
    ("Egypt has strengthened security cooperation with Greece.", {"EGY"}, {"GRC"}),
])
def test_cooperation_grown_with_another_actor(code_en, sentence, source, target):
    event = only(code_en(sentence), "COOPERATE")
    assert countries(event.source) == source and countries(event.target) == target


def test_cooperation_suspended_stays_a_sanction(code_en):
    events = code_en("Russia suspended cooperation with NATO.")
    assert only(events, "SANCTION") and not [e for e in events if e.type == "COOPERATE"]


@pytest.mark.parametrize("sentence, source, target", [
    ('Senator Elizabeth Warren wrote, "Congratulations to [Joe Biden] on a great speech."', {"USALEG"}, {"USAGOV"}),
    ('Macron tweeted, "Congratulations to [Olaf Scholz] on his election."', {"FRAGOV"}, {"DEUGOV"}),
])
def test_editorial_brackets_in_a_quote_keep_the_name(code_en, sentence, source, target):
    # the parser reads "[" as a word of the clause; blanked, the bracketed name is the target
    event = only(code_en(sentence), "SUPPORT")
    assert set(event.source) == source and set(event.target) == target
