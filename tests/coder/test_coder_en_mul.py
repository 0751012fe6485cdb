"""Several actors named in one phrase keep all of them (English and French): the dictionary
reads a sector noun and its first country as one mention ("officials from Mexico") or a
multi-word name whose last word the parser makes the head of the coordination (« la Corée
du Sud et le Japon »); the countries coordinated with any word of that mention belong to the
phrase (phrases.py, phrase_mentions)."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, event_type, source, target", [
    # a sector noun and its owners: "officials from", "leaders of", "authorities in"
    ("Officials from Brazil, Argentina and Chile criticized the tariffs imposed by Washington.", "ACCUSE",
     {"BRA", "ARG", "CHL"}, {"USA"}),
    ("The leaders of France and Germany condemned Russia.", "ACCUSE", {"FRA", "DEU"}, {"RUS"}),
    ("Authorities in Spain and Portugal detained three Russian journalists.", "COERCE", {"ESP", "PRT"}, {"RUS"}),
    ("The foreign ministers of South Korea and Japan condemned North Korea.", "ACCUSE", {"KOR", "JPN"}, {"PRK"}),
    # as target
    ("Russia criticized the leaders of France and Germany.", "ACCUSE", {"RUS"}, {"FRA", "DEU"}),
])
def test_en_sector_noun_keeps_coordinated_countries(code_en, sentence, event_type, source, target):
    event = only(code_en(sentence), event_type)
    assert countries(event.source) == source and countries(event.target) == target


@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("Les dirigeants de la France et de l'Allemagne ont condamné l'Iran.", "ACCUSE", {"FRA", "DEU"}, {"IRN"}),
    ("Les ministres des Affaires étrangères de France et d'Italie ont critiqué la Chine.", "ACCUSE",
     {"FRA", "ITA"}, {"CHN"}),
    # a name of several words carries the coordination on its last word
    ("La Corée du Sud et le Japon ont condamné la Chine.", "ACCUSE", {"KOR", "JPN"}, {"CHN"}),
    ("Pyongyang a menacé la Corée du Sud et les États-Unis.", "THREATEN", {"PRK"}, {"KOR", "USA"}),
    ("Washington a imposé des sanctions à la Corée du Nord et à l'Iran.", "SANCTION", {"USA"}, {"PRK", "IRN"}),
])
def test_fr_phrase_keeps_coordinated_countries(code_fr, sentence, event_type, source, target):
    event = only(code_fr(sentence), event_type)
    assert countries(event.source) == source and countries(event.target) == target
