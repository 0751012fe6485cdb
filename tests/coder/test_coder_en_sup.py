"""English coder: recall of SUPPORT, CONCEDE, AGREE, COOPERATE, CONSULT and AID shapes
(helper `sup`); invented news sentences, one per class."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence, event_type, source, target", [
    # crediting someone with a feat is praise
    ("The French president credited Germany with saving the euro.", "SUPPORT", {"FRA"}, {"DEU"}),
    ("The Kenyan government credited Uganda for the capture of the rebels.", "SUPPORT", {"KEN"}, {"UGA"}),
    # talking to an actor is a meeting (not talking to reporters)
    ("The Indian foreign minister talked to Pakistan about the border.", "CONSULT", {"IND"}, {"PAK"}),
    # a hearing held with outsiders, a trip made to a place
    ("The Indian parliament held a hearing with Chinese diplomats.", "CONSULT", {"IND"}, {"CHN"}),
    ("The Japanese prime minister's trip to Beijing was a success.", "CONSULT", {"JPN"}, {"CHN"}),
    # a bill suspended or shelved: a concession (by the government when no one is named)
    ("The Indonesian government shelved the labour bill after the protests.", "CONCEDE", {"IDN"}, set()),
    ("In Hong Kong, the extradition bill was suspended after the protests.", "CONCEDE", {"HKG"}, set()),
    # dropping a bid, giving up with no object: a climb-down
    ("The Kenyan government dropped its bid to host the summit.", "CONCEDE", {"KEN"}, set()),
    ("After weeks of protests, the Serbian government finally gave up.", "CONCEDE", {"SRB"}, set()),
    # the aim of a meeting or a visit is an act of its own (hypothetical), not the meeting's content
    ("The Greek prime minister flew to Nicosia to sign an agreement with Cyprus.", "SUPPORT", {"GRC"}, {"CYP"}),
    # owning up to one's failings
    ("The Russian defence minister acknowledged serious failures in the mobilisation.", "CONCEDE", {"RUS"}, set()),
])
def test_support_concede_consult_shapes(code_en, sentence, event_type, source, target):
    event = only(code_en(sentence), event_type)
    assert countries(event.source) == source and countries(event.target) == target


@pytest.mark.parametrize("sentence, event_type", [
    ("The Indian foreign minister talked to reporters in Delhi.", "CONSULT"),   # the press is no party
    ("Speaking to CNN News, the Saudi foreign minister said the case was closed.", "CONSULT"),  # nor a news outlet
    ("The French president gave up his seat to a Spanish minister.", "CONCEDE"),  # an object: no climb-down
    ("The French minister acknowledged the victory of the opposition.", "CONCEDE"),  # no failing owned
    ("Brazil's foreign minister acknowledged that talks with Argentina had failed.", "CONCEDE"),  # nor one's own
    ("A US lawyer pleaded guilty to fraud charges in a Manhattan court.", "CONCEDE"),  # a guilty plea: not coded
    ("A US lawyer pleaded guilty to fraud charges in a Manhattan court.", "REQUEST"),  # nor a plea for something
])
def test_shapes_that_are_no_event(code_en, sentence, event_type):
    assert not [e for e in code_en(sentence) if e.type == event_type]


def test_giving_up_on_someone_concedes_nothing_to_them(code_en):
    event = only(code_en("The Kenyan government has given up on Uganda."), "CONCEDE")
    assert event.target == []


@pytest.mark.parametrize("sentence", [
    "The US secretary of state spoke with the Iranian foreign minister through a back channel.",
    "The Russian president spoke with the US president about the International Space Station.",
])
def test_a_topic_or_a_means_of_talks_is_no_press(code_en, sentence):
    """Words of the press that are also topics or means ("a back channel", "the Space Station")
    do not make a meeting an interview ("news" stays a press word: "Speaking to CNN News")."""
    assert only(code_en(sentence), "CONSULT")


def test_a_city_visited_does_not_make_the_visit_s_aim(code_en):
    """"visited Tehran to demand ...": the visitor demands (the city visited is no controller of
    the aim, as "forced Iran to withdraw" makes Iran withdraw)."""
    event = only(code_en("The Iraqi prime minister visited Tehran to demand that Iran stop the shelling."), "REQUEST")
    assert event.source == ["IRQGOV"]


def test_a_plea_in_court_is_not_coded(code_en):
    """No guilty or not-guilty plea of the train and dev gold is an event; "not" is not told from
    the verb's own negation ("did not plead guilty")."""
    for sentence in ("A former Brazilian minister pleaded not guilty to the corruption charges.",
                     "The former Brazilian minister did not plead guilty."):
        assert not code_en(sentence)
