"""News sentences of the kinds the held-out evaluation showed the coder missing, French and
English side by side: group nouns with no country of their own, places as targets, French
contractions and measure words, lists, raised objects, possessives, and the lexicon gaps
(repelled attacks, raids, suspended broadcasts, helmets sent). Also sentences that hold no
event, so that the wider group nouns and place targets do not invent one.

Codes are compared at country level, as `dyads eval` does by default."""

from __future__ import annotations

import datetime as dt

import pytest
from coder_en import code_en  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)

from dyads.evaluate import strip_sector

DAY = dt.date(2024, 6, 15)


def dyads_of(events) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return {(e.type, frozenset(map(strip_sector, e.source)), frozenset(map(strip_sector, e.target))) for e in events}


def expect(events, event_type: str, source: str, target: str) -> None:
    """One event of `event_type` from `source` to `target` ("" for no target; "A,B" for several)."""
    key = (event_type, frozenset(source.split(",")), frozenset(t for t in target.split(",") if t))
    assert key in dyads_of(events), f"expected {key}, got {sorted(map(str, dyads_of(events)))}"


CASES = [
    # group nouns: French adjectives after the noun, protesters standing for their country
    ("fr", "Des manifestants arméniens ont bloqué les routes pendant plusieurs heures.", "PROTEST", "ARM", ""),
    ("fr", "Des milliers de manifestants se sont rassemblés à Bakou contre le gouvernement.", "PROTEST", "AZE", "AZE"),
    ("en", "Hundreds of people marched in Yerevan against the prime minister.", "PROTEST", "ARM", "ARM"),
    ("fr", "Des hommes armés ont enlevé une dizaine de villageois dans le centre du Mali.", "ASSAULT", "MLI", "MLI"),  # abducting is CAMEO 181, ASSAULT (gold/GUIDELINES.md)
    ("en", "Israeli settlers attacked Palestinian farmers near Hebron.", "ASSAULT", "ISR", "PSE"),
    # French contractions: "au Mali", "du Tchad"
    ("fr", "L'Allemagne a suspendu son aide militaire au Tchad.", "SANCTION", "DEU", "TCD"),
    ("fr", "La Russie a fourni des hélicoptères de combat au Burkina Faso.", "AID", "RUS", "BFA"),
    # the place of an attack or a show of force is its target
    ("en", "Russian drones hit a power plant in Odesa overnight.", "ASSAULT", "RUS", "UKR"),
    ("fr", "Des missiles russes ont touché une centrale électrique à Odessa.", "ASSAULT", "RUS", "UKR"),
    ("fr", "La marine chinoise a organisé des manœuvres autour de Taïwan.", "MOBILIZE", "CHN", "TWN"),
    ("en", "Russia deployed additional troops along its border with Finland.", "MOBILIZE", "RUS", "FIN"),
    # ... but a state deploying at home aims at no one
    ("fr", "Le gouvernement a envoyé l'armée dans les rues de Dakar.", "MOBILIZE", "SEN", ""),
    # French measure words: "des dizaines de roquettes"
    ("fr", "Le Hamas a tiré des centaines de roquettes sur le sud d'Israël.", "ASSAULT", "PSE", "ISR"),
    # lists whose middle the parser hangs as an apposition
    # (condemning an attack aims at its author, here unnamed, not at its victim: no target; this
    # line expected ISR, which would read as France accusing Israel)
    ("fr", "La France, l'Italie et l'Allemagne ont condamné l'attaque contre Israël.", "ACCUSE", "FRA,ITA,DEU", ""),
    ("en", "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.", "RETREAT", "MLI,BFA,NER", "ECOWAS"),
    ("en", "Slovenia, Armenia and Jamaica recognised Palestine.", "SUPPORT", "SVN,ARM,JAM", "PSE"),
    # English objects parsed as the subject of the following infinitive
    ("en", "Romania allowed American warplanes to use its airspace.", "COOPERATE", "ROU", "USA"),
    ("en", "Germany pledged to help Moldova protect its borders.", "AGREE", "DEU", "MDA"),
    # possessives: "its air defences" are the speaker's
    ("en", "The Ukrainian air force said its air defences shot down 30 Russian drones overnight.", "ASSAULT", "UKR", "RUS"),
    # French quotes: the reporting verb hangs on the quote, "nous" is its speaker
    ("fr", "« Nous allons envoyer des munitions à l'Ukraine », a annoncé le ministre suédois de la Défense.", "AID", "SWE", "UKR"),
    # lexicon: repelled attacks, raids, pushed-back troops, suspended broadcasts, lawsuits, rallies
    ("en", "Israeli forces repelled a Hezbollah attack near the border.", "ASSAULT", "ISR", "LBN"),
    ("fr", "L'armée malienne a repoussé une attaque des jihadistes du JNIM.", "ASSAULT", "MLI", "MLI"),
    ("en", "Israeli troops raided a village near Jenin on Monday.", "ASSAULT", "ISR", "PSE"),
    ("en", "Ukrainian forces pushed back Russian troops from the outskirts of Kharkiv.", "ASSAULT", "UKR", "RUS"),
    ("fr", "Les forces ukrainiennes ont repoussé les troupes russes hors de la ville.", "ASSAULT", "UKR", "RUS"),
    ("en", "Mali suspended the broadcasts of France 24.", "COERCE", "MLI", "FRA"),
    ("fr", "Le Niger a suspendu la diffusion de la BBC.", "COERCE", "NER", "GBR"),
    ("en", "Ukraine filed a case against Russia at the International Court of Justice.", "ACCUSE", "UKR", "RUS"),
    ("en", "Demonstrators rallied outside the Russian embassy in Warsaw.", "PROTEST", "POL", "RUS"),
    ("en", "Canada will send 2,000 helmets and body armour vests to Ukraine.", "AGREE", "CAN", "UKR"),
    ("fr", "Le Canada va livrer 2 000 casques et gilets pare-balles à l'Ukraine.", "AID", "CAN", "UKR"),
    ("en", "Hezbollah fired dozens of rockets at northern Israel.", "ASSAULT", "LBN", "ISR"),
    # calling someone's act "illegal" disapproves of it
    ("en", "Ankara called the Greek decision \"illegal\".", "ACCUSE", "TUR", "GRC"),
    # own forces put on alert are no target; the border named is
    ("en", "Armenia put its army on high alert along the border with Azerbaijan.", "MOBILIZE", "ARM", "AZE"),
    # handing hostages over, lifting martial law, cutting gas transit
    ("fr", "Le Hamas a remis deux otages israéliens à la Croix-Rouge.", "RETREAT", "PSE", "ICRC"),
    ("fr", "Le président bolivien a levé la loi martiale.", "CONCEDE", "BOL", ""),
    ("en", "The Bolivian president lifted martial law.", "CONCEDE", "BOL", ""),
    ("fr", "La Moldavie a coupé le transit du gaz russe.", "SANCTION", "MDA", "RUS"),
    ("en", "Moldova cut the transit of Russian gas.", "SANCTION", "MDA", "RUS"),
    ("fr", "La Géorgie s'est mise d'accord avec l'Union européenne sur un plan d'action.", "AGREE", "GEO", "EU"),
    # civilians storming or occupying a building riot, they do not wage war
    ("en", "Protesters stormed the parliament building in Belgrade.", "PROTEST", "SRB", "SRB"),
    ("fr", "Des étudiants ont occupé l'université de Belgrade pour protester contre la corruption.", "PROTEST", "SRB", "SRB"),
    # French verbs whose past takes "être" are not passives
    # a protest at home is not aimed at the place it is held in (gold/GUIDELINES.md: against whom)
    ("fr", "Des milliers de Slovaques sont descendus dans la rue à Bratislava.", "PROTEST", "SVK", ""),
    ("fr", "Le ministre indien est arrivé à Pékin pour des entretiens avec son homologue.", "CONSULT", "IND", "CHN"),
    ("en", "The Indian foreign minister arrived in Beijing for talks.", "CONSULT", "IND", "CHN"),
    ("fr", "La Jordanie accueille des réfugiés syriens.", "AID", "JOR", "SYR"),
    # a bare place name after the verb that the parser leaves as an oblique is its object
    ("fr", "Moscou a averti Tbilissi contre tout rapprochement avec l'Union européenne.", "THREATEN", "RUS", "GEO"),
    ("fr", "Chisinau a exclu toute négociation avec Tiraspol sur le statut de la région.", "REJECT", "MDA", ""),
    # an announced delivery to a state is aid
    ("en", "Norway announced the delivery of six F-16 jets to Ukraine.", "AID", "NOR", "UKR"),
    ("fr", "La Norvège a annoncé la livraison de six F-16 à l'Ukraine.", "AID", "NOR", "UKR"),
]


@pytest.mark.parametrize("lang,sentence,event_type,source,target", CASES)
def test_news_sentences_are_coded(code_en, code_fr, lang, sentence, event_type, source, target):
    code = code_en if lang == "en" else code_fr
    expect(code(sentence, date=DAY), event_type, source, target)


NO_EVENT = [
    ("en", "Thousands of people attended the concert in Madrid on Saturday."),
    ("fr", "Des milliers de personnes ont assisté au concert samedi à Madrid."),
    ("en", "The army celebrated its 80th anniversary in Warsaw."),
    ("fr", "L'armée a célébré son 80e anniversaire à Varsovie."),
    ("en", "Students returned to school in Italy on Monday."),
    ("fr", "Les élèves ont fait leur rentrée lundi en Italie."),
    # soldiers parading are not demonstrators
    ("fr", "Les militaires ivoiriens ont défilé à Abidjan pour la fête de l'indépendance."),
    ("en", "Russian soldiers marched on Red Square for Victory Day."),
]


@pytest.mark.parametrize("lang,sentence", NO_EVENT)
def test_sentences_without_an_event_stay_empty(code_en, code_fr, lang, sentence):
    code = code_en if lang == "en" else code_fr
    assert code(sentence, date=DAY) == []


@pytest.mark.parametrize("lang,sentence", [
    ("en", "North Korea fired a ballistic missile into the Sea of Japan."),
    ("fr", "La Corée du Nord a tiré un missile balistique en mer du Japon."),
])
def test_a_sea_named_after_a_country_is_not_that_country(code_en, code_fr, lang, sentence):
    code = code_en if lang == "en" else code_fr
    assert all("JPN" not in map(strip_sector, e.target) for e in code(sentence, date=DAY))


@pytest.mark.parametrize("lang,sentence,negated", [
    ("fr", "L'Iran a tiré plus de 200 missiles sur Israël.", False),  # "plus de": a quantity
    ("fr", "L'Iran n'a plus tiré de missiles sur Israël depuis avril.", True),
    ("en", "Iran fired more than 200 missiles at Israel.", False),
    ("en", "Iran has not fired missiles at Israel since April.", True),
])
def test_negation_words_that_also_count(code_en, code_fr, lang, sentence, negated):
    code = code_en if lang == "en" else code_fr
    events = [e for e in code(sentence, date=DAY) if e.type == "ASSAULT"]
    assert events and all(e.negated is negated for e in events), [(e.type, e.negated) for e in events]
