"""French trigger entries: senses of a verb that are not the entry's act, as in English
(invented sentences): a letter or a petition signed is no agreement; trade is no event, selling
arms is aid; monitoring an election is no repression; posting a message mobilises no one;
honouring a commitment praises no one; conferring powers, holding an office (« assurer la
présidence ») and relaunching talks or the economy are no talks, promise or demand; searching
rubble coerces no one; limiting one's own intervention sanctions no one."""

from __future__ import annotations

import pytest

from coder_en import countries, only
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, event_type", [
    ("Les députés allemands ont signé une pétition contre la Russie.", "SUPPORT"),
    ("La France a acheté du gaz russe.", "COOPERATE"),
    ("L'OSCE a surveillé les élections russes.", "COERCE"),
    ("L'Union européenne a surveillé le vote des Ukrainiens.", "COERCE"),
    ("Le ministre russe a posté une vidéo sur Twitter.", "MOBILIZE"),  # a message, no forces
    ("Le gouvernement grec honorera ses engagements envers l'Union européenne.", "SUPPORT"),
    ("Le Parlement russe a conféré de nouveaux pouvoirs à Poutine.", "CONSULT"),  # granted, no talks
    ("La Russie assure la présidence du Conseil de sécurité de l'ONU.", "AGREE"),  # an office held
    ("La France veut relancer les négociations avec l'Iran.", "REQUEST"),  # talks resumed, no demand
    ("La police libanaise a fouillé les décombres à Beyrouth.", "COERCE"),  # a search for victims
    ("Le ministère a limité son intervention à la Syrie.", "SANCTION"),  # no exchanges restricted
    ("Le gouvernement français a imposé une loi sur le voile.", "COERCE"),  # a law, no martial law
])
def test_entries_of_another_sense_code_nothing(code_fr, sentence, event_type):
    assert not [e for e in code_fr(sentence) if e.type == event_type]


@pytest.mark.parametrize("sentence, event_type, source, target", [
    ("La Russie a vendu des missiles à la Syrie.", "AID", {"RUS"}, {"SYR"}),
    ("La police russe surveille les opposants.", "COERCE", {"RUS"}, {"RUS"}),
    ("La Russie a posté des soldats à la frontière ukrainienne.", "MOBILIZE", {"RUS"}, {"UKR"}),
    ("La France a assuré le Mali de son soutien.", "AGREE", {"FRA"}, {"MLI"}),
    ("La police russe a fouillé le domicile de l'opposant.", "COERCE", {"RUS"}, {"RUS"}),
    ("L'armée thaïlandaise a décrété la loi martiale à Bangkok.", "COERCE", {"THA"}, {"THA"}),
    ("La France veut relancer les négociations avec l'Iran.", "CONSULT", {"FRA"}, {"IRN"}),
    ("L'Iran et les États-Unis ont repris les négociations.", "CONSULT", {"IRN", "USA"}, set()),
])
def test_entries_of_their_sense_still_code(code_fr, sentence, event_type, source, target):
    event = only(code_fr(sentence), event_type)
    assert countries(event.source) == source and countries(event.target) == target


def test_politicians_clash_with_words(code_fr):
    events = code_fr("Marine Le Pen et Emmanuel Macron se sont affrontés lors du débat.")
    assert only(events, "ACCUSE") and not [e for e in events if e.type == "ASSAULT"]
    assert only(code_fr("La police a affronté les manifestants à Paris."), "ASSAULT")
