"""Rule home-person (dyads/coder/references.py `_home_people`): in an article about one country,
a name the dictionary does not know, given with a word for what a private person is and no
nationality ("activist X", "X, a lawyer for ...", « le militant X ») or after "Dr.", is a
person of that country and of that word's sector, and so is its surname later; such a person
is only a target (events.home_person_source). Near misses: another country named by the word,
observers ("professor X"), an age alone, and acts the person does."""

from __future__ import annotations

from coder_common import dyads
from coder_en import code_en  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


def targets(events) -> set[str]:
    return {t for e in events for t in e.target}


def home_people(events) -> set[str]:
    """The targets rule home-person gave (a name in an object the dictionary does not know is a
    private person of the article's country too, rule home-name-person: not counted here)."""
    return {t for e in events if "home-name" not in e.rule for t in e.target}


def test_a_described_name_and_its_surname_are_a_civilian_of_the_articles_country(code_en):
    events = code_en("The US Senate met on Tuesday. Activist Mark Delaney spoke at a rally in Chicago. "
                     "Federal prosecutors charged Delaney with fraud. President Trump did not comment.")
    assert ("ACCUSE", "USAJUD", "USACVL") in dyads(events)
    events = code_en("The US Senate met on Tuesday. Mark Delaney, a lawyer for the family, spoke in Chicago. "
                     "Federal prosecutors charged Delaney with fraud. President Trump did not comment.")
    assert ("ACCUSE", "USAJUD", "USACVL") in dyads(events)


def test_a_doctors_title_makes_a_civilian(code_en):
    events = code_en("The US Senate met on Tuesday. Dr. Helen Marsh was found guilty of fraud by a "
                     "federal court in Chicago. President Trump did not comment.")
    assert ("ACCUSE", "USAJUD", "USACVL") in dyads(events)


def test_french_described_name(code_fr):
    events = code_fr("Le gouvernement français s'est réuni lundi. Le militant Jean Moreau a parlé à Lyon. "
                     "Le gouvernement a critiqué Moreau. Le président Emmanuel Macron n'a pas commenté.")
    assert ("ACCUSE", "FRAGOV", "FRACVL") in dyads(events)


def test_another_country_named_with_the_word_wins(code_en):
    events = code_en("The Greek government met on Monday. Milan lawyer Marco Bellini spoke in Athens. "
                     "Greek police arrested Bellini. Prime Minister Kyriakos Mitsotakis did not comment.")
    assert "GRCCVL" not in home_people(events)


def test_observers_and_ages_make_no_one(code_en):
    for article in ("The US Senate met on Tuesday. Professor Alan Greene spoke in Chicago. "
                    "Federal prosecutors charged Greene with fraud. President Trump did not comment.",
                    "The US Senate met on Tuesday. Alan Greene, 39, spoke in Chicago. "
                    "Federal prosecutors charged Greene with fraud. President Trump did not comment.",
                    # a capitalised word after an abbreviation opens no sentence: an office
                    "The US Senate met on Tuesday. U.S. Attorney Alan Greene spoke in Chicago. "
                    "The Senate criticized Greene. President Trump did not comment."):
        assert "USACVL" not in home_people(code_en(article)), article


def test_a_home_person_is_no_source(code_en):
    events = code_en("The US Senate met on Tuesday. Activist Mark Delaney spoke in Chicago. "
                     "Delaney urged the Senate to act. He later apologized to Senator Ted Cruz.")
    assert not [e for e in events if "USACVL" in e.source]
