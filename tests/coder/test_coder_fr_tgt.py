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


@pytest.mark.parametrize("text, event_type, target", [
    # a bare role after « du », « au » stands for the person named before with that role
    ("Le président équatorien Lucio Gutiérrez a été destitué par le Congrès. Un mandat d’arrêt a été lancé "
     "par la justice équatorienne à l’encontre du président déchu.", "ACCUSE", ["ECUOPP"]),
    ("Le président togolais Faure Gnassingbé a été élu. Les manifestants réclament la démission du président.",
     "REQUEST", ["TGOGOV"]),
])
def test_bare_role_after_a_contracted_article(code_fr, text, event_type, target):
    event = only(code_fr(text), event_type)
    assert event.target == target
