"""Backing held as a standing stance is no event (rule stance-held, gold/GUIDELINES.md section 1:
states and relations are not events): "support" or "back" in the simple present of the active
("which supports the PKK", "we support ..."), also a present the parser
tags as a base form coordinated with a verb whose auxiliary it cannot share. The act of backing,
told in the past or the perfect, stays SUPPORT. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import code_en  # noqa: F401  (fixture)

DAY = dt.date(2019, 11, 20)


def kinds(events) -> list[str]:
    return sorted(e.type for e in events)


@pytest.mark.parametrize("sentence", [
    "Turkey supports the Muslim Brotherhood in Egypt.",
    "The Kurdish militia, which supports the PKK, controls the town.",
    "As a matter of principle, we support the voluntary return of refugees to Syria.",
    "Hezbollah backs the Syrian government.",
    "Many farmers believe that China has long cheated the United States and support Mr. Trump's tariffs on Beijing.",
])
def test_present_stance_of_backing_is_not_coded(code_en, sentence):
    assert "SUPPORT" not in kinds(code_en(sentence, date=DAY))
    assert "AGREE" not in kinds(code_en(sentence, date=DAY))


@pytest.mark.parametrize("sentence", [
    "France backed the Iraqi government on Monday.",
    "Russia has backed the Syrian government since 2015.",
    "Germany praised and backed the French candidate on Monday.",
    "Germany supported Ukraine at the summit on Monday.",
    # a stance withdrawn is news (negated SUPPORT)
    "Japan no longer supports the Chinese position.",
    # a stance stated by the speaker, reported with a verb of saying
    "Germany said it supports the proposal of France.",
])
def test_act_of_backing_stays_support(code_en, sentence):
    assert "SUPPORT" in kinds(code_en(sentence, date=DAY))
