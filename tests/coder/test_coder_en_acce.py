"""English coder: accusations in news language the lexicon did not read yet — a lawsuit that
names no defendant ("sued to block")."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source", [
    ("The Canadian government sued to stop the pipeline's construction.", {"CAN"}),
    ("Three Mexican farmers sued to be allowed to keep their land.", {"MEX"}),
])
def test_suing_with_no_defendant_named_accuses(code_en, sentence, source):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.source) == source and event.target == []
