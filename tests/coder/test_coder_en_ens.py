"""English coder (helper ens): subjects that named no coded actor — people at a rally named by
what side they are on ("supporters", "counter-protesters") are private persons of the
sentence's country; a crowd of supporters gathering is no protest (gold/GUIDELINES.md:
PROTEST is a rally *against*)."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)

DAY = dt.date(2020, 12, 13)


@pytest.mark.parametrize("sentence, event_type, source", [
    ("Several thousand supporters turned out in Washington, D.C. to protest the court ruling.", "PROTEST", {"USA"}),
    ("Supporters blocked the main road in Santiago, Chile, on Friday.", "PROTEST", {"CHL"}),
    ("Marchers blocked the main road in Santiago, Chile, on Friday.", "PROTEST", {"CHL"}),
])
def test_supporters_are_civilians(code_en, sentence, event_type, source):
    event = only(code_en(sentence, DAY), event_type)
    assert countries(event.source) == source


def test_a_gathering_of_supporters_is_no_protest(code_en):
    # a guard for the class above: with "supporters" coded, `en:gather:protest` must not take
    # a crowd of supporters outside a hospital for a protest (the unseen pool's one such sentence)
    events = code_en("Donald Trump was treated at a hospital in Bethesda, Maryland. "
                     "Dozens of supporters gathered outside the hospital on Sunday.", DAY)
    assert not [e for e in events if e.type == "PROTEST"]
