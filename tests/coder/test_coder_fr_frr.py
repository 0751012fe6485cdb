"""French coder: the roles and descriptions apposed to a named person describe that person and
add no actor of their own (phrases.phrase_mentions). Invented sentences."""

from __future__ import annotations

import datetime as dt

from coder_en import countries, only  # noqa: F401
from coder_fr import code_fr  # noqa: F401  (fixture)


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
