"""English coder: a crowd noun in an absolute "with" phrase before its clause's verb is backdrop, no protest (invented sentences)."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


# an absolute "with" phrase before the clause's verb, with a predicate of its own, is the backdrop
# of the news: the crowd noun in it is no protest of the place's people (gold codes none)
@pytest.mark.parametrize("text", [
    "Unrest in Belarus. The next morning, with protests ongoing, Lukashenko gave a speech in Minsk.",
    "Unrest in Chile. With demonstrations spreading across the country, the Chilean president addressed the nation.",
])
def test_protests_in_an_absolute_with_phrase_are_backdrop(code_en, text):
    assert not [e for e in code_en(text) if e.type == "PROTEST"]


def test_protests_a_verb_is_met_with_are_still_protests(code_en):
    event = only(code_en("Unrest in Chile. In Santiago the decision was met with protests and riots."), "PROTEST")
    assert countries(event.source) == {"CHL"}
