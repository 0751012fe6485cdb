"""Event dates: the sentence's own date, resolved against publication, with its precision."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from dyads.dates import find_date_spans, resolve_event_date

SEEDS = Path(__file__).parents[3] / "shared" / "gold" / "seeds_gold.jsonl"
# The first seed article's publication: Monday 14 February 2022, 13:42 in Paris.
PUBLISHED = dt.datetime(2022, 2, 14, 13, 42, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def _seed(sentence_id: str) -> tuple[str, dt.date]:
    if not SEEDS.exists():
        pytest.skip("shared gold set absent")
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] == sentence_id:
            return record["text"], dt.date.fromisoformat(record["published"])
    raise AssertionError(sentence_id)


@pytest.mark.parametrize("sentence_id, expected", [
    ("seed-01", (dt.date(2022, 2, 14), "day")),  # "... a déclaré ce lundi 14 février ..."
    ("seed-07", (dt.date(2022, 1, 31), "month")),  # "Fin janvier, les États-Unis ..."
    ("seed-04", (dt.date(2021, 12, 31), "year")),  # "Fin 2021, la Russie a publié ..."
])
def test_seed_dates_with_their_precision(sentence_id, expected):
    text, _ = _seed(sentence_id)
    assert resolve_event_date(text, PUBLISHED, "fr") == expected


def test_seed_calendar_date_beats_earlier_in_the_day():
    text, published = _seed("seed-12")  # "Plus tôt dans la journée ce 2 février, ..."
    assert resolve_event_date(text, published, "fr") == (dt.date(2022, 2, 2), "day")


@pytest.mark.parametrize("sentence_id", ["seed-02", "seed-05", "seed-06"])
def test_seed_numbers_that_are_not_dates(sentence_id):
    text, published = _seed(sentence_id)  # "... aux positions de 1997" has no event date
    assert find_date_spans(text, "fr") == []
    assert resolve_event_date(text, published, "fr") == (published, "published")


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Mardi, Sergueï Lavrov a rencontré Antony Blinken à Genève.", "fr", (dt.date(2022, 2, 8), "day")),
    ("Lundi, Moscou a rejeté la proposition.", "fr", (dt.date(2022, 2, 14), "day")),
    ("Moscou a rejeté la proposition lundi dernier.", "fr", (dt.date(2022, 2, 7), "day")),
    ("Hier, Moscou a rejeté la proposition.", "fr", (dt.date(2022, 2, 13), "day")),
    ("Le 2 février, Moscou a rejeté la proposition.", "fr", (dt.date(2022, 2, 2), "day")),
    ("Moscou a rejeté le 1er mars la proposition.", "fr", (dt.date(2021, 3, 1), "day")),
    ("La semaine dernière, Moscou a rejeté la proposition.", "fr", (dt.date(2022, 2, 7), "week")),
    ("Le mois dernier, Moscou a rejeté la proposition.", "fr", (dt.date(2022, 1, 1), "month")),
    ("Moscou a rejeté la proposition il y a trois jours.", "fr", (dt.date(2022, 2, 11), "day")),
    ("Moscou a rejeté la proposition mi-mars 2020.", "fr", (dt.date(2020, 3, 15), "month")),
    ("Lavrov rencontrera Blinken vendredi.", "fr", (dt.date(2022, 2, 18), "day")),
    ("Lavrov met Blinken in Geneva on Monday.", "en", (dt.date(2022, 2, 14), "day")),
    ("On Tuesday, Lavrov met Blinken.", "en", (dt.date(2022, 2, 8), "day")),
    ("Lavrov met Blinken on Monday, February 7.", "en", (dt.date(2022, 2, 7), "day")),
    ("Yesterday, Moscow rejected the proposal.", "en", (dt.date(2022, 2, 13), "day")),
    ("In late January, the United States sent written answers to Moscow.", "en",
     (dt.date(2022, 1, 31), "month")),
    ("Late in 2021, Russia published draft treaties.", "en", (dt.date(2021, 12, 31), "year")),
    ("Russia published draft treaties in late 2021.", "en", (dt.date(2021, 12, 31), "year")),
    ("Moscow rejected the proposal last month.", "en", (dt.date(2022, 1, 1), "month")),
    ("Moscow rejected the proposal last week.", "en", (dt.date(2022, 2, 7), "week")),
    ("Moscow rejected the proposal in March 2020.", "en", (dt.date(2020, 3, 1), "month")),
    ("The two sides signed the accord on Feb. 3.", "en", (dt.date(2022, 2, 3), "day")),
    ("Lavrov will meet Blinken on Friday.", "en", (dt.date(2022, 2, 18), "day")),
    ("Lavrov met Blinken on Friday.", "en", (dt.date(2022, 2, 11), "day")),
    # a decade: 1 January of its first year; "since" the 1990s names no time the act took place in
    ("Government forces seized the land in the 1970s.", "en", (dt.date(1970, 1, 1), "decade")),
    ("The army occupied the region during the late 1990s.", "en", (dt.date(1990, 1, 1), "decade")),
    ("L'armée a occupé la région dans les années 1970.", "fr", (dt.date(1970, 1, 1), "decade")),
    ("La police a arrêté des milliers d'opposants au début des années 90.", "fr", (dt.date(1990, 1, 1), "decade")),
    ("The rebels have attacked the city since the 1990s.", "en", (dt.date(2022, 2, 14), "published")),
])
def test_expressions_resolve_against_publication(sentence, lang, expected):
    assert resolve_event_date(sentence, PUBLISHED, lang) == expected


@pytest.mark.parametrize("sentence, lang", [
    ("Finland will give Tanzania a grant of 580 million shillings (64.45 million dollars).", "en"),
    ("The troops march on and Moscow may reply.", "en"),  # "march" and "may" are verbs here
    ("Les propositions portent sur le retour aux positions de 1997.", "fr"),
    ("Moscou a versé 2 millions d'euros à 14 partenaires.", "fr"),
])
def test_numbers_and_words_that_are_not_dates(sentence, lang):
    assert find_date_spans(sentence, lang) == []
    assert resolve_event_date(sentence, PUBLISHED, lang) == (PUBLISHED.date(), "published")


def test_spans_point_into_the_sentence():
    sentence = "Plus tôt dans la journée ce 2 février, le Kremlin a répondu."
    spans = find_date_spans(sentence, "fr")
    assert [t for _, _, t in spans] == ["Plus tôt dans la journée", "ce 2 février"]
    assert all(sentence[s:e] == t for s, e, t in spans)


def test_without_publication_only_absolute_dates_resolve():
    assert resolve_event_date("Moscou a répondu hier.", None, "fr") == (None, "published")
    assert resolve_event_date("Moscou a répondu en mars 2020.", None, "fr") == (
        dt.date(2020, 3, 1), "month")
    assert resolve_event_date("Moscow replied.", dt.date(2022, 2, 14), "en") == (
        dt.date(2022, 2, 14), "published")


@pytest.mark.parametrize("sentence, lang, expected", [
    # start, middle and end of a year: the precision stays "year"
    ("Début 2021, Moscou a massé des troupes près de la frontière.", "fr", (dt.date(2021, 1, 1), "year")),
    ("Mi-2021, Moscou a massé des troupes près de la frontière.", "fr", (dt.date(2021, 7, 1), "year")),
    ("À la fin de l'année 2020, Moscou a massé des troupes.", "fr", (dt.date(2020, 12, 31), "year")),
    ("À la fin de l'année dernière, Moscou a massé des troupes.", "fr", (dt.date(2021, 12, 31), "year")),
    ("En 2021, Moscou a massé des troupes.", "fr", (dt.date(2021, 1, 1), "year")),
    # start, middle and end of a month: the precision stays "month"
    ("Début janvier, Washington a répondu.", "fr", (dt.date(2022, 1, 1), "month")),
    ("Au milieu d'avril 2021, Washington a répondu.", "fr", (dt.date(2021, 4, 15), "month")),
    ("À la fin d'avril 2021, Washington a répondu.", "fr", (dt.date(2021, 4, 30), "month")),
    ("Fin février 2020, Washington a répondu.", "fr", (dt.date(2020, 2, 29), "month")),  # leap year
    ("Fin du mois dernier, Washington a répondu.", "fr", (dt.date(2022, 1, 31), "month")),
    ("Lavrov rencontrera Blinken fin mars.", "fr", (dt.date(2022, 3, 31), "month")),
    ("Early last year, Russia massed troops on the border.", "en", (dt.date(2021, 1, 1), "year")),
    ("By the end of 2021, Russia had massed troops on the border.", "en", (dt.date(2021, 12, 31), "year")),
    ("At the end of March 2021, Russia massed troops.", "en", (dt.date(2021, 3, 31), "month")),
    ("In mid-March 2021, Russia massed troops.", "en", (dt.date(2021, 3, 15), "month")),
    ("Late last month, Russia massed troops.", "en", (dt.date(2022, 1, 31), "month")),
    ("Russia will hold talks at the start of March.", "en", (dt.date(2022, 3, 1), "month")),
])
def test_a_qualifier_places_the_date_inside_its_period(sentence, lang, expected):
    assert resolve_event_date(sentence, PUBLISHED, lang) == expected


def test_a_past_event_is_not_dated_after_its_article():
    # "mi-février" in an article of 14 February: the middle (15th) is not yet past
    assert resolve_event_date("À la mi-février, Moscou a rejeté la proposition.", PUBLISHED, "fr") == (
        dt.date(2022, 2, 14), "month")
    assert resolve_event_date("Late this month, Moscow rejected the proposal.", PUBLISHED, "en") == (
        dt.date(2022, 2, 14), "month")


def test_sorting_by_date_puts_late_before_early_of_the_next_period():
    late, early = (resolve_event_date(s, PUBLISHED, "fr")[0] for s in (
        "Fin 2021, la Russie a publié des projets de traités.",
        "Début janvier, les États-Unis ont répondu."))
    assert late < early


@pytest.mark.parametrize("sentence, lang, published, expected", [
    # published on Monday 14 February 2022: the weekend before is the week of 7 February
    ("Le week-end dernier, Moscou a frappé Kiev.", "fr", dt.date(2022, 2, 14), dt.date(2022, 2, 7)),
    ("Ce week-end, Moscou a frappé Kiev.", "fr", dt.date(2022, 2, 14), dt.date(2022, 2, 7)),
    ("Moscou frappera Kiev ce week-end.", "fr", dt.date(2022, 2, 14), dt.date(2022, 2, 14)),
    ("Ce week-end, Moscou a frappé Kiev.", "fr", dt.date(2022, 2, 13), dt.date(2022, 2, 7)),  # on a Sunday
    ("Le week-end dernier, Moscou a frappé Kiev.", "fr", dt.date(2022, 2, 13), dt.date(2022, 1, 31)),
    ("En début de semaine, Moscou a frappé Kiev.", "fr", dt.date(2022, 2, 17), dt.date(2022, 2, 14)),
    ("En fin de semaine dernière, Moscou a frappé Kiev.", "fr", dt.date(2022, 2, 14), dt.date(2022, 2, 7)),
    ("Over the weekend, Moscow struck Kyiv.", "en", dt.date(2022, 2, 14), dt.date(2022, 2, 7)),
    ("Moscow will strike Kyiv next weekend.", "en", dt.date(2022, 2, 14), dt.date(2022, 2, 14)),
])
def test_weekends_and_parts_of_weeks(sentence, lang, published, expected):
    assert resolve_event_date(sentence, published, lang) == (expected, "week")
