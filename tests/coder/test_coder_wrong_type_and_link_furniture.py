"""Events of the wrong type, and text that is no news (gold/GUIDELINES.md sections 1-2):
agreeing WITH a view or a ruling is approval (SUPPORT), not a commitment (AGREE); an armed
group blocking supply routes is no protest; a link's headline opened by "Also on <site>" is
page furniture; in a sport article a pronoun names no state's institution. Invented
sentences; each shape has a near miss that stays coded."""

from __future__ import annotations

import pytest

from coder_en import code_en, only  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)


@pytest.mark.parametrize("sentence", [
    "The Canadian government said it agreed with the court's ruling on the pipeline.",
    "Germany agreed with the Commission's assessment of the Polish reforms.",
])
def test_agreeing_with_a_view_is_support(code_en, sentence):
    events = code_en(sentence)
    assert [e.type for e in events] == ["SUPPORT"]


@pytest.mark.parametrize("sentence", [
    "Russia agreed with Ukraine on a ceasefire.",
    "The European Union agreed on a joint statement on Iran.",
    "Iran agreed to resume talks with the IAEA.",
])
def test_agreeing_to_or_on_stays_agree(code_en, sentence):
    assert only(code_en(sentence), "AGREE")


def test_an_armed_blockade_of_supply_routes_is_no_protest(code_en, code_fr):
    assert [e.type for e in code_en("Syrian rebels blocked the supply roads to Aleppo.")] != ["PROTEST"]
    assert all(e.type != "PROTEST" for e in code_fr("Les rebelles syriens ont bloqué les voies d'approvisionnement d'Alep."))
    # the protesters' road blocks stay protests
    assert only(code_en("Lebanese protesters blocked the roads to the parliament in Beirut."), "PROTEST")
    assert only(code_fr("Des manifestants libanais ont bloqué les routes de Beyrouth."), "PROTEST")


def test_a_link_headline_after_a_site_address_is_furniture(code_en):
    assert code_en("Also on rt.com Russia accused the United States of meddling in Bolivia.") == []
    assert code_en("More on bbc.co.uk China condemned Japan over the islands.") == []
    # the same words as the body's sentence are coded
    assert only(code_en("Also on Monday, Russia accused the United States of meddling in Bolivia."), "ACCUSE")


def test_in_a_sport_article_a_pronoun_names_no_institution(code_en):
    report = ("Spain stayed alive in the Davis Cup Finals in Madrid. Rafael Nadal won his singles match "
              "and the doubles tie went to a deciding set before the tennis crowd. ")
    assert code_en(report + "The Russian government spoke on Monday. It condemned Croatia.") == []
    # named in the sentence, the institution still makes it politics
    assert only(code_en(report + "The Russian government condemned Croatia on Monday."), "ACCUSE")
    # and outside a sport article the pronoun's antecedent codes it
    assert only(code_en("The talks collapsed. The Russian government spoke on Monday. It condemned Croatia."), "ACCUSE")
