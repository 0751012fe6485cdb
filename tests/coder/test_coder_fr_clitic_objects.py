"""French coder: object pronouns put before the verb (« Il le félicite », « Il l'a accusé », « Il
lui reproche »). The parser reads the subject « il » there as an expletive and some clitics as
determiners (rule clitic-subject, dyads.coder.clitics); the object pronoun stands for the other
person the sentence before names when the subject pronoun takes the first (rule
object-pronoun-other). Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import only  # noqa: F401
from coder_fr import code_fr  # noqa: F401  (fixture)

DAY = dt.date(2012, 11, 10)


@pytest.mark.parametrize("text, kind, source, target", [
    ("Le président américain Barack Obama a rencontré Vladimir Poutine. Il l'a félicité pour son élection.",
     "SUPPORT", "USAGOV", "RUSGOV"),
    ("Le président américain Barack Obama a rencontré Vladimir Poutine. Il le félicite pour son élection.",
     "SUPPORT", "USAGOV", "RUSGOV"),
    ("Le président russe Vladimir Poutine a reçu Barack Obama au Kremlin. Il l'accuse d'ingérence.",
     "ACCUSE", "RUSGOV", "USAGOV"),
])
def test_a_subject_pronoun_before_an_object_clitic_is_the_source(code_fr, text, kind, source, target):
    event = only(code_fr(text, DAY), kind)
    assert (event.source, event.target) == ([source], [target])
    assert event.rule.endswith("/object-pronoun-other")


def test_the_clitic_subject_is_repaired_in_the_parse():
    from dyads.coder.clitics import repair_clitics
    from dyads.coder.lexicon import load_lexicon
    from dyads.nlp import load_pipeline

    lexicon = load_lexicon("fr")
    doc = repair_clitics(load_pipeline("fr")("Il lui reproche son silence."), lexicon)
    assert [(t.text, t.dep_) for t in doc][:3] == [("Il", "nsubj"), ("lui", "iobj"), ("reproche", "ROOT")]


@pytest.mark.parametrize("text", [
    "Il lui est reproché d'avoir menti.",  # an impersonal passive: « il » is no one
    "Il leur faut partir.",  # an impersonal verb
])
def test_an_impersonal_il_stays_an_expletive(text):
    from dyads.coder.clitics import repair_clitics
    from dyads.coder.lexicon import load_lexicon
    from dyads.nlp import load_pipeline

    doc = repair_clitics(load_pipeline("fr")(text), load_lexicon("fr"))
    assert doc[0].dep_ != "nsubj"


def test_the_object_pronoun_is_not_the_source_itself(code_fr):
    # one person named before: the pronoun subject takes it, the object has no one else to be
    events = code_fr("Le président américain Barack Obama est arrivé à Paris. Il l'a félicité pour son élection.", DAY)
    assert not [e for e in events if e.type == "SUPPORT" and e.target == ["USAGOV"]]


def test_an_indirect_clitic_is_never_a_direct_object():
    # « leur » read as a direct object (or « lui » as a reflexive): an indirect object
    from dyads.coder.clitics import repair_clitics
    from dyads.coder.lexicon import load_lexicon
    from dyads.nlp import load_pipeline

    doc = repair_clitics(load_pipeline("fr")("Les opposants leur reprochent de soutenir le régime."), load_lexicon("fr"))
    assert [t.dep_ for t in doc if t.text == "leur"] == ["iobj"]


def test_leur_demande_after_a_subject_pronoun_is_a_verb(code_fr):
    # « Il leur demande de ... »: the parser reads "their request"; after « il » it is a verb
    events = code_fr("Le président français Emmanuel Macron a rencontré les syndicats. Il leur demande de reprendre "
                     "le dialogue.", DAY)
    assert only(events, "REQUEST").source == ["FRAGOV"]


def test_leur_demande_as_a_noun_stays_a_noun():
    from dyads.coder.clitics import repair_clitics
    from dyads.coder.lexicon import load_lexicon
    from dyads.nlp import load_pipeline

    doc = repair_clitics(load_pipeline("fr")("Le gouvernement a rejeté leur demande de dialogue."), load_lexicon("fr"))
    assert [t.pos_ for t in doc if t.text == "demande"] == ["NOUN"]
