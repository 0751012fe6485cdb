"""Event places: locative phrases resolved offline to a country and a city with coordinates."""

from __future__ import annotations

import json

import pytest
from conftest import shared_path

from dyads.model import Mention
from dyads.places import _fold, find_place, find_places


@pytest.mark.parametrize("sentence, lang", [
    ("Sergueï Lavrov et Antony Blinken se sont rencontrés à Genève vendredi.", "fr"),
    ("Lavrov and Blinken met in Geneva on Friday.", "en"),
    ("À Genève, les deux ministres ont signé un accord.", "fr"),
])
def test_geneva_in_both_languages(sentence, lang):
    place = find_place(sentence, None, lang)
    assert place.country == "CHE" and place.city == "Geneva"
    assert place.lat == pytest.approx(46.2, abs=0.1) and place.lon == pytest.approx(6.15, abs=0.1)
    assert place.text in sentence


@pytest.mark.parametrize("exonym, country", [
    ("Pékin", "CHN"), ("Londres", "GBR"), ("Moscou", "RUS"), ("Varsovie", "POL"),
    ("Bruxelles", "BEL"), ("Kiev", "UKR"),
])
def test_french_exonyms_resolve(exonym, country):
    place = find_place(f"Les ministres se sont réunis à {exonym} mardi.", None, "fr")
    assert place.country == country and place.city and place.lat is not None


def test_countries_and_contracted_articles():
    assert find_place("Les troupes russes ont mené des exercices en Biélorussie.", None, "fr").country == "BLR"
    cairo = find_place("Les ministres se sont réunis au Caire.", None, "fr")
    assert (cairo.country, cairo.text) == ("EGY", "au Caire")
    assert find_place("Des combats ont eu lieu dans l'est de l'Ukraine.", None, "fr").country == "UKR"
    # a country that is also a town elsewhere is the country
    assert find_place("Protesters rallied in Lebanon.", None, "en").city is None
    # a city after its country is preferred: it says more
    assert find_place("Ils se sont réunis aux États-Unis, à Washington.", None, "fr").city == "Washington"


def test_seed_capital_as_addressee_is_no_place():
    record = json.loads(shared_path("gold", "seeds_gold.jsonl").read_text(encoding="utf-8").splitlines()[6])
    assert "envoyé à Moscou" in record["text"]
    assert find_place(record["text"], None, "fr") is None


def test_capital_as_actor_mention_is_no_place():
    sentence = "La délégation a été accueillie à Moscou lors d'une réunion."
    assert find_place(sentence, None, "fr").city == "Moscow"  # a place: where it happened
    start = sentence.index("Moscou")
    target = Mention(start=start, end=start + 6, text="Moscou", code="RUS")
    assert find_place(sentence, [target], "fr") is None  # the coder made it the target


@pytest.mark.parametrize("sentence, lang", [
    ("The US sent written answers to Moscow.", "en"),
    ("In Moscow's view, the answer is not satisfactory.", "en"),
    ("Protesters rallied in March.", "en"),  # a month, not the town of March
    ("Moscou exige que l'Otan renonce à s'élargir.", "fr"),
])
def test_no_place(sentence, lang):
    assert find_place(sentence, None, lang) is None


def test_gold_event_locations_found_are_right():
    """Where the PLOVER gold records give the event's location, every place found names it."""
    records = json.loads(shared_path("gold", "plover_gsr_dev.json").read_text(encoding="utf-8"))
    located = [r for r in records if r.get("eventLoc")]
    found = [(r, find_place(r["text"], None, "en")) for r in located]
    found = [(r, p) for r, p in found if p is not None]
    assert len(found) >= len(located) // 2
    for record, place in found:
        assert _fold(record["eventLoc"]["name"]) in _fold(place.text), record["text"]


def test_all_places_in_order():
    places = find_places("Les négociateurs iront à Pékin, à Londres et à Varsovie.", None, "fr")
    assert [p.city for p in places] == ["Beijing", "London", "Warsaw"]
