"""English coder: verdicts said in words: one naming verb giving two verdicts of
different types ('called the accord "null and void" and "ridiculous"': a rejection and a
criticism), the verdicts coordinated under the object's predicate."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source, target", [
    ('The Greek government called the Turkish accord "null and void" and "geographically ridiculous".', {"GRC"}, {"TUR"}),
    ('The Cypriot foreign minister called the Turkish plan "null and void" and "absolutely outrageous".', {"CYP"}, {"TUR"}),
])
def test_void_and_damning_verdicts_are_two_events(code_en, sentence, source, target):
    events = code_en(sentence)
    for kind in ("REJECT", "ACCUSE"):
        event = only(events, kind)
        assert countries(event.source) == source and countries(event.target) == target


def test_a_praised_victim_does_not_hide_the_criticism(code_en):
    # "courageous" praises the journalist (no coded actor: no SUPPORT), "senseless" criticises
    event = only(code_en('The Turkish government called the killing in Riyadh "the senseless murder of a '
                         'courageous journalist".'), "ACCUSE")
    assert countries(event.source) == {"TUR"}


def test_one_verdict_is_one_event(code_en):
    events = code_en('The Greek government called the Turkish accord "null and void".')
    assert [e.type for e in events] == ["REJECT"]
