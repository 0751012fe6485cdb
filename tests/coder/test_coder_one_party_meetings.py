"""One-party meetings (CONSULT with an empty target), English and French; invented sentences.

Release 47 measured the gold's one-party CONSULT events (train and dev): the coder already codes a meeting
whose other party has the source's own code (rule own-code; French only since a later pass:
English `own_code_types` holds REQUEST alone) and one whose parties are all
sources (reciprocal); a meeting with a party that has no code, or with no party at all, is
left uncoded, because the gold leaves such sentences uncoded as often as it codes them
(coding every single-source meeting: train +1 right, +14 wrong; dev +0, +4 wrong). These
tests pin that choice."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence", [
    # the other party has the source's code: English codes no such meeting (own_code_types:
    # its own-code meetings were all misread on train and dev), French does (below)
    "French President Emmanuel Macron met with several officials on Monday.",
    "The Brazilian foreign minister held talks with the Brazilian defence minister on Monday.",
])
def test_en_no_meeting_with_own_code_party(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "CONSULT"]


def test_fr_meeting_with_own_code_party(code_fr):
    event = only(code_fr("Le premier ministre français s'est entretenu avec le ministre français de l'économie."), "CONSULT")
    assert countries(event.source) == {"FRA"} and event.target == [] and event.rule.endswith("/own-code")


@pytest.mark.parametrize("sentence", [
    # a party with no code, a visit to a place of one's own country, a sense of "meet" that is no
    # meeting: no one-party CONSULT
    "The Brazilian president met with several world leaders last year.",
    "Netanyahu visited a settlement near Hebron on Tuesday.",
])
def test_en_no_one_party_meeting(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "CONSULT"]


@pytest.mark.parametrize("sentence", [
    "Le président Emmanuel Macron a rencontré de graves difficultés cette année.",
    "Le président Emmanuel Macron s'est entretenu avec des journalistes étrangers.",
])
def test_fr_no_one_party_meeting(code_fr, sentence):
    assert not [e for e in code_fr(sentence) if e.type == "CONSULT"]
