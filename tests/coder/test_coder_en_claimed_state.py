"""English allegations that tell a state, not an act: "claim" or "allege" with an actor as the
subject of what is said accuses that actor only when the clause tells an act; a clause whose
predicate is a copula ("the files were protected", "the fishing is only to feed ...") or a
verb of saying in the passive ("she was told by an official that ...") is a claim, no
accusation (rule claimed-state, entries with `act_said`). Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, source, target", [
    ("Chilean opposition leaders claimed Peruvian troops had crossed the border.", {"CHL"}, {"PER"}),
    ("Some members of the Bolivian opposition have claimed the rioters were paid by the government.", {"BOL"}, {"BOL"}),
    # a copula whose attribute blames (`blame_attributes`) tells an act after all
    ("Chilean ministers claimed Peru was behind the blockade of the port.", {"CHL"}, {"PER"}),
    ("The Chilean navy alleged that Peru was involved in the sinking of the trawler.", {"CHL"}, {"PER"}),
])
def test_an_alleged_act_accuses(code_en, sentence, source, target):
    event = only(code_en(sentence), "ACCUSE")
    assert countries(event.source) == source and countries(event.target) == target


@pytest.mark.parametrize("sentence", [
    "Nadia Ruiz, a Venezuelan opposition activist, claimed that she was told by a police officer "
    "that the governor ordered the raid.",
    "Moments before the senators voted to censure him, the Peruvian president formally claimed the "
    "files were protected by executive privilege.",
    "The Chilean foreign minister arrived in Lima. He claimed the Chilean fishing near the islands "
    "is only to feed Chilean towns.",
])
def test_a_claimed_state_is_no_accusation(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "ACCUSE"]
