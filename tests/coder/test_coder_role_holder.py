"""A bare role ("the president", « le président ») far from its holder's title: the holder the
article itself named with that role, whose name came last (rule role-holder in RULES.md), not
a person of the role's sector the few sentences before happen to name without the title."""

from __future__ import annotations

from coder_en import code_en  # noqa: F401  (fixture)
from coder_fr import code_fr  # noqa: F401  (fixture)

import datetime as dt


def dyads(events, start: str) -> set[tuple[str, str, str]]:
    return {(e.type, ",".join(sorted(e.source)), ",".join(sorted(e.target)))
            for e in events if e.sentence.startswith(start)}


ARTICLE = ("United States President Donald Trump announced on Sunday that American troops would leave Syria. "
           "Trump defended the withdrawal on Twitter. "
           "The Kurds fought the Islamic State in Syria for five years. "
           "Thousands of fighters died in the battle for Raqqa. "
           "The fighting destroyed much of the city. "
           "Senator Lindsey Graham spoke on Fox News on Monday. "
           "He said the Kurds would now have to turn to Assad. "
           "Assad has ruled Syria since 2000. ")


def test_the_president_is_the_holder_the_article_titled_not_the_head_of_state_named_last(code_en):
    events = code_en(ARTICLE + "Graham also criticised the president.", date=dt.date(2019, 10, 8))
    assert ("ACCUSE", "USALEG", "USAGOV") in dyads(events, "Graham also")


def test_with_no_holder_titled_the_role_stays_the_one_of_its_sector_named_before(code_en):
    # near miss: the article never calls Trump "President"; Assad, a head of state the
    # dictionary knows, is the only government person in the sentences before
    untitled = ARTICLE.replace("United States President Donald Trump", "Donald Trump")
    events = code_en(untitled + "Graham also criticised the president.", date=dt.date(2019, 10, 8))
    assert ("ACCUSE", "USALEG", "USAGOV") not in dyads(events, "Graham also")


def test_le_president_is_the_holder_the_article_titled_french(code_fr):
    events = code_fr("Le président américain George W. Bush a annoncé lundi le retrait de ses troupes d'Irak. "
                     "Bush a défendu cette décision à la télévision. "
                     "Les combats ont fait des milliers de morts en Irak depuis 2003. "
                     "La ville de Falloujah a été détruite. "
                     "Le sénateur John Kerry s'est exprimé mardi sur CNN. "
                     "Il a dit que les Kurdes devraient se tourner vers Talabani. "
                     "Talabani dirige l'Irak depuis avril. "
                     "Kerry a aussi critiqué le président.", date=dt.date(2005, 10, 8))
    assert ("ACCUSE", "USALEG", "USAGOV") in dyads(events, "Kerry a aussi")
