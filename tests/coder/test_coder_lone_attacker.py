"""Rule lone-attacker (group_nouns in lang/en/grammar.yaml and lang/fr/grammar.yaml): one
attacker named by a common noun ("the gunman", "the attacker", « le tireur », « l'assaillant »)
is a private person of the country, COUNTRY+CVL (gold/GUIDELINES.md: a lone attacker's political
violence; a private person -> XXXCVL). Near misses: armed men in numbers ("gunmen", "attackers",
« les assaillants »), a bomber and a kidnapper stay rebels (REB). Invented sentences."""

from __future__ import annotations

from coder_common import only
from coder_en import code_en  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)

FR_EN = "French police said on Sunday that a man had stabbed two officers in Lyon. "
US = "Texas police said on Saturday that a man had opened fire at a mall in Houston. "


def test_a_lone_attacker_shot_by_police_is_a_private_person(code_en):
    event = only([e for e in code_en(FR_EN + "The attacker was shot dead by police.")
                  if e.sentence.startswith("The attacker")], "ASSAULT")
    assert event.source == ["FRACOP"] and event.target == ["FRACVL"]


def test_a_lone_gunman_surrendering_is_a_private_person(code_en):
    event = only([e for e in code_en(US + "Police said the gunman surrendered to officers.")
                  if e.sentence.startswith("Police said")], "RETREAT")
    assert event.source == ["USACVL"]


def test_french_lone_shooter(code_fr):
    events = code_fr("La police française a indiqué dimanche qu'un homme avait tiré sur des passants à Lyon. "
                     "Le tireur a été abattu par la police.")
    event = only([e for e in events if e.sentence.startswith("Le tireur")], "ASSAULT")
    assert event.source == ["FRACOP"] and event.target == ["FRACVL"]


def test_armed_men_in_numbers_stay_rebels(code_en, code_fr):
    event = only(code_en("Gunmen attacked a police station in northern Nigeria on Monday."), "ASSAULT")
    assert event.source == ["NGAREB"]
    event = only(code_en("Attackers killed five Nigerian soldiers near Maiduguri on Monday."), "ASSAULT")
    assert event.source == ["NGAREB"]
    event = only(code_fr("Des assaillants ont attaqué une caserne de l'armée malienne lundi."), "ASSAULT")
    assert event.source == ["MLIREB"]
