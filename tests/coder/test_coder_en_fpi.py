"""English coder: what an interviewee says of people in general in a Wikinews interview's
answer ("((Name))  ..." after "((WN))  ...?") is talk of life and opinions, not an event;
a named actor or an institution named by a noun in the same answer is still coded."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)

INTRO = ("Wikinews spoke to Maria Lopez, a Spanish activist who founded a women's shelter in Madrid.\n\n"
         "((WN))  What led you to found the shelter?\n\n")


@pytest.mark.parametrize("answer, event_type", [
    ("((Maria Lopez))  A lot of women are not comfortable talking to other people, so they talk to me.", "CONSULT"),
    ("((Maria Lopez))  Many of them met people who would not accept their choices.", "REJECT"),
    # a paragraph of the answer with no mark of its own
    ("((Maria Lopez))  I think so.\n\nMany people in our neighbourhood criticise the women who leave.", "ACCUSE"),
])
def test_people_in_general_in_an_interview_answer_are_no_event(code_en, answer, event_type):
    events = code_en(INTRO + answer)
    assert not [e for e in events if e.type == event_type]


def test_the_same_sentence_outside_an_interview_is_coded(code_en):
    events = code_en("Maria Lopez is a Spanish activist who founded a women's shelter in Madrid.\n\n"
                     "Many people in our neighbourhood criticise the women who leave.")
    assert countries(only(events, "ACCUSE").source) == {"ESP"}


def test_an_institution_in_an_interview_answer_is_coded(code_en):
    events = code_en(INTRO + "((Maria Lopez))  The police arrested him.")
    assert countries(only(events, "COERCE").source) == {"ESP"}


def test_a_question_of_the_interviewer_is_no_answer(code_en):
    events = code_en(INTRO.split("\n")[0] + "\n\n((WN))  Many people in your neighbourhood criticise the women who leave.  Why?")
    assert countries(only(events, "ACCUSE").source) == {"ESP"}
