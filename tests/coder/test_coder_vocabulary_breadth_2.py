"""Vocabulary breadth, part two (release 50): general event words the lexicon lacked, each with
its family and its equal in the other language: finalizing an agreement (« finaliser un accord »),
a criminal referral and indictments sought, backing up an actor's forces (« épauler »), aligning
with an actor (« s'aligner sur »), complying with a demand (« se conformer à », « obtempérer »),
interrupting a speaker (« interrompre »), examining an actor's conduct (« examiner la conduite »),
chasing a person (« pourchasser »), pursuing a prosecution, stalling aid, retracting one's words
(« se rétracter »), clashes (« heurts ») and assurances given. Each with near misses that must
stay uncoded as that event. Invented sentences."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)

# (language, sentence, type, trigger, source countries or None, target countries or None): the
# first rows fix events on train and dev, the others are their families (kept for unseen news)
CODED = [
    ("en", "Peru and Chile finalized a border agreement on Tuesday.", "AGREE", "en:finalize+agreement",
     {"PER", "CHL"}, None),
    ("en", "Peru and Chile finalised a fishing accord.", "AGREE", "en:finalise+agreement", None, None),
    ("fr", "Le Pérou et le Chili ont finalisé un accord frontalier.", "AGREE", "fr:finaliser+accord",
     {"PER", "CHL"}, None),
    ("en", "The Peruvian prosecutor made a criminal referral of the former minister.", "ACCUSE",
     "en:noun:referral+criminal", {"PER"}, {"PER"}),
    ("en", "Peruvian prosecutors sought indictments against the former minister.", "ACCUSE", "en:noun:indictment",
     None, None),
    ("fr", "Les policiers péruviens, épaulés par des soldats chiliens, ont arrêté trois hommes.", "COOPERATE",
     "fr:épauler", {"CHL"}, {"PER"}),
    ("en", "Chilean soldiers backed up the Peruvian police.", "COOPERATE", "en:back+up", {"CHL"}, {"PER"}),
    ("en", "The Bolivian rebels have now aligned with the Peruvian government.", "COOPERATE", "en:align+with",
     None, None),
    ("fr", "Les rebelles boliviens vont s'aligner sur le gouvernement péruvien.", "COOPERATE", "fr:s'aligner+sur",
     None, None),
    ("en", "The Peruvian government complied with the demands of the miners.", "CONCEDE", "en:comply+with",
     {"PER"}, None),
    ("fr", "Le gouvernement bolivien va se conformer à la résolution de l'ONU.", "CONCEDE", "fr:se+conformer",
     None, {"UN"}),
    ("en", "The Peruvian president was interrupted by opposition lawmakers.", "PROTEST", "en:interrupt", None, {"PER"}),
    ("fr", "Le président péruvien a été interrompu par les députés de l'opposition.", "PROTEST", "fr:interrompre",
     None, {"PER"}),
    ("en", "Peruvian prosecutors examined the conduct of the Chilean ambassador.", "ACCUSE", "en:examine+conduct",
     None, {"CHL"}),
    ("fr", "La justice péruvienne a examiné la conduite du ministre chilien.", "ACCUSE", "fr:examiner+conduite",
     None, {"CHL"}),
    ("en", "Peruvian police chased the Chilean smuggler on foot.", "COERCE", "en:chase+actor", None, None),
    ("fr", "La police péruvienne a pourchassé le contrebandier chilien.", "COERCE", "fr:pourchasser", None, None),
    ("en", "Peru will pursue the prosecution of the Chilean president.", "ACCUSE", "en:pursue+prosecution",
     None, {"CHL"}),
    ("en", "The Peruvian government stalled military aid to Bolivia.", "SANCTION", "en:stall+aid", None, {"BOL"}),
    ("en", "The Peruvian minister retracted his remarks about Bolivia.", "CONCEDE", "en:retract", None, None),
    ("en", "The Peruvian broadcaster withdrew the video after protests.", "CONCEDE", "en:withdraw+remarks", None, None),
    ("fr", "Le ministre péruvien s'est rétracté.", "CONCEDE", "fr:se+rétracter", None, None),
    ("fr", "Des heurts entre la police péruvienne et l'armée bolivienne ont éclaté.", "ASSAULT", "fr:noun:heurt",
     {"PER", "BOL"}, None),
    ("en", "Peru gave assurances to Bolivia that it would withdraw.", "AGREE", "en:noun:assurance", None, {"BOL"}),
    ("fr", "Le Pérou a donné des assurances à la Bolivie.", "AGREE", "fr:noun:assurance", None, {"BOL"}),
    ("en", "The Peruvian government's dealings with Bolivia were questioned.", "CONSULT", "en:noun:dealing",
     {"PER"}, {"BOL"}),
]

# (language, sentence, type): the same words in another sense code no such event
NEAR_MISSES = [
    ("en", "The Peruvian ministry finalized its annual report.", "AGREE"),
    ("en", "The Peruvian airline finalized a deal to buy twenty jets.", "AGREE"),  # a purchase
    ("fr", "Le ministère péruvien a finalisé son budget.", "AGREE"),
    ("en", "The Peruvian doctor made a referral of the patient to a specialist.", "ACCUSE"),
    ("en", "The Peruvian ministry backed up its computer files.", "COOPERATE"),
    ("en", "The Peruvian figures aligned with the forecasts.", "COOPERATE"),
    ("en", "The Peruvian ship complies with safety standards.", "CONCEDE"),
    ("en", "Peruvian television interrupted its coverage to honour the late president.", "PROTEST"),
    ("en", "Peruvian doctors examined the patient on Monday.", "ACCUSE"),
    ("en", "Peru's best runner chased the world record.", "COERCE"),
    ("en", "Talks between Peru and Bolivia stalled in March.", "SANCTION"),
    # English "clash" is as often a quarrel: no noun entry, the verb's own senses decide
    ("en", "The clash between the Peruvian cabinet and parliament over the budget deepened.", "ASSAULT"),
    ("fr", "La compagnie d'assurance péruvienne a augmenté ses tarifs.", "AGREE"),
]


def _code(request, lang, sentence):
    return request.getfixturevalue(f"code_{lang}")(sentence)


@pytest.mark.parametrize("lang, sentence, event_type, trigger, source, target", CODED)
def test_event_word_is_coded(request, lang, sentence, event_type, trigger, source, target):
    found = [e for e in _code(request, lang, sentence) if e.type == event_type]
    assert [e.trigger for e in found] == [trigger]
    if source is not None:
        assert countries(found[0].source) == source
    if target is not None:
        assert countries(found[0].target) == target


@pytest.mark.parametrize("lang, sentence, event_type", NEAR_MISSES)
def test_word_in_another_sense_is_not_coded(request, lang, sentence, event_type):
    assert not [e for e in _code(request, lang, sentence) if e.type == event_type]
