"""English coder, cooperative types (helper supx): a permission is a concession only when it
grants access; what a permission lets someone do is not an act done."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence", [
    "Germany's proposal would permit Turkish troops to enter northern Syria.",
    "The treaty allows French warships to patrol Greek waters.",
    "The Chinese government has allowed Hong Kong citizens to elect their own leaders.",
    "We must allow other countries to manage their own affairs, the Iranian minister said.",
])
def test_what_a_permission_lets_happen_is_no_event(code_en, sentence):
    # no CONCEDE for the permission, and nothing for the act it permits (no AGREE, SANCTION,
    # MOBILIZE, COOPERATE ...)
    assert code_en(sentence) == []


@pytest.mark.parametrize("sentence, source, target", [
    ("Syria allowed UN inspectors into the site on Monday.", {"SYR"}, {"UN"}),
    ("Israel allowed access to the Gaza Strip for aid convoys.", {"ISR"}, set()),
])
# (the access a permission grants stays a concession, as before)
def test_a_permission_of_access_is_a_concession(code_en, sentence, source, target):
    event = only(code_en(sentence), "CONCEDE")
    assert countries(event.source) == source
    assert target <= countries(event.target)


@pytest.mark.parametrize("sentence", [
    "The French president admitted wanting to raise taxes.",
    "The Russian defence minister has admitted to ordering the strikes.",
])
def test_an_admission_of_no_error_is_no_concession(code_en, sentence):
    # admitting a stance or an act is no yielding; an admitted error is (en:admit+error, the
    # objects of en:admit)
    assert not [e for e in code_en(sentence) if e.type == "CONCEDE"]


@pytest.mark.parametrize("sentence", [
    "The German government admitted mistakes in its handling of the crisis.",
    "Iran admitted that its forces had shot down the airliner by mistake.",
])
def test_an_admitted_error_stays_a_concession(code_en, sentence):
    only(code_en(sentence), "CONCEDE")


@pytest.mark.parametrize("sentence, source, target", [
    ("The Belarusian authorities allowed the opposition to hold a rally in Minsk.", {"BLR"}, {"BLR"}),
    ("Ivory Coast's Supreme Court decided to allow candidate Alassane Ouattara to run.", {"CIV"}, {"CIV"}),
    ("Russian police permitted the protesters to march through Moscow.", {"RUS"}, {"RUS"}),
])
def test_a_permission_granted_to_opponents_is_a_concession(code_en, sentence, source, target):
    # en:allow+opponents: opponents, candidates, protesters or their rallies let to act
    event = only(code_en(sentence), "CONCEDE")
    assert countries(event.source) == source
    assert countries(event.target) == target
