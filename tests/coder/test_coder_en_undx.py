"""English coder: criticism and inquiries told from the side of who undergoes them, and blame
said of others (helper undx). Invented sentences in news style."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


# an inquiry or a subpoena a subject receives or faces is done by who it comes from
@pytest.mark.parametrize("sentence, source, target", [
    ("Microsoft received a subpoena from the US Justice Department.", {"USA"}, {"USA"}),
    ("The Ukrainian energy company received an inquiry from the Polish government.", {"POL"}, {"UKR"}),
    ("The Hungarian government faces an inquiry by the European Commission over its asylum law.", {"EU"}, {"HUN"}),
    ("Moscow received subpoenas from a Dutch court over the downing of the airliner.", {"NLD"}, {"RUS"}),
])
def test_inquiry_undergone(code_en, sentence, source, target):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.source) == source and countries(event.target) == target
    assert "undergone" in event.rule


# "said X are the perpetrators": naming the doers of a deed blames them
@pytest.mark.parametrize("sentence, source, target", [
    ("The Nigerian army said Boko Haram fighters were the perpetrators of the bombing.", {"NGA"}, {"NGA"}),
    ("Kenyan police said al-Shabaab militants were the culprits.", {"KEN"}, {"SOM"}),
    ("The Iraqi government said Iran was the mastermind of the attack.", {"IRQ"}, {"IRN"}),
])
def test_doers_named_in_reported_speech(code_en, sentence, source, target):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.source) == source and countries(event.target) == target
