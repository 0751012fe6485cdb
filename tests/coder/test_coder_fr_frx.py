"""French coder, round 4 (helper frx): business professions as actors, and the figures or
claims of another that a speaker plays down. Invented news sentences, not gold ones."""

from __future__ import annotations

import pytest

from coder_fr import code_fr, only  # noqa: F401  (fixture)


# business professions named in the plural are companies (BUS) of the country their adjective
# names, like « les entreprises françaises »
@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("Les employeurs belges ont critiqué le gouvernement belge.", "ACCUSE", ["BELBUS"], ["BELGOV"]),
    ("Les constructeurs allemands ont demandé au gouvernement allemand des aides.", "REQUEST", ["DEUBUS"], ["DEUGOV"]),
    ("Les commerçants tunisiens ont manifesté contre le gouvernement tunisien.", "PROTEST", ["TUNBUS"], ["TUNGOV"]),
    ("Les restaurateurs français ont dénoncé la décision du gouvernement français.", "ACCUSE", ["FRABUS"], ["FRAGOV"]),
])
def test_business_professions_are_companies(code_fr, sentence, event_type, source, target):
    event = only(code_fr(sentence), event_type)
    assert event.source == source and event.target == target


def test_companies_among_themselves_stay_uncoded(code_fr):
    assert code_fr("Les banques suisses ont racheté des entreprises américaines.") == []


# playing down another's figures, toll, accusations or conclusions rejects them
@pytest.mark.parametrize("sentence, source, target", [
    ("Le ministère russe de la Défense a minimisé le bilan annoncé par l'armée ukrainienne.", ["RUSGOV"], ["UKRMIL"]),
    ("Le gouvernement iranien a relativisé les conclusions du rapport de l'AIEA.", ["IRNGOV"], ["IAEA"]),
    ("Le Kremlin a relativisé les critiques de l'Union européenne.", ["RUSGOV"], ["EU"]),
    ("La police française a nuancé les chiffres de la CGT.", ["FRACOP"], ["FRACVL"]),
])
def test_playing_down_figures_rejects_them(code_fr, sentence, source, target):
    event = only(code_fr(sentence), "REJECT")
    assert event.source == source and event.target == target


@pytest.mark.parametrize("sentence", [
    "Le ministre français a nuancé ses propos de la veille.",
    "Le gouvernement allemand a minimisé les risques pour l'économie.",
    "Le président américain a relativisé l'importance du sommet avec la Chine.",
])
def test_playing_down_other_things_is_no_rejection(code_fr, sentence):
    assert not [e for e in code_fr(sentence) if e.type == "REJECT"]
