"""English coder (helper src): sources the actor dictionary does not name in the sentence
itself, read from how the article introduced them earlier (invented sentences)."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("text, source", [
    # the posting between a coded role and the name ("ambassador to Britain")
    ("China's ambassador to Britain Wang Xiaoping spoke on Monday. Wang later criticised Japan.", "CHNGOV"),
    # a name apposed between commas to a coded role
    ("South Sudan's Vice President, Rebecca Amou Dengal, visited Juba. Dengal later criticised Uganda.", "SSDGOV"),
    # a title after the full name of a country ("United States District Judge X")
    ("United States District Judge Clark Wallows heard the case on Monday. Wallows later criticised Mexico.", "USAJUD"),
    # "ROLE of ORGANISATION Name", no comma before the name
    ("The Kenya director of Amnesty International Irungu Houghtonson spoke on Monday. Houghtonson later "
     "criticised Uganda.", "AMNESTY"),
])
def test_a_name_introduced_with_a_role_is_that_actor_later(code_en, text, source):
    event = only([e for e in code_en(text) if "later" in e.sentence], "ACCUSE")
    assert event.source == [source]


@pytest.mark.parametrize("text, event_type, source", [
    # the act admitted after "pleaded guilty to": the admitter's own
    ("A Texas man pleaded guilty on Tuesday to threatening to kill Senator Ted Cruz.", "THREATEN", {"USA"}),
    ("A Florida woman pleaded guilty on Monday to threatening to kill Senator Marco Rubio.", "THREATEN", {"USA"}),
])
def test_the_act_admitted_is_the_admitters(code_en, text, event_type, source):
    event = only(code_en(text), event_type)
    assert countries(event.source) == source and event.rule.startswith("en:verb:admitted-act/")
