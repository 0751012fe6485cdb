"""False matches of the actor dictionary found on unseen news (invented sentences of each class).

Each class is a shape of text where a dictionary form is not the actor it names: a surname or
an organisation's one-word name that starts another name, a surname after someone else's given
name, a town that is a surname, a
currency, a product's model number, ordinary words that are a party's or a company's name.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.actors import load_dictionary

SEP_2020 = dt.date(2020, 9, 15)


@pytest.fixture(scope="module")
def actors():
    return load_dictionary()


def codes(actors, text, date=SEP_2020, lang="en"):
    return [m.code for m in actors.find_mentions(text, lang=lang, date=date)]


@pytest.mark.parametrize("text, absent", [
    # a surname alone, or an organisation's one-word name, before a capitalised word that names
    # nothing known: the first word of someone else's name, or of a longer name
    ("County sheriff Kerry Lee told reporters the road was closed.", "USAOPP"),
    ("She wore a costume of the comic book character Abe Sapien.", "JPNGOV"),
    ("She was nominated by the Alliance Party in three states.", "NATO"),
    ("Astronomers at the European Southern Observatory found a black hole.", "EU"),
    ("The new Apple Watch costs less than before.", "USABUS"),
    # a surname after someone else's given name, with a middle initial or an abbreviated title
    ("Officers stopped a car driven by Jonathan P. Blair, 29, of Springfield.", "GBROPP"),
    ("Lt. Matt Harris said the suspect fled on foot.", "USALEG"),
    # a double-barrelled surname
    ("Guard Kentavious Caldwell-Pope scored 20 points for the visitors.", "VAT"),
    ("Julen Hernandez-Lallement wrote the first draft of the study.", "FRAGOV"),
])
def test_a_name_that_is_part_of_another_name_is_not_the_actor(actors, text, absent):
    assert absent not in codes(actors, text)


@pytest.mark.parametrize("text, present", [
    ("Apple Inc. said its sales rose.", "USABUS"),
    ("John R. Bolton said he would testify before the US Senate.", "USAOPP"),
    ("The Alliance sent more troops to the east.", "NATO"),
    ("Biden-Harris released a statement on Friday.", "USALEG"),
    ("The European Union imposed new sanctions.", "EU"),
])
def test_the_actor_itself_is_still_found(actors, text, present):
    assert present in codes(actors, text)


@pytest.mark.parametrize("text, expected", [
    # a town written after a given name is a surname, there and wherever the text repeats it
    ("Biologist Andrew Vaughan joined the study. Vaughan found tuft cells.", []),
    ("Flooding hit Vaughan on Friday.", ["CAN"]),
    ("The attacker, Sudesh Amman, was shot. Amman had been released in January.", []),
    ("The attacker was released in Amman.", ["JOR"]),
    # a currency sign after a country's name
    ("The fine was set at US$500.", []),
    ("The US imposed new sanctions.", ["USA"]),
    # an organisation's acronym before a model or postal number
    ("The laptop comes with a GTX 1660 graphics card.", []),
    ("Write to P.O. Box 69440, Los Angeles, CA 90069.", ["USA"]),
    # the continent's adjective and demonym are not the EU
    ("Prices on the European market rose as many Europeans travelled.", []),
    # ordinary words that are a party's or a company's name in title case
    ("We can see that Spain did well.", ["ESP"]),
    ("By Tuesday morning the storm had passed.", []),
])
def test_mentions_of_the_class(actors, text, expected):
    assert codes(actors, text) == expected


def test_a_hyphenated_country_wins_over_a_collective_of_the_same_length(actors):
    assert codes(actors, "Les Pays-Bas ont voté non.", lang="fr") == ["NLD"]


@pytest.mark.parametrize("text, lang, absent, present", [
    # towns left out of the generated places: news name the surname or the company
    ("Le directeur général de Carrefour a démissionné.", "fr", "HTIMIL", "FRABUS"),
    ("Senator Kennedy opposed the plan.", "en", "COL", None),
])
def test_a_town_named_like_a_surname_or_a_company(actors, text, lang, absent, present):
    found = codes(actors, text, lang=lang)
    assert absent not in found and not any(c.startswith(absent) for c in found if c)
    assert present is None or present in found
