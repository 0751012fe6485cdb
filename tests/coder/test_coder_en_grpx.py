"""Group nouns with no country of their own ("senators", "students", « les députés ») in an
article about one country, in a sentence that names another country only as what they act on
(the object or "against" phrase of their own clause): they are the article's country's, not
the country they aim at (groups._aims_at_only)."""

from __future__ import annotations

import pytest

from coder_en import code_en, countries, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)

US = "The US Congress met in Washington on Monday to debate the budget. The Senate voted on the bill. "
HONG_KONG = "Hong Kong police arrested 20 people in Hong Kong on Monday. Hong Kong's legislature met. "


@pytest.mark.parametrize("text, event_type, source, target", [
    (US + "Senators criticized Iran.", "ACCUSE", {"USA"}, {"IRN"}),
    (US + "Lawmakers condemned Russia for the attack.", "ACCUSE", {"USA"}, {"RUS"}),
    (HONG_KONG + "Students protested against China.", "PROTEST", {"HKG"}, {"CHN"}),
    (HONG_KONG + "Thousands of protesters marched against China.", "PROTEST", {"HKG"}, {"CHN"}),
])
def test_group_aiming_at_a_country_is_the_articles(code_en, text, event_type, source, target):
    event = only(code_en(text), event_type)
    assert countries(event.source) == source and countries(event.target) == target


@pytest.mark.parametrize("text, event_type, source", [
    # the country names whose police it is, in a clause above theirs
    (US + "Iran's government said the police arrested 20 protesters.", "COERCE", {"IRN"}),
    # the country is where they act
    (US + "Police in Iran arrested 20 protesters.", "COERCE", {"IRN"}),
])
def test_group_of_the_country_named_elsewhere_keeps_it(code_en, text, event_type, source):
    event = only(code_en(text), event_type)
    assert countries(event.source) == source


def test_french_deputies_aiming_at_a_country(code_fr):
    text = ("Le Parlement français a débattu du budget à Paris lundi. L'Assemblée nationale a voté. "
            "Les députés ont critiqué l'Iran.")
    event = only(code_fr(text), "ACCUSE")
    assert countries(event.source) == {"FRA"} and countries(event.target) == {"IRN"}


def test_passive_agent_is_no_country_of_the_group(code_en):
    text = ("Yemen's government fought the Houthis in Aden. Yemeni forces attacked Houthi positions in Yemen. "
            "The rebels are backed by Iran.")
    event = only(code_en(text), "SUPPORT")
    assert countries(event.source) == {"IRN"} and countries(event.target) == {"YEM"}


def test_no_main_country_leaves_the_group_unresolved(code_en):
    assert not [e for e in code_en("Senators criticized Iran.") if e.type == "ACCUSE"]
