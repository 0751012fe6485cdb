"""AGREE, SUPPORT and THREATEN lost or mistyped by grammar (helper oth): a coordinated clause with
its own subject and tense keeps its own mood (modality._own_clause: "..., and Germany praised
Turkey" is told, not announced, so no AGREE of intent); a company's nationality word is no party
to a business deal (events.business_only, events._modifier); "pleaded guilty to threatening" with
the "to" hung on "guilty" is the admitter's threat (sources._admitting_verb, rule admitted-act).
gold/GUIDELINES.md: business deals between companies are no event; a merely announced act keeps
its own type. Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


def test_en_own_clause_keeps_its_own_mood(code_en):
    event = only(code_en("The war would have lasted longer without Turkey, and Germany praised Turkey on Monday."),
                 "SUPPORT")
    assert countries(event.source) == {"DEU"} and countries(event.target) == {"TUR"} and not event.hypothetical
    assert not [e for e in code_en("The war would have lasted longer without Turkey, and Germany praised Turkey.")
                if e.type == "AGREE"]


def test_en_shared_subject_shares_the_mood(code_en):
    # no subject of its own: "praise" shares the "will" of "meet"
    events = code_en("Germany will meet Turkey and praise its president.")
    assert events and all(e.hypothetical for e in events)


@pytest.mark.parametrize("sentence", [
    "Uber agreed to a takeover by its largest investor, Japanese technology company SoftBank.",
    "Uber agreed to a rescue by its main shareholder, the Japanese company SoftBank.",
])
def test_en_company_nationality_is_no_party(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "AGREE"]


@pytest.mark.parametrize("sentence, target", [
    ("Uber agreed to a takeover by SoftBank and Japan.", "JPN"),                   # Japan a party of its own
    ("Uber agreed to a rescue by SoftBank and the Japanese government.", "JPN"),  # a state is a party
])
def test_en_state_beside_a_company_stays(code_en, sentence, target):
    event = only(code_en(sentence), "AGREE")
    assert target in countries(event.target)


def test_en_pleaded_guilty_to_threatening_is_a_threat(code_en):
    event = only(code_en("A Texas man pleaded guilty to threatening to kill Senator Ted Cruz."), "THREATEN")
    assert event.source == ["USACVL"] and countries(event.target) == {"USA"}
    assert event.rule.startswith("en:verb:admitted-act/")


@pytest.mark.parametrize("sentence", [
    "A Texas man was accused of threatening Senator Ted Cruz.",        # alleged, not admitted
    "A Texas man pleaded guilty to fraud charges brought by Senator Ted Cruz.",
])
def test_en_no_threat_without_admission(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "THREATEN"]
