"""French recall, third pass (helper `fr2`): shapes of French news the coder missed."""

from __future__ import annotations

import pytest
from coder_fr import code_fr, only  # noqa: F401  (fixture)

from dyads.evaluate import strip_sector


def countries(codes: list[str]) -> list[str]:
    return sorted({strip_sector(c) for c in codes})


# A call to strike, to demonstrate, to boycott (« un appel à la grève ») is taking part in the
# protest, as the verb « appeler à la grève » is: PROTEST, not a request to anyone.
STRIKE_CALLS = [
    "Trois syndicats français, la CGT, FO et la CFDT, ont lancé un appel à la grève pour le 16 mai.",
    "La CGT a lancé un appel à manifester contre la réforme des retraites.",
]


@pytest.mark.parametrize("text", STRIKE_CALLS)
def test_a_call_to_strike_is_a_protest(code_fr, text):
    events = code_fr(text)
    event = only(events, "PROTEST")
    assert countries(event.source) == ["FRA"]
    assert not [e for e in events if e.type == "REQUEST"]


def test_a_call_to_others_stays_a_request(code_fr):
    event = only(code_fr("Le gouvernement français a lancé un appel à la Russie pour un cessez-le-feu."), "REQUEST")
    assert countries(event.source) == ["FRA"]
    assert countries(event.target) == ["RUS"]


# Withdrawing one's support, confidence or backing from someone (« retirer son soutien, sa
# confiance, son appui à X ») drops them: a REJECT aimed at X.
WITHDRAWN_SUPPORT = [
    ("Le Parti socialiste a retiré son soutien au gouvernement de Jean-Marc Ayrault.", ["FRA"], ["FRA"]),
    ("Les États-Unis ont retiré leur appui au président Moubarak.", ["USA"], ["EGY"]),
]


@pytest.mark.parametrize("text, source, target", WITHDRAWN_SUPPORT)
def test_withdrawn_support_is_a_rejection(code_fr, text, source, target):
    event = only(code_fr(text), "REJECT")
    assert countries(event.source) == source
    assert countries(event.target) == target


# Casting doubt on someone's word (« mettre en doute la version, la crédibilité de X ») rejects
# it, as « contester » does; with nobody's word named, nothing is coded.
def test_casting_doubt_on_someones_word_rejects_it(code_fr):
    event = only(code_fr("Le ministère russe a mis en doute la version des autorités ukrainiennes."), "REJECT")
    assert countries(event.source) == ["RUS"]
    assert countries(event.target) == ["UKR"]


def test_doubt_on_a_thing_is_no_rejection(code_fr):
    assert not [e for e in code_fr("Le ministre russe a mis en doute l'efficacité des sanctions.") if e.type == "REJECT"]
