"""English coder: meetings and contacts said with nouns (helper "meet"); invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, sources", [
    # an event noun no verb carries names its parties after "between" (rule noun-owner)
    ("Aides were unable to reschedule a meeting between Vladimir Putin and Recep Tayyip Erdogan in Sochi.", {"RUS", "TUR"}),
    ("Diplomats tried to arrange talks between Vladimir Putin and Emmanuel Macron next week.", {"RUS", "FRA"}),
])
def test_meeting_noun_names_its_parties(code_en, sentence, sources):
    event = only(code_en(sentence), "CONSULT")
    assert countries(event.source) == sources and event.target == []
    assert ":noun:noun-owner/" in event.rule


@pytest.mark.parametrize("sentence, source, target", [
    # a demand said with a noun its owner names is aimed at whoever answers it (target rule answerer)
    ("The French government rejected the unions' demands.", {"FRA"}, {"FRA"}),
    ("Moscow ignored Kyiv's requests for a ceasefire.", {"UKR"}, {"RUS"}),
    ("Vladimir Putin finally bowed to Turkey's demands on the corridor.", {"TUR"}, {"RUS"}),
])
def test_demand_is_aimed_at_its_answerer(code_en, sentence, source, target):
    event = only(code_en(sentence), "REQUEST")
    assert countries(event.source) == source and countries(event.target) == target
    assert event.rule.endswith("/answerer")


@pytest.mark.parametrize("sentence, event_type, source, target", [
    # words sent to someone name their sender after "from" (sender_nouns, rule noun-owner)
    ("The British government approved an extradition request from the United States.", "REQUEST", {"USA"}, {"GBR"}),
    ("Moscow rejected demands from Kyiv.", "REQUEST", {"UKR"}, {"RUS"}),
    ("Condolences from Paris poured in after the attack.", "SUPPORT", {"FRA"}, set()),
])
def test_words_sent_name_their_sender(code_en, sentence, event_type, source, target):
    event = only(code_en(sentence), event_type)
    assert countries(event.source) == source and countries(event.target) == target
    assert ":noun:noun-owner/" in event.rule
