"""A participle describing a noun of acts that frames the verb ("In a statement released on
..., X condemned ...", « Dans un arrêt rendu le ..., le tribunal avait rejeté ... ») dates the
act itself (rule act-record-date): dated years back, the act is background history; dated days
back, it stays coded with that date. Invented sentences."""

from __future__ import annotations

import datetime as dt

from coder_en import code_en  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)

DAY = dt.date(2005, 5, 16)


def test_en_statement_released_years_back_is_background(code_en):
    for verb in ("had condemned", "condemned"):
        text = f"In a statement released on January 2, 2004, the French government {verb} Iran."
        assert code_en(text, date=DAY) == []


def test_en_statement_released_days_back_dates_the_act(code_en):
    events = code_en("In a statement released on May 12, 2005, the French government condemned Iran.", date=DAY)
    assert [(e.type, str(e.date), e.date_precision) for e in events] == [("ACCUSE", "2005-05-12", "day")]


def test_fr_ruling_rendered_months_back_in_the_pluperfect_is_backstory(code_fr):
    text = "Dans un arrêt rendu le 2 janvier 2004, la Cour de cassation avait rejeté le pourvoi du gouvernement."
    assert code_fr(text, date=DAY) == []


def test_fr_ruling_rendered_days_back_stays(code_fr):
    text = "Dans un arrêt rendu le 12 mai 2005, la Cour de cassation a rejeté le pourvoi du gouvernement."
    assert [e.type for e in code_fr(text, date=DAY)] == ["REJECT"]


def test_a_participle_of_another_noun_does_not_date_the_act(code_en):
    # "talks held in 2004" is not the act's record: the condemnation is today's news
    events = code_en("At talks held on January 2, 2004 in Paris, the French government condemned Iran.", date=DAY)
    assert [(e.type, e.date_precision) for e in events] == [("ACCUSE", "published")]
