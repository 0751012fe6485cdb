"""French coder: a name apposed to its role past an aside (« Evgueni Adamov, âgé de 65 ans,
ancien ministre russe ») is that role's person, and so is « M. Adamov » later (rule name-aside,
`apposed_asides` in grammar.yaml). Invented sentences."""

from __future__ import annotations

import datetime as dt

from coder_en import only  # noqa: F401
from coder_fr import code_fr  # noqa: F401  (fixture)

DAY = dt.date(2012, 11, 10)


def test_a_name_with_an_age_aside_is_the_role_s_person(code_fr):
    events = code_fr("Ivan Petrovitch, âgé de 65 ans, ancien ministre russe de l'Énergie, a été arrêté en Suisse. "
                     "M. Petrovitch a critiqué le gouvernement suisse.", DAY)
    assert only(events, "ACCUSE").source == ["RUSOPP"]


def test_without_the_aside_the_same(code_fr):
    events = code_fr("Ivan Petrovitch, ancien ministre russe de l'Énergie, a été arrêté en Suisse. "
                     "M. Petrovitch a critiqué le gouvernement suisse.", DAY)
    assert only(events, "ACCUSE").source == ["RUSOPP"]


def test_a_longer_aside_is_not_crossed(code_fr):
    # a clause between the name and the role is no aside of `apposed_asides`: the name stays unknown
    events = code_fr("Ivan Petrovitch, qui vit à Genève depuis dix ans, ancien ministre russe de l'Énergie, a été "
                     "arrêté. M. Petrovitch a critiqué le gouvernement suisse.", DAY)
    assert not [e for e in events if e.type == "ACCUSE" and e.source == ["RUSOPP"]]


def test_the_surname_of_a_person_named_in_full_is_that_person(code_fr):
    # the dictionary knows another Maduro (Venezuela's); « M. Maduro » is the one the article named
    # (rule surname-of-named)
    events = code_fr("Le président du Honduras, Ricardo Maduro, est sorti blessé d'un accident d'avion. "
                     "M. Maduro a critiqué le gouvernement mexicain.", dt.date(2005, 5, 2))
    assert only(events, "ACCUSE").source == ["HNDGOV"]


def test_a_bare_surname_with_no_one_named_in_full_keeps_the_dictionary(code_fr):
    events = code_fr("M. Maduro a critiqué le gouvernement colombien.", dt.date(2015, 5, 2))
    assert [e.source for e in events if e.type == "ACCUSE"] == [["VENGOV"]]
