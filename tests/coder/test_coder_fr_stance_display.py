"""French recall (helper `frq`): a stance shown by any verb of saying or showing, a doer noun
owned by a possessive (rule possessive-doer), and an
institution written in lower case with the adjective that names it. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from coder_en import code_en  # noqa: F401  (fixture)
from coder_fr import code_fr, only  # noqa: F401  (fixture)

from dyads.evaluate import strip_sector

DAY = dt.date(2012, 7, 3)


def countries(codes: list[str]) -> list[str]:
    return sorted({strip_sector(c) for c in codes})


# Disapproval, anger or disagreement the speaker shows is criticism (ACCUSE) whatever the verb
# that shows it (« expliquer », « dire », « rappeler », « marquer »), not only « exprimer ».
@pytest.mark.parametrize("text", [
    "Le ministre israélien Nathan Chtcharanski a expliqué sa désapprobation de la politique du gouvernement.",
    "Le gouvernement belge a dit sa colère face à la décision de la Commission européenne.",
    "Le Premier ministre turc a rappelé son opposition à l'adhésion de Chypre.",
    "Les syndicats français ont marqué leur désaccord avec le patronat.",
])
def test_disapproval_shown_by_any_verb_accuses(code_fr, text):
    event = only(code_fr(text, DAY), "ACCUSE")
    assert event.source


# Satisfaction or gratitude shown the same way is support, aimed at whom it is shown to.
def test_gratitude_shown_to_someone_is_support(code_fr):
    event = only(code_fr("Le président malien a exprimé sa gratitude à la France.", DAY), "SUPPORT")
    assert countries(event.source) == ["MLI"]
    assert countries(event.target) == ["FRA"]


def test_satisfaction_expressed_in_english_is_support(code_en):
    event = only(code_en("The Malian president expressed his gratitude to France.", DAY), "SUPPORT")
    assert countries(event.source) == ["MLI"]
    assert countries(event.target) == ["FRA"]


# Near misses: a verb of saying with another object, or a stance noun no one shows.
@pytest.mark.parametrize("text", [
    "Le ministre israélien Nathan Chtcharanski a expliqué sa politique aux journalistes.",
    "Le ministre belge a rappelé son ambassadeur en poste à Paris pour consultations.",
])
def test_other_objects_of_these_verbs_are_no_criticism(code_fr, text):
    assert not [e for e in code_fr(text, DAY) if e.type in ("ACCUSE", "SUPPORT")]


# « l’assemblée nationale »: an institution noun in lower case is the institution when an
# adjective names it as the state's own (`institution_adjectives`); « une assemblée générale »
# of a club is none.
def test_lower_case_national_assembly_is_the_legislature(code_fr):
    text = "La France a un nouveau gouvernement. L’assemblée nationale a voté la confiance au gouvernement Ayrault."
    event = only(code_fr(text, DAY), "SUPPORT")
    assert event.source == ["FRALEG"]
    assert countries(event.target) == ["FRA"]


def test_a_general_assembly_is_no_legislature(code_fr):
    text = "La France a un nouveau gouvernement. L’assemblée générale a voté la confiance au gouvernement Ayrault."
    assert not [e for e in code_fr(text, DAY) if "FRALEG" in e.source]


# A doer noun owned by a possessive, object of a verb that is not its light verb, is the act of
# the verb's subject (rule possessive-doer); a demand for someone's resignation is the demand only.
@pytest.mark.parametrize("text, event_type, source, target", [
    ("Le Premier ministre italien Silvio Berlusconi a confirmé sa démission.", "RETREAT", ["ITA"], []),
    ("L'Espagne a officialisé sa demande d'aide à la zone euro.", "REQUEST", ["ESP"], ["EU"]),
])
def test_a_possessive_names_the_doer_of_the_noun(code_fr, text, event_type, source, target):
    event = only(code_fr(text, DAY), event_type)
    assert countries(event.source) == source
    assert countries(event.target) == target


def test_possessive_doer_in_english(code_en):
    event = only(code_en("Italian Prime Minister Silvio Berlusconi confirmed his resignation.", DAY), "RETREAT")
    assert countries(event.source) == ["ITA"]


def test_a_demanded_resignation_is_no_resignation(code_fr):
    events = code_fr("Le président russe Vladimir Poutine a exigé sa démission.", DAY)
    assert not [e for e in events if e.type == "RETREAT"]
    assert [e for e in events if e.type == "REQUEST"]


def test_a_possessive_on_a_noun_of_no_doer_names_no_act(code_fr):
    # « sa décision » is no doer noun: confirming it codes nothing
    assert not code_fr("Le Premier ministre italien Silvio Berlusconi a confirmé sa décision.", DAY)
