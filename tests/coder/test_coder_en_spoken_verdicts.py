"""English coder: statements that are themselves the speaker's accusation (gold/GUIDELINES.md:
"X has an event of his own only when the statement itself is an accusation ..."): a damning
word in what is said, or a damning name given with a naming verb, and whose act or thing it
judges (the doer of the word's own clause, the owner, agent or parties of the judged noun).
Invented sentences only."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


def accusations(events):
    return [e for e in events if e.type == "ACCUSE"]


# --- named-verdict: the name given hung on the object by the parser ----------------------------

@pytest.mark.parametrize("sentence", [
    "Erdogan called Trump's decision a disgrace.",
    "Erdogan called Trump's decision a ploy.",
])
def test_name_given_to_an_actors_act(code_en, sentence):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.source) == {"TUR"} and countries(event.target) == {"USA"}


@pytest.mark.parametrize("sentence", [
    "Erdogan called Trump, a former businessman, on Monday.",  # a phone call, an apposition
    "Erdogan called Trump's decision a victory.",  # no damning name
])
def test_call_without_a_damning_name(code_en, sentence):
    assert accusations(code_en(sentence)) == []


# --- participle-parties and judged-through-infinitive: whose accord is judged -------------------

def test_parties_of_an_accord_signed_between_them(code_en):
    event = only(code_en("Erdogan said the agreement signed between Greece and Egypt violates Turkey's rights."), "ACCUSE")
    assert countries(event.source) == {"TUR"} and countries(event.target) == {"GRC", "EGY"}


def test_praise_of_an_accord_is_no_accusation(code_en):
    assert accusations(code_en("Erdogan said the agreement signed between Greece and Egypt was a success.")) == []


def test_clause_said_by_an_infinitive_of_saying(code_en):
    event = only(code_en('Mitsotakis noted "it is important to point out that the agreement signed between '
                         "Turkey and Libya infringes upon Greece's sovereign rights\"."), "ACCUSE")
    assert countries(event.source) == {"GRC"} and countries(event.target) == {"TUR", "LBY"}


# --- conclude+damning: a meeting's conclusion as criticism, not a court's ruling ---------------

def test_concluded_void_and_infringing_is_two_events(code_en):
    events = code_en('Egypt and Greece concluded that the agreement between Turkey and Libya is "null and void" '
                     'and "infringes upon the sovereign rights of third states".')
    for kind in ("REJECT", "ACCUSE"):
        event = only(events, kind)
        assert countries(event.source) == {"EGY", "GRC"} and countries(event.target) == {"TUR", "LBY"}


def test_concluded_unlawful_is_only_a_rejection(code_en):
    events = code_en("Egypt concluded that the decree of the Libyan government was unlawful.")
    assert [e.type for e in events] == ["REJECT"]


# --- verdict-clause: the doer of the damning word's own clause ---------------------------------

@pytest.mark.parametrize("sentence", [
    "\"Today's hearing is over, and the Democrats' central allegation in this sham has again been "
    'completely debunked," Mike Pompeo said.',
    "\"Today's hearing is over, and the Democrats' central allegation is a sham,\" Mike Pompeo said.",
])
def test_judged_clause_is_not_the_first_conjunct(code_en, sentence):
    event = only(code_en(sentence, date=dt.date(2019, 11, 20)), "ACCUSE")
    assert countries(event.source) == {"USA"} and countries(event.target) == {"USA"}


def test_verdict_on_an_act_done_to_a_people_is_not_aimed_at_them(code_en):
    # "denying Iranians visas violated the law": the denial is judged, the Iranians undergo it
    events = accusations(code_en("Pompeo wrote denying Iranians visas violated the law."))
    assert all("IRN" not in countries(e.target) for e in events)


# --- home-act: a state act said to be damning in reported speech -------------------------------

def test_state_act_judged_in_reported_speech(code_en):
    event = only(code_en("Britain's Parliament was suspended on Tuesday. Labour leader Jeremy Corbyn said "
                         "prorogation was a disgrace."), "ACCUSE")
    assert countries(event.target) == {"GBR"}


def test_state_acts_in_general_are_not_aimed(code_en):
    events = accusations(code_en("Britain's Parliament was suspended on Tuesday. Labour leader Jeremy Corbyn said "
                                 "prorogations were a disgrace."))
    assert all(e.target == [] for e in events)


# --- a quotation running on past "[...]" ------------------------------------------------------

def test_verdict_after_an_elision_in_the_quote(code_en):
    event = only(code_en('Erdogan said, "Those who remain silent cannot tell us what to do [...] Unfortunately, '
                         'Trump is behaving like a bully [...] How can you do this?"'), "ACCUSE")
    assert countries(event.source) == {"TUR"} and countries(event.target) == {"USA"}


def test_no_verdict_after_the_elision(code_en):
    assert accusations(code_en('Erdogan said, "Those who remain silent cannot tell us what to do [...] '
                               'Unfortunately, Trump is a businessman [...] How can you do this?"')) == []
