"""A group noun owned by a noun ("the city's police") is not the subject's of the clause above,
as a group owned by a possessive pronoun is ("China said its police ..."): the noun names
another owner, and with several countries in the sentence the group stays unresolved."""

from __future__ import annotations

from coder_en import code_en  # noqa: F401  (fixture)


def sources(events) -> set[str]:
    return {c for e in events for c in e.source}


def test_a_possessive_pronoun_group_is_the_governing_subjects(code_en):
    assert "CHNCOP" in sources(code_en("China said its police deny allegations of abuse."))


def test_a_group_owned_by_a_noun_is_not_the_governing_subjects(code_en):
    # "the city's police" are Hong Kong's, not China's: the sentence names both, so no one's
    events = code_en("China said it is committed to the autonomy of Hong Kong, while the city's police "
                     "deny allegations of abuse.")
    assert "CHNCOP" not in sources(events)
