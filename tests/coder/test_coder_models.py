"""The coder's learned parts: the scorer keeps or drops rule candidates and names itself in
the rule; the typer adds an event of a type the rules did not code, from the word that weighs
most for it, with source and target found by the rules."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.coder.events import SentenceCoder
from dyads.coder.lexicon import load_lexicon
from dyads.coder.scorer import ScorerModel
from dyads.coder.typer import TyperModel, sentence_features
from dyads.nlp import parse
from dyads.ontology import describe

pytestmark = pytest.mark.slow


def coder(text: str, lang: str = "en", **models) -> SentenceCoder:
    from dyads.actors import load_dictionary

    mentions = [m for m in load_dictionary().find_mentions(text, lang=lang, date=dt.date(2022, 3, 1)) if m.code]
    doc = next(parse([text], lang))
    return SentenceCoder(doc, mentions, load_lexicon(lang), describe, liberal=True, **models)


def test_the_scorer_keeps_what_it_trusts_and_says_so():
    text = "Russia accused Ukraine of shelling Donetsk."
    keep = ScorerModel("scorer-test", {"type=ACCUSE": 2.0}, 0.0, 0.5)
    drafts = coder(text, scorer=keep).drafts()
    accuse = [d for d in drafts if d.type == "ACCUSE"]
    assert accuse and accuse[0].rule.endswith(";scorer-test") and accuse[0].confidence == 0.88
    drop = ScorerModel("scorer-test", {"type=ACCUSE": -3.0}, 0.0, 0.5)
    assert not [d for d in coder(text, scorer=drop).drafts() if d.type == "ACCUSE"]


def test_the_scorer_sees_what_made_the_candidate():
    drafts = coder("Russia accused Ukraine of shelling Donetsk.").drafts()
    features = next(d for d in drafts if d.type == "ACCUSE").features
    assert {"type=ACCUSE", "subject=subject", "source_kind=country", "target_kind=country"} <= set(features)


def test_the_typer_adds_a_type_the_rules_missed_from_its_weightiest_word():
    text = "Russia upbraided Ukraine over the blockade."  # "upbraid" is in no lexicon
    assert not [d for d in coder(text).drafts() if d.type == "ACCUSE"]
    typer = TyperModel("typer-test", {"ACCUSE": {"w=upbraid": 4.0, "v=upbraid&root": 1.0}}, {"ACCUSE": -1.0},
                       {"all": 0.5})
    typed = [d for d in coder(text, typer=typer).drafts() if d.type == "ACCUSE"]
    assert len(typed) == 1
    event = typed[0]
    assert event.source_codes == ["RUS"] and event.target_codes == ["UKR"]
    assert event.trigger_tokens[0].text == "upbraided" and event.rule.endswith(";typer-test")
    assert event.confidence == round(1 / (1 + pow(2.718281828459045, -4.0)), 2)


def test_a_typed_event_with_no_target_in_its_sentence_is_coded_without_one():
    # the target rules that read a lexicon entry's type (act-antecedent) have none to read here
    typer = TyperModel("typer-test", {"ACCUSE": {"w=upbraid": 4.0}}, {"ACCUSE": -1.0}, {"all": 0.5})
    typed = [d for d in coder("Russia upbraided the move.", typer=typer).drafts() if d.type == "ACCUSE"]
    assert len(typed) == 1 and typed[0].source_codes == ["RUS"] and typed[0].target_codes == []


def test_sentence_features_are_content_words_and_verbs_with_their_relation():
    doc = next(parse(["Russia upbraided Ukraine over the blockade."], "en"))
    features = sentence_features(doc)
    assert "w=upbraid" in features and "v=upbraid&root" in features and "w=the" not in features
