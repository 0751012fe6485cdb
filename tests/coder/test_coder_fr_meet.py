"""French coder: demands said with nouns answered by a verb (helper "meet"); invented sentences."""

from __future__ import annotations

import pytest

from coder_en import countries, only  # noqa: F401
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source, target", [
    ("Le gouvernement français a cédé aux exigences des syndicats.", {"FRA"}, {"FRA"}),
    ("Le Conseil d'État a rejeté la demande de la Confédération générale du travail.", {"FRA"}, {"FRA"}),
])
def test_demand_is_aimed_at_its_answerer(code_fr, sentence, source, target):
    event = only(code_fr(sentence), "REQUEST")
    assert countries(event.source) == source and countries(event.target) == target
    assert event.rule.endswith("/answerer")
