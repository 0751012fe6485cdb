"""French recall: classes of events the coder missed in French news (helper `fr`)."""

from __future__ import annotations

import pytest
from coder_fr import code_fr, only  # noqa: F401  (fixture)

from dyads.evaluate import strip_sector


def countries(codes: list[str]) -> list[str]:
    return sorted({strip_sector(c) for c in codes})


# An event noun predicate of a copula that its entry lists as a light verb (« être en grève »,
# « être en visite »): the noun heads the clause, its subject is the source.
COPULA_NOUNS = [
    ("Les syndicats français sont en grève depuis lundi.", "PROTEST", ["FRA"], []),
    ("Les enseignants belges étaient en grève pour la troisième journée.", "PROTEST", ["BEL"], []),
    ("Le président chinois est en visite officielle au Japon.", "CONSULT", ["CHN"], ["JPN"]),
]


# A clause of purpose opened by « pour », or a gerund, says whom the act is aimed at, as an
# English "to" or "-ing" clause does ("staged protests to demand ...", "rioted, demanding ...").
PURPOSE_CLAUSES = [
    ("Des milliers de Chinois ont manifesté pour protester contre un manuel scolaire japonais.", "PROTEST", ["CHN"], ["JPN"]),
    ("Des étudiants iraniens se sont rassemblés devant l'université pour réclamer le départ du gouvernement iranien.",
     "PROTEST", ["IRN"], ["IRN"]),
    # a gerund (« en » and a present participle), as an English "-ing" clause
    ("Des milliers de Chinois ont défilé à Pékin en lançant des pierres contre des bâtiments japonais.", "PROTEST", ["CHN"], ["JPN"]),
]


@pytest.mark.parametrize("text, event_type, source, target", COPULA_NOUNS + PURPOSE_CLAUSES)
def test_clause_shapes_of_french_news(code_fr, text, event_type, source, target):
    event = only(code_fr(text), event_type)
    assert countries(event.source) == source
    assert countries(event.target) == target


def test_a_copula_noun_after_another_preposition_is_an_opinion(code_fr):
    assert not code_fr("Les syndicats algériens sont contre la grève.")


@pytest.mark.parametrize("text, hypothetical", [
    ("Les enseignants algériens seront en grève lundi.", True),
    ("Les enseignants algériens sont en grève depuis lundi.", False),
])
def test_a_copula_noun_takes_its_copula_s_tense(code_fr, text, hypothetical):
    """The copula carries the tense of a noun predicate: a strike announced for Monday is hypothetical."""
    assert only(code_fr(text), "PROTEST").hypothetical is hypothetical


@pytest.mark.parametrize("text, event_type, hypothetical", [
    # an ending only a future has, whatever the tagger reads (« quitteront » tagged a present)
    ("Rappelons que les forces de la coalition de l'OTAN quitteront l'Afghanistan fin 2014.", "RETREAT", True),
    ("Les forces de la coalition de l'OTAN ont quitté l'Afghanistan.", "RETREAT", False),
    # an infinitive the parser joins to a participle takes the mood of the infinitive above it
    ("Le ministre français des outre-mer se rendra demain en Guyane pour rendre hommage aux militaires décédés "
     "et apporter son soutien aux blessés.", "SUPPORT", True),
    ("Le ministre français des outre-mer s'est rendu hier en Guyane pour rendre hommage aux militaires décédés "
     "et apporter son soutien aux blessés.", "SUPPORT", False),
])
def test_future_acts_are_hypothetical(code_fr, text, event_type, hypothetical):
    events = [e for e in code_fr(text) if e.type == event_type]
    assert events and all(e.hypothetical is hypothetical for e in events)
