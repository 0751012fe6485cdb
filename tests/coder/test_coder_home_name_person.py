"""Rule home-name-person (dyads/coder/targets.py home_name, home_pronoun; events._attacked_site):
in an article about one country, a person's name the dictionary does not know, an object
pronoun for nobody named, or the people hit at a public place are private persons of that
country: COUNTRY+CVL (gold/GUIDELINES.md section 3: "a private person -> XXXCVL"), not the bare
country. Near misses: an acronym or a title with its article names a body or an office whose
sector is not known (the bare country); a private person's crime against such a person stays
uncoded; a state's own ground down a chain of infinitives is still no target. Invented
sentences."""

from __future__ import annotations

from coder_common import only
from coder_en import code_en  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)

US = "President Trump spoke in Washington on Monday. The United States Congress was not consulted. "
PH = "The Philippine Senate met in Manila on Monday. "
FR = "Le président Emmanuel Macron était à Paris lundi. Le gouvernement français s'est réuni. "


def test_an_unknown_name_pardoned_or_sentenced_is_a_private_person(code_en):
    event = only(code_en(US + "Trump granted Harold Weinbrenner a full pardon."), "CONCEDE")
    assert event.target == ["USACVL"] and event.rule.endswith("home-name-dative")
    event = only(code_en(US + "A federal judge sentenced Weinbrenner to ten years in prison."), "COERCE")
    assert event.source == ["USAJUD"] and event.target == ["USACVL"]


def test_an_unknown_name_owning_the_object_is_a_private_person(code_en):
    event = only(code_en(US + "NASA mourned Kowalczyk's passing."), "SUPPORT")
    assert event.target == ["USACVL"]


def test_an_object_pronoun_for_nobody_named_is_a_private_person(code_en):
    article = ("Indian police said on Monday that a tiger had died in Assam. India's wildlife service "
               "found three men near the body. The wildlife department arrested them.")
    event = only([e for e in code_en(article) if e.sentence.startswith("The wildlife")], "COERCE")
    assert event.target == ["INDCVL"] and "home-pronoun" in event.rule


def test_french_unknown_name_and_pronoun(code_fr):
    event = only(code_fr(FR + "Le gouvernement français a accusé Lemarchal de corruption."), "ACCUSE")
    assert event.target == ["FRACVL"]
    event = only(code_fr(FR + "Deux hommes ont manifesté à Lyon. La police française les a arrêtés."), "COERCE")
    assert event.target == ["FRACVL"]


def test_french_people_hit_at_a_public_place_are_civilians(code_fr):
    event = only(code_fr("Le gouvernement malien a réuni ses ministres à Bamako. "
                         "Des jihadistes maliens ont visé cet hôtel en particulier."), "ASSAULT")
    assert event.target == ["MLICVL"] and event.rule.endswith("attacked-site")


def test_an_acronym_or_a_title_with_its_article_stays_the_bare_country(code_en):
    # a body's name or an office: its sector is not known
    event = only(code_en(PH + "Several senators condemned the act of the BRC."), "ACCUSE")
    assert event.target == ["PHL"]
    event = only(code_en("The Thai government met in Bangkok on Monday. The military party challenged the "
                         "legality of the Duchess's candidacy."), "ACCUSE")
    assert event.target == ["THA"]


def test_a_private_persons_crime_against_an_unknown_name_stays_uncoded(code_en):
    events = code_en(US + "A man stabbed Weinbrenner outside a bar in Ohio.")
    assert not [e for e in events if e.type == "ASSAULT"]


def test_a_pledge_about_a_place_of_ones_own_country_has_no_target(code_en):
    # down a chain of infinitives an unknown name of the leader's own country is where the act
    # happens (targets._own_ground), whatever its sector
    events = code_en("The Turkish government met in Ankara on Monday. President Recep Tayyip Erdoğan "
                     "pledged converting Kariye Mosque, formerly a church, to a museum.")
    assert all(not e.target for e in events if e.type == "AGREE")
