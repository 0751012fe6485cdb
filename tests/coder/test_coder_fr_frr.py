"""French coder: actor references of the French press (frr pass). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import countries, only  # noqa: F401
from coder_fr import code_fr  # noqa: F401  (fixture)

DAY = dt.date(2012, 7, 1)


@pytest.mark.parametrize("text, code", [
    # foreign parties by their French names (parties.tsv), read where the text names the country
    ("En Espagne, le Parti populaire a critiqué le gouvernement de Madrid.", "ESPOPP"),
    ("En Grèce, la Nouvelle Démocratie a critiqué le gouvernement d'Athènes.", "GRCOPP"),
    ("En Turquie, le Parti républicain du peuple a critiqué le gouvernement d'Ankara.", "TUROPP"),
    ("En Allemagne, le Parti social-démocrate a critiqué le gouvernement de Berlin.", "DEUOPP"),
    # « Royaume-Uni » is a name of two rows of one code: it names the party's country all the same
    ("Au Royaume-Uni, le Parti travailliste a critiqué le gouvernement de Londres.", "GBROPP"),
])
def test_foreign_party_by_its_french_name(code_fr, text, code):
    event = only(code_fr(text, DAY), "ACCUSE")
    assert event.source == [code]


def test_a_party_named_like_a_national_one_is_not_it(code_fr):
    # « Parti populaire européen » is no Spanish party
    events = code_fr("En Espagne, le Parti populaire européen a critiqué le gouvernement de Madrid.", DAY)
    assert not any("ESPOPP" in e.source for e in events)


def test_the_roles_of_a_named_person_do_not_add_actors(code_fr):
    # « président du Front national et député européen » describes Le Pen: no EU source
    event = only(code_fr("Jean-Marie Le Pen, président du Front national et député européen, "
                         "a critiqué le gouvernement.", dt.date(2005, 4, 29)), "ACCUSE")
    assert "EU" not in event.source and countries(event.source) == {"FRA"}


def test_a_description_after_a_comma_is_the_person(code_fr):
    # « juriste française » (a conjunct for the parser) says what the UN rapporteur is
    event = only(code_fr("Le rapporteur de l'ONU, Christine Chanet, a présenté son rapport. "
                         "Chanet, juriste française, a critiqué le gouvernement cubain.", dt.date(2005, 4, 15)), "ACCUSE")
    assert event.source == ["UN"]
