"""Review of the session's coder change (helper revx): near misses of its classes that misfired,
in invented sentences. A shot with no "at" is a drink or a jab, no criticism; what is admitted is
no one conceded to ("the EU admitted Croatia"); inquiries received about something are questions;
a meeting postponed or scrapped is no meeting; a tank talked about is no think tank; backing
sanctions, an expulsion or a blockade is no support of whom they hit; « occuper la présidence »
holds an office; documents or a report provided "with" are no aid; a verdict denied ("was not responsible") is no blame; the means told after "by" has the mood of the act it is the means of."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, event_type", [
    ("The president took a shot of vodka with Putin.", "ACCUSE"),
    ("Israeli soldiers took shots at Palestinian protesters near the fence.", "ACCUSE"),
    ("The European Union admitted Croatia as its 28th member.", "CONCEDE"),
    ("Hungary admitted the Syrian refugees.", "CONCEDE"),
    ("The Russian embassy received inquiries from journalists about the case.", "ACCUSE"),
    ("The Italian police received inquiries from Interpol about the suspect.", "ACCUSE"),
    ("Trump postponed the summit with Kim Jong Un.", "CONSULT"),
    ("Trump scrapped the meeting with Kim Jong Un.", "CONSULT"),
    # a light verb made an ending verb by its particle
    ("President Donald Trump called off the summit with Kim Jong Un on Friday.", "CONSULT"),
    ("The Afghan president put off talks with the Taliban until next year.", "CONSULT"),
    ("Germany backed sanctions against Russia.", "SUPPORT"),
    ("Britain supported the expulsion of Russian diplomats.", "SUPPORT"),
    ("The US backed the blockade of Qatar.", "SUPPORT"),
    # "provided X with Y": Y is what is given, and documents or a report are no aid
    ("Ukraine provided the FBI with documents about the case.", "AID"),
    ("Iran provided the IAEA with a report on its enrichment.", "AID"),
    # a verdict denied is no blame
    ("Hamas said Israel was not the perpetrator of the attack.", "ACCUSE"),
    ("Russia said Ukraine was not responsible for the attack.", "ACCUSE"),
])
def test_near_misses_code_nothing(code_en, sentence, event_type):
    assert not [e for e in code_en(sentence) if e.type == event_type]


@pytest.mark.parametrize("sentence, event_type, source, target", [
    # the near miss's controls: the class itself still codes
    ("Macron took a swipe at Britain over Brexit.", "ACCUSE", {"FRA"}, {"GBR"}),
    ("Deutsche Bank received a subpoena from the Manhattan District Attorney.", "ACCUSE", {"USA"}, {"DEU"}),
    ("Google faces an inquiry by the European Commission.", "ACCUSE", {"EU"}, {"USA"}),
    # a tank spoken about is no think tank spoken to
    ("The German chancellor spoke with Zelensky about tank deliveries.", "CONSULT", {"DEU"}, {"UKR"}),
    ("The United States provided Ukraine with weapons.", "AID", {"USA"}, {"UKR"}),
    ("Russia said Ukraine was responsible for the attack.", "ACCUSE", {"RUS"}, {"UKR"}),
])
def test_class_still_codes(code_en, sentence, event_type, source, target):
    event = only(code_en(sentence), event_type)
    assert countries(event.source) == source and countries(event.target) == target


def test_think_tank_is_no_meeting(code_en):
    assert not [e for e in code_en("The French minister spoke to a think tank in Washington.") if e.type == "CONSULT"]


@pytest.mark.parametrize("sentence, event_type", [
    ("Washington could respond by imposing sanctions on Moscow.", "SANCTION"),
    ("North Korea warned it would retaliate by attacking South Korea.", "ASSAULT"),
    ("The ministry said it would not respond by expelling Russian diplomats.", "SANCTION"),
])
def test_means_after_by_has_the_mood_of_its_act(code_en, sentence, event_type):
    # a means of a possible or refused act is not told as done
    assert not [e for e in code_en(sentence) if e.type == event_type and not e.hypothetical and not e.negated]


def test_a_meeting_postponed_is_no_meeting_fr(code_fr):
    assert not [e for e in code_fr("Le gouvernement espagnol a reporté la réunion avec les séparatistes catalans.") if e.type == "CONSULT"]
    assert only(code_fr("Le président français a défendu les négociations avec la Russie."), "CONSULT")


def test_holding_an_office_is_no_occupation(code_fr):
    assert not [e for e in code_fr("La Russie occupe la présidence du Conseil de sécurité de l'ONU.") if e.type == "ASSAULT"]
    assert only(code_fr("L'armée turque a occupé le nord de la Syrie."), "ASSAULT")
