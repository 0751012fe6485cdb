"""Rule organisation-kind (dyads.coder.references._groups): a definite noun naming a kind of
organisation ("the agency", « le groupe armé », « l'ONG ») stands for the organisation of that
kind named just before, not for another actor of the window; a capitalised noun opens a name
of its own. Invented sentences."""

from __future__ import annotations

import datetime as dt

from coder_common import dyads, sentence_of
from coder_en import code_en, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


def test_the_agency_stands_for_the_state_agency_named_before(code_en):
    events = code_en("Customs and Border Protection published a report on Monday. "
                     "The agency accused Mexico of ignoring the smugglers.", date=dt.date(2019, 11, 20))
    assert ("ACCUSE", "USACOP", "MEX") in dyads(sentence_of(events, "The agency"))


def test_the_group_is_no_state_agency(code_en):
    # "the group" never stands for a body of the state
    events = code_en("Customs and Border Protection published a report on Monday. "
                     "The group accused Mexico of ignoring the smugglers.", date=dt.date(2019, 11, 20))
    assert not [e for e in sentence_of(events, "The group") if "USACOP" in e.source]


def test_the_armed_group_is_the_armed_group_not_the_un_fr(code_fr):
    events = code_fr("L'ONU a dénoncé lundi les exactions d'Ansar Eddine à Tombouctou. "
                     "Le groupe armé a attaqué l'armée malienne mardi.", date=dt.date(2012, 7, 3))
    found = sentence_of(events, "Le groupe armé")
    assert found and all(e.source == ["MLIREB"] for e in found)


def test_the_ngo_is_the_ngo_not_the_armed_group_fr(code_fr):
    events = code_fr("Amnesty International a publié lundi un rapport sur le Hamas. "
                     "L'ONG accuse Israël de crimes de guerre.", date=dt.date(2014, 7, 3))
    assert ("ACCUSE", "AMNESTY", "ISR") in dyads(sentence_of(events, "L'ONG"))


def test_the_rights_group_is_the_ngo_named_before(code_en):
    events = code_en("Amnesty International published a report on Hamas on Monday. "
                     "The rights group accused Israel of war crimes.", date=dt.date(2014, 7, 3))
    assert ("ACCUSE", "AMNESTY", "ISR") in dyads(sentence_of(events, "The rights group"))


def test_a_capitalised_noun_opens_a_name_of_its_own_fr(code_fr):
    # « L'Association des juristes ... » is no NGO named before
    events = code_fr("Amnesty International a publié lundi un rapport sur le Mali. "
                     "L'Association des juristes maliens a condamné la France.", date=dt.date(2012, 7, 3))
    assert not [e for e in sentence_of(events, "L'Association") if "AMNESTY" in e.source]
