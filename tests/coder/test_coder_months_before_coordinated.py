"""`months-before` for a coordinated verb: the phrases fronted before the first verb date the
second too (« En janvier, X avait condamné ... et avait expulsé ... » in a May article is
backstory for both acts); a date days back keeps both. Invented sentences."""

from __future__ import annotations

import datetime as dt

from coder_fr import code_fr  # noqa: F401  (fixture)

DAY = dt.date(2005, 5, 16)
TEXT = "{when}, le gouvernement français avait condamné l'Iran et avait expulsé son ambassadeur."


def test_fr_second_verb_shares_a_fronted_date_months_back(code_fr):
    assert code_fr(TEXT.format(when="En janvier"), date=DAY) == []


def test_fr_fronted_date_days_back_keeps_both(code_fr):
    events = code_fr(TEXT.format(when="En mai"), date=DAY)
    assert sorted(e.type for e in events) == ["ACCUSE", "SANCTION"]
