"""French coder: reported speech, negation, modality, provenance (spans), places and dates."""

from __future__ import annotations

import datetime as dt

import pytest
from coder_fr import code_fr, only, seed_sentences, spanned  # noqa: F401  (fixtures)


# -- reported speech ---------------------------------------------------------------------------
def test_the_speaker_of_a_declaration_is_kept_and_the_reported_event_coded(code_fr, seed_sentences):
    text = seed_sentences["seed-01"]["text"]  # "..., a déclaré ... le ministre russe ... Lavrov"
    event = only(code_fr(text), "REJECT")
    assert (event.source, event.target, event.reported_by) == (["USA"], ["RUS"], ["RUSGOV"])


@pytest.mark.parametrize("sentence, event_type, source, target, reporter", [
    ("Selon le Kremlin, l'Ukraine a attaqué la Russie.", "ASSAULT", ["UKR"], ["RUS"], ["RUSGOV"]),
    # « Pour X, » opening the sentence gives X's view, as « selon X » does
    ("Pour le Kremlin, l'Ukraine a attaqué la Russie.", "ASSAULT", ["UKR"], ["RUS"], ["RUSGOV"]),
    ("Le porte-parole du Kremlin a déclaré que l'Otan menaçait la Russie.", "THREATEN", ["NATO"], ["RUS"], ["RUSGOV"]),
    ("Le ministre ukrainien des Affaires étrangères a affirmé que la Russie avait bombardé Kiev.",
     "ASSAULT", ["RUS"], ["UKR"], ["UKRGOV"]),
])
def test_reported_events(code_fr, sentence, event_type, source, target, reporter):
    events = code_fr(sentence)
    event = only(events, event_type)
    assert (event.source, event.target, event.reported_by) == (source, target, reporter)
    assert len(events) == 1  # reporting is not an event by itself


def test_an_obligation_in_the_view_of_an_actor_is_its_demand(code_fr):
    # « Pour X, Y doit ... » (rule reported-obligation through an opinion opener); « pour »
    # elsewhere in the sentence names no speaker
    event = only(code_fr("Pour Bernard Thibault, secrétaire général de la CGT, le gouvernement français doit agir."),
                 "REQUEST")
    assert (event.source, event.target) == (["FRACVL"], ["FRAGOV"])
    assert not code_fr("Le gouvernement français doit agir pour la CGT, a dit un témoin.")


def test_alleged_past_conditional_keeps_its_reporter_and_is_not_hypothetical(code_fr, seed_sentences):
    text = seed_sentences["seed-14"]["text"]  # "L'Otan aurait déclaré qu'elle ... n'acceptait pas de compromis"
    event = only(code_fr(text), "REJECT")
    assert (event.source, event.target, event.reported_by) == (["NATO"], ["RUS"], ["NATO"])
    assert not event.hypothetical
    event = only(code_fr("Selon Washington, la Russie aurait bombardé un hôpital en Ukraine."), "ASSAULT")
    assert (event.source, event.reported_by, event.hypothetical) == (["RUS"], ["USA"], False)


# -- negation ----------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, event_type", [
    ("La Russie n'a pas attaqué l'Ukraine.", "ASSAULT"),
    ("Moscou n'a ni attaqué ni envahi l'Ukraine.", "ASSAULT"),
    ("La Chine n'a pas condamné l'invasion russe.", "ACCUSE"),
])
def test_a_negated_predicate_is_a_negated_event(code_fr, sentence, event_type):
    assert only(code_fr(sentence), event_type).negated


@pytest.mark.parametrize("sentence, event_type", [
    ("La Russie n'a cessé de menacer l'Ukraine.", "THREATEN"),
    ("Paris n'a pas hésité à condamner Moscou.", "ACCUSE"),
])
def test_litotes_are_not_negations(code_fr, sentence, event_type):
    assert not only(code_fr(sentence), event_type).negated


@pytest.mark.parametrize("sentence, target", [
    ("Le Kremlin n'a pas accepté la proposition de Washington.", ["USA"]),
    ("Moscou n'a jamais accepté les conditions de Kiev.", ["UKR"]),
])
def test_a_refused_acceptance_is_a_reject_not_a_negated_agree(code_fr, sentence, target):
    events = code_fr(sentence)
    event = only(events, "REJECT")
    assert (event.target, event.negated) == (target, False)
    assert not [e for e in events if e.type == "AGREE"]


def test_seed_refused_compromise(code_fr, seed_sentences):
    events = code_fr(seed_sentences["seed-14"]["text"])
    assert [e.type for e in events] == ["REJECT"] and not events[0].negated


# -- modality ----------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, event_type", [
    ("La Russie pourrait attaquer l'Ukraine.", "ASSAULT"),  # possible
    ("Moscou est prêt à négocier avec Washington.", "CONSULT"),  # "prêt à"
    ("Joe Biden rencontrera Vladimir Poutine à Genève.", "CONSULT"),  # future
    ("Moscou va rencontrer Washington à Genève.", "CONSULT"),  # near future
    ("La Russie envisage de déployer des missiles en Biélorussie.", "MOBILIZE"),  # planned
    ("Les États-Unis imposeraient des sanctions à la Russie si elle envahissait l'Ukraine.", "SANCTION"),
])
def test_what_has_not_happened_is_hypothetical(code_fr, sentence, event_type):
    assert only(code_fr(sentence), event_type).hypothetical


@pytest.mark.parametrize("sentence, event_type", [
    ("Le Royaume-Uni fournit des armes à l'Ukraine.", "AID"),  # tagged future by the parser
    ("Les États-Unis ont livré des missiles à l'Ukraine.", "AID"),
])
def test_present_and_past_are_not_hypothetical(code_fr, sentence, event_type):
    assert not only(code_fr(sentence), event_type).hypothetical


def test_a_threat_is_coded_not_what_it_threatens(code_fr):
    events = code_fr("Washington a menacé Moscou de sanctions massives.")
    event = only(events, "THREATEN")
    assert (event.source, event.target) == (["USA"], ["RUS"])
    assert [e.type for e in code_fr("La Russie menace de couper le gaz à la Pologne.")] == ["THREATEN"]


def test_a_pronoun_is_not_resolved_to_a_subject_of_another_number(code_fr):
    # "elle" cannot be "les États-Unis": no ASSAULT of the United States is invented
    events = code_fr("Les États-Unis imposeraient des sanctions à la Russie si elle envahissait l'Ukraine.")
    assert not [e for e in events if e.type == "ASSAULT" and e.source == ["USA"]]


# -- provenance ----------------------------------------------------------------------------------
def test_spans_point_at_source_trigger_and_target(code_fr, seed_sentences):
    event = only(code_fr(seed_sentences["seed-07"]["text"]), "CONSULT")
    assert spanned(event, "source") == ["États-Unis", "Otan"]
    assert spanned(event, "trigger") == ["envoyé", "réponses"]
    assert spanned(event, "target") == ["Moscou"]
    assert event.rule and event.trigger == "fr:envoyer+réponse" and 0 < event.confidence <= 1


def test_spans_of_a_passive(code_fr):
    event = only(code_fr("Des sanctions ont été imposées à la Russie par l'Union européenne."), "SANCTION")
    assert spanned(event, "source") == ["Union européenne"]
    assert spanned(event, "trigger") == ["sanctions", "imposées"]  # in sentence order
    assert spanned(event, "target") == ["Russie"]


# -- places and dates ------------------------------------------------------------------------------
def test_the_place_the_sentence_names(code_fr):
    event = only(code_fr("Sergueï Lavrov a rencontré Antony Blinken à Genève."), "CONSULT")
    assert (event.place.country, event.place.city) == ("CHE", "Geneva")
    assert event.place.lat == pytest.approx(46.2, abs=0.1)


def test_no_place_when_the_sentence_names_none(code_fr):
    assert only(code_fr("Le Japon soutient l'Ukraine."), "SUPPORT").place is None


@pytest.mark.parametrize("seed_id, date, precision", [
    ("seed-01", dt.date(2022, 2, 14), "day"),  # "ce lundi 14 février"
    ("seed-07", dt.date(2022, 1, 31), "month"),  # "Fin janvier"
    ("seed-04", dt.date(2021, 12, 31), "year"),  # "Fin 2021"
])
def test_event_dates_from_the_sentence(code_fr, seed_sentences, seed_id, date, precision):
    record = seed_sentences[seed_id]
    events = code_fr(record["text"], date=dt.date.fromisoformat(record["published"]))
    assert events and all((e.date, e.date_precision) == (date, precision) for e in events)


def test_without_a_date_in_the_sentence_the_publication_day(code_fr):
    event = only(code_fr("Le Japon soutient l'Ukraine.", date=dt.date(2022, 3, 2)), "SUPPORT")
    assert (event.date, event.date_precision) == (dt.date(2022, 3, 2), "published")


@pytest.mark.parametrize("lang, sentence", [
    ("fr", "Evgueni Adamov, ancien ministre russe de l'Énergie (jusqu'au 28 mars 2001), a été arrêté lundi "
           "2 mai 2005 à Berne par les autorités suisses."),
    ("en", "Yevgeny Adamov, Russia's nuclear energy minister until March 2001, was arrested on Monday, "
           "May 2, 2005 in Bern by Swiss police."),
])
def test_a_date_describing_the_subject_does_not_date_the_act(lang, sentence):
    # the act is news of 2 May 2005, not history of 2001 (which would drop it as background)
    from dyads import code_text
    event = only(code_text(sentence, lang=lang, date=dt.date(2005, 5, 4)), "COERCE")
    assert event.date == dt.date(2005, 5, 2) and event.target[0].startswith("RUS")


def test_d_apres_names_the_reporter(code_fr):
    event = only(code_fr("D'après le Pentagone, la Russie a déployé des troupes en Biélorussie."), "MOBILIZE")
    assert (event.source, event.target, event.reported_by) == (["RUS"], ["BLR"], ["USAGOV"])


def test_an_unresolved_speaker_is_not_guessed_from_the_statement(code_fr):
    # "a-t-il précisé": "il" is someone of an earlier sentence, certainly not Ukraine
    event = only(code_fr("Les États-Unis ont livré des missiles à l'Ukraine, a-t-il précisé."), "AID")
    assert event.reported_by == []


@pytest.mark.parametrize("reporting", ["a démenti", "a nié"])
def test_a_denied_event_is_negated(code_fr, reporting):
    events = code_fr(f"Le ministre russe {reporting} que la Russie ait attaqué l'Ukraine.")
    event = only(events, "ASSAULT")
    assert (event.negated, event.reported_by) == (True, ["RUSGOV"])
    assert len(events) == 1  # denying is reporting, not an event of its own


def test_a_reported_conditional_is_a_future(code_fr):
    # "retirerait" (the tagger reads an imperfect) after "a annoncé que": not yet done
    event = only(code_fr("Le Kremlin a annoncé que la Russie retirerait ses troupes."), "RETREAT")
    assert event.hypothetical and event.reported_by == ["RUSGOV"]
    event = only(code_fr("Le Kremlin a annoncé que la Russie retirait ses troupes."), "RETREAT")
    assert not event.hypothetical


def test_what_is_not_ruled_out_is_hypothetical(code_fr):
    assert only(code_fr("La France n'exclut pas d'envoyer des troupes en Ukraine."), "MOBILIZE").hypothetical


@pytest.mark.parametrize("sentence", [
    "L'armée française ne va pas retirer ses troupes du Mali.",
    "L'Otan n'envisage pas de déployer des troupes en Ukraine.",
])
def test_a_negated_intention_negates_what_it_announces(code_fr, sentence):
    events = code_fr(sentence)
    assert len(events) == 1 and events[0].negated and events[0].hypothetical


def test_sport_and_page_furniture_are_not_politics(code_fr):
    assert code_fr("Le Kazakhstan a battu les Pays-Bas en Coupe Davis grâce au match de double.") == []
    assert code_fr("LIRE AUSSI : La Chine accuse les États-Unis d'ingérence à Hong Kong") == []


def test_a_sport_article_codes_only_institutions(code_fr):
    report = ("L'Espagne reste en course en Coupe Davis à Madrid. Rafael Nadal a gagné son match de simple "
              "devant le public du tournoi de tennis. ")
    # l'article parle de sport : les pays y sont des équipes ("menacer" au sens du jeu)
    assert code_fr(report + "La Russie a menacé la Croatie lundi.") == []
    assert only(code_fr("Les négociations ont échoué à Genève. La Russie a menacé la Croatie lundi."), "THREATEN")


def test_what_a_poll_finds_is_opinion_not_an_act(code_fr):
    assert code_fr("Selon un sondage, 60 % des Allemands soutiennent les sanctions contre la Russie.") == []
    assert code_fr("L'Allemagne soutient les sanctions contre la Russie.")


def test_what_an_actor_is_reluctant_or_unable_to_do_is_negated(code_fr):
    assert only(code_fr("La France est réticente à imposer des sanctions contre la Russie."), "SANCTION").negated
    assert not only(code_fr("La France est prête à imposer des sanctions contre la Russie."), "SANCTION").negated


def test_blame_in_reported_speech_accuses_the_clauses_subject(code_fr):
    event = only(code_fr("Le ministre allemand des Affaires étrangères a estimé que la Russie était "
                         "responsable de l'attaque."), "ACCUSE")
    assert event.source == ["DEUGOV"] and event.target == ["RUS"]


@pytest.mark.parametrize("sentence", [
    "La police égyptienne n'est pas parvenue à arrêter les manifestants.",
    "La police égyptienne n'a pas réussi à arrêter les manifestants.",
])
def test_ne_pas_parvenir_a_faire_n_est_pas_faire(code_fr, sentence):
    # `negation_carriers`: the negation of an implicative verb negates its infinitive
    assert only(code_fr(sentence), "COERCE").negated
