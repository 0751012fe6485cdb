"""Background history and generic statements are no events (gold/GUIDELINES.md section 1:
"biographies and background history told as facts of the past", "generic or habitual
statements"): an earlier time of the act, a past tenure, an era gone, other cases, a record, a
custom, a rule of procedure, an agreement's making dated years back. Invented sentences; each
shape has a near miss that stays coded."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import code_en  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)

DAY = dt.date(2020, 1, 12)


def kinds(events) -> list[str]:
    return sorted(e.type for e in events)


@pytest.mark.parametrize("sentence", [
    # an earlier time of the same act (relative clause of a noun of time)
    "The last time the Turkish government banned the newspaper was during the coup of 1980.",
    # a past tenure, shared by the coordinated verb
    "During his presidency, Obama expelled 35 Russian diplomats and imposed sanctions on Moscow.",
    # an era gone
    "Japanese troops attacked the Chinese city of Nanjing during World War II.",
    # other, earlier cases
    "In similar cases, Egyptian police arrested opposition leaders.",
    # a record (an infinitive the parser makes a relative clause of "president")
    "Bush was the first president to reject the treaty since 1970.",
])
def test_history_en_is_not_coded(code_en, sentence):
    assert code_en(sentence, date=DAY) == []


@pytest.mark.parametrize("sentence, kind", [
    ("The Turkish government banned the newspaper on Monday.", "COERCE"),
    ("On Friday, Obama expelled 35 Russian diplomats and imposed sanctions on Moscow.", "SANCTION"),
    ("Bush rejected the treaty.", "REJECT"),
    # a mark inside a clause describing a noun dates that thing, not the protest
    ("Thousands of Chinese protested against a Japanese textbook that calls the massacre of civilians"
     " during World War II an incident.", "PROTEST"),
])
def test_news_en_near_history_stays(code_en, sentence, kind):
    assert kind in kinds(code_en(sentence, date=DAY))


@pytest.mark.parametrize("sentence", [
    "La dernière fois que le gouvernement turc a interdit ce journal, c'était en 1980.",
    "Durant son mandat, Barack Obama a expulsé 35 diplomates russes.",
    "Les troupes japonaises ont attaqué la ville chinoise de Nankin durant la Seconde Guerre mondiale.",
    "Lors d'affaires semblables, la police égyptienne avait arrêté les responsables.",
])
def test_history_fr_is_not_coded(code_fr, sentence):
    assert code_fr(sentence, date=DAY) == []


@pytest.mark.parametrize("sentence, kind", [
    ("Le gouvernement turc a interdit ce journal lundi.", "COERCE"),
    ("Vendredi, Barack Obama a expulsé 35 diplomates russes.", "SANCTION"),
    ("La police égyptienne a arrêté les responsables.", "COERCE"),
])
def test_news_fr_near_history_stays(code_fr, sentence, kind):
    assert kind in kinds(code_fr(sentence, date=DAY))


def test_custom_is_not_coded(code_en, code_fr):
    assert code_en("It is customary for new British governments to suspend parliament.", date=DAY) == []
    assert code_fr("Il est courant que les nouveaux gouvernements britanniques suspendent le parlement.",
                   date=DAY) == []
    assert code_fr("Il est d'usage pour un nouveau gouvernement britannique de suspendre le parlement.",
                   date=DAY) == []
    # an infinitive after a finite verb of its own is that verb's, not the custom's
    assert "COERCE" in kinds(code_en("It is customary for the press to wait, but on Monday the British"
                                     " government decided to suspend parliament.", date=DAY))


def test_generic_condition_is_not_coded(code_en):
    assert code_en("If the United States imposes tariffs on Chinese steel, the duty is paid by American"
                   " importers.", date=DAY) == []
    # what may happen stays, hypothetical
    event = next(e for e in code_en("If the United States imposes tariffs on Chinese steel, China will"
                                    " retaliate.", date=DAY) if e.type == "SANCTION")
    assert event.hypothetical


def test_rule_about_anyone_of_a_kind_is_not_coded(code_en):
    assert code_en("A simple majority of the U.S. House of Representatives is needed to impeach a president.",
                   date=DAY) == []
    assert code_en("The U.S. Constitution says that officials are removed from office after being convicted"
                   " by the U.S. Senate.", date=DAY) == []
    # a past act on one person, and a definite person, are news
    assert "ACCUSE" in kinds(code_en("The U.S. House of Representatives voted to impeach a federal judge.", date=DAY))
    assert "ACCUSE" in kinds(code_en("The U.S. House of Representatives is expected to impeach the president.",
                                     date=DAY))


def test_making_an_agreement_dated_years_back_is_history(code_en, code_fr):
    assert code_en("Kerry helped negotiate the Iranian nuclear agreement that was signed in 2015.", date=DAY) == []
    assert code_en("Obama agreed to the trade agreement with Japan that was signed in 2016.", date=DAY) == []
    assert code_fr("Le ministre iranien avait négocié avec les Européens l'accord qui a été signé en 2015.",
                   date=DAY) == []
    # a later act on it is news; a recent agreement's making too
    assert "SANCTION" in kinds(code_en("Trump withdrew the United States from the nuclear deal with Iran that"
                                       " was signed in 2015.", date=DAY))
    assert "CONSULT" in kinds(code_en("Kerry negotiated the nuclear deal with Iran that was signed in March.",
                                      date=DAY))


def test_a_mood_does_not_make_an_old_act_news(code_en):
    assert code_en("Critics say Moscow may have attacked the convoy in 2015.", date=DAY) == []
    assert [e.hypothetical for e in code_en("Critics say Moscow may attack the convoy next week.", date=DAY)] == [True]
