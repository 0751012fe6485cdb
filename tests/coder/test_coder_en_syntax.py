"""English coder: who is source and target through the dependency patterns (spaCy
en_core_web_sm); sentences in news style and from the PLOVER gold records."""

from __future__ import annotations

import datetime as dt

import pytest

from coder_en import code_en, countries, only, spanned  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)

# the Taliban govern Afghanistan from 15 August 2021 (AFGGOV); sentences of the insurgency
# are dated before
BEFORE_KABUL = dt.date(2019, 6, 1)


@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("Russian troops attacked Ukrainian soldiers near Kharkiv on Tuesday.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Washington imposed sanctions on Iran.", "SANCTION", {"USA"}, {"IRN"}),
    ("The Chinese government held Taiwan responsible for the crisis.", "ACCUSE", {"CHN"}, {"TWN"}),
    ("Turkey reopened its border with Armenia.", "CONCEDE", {"TUR"}, {"ARM"}),
])
def test_active_voice(code_en, sentence, event_type, source, target):
    event = only(code_en(sentence), event_type)
    assert countries(event.source) == source and countries(event.target) == target
    assert event.rule.startswith("en:verb:subject/")


def test_passive_voice_takes_the_agent_as_source(code_en):
    event = only(code_en("Ukrainian soldiers were attacked by Russian forces on Tuesday."), "ASSAULT")
    assert event.source == ["RUSMIL"] and event.target == ["UKRMIL"]
    assert event.rule.startswith("en:verb:passive-agent/")


def test_coordinated_subjects_are_one_source_list(code_en):
    event = only(code_en("France and Germany condemned the Russian invasion."), "ACCUSE")
    assert set(event.source) == {"FRA", "DEU"} and countries(event.target) == {"RUS"}


def test_relative_clause_takes_the_noun_it_modifies(code_en):
    events = code_en("The measures were announced by the European Union, which accused Russia of war crimes.")
    event = only(events, "ACCUSE")
    assert event.source == ["EU"] and event.target == ["RUS"]


def test_relative_pronoun_as_object_stands_for_its_noun(code_en):
    # PLOVER gold ASSAULT-0005: "refugees, whom authorities blame" -> the refugees are blamed.
    events = code_en("Security forces in Guinea have tortured scores of Sierra Leonean and Liberian "
                     "refugees, whom authorities blame for a border conflict, Human Rights Watch said.")
    assert countries(only(events, "ASSAULT").target) == {"SLE", "LBR"}
    assert "LBR" in countries(only(events, "ACCUSE").target)  # the parse attaches "whom" to the last conjunct


def test_participle_clause_shares_the_subject(code_en):
    events = code_en("Turkey expelled the Dutch ambassador, accusing the Netherlands of fascism.")
    accuse = only(events, "ACCUSE")
    assert accuse.source == ["TUR"] and accuse.target == ["NLD"]
    assert accuse.rule.startswith("en:verb:adverbial-clause/")


@pytest.mark.parametrize("sentence, event_type, target", [
    # the target hangs on the object, not on the verb
    ("President Bill Clinton has imposed sanctions on the Taliban religious faction that controls "
     "Afghanistan.", "SANCTION", {"AFG"}),
    ("Italy announced a suspension of air links with Serbia on Wednesday.", "SANCTION", {"SRB"}),
    ("The Russian navy blockaded Ukrainian ports, cutting off grain exports to Egypt.", "SANCTION", {"EGY"}),
    # "part of X": the verb acts on X
    ("The United States suspended part of a military aid program for Bosnia.", "SANCTION", {"BIH"}),
])
def test_prepositional_targets_inside_the_object(code_en, sentence, event_type, target):
    assert countries(only(code_en(sentence), event_type).target) == target


def test_owner_through_a_participle_agent(code_en):
    # "crimes committed by Croat forces": the crimes are the forces'; "committed" is not a pledge.
    events = code_en("Serbian military police have launched an investigation into alleged crimes "
                     "committed by Croat forces against ethnic Serb civilians.")
    event = only(events, "ACCUSE")
    assert event.source == ["SRBMIL"] and event.target == ["HRVMIL"]
    assert not [e for e in events if e.type == "AGREE"]


def test_apposition_does_not_add_a_second_actor(code_en):
    events = code_en("Pakistan, a key U.S. ally in the war against terrorism, has refused to deploy "
                     "peacekeepers in Iraq.")
    event = only(events, "REJECT")
    assert event.source == ["PAK"] and countries(event.target) == {"IRQ"}


def test_mislemmatized_verbs_are_still_found(code_en):
    # the small English model lemmatizes "staged" as "stag"
    event = only(code_en("Angry Greek farmers staged demonstrations against the government in Athens."), "PROTEST")
    assert countries(event.source) == {"GRC"}


def test_event_noun_as_subject_of_a_happening_verb(code_en):
    # PLOVER gold PROTEST-0025
    event = only(code_en("Palestinian riots against Israeli military policies are still continuing."), "PROTEST")
    assert countries(event.source) == {"PSE"} and countries(event.target) == {"ISR"}


def test_a_to_phrase_labelled_dative(code_en):
    # PLOVER gold AID-0004: the parser labels "to Macedonia" dative
    event = only(code_en("The United States is providing aerial photographs and other military intelligence "
                         "to Macedonia."), "AID")
    assert event.source == ["USA"] and event.target == ["MKD"]


def test_measure_words_before_the_object(code_en):
    event = only(code_en("French and Egyptian warships on Monday launched 10 days of war games in the "
                         "Mediterranean Sea."), "COOPERATE")
    assert countries(event.source) == {"FRA", "EGY"}


def test_lowercase_al_qaeda_is_an_actor(code_en):
    event = only(code_en("Osama bin Laden's al-Qaeda network has threatened to deliver devastating blows "
                         "to the United States and Israel."), "THREATEN")
    assert event.source == ["AQ"] and set(event.target) == {"USA", "ISR"}


def test_owner_through_for(code_en):
    # PLOVER gold ASSAULT-0001: the camp is the Congolese refugees'
    event = only(code_en("A temporary camp for Congolese refugees was attacked by Burundian militiamen "
                         "armed with machetes."), "ASSAULT")
    assert event.source == ["BDIMIL"] and event.target == ["CODCVL"]


def test_a_stance_participle_keeps_its_subject_as_source(code_en):
    # "is opposed to": Russia opposes, it is not acted upon
    event = only(code_en("Russia is opposed to the expansion of NATO."), "REJECT")
    assert event.source == ["RUS"] and event.target == ["NATO"]


def test_the_subject_of_a_raising_passive_is_the_source(code_en):
    event = only(code_en("Saudi Arabia is expected to restore diplomatic ties with Iran."), "SUPPORT")
    assert event.source == ["SAU"] and event.target == ["IRN"] and event.hypothetical
    event = only(code_en("Ukraine was asked by the United States to delay the offensive."), "REQUEST")
    assert event.source == ["USA"] and event.target == ["UKR"]


@pytest.mark.parametrize("sentence, source", [
    ("Two Russian opposition activists were arrested in Moscow on Tuesday.", "RUSCOP"),
    ("A former Iraqi minister was sentenced to ten years in prison in Baghdad.", "IRQJUD"),
])
def test_passive_arrests_and_sentences_name_the_state_where_they_happen(code_en, sentence, source):
    event = only(code_en(sentence), "COERCE")
    assert event.source == [source] and countries(event.target) == {source[:3]}
    assert event.rule.startswith("en:verb:implicit-agent/")


def test_an_arrest_with_no_political_actor_in_the_sentence_is_crime_news(code_en):
    assert not code_en("A man suspected of supplying the gun was arrested in Norfolk, Virginia, on Sunday.")
    event = only(code_en("A spokesperson for the Indonesian National Police confirmed that two suspects were "
                         "arrested in Jakarta."), "COERCE")
    assert event.source == ["IDNCOP"]


def test_members_named_after_including_act_for_their_group(code_en):
    event = only(code_en("Human rights groups, including Amnesty International, condemned the attacks on Kyiv."), "ACCUSE")
    assert event.source == ["AMNESTY"]


def test_a_participle_with_an_agent_is_aimed_at_the_noun_it_modifies(code_en):
    event = only(code_en("Syria, accused by the Lebanese opposition of ordering the attack, denied any role."), "ACCUSE")
    assert event.source == ["LBNOPP"] and event.target == ["SYR"]


def test_an_event_noun_going_on_has_the_parties_named_after_between(code_en):
    event = only(code_en("Talks between Russia and Ukraine resumed in Istanbul on Tuesday."), "CONSULT")
    assert set(event.source) == {"RUS", "UKR"}


def test_an_unknown_name_aimed_at_in_an_article_about_one_country_is_of_that_country(code_en):
    article = ("President Trump spoke in Washington on Monday. The United States Congress was not consulted. "
               "Trump granted Milken a full and unconditional pardon.")
    event = only(code_en(article), "CONCEDE")
    # a private person of the article's country (rule home-name-person)
    assert countries(event.source) == {"USA"} and event.target == ["USACVL"]  # Trump in or out of office
    assert event.rule.endswith("/home-name-dative")
    assert spanned(event, "target") == ["Milken"]
    # alone, the sentence names no country the stranger could belong to
    assert only(code_en("Trump granted Milken a full and unconditional pardon."), "CONCEDE").target == []


def test_a_street_protest_going_on_is_made_by_the_people_of_the_place(code_en):
    event = only(code_en("Street protests continued in Baghdad on Friday."), "PROTEST")
    assert event.source == ["IRQCVL"] and "implicit-agent" in event.rule


def test_the_actor_after_anti_is_what_a_protest_is_against_not_who_protests(code_en):
    event = only(code_en("Anti-government protests continued in Baghdad on Friday."), "PROTEST")
    assert event.source == ["IRQCVL"]


def test_the_actor_after_a_time_prefix_names_a_time(code_en):
    # time_prefixes: "post-", "pre-"
    assert not code_en("They would know the post-Mueller drill in advance.")
    assert not code_en("The post-Soviet states signed an agreement with China.")
    event = only(code_en("Pre-war Syria hosted talks with Turkey."), "CONSULT")
    assert event.source == ["SYR"]


def test_private_violence_aimed_at_no_actor_is_crime_not_politics(code_en):
    assert not code_en("A man stabbed two women in a London street on Monday.")
    # violence against the state's arm, or by a group the rules read as armed, stays
    assert only(code_en("Protesters attacked police officers in Hong Kong."), "ASSAULT").target == ["HKGCOP"]
    assert only(code_en("Gunmen killed three people at a shopping mall in Texas."), "ASSAULT")
    # one gunman is a private person (rule lone-attacker): his killing of people at home names no actor
    assert not code_en("A gunman killed three people at a shopping mall in Texas.")


def test_legal_acts_said_with_a_noun_are_accusations(code_en):
    event = only(code_en("Iran issued arrest warrants for 36 people, including US President Donald Trump.",
                         date=dt.date(2020, 6, 29)), "ACCUSE")
    assert event.source == ["IRN"] and event.target == ["USAGOV"]
    event = only(code_en("The House of Representatives opened an impeachment inquiry into President Donald Trump.",
                         date=dt.date(2019, 9, 25)), "ACCUSE")
    assert event.source == ["USALEG"] and event.target == ["USAGOV"]


def test_what_a_coordinated_predicate_is_about_is_not_the_target(code_en):
    # "... issued arrest warrants on 36 people and demanded that Interpol ...": Interpol is what
    # the demand is about, not whom the warrants aim at
    events = code_en("On Monday, Iran issued arrest warrants on 36 people and demanded that Interpol publish "
                     "a red notice.", date=dt.date(2020, 6, 29))
    assert ("ACCUSE", ["IRN"], []) in [(e.type, e.source, e.target) for e in events]


def test_demonstrating_with_an_object_or_a_passive_is_showing_not_protesting(code_en):
    # intransitive: the street sense takes no object, clause or agent
    assert not code_en("Beijing is concerned about the president's behavior in Vietnam, as demonstrated by his abrupt departure.")
    assert not code_en("South Dakota can lead the country and demonstrate ways we can combat meth.")
    assert only(code_en("Thousands of students demonstrated in Minsk against Lukashenko."), "PROTEST")


def test_legal_and_police_acts_of_the_guidelines(code_en):
    # an indictment is an accusation; tear gas fired is repression; an extradition approved is cooperation
    assert only(code_en("A federal grand jury in Virginia indicted the former Trump adviser on Friday."), "ACCUSE")
    assert only(code_en("Hong Kong police fired teargas at protesters on Monday."), "COERCE").target == ["HKGCVL"]
    event = only(code_en("In June, the then UK Home Secretary, Sajid Javid, formally approved an extradition request "
                         "from the US.", date=dt.date(2019, 6, 13)), "COOPERATE")
    assert event.source == ["GBRGOV"] and event.target == ["USA"]


def test_a_clause_of_time_years_away_or_before_the_news_is_its_history(code_en):
    # backdrop_distances: "18 years after"; backdrop_marks through an infinitive: "before X began imposing"
    assert not code_en("Roughly 13,000 US troops remain in Afghanistan, 18 years after Washington invaded the country.")
    assert not code_en("That's much higher than the revenue level before Trump began imposing tariffs on China.")
    # "after" alone often reports the act
    assert ("ASSAULT", ["IRN"], ["USA"]) in [(e.type, e.source, e.target) for e in code_en(
        "Iran fired missiles at US bases in Iraq after the United States killed Qasem Soleimani.")]


def test_withholding_names_is_no_sanction(code_en):
    assert not code_en("The US military said it was withholding the names of those killed until next of kin could be told.")
    assert only(code_en("The United States withheld military aid from Ukraine."), "SANCTION").target == ["UKR"]


def test_positions_attacked_are_an_armys_not_a_stance(code_en):
    event = only(code_en("Pro-Russian separatists attacked Ukrainian positions near Donetsk."), "ASSAULT")
    assert event.target == ["UKR"]
    assert only(code_en("The French government attacked the position of Russia on Ukraine."), "ACCUSE")


def test_an_institution_written_as_a_name_belongs_to_the_country_named(code_en):
    events = code_en("The Senate of the Philippines met on Monday. The Senate condemned the decision of President Duterte.")
    assert [(e.type, e.source, e.target) for e in events if e.rule.endswith("owner-obj")] == [
        ("ACCUSE", ["PHLLEG"], ["PHLGOV"])]
    # the same word as a common noun is no institution
    event = only(code_en("A house in Manila was attacked by rebels."), "ASSAULT")
    assert event.source == ["PHLREB"] and event.target == []


def test_a_singular_group_noun_is_an_actor(code_en):
    event = only(code_en("Philippine police arrested a judge in Manila."), "COERCE")
    assert event.source == ["PHLCOP"] and event.target == ["PHLJUD"]


def test_claiming_responsibility_names_the_attacker(code_en):
    event = only(code_en("The Islamic State claimed responsibility for the bombing in Kabul."), "ASSAULT")
    assert event.source == ["ISIL"]
    assert not [e for e in code_en("The minister claimed the election was fair.") if e.type == "ASSAULT"]


def test_a_habitual_clause_is_not_news(code_en):
    assert not [e for e in code_en("Iranian students protest against the United States every year in Tehran.")
                if e.type == "PROTEST"]
    assert only(code_en("Iranian students protested against the United States on Friday in Tehran."), "PROTEST")


def test_no_event_when_neither_end_is_named(code_en):
    article = "Ronald Smithson was jailed for corruption after he tried to sell Barack Obama's U.S. Senate seat."
    assert not [e for e in code_en(article) if e.type == "COERCE"]


def test_a_leader_saying_his_own_country_must_act_makes_no_demand(code_en):
    assert not [e for e in code_en("Prime Minister Boris Johnson said Britain must leave the European Union by October.")
                if e.type == "REQUEST"]
    event = only(code_en("Prime Minister Boris Johnson said Russia must leave Ukraine."), "REQUEST")
    assert event.source == ["GBRGOV"] and event.target == ["RUS"]


@pytest.mark.parametrize("sentence", [
    'Prime Minister Boris Johnson said: "Russia must leave Ukraine."',
    "According to Prime Minister Boris Johnson, Russia must leave Ukraine.",
    "Russia must leave Ukraine, said Prime Minister Boris Johnson.",
])
def test_an_obligation_is_a_demand_of_whoever_says_it_in_every_shape_of_reported_speech(code_en, sentence):
    event = only(code_en(sentence), "REQUEST")
    assert event.source == ["GBRGOV"] and event.target == ["RUS"]


@pytest.mark.parametrize("sentence", [
    "Prime Minister Boris Johnson said Russia needs to leave Ukraine.",
    '"Russia has to leave Ukraine," said Prime Minister Boris Johnson.',
])
def test_an_obligation_said_with_a_verb_of_two_words_is_a_demand(code_en, sentence):
    # the obligation list's "need to", "has to": the verb with its infinitive's "to"
    event = only(code_en(sentence), "REQUEST")
    assert event.source == ["GBRGOV"] and event.target == ["RUS"]


@pytest.mark.parametrize("sentence", [
    "Prime Minister Boris Johnson said Russia does not have to leave Ukraine.",
    "Prime Minister Boris Johnson said Russia has troops in Ukraine.",
    "Prime Minister Boris Johnson said Russia needs help.",
])
def test_no_obligation_without_the_infinitive_or_when_negated(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type == "REQUEST"]


def test_a_forbidding_must_not_stays_a_demand(code_en):
    # the negation that voids "does not have to" is no negation of "must not"
    event = only(code_en("Prime Minister Boris Johnson said Russia must not attack Ukraine."), "REQUEST")
    assert event.source == ["GBRGOV"] and event.target == ["RUS"]


def test_an_act_done_at_the_request_of_an_actor_is_that_actors_request_of_the_doer(code_en):
    # rule instigation: "at the request of", "at the invitation of", "at the behest of"
    events = code_en("Emmanuel Macron visited Beijing at the invitation of Xi Jinping.")
    request = only(events, "REQUEST")
    assert request.source == ["CHNGOV"] and request.target == ["FRAGOV"]
    assert only(events, "CONSULT").target == ["CHN"]
    retreat = only(code_en("The Ukrainian defence minister resigned at the request of President Zelensky."), "RETREAT")
    assert retreat.target == []  # who asked is no target of the resignation
    assert not [e for e in code_en("The Supreme Court of Russia ruled on the appeal of the Russian government.")
                if e.type == "REQUEST"]


@pytest.mark.parametrize("subject, source", [
    ("Human rights groups", "SYRCVL"), ("Islamist groups", "SYRREB"), ("Armed groups", "SYRREB"),
])
def test_groups_are_the_civil_society_of_the_country_unless_their_modifier_says_more(code_en, subject, source):
    event = only(code_en(f"Syria has been at war for ten years. In Syria, {subject} "
                         "condemned the Syrian government."), "ACCUSE")
    assert event.source == [source] and event.target == ["SYRGOV"]


def test_an_event_noun_coming_from_an_actor_is_that_actors_event(code_en, code_fr):
    # rule arrival-from: the actors after "from" / « de » did what the noun says
    event = only(code_en("Statements of condemnation have come from the OIC and Pope Francis."), "ACCUSE")
    assert event.source == ["OIC", "VAT"] and "arrival-from" in event.rule
    event = only(code_en("Condolences came from Vladimir Putin and Angela Merkel.", date=dt.date(2019, 9, 1)), "SUPPORT")
    assert event.source == ["RUSGOV", "DEUGOV"]
    event = only(code_fr("Les condamnations sont venues de Paris et de Berlin."), "ACCUSE")
    assert event.source == ["FRA", "DEU"]
    # where attacks come from is their origin, not their doer
    assert not [e for e in code_en("The attacks came from Yemen, officials said.") if e.type == "ASSAULT" and e.source == ["YEM"]]


def test_a_crowd_gathering_is_a_protest_and_leaders_gathering_are_none(code_en):
    article = ("Argentina's senators will vote on abortion on Wednesday. Thousands of people had gathered outside the "
               "National Congress in Buenos Aires with slogans supporting the bill.")
    event = only(code_en(article), "PROTEST")
    assert event.source == ["ARGCVL"]  # and "the National Congress" of Argentina is no US Congress
    assert not [e for e in code_en("European leaders gathered in Brussels for a summit.") if e.type == "PROTEST"]
    assert only(code_en("The U.S. Congress condemned Russia's annexation of Crimea."), "ACCUSE").source == ["USALEG"]


def test_an_object_pronoun_for_nobody_named_in_an_article_about_one_country_is_of_that_country(code_en):
    article = ("Indian police said on Monday that an elephant had died in Kerala. India's forest service "
               "found two men near the body. The forestry department arrested them.")
    event = only(code_en(article), "COERCE")
    assert countries(event.source) == {"IND"} and event.target == ["INDCVL"]
    assert event.rule.endswith("/home-pronoun-obj") and spanned(event, "target") == ["them"]
    # alone, the sentence names no country the pronoun's people could belong to
    assert not [e for e in code_en("The forestry department arrested them.") if e.target]
    # a shot fired "at them" is aimed like an object (home_name_slots has "at")
    article = ("Serbian police said on Monday that protesters had gathered in Belgrade. Serbia's president "
               "spoke. As they tried to storm parliament, police fired tear gas at them.")
    event = only([e for e in code_en(article) if e.sentence.startswith("As they")], "COERCE")
    assert event.target == ["SRBCVL"] and event.rule.endswith("/home-pronoun-at")


def test_a_thing_given_that_the_parser_hangs_on_the_recipients_name_is_still_the_object(code_en):
    # "granted Edward Thomas Kerrigan a full ... pardon": the parser makes "pardon" an apposition of the name
    article = ("President Trump spoke in Washington on Monday. The United States Congress was not consulted. "
               "Trump granted Edward Thomas Kerrigan a full and unconditional pardon.")
    event = only(code_en(article), "CONCEDE")
    assert countries(event.source) == {"USA"} and event.target == ["USACVL"]
    assert spanned(event, "target") == ["Edward Thomas Kerrigan"]


def test_agreeing_with_a_statement_is_no_commitment(code_en):
    assert [(e.type, e.source) for e in code_en("Russia agreed to withdraw its troops from the border.")] \
        == [("AGREE", ["RUS"])]
    assert not [e for e in code_en("The Russian minister agreed, saying the attack was a crime.") if e.type == "AGREE"]
    assert not [e for e in code_en("Russia agreed that the situation was serious.") if e.type == "AGREE"]


@pytest.mark.parametrize("sentence, source, target", [
    ("Thousands of Iranians staged anti-American protests in Tehran on Friday.", ["IRNCVL"], ["USA"]),
    # an arm of the state: that of the protesters' country
    ("Thousands of Serbians staged anti-government protests in Belgrade.", ["SRBCVL"], ["SRBGOV"]),
])
def test_what_an_anti_phrase_is_against_is_the_target(code_en, sentence, source, target):
    event = only(code_en(sentence), "PROTEST")
    assert (event.source, event.target) == (source, target)
    assert event.rule.endswith("/against-modifier")


def test_an_anti_phrase_on_the_source_names_no_target(code_en):
    # "anti-government rebels" are who acts; the government is no target of theirs here
    event = only(code_en("Anti-government rebels attacked a village in Homs province."), "ASSAULT")
    assert "SYRGOV" not in event.target


@pytest.mark.parametrize("sentence, target", [
    ("On Friday, the United States Department of Transportation announced new restrictions on "
     "flights to Cuba.", ["CUB"]),
    ("The European Union imposed a ban on arms deliveries to Myanmar.", ["MMR"]),
])
def test_goods_and_travel_are_about_where_they_go(code_en, sentence, target):
    assert only(code_en(sentence), "SANCTION").target == target


def test_a_claim_of_responsibility_aims_at_the_target_of_the_act(code_en):
    event = only(code_en("The Taliban claimed responsibility for the attack on the Indian embassy in Kabul."), "ASSAULT")
    assert event.target == ["INDGOV"]


def test_what_a_future_act_is_for_is_hypothetical_too(code_en):
    future = code_en("The French prime minister will fly to Bamako on Monday to sign an agreement with Mali.")
    assert future and all(e.hypothetical for e in future)
    past = code_en("Russia sent troops to Syria after the rebels attacked a base near Homs.")
    assert past and not any(e.hypothetical for e in past)  # an "after" clause keeps its own mood


def test_a_state_of_emergency_is_an_emergency(code_en):
    # "state" measures its "of": the entry declare + emergency matches
    import datetime as dt
    event = only(code_en("On Friday, President Trump declared a state of emergency at the southern border.",
                         date=dt.date(2019, 2, 15)), "COERCE")
    assert event.source == ["USAGOV"] and event.trigger == "en:declare+emergency"


def test_a_pronoun_after_a_thing_stands_for_the_actor_inside_it(code_en):
    article = ("A car drove into a crowd in Moscow on Sunday, Russian officials said. "
               "Police have opened a criminal case against the driver and detained him for questioning.")
    events = code_en(article)
    assert only(events, "ACCUSE").target == ["RUSCVL"]  # "opened a case against": an investigation
    assert only(events, "COERCE").target == ["RUSCVL"]  # "him" is the driver, not the case


@pytest.mark.parametrize("sentence, source", [
    ("Indian police took twelve men into custody on Tuesday.", ["INDCOP"]),
    ("The suspect was remanded in custody by a court in Delhi.", ["INDJUD"]),
])
def test_custody_is_coercion(code_en, sentence, source):
    assert only(code_en(sentence), "COERCE").source == source


@pytest.mark.parametrize("sentence, kept", [
    ("Russia amassed troops near the border with Ukraine.", True),
    ("Former Vice President Joe Biden has amassed 1,217 pledged delegates so far.", False),
    ("The roof of the Russian parliament caught fire yesterday.", False),
    ("Ukrainian police caught two Russian saboteurs near Kharkiv.", True),
    ("The AP called the election for Biden, as did NBC News, in the United States.", False),
    ("Poland called for sanctions on Russia.", True),
])
def test_words_of_force_and_demand_only_with_what_they_act_on(code_en, sentence, kept):
    # amassing delegates, catching fire and calling a race are no mobilisation, arrest or demand
    assert bool(code_en(sentence)) == kept


def test_a_protest_noun_subject_of_its_clause_is_the_protest(code_en):
    # "the protests began": nobody named, the article's country's people protest (rule implicit-agent)
    text = ("Serbia's government announced new lockdown measures in Belgrade on Monday. "
            "The protests began on Tuesday outside the Serbian parliament.")
    event = only([e for e in code_en(text) if "protests began" in e.sentence], "PROTEST")
    assert event.source == ["SRBCVL"] and event.rule.startswith("en:noun:implicit-agent/")
    # as a complement it is background, no event of its own
    assert not [e for e in code_en("Serbian police arrested the leaders of the protests in Belgrade.")
                if e.type == "PROTEST"]


@pytest.mark.parametrize("sentence", [
    "The bill was suspended on Monday after weeks of protests in Belgrade.",
    "In Belgrade the decision was met with protests on Monday.",
])
def test_street_protests_said_in_the_plural_happened_even_in_a_frame_of_time(code_en, sentence):
    # no verb carries the noun, nobody is named: the crowd is the place's (rule implicit-agent)
    event = only([e for e in code_en(sentence) if e.type == "PROTEST"], "PROTEST")
    assert event.source == ["SRBCVL"] and event.rule.startswith("en:noun:implicit-agent/")


def test_the_protests_point_back_and_are_no_new_protest(code_en):
    assert not [e for e in code_en("The government's strategy for ending the protests in Belgrade has failed.")
                if e.type == "PROTEST"]


def test_an_untargeted_event_repeating_an_aimed_one_is_dropped(code_en):
    events = code_en("Anti-government protests have been taking place since Tuesday in the Serbian capital "
                     "Belgrade after the government announced a curfew, which it dropped after the protests began.")
    protests = [e for e in events if e.type == "PROTEST"]
    assert [(e.source, e.target) for e in protests] == [(["SRBCVL"], ["SRBGOV"])]


def test_a_conjunct_clause_with_its_own_subject_lends_no_target(code_en):
    # "... rejected the demarcation, and Greece appealed to the UN": the UN is Greece's affair
    event = only(code_en("The Libyan parliament rejected the demarcation, and Greece appealed to the United Nations."),
                 "REJECT")
    assert countries(event.source) == {"LBY"} and event.target == []


def test_a_document_subject_speaks_for_its_issuer(code_en):
    event = only(code_en("The Turkish statement urged Syria to withdraw its troops."), "REQUEST")
    assert countries(event.source) == {"TUR"} and "document-owner" in event.rule


@pytest.mark.parametrize("sentence", [
    '"My thoughts are with the families of the victims," the Iranian president said.',
    '"Our hearts go out to the families of the victims," the Iranian president said.',
])
def test_sympathy_said_in_the_first_person_is_the_speakers(code_en, sentence):
    event = only(code_en(sentence), "SUPPORT")
    assert event.source == ["IRNGOV"] and event.target == ["IRNCVL"]


def test_condolences_offered_are_sympathy_not_an_offer(code_en):
    events = code_en("The Iranian president offered condolences to the families of the victims.")
    assert [e.type for e in events] == ["SUPPORT"]


def test_charged_with_no_agent_named_is_the_courts(code_en):
    event = only(code_en("In Belgium, two men were charged with murder on Tuesday."), "ACCUSE")
    assert event.source == ["BELJUD"] and event.target == ["BELCVL"] and "implicit-agent" in event.rule


def test_police_acting_on_their_own_soil_may_aim_at_one_of_its_people(code_en):
    # the home-soil rule keeps the country itself out of a domestic assault's targets, not a person of it
    events = code_en("A man attacked shoppers in London on Sunday, British police said. "
                     "The officers shot him dead outside a store.")
    event = only([e for e in events if e.sentence.startswith("The officers")], "ASSAULT")
    assert event.source == ["GBRCOP"] and event.target == ["GBRCVL"] and event.rule.endswith("/home-pronoun-obj")


def test_an_active_verb_coordinated_with_a_passive_one_shares_its_subject(code_en):
    # "X was briefed, and flew to ...": who undergoes the first verb does the second (rule conj-verb)
    events = code_en("Turkish President Recep Tayyip Erdogan was briefed on Monday, and flew to Berlin to meet "
                     "German Chancellor Olaf Scholz.")
    assert any(e.source == ["TURGOV"] and e.type == "CONSULT" for e in events)


def test_a_passive_attack_with_no_agent_is_by_the_actor_its_attack_noun_names(code_en):
    # rule attack-agent: "were killed in an Israeli airstrike"; the strike's own target is no source
    events = code_en("Three Palestinian fighters were killed in an Israeli airstrike on Gaza on Monday.")
    assert any(e.type == "ASSAULT" and countries(e.source) == {"ISR"} and "attack-agent" in e.rule for e in events)
    assert not any(e.type == "ASSAULT" and "PSE" in countries(e.source) for e in events)


def test_an_operation_that_kills_is_an_attack_by_its_actor(code_en):
    # `armed_operations`: only with a killing or wounding verb ("a US operation" is no attack alone)
    event = only(code_en("Three Islamic State fighters were killed in a US counter-terrorism operation in Syria."),
                 "ASSAULT")
    assert countries(event.source) == {"USA"} and "attack-agent" in event.rule
    assert not [e for e in code_en("Three Islamic State fighters were filmed in a US operation in Syria.")
                if e.type == "ASSAULT"]


def test_a_meeting_noun_subject_of_any_clause_is_the_meeting_of_its_parties(code_en):
    event = only(code_en("The meeting between Putin and Erdogan lasted three hours."), "CONSULT")
    assert sorted(event.source) == ["RUSGOV", "TURGOV"]


def test_a_ruling_that_strikes_a_decision_down_is_a_rejection(code_en):
    # `judged`: the verdict may head the complement clause ("ruled ... was unlawful"); a guilty
    # verdict stays an accusation
    text = "The Supreme Court of the United Kingdom ruled on Tuesday that the government's prorogation was unlawful."
    assert any(e.type == "REJECT" and e.source == ["GBRJUD"] for e in code_en(text))
    text = "A British court found the former minister of Britain guilty of fraud on Tuesday."
    assert not any(e.type == "REJECT" for e in code_en(text))


@pytest.mark.parametrize("sentence", [
    "The British Supreme Court concluded that the Prime Minister's advice was unlawful.",
    'The Greek and Egyptian foreign ministers concluded that the agreement between Turkey and Libya is "null and void".',
])
def test_a_finding_that_an_act_is_void_rejects_it(code_en, sentence):
    # the verbs of a finding other than "rule" and "find": "concluded", "held"
    event = only(code_en(sentence), "REJECT")
    assert event.target and "conclude+unlawful" in event.trigger


def test_force_used_on_people_and_people_banned_are_coercion(code_en):
    article = ("Protesters marched in Hong Kong on Sunday. In other parts of the city, the Hong Kong police "
               "used water cannons and tear gas against protesters.")
    assert any(e.type == "COERCE" and e.source == ["HKGCOP"] and e.target == ["HKGCVL"] for e in code_en(article))
    events = code_en("Samoa's government banned children from public gatherings on Friday.")
    assert any(e.type == "COERCE" and e.source == ["WSMGOV"] for e in events)
    # banning a thing with no actor is no event
    assert not code_en("Samoa's government banned the sale of alcohol on Friday.")


def test_leaving_a_race_is_a_retreat_with_no_target(code_en):
    # `target: []` in an entry: no target ("ended his bid for the party's nomination" is not
    # aimed at the party)
    events = code_en("Senator Bernie Sanders ended his bid for the Democratic Party's nomination on Wednesday.")
    assert any(e.type == "RETREAT" and e.source == ["USALEG"] and not e.target for e in events)
    events = code_en("Senator Amy Klobuchar dropped out of the race on Monday.")
    assert any(e.type == "RETREAT" and e.source == ["USALEG"] for e in events)


def test_a_passive_subject_pronoun_is_the_person_named_before(code_en):
    article = ("Iranian General Qasem Soleimani led the Quds Force for two decades. "
               "He was killed by a United States airstrike in Iraq on Friday.")
    events = [e for e in code_en(article) if e.sentence.startswith("He was")]
    assert any(e.type == "ASSAULT" and countries(e.target) == {"IRN"} for e in events)


def test_a_judgement_in_reported_speech_is_the_speakers_accusation(code_en):
    # en:say+unacceptable: the verdict heads the reported clause, aimed at its subject's owner
    events = code_en("The Russian foreign minister said the American decision was unacceptable.")
    assert ("ACCUSE", ["RUSGOV"], ["USA"]) in [(e.type, e.source, e.target) for e in events]
    # reported events are still coded, and a plain report is no accusation
    events = code_en("The Ukrainian president said Russia attacked Ukraine on Monday.")
    assert [(e.type, e.source) for e in events] == [("ASSAULT", ["RUS"])]


def test_an_event_noun_naming_its_doer_is_an_event_without_a_verb(code_en):
    # rule noun-owner: the noun carries its own agent (a modifier, a possessive, "by X")
    event = only(code_en("The U.S. embargo on Cuba has hurt the island's economy for decades."), "SANCTION")
    assert countries(event.source) == {"USA"} and countries(event.target) == {"CUB"}
    assert event.rule == "en:noun:noun-owner/on"
    resigned = only(code_en("Trump asked for national security advisor John Bolton's resignation on Monday."), "RETREAT")
    assert "noun-owner" in resigned.rule
    # not in a frame of time, nor aimed at no one when its type needs a target
    assert not code_en("After the U.S. embargo on Cuba, the island's economy collapsed.")
    assert not [e for e in code_en("Russia's demands were published on Monday.") if e.type == "REQUEST"]


def test_a_damning_name_given_to_an_act_is_an_accusation_of_its_doer(code_en):
    # en:call+damning (key judged): the object's predicate holds the verdict, however deep
    event = only(code_en("Nancy Pelosi called Donald Trump's conduct a \"breach of his Constitutional "
                         "responsibilities\"."), "ACCUSE")
    assert countries(event.source) == {"USA"} and countries(event.target) == {"USA"} and "owner-obj" in event.rule
    assert only(code_en("Vladimir Putin called the sanctions \"an act of economic barbarity\"."), "ACCUSE").source == ["RUSGOV"]
    assert not [e for e in code_en("Barack Obama called Vladimir Putin a friend.") if e.type == "ACCUSE"]


def test_backing_a_proposal_suspending_parliament_and_dismissing_a_lawsuit(code_en):
    # en:second+proposal, en:suspend+parliament, dismiss + lawsuit
    seconded = only(code_en("Angela Merkel seconded Emmanuel Macron's recommendation."), "SUPPORT")
    assert countries(seconded.source) == {"DEU"} and countries(seconded.target) == {"FRA"}
    suspended = only(code_en("Queen Elizabeth II suspended parliament at the behest of Boris Johnson."), "COERCE")
    assert suspended.target == ["GBRLEG"]
    dismissed = only(code_en("A federal judge dismissed a Donald Trump lawsuit on Friday."), "REJECT")
    assert dismissed.source == ["USAJUD"] and countries(dismissed.target) == {"USA"}
    assert not [e for e in code_en("Angela Merkel finished second in the vote.") if e.type == "SUPPORT"]


def test_condemning_an_attack_is_an_accusation_even_with_no_one_named(code_en):
    # en:condemn+attack, and criticism of any thing no actor is named for: the target is left out
    event = only(code_en("The spokesperson for the German government strongly condemned the attack."), "ACCUSE")
    assert event.rule.startswith("en:verb:") and event.source == ["DEUGOV"] and event.target == []
    assert event.trigger == "en:condemn+attack"
    decision = only(code_en("The German government strongly criticized the decision."), "ACCUSE")
    assert decision.source == ["DEUGOV"] and decision.target == []
    # an actor the criticism names is its target
    assert only(code_en("The German government strongly criticized Russia's decision."), "ACCUSE").target == ["RUS"]


def test_appealing_a_ruling_rejects_it_and_a_phone_conversation_is_a_consultation(code_en):
    # en:appeal+ruling; noun conversation with "have"
    assert countries(only(code_en("Donald Trump's legal team appealed the decision on Monday."), "REJECT").source) == {"USA"}
    assert not [e for e in code_en("Donald Trump appealed to China for calm.") if e.type == "REJECT"]
    event = only(code_en("Donald Trump had a phone conversation with Turkish President Recep Tayyip Erdogan."), "CONSULT")
    assert event.target == ["TURGOV"]


def test_investigating_a_shooting_is_an_investigation_with_no_one_named(code_en):
    # en:investigate+incident: no target needed; an accident is no political act
    event = only(code_en("The FBI is investigating the shooting as domestic terrorism."), "ACCUSE")
    assert countries(event.source) == {"USA"} and event.target == []
    assert not [e for e in code_en("The FBI is investigating the crash.") if e.type == "ACCUSE"]


def test_an_allegation_aimed_at_an_actor_is_an_accusation(code_en):
    # en:allege+actor, en:claim+actor: the clause's subject is the target; what is alleged is the
    # accusation's content, not an attack reported as fact
    events = code_en("The Afghan government claimed the Taliban have attacked journalists.", date=BEFORE_KABUL)
    assert [(e.type, e.source, e.target) for e in events] == [("ACCUSE", ["AFGGOV"], ["AFGREB"])]
    alleged = only(code_en("The Afghan government alleged the Taliban are hiding casualty figures.", date=BEFORE_KABUL), "ACCUSE")
    assert alleged.target == ["AFGREB"] and "ccomp_subj" in alleged.rule
    # a claim about no actor is only speech
    assert not code_en("The Afghan government claimed victory in the election.")
    assert not [e for e in code_en("Mijares claimed 90 people were wounded.") if e.type == "ACCUSE"]


def test_characterizing_an_act_with_a_damning_word_is_an_accusation(code_en):
    # en:characterize+damning (the "as" phrase holds the verdict)
    event = only(code_en("Iraq's foreign ministry characterized the attack as a serious violation of Iraqi "
                         "sovereignty."), "ACCUSE")
    assert event.source == ["IRQGOV"]
    assert not code_en("Iraq's foreign ministry characterized the talks as productive.")


def test_an_actor_describing_a_persons_side_is_not_a_second_source(code_en):
    # affiliation_nouns: "Kremlin critic X" is not the Russian government
    event = only(code_en("Kremlin critic Alexei Navalny accused Russia of fraud."), "ACCUSE")
    assert event.source == ["RUSOPP"]
    # an unknown person so described gives no source at all rather than the wrong one
    assert not code_en("Businessman and Trump loyalist Stephen Schwarzman said the president should accept "
                       "the outcome.")
    # an apposed ally is still the actor it is apposed to
    assert only(code_en("Pakistan, a key U.S. ally, condemned India."), "ACCUSE").source == ["PAK"]


def test_a_participle_hung_on_a_medium_takes_the_clauses_subject(code_en):
    # medium-participle: "on Twitter blaming Iran" is what Pompeo did on Twitter
    event = only(code_en("US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the "
                         "attacks."), "ACCUSE")
    assert event.source == ["USAGOV"] and event.target == ["IRN"] and "medium-participle" in event.rule


def test_the_houthis_adjective_names_the_group(code_en):
    # organisations.tsv: "Houthi" as well as "Houthis"; the spokesman's name and surname follow
    events = code_en("Houthi military spokesman Yahya Saree said the attacks were a success. Saree said: "
                     "\"we warn the Saudis.\"")
    threat = only(events, "THREATEN")
    assert threat.source == ["YEMREB"] and threat.target == ["SAU"]


def test_withdrawing_a_bill_recommending_a_course_and_calling_a_strike(code_en):
    # en:withdraw+bill (a concession, not a retreat), en:recommend+clause, en:call+strike
    assert only(code_en("The Hong Kong government withdrew the extradition bill."), "CONCEDE").source == ["HKGGOV"]
    assert only(code_en("Russian troops withdrew from Kherson."), "RETREAT").source == ["RUSMIL"]
    asked = only(code_en("The Iraqi prime minister recommended that U.S. troops leave."), "REQUEST")
    assert asked.source == ["IRQGOV"] and asked.target == ["USAMIL"]
    assert not code_en("The Iraqi prime minister recommended a book.")
    assert only(code_en("The British unions called for a general strike."), "PROTEST").source == ["GBRCVL"]


def test_not_recognizing_a_state_is_a_rejection(code_en):
    # negated recognize: REJECT, the way "recognizes" is SUPPORT
    assert only(code_en("Turkey does not recognize Cyprus."), "REJECT").target == ["CYP"]
    assert only(code_en("Turkey recognizes Northern Cyprus."), "SUPPORT").source == ["TUR"]


@pytest.mark.parametrize("act, event_type, target", [
    ("pardoned Ezekiel Thornbury", "CONCEDE", ["USACVL"]),   # a citizen of the article's country
    ("accused Ezekiel Thornbury of lying", "ACCUSE", ["USACVL"]),
    ("asked Ezekiel Thornbury for his resignation", "REQUEST", []),  # one of the state's own people
])
def test_an_unknown_name_aimed_at_by_a_state_of_its_own_country(code_en, act, event_type, target):
    # OWN_PEOPLE_TYPES: asking, thanking, meeting, promising keep no home-name target
    events = code_en(f"The White House said on Monday that the United States would act. US President Joe "
                     f"Biden {act}.")
    assert [(e.type, e.target) for e in events if e.source == ["USAGOV"]] == [(event_type, target)]


def test_according_to_names_who_reports_not_whom_an_act_is_aimed_at(code_en):
    # according_to: no "to" target; a two-word preposition still leads to its nominal
    events = code_en("According to Reuters, the Russian government sent a letter.")
    assert not [e for e in events if e.target]
    assert only(code_en("According to Reuters, the Russian government sent a letter to Ukraine."),
                "CONSULT").target == ["UKR"]
    assert only(code_en("Russian troops pulled out of Kherson."), "RETREAT").target == ["UKR"]


def test_a_countrys_law_does_not_act_and_signing_an_act_is_no_agreement(code_en):
    # non_agents that are no speaking document: their nationality words make no source
    assert not code_en("Thai law forbids speaking ill of the royal family.")
    assert not code_en("Governor Kay Ivey of Alabama signed the Alabama Human Life Protection Act.")
    # nor does a law named after a country ("the Hong Kong ... Act" is no Hong Kong actor)
    assert not code_en("The Hong Kong Human Rights and Democracy Act would impose sanctions on officials.")
    # a treaty signed with another state still is
    assert only(code_en("Russia signed a treaty with China."), "SUPPORT").target == ["CHN"]


def test_voicing_concern_over_an_act_is_an_accusation(code_en):
    # en:voice+displeasure, as "expressed concern"
    event = only(code_en("The German government voiced concern over Russia's decision."), "ACCUSE")
    assert event.source == ["DEUGOV"] and event.target == ["RUS"]


def test_wanting_an_actor_to_act_is_a_request(code_en):
    # en:want+actor-to: the clause's subject is asked; a thing wanted or one's own act is not
    asked = only(code_en("Russia wants Ukraine to surrender."), "REQUEST")
    assert asked.source == ["RUS"] and asked.target == ["UKR"]
    assert not code_en("Russia wants peace.")
    assert not code_en("The Taliban wants to leave.")
    # "foreign forces" are nobody's forces of the article's country (foreign_words): no target; the
    # demand stays, its uncoded target left out (gold/GUIDELINES.md section 3; the train gold codes
    # "the Taliban wants foreign forces to leave" as REQUEST with no target)
    events = code_en("The war has gone on in Afghanistan for years; the Taliban wants foreign forces to leave.")
    assert all(not e.target for e in events)


def test_a_clause_ending_in_a_colon_introduces_the_speaker_of_the_quote(code_en):
    # quoted-speaker: the parser makes the quote the root and the introducing clause its ccomp
    event = only(code_en('Bruno Parrilla, the foreign affairs minister of Cuba, responded via Twitter: "I strongly '
                         'reject new US blockade measures."'), "REJECT")
    assert event.source == ["CUBGOV"] and "quoted-speaker" in event.rule


def test_the_relative_of_one_in_office_is_not_the_state(code_en):
    # relative_nouns: "Queen Elizabeth II's third child" is not the British government
    assert not code_en("Vladimir Putin's daughter criticized the Ukrainian government.")
    # the relative of a private person is counted on their side, as the gold codes it
    assert only(code_en("The wife of a Russian opposition politician criticized the Russian government."),
                "ACCUSE").source == ["RUSOPP"]


def test_a_capitalised_word_inside_a_name_is_no_trigger(code_en):
    # triggers.in_name: "Volatiles Investigating Polar Exploration Rover" is a rover's name
    assert not code_en("NASA plans to send the agency's new Volatiles Investigating Polar Exploration Rover to the "
                       "moon, the United States said.")
    # a verb after a name still is one
    assert only(code_en("The Russian Armed Forces attacked Ukrainian troops."), "ASSAULT").source == ["RUSMIL"]


def test_asking_a_question_is_no_request(code_en):
    # not_with on "ask": about, whether, why ... make a question
    assert not code_en("Rep. Frank Lucas asked NASA about the effect of multiple launches.")
    assert not [e for e in code_en("The Ukrainian president asked the Russian government whether it would attack.")
                if e.type == "REQUEST"]
    assert only(code_en("Ukraine asked the United States to send weapons."), "REQUEST").target == ["USA"]


def test_a_company_acting_alone_or_at_home_is_no_politics(code_en):
    # BUS terms (airlines, carrier ...) and business_only: gold/GUIDELINES.md leaves business
    # between companies uncoded unless a state or a political actor is a party
    assert not code_en("American Airlines offered to fly the cat to Portland.")
    assert not code_en("Google offers an extension of the market of people who can play our games.")  # trade
    assert only(code_en("Boeing extends its profound condolences to the families of the Iranian victims."),
                "SUPPORT").target == ["IRNCVL"]  # sympathy is no trade
    suspended = only(code_en("Turkish Airlines suspended flights to Iran."), "SANCTION")
    assert suspended.source == ["TURBUS"] and suspended.target == ["IRN"]
    assert only(code_en("The American carrier accused the Chinese government of unfair practices."),
                "ACCUSE").source == ["USABUS"]


def test_coordinated_parties_discussing_meet_each_other(code_en):
    event = only(code_en("Putin and Erdogan discussed the situation in Syria."), "CONSULT")
    assert sorted(event.source) == ["RUSGOV", "TURGOV"] and event.target == []
    # one party discussing a matter meets nobody
    assert not [e for e in code_en("Putin discussed the situation in Syria.") if e.type == "CONSULT"]


@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("Beijing lashed out at Washington over its support for Taiwan.", "ACCUSE", ["CHN"], ["USA"]),
    ("Turkish President Recep Tayyip Erdogan took aim at French President Emmanuel Macron.", "ACCUSE",
     ["TURGOV"], ["FRAGOV"]),
    ("The Polish prime minister hit out at the European Commission.", "ACCUSE", ["POLGOV"], ["EU"]),
    ("Israel's prime minister dismissed the UN report as biased.", "REJECT", ["ISRGOV"], ["UN"]),
])
def test_verbal_attacks_said_with_idioms(code_en, sentence, event_type, source, target):
    event = only(code_en(sentence), event_type)
    assert event.source == source and event.target == target


def test_troops_leaving_a_country_withdraw(code_en):
    event = only(code_en("The American forces left Iraq in December."), "RETREAT")
    assert event.source == ["USAMIL"] and event.target == ["IRQ"]
    assert not code_en("The president left Washington for Paris.")


def test_call_on_takes_the_verb_s_own_particle(code_en):
    assert not [e for e in code_en("During an interview on Wednesday, Sanders called Biden a decent man.")
                if e.type == "REQUEST"]
    event = only(code_en("On Monday, the EU called on Turkey to stop drilling."), "REQUEST")
    assert event.source == ["EU"] and event.target == ["TUR"]


def test_what_a_weapon_is_aimed_at_is_the_target(code_en):
    event = only(code_en("Iran launched missiles targeting US troops in Iraqi military bases."), "ASSAULT")
    assert event.source == ["IRN"] and event.target == ["USAMIL"]


def test_a_statement_names_who_condemned_in_a_passive(code_en):
    events = code_en("Turkey is already under EU sanctions, and was condemned in a joint statement by Egypt, "
                     "Greece and Cyprus on October 8.")
    event = only(events, "ACCUSE")
    assert sorted(event.source) == ["CYP", "EGY", "GRC"] and event.target == ["TUR"]
    event = only(code_en("The attack was condemned in a Russian statement."), "ACCUSE")
    assert event.source == ["RUS"]


def test_a_downed_aircraft_underwent_the_act(code_en):
    # a headline passive with no auxiliary (issue 11: "US Chinook helicopter shot down ...")
    assert not code_en('"US Chinook helicopter shot down and completely destroyed last night," '
                       'Taliban spokesman Zabihullah Mujahid said.')
    assert only(code_en("Russian jets bombed the town."), "ASSAULT").source == ["RUSMIL"]


def test_a_headline_passive_without_its_auxiliary(code_en):
    # "More than 100 protesters killed in Iran unrest": the protesters were killed
    events = code_en("More than 100 protesters killed in Iran unrest.")
    assert not [e for e in events if e.source and e.source[0].endswith("CVL")]
    # a person the tagger reads as a common noun still acts ("Trump" NN, "granted" VBN)
    import datetime as dt
    pardon = code_en("Trump granted Bernard Bailey Kerik a full and unconditional pardon.", date=dt.date(2020, 2, 19))
    assert only(pardon, "CONCEDE").source == ["USAGOV"]


def test_a_subject_threatened_with_an_actors_act_underwent_the_threat(code_en):
    # with_passive_verbs: the "with" phrase names the doer of a headline passive
    event = only(code_en("Iran threatened with new US sanctions over nuclear program"), "THREATEN")
    assert event.source == ["USA"] and event.target == ["IRN"]
    # the phrase's own words only: whom the retaliation is against is the target, as before
    event = only(code_en("China threatened with retaliation against the United States."), "THREATEN")
    assert event.source == ["CHN"] and event.target == ["USA"]


def test_articles_of_impeachment_are_the_impeachment(code_en):
    # measure_nouns: "articles" only measure their "of" complement, which the light verb carries
    event = only(code_en("The House of Representatives passed two articles of impeachment against President Trump.",
                         date=dt.date(2019, 12, 18)), "ACCUSE")
    assert event.source == ["USALEG"] and event.target == ["USAGOV"]
    assert not code_en("The articles of the constitution were amended by the Senate.")


def test_praise_and_sympathy_for_no_actor_are_still_the_speakers_support(code_en):
    # praising, hailing, mourning private people or things is coded with no target (gold
    # convention); thanking one's own supporters is no event
    day = dt.date(2020, 6, 1)
    assert only(code_en("Boris Johnson praised the quality of the rescue work.", date=day), "SUPPORT").target == []
    assert only(code_en("Boris Johnson mourned the passing of the astronaut.", date=day), "SUPPORT").source == ["GBRGOV"]
    assert not code_en("Boris Johnson thanked his supporters.", date=day)


def test_campaigns_suspended_and_rites_of_mourning(code_en):
    day = dt.date(2020, 3, 5)
    event = only(code_en("Elizabeth Warren suspended her presidential campaign on Thursday.", date=day), "RETREAT")
    assert event.source == ["USALEG"] and event.target == []
    assert not code_en("The police suspended the search for the missing boy.", date=day)
    event = only(code_en("Both houses of the French Parliament held a minute of silence in Chirac's honor.", date=day), "SUPPORT")
    assert event.source == ["FRALEG"] and event.target == ["FRAOPP"]


def test_an_inquiry_or_charges_dropped_are_a_concession_to_their_target(code_en):
    event = only(code_en("Sweden has dropped its investigation into a rape allegation against Julian Assange."), "CONCEDE")
    assert event.source == ["SWE"] and event.target == ["AUSCVL"]
    assert not code_en("Dmitri Peskov dropped by the studio on Monday.")


def test_a_move_viewed_as_a_provocation_is_criticism(code_en):
    event = only(code_en("Russia's foreign ministry said it viewed Washington's move as a provocation."), "ACCUSE")
    assert event.source == ["RUSGOV"] and event.target == ["USA"]


@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("The United States faced stiff international and Palestinian criticism over its decision to no longer "
     "consider Israeli settlements illegal.", "ACCUSE", ["PSE"], ["USA"]),
    ("Israel drew condemnation from the European Union over the new settlements.", "ACCUSE", ["EU"], ["ISR"]),
    ("Russia faces new sanctions from the European Union.", "SANCTION", ["EU"], ["RUS"]),
    ("Ukraine received military aid from Germany.", "AID", ["DEU"], ["UKR"]),
])
def test_what_the_subject_undergoes_is_aimed_at_it(code_en, sentence, event_type, source, target):
    # undergone entries: the subject is the target, the object's phrase or "from" names the source
    event = only(code_en(sentence), event_type)
    assert (event.source, event.target) == (source, target)


def test_nothing_undergone_without_who_does_it(code_en):
    assert not code_en("Russia faced criticism on Tuesday.")
    assert not code_en("The proposal faced criticism from Germany.")  # a proposal is no actor


def test_the_injured_and_the_wounded_are_people_of_the_place(code_en):
    # a participle or adjective with its article stands as a group noun
    event = only(code_en('British Prime Minister Boris Johnson said: "My thoughts are with the injured in London."',
                         date=dt.date(2020, 2, 2)), "SUPPORT")
    assert event.target == ["GBRCVL"]
    assert only(code_en("The army attacked the wounded in Aleppo."), "ASSAULT").target == ["SYRCVL"]


def test_praying_a_court_is_a_plea_not_a_prayer(code_en):
    # en:pray is intransitive: "praying the court to direct ..." takes an object
    assert not [e for e in code_en("Instead, the Nigerian police are praying the court to direct the defendants to pay.")
                if e.type == "SUPPORT"]
    assert only(code_en('Polish President Andrzej Duda said: "I pray for his return to health."', date=dt.date(2019, 1, 14)),
                "SUPPORT").source == ["POLGOV"]


def test_a_country_naming_a_currency_is_no_actor(code_en, code_fr):
    # currency_words: "US dollars", "dollars canadiens"
    assert not code_en("China has invested about nine billion US dollars to develop efficient diagnostics.")
    events = code_fr("Les étudiants réclamaient les 103 millions de dollars canadiens supprimés par le gouvernement du Québec.")
    assert not [e for e in events if "CAN" in e.target]


def test_a_country_that_sentences_or_arrests_acts_through_its_courts_or_police(code_en):
    # entries with an `agent` sector: a bare country as source takes that arm of the state
    assert only(code_en("Turkey sentenced two people smugglers to four years of prison each."), "COERCE").source == ["TURJUD"]
    assert only(code_en("Russia arrested an American journalist on Thursday."), "COERCE").source == ["RUSCOP"]
    # a named arm keeps its own code
    assert only(code_en("The Russian army arrested an American journalist."), "COERCE").source == ["RUSMIL"]


@pytest.mark.parametrize("sentence", [
    "A Syrian refugee, who asked not to be named, said the regime would punish them.",  # anonymity
    "South Korea also hosts several polysilicon manufacturers, including the Hanwha Group.",  # firms
])
def test_no_request_or_meeting_in_a_sources_anonymity_or_a_country_hosting_firms(code_en, sentence):
    assert not [e for e in code_en(sentence) if e.type in ("REQUEST", "CONSULT")]


def test_an_event_noun_in_an_absolute_with_frame_is_background(code_en):
    events = code_en("With Hong Kong protests exploding to new levels, President Xi Jinping of China is likely to deploy troops.")
    assert not [e for e in events if e.type == "PROTEST"]
    assert only(code_en("Iran hosted Iraqi Prime Minister Adel Abdul Mahdi on Saturday.", date=dt.date(2019, 7, 1)),
                "CONSULT").target == ["IRQGOV"]


def test_a_finite_verb_hung_on_a_noun_does_not_make_the_noun_its_doer(code_en):
    # "asked about the Muslim Brotherhood, called Omar a terrorist": "called" (VBD) is read as
    # a modifier of the Brotherhood, which did not call anyone anything
    events = code_en('During the call, the man asked about the Muslim Brotherhood, called Omar a "terrorist" and threatened her.')
    assert not [e for e in events if "EGYOPP" in e.source]


def test_a_place_closed_by_a_comma_before_a_verb_is_not_its_subject(code_en):
    # the parser gives "cutting" no subject; the actor before it is a place in an apposition
    assert not code_en("On Monday, a water main broke in the US city of White Plains, New York, "
                       "cutting off the water supply to most of the city.")


def test_a_bare_infinitive_misparsed_as_an_adverbial_clause_takes_no_subject_above(code_en):
    # "present" and "threaten" are verbs of the quoted list whose subject is "settlements"
    assert not code_en("A spokesperson for the British Foreign Office reiterated the UK's position that settlements "
                       "\"are illegal under international law, present an obstacle to peace and threaten the "
                       "physical viability of a two-state solution\".")


def test_the_object_of_the_verb_does_what_its_infinitive_says(code_en):
    # rule object-controller: "forced Iran to withdraw" is Iran's retreat, not the US's; "used an
    # executive order to add" names no actor as object, the subject stays the doer
    assert [(e.type, e.source) for e in code_en("The US forced Iran to withdraw its forces from Syria.")
            if e.type == "RETREAT"] == [("RETREAT", ["IRN"])]
    assert [e.source for e in code_en("The United States decided to withdraw its troops from Syria.")
            if e.type == "RETREAT"] == [["USA"]]
    # only when the governing verb tells a fact: an attempt to force is no retreat of anyone
    assert not [e for e in code_en("Russia blocked the aid in an attempt to force the U.S. to abandon the "
                                   "al-Tanf base.") if e.type == "RETREAT"]


@pytest.mark.parametrize("sentence, kept", [
    ("In Norway, local police warned people in the general vicinity to stay inside.", False),
    ("In China, officials have warned people to stay away from infected areas.", False),
    ("In Hong Kong, police warned protesters to disperse or face arrest.", True),  # a threat
    ("Russia warned Ukraine against joining NATO.", True),
])
def test_an_authoritys_warning_to_its_public_is_advice_not_a_threat(code_en, sentence, kept):
    # advice_verbs, advised_people (gold/GUIDELINES.md: a warning without repercussions is no event)
    assert bool([e for e in code_en(sentence) if e.type == "THREATEN"]) == kept


@pytest.mark.parametrize("sentence", [
    "Reporters asked whether Russia had attacked Ukraine.",
])
def test_an_act_inside_an_indirect_question_is_asked_about_not_told(code_en, sentence):
    # question_marks: "whether" opens a question; the asking itself may still be an event. An
    # agreement asked about ("whether the United States and China could agree") is kept,
    # hypothetical (asked_kept_types; gold/GUIDELINES.md section 4; test_coder_en_what_is_agreed.py)
    assert not [e for e in code_en(sentence) if e.type in ("AGREE", "ASSAULT", "THREATEN")]


def test_an_act_in_a_present_clause_of_time_tells_how_things_go(code_en):
    # generic_marks: "When X slaps tariffs ..., it isn't ..." explains; a past "when" clause and the
    # main clause are untouched
    assert not code_en("When the United States slaps tariffs on goods, it isn't foreign exporters that pay.")
    assert [e.type for e in code_en("NATO condemns Russia when it attacks Ukraine.")] == ["ACCUSE"]


@pytest.mark.parametrize("lang, sentence, kept", [
    ("en", "Turkish journalist Hatice Cengiz traveled to New York for the UN General Assembly.", False),
    ("en", "Russian President Vladimir Putin flew to Paris on Monday.", True),
    ("fr", "La journaliste turque Hatice Cengiz s'est rendue à New York.", False),
    ("fr", "Le président russe Vladimir Poutine s'est rendu à Paris lundi.", True),
])
def test_only_those_who_represent_someone_pay_visits(lang, sentence, kept):
    # travel_verbs: private people, companies, journalists, police and courts just travel
    # (a foreign destination: a trip to a city of one's own country, « Magnitogorsk » for Putin,
    # meets no one, test_coder_en_fp2.test_domestic_trip_is_no_meeting)
    from dyads import code_text
    assert bool([e for e in code_text(sentence, lang=lang, date=dt.date(2019, 9, 25)) if e.type == "CONSULT"]) == kept


def test_agreeing_on_how_things_work_is_an_opinion(code_en):
    assert not code_en("Members of the US Congress do not all agree on how impeachment inquiries work.")
    assert [e.type for e in code_en("Turkey and Libya agreed on a line as their shared maritime border.")] == ["AGREE"]


def test_a_tenseless_passive_is_undergone_by_the_subject_it_hangs_on(code_en):
    # "were injured after being attacked by protesters": the journalists were attacked
    events = code_en("In Belgrade, a number of journalists were injured after being attacked by protesters.")
    assert [(e.type, e.source, e.target) for e in events if e.type == "ASSAULT"] == [("ASSAULT", ["SRBCVL"], ["SRBMED"])]


def test_a_request_asks_someone_and_information_given_is_no_aid(code_en):
    # the lexicon's `needs_target` on "request"; `not_object` on the generic "provide"
    event = only(code_en("The Ukrainian government requested Germany to send tanks."), "REQUEST")
    assert event.target == ["DEU"]
    assert not code_en("The Ukrainian government requested new tanks.")
    assert not code_en("Over a million Americans requested absentee ballots to vote by mail.")
    assert not code_en("Death tolls provided by Afghan officials to journalists exceeded 100.")
    assert only(code_en("The Pentagon provided weapons to Ukraine."), "AID").target == ["UKR"]


def test_a_conviction_is_an_accusation_by_the_court(code_en):
    # finding guilty, as "found guilty" (gold/GUIDELINES.md); the sentence that follows coerces
    event = only(code_en("A Moscow court convicted Alexei Navalny of fraud.", date=dt.date(2020, 2, 1)), "ACCUSE")
    assert (event.source, event.target) == (["RUSJUD"], ["RUSOPP"])


def test_appealing_a_decision_rejects_it_appealing_to_someone_asks(code_en):
    assert only(code_en("The French government intends to appeal."), "REJECT").source == ["FRAGOV"]
    assert only(code_en("The French government appealed to the UN."), "REQUEST").target == ["UN"]
    assert only(code_en("The French government appealed for calm."), "REQUEST").source == ["FRAGOV"]


def test_an_investigation_of_no_actor_accuses_no_one(code_en):
    assert not code_en("The NTSB began an investigation of the crash.")
    assert only(code_en("The FBI opened an investigation into Russian interference."), "ACCUSE").target == ["RUS"]


def test_a_tenseless_passive_in_an_adverbial_clause_is_undergone_by_the_subject(code_en):
    # "if convicted": the subject undergoes it; its doer is its agent (rule passive-agent)
    assert not code_en("Julian Assange now faces 175 years in prison in the US if convicted of all the charges.",
                       date=dt.date(2019, 5, 24))
    assert only(code_en("Attacked by Turkish forces, the Kurdish fighters withdrew."), "ASSAULT").source == ["TURMIL"]


def test_a_hyphenated_word_is_no_habitual_mark(code_en):
    event = only(code_en("Alibaba floated in Hong Kong after months of often-violent anti-government protests.",
                         date=dt.date(2019, 11, 26)), "PROTEST")
    assert event.source == ["HKGCVL"]


def test_ordering_a_broadcaster_to_stop_coerces_it(code_en):
    event = only(code_en("The Philippine government ordered the broadcaster ABS-CBN to stop broadcasting."), "COERCE")
    assert (event.source, event.target) == (["PHLGOV"], ["PHLMED"])


def test_projectiles_thrown_at_people_are_an_assault_of_the_throwers(code_en):
    article = ("Thousands of people protested in Hong Kong on Sunday against the Hong Kong government. "
               "Some protesters threw petrol bombs at police officers.")
    event = only(code_en(article), "ASSAULT")
    assert event.source == ["HKGCVL"] and event.target == ["HKGCOP"] and "throw+projectile" in event.trigger
    assert not [e for e in code_en("The Iraqi president threw a party for the delegation.") if e.type == "ASSAULT"]


def test_the_agent_of_a_participle_of_doing_on_an_event_noun_is_its_doer(code_en):
    # `noun_agent_participles`: "carried out by"; not any participle ("condemned by France")
    event = only(code_en("Twelve people died in the attack carried out by the Taliban in Kabul.", date=BEFORE_KABUL), "ASSAULT")
    assert event.source == ["AFGREB"]
    assert not [e for e in code_en("Twelve people died in the attack, condemned by France, in Kabul.")
                if e.type == "ASSAULT"]


def test_ordering_a_killing_or_a_strike_is_an_assault_of_the_one_who_orders(code_en):
    event = only(code_en("Donald Trump ordered the strike on the Iranian general."), "ASSAULT")
    assert countries(event.source) == {"USA"} and event.target == ["IRNMIL"] and "order+attack" in event.trigger
    assert not [e for e in code_en("Donald Trump ordered a review of the Iranian deal.") if e.type == "ASSAULT"]


@pytest.mark.parametrize("sentence", [
    "The vote was boycotted by Kurdish members of the Iraqi parliament.",
    "Kurdish members of the Iraqi parliament boycotted the vote.",
])
def test_boycotting_a_vote_is_a_protest(code_en, sentence):
    event = only(code_en(sentence), "PROTEST")
    assert event.source == ["IRQLEG"] and not event.target


def test_an_act_in_support_of_an_actor_supports_it(code_en):
    # rule solidarity (`solidarity_phrases`); the rally itself stays a protest
    events = code_en("Thousands of people rallied in Washington in support of US President Donald Trump.")
    support = only(events, "SUPPORT")
    assert support.source == ["USACVL"] and countries(support.target) == {"USA"} and "derived:solidarity" in support.rule
    assert only(events, "PROTEST")
    assert not [e for e in code_en("Thousands of people rallied in Washington in support of the climate.")
                if e.type == "SUPPORT"]


def test_joining_talks_with_an_actor_is_consulting_it(code_en):
    event = only(code_en("The Italian foreign minister joined the negotiations with Iran."), "CONSULT")
    assert event.source == ["ITAGOV"] and event.target == ["IRN"]


@pytest.mark.parametrize("sentence, kind, trigger", [
    ("The French unions called off the strike on Friday.", "RETREAT", "en:call_off+strike"),
    ("The French unions called a strike on Friday.", "PROTEST", "en:call+strike"),
    ("The French president called on Friday for calm.", "REQUEST", "en:call+for"),
])
def test_a_particle_is_neither_another_particle_nor_a_date_s_preposition(code_en, sentence, kind, trigger):
    # "call on" needs its own "on": not the "off" of "called off", nor the "on" of "on Friday"
    assert [(e.type, e.trigger) for e in code_en(sentence)] == [(kind, trigger)]


def test_the_doer_of_a_passive_reported_clause_is_its_agent(code_en):
    # slot ccomp_subj: "alleged Navalny was poisoned by the Russian government" aims at the government
    event = only(code_en("Navalny's associates had alleged Navalny was poisoned by the Russian government."), "ACCUSE")
    assert event.source == ["RUSOPP"] and event.target == ["RUSGOV"]
    event = only(code_en("The US president demanded that the prisoners be released by Iran."), "REQUEST")
    assert event.target == ["IRN"]


def test_urging_people_to_vote_for_someone_supports_them(code_en):
    event = only(code_en("New York mayor Michael Bloomberg urged voters to vote for Barack Obama."), "SUPPORT")
    assert event.trigger == "en:urge+vote" and countries(event.target) == {"USA"}
    assert not [e for e in code_en("New York mayor Michael Bloomberg urged voters to vote for Barack Obama.")
                if e.type == "REQUEST"]


def test_the_protests_told_before_are_no_new_protest(code_en):
    # an `alone` noun with a definite article, subject of a verb of no happening, names the
    # protests the article told ("The protests degrade ..."); "the protests began" tells them
    article = "Chinese students protested in Beijing on Monday. "
    assert not [e for e in code_en(article + "The protests degrade the Chinese Communist Party's claim to power.")
                if e.type == "PROTEST" and "degrade" in e.sentence]
    assert [e for e in code_en(article + "The protests began in June after the Chinese government proposed a law.")
            if e.type == "PROTEST" and "began" in e.sentence]


def test_a_verdict_in_a_quote_continued_is_its_speakers(code_en):
    # rule quoted-verdict: the quote opened in the sentence before; no verb of saying here
    events = code_en('French Prime Minister Jean Castex said on Monday: "We will not let it happen. '
                     'The Russian decision is a scandal."')
    event = only(events, "ACCUSE")
    assert event.source == ["FRAGOV"] and event.target == ["RUS"] and "quoted-verdict" in event.rule
    # a verdict word outside a quote, or a quote with its own speaker, is no such verdict
    assert not [e for e in code_en("French Prime Minister Jean Castex spoke on Monday. The Russian decision is a scandal.")
                if "quoted-verdict" in e.rule]


@pytest.mark.parametrize("sentence, source", [
    ("A group linked to al-Qaeda claimed the attack on the Iraqi prime minister.", ["AQ"]),
    ("A militant group affiliated with the Islamic State claimed the attack on the Iraqi prime minister.", ["ISIL"]),
    # a person the group is loyal to is no organisation: the group stays the sentence's rebels
    ("Militants loyal to Iraq's Al-Qaeda frontman Abu Musab al-Zarqawi attacked the Iraqi prime minister.", ["IRQREB"]),
])
def test_a_group_linked_to_an_organisation_is_of_that_organisation(code_en, sentence, source):
    assert only(code_en(sentence), "ASSAULT").source == source


@pytest.mark.parametrize("sentence, trigger", [
    ("US President Donald Trump has claimed widespread voter fraud with mail-in ballots.", "en:claim+wrongdoing"),
    ("Russian opposition activists claimed the election was stolen.", "en:claim+wrongdoing"),
])
def test_claiming_a_wrongdoing_is_an_accusation_with_no_one_named(code_en, sentence, trigger):
    assert only(code_en(sentence), "ACCUSE").trigger == trigger
    assert not [e for e in code_en("US President Donald Trump has claimed victory in the election.") if e.type == "ACCUSE"]


@pytest.mark.parametrize("verb_phrase, kind", [
    ("enjoined the Russian government to withdraw", "REQUEST"), ("implored the Russian government to withdraw", "REQUEST"),
    ("warned the Russian government of consequences", "THREATEN"), ("froze Russian assets", "SANCTION"),
    ("eased restrictions on Russian imports", "CONCEDE"), ("shared intelligence with Russia", "COOPERATE"),
])
def test_the_common_press_verbs_of_each_type(code_en, verb_phrase, kind):
    # a sample of the checked list of common verbs (every one of 55 coded, with its target)
    assert only(code_en(f"The French government {verb_phrase}."), kind).target


@pytest.mark.parametrize("sentence, kind, source, target", [
    # diplomatic regret of another's decision is a criticism; regret for a loss is none
    ("France regrets the decision of the United States.", "ACCUSE", ["FRA"], ["USA"]),
    # welcoming an exchange or a ceasefire supports it, whoever it is between
    ("The US welcomed the exchange on Tuesday.", "SUPPORT", ["USA"], []),
    # raising the tariffs there are is a sanction; announced on a condition, a threat
    ("The United States raised tariffs on Chinese imports on Friday.", "SANCTION", ["USA"], ["CHN"]),
    ("Donald Trump said he would raise tariffs on Chinese imports if no deal is reached.", "THREATEN", ["USAGOV"], ["CHN"]),
])
def test_regret_welcome_and_raised_tariffs(code_en, sentence, kind, source, target):
    event = only(code_en(sentence, date=dt.date(2019, 11, 19)), kind)
    assert (event.source, event.target) == (source, target)


def test_regretting_a_loss_is_no_event(code_en):
    assert not code_en("The French minister regretted the loss of life in the floods.")


def test_a_participle_s_object_is_the_noun_it_modifies(code_en):
    # "tariffs imposed by China": the participle's agent imposes the noun it modifies
    event = only(code_en("Retaliatory tariffs imposed by China have hurt American farmers.",
                         date=dt.date(2019, 11, 19)), "SANCTION")
    assert event.source == ["CHN"]
    # a participle of a noun outside the entry's objects is none of its events
    assert not code_en("The cars imposed by China have hurt American farmers.", date=dt.date(2019, 11, 19))


def test_a_deed_dated_to_a_decade_long_gone_is_background(code_en):
    # "seized ... in the 1970s" is history told to explain today's demand, not news
    events = code_en("Algerian landowners demanded the return of property seized by Algerian government forces"
                     " in the 1970s.", date=dt.date(2019, 11, 19))
    assert [e.type for e in events] == ["REQUEST"]


@pytest.mark.parametrize("sentence, kind, target", [
    # opposing a wrongful act criticises whoever commits it; a verdict word the speaker's words
    # hold ("violations") codes no verdict of its own here, and swallows nothing
    ('Defense Secretary Mark Esper said, "We strongly oppose violations of international law by China."', "ACCUSE", ["CHN"]),
    ("The United States opposes Chinese aggression in the South China Sea.", "ACCUSE", ["CHN"]),
    # wrecking talks ends them
    ("President Trump scuttled the talks with the Taliban in September.", "SANCTION", ["AFGREB"]),
])
def test_opposing_wrongdoing_and_scuttling_talks(code_en, sentence, kind, target):
    assert only(code_en(sentence, date=dt.date(2019, 11, 19)), kind).target == target


def test_opposing_a_bill_is_no_accusation(code_en):
    assert not [e for e in code_en("Republicans in Congress oppose the bill of the Democrats.") if e.type == "ACCUSE"]


@pytest.mark.parametrize("sentence, lang, source, target", [
    # rule deployed-force: with no agent, the forces deployed are the ones mobilised
    ("Russian troops were deployed to the border with Ukraine.", "en", ["RUSMIL"], ["UKR"]),
    ("Des milliers de soldats français ont été déployés au Mali.", "fr", ["FRAMIL"], ["MLI"]),
])
def test_forces_deployed_with_no_agent_are_mobilised(code_en, code_fr, sentence, lang, source, target):
    event = only((code_en if lang == "en" else code_fr)(sentence), "MOBILIZE")
    assert (event.source, event.target, event.rule.split("/")[0]) == (source, target, f"{lang}:verb:deployed-force")


def test_swapped_hostages_are_freed_and_a_deadline_needs_someone_to_meet_it(code_en):
    assert only(code_en("The Taliban swapped two Western hostages for three of its commanders.", date=BEFORE_KABUL), "RETREAT").source == ["AFGREB"]
    assert not code_en("The French government set a deadline for the project.")


@pytest.mark.parametrize("sentence, kind, negated", [
    # taking tariffs back eases a sanction; not doing it (a negating noun, a negation) refuses to
    ("The United States rolled back tariffs on Mexican steel.", "CONCEDE", False),
    ("President Trump's reluctance to roll back tariffs on Mexican steel angered Mexico.", "REJECT", False),
    ("The Swedish prosecutors decided to discontinue the investigation regarding Julian Assange.", "CONCEDE", False),
])
def test_tariffs_taken_back_and_investigations_discontinued(code_en, sentence, kind, negated):
    assert only(code_en(sentence, date=dt.date(2019, 11, 19)), kind).negated is negated


def test_a_negating_noun_negates_its_infinitive(code_fr):
    event = only(code_fr("La réticence du gouvernement russe à négocier avec l'Ukraine inquiète Paris."), "CONSULT")
    assert event.negated
