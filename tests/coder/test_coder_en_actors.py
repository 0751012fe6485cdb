"""English coder: group nouns with no country ("the police", "students") take the country
the sentence is about, so that a state and its own police, opposition or citizens are coded."""

from __future__ import annotations

import pytest
from coder_en import code_en, countries, only, spanned  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


def test_police_and_students_of_the_same_country(code_en):
    event = only(code_en("Police in Cairo arrested dozens of students."), "COERCE")
    assert event.source == ["EGYCOP"] and event.target == ["EGYCVL"]
    assert spanned(event, "target") == ["students"]


def test_government_against_its_own_opposition_newspaper(code_en):
    event = only(code_en("The Venezuelan government banned the opposition newspaper."), "COERCE")
    assert event.source == ["VENGOV"] and event.target == ["VENMED"]


def test_the_place_named_wins_over_other_countries(code_en):
    # students "throughout Indonesia": Indonesian, even with another country in the sentence
    events = code_en("Students throughout Indonesia staged protests against the government, "
                     "Australian media reported.")
    assert countries(only(events, "PROTEST").source) == {"IDN"}


def test_no_country_no_actor(code_en):
    # two countries and no place: "the rebels" stay unresolved, nothing is guessed
    assert not code_en("The rebels attacked a convoy between Chad and Sudan.")


def test_purpose_clause_gives_the_target_and_is_not_coded_again(code_en):
    # PLOVER gold PROTEST-0004 in news style
    events = code_en("Thousands of students staged demonstrations in Jakarta to demand reforms from "
                     "the Indonesian government.")
    event = only(events, "PROTEST")
    assert event.source == ["IDNCVL"] and event.target == ["IDNGOV"]
    assert not [e for e in events if e.type == "REQUEST"]


def test_a_protest_without_target_is_against_the_place(code_en):
    event = only(code_en("Palestinian prisoners rioted on Monday at a jail in northern Israel."), "PROTEST")
    assert event.source == ["PSECVL"] and event.target == ["ISR"]


def test_protesters_are_civilians_distinct_from_their_state(code_en):
    # PLOVER gold PROTEST-0006: the Kurds are Iraqi civilians, Iraq the state they protest against
    event = only(code_en("Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk on Sunday "
                         "calling for independence from Iraq, witnesses said."), "PROTEST")
    assert event.source == ["IRQCVL"] and event.target == ["IRQ"]


def test_a_place_inside_a_condition_does_not_give_a_country(code_en):
    # PLOVER gold REJECT-0009: the refugees are not said to be Iraqi
    event = only(code_en("Syria says it will not accept any more refugees if war starts in Iraq."), "REJECT")
    assert event.source == ["SYR"] and event.target == []


def test_purpose_clause_of_a_police_action(code_en):
    event = only(code_en("Egyptian police opened fire to disperse Moslem fundamentalist demonstrators "
                         "on Monday night."), "ASSAULT")
    assert event.source == ["EGYCOP"] and event.target == ["EGYCVL"]


def test_a_group_noun_refers_back_to_the_same_sector(code_en):
    # "the army" is the Israeli army already named, not the army of the place
    event = only(code_en("Israeli warplanes bombed Hezbollah positions in southern Lebanon on Tuesday, "
                         "the army said."), "ASSAULT")
    assert event.source == ["ISRMIL"] and event.target == ["LBNREB"]
    assert event.reported_by == ["ISRMIL"]


def test_government_and_its_opposition(code_en):
    event = only(code_en("Zimbabwe's government arrested opposition leaders on Monday."), "COERCE")
    assert event.source == ["ZWEGOV"] and event.target == ["ZWEOPP"]
    event = only(code_en("Opposition supporters clashed with police in Nairobi."), "ASSAULT")
    assert event.source == ["KENOPP"] and event.target == ["KENCOP"]


def test_nationality_on_a_group_noun_is_one_actor(code_en):
    event = only(code_en("Israeli soldiers routinely beat up Palestinian detainees on the occupied West Bank."), "ASSAULT")
    assert event.source == ["ISRMIL"] and event.target == ["PSECVL"]
    assert spanned(event, "target") == ["Palestinian detainees"]


def test_a_state_that_protests_accuses_people_who_protest_protest(code_en):
    event = only(code_en("Russia protested the decision of the Lithuanian government."), "ACCUSE")
    assert event.source == ["RUS"] and event.target == ["LTUGOV"]
    event = only(code_en("Thousands of Russians protested against the war in Moscow."), "PROTEST")
    assert event.source == ["RUSCVL"] and event.target == []  # Moscow is where, not whom


def test_group_word_modifying_a_noun(code_en):
    event = only(code_en("Government troops overran a rebel stronghold in northern Uganda."), "ASSAULT")
    assert event.source == ["UGAMIL"] and event.target == ["UGAREB"]
    assert event.confidence < 0.9  # both countries were inferred


@pytest.mark.parametrize("lang, text", [
    ("en", "Boko Haram attacked Christians in Kano."),
    ("fr", "Boko Haram a attaqué des chrétiens à Kano."),
])
def test_a_religious_community_is_the_civilians_of_the_place(lang, text):
    import dyads
    events = [e for e in dyads.code_text(text, lang=lang) if e.type == "ASSAULT"]
    assert [(e.source, e.target) for e in events] == [(["NGAREB"], ["NGACVL"])]


def test_capitalised_representatives_are_a_legislature(code_en):
    event = only(code_en("Republican Representatives attacked the impeachment inquiry against President Trump."), "ACCUSE")
    assert event.source == ["USALEG"]
    assert not code_en("The company's representatives met the minister.")


def test_a_vice_premier_is_an_official_and_his_name_no_pronoun(code_en):
    # "Chinese Vice Premier Liu He": the title names the person, whose "He" is no pronoun
    events = code_en("Chinese Vice Premier Liu He arrived in Washington on Thursday for talks with US officials.")
    assert only(events, "CONSULT").source == ["CHNGOV"]


@pytest.mark.parametrize("sentence, country", [
    ("Tens of thousands rallied in Hong Kong on Sunday.", "HKGCVL"),
    ("Thousands took to the streets of Beirut on Friday.", "LBNCVL"),
    ("Hundreds of thousands marched in Santiago against the government.", "CHLCVL"),
])
def test_a_crowd_given_as_a_number_is_the_places_people(code_en, sentence, country):
    assert only(code_en(sentence), "PROTEST").source == [country]


def test_both_sides_exchanging_fire_fight(code_en):
    event = only(code_en("India and Pakistan exchanged fire across the Line of Control."), "ASSAULT")
    assert countries(event.source) == {"IND", "PAK"} and event.target == []
    assert only(code_en("Dozens protested outside the US embassy in Baghdad."), "PROTEST").target == ["USAGOV"]


def test_a_subject_owned_by_its_or_their_is_the_speakers_own(code_en, code_fr):
    event = only(code_en("Turkey said its drones had attacked Kurdish fighters in Syria."), "ASSAULT")
    assert event.source == ["TUR"]
    event = only(code_fr("Le ministère russe de la Défense a affirmé que ses avions avaient frappé des cibles "
                         "terroristes à Idleb."), "ASSAULT")
    assert event.source == ["RUSGOV"]


def test_an_agreement_named_after_a_city_has_no_party_there(code_en, code_fr):
    assert only(code_en("The United States withdrew from the Paris climate agreement."), "SANCTION").target == []
    assert only(code_en("The United States withdrew from the Iran nuclear deal in May."), "SANCTION").target == ["IRN"]
    assert only(code_fr("La Russie s'est retirée des accords de Minsk."), "SANCTION").target == []


def test_censorship_and_export_controls(code_en):
    assert only(code_en("Egyptian authorities blocked access to the BBC website."), "COERCE").source == ["EGYGOV"]
    assert only(code_en("Protesters blocked access to the airport in Hong Kong."), "PROTEST")
    event = only(code_en("Japan tightened export controls on South Korea."), "SANCTION")
    assert event.source == ["JPN"] and event.target == ["KOR"]


def test_a_territorys_chief_executive_is_its_government(code_en):
    event = only(code_en("Protesters asked Hong Kong Chief Executive Carrie Lam to resign."), "REQUEST")
    assert event.target == ["HKGGOV"]


@pytest.mark.parametrize("sentence, event_type", [
    ("China extended an invitation to the Pakistani prime minister.", "REQUEST"),
    ("Japan made a proposal to South Korea on the dispute.", "AGREE"),
])
def test_requests_and_offers_said_with_a_noun(code_en, sentence, event_type):
    assert only(code_en(sentence), event_type).target


def test_a_legislature_voting_confidence_supports_the_government(code_en, code_fr):
    event = only(code_en("The Italian parliament passed a vote of confidence in the government of Giuseppe Conte."),
                 "SUPPORT")
    assert event.source == ["ITALEG"] and event.target == ["ITAGOV"]
    event = only(code_fr("L'Assemblée nationale a accordé sa confiance au gouvernement Ayrault."), "SUPPORT")
    assert event.source == ["FRALEG"] and event.target == ["FRAGOV"]
    # the confidence a government wins is the legislature's support (undergone)
    event = only(code_fr("Le gouvernement italien a obtenu la confiance du Sénat italien."), "SUPPORT")
    assert event.source == ["ITALEG"] and event.target == ["ITAGOV"]
    # a vote of no confidence is no support
    assert not [e for e in code_en("The Italian parliament passed a motion of no confidence in the government of "
                                   "Giuseppe Conte.") if e.type == "SUPPORT"]


def test_pleading_guilty_apologising_again_and_abolishing_restrictions_are_concessions_and_sympathy(code_en, code_fr):
    # « a plaidé coupable »: the predicate adjective completes the verb as "pleaded guilty" does
    assert only(code_fr("Jacques Chirac a plaidé coupable."), "CONCEDE").source == ["FRAOPP"]
    assert not [e for e in code_fr("Jacques Chirac a plaidé coupable.") if e.type == "REQUEST"]
    event = only(code_fr("La direction de Canal+ renouvelle ses excuses au gouvernement français."), "SUPPORT")
    assert event.target == ["FRAGOV"]
    assert only(code_fr("La Birmanie a officiellement aboli la censure."), "CONCEDE").source == ["MMR"]
    assert only(code_en("The government of Myanmar abolished the restrictions on the press."), "CONCEDE").source == ["MMRGOV"]


def test_penalties_said_with_a_noun_and_admissions_of_responsibility(code_en, code_fr):
    event = only(code_fr("Le tribunal de Paris a infligé une amende à Nicolas Sarkozy."), "COERCE")
    assert event.source == ["FRAJUD"] and event.target == ["FRAOPP"]
    event = only(code_en("A Russian judge handed down a harsh sentence to Alexei Navalny."), "COERCE")
    assert event.source == ["RUSJUD"] and event.target == ["RUSOPP"]
    events = code_en("Crown Prince Mohammad bin Salman of Saudi Arabia accepted responsibility for the killing of "
                     "Jamal Khashoggi.")
    assert only(events, "CONCEDE").source == ["SAUGOV"] and not [e for e in events if e.type == "AGREE"]
    event = only(code_en("Bernie Sanders announced his support for Emmanuel Macron."), "SUPPORT")
    assert event.target == ["FRAGOV"]


def test_a_state_blocking_a_crossing_is_no_protest_and_a_company_acronym_no_organisation(code_en):
    events = code_en("Jordan closed its borders with Syria and blocked the Rukban crossing point.")
    assert not [e for e in events if e.type == "PROTEST"] and only(events, "SANCTION").source == ["JOR"]
    assert only(code_en("Protesters blocked the main road to the airport in Baghdad."), "PROTEST")
    # "OCI" is the French OIC, but "the OCI Group" is a company
    assert not [e for e in code_en("South Korea hosted the OCI Group and Hanwha Group in Seoul.") if "OIC" in e.target]
