"""French coder (helper frn): what protesters march for is an act of its own, and protests told
by their physical form (barricades, premises taken over). Invented news sentences, not gold ones."""

from __future__ import annotations

import pytest

from coder_fr import code_fr, only  # noqa: F401  (fixture)


# what a protest is for, when it is an act of another type (a demand, a denunciation), said with
# « pour » + infinitive, a gerund or a present participle, is coded beside the protest, with the
# protesters (civilians) as its source (grammar.yaml own_aim_types)
@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("Des milliers d'Égyptiens ont manifesté au Caire pour exiger que l'armée égyptienne quitte le pouvoir.",
     "REQUEST", ["EGYCVL"], ["EGYMIL"]),
    ("Des milliers d'Égyptiens se sont rassemblés place Tahrir pour exiger le départ de l'armée égyptienne.",
     "REQUEST", ["EGYCVL"], ["EGYMIL"]),
    ("Des milliers d'Équatoriens ont manifesté à Quito en réclamant la démission du président équatorien.",
     "REQUEST", ["ECUCVL"], ["ECUGOV"]),
    ("Des milliers d'Équatoriens ont manifesté à Quito, réclamant la démission du président équatorien.",
     "REQUEST", ["ECUCVL"], ["ECUGOV"]),
    ("Des milliers d'Espagnols ont manifesté à Madrid pour dénoncer le projet de loi du gouvernement espagnol.",
     "ACCUSE", ["ESP"], ["ESPGOV"]),
])
def test_what_protesters_march_for_is_coded_beside_the_protest(code_fr, sentence, event_type, source, target):
    events = code_fr(sentence)
    only(events, "PROTEST")
    event = only(events, event_type)
    assert event.source == source and event.target == target


def test_a_strike_called_to_demand_a_raise_is_also_a_demand(code_fr):
    events = code_fr("Les syndicats français appelaient à la grève pour demander une augmentation des salaires.")
    assert only(events, "PROTEST").source == ["FRACVL"]
    assert only(events, "REQUEST").source == ["FRACVL"]


@pytest.mark.parametrize("sentence, event_type", [
    # marching to protest is one protest
    ("Des milliers de Chinois ont manifesté pour protester contre le manuel scolaire japonais.", "PROTEST"),
    # what force is used for stays folded into the act (PURPOSE_TYPES)
    ("La police égyptienne a tiré pour disperser les manifestants.", "COERCE"),
])
def test_an_aim_of_the_same_type_or_of_force_stays_one_event(code_fr, sentence, event_type):
    events = code_fr(sentence)
    assert len(events) == 1 and events[0].type == event_type


# barricades are a protest; premises taken over by civilians a protest, by armed men an assault
@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("Les partisans de l'opposition togolaise ont érigé des barricades à Lomé.", "PROTEST", ["TGOOPP"], ["TGO"]),
    ("Des étudiants canadiens ont investi les bureaux du ministre canadien de l'Éducation.", "PROTEST", ["CANCVL"], ["CANGOV"]),
    ("Les rebelles syriens ont investi le siège du gouvernement syrien à Alep.", "ASSAULT", ["SYRREB"], ["SYRGOV"]),
])
def test_protests_told_by_their_form(code_fr, sentence, event_type, source, target):
    event = only(code_fr(sentence), event_type)
    assert event.source == source and event.target == target


def test_investing_money_is_no_protest(code_fr):
    assert code_fr("Le fonds américain a investi deux milliards dans le capital du groupe français.") == []
