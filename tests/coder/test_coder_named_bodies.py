"""Named bodies the actor dictionary does not know, whose own name says whose and what they are
(rule named-body): a party, union, league or police force whose capitalised name holds its
country ("the Iraqi Communist Party", "Communist Party of Nepal", « le Parti populaire
espagnol »), and, written as names, armed brigades and confederations with no country in the
name, of the sentence's or the article's country (`institution_nouns`). Sports bodies and
lower-case army units stay uncoded. gold/GUIDELINES.md section 3. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)
from dyads.actors import load_dictionary

DAY = dt.date(2012, 5, 10)


@pytest.fixture(scope="module")
def actors():
    return load_dictionary()


@pytest.mark.parametrize("text, lang, name, code", [
    ("The Iraqi Communist Party denounced the decision.", "en", "Iraqi Communist Party", "IRQOPP"),
    ("The Communist Party of Nepal denounced the decision.", "en", "Communist Party of Nepal", "NPLOPP"),
    ("The Malian Workers Union denounced the decision.", "en", "Malian Workers Union", "MLICVL"),
    ("The Tunisian League for Human Rights denounced the decision.", "en", "Tunisian League", "TUNCVL"),
    ("The Afghan National Police denounced the attack.", "en", "Afghan National Police", "AFGCOP"),
    ("Le Parti populaire espagnol a dénoncé la décision.", "fr", "Parti populaire espagnol", "ESPOPP"),
    ("Le Parti communiste du Népal a dénoncé la décision.", "fr", "Parti communiste du Népal", "NPLOPP"),
    ("La Ligue tunisienne des droits de l'homme a dénoncé la décision.", "fr", "Ligue tunisienne", "TUNCVL"),
])
def test_a_named_body_holding_its_country(actors, text, lang, name, code):
    found = [(m.text, m.code) for m in actors.find_mentions(text, lang=lang, date=DAY)]
    assert (name, code) in found


@pytest.mark.parametrize("text, lang", [
    ("The Egyptian Football Association denounced the decision.", "en"),   # sport: left unknown
    ("La Fédération tunisienne de football a dénoncé la décision.", "fr"),
    ("Le Parti a dénoncé la décision espagnole.", "fr"),                   # a verb between: no name
    ("The Party said Egyptian voters were angry.", "en"),
])
def test_no_named_body(actors, text, lang):
    assert not any("named-body" in (m.entry or "") for m in actors.find_mentions(text, lang=lang, date=DAY))


def test_event_of_a_named_party(code_en):
    event = only(code_en("The Iraqi Communist Party accused Iran of meddling."), "ACCUSE")
    assert event.source == ["IRQOPP"] and event.target == ["IRN"]


def test_event_of_a_named_party_fr(code_fr):
    event = only(code_fr("Le Parti populaire espagnol a critiqué le gouvernement marocain."), "ACCUSE")
    assert event.source == ["ESPOPP"] and countries(event.target) == {"MAR"}


def test_named_brigades_are_an_armed_group(code_fr, code_en):
    event = only(code_fr("Les Brigades de Youssef Kamal ont revendiqué l'attentat du Caire."), "ASSAULT")
    assert event.source == ["EGYREB"]
    event = only(code_en("The Youssef Kamal Brigades claimed the attack in Cairo."), "ASSAULT")
    assert event.source == ["EGYREB"]


def test_lower_case_brigade_is_no_armed_group(code_en):
    events = code_en("Two brigades claimed the attack in Cairo.")
    assert not any("REB" in c for e in events for c in e.source)


# a named body's act told inside an indirect question is asked about, not told (rule wh-asked):
# once the party is coded, "did not announce whom they would support" must stay no event
def test_indirect_wh_question_is_no_event(code_en):
    events = code_en("Iraq's Communist Party did not say whom it would support against Maliki.")
    assert not any(e.type in ("AGREE", "SUPPORT") for e in events)


def test_relative_clause_after_a_noun_is_told(code_en):
    # not a verb of telling: the clause is the witness's, its act is told
    event = only(code_en("The Iraqi Communist Party, which criticized Iran, held a congress."), "ACCUSE")
    assert event.source == ["IRQOPP"] and event.target == ["IRN"]
