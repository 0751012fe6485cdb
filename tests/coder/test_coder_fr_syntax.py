"""French coder: who is the source and who the target, whatever the construction.

Sentences from the seed articles (examples/seeds) and written in the style of French news.
"""

from __future__ import annotations

import datetime as dt

import pytest
from coder_fr import code_fr, only, spanned  # noqa: F401  (fixture)

# Sentences of the seed articles in examples/seeds/.
SEED_01 = ("Les États-Unis ont répondu par la négative aux propositions clés de Moscou sur les "
           "garanties de sécurité en Europe, ce qui ne peut pas satisfaire la Russie, a déclaré ce "
           "lundi 14 février le ministre russe des Affaires étrangères Lavrov lors d'une réunion avec "
           "le Président Poutine.")
SEED_07 = "Fin janvier, les États-Unis et l'Otan ont envoyé à Moscou des réponses écrites à ces propositions."
SEED_13 = ("À en juger par la publication, Washington et l'Alliance ont proposé à Moscou un dialogue sur "
           "le contrôle des armements et les mesures de prévention des incidents en échange d'une "
           "désescalade en Ukraine et du retrait des troupes et forces de la paix russes de la Crimée, "
           "de la Transnistrie, de l'Ossétie du Sud et de l'Abkhazie.")


@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("Sergueï Lavrov a rencontré Antony Blinken à Genève.", "CONSULT", ["RUSGOV"], ["USAGOV"]),
    ("Le Japon soutient l'Ukraine.", "SUPPORT", ["JPN"], ["UKR"]),
    ("La Chine a accusé les États-Unis d'ingérence.", "ACCUSE", ["CHN"], ["USA"]),
])
def test_active_voice(code_fr, sentence, event_type, source, target):
    event = only(code_fr(sentence), event_type)
    assert (event.source, event.target) == (source, target)


@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("L'Ukraine a été attaquée par la Russie.", "ASSAULT", ["RUS"], ["UKR"]),
    ("Des sanctions ont été imposées à la Russie par l'Union européenne.", "SANCTION", ["EU"], ["RUS"]),
    ("La proposition russe a été rejetée par les États-Unis.", "REJECT", ["USA"], ["RUS"]),
])
def test_passive_voice_takes_the_agent_as_source(code_fr, sentence, event_type, source, target):
    event = only(code_fr(sentence), event_type)
    assert (event.source, event.target) == (source, target)
    assert event.rule.startswith("fr:verb:passive-agent/")


def test_pronominal_verbs_are_not_passives(code_fr):
    # the parser labels "forces" nsubj:pass; "se sont retirées" is still their own act
    event = only(code_fr("Les forces russes se sont retirées de la région de Kiev."), "RETREAT")
    assert event.source == ["RUSMIL"]


def test_a_verb_with_avoir_is_active(code_fr):
    event = only(code_fr("Moscou n'a ni attaqué ni envahi l'Ukraine."), "ASSAULT")
    assert (event.source, event.target, event.negated) == (["RUS"], ["UKR"], True)


def test_an_aside_between_auxiliary_and_participle_keeps_the_subject(code_fr):
    # the parser hangs the participle on a noun of the aside (rule split-auxiliary)
    event = only(code_fr("L'Iran avait pourtant, sous la pression de l'Allemagne, accepté de cesser ses activités."),
                 "AGREE")
    assert event.source == ["IRN"] and "split-auxiliary" in event.rule
    # a participle of a noun of the clause, the clause's verb with its own auxiliary, is no such case
    events = code_fr("Le ministre israélien Nathan Chtcharanski a remis sa démission dans une lettre adressée "
                     "au Premier ministre Ariel Sharon.", date=dt.date(2005, 5, 3))
    assert "CONSULT" not in {e.type for e in events}


def test_coordinated_subjects_are_one_source_list(code_fr):
    event = only(code_fr(SEED_07), "CONSULT")
    assert (sorted(event.source), event.target) == (["NATO", "USA"], ["RUS"])
    event = only(code_fr("La France, l'Allemagne et l'Italie ont condamné l'invasion russe de l'Ukraine."), "ACCUSE")
    assert (event.source, event.target) == (["FRA", "DEU", "ITA"], ["RUS"])


def test_coordinated_objects_are_one_target_list(code_fr):
    event = only(code_fr("La Russie a attaqué l'Ukraine et la Géorgie."), "ASSAULT")
    assert event.target == ["UKR", "GEO"]


def test_coordinated_verbs_share_their_subject(code_fr):
    events = code_fr("Moscou a rejeté les propositions de Washington et a accusé l'Otan de provocation.")
    assert (only(events, "REJECT").source, only(events, "REJECT").target) == (["RUS"], ["USA"])
    assert (only(events, "ACCUSE").source, only(events, "ACCUSE").target) == (["RUS"], ["NATO"])


def test_relative_clause_takes_the_noun_it_modifies(code_fr):
    events = code_fr("La Russie, qui a envahi l'Ukraine en février, a rejeté l'appel de l'ONU.")
    assert (only(events, "ASSAULT").source, only(events, "ASSAULT").target) == (["RUS"], ["UKR"])
    assert (only(events, "REJECT").source, only(events, "REJECT").target) == (["RUS"], ["UN"])
    assert only(events, "ASSAULT").rule.startswith("fr:verb:relative-clause/")  # provenance names the construction


@pytest.mark.parametrize("sentence, event_type, source, target", [
    # the noun a past participle modifies is what the act is done to; "par" names the agent
    ("Les sanctions imposées par l'Union européenne à la Russie ont été prolongées.", "SANCTION", ["EU"], ["RUS"]),
    ("Les armes livrées par les États-Unis à l'Ukraine ont été utilisées à Kharkiv.", "AID", ["USA"], ["UKR"]),
    ("Les troupes envoyées par Moscou en Biélorussie sont arrivées.", "MOBILIZE", ["RUS"], ["BLR"]),
    # ... and the owner of what is denounced
    ("Le Kremlin a dénoncé les sanctions décidées par Washington contre la Russie.", "ACCUSE", ["RUSGOV"], ["USA"]),
])
def test_participle_clauses(code_fr, sentence, event_type, source, target):
    event = only(code_fr(sentence), event_type)
    assert (event.source, event.target) == (source, target)
    assert event.rule.startswith(("fr:verb:participle-", "fr:verb:subject/owner-"))  # the participle, or its owner


def test_prepositional_target_before_the_object(code_fr):
    event = only(code_fr(SEED_07), "CONSULT")  # "ont envoyé à Moscou des réponses"
    assert spanned(event, "target") == ["Moscou"]


@pytest.mark.parametrize("sentence, event_type", [
    (SEED_01, "REJECT"),  # "ont répondu par la négative aux propositions clés de Moscou"
    ("Les États-Unis ont répondu par écrit aux propositions de Moscou.", "CONSULT"),
])
def test_a_reply_to_proposals_targets_whoever_made_them(code_fr, sentence, event_type):
    event = only(code_fr(sentence), event_type)
    assert (event.source, event.target) == (["USA"], ["RUS"])
    assert "owner" in event.rule  # reached through "les propositions de Moscou"


def test_an_offer_conditioned_on_the_target_is_also_a_demand(code_fr):
    events = code_fr(SEED_13)
    for event_type in ("AGREE", "REQUEST"):
        event = only(events, event_type)
        assert (sorted(event.source), event.target) == (["NATO", "USA"], ["RUS"])


@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("Pékin a vivement protesté auprès de Washington.", "ACCUSE", ["CHN"], ["USA"]),
    ("La Russie a massé 100 000 soldats près de l'Ukraine.", "MOBILIZE", ["RUS"], ["UKR"]),
])
def test_two_word_prepositions_parsed_as_an_adverb(code_fr, sentence, event_type, source, target):
    event = only(code_fr(sentence), event_type)
    assert (event.source, event.target) == (source, target)



@pytest.mark.parametrize("sentence, event_type, source", [
    # the parser makes the first conjunct the root and leaves only the second as subject
    ("Israël et le Hamas ont conclu une trêve.", "RETREAT", ["ISR", "PSEREB"]),
    ("Kiev et Moscou ont entamé des négociations en Turquie.", "CONSULT", ["UKR", "RUS"]),
    ("Les États-Unis et l'Otan ont rejeté les exigences de Moscou.", "REJECT", ["USA", "NATO"]),
])
def test_both_conjuncts_of_a_subject_act(code_fr, sentence, event_type, source):
    assert only(code_fr(sentence), event_type).source == source


def test_reciprocal_subjects_are_all_sources_with_no_target(code_fr):
    event = only(code_fr("Vladimir Poutine et Recep Tayyip Erdogan se sont rencontrés à Sotchi."), "CONSULT")
    assert (event.source, event.target) == (["RUSGOV", "TURGOV"], [])


def test_a_mediation_between_two_parties_targets_both(code_fr):
    event = only(code_fr("Le président turc a proposé sa médiation entre Moscou et Kiev."), "AGREE")
    assert (event.source, event.target) == (["TURGOV"], ["RUS", "UKR"])


def test_a_document_speaks_for_whoever_issued_it(code_fr):
    event = only(code_fr("Le Parlement européen a adopté une résolution condamnant la Russie."), "ACCUSE")
    assert (event.source, event.target) == (["EU"], ["RUS"])


@pytest.mark.parametrize("sentence, source", [
    # (« militants » are activists, CVL: with no political actor named, the arrest has no known source)
    ("Trois opposants russes ont été interpellés à Moscou mardi.", "RUSCOP"),
    ("Un ancien ministre irakien a été condamné à dix ans de prison à Bagdad.", "IRQJUD"),
])
def test_passive_arrests_and_sentences_name_the_state_where_they_happen(code_fr, sentence, source):
    event = only(code_fr(sentence), "COERCE")
    assert event.source == [source] and {c[:3] for c in event.target} == {source[:3]}
    assert event.rule.startswith("fr:verb:implicit-agent/")


def test_members_named_after_dont_act_for_their_group(code_fr):
    event = only(code_fr("Les groupes de défense des droits humains, dont Amnesty International, ont condamné ces attaques."), "ACCUSE")
    assert event.source == ["AMNESTY"]


def test_a_participle_with_an_agent_is_aimed_at_the_noun_it_modifies(code_fr):
    event = only(code_fr("La Syrie, accusée par l'opposition libanaise d'avoir commandité l'attentat, a démenti."), "ACCUSE")
    assert event.source == ["LBNOPP"] and event.target == ["SYR"]


def test_an_event_noun_going_on_has_the_parties_named_after_entre(code_fr):
    events = code_fr("Les négociations entre la Russie et l'Ukraine se poursuivent à Istanbul.")
    event = only(events, "CONSULT")
    assert set(event.source) == {"RUS", "UKR"}
    assert not [e for e in events if e.type == "ACCUSE"]  # "se poursuivre" goes on, it does not prosecute


def test_une_manifestation_qui_a_lieu_est_faite_par_les_gens_du_lieu(code_fr):
    event = only(code_fr("Une manifestation a rassemblé 10 000 personnes à Pékin mercredi."), "PROTEST")
    assert event.source == ["CHNCVL"] and "implicit-agent" in event.rule


def test_des_manifestations_qu_aucun_verbe_ne_porte_ne_sont_pas_une_protestation(code_fr):
    # `crowd_nouns` est vide en français : « manifestations » est aussi l'événement culturel
    assert not code_fr("À Paris, les journées du patrimoine sont l'occasion de participer à 736 manifestations "
                       "(expositions, ateliers, conférences).")
    assert not [e for e in code_fr("La police a arrêté les responsables des manifestations à Quito.")
                if e.type == "PROTEST"]


def test_un_nom_inconnu_vise_dans_un_article_sur_un_pays_est_de_ce_pays(code_fr):
    article = ("Le président Emmanuel Macron était à Paris lundi. Le gouvernement français s'est réuni. "
               "Le gouvernement français a accusé Dupontel de corruption.")
    event = only(code_fr(article), "ACCUSE")
    assert event.source == ["FRAGOV"] and event.target == ["FRACVL"]  # un particulier (home-name-person)
    assert event.rule.endswith("/home-name-obj")


def test_l_acteur_apres_anti_n_est_pas_celui_qui_manifeste(code_fr):
    event = only(code_fr("Des milliers de personnes ont participé à une manifestation anti-gouvernementale à Bagdad."),
                 "PROTEST")
    assert event.source == ["IRQCVL"]


def test_le_gerondif_a_pour_source_celle_de_sa_proposition(code_fr):
    event = only(code_fr("Tokyo a réagi hier à ces incidents en protestant officiellement auprès des autorités chinoises."),
                 "ACCUSE")
    assert event.source == ["JPN"] and event.target == ["CHNGOV"]


def test_une_nationalite_apres_le_nom_de_groupe_en_fait_un_acteur_dont_l_empan_couvre_les_deux(code_fr):
    event = only(code_fr("Des manifestants kényans ont attaqué la police à Nairobi."), "ASSAULT")
    assert event.source == ["KENCVL"] and spanned(event, "source") == ["manifestants kényans"]


def test_une_institution_ecrite_comme_un_nom_est_celle_du_pays(code_fr):
    event = only(code_fr("Le Sénat américain a rejeté la proposition de la Maison Blanche."), "REJECT")
    assert event.source == ["USALEG"] and event.target == ["USAGOV"]


def test_revendiquer_un_attentat_nomme_l_assaillant(code_fr):
    event = only(code_fr("Al-Qaida a revendiqué l'attentat de Bagdad."), "ASSAULT")
    assert event.source == ["AQ"]
    assert not [e for e in code_fr("Les grévistes revendiquent une hausse des salaires.") if e.type == "ASSAULT"]


def test_une_proposition_habituelle_n_est_pas_une_nouvelle(code_fr):
    assert not code_fr("De telles manifestations contre le gouvernement se déroulent chaque année à Téhéran.")
    assert only(code_fr("Des manifestations contre le gouvernement se sont déroulées samedi à Téhéran."), "PROTEST")


def test_ordonner_le_retrait_de_ses_soldats_est_un_retrait_sans_cible_chez_soi(code_fr):
    event = only(code_fr("Le président François Hollande a ordonné le retrait de 2 000 soldats français d'Afghanistan."),
                 "RETREAT")
    assert event.source == ["FRAGOV"] and "FRAMIL" not in event.target


def test_manifester_son_opposition_est_une_declaration_visant_l_auteur_de_la_decision(code_fr):
    events = code_fr("Des étudiants canadiens ont manifesté leur opposition à la décision du gouvernement canadien.")
    assert [(e.type, e.source, e.target) for e in events] == [("ACCUSE", ["CANCVL"], ["CANGOV"])]


def test_un_pronom_complement_sans_personne_nommee_dans_un_article_sur_un_pays_est_de_ce_pays(code_fr):
    article = ("Le gouvernement français a présenté lundi un projet de loi. Deux hommes ont manifesté à Paris. "
               "La police française les a arrêtés.")
    event = only(code_fr(article), "COERCE")
    assert event.source[0].startswith("FRA") and event.target == ["FRACVL"]
    assert "/home-pronoun-" in event.rule and spanned(event, "target") == ["les"]


@pytest.mark.parametrize("sentence", [
    "Des milliers de personnes se sont rassemblées ce vendredi sur la place Tahrir au Caire.",
    "Plusieurs milliers de personnes se sont rassemblées vendredi dans le centre de Téhéran.",
])
def test_a_pronominal_verb_the_parser_calls_passive_is_active(code_fr, sentence):
    # the parser gives "se" expl:pass, the subject nsubj:pass and even "sont" aux:pass
    event = only(code_fr(sentence), "PROTEST")
    assert event.source[0].endswith("CVL")


@pytest.mark.parametrize("sentence, target", [
    ("Plusieurs milliers de personnes se sont rassemblées dans le centre de Téhéran pour une "
     "manifestation anti-américaine.", ["USA"]),  # over the place the protest is held in
    ("Les manifestants iraniens ont scandé des slogans anti-israéliens.", ["ISR"]),
])
def test_what_an_anti_phrase_is_against_is_the_target(code_fr, sentence, target):
    event = only(code_fr(sentence), "PROTEST")
    assert event.target == target and event.source == ["IRNCVL"]
    assert event.rule.endswith("/against-modifier")


def test_une_manifestation_qui_reunit_des_gens_n_est_pas_une_reunion(code_fr):
    # "réunir" is a verb of happening here: the event is the protest, not a meeting
    events = code_fr("Une manifestation a réuni des lycéens et des étudiants à Téhéran vendredi.")
    assert only(events, "PROTEST").source == ["IRNCVL"]
    assert not [e for e in events if e.type == "CONSULT"]


def test_les_vols_vers_un_pays_le_concernent(code_fr):
    event = only(code_fr("Washington a annoncé des restrictions sur les vols vers Cuba."), "SANCTION")
    assert event.target == ["CUB"] and event.rule.endswith("/owner-sur")


def test_les_noms_de_groupe_gardent_leurs_accents(code_fr):
    # "armes" (weapons) is not "armés" (armed men): no actor, so no rebel source or target
    events = code_fr("La France a livré des armes au Mali.")
    assert [(e.source, e.target) for e in events if e.type == "AID"] == [(["FRA"], ["MLI"])]
    # an accented group noun is an actor for the prefilter too: the sentence is parsed
    article = ("Le Canada traverse une crise. Le gouvernement canadien a présenté son budget lundi à Ottawa. "
               "Des étudiants ont manifesté mardi devant le campus.")
    assert only(code_fr(article), "PROTEST").source == ["CANCVL"]


@pytest.mark.parametrize("sentence, target", [
    # the participle describes the act: the act's "contre" is the target
    ("Plusieurs attaques contre des chrétiens, revendiquées par la secte islamiste Boko Haram, ont eu "
     "lieu récemment au Nigeria.", ["NGACVL"]),
])
def test_la_cible_d_un_acte_revendique(code_fr, sentence, target):
    event = only(code_fr(sentence), "ASSAULT")
    assert event.source == ["NGAREB"] and event.target == target


def test_condamner_une_attaque_vise_son_auteur_pas_ses_victimes(code_fr):
    events = code_fr("La France a fermement condamné les agressions contre ses journalistes au Caire.")
    assert only(events, "ACCUSE").target == []
    events = code_fr("La France a condamné les frappes de la Russie.")
    assert only(events, "ACCUSE").target == ["RUSMIL"]  # strikes are the military's


def test_un_etat_n_agit_pas_sur_son_propre_gouvernement(code_fr):
    import datetime as dt
    article = ("Le président équatorien Rafael Correa a reçu la demande mardi à Quito. "
               "L'Équateur lui a finalement accordé l'asile politique.")
    events = [e for e in code_fr(article, date=dt.date(2012, 8, 17)) if e.type == "AID"]
    # "lui" is whoever asked (the dictionary does not know him), not Correa's government
    assert events and all("ECUGOV" not in e.target for e in events)


def test_a_meeting_with_an_actor_of_the_same_code_has_no_target(code_fr):
    # both ministers are FRAGOV: the meeting stands, with an empty target (rule own-code)
    event = only(code_fr("Le ministre français de l'Intérieur s'est longuement entretenu avec le ministre "
                         "français des Finances."), "CONSULT")
    assert event.source == ["FRAGOV"] and event.target == [] and event.rule.endswith("/own-code")


def test_a_demonstration_subject_of_its_clause_is_the_protest(code_fr):
    event = only(code_fr("La manifestation a dégénéré dans la soirée à Quito."), "PROTEST")
    assert event.source == ["ECUCVL"] and event.rule.startswith("fr:noun:implicit-agent/")


def test_a_document_subject_speaks_for_its_issuer(code_fr):
    event = only(code_fr("La résolution 1559 des Nations unies exige un retrait total des troupes syriennes du Liban."),
                 "REQUEST")
    assert event.source == ["UN"] and "document-owner" in event.rule


def test_sympathy_said_in_the_first_person_is_the_speakers(code_fr):
    events = code_fr("Le président iranien a parlé mardi à Téhéran. « Mes premières pensées vont aux familles "
                     "des victimes », a-t-il déclaré.")
    event = only(events, "SUPPORT")
    assert event.source == ["IRNGOV"] and event.target == ["IRNCVL"]


def test_a_dialogue_refused_is_aimed_at_its_partner(code_fr):
    event = only(code_fr("L'opposition togolaise refuse tout dialogue avec la Cedeao."), "REJECT")
    assert event.source == ["TGOOPP"] and event.target == ["ECOWAS"]


def test_an_obligation_of_a_thing_is_no_demand_of_whoever_the_thing_names(code_fr):
    # "la corruption ... doit être combattue": no actor is told to do anything
    assert not [e for e in code_fr("Le président chinois a indiqué que « la corruption qui ronge l'ONU "
                                   "doit être combattue ».") if e.type == "REQUEST"]
    event = only(code_fr("Le président français a déclaré que la Russie doit retirer ses troupes."), "REQUEST")
    assert event.source == ["FRAGOV"] and event.target == ["RUS"]


@pytest.mark.parametrize("sentence", [
    "Le président français a déclaré : « La Russie doit retirer ses troupes ».",  # after a colon
    "« La Russie doit retirer ses troupes », a déclaré le président français.",  # inserted reporting verb
    "Selon le président français, la Russie doit retirer ses troupes.",
])
def test_an_obligation_is_a_demand_of_whoever_says_it_in_every_shape_of_reported_speech(code_fr, sentence):
    event = only(code_fr(sentence), "REQUEST")
    assert event.source == ["FRAGOV"] and event.target == ["RUS"]
    # « selon » a document, not a speaker: nobody asks
    assert not [e for e in code_fr("Selon les conventions entre les États-Unis et la Suisse, la Russie doit "
                                   "retirer ses troupes.") if e.type == "REQUEST"]


def test_an_act_done_at_the_request_of_an_actor_is_that_actors_request_of_the_doer(code_fr):
    # rule instigation: « à l'invitation de », « à la demande de »; the asker is no target of the act
    events = code_fr("Le président chinois Hu Jintao s'est rendu à Paris à l'invitation de Nicolas Sarkozy.",
                     date=dt.date(2010, 11, 4))
    request = only(events, "REQUEST")
    assert request.source == ["FRAGOV"] and request.target == ["CHNGOV"]
    assert only(events, "CONSULT").target == ["FRA"]
    request = only(code_fr("Cette étude a été réalisée à la demande du gouvernement allemand."), "REQUEST")
    assert request.source == ["DEUGOV"] and request.target == []


def test_associations_and_organisations_are_the_civil_society_of_the_country(code_fr):
    event = only(code_fr("La Syrie est en guerre depuis dix ans. En Syrie, les associations de défense des droits "
                         "de l'homme ont condamné le gouvernement syrien."), "ACCUSE")
    assert event.source == ["SYRCVL"] and event.target == ["SYRGOV"]


def test_a_passive_attack_with_no_agent_is_by_the_actor_its_attack_noun_names(code_fr):
    # rule attack-agent: "tués lors d'une frappe israélienne", not an event with no source
    events = code_fr("Trois civils palestiniens ont été tués lors d'une frappe israélienne à Gaza.")
    assert any(e.type == "ASSAULT" and e.source == ["ISRMIL"] and e.rule.startswith("fr:verb:attack-agent")
               for e in events)
    # une opération qui tue est une attaque (`armed_operations`)
    events = code_fr("Deux soldats maliens ont été tués lors d'une opération française dimanche.")
    assert any(e.type == "ASSAULT" and e.source[0].startswith("FRA") and e.rule.startswith("fr:verb:attack-agent")
               for e in events)


def test_a_meeting_noun_subject_of_any_clause_is_the_meeting_of_its_parties(code_fr):
    # `alone` on a noun with no agent: the parties are the phrase's own ("entre X et Y"), each
    # conjunct with its owner ("le chef de l'opposition taïwanaise et les dirigeants de Pékin")
    events = code_fr("Cette rencontre entre le chef de l'opposition taïwanaise et les dirigeants de Pékin "
                     "a suscité une certaine irritation.")
    event = only(events, "CONSULT")
    assert sorted(event.source) == ["CHNGOV", "TWNOPP"]
    # no actor in the phrase: no meeting
    assert not code_fr("Cette rencontre a suscité une certaine irritation à Taïwan.")


def test_an_event_noun_naming_its_doer_is_an_event_without_a_verb(code_fr):
    # rule noun-owner: "les sanctions américaines contre la Russie", no verb carries them
    events = [e for e in code_fr("Les sanctions américaines contre la Russie ont pesé sur le rouble.") if e.type == "SANCTION"]
    assert [(e.source, e.target, e.rule) for e in events] == [(["USA"], ["RUS"], "fr:noun:noun-owner/contre")]
    # "l'état d'urgence" needs its own words, not just "État" ("le Conseil d'État")
    assert not [e for e in code_fr("Le Conseil d'État français a rendu son avis mardi.") if e.type == "COERCE"]


def test_a_vote_of_confidence_is_the_parliaments_support_of_the_government(code_fr):
    # fr:voter+confiance
    events = [e for e in code_fr("Le Parlement italien a voté la confiance au troisième gouvernement de Silvio "
                                 "Berlusconi.") if e.type == "SUPPORT"]
    assert [(e.source, e.target) for e in events] == [(["ITALEG"], ["ITAGOV"])]
    assert not [e for e in code_fr("Les électeurs italiens ont voté dimanche.") if e.type == "SUPPORT"]


def test_a_finite_verb_the_parser_tags_as_a_participle_keeps_its_subject(code_fr):
    # finite_endings: "financent" is no past participle, whatever the tagger says
    events = [e for e in code_fr("France Soir indique que les États-Unis financent depuis 13 ans des fondations "
                                 "kirghizes.") if e.type == "AID"]
    assert [e.source for e in events] == [["USA"]]


def test_condemning_a_crime_is_an_accusation_even_with_no_one_named(code_fr):
    # condamner/dénoncer + a violent act (list actes): no target needed
    events = [e for e in code_fr("Le gouvernement malien a dénoncé le massacre de Tombouctou.") if e.type == "ACCUSE"]
    assert [(e.source, e.target) for e in events] == [(["MLIGOV"], [])]


def test_an_adverbial_the_parser_takes_for_the_subject_leaves_it_on_the_auxiliary(code_fr):
    # "a de son côté dénoncé": a subject has no preposition; the real one hangs on "a"
    events = code_fr("Le gouvernement malien a de son côté dénoncé la furie destructrice des rebelles et a "
                     "menacé les auteurs de poursuites.")
    assert {e.type for e in events if e.source == ["MLIGOV"]} >= {"ACCUSE", "THREATEN"}
    # or on the adverbial, as its apposition
    events = code_fr("Sur Twitter, Philippe Gosselin a dénoncé la décision du gouvernement.")
    assert [(e.type, e.source, e.target) for e in events] == [("ACCUSE", ["FRAOPP"], ["FRAGOV"])]


def test_calling_a_strike_is_a_protest(code_fr):
    # fr:appeler+grève: the call to strike is the callers' protest, not a request
    events = code_fr("Les syndicats français ont appelé à la grève le 16 mai.")
    assert [(e.type, e.source) for e in events] == [("PROTEST", ["FRACVL"])]


@pytest.mark.parametrize("sentence", [
    "Le gouvernement français a fait part de son indignation.",
    "Le gouvernement français a fait connaître son indignation face à la décision russe.",
    "Le gouvernement français a exprimé sa désapprobation face à la décision russe.",
])
def test_voicing_indignation_is_an_accusation(code_fr, sentence):
    # fr:exprimer+indignation, fr:faire-part+indignation, fr:faire-connaître+indignation
    events = code_fr(sentence)
    assert [(e.type, e.source) for e in events] == [("ACCUSE", ["FRAGOV"])]
    assert events[0].target in ([], ["RUS"])


def test_facing_anger_is_no_accusation(code_fr):
    assert not code_fr("Le gouvernement français a fait face à la colère des manifestants.")


def test_carrying_out_an_execution_is_an_assault_but_not_of_a_contract(code_fr):
    # fr:noun:exécution:assault: with its light verbs, and someone executed
    event = [e for e in code_fr("Les rebelles syriens ont procédé à l'exécution de soldats syriens.") if e.type == "ASSAULT"]
    assert [(e.source, e.target) for e in event] == [(["SYRREB"], ["SYRMIL"])]
    assert not code_fr("Le gouvernement français a procédé à l'exécution du contrat.")


@pytest.mark.parametrize("sentence, source, target", [
    # a visit to a country: "se rendre en" (the preposition of countries) as well as "à"
    ("Emmanuel Macron se rendra en Inde la semaine prochaine.", ["FRAGOV"], ["IND"]),
    # a participle the parser reads as a noun, its "a" as a copula
    ("La chancelière allemande a téléphoné au président russe.", ["DEUGOV"], ["RUSGOV"]),
    # the parties of talks named with "entre", the noun's lemma misread ("pourparler")
    ("Les pourparlers entre la Corée du Nord et les États-Unis ont échoué à Hanoï.", ["PRK", "USA"], []),
    # a visit said with the noun alone, its doer the owner
    ("La visite du président chinois en France a débuté lundi.", ["CHNGOV"], ["FRA"]),
])
def test_meetings_and_visits(code_fr, sentence, source, target):
    event = only(code_fr(sentence), "CONSULT")
    assert sorted(event.source) == sorted(source) and event.target == target


def test_a_bare_noun_phrase_read_as_an_oblique_is_the_subject(code_fr):
    # the parser makes "citoyens" an oblique and the aside "les islamistes" the subject
    event = only(code_fr("Environ 2 000 citoyens maliens du nord en colère contre les exactions des groupes armés, "
                         "particulièrement les islamistes, qui contrôlent le nord du pays depuis trois mois ont "
                         "manifesté aujourd'hui à Bamako."), "PROTEST")
    assert event.source == ["MLICVL"]


def test_an_organisation_s_own_forces_are_not_the_place_s(code_fr):
    text = ("L'OTAN prévoit de retirer l'intégralité de ses forces en 2014, bien que de nombreux experts restent "
            "sceptiques quant à la capacité des forces afghanes d'assurer seules la sécurité du pays.")
    event = only(code_fr(text), "RETREAT")
    assert event.source == ["NATO"] and event.target == []


def test_what_strikes_are_aimed_at_is_the_target(code_fr):
    event = only(code_fr("Israël a mené des raids aériens visant le Hamas à Gaza."), "ASSAULT")
    assert event.source == ["ISR"] and event.target == ["PSEREB"]


def test_l_acteur_apres_un_prefixe_de_temps_nomme_un_temps(code_fr):
    # time_prefixes : « l'après-Merkel » n'est pas Angela Merkel
    event = only(code_fr("La France a critiqué la politique de l'après-Merkel."), "ACCUSE")
    assert event.target == []
    event = only(code_fr("La France a critiqué la politique de Merkel."), "ACCUSE")
    assert [c[:3] for c in event.target] == ["DEU"]


def test_la_violence_privee_sans_acteur_vise_n_est_pas_politique(code_fr):
    assert not code_fr("Un homme a poignardé deux femmes à Paris lundi.")


def test_manifester_un_sentiment_n_est_pas_manifester(code_fr):
    assert not code_fr("Le ministre russe a manifesté de l'intérêt pour la proposition allemande.")
    assert only(code_fr("Des milliers de personnes ont manifesté à Minsk contre Loukachenko."), "PROTEST")


def test_qui_agit_dans_une_proposition_pour_infinitif_est_le_sujet_de_la_phrase(code_fr):
    event = only(code_fr("Le ministre français des Affaires étrangères est allé à Bamako pour rendre hommage "
                         "aux soldats maliens."), "SUPPORT")
    assert event.source == ["FRAGOV"] and "adverbial-clause" in event.rule


@pytest.mark.parametrize("sentence", [
    "La mission de l'ONU tentera de faire la lumière sur l'attentat.",
    "Les enquêteurs de l'ONU doivent faire la lumière sur l'attentat de Beyrouth.",
])
def test_un_verbe_qui_a_son_propre_objet_ne_porte_pas_le_nom_d_evenement_oblique(code_fr, sentence):
    # « faire la lumière sur l'attentat » : ceux qui enquêtent n'ont pas commis l'attentat
    assert not [e for e in code_fr(sentence) if e.type == "ASSAULT"]


def test_an_infinitive_joined_to_a_participle_is_coordinated_with_the_infinitive_above(code_fr):
    # « pour rendre hommage aux militaires décédés et apporter son soutien aux blessés »: the
    # minister brings support, not the dead soldiers the parser joined the infinitive to
    events = code_fr("Le ministre français des Armées Jean Dupont se rendra au Mali pour rendre hommage aux "
                     "militaires décédés et apporter son soutien aux blessés.")
    assert [e.source for e in events if e.type == "SUPPORT" and e.trigger == "fr:noun:soutien"] == [["FRAGOV"]]


@pytest.mark.parametrize("sentence, target", [
    ("Le président irakien a félicité les Irakiens et leur a demandé de voter.", ["IRQ"]),
    ("Le président irakien a reçu les manifestants et leur a demandé de rentrer chez eux.", ["IRQCVL"]),
])
def test_un_pronom_complement_pluriel_d_un_verbe_coordonne_est_l_objet_du_premier(code_fr, sentence, target):
    # « leur » du second verbe reprend l'objet du premier, comme "asked them" en anglais
    assert only(code_fr(sentence), "REQUEST").target == target


def test_des_projectiles_lances_sur_des_personnes_sont_une_agression(code_fr):
    article = ("Des milliers d'Égyptiens ont manifesté au Caire contre le gouvernement égyptien. "
               "Des manifestants ont jeté des pierres sur les policiers.")
    event = only(code_fr(article), "ASSAULT")
    assert event.source == ["EGYCVL"] and event.target == ["EGYCOP"]


def test_ordonner_un_bombardement_est_une_attaque_de_qui_l_ordonne(code_fr):
    event = only(code_fr("Le président syrien a ordonné le bombardement de la ville rebelle de Homs."), "ASSAULT")
    assert event.source == ["SYRGOV"] and "ordonner+attaque" in event.trigger


def test_boycotter_un_vote_est_une_protestation(code_fr):
    event = only(code_fr("Les députés de l'opposition égyptienne ont boycotté le vote."), "PROTEST")
    assert event.source == ["EGYOPP"] and not event.target


def test_manifester_en_soutien_a_un_acteur_le_soutient(code_fr):
    support = only(code_fr("Des milliers de Togolais ont manifesté à Lomé en soutien au président togolais."), "SUPPORT")
    assert support.target == ["TGOGOV"] and "derived:solidarity" in support.rule


@pytest.mark.parametrize("sentence, target", [
    ("Le président taïwanais a ouvert le dialogue avec les dirigeants chinois.", ["CHNGOV"]),
    ("Le ministre italien des affaires étrangères a participé aux négociations avec l'Iran.", ["IRN"]),
])
def test_ouvrir_le_dialogue_ou_participer_aux_negociations_est_une_consultation(code_fr, sentence, target):
    assert only(code_fr(sentence), "CONSULT").target == target


def test_un_groupe_lie_a_une_organisation_en_est(code_fr):
    event = only(code_fr("Un groupe militaire lié à Al-Qaida a revendiqué la tentative d'assassinat du Premier ministre irakien."),
                 "ASSAULT")
    assert event.source == ["AQ"]


def test_un_jugement_dans_une_citation_poursuivie_n_est_pas_nie_par_ses_mots(code_fr):
    # rule quoted-verdict: « On ne peut pas accepter un tel mépris » accuses, the negation is the speaker's words
    events = code_fr("Le président du groupe socialiste Bruno Le Roux a réagi lundi : « Nous sommes choqués. "
                     "On ne peut pas accepter un tel mépris de notre règlement. »")
    verdicts = [e for e in events if "quoted-verdict" in e.rule]
    assert verdicts and not verdicts[0].negated


def test_les_responsables_d_une_manifestation_en_sont_les_organisateurs(code_fr):
    # a state sector's group noun ("responsables") completed by a protest noun names the
    # protest's organisers, the country's civilians, not its officials
    events = code_fr("À Bamako, des milliers de Maliens ont manifesté. « Nous demandons la libération de notre pays »"
                     " a déclaré Oumar Maïga, l'un des responsables de la manifestation.")
    assert [e.source for e in events if e.type == "REQUEST"] == [["MLICVL"]]
    assert only(code_fr("Les responsables maliens ont arrêté les manifestants à Bamako."), "COERCE").source == ["MLIGOV"]


def test_un_role_appose_a_une_personne_sans_role_a_la_date_est_le_sien(code_fr):
    # Victorin Lurel is known to the dictionary by his later seat (2014-2018); in July 2012 he
    # has no role there, and « ministre des outre-mer » apposed to his name says his role
    events = code_fr("Victorin Lurel, ministre des outre-mer, a apporté son soutien aux militaires blessés.",
                     date=dt.date(2012, 7, 4))
    assert [e.source for e in events if e.type == "SUPPORT"] == [["FRAGOV"]]


def test_un_nom_que_l_analyse_coupe_du_verbe_en_reste_le_sujet(code_fr):
    # the parser makes « Zabihullah Moudjahid, porte-parole des talibans » a sentence of its own
    event = only(code_fr("Zabihullah Moudjahid, porte-parole des talibans, a accusé le gouvernement afghan "
                         "de mentir.", date=dt.date(2020, 6, 1)), "ACCUSE")
    assert (event.source, event.target, event.rule) == (["AFGREB"], ["AFGGOV"], "fr:verb:stranded-subject/obj")
