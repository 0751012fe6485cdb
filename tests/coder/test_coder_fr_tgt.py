"""French coder: targets the coder used to lose or add (helper "tgt"); invented sentences."""

from __future__ import annotations

import pytest

from coder_en import countries, only  # noqa: F401
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, target", [
    # « l' » of a coordinated verb stands for the object of the verb it is joined to
    ("Les syndicats grecs refusent toute négociation avec le FMI et l’accusent d’arrogance.", ["IMF"]),
    ("Le Hamas a rejeté la proposition de l’Égypte et l’accuse de partialité.", ["EGY"]),
])
def test_elided_object_pronoun_of_a_coordinated_verb(code_fr, sentence, target):
    event = only(code_fr(sentence), "ACCUSE")
    assert event.target == target
