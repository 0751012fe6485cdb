"""An organisation's form written in a hand-made file is that file's only meaning: the
generated Phoenix rows of the same form ("United States Supreme Court" USAGOV, "US Border
Patrol" USAGOV) no longer stand as a second meaning the resolver would prefer whenever the
text names the government. Parties keep their generated namesakes: the country decides."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.actors import load_dictionary

DAY = dt.date(2020, 6, 1)


@pytest.fixture(scope="module")
def actors():
    return load_dictionary()


@pytest.mark.parametrize("text, code", [
    # the government is named too: a second meaning USAGOV would win on context
    ("President Trump criticised the ruling. The United States Supreme Court rejected the appeal.", "USAJUD"),
    ("President Trump criticised the ruling. The US Supreme Court rejected the appeal.", "USAJUD"),
    ("Le président Trump a critiqué la Cour suprême des États-Unis.", "USAJUD"),
])
def test_a_hand_written_court_is_the_judiciary_even_beside_the_government(actors, text, code):
    found = [m.code for m in actors.find_mentions(text, date=DAY) if "Court" in m.text or "Cour" in m.text]
    assert found == [code]


def test_a_generated_party_keeps_its_namesakes_of_other_countries(actors):
    # near miss: "Green Party" is hand-written for the United States and generated for many
    # countries; in an article about New Zealand it stays New Zealand's
    found = {m.code for m in actors.find_mentions("Jacinda Ardern met the Green Party in Wellington, New Zealand.",
                                                  date=dt.date(2018, 6, 1))}
    assert "USAOPP" not in found
