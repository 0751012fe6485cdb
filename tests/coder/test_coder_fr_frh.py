"""French recall, second pass (helper `fr`): shapes of French news the coder missed."""

from __future__ import annotations

import pytest
from coder_fr import code_fr, only  # noqa: F401  (fixture)

from dyads.evaluate import strip_sector


def countries(codes: list[str]) -> list[str]:
    return sorted({strip_sector(c) for c in codes})


# An elided object clitic (« l' ») of a coordinated verb or a participle stands for the object
# of the verb it is joined to, even when the parser tags it an article (« et l'accuse »).
OBJECT_CLITICS = [
    ("L'opposition togolaise refuse tout dialogue avec la Cedeao et l'accuse de mensonge.", "ACCUSE", ["TGO"], ["ECOWAS"]),
    ("Angela Merkel a félicité Nicolas Sarkozy et l'a invité à Berlin.", "REQUEST", ["DEU"], ["FRA"]),
]


# Putting the blame on someone (« rejeter la responsabilité sur X », « faire porter la
# responsabilité à X ») accuses them; the object's own phrase holds the « sur ».
BLAME = [
    ("Les États-Unis rejettent la responsabilité de la mort du journaliste sur les autorités italiennes.",
     "ACCUSE", ["USA"], ["ITA"]),
    ("La Russie fait porter la responsabilité de l'escalade à l'OTAN.", "ACCUSE", ["RUS"], ["NATO"]),
]


@pytest.mark.parametrize("text, event_type, source, target", OBJECT_CLITICS + BLAME)
def test_shapes_of_french_news(code_fr, text, event_type, source, target):
    event = only(code_fr(text), event_type)
    assert countries(event.source) == source
    assert countries(event.target) == target


def test_rejecting_all_responsibility_stays_a_denial(code_fr):
    event = only(code_fr("Le gouvernement russe a rejeté toute responsabilité dans l'attaque."), "REJECT")
    assert countries(event.source) == ["RUS"]


# A name after an honorific (« M. », « Mme ») that the dictionary does not know is a person of the
# country the article is about (rule honorific).
@pytest.mark.parametrize("text, event_type, source, target", [
    ("La crise politique s'aggrave en Équateur. Le Parlement équatorien a voté la destitution du président à Quito. "
     "Les autorités brésiliennes ont accordé l'asile politique à M. Guttiérez.", "AID", ["BRA"], ["ECU"]),
    ("La crise politique s'aggrave en Équateur. Le Parlement équatorien a voté la destitution du président à Quito. "
     "Les syndicats équatoriens ont aussitôt soutenu Mme Pérezgil.", "SUPPORT", ["ECU"], ["ECU"]),
])
def test_honorific_names_are_people_of_the_article_s_country(code_fr, text, event_type, source, target):
    event = only(code_fr(text), event_type)
    assert countries(event.source) == source
    assert countries(event.target) == target


# An attack on a public place (a hotel, a mosque) that names no actor or place, in an article
# about one country, hits that country (rule attacked-site); not when its own forces do it.
ARTICLE_MLI = "Le gouvernement malien a réuni ses ministres à Bamako. "


def test_an_attacked_public_place_is_the_article_s_country(code_fr):
    event = only(code_fr(ARTICLE_MLI + "Des jihadistes maliens ont visé cet hôtel en particulier."), "ASSAULT")
    assert countries(event.source) == ["MLI"]
    assert countries(event.target) == ["MLI"]


def test_an_attacked_public_place_is_no_target_for_the_country_s_own_forces(code_fr):
    events = [e for e in code_fr(ARTICLE_MLI + "L'armée malienne a attaqué un hôtel.") if e.type == "ASSAULT"]
    assert all(not e.target for e in events)
