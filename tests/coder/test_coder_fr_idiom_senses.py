"""French trigger verbs in an idiomatic sense that tells no political act (gold/GUIDELINES.md:
"a trigger word in another sense"): « mal accepter » (to take badly, to resent), « se permettre »
(to afford, to take the liberty), « céder les rênes / le relais / sa place » (to hand over an
office). Invented sentences; each has a near miss that stays coded."""

from __future__ import annotations

import pytest

from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence", [
    # « mal accepter »: received badly, no agreement
    "La réforme a été très mal acceptée par les syndicats français.",
    "Le gouvernement ivoirien a mal accepté les critiques de la France.",
    # « se permettre »: to afford, no permission granted
    "Le parti d'opposition togolais ne peut pas se permettre une longue campagne.",
    "Le ministre malien s'est permis une remarque sur la France.",
    # « céder les rênes »: a handover of office, no concession
    "Le président du parti a cédé les rênes du mouvement à son adjoint.",
    "Le chef de l'opposition sénégalaise a cédé sa place à un jeune candidat.",
])
def test_idiomatic_senses_are_no_events(code_fr, sentence):
    assert not [e for e in code_fr(sentence) if e.type in ("AGREE", "CONCEDE", "REJECT")]


@pytest.mark.parametrize("sentence, kind", [
    ("Le gouvernement togolais a accepté la proposition de l'Union africaine.", "AGREE"),
    ("Le gouvernement français a permis aux observateurs de l'ONU de visiter la prison.", "CONCEDE"),
    ("Le gouvernement français n'a pas permis aux observateurs de l'ONU de visiter la prison.", "REJECT"),
])
def test_the_political_senses_stay(code_fr, sentence, kind):
    assert kind in [e.type for e in code_fr(sentence)]
