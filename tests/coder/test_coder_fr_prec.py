"""French coder, precision: classes of sentences that tell no event of their own (invented
sentences in news style; gold/GUIDELINES.md says why each is no event)."""

from __future__ import annotations

import pytest

from coder_fr import code_fr, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence", [
    # a private person's confession of a crime is a step of a criminal case, no politics
    "Deux étudiants français ont avoué leur participation à l'agression.",
    "Des suspects irakiens auraient avoué leur participation à l'enlèvement de Mme Hassan.",
])
def test_a_private_persons_confession_is_no_concession(code_fr, sentence):
    assert not [e for e in code_fr(sentence) if e.type == "CONCEDE"]


def test_a_politicians_guilty_plea_stays_a_concession(code_fr):
    assert only(code_fr("Jacques Chirac a plaidé coupable."), "CONCEDE")
