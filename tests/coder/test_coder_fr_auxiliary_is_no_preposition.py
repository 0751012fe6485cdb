"""French: the tense auxiliary « a », folded without its accent, is not the « à » an entry asks
for (rule aux-no-companion); the real « à » + infinitive counts wherever the parser hangs it
(rule object-infinitive-mark). Invented sentences."""

from __future__ import annotations

import pytest

from dyads import code_text


def types(sentence: str) -> list[str]:
    return [e.type for e in code_text(sentence, lang="fr")]


@pytest.mark.parametrize("sentence", [
    # a name given, in quotes: no call
    "Le président russe a appelé le Premier ministre britannique « menteur ».",
    "Le président russe a appelé le Premier ministre britannique « un menteur » et « un lâche ».",
    # a telephone call: no « à », no request
    "Vladimir Poutine a appelé Joe Biden mardi.",
    "Le président russe a appelé le Premier ministre britannique, hier soir.",
])
def test_the_auxiliary_a_is_no_a_with_accent(sentence):
    assert "REQUEST" not in types(sentence)


@pytest.mark.parametrize("sentence, target", [
    # « à » + infinitive hung on the verb (xcomp)
    ("L'ONU a appelé Israël à se retirer de Gaza.", ["ISR"]),
    ("Le Kremlin a appelé à cesser les combats.", []),
    # ... on the object (acl)
    ("La Chine a appelé les pays occidentaux à cesser leurs ingérences.", []),
    # ... on an object conjunct the parser joined to the verb
    ("Le gouvernement français a appelé les ressortissants français et les touristes à quitter le Mali.", ["FRACVL"]),
    # ... after an adverbial clause of the verb
    ("L'ONU a appelé la Russie, pour éviter une escalade, à retirer ses troupes.", ["RUS"]),
])
def test_a_real_a_with_its_infinitive_is_a_call(sentence, target):
    events = [e for e in code_text(sentence, lang="fr") if e.type == "REQUEST"]
    assert [e.target for e in events] == [target]


def test_an_infinitive_hung_on_the_object_says_what_is_called_for():
    # « appeler X à manifester » is a call to protest, as « appeler à manifester »
    assert types("La CGT a appelé les salariés français à manifester jeudi contre le gouvernement.") == ["PROTEST"]


@pytest.mark.parametrize("sentence, kind", [
    # the causative « faire » is no auxiliary: entries ask for it
    ("Le Hamas a fait exploser une bombe à Jérusalem.", "ASSAULT"),
    ("Moscou a fait porter la responsabilité à l'Ukraine.", "ACCUSE"),
])
def test_the_causative_faire_still_counts(sentence, kind):
    assert kind in types(sentence)
