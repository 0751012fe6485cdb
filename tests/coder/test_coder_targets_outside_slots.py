"""Targets the sentence names outside the trigger's own slots: the participle that states a
complaint ("filed a lawsuit accusing X"), the clause a verdict on "it"/« c' » judges ("it was
unacceptable that X ..."), and whom a verb of address speaks to ("told X, calling for ...").
Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source, target", [
    ("The ACLU filed a lawsuit accusing the Trump administration of violating the law.", {"USA"}, {"USA"}),
    ("The European Commission filed a complaint accusing Google of abusing its dominance.", {"EU"}, {"USA"}),
    ("Donald Trump filed a lawsuit on Monday, accusing China of cheating.", {"USA"}, {"CHN"}),
])
def test_the_participle_stating_a_complaint_names_its_target(code_en, sentence, source, target):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.source) == source and countries(event.target) == target


def test_a_complaint_with_no_accusing_clause_keeps_no_target(code_en):
    event = only(code_en("The ACLU filed a lawsuit seeking damages."), "ACCUSE")
    assert event.target == []


def test_a_verdict_on_it_aims_at_the_subject_of_the_reason_clause(code_en):
    event = only(code_en('"This is a disgrace because China detained Canadian citizens," Prime Minister '
                         'Justin Trudeau said.'), "ACCUSE")
    assert countries(event.source) == {"CAN"} and countries(event.target) == {"CHN"}


@pytest.mark.parametrize("sentence", [
    "Le Premier ministre Jean-Marc Ayrault a déclaré qu'il était inacceptable que la Russie ait annexé la Crimée.",
])
def test_a_verdict_on_il_aims_at_the_subject_of_the_judged_clause(code_fr, sentence):
    event = only(code_fr(sentence), "ACCUSE")
    assert countries(event.target) == {"RUS"}


def test_a_quoted_verdict_on_c_aims_at_the_subject_of_the_reason_clause(code_fr):
    events = code_fr("Myriam Martinet, de la CGT, a elle relevé qu'il « n'y a que 210 embauches sur trois ans ». "
                     "« C'est scandaleux parce que Renault a augmenté ses dividendes ».")
    event = only(events, "ACCUSE")
    assert countries(event.target) == {"FRA"} and event.rule.endswith("quoted-verdict")


@pytest.mark.parametrize("sentence, event_type, target", [
    ("Secretary of State Mike Pompeo wrote to Russian President Vladimir Putin on Monday, urging a ceasefire.",
     "REQUEST", {"RUS"}),
    ('"You are in this job because of this crisis," Senator Ben Sasse told Attorney General William Barr, '
     "repeatedly calling for an explanation.", "REQUEST", {"USA"}),
    ("Attorney General William Barr acknowledged significant staffing shortages on Tuesday, telling lawmakers "
     "that officials are working to fill the vacancies.", "CONCEDE", {"USA"}),
])
def test_what_is_said_with_a_verb_of_address_aims_at_the_addressee(code_en, sentence, event_type, target):
    event = only(code_en(sentence, date=__import__("datetime").date(2019, 11, 20)), event_type)
    assert countries(event.target) == target and event.rule.endswith("/addressee")


def test_the_press_addressed_is_no_target(code_en):
    event = only(code_en("Senator Ted Cruz spoke to reporters, calling for an investigation."), "REQUEST")
    assert event.target == []
