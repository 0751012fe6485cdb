"""A phrase for two actors ("both sides", "the two countries", « les deux parties ») stands for
the pair the article named just before it (dyads.coder.references, rule pair)."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("text, source", [
    ("Negotiators from Israel and Hamas met in Cairo on Monday. Both sides agreed to a ceasefire.",
     {"ISR", "PSE"}),
    ("The United States and China held trade talks on Friday. The two countries agreed to cut tariffs.",
     {"USA", "CHN"}),
    ("Armenia and Azerbaijan exchanged fire along the border. The two neighbours agreed to a truce on Sunday.",
     {"ARM", "AZE"}),
])
def test_pair_phrase_is_both_actors_joined_before(code_en, text, source):
    event = only(code_en(text), "AGREE")
    assert countries(event.source) == source


@pytest.mark.parametrize("text, source", [
    ("Le président français et le président russe se sont rencontrés à Paris. Les deux dirigeants ont "
     "convenu d'un cessez-le-feu.", {"FRA", "RUS"}),
    ("Le Premier ministre indien a rencontré le président pakistanais à Islamabad, une rencontre au terme "
     "de laquelle les deux parties ont convenu d'une trêve.", {"IND", "PAK"}),
])
def test_french_pair_phrase(code_fr, text, source):
    event = only(code_fr(text), "AGREE")
    assert countries(event.source) == source


def test_no_pair_for_sides_of_one_country(code_en):
    # a "side" of the aisle, a quarrel in one country: no pair of actors named before
    events = code_en("President Trump said there were fine people on both sides. Both sides agreed to talk.")
    assert not any(countries(e.source) >= {"USA"} and len(e.source) == 2 for e in events if e.type == "AGREE")
