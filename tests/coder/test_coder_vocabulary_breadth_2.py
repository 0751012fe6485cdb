"""Vocabulary breadth, part two (release 50): general event words the lexicon lacked, each with
its family and its equal in the other language: finalizing an agreement (« finaliser un accord »),
a criminal referral and indictments sought, backing up an actor's forces (« épauler »), aligning
with an actor (« s'aligner sur »), complying with a demand (« se conformer à », « obtempérer »),
interrupting a speaker (« interrompre »), examining an actor's conduct (« examiner la conduite »),
chasing a person (« pourchasser »), pursuing a prosecution, stalling aid, retracting one's words
(« se rétracter »), clashes (« heurts ») and assurances given. Each with near misses that must
stay uncoded as that event. Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


def _events(events, event_type):
    return [e for e in events if e.type == event_type]


def _triggers(events, event_type):
    return [e.trigger for e in _events(events, event_type)]


# --- entries that fix events on train and dev ---

def test_en_finalizing_an_agreement_is_agreeing(code_en):
    found = _events(code_en("Peru and Chile finalized a border agreement on Tuesday."), "AGREE")
    assert [(e.trigger, countries(e.source)) for e in found] == [("en:finalize+agreement", {"PER", "CHL"})]
    found = _events(code_en("Peru and Chile finalised a fishing accord."), "AGREE")
    assert [e.trigger for e in found] == ["en:finalise+agreement"]


@pytest.mark.parametrize("sentence", [
    "The Peruvian ministry finalized its annual report.",
    "The Peruvian airline finalized a deal to buy twenty jets.",  # a purchase
])
def test_en_finalizing_a_report_or_a_purchase_is_none(code_en, sentence):
    assert not _events(code_en(sentence), "AGREE")


def test_fr_finaliser_un_accord(code_fr):
    found = _events(code_fr("Le Pérou et le Chili ont finalisé un accord frontalier."), "AGREE")
    assert [(e.trigger, countries(e.source)) for e in found] == [("fr:finaliser+accord", {"PER", "CHL"})]


def test_fr_finaliser_un_budget_is_none(code_fr):
    assert not _events(code_fr("Le ministère péruvien a finalisé son budget."), "AGREE")


def test_en_a_criminal_referral_is_a_charge(code_en):
    found = _events(code_en("The Peruvian prosecutor made a criminal referral of the former minister."), "ACCUSE")
    assert [(e.trigger, countries(e.source), countries(e.target)) for e in found] == \
        [("en:noun:referral+criminal", {"PER"}, {"PER"})]


def test_en_a_medical_referral_is_none(code_en):
    assert not _events(code_en("The Peruvian doctor made a referral of the patient to a specialist."), "ACCUSE")


def test_en_indictments_sought_are_a_charge(code_en):
    assert _triggers(code_en("Peruvian prosecutors sought indictments against the former minister."),
                     "ACCUSE") == ["en:noun:indictment"]


def test_fr_epauler_des_forces_is_cooperation(code_fr):
    found = _events(code_fr("Les policiers péruviens, épaulés par des soldats chiliens, ont arrêté trois hommes."),
                    "COOPERATE")
    assert [(e.trigger, countries(e.source), countries(e.target)) for e in found] == \
        [("fr:épauler", {"CHL"}, {"PER"})]


def test_en_backing_up_forces_is_cooperation(code_en):
    found = _events(code_en("Chilean soldiers backed up the Peruvian police."), "COOPERATE")
    assert [(e.trigger, countries(e.source), countries(e.target)) for e in found] == \
        [("en:back+up", {"CHL"}, {"PER"})]


def test_en_backing_up_a_file_is_none(code_en):
    assert not _events(code_en("The Peruvian ministry backed up its computer files."), "COOPERATE")


# --- entries of the same families that change nothing on train and dev (kept for unseen news) ---

def test_aligning_with_an_actor_is_cooperation(code_en, code_fr):
    assert _triggers(code_en("The Bolivian rebels have now aligned with the Peruvian government."),
                     "COOPERATE") == ["en:align+with"]
    assert _triggers(code_fr("Les rebelles boliviens vont s'aligner sur le gouvernement péruvien."),
                     "COOPERATE") == ["fr:s'aligner+sur"]


def test_en_aligning_figures_is_none(code_en):
    assert not _events(code_en("The Peruvian figures aligned with the forecasts."), "COOPERATE")


def test_en_complying_with_a_demand_is_yielding(code_en):
    found = _events(code_en("The Peruvian government complied with the demands of the miners."), "CONCEDE")
    assert [(e.trigger, countries(e.source)) for e in found] == [("en:comply+with", {"PER"})]


def test_en_complying_with_a_rule_no_actor_is_none(code_en):
    assert not _events(code_en("The Peruvian ship complies with safety standards."), "CONCEDE")


def test_fr_se_conformer_a_une_resolution(code_fr):
    found = _events(code_fr("Le gouvernement bolivien va se conformer à la résolution de l'ONU."), "CONCEDE")
    assert [(e.trigger, e.target) for e in found] == [("fr:se+conformer", ["UN"])]


def test_en_interrupting_a_speaker_is_dissent(code_en):
    found = _events(code_en("The Peruvian president was interrupted by opposition lawmakers."), "PROTEST")
    assert [(e.trigger, countries(e.target)) for e in found] == [("en:interrupt", {"PER"})]


def test_en_interrupting_a_broadcast_is_none(code_en):
    assert not _events(code_en("Peruvian television interrupted its coverage to honour the late president."),
                       "PROTEST")


def test_fr_interrompre_un_orateur(code_fr):
    found = _events(code_fr("Le président péruvien a été interrompu par les députés de l'opposition."), "PROTEST")
    assert [(e.trigger, countries(e.target)) for e in found] == [("fr:interrompre", {"PER"})]


def test_en_examining_an_actors_conduct_is_investigating(code_en):
    found = _events(code_en("Peruvian prosecutors examined the conduct of the Chilean ambassador."), "ACCUSE")
    assert [(e.trigger, countries(e.target)) for e in found] == [("en:examine+conduct", {"CHL"})]


def test_en_examining_a_patient_is_none(code_en):
    assert not _events(code_en("Peruvian doctors examined the patient on Monday."), "ACCUSE")


def test_fr_examiner_la_conduite(code_fr):
    found = _events(code_fr("La justice péruvienne a examiné la conduite du ministre chilien."), "ACCUSE")
    assert [(e.trigger, countries(e.target)) for e in found] == [("fr:examiner+conduite", {"CHL"})]


def test_chasing_a_person_is_coercion(code_en, code_fr):
    assert _triggers(code_en("Peruvian police chased the Chilean smuggler on foot."), "COERCE") == ["en:chase+actor"]
    assert _triggers(code_fr("La police péruvienne a pourchassé le contrebandier chilien."), "COERCE") == \
        ["fr:pourchasser"]


def test_en_chasing_a_record_is_none(code_en):
    assert not _events(code_en("Peru's best runner chased the world record."), "COERCE")


def test_en_pursuing_a_prosecution_is_a_charge(code_en):
    found = _events(code_en("Peru will pursue the prosecution of the Chilean president."), "ACCUSE")
    assert [(e.trigger, countries(e.target)) for e in found] == [("en:pursue+prosecution", {"CHL"})]


def test_en_stalling_aid_is_withholding_it(code_en):
    found = _events(code_en("The Peruvian government stalled military aid to Bolivia."), "SANCTION")
    assert [(e.trigger, countries(e.target)) for e in found] == [("en:stall+aid", {"BOL"})]


def test_en_talks_that_stall_are_no_sanction(code_en):
    assert not _events(code_en("Talks between Peru and Bolivia stalled in March."), "SANCTION")


def test_retracting_ones_words_is_yielding(code_en, code_fr):
    assert _triggers(code_en("The Peruvian minister retracted his remarks about Bolivia."), "CONCEDE") == ["en:retract"]
    assert _triggers(code_en("The Peruvian broadcaster withdrew the video after protests."), "CONCEDE") == \
        ["en:withdraw+remarks"]
    assert _triggers(code_fr("Le ministre péruvien s'est rétracté."), "CONCEDE") == ["fr:se+rétracter"]


def test_clashes_between_actors_are_fighting(code_fr, code_en):
    found = _events(code_fr("Des heurts entre la police péruvienne et l'armée bolivienne ont éclaté."), "ASSAULT")
    assert [(e.trigger, countries(e.source)) for e in found] == [("fr:noun:heurt", {"PER", "BOL"})]
    # English "clash" is as often a quarrel ("the clash between the cabinet and parliament over the
    # budget"): no noun entry, the verb's own senses decide
    assert not _events(code_en("The clash between the Peruvian cabinet and parliament over the budget deepened."),
                       "ASSAULT")


def test_assurances_given_to_an_actor_are_a_promise(code_en, code_fr):
    found = _events(code_en("Peru gave assurances to Bolivia that it would withdraw."), "AGREE")
    assert [(e.trigger, countries(e.target)) for e in found] == [("en:noun:assurance", {"BOL"})]
    found = _events(code_fr("Le Pérou a donné des assurances à la Bolivie."), "AGREE")
    assert [(e.trigger, countries(e.target)) for e in found] == [("fr:noun:assurance", {"BOL"})]


def test_an_insurance_company_is_no_promise(code_fr):
    assert not _events(code_fr("La compagnie d'assurance péruvienne a augmenté ses tarifs."), "AGREE")


def test_en_dealings_with_an_actor_are_contacts(code_en):
    found = _events(code_en("The Peruvian government's dealings with Bolivia were questioned."), "CONSULT")
    assert [(e.trigger, countries(e.source), countries(e.target)) for e in found] == \
        [("en:noun:dealing", {"PER"}, {"BOL"})]
