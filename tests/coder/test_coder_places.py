"""An event's place: a locative phrase of its sentence, never one of its addressees, and the
city a material event strikes."""

from __future__ import annotations

import datetime as dt

import pytest

import dyads

DAY = dt.date(2023, 3, 1)


def only_event(text: str, lang: str):
    (event,) = dyads.code_text(text, lang=lang, date=DAY)
    return event


@pytest.mark.parametrize("lang, text", [
    ("fr", "Emmanuel Macron a rencontré Olaf Scholz à Berlin pour discuter des dépenses militaires."),
    ("en", "President Macron met Chancellor Scholz in Berlin to discuss defence spending."),
])
def test_a_capital_named_as_a_place_is_the_place_not_an_actor(lang, text):
    event = only_event(text, lang)
    assert (event.source, event.target) == (["FRAGOV"], ["DEUGOV"])
    assert (event.place.country, event.place.city) == ("DEU", "Berlin")
    assert event.place.lat == pytest.approx(52.5, abs=0.1)


@pytest.mark.parametrize("lang, text", [
    ("fr", "L'armée russe a bombardé la ville de Kharkiv dans la nuit."),
    ("en", "Russian forces shelled Kharkiv overnight."),
])
def test_the_city_an_attack_strikes_is_where_it_happened(lang, text):
    event = only_event(text, lang)
    assert event.type == "ASSAULT" and event.target == ["UKR"]
    assert (event.place.country, event.place.city) == ("UKR", "Kharkiv")


def test_an_addressee_is_no_place():
    event = only_event("Fin janvier, les États-Unis et l'Otan ont envoyé à Moscou des réponses écrites "
                       "à ces propositions.", "fr")
    assert event.target == ["RUS"] and event.place is None


@pytest.mark.parametrize("lang, home, abroad", [
    ("en", "Thousands of Belgian students protested in Liège on Sunday.",
     "Thousands of Belgian students protested in Paris on Sunday."),
    ("fr", "Des milliers d’étudiants belges ont manifesté à Liège dimanche.",
     "Des milliers d’étudiants belges ont manifesté à Paris dimanche."),
])
def test_people_protesting_at_home_do_not_protest_against_their_country(lang, home, abroad):
    at_home = only_event(home, lang)
    assert (at_home.type, at_home.source, at_home.target) == ("PROTEST", ["BELCVL"], [])
    assert at_home.place.country == "BEL"
    assert only_event(abroad, lang).target == ["FRA"]  # abroad, the place still says whom it is aimed at
