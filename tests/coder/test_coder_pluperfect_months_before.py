"""`months-before`: an act told in the pluperfect ("had signed", « avait été signé ») that its own
clause dates by a day, a week or a month lying months before the article is backstory, not news.
The simple past, the present perfect, a date days back and a date of a governing clause stay."""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.coder import articles
from dyads.coder.articles import code_text

DAY = dt.date(2012, 7, 4)


def _types(sentence: str, lang: str) -> list[str]:
    return [e.type for e in code_text(sentence, lang=lang, date=DAY)]


@pytest.mark.parametrize("sentence, lang", [
    ("La France avait signé un traité avec l'Allemagne en février.", "fr"),
    ("Le traité avait été signé en janvier par les gouvernements de la France et de l'Allemagne.", "fr"),
    ("France had signed a treaty with Germany in February.", "en"),
    ("The treaty had been signed in January by the governments of France and Germany.", "en"),
])
def test_pluperfect_dated_months_back_is_backstory(sentence, lang):
    assert _types(sentence, lang) == []


@pytest.mark.parametrize("sentence, lang", [
    ("La France avait signé un traité avec l'Allemagne en février.", "fr"),
    ("France had signed a treaty with Germany in February.", "en"),
])
def test_the_rule_is_what_drops_them(sentence, lang, monkeypatch):
    # the test can fail: with the threshold beyond the date, the act is coded again
    monkeypatch.setattr(articles, "STALE_DAYS", 100000)
    assert _types(sentence, lang) == ["SUPPORT"]


@pytest.mark.parametrize("sentence, lang", [
    # a date days back: recent background, coded
    ("La France avait signé un traité avec l'Allemagne le 1er juillet.", "fr"),
    ("France had signed a treaty with Germany on July 1.", "en"),
    # the passé composé and the simple past tell news, even of months back
    ("La France a signé un traité avec l'Allemagne en février.", "fr"),
    ("France signed a treaty with Germany in January.", "en"),
])
def test_recent_pluperfect_and_other_tenses_stay(sentence, lang):
    assert _types(sentence, lang) == ["SUPPORT"]


@pytest.mark.parametrize("sentence, lang", [
    # a pluperfect act placed months or years after another event: the backstory's timeline
    ("La Russie avait expulsé deux diplomates français dix mois après la chute du gouvernement.", "fr"),
    ("Russia had expelled two French diplomats two years after the fall of the government.", "en"),
])
def test_pluperfect_set_months_after_backstory(sentence, lang):
    assert _types(sentence, lang) == []


@pytest.mark.parametrize("sentence, lang", [
    # the passé composé or the simple past so placed is news told against an earlier event
    ("La Russie a expulsé deux diplomates français dix mois après la chute du gouvernement.", "fr"),
    ("Russia expelled two French diplomats two years after the fall of the government.", "en"),
])
def test_other_tenses_set_after_backstory_stay(sentence, lang):
    assert _types(sentence, lang) == ["SANCTION"]
