"""The date of an event: the one its sentence gives, else the article's publication date.

Date expressions are found first, with patterns per language (day and month names from
Babel/CLDR), so that numbers in other roles ("les positions de 1997", "580 millions") are
never read as dates. Each expression is then resolved against the publication date: explicit
calendar dates with dateparser (RELATIVE_BASE = publication, PREFER_DATES_FROM = past, or
future when the sentence speaks of the future), weekdays and relative periods by calendar
arithmetic.

The precision says which period the text names: "day", "week" (the date is the Monday of
that week; a weekend is the week that holds it), "month", "year", "decade" ("in the 1970s",
« dans les années 70 »: 1 January of its first year); "published" when the sentence gives no
date. A resolved date is the first day of its period, except when a
qualifier names a part of it (see docs/dates.md):

    début / early / beginning of / start of  -> the first day of the period
    mi- / mid / milieu / middle of           -> the middle: the 15th of a month, 1 July of a year
    fin / late / end of                      -> the last day of the period

So "Fin 2021" is 2021-12-31 (year) and "fin janvier" 2022-01-31 (month): sorted by date, late
events come after early ones, while the date stays inside its period (grouping by month or
year is unchanged) and the precision stays that of the period, because "fin 2021" may be
November as well as December. A part that would fall after the publication date of a
sentence in the past is the publication day itself ("mi-février" in an article of
14 February is 14 February at the latest).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Callable

import dateparser
from babel.dates import get_day_names, get_month_names

from dyads.folding import fold, strip_accents
from dyads.lang import SUPPORTED, date_rules

PRECISIONS = ("day", "week", "month", "year", "decade", "published")
_RANK = {p: i for i, p in enumerate(PRECISIONS)}




def _alternatives(names: list[str]) -> str:
    variants = {v for n in names for v in (n, strip_accents(n))}
    return "(?:" + "|".join(sorted(map(re.escape, variants), key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class _Names:
    months: dict[str, int]  # folded lower-case name -> month number
    weekdays: dict[str, int]  # folded lower-case name -> 0 (Monday) .. 6
    month_re: str
    weekday_re: str


@functools.lru_cache(maxsize=None)
def calendar_words(lang: str) -> frozenset[str]:
    """Month and weekday names of `lang`, folded: proper nouns that never name an actor."""
    names = _names(lang)
    return frozenset(names.months) | frozenset(names.weekdays)


@functools.lru_cache(maxsize=None)
def _names(lang: str) -> _Names:
    rules = date_rules(lang)
    months = {fold(n): m for m, n in get_month_names("wide", locale=lang).items()}
    weekdays = {fold(n): d for d, n in get_day_names("wide", locale=lang).items()}
    months.update(rules.ABBREVIATED_MONTHS)
    month_names = list(get_month_names("wide", locale=lang).values())
    day_names = list(get_day_names("wide", locale=lang).values())
    if rules.CASE_SENSITIVE_NAMES:
        month_re = "(?:" + "|".join(sorted(
            [re.escape(n) for n in month_names]
            + [re.escape(n.capitalize()) for n in rules.ABBREVIATED_MONTHS],
            key=len, reverse=True)) + ")"
        weekday_re = "(?:" + "|".join(day_names) + ")"
    else:
        month_re = "(?i:" + _alternatives(month_names) + ")"
        weekday_re = "(?i:" + _alternatives(day_names) + ")"
    return _Names(months, weekdays, month_re, weekday_re)


def _patterns(lang: str) -> list[tuple[str, str]]:
    """(kind, regex) pairs, most specific first. Kinds name the resolver."""
    names = _names(lang)
    return date_rules(lang).patterns(names.month_re, names.weekday_re)


@functools.lru_cache(maxsize=None)
def _compiled(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, re.compile(rx)) for kind, rx in _patterns(lang)]


def _language(lang: str | None) -> str:
    lang = (lang or "fr").lower()[:2]
    return lang if lang in SUPPORTED else "fr"


def _spans(sentence: str, lang: str) -> list[tuple[int, int, str, str]]:
    found: list[tuple[int, int, str, str]] = []
    for kind, rx in _compiled(lang):
        for m in rx.finditer(sentence):
            text = m.group(0).strip()
            if not text or any(s < m.end() and m.start() < e for s, e, _, _ in found):
                continue  # an earlier, more specific pattern already holds these words
            found.append((m.start(), m.end(), text, kind))
    return sorted(found)


def find_date_spans(sentence: str, lang: str = "fr") -> list[tuple[int, int, str]]:
    """The date expressions of a sentence: (start, end, text), in order."""
    return [(s, e, t) for s, e, t, _ in _spans(sentence, _language(lang))]


# -- resolvers: (expression, publication date, future?, lang) -> (date, precision) ------

def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _dateparser(text: str, base: dt.date, future: bool, lang: str) -> dt.date | None:
    settings = {"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day, 12),
                "PREFER_DATES_FROM": "future" if future else "past",
                "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(text, languages=[lang], settings=settings)
    return parsed.date() if parsed else None


def _explicit(text: str, base: dt.date, future: bool, lang: str):
    # Keep only day, month and year: "ce lundi 14 février" -> "14 février"; a weekday that
    # disagrees with the day would make dateparser fail.
    n = _names(lang)
    tokens = re.findall(r"\d+|[^\W\d]+\.?", fold(text))
    day = next((int(t) for t in tokens if t.isdigit() and len(t) <= 2), None)
    month = next((n.months.get(t) or n.months[t.rstrip(".")] for t in tokens
                  if t in n.months or t.rstrip(".") in n.months), None)
    year = next((int(t) for t in tokens if t.isdigit() and len(t) == 4), None)
    if day is None or month is None:
        return None
    if year is not None:
        try:
            return dt.date(year, month, day), "day"
        except ValueError:
            return None
    parsed = _dateparser(f"{day} {_month_name(month, lang)}", base, future, lang)
    return (parsed, "day") if parsed else None


def _month_name(month: int, lang: str) -> str:
    return get_month_names("wide", locale=lang)[month]


def _part(text: str, lang: str) -> str | None:
    """"start", "middle" or "end" when the expression names a part of its period."""
    folded = fold(text)
    return next((part for part, rx in date_rules(lang).PARTS if re.search(rx, folded)), None)


def _within(start: dt.date, precision: str, part: str | None, base: dt.date | None,
            future: bool) -> tuple[dt.date, str]:
    """The day of a month or year period that its qualifier points at (module docstring)."""
    if part is None or precision not in ("month", "year"):
        return start, precision
    if precision == "month":
        last = calendar.monthrange(start.year, start.month)[1]
        day = {"start": start, "middle": start.replace(day=15), "end": start.replace(day=last)}[part]
    else:
        day = {"start": start, "middle": dt.date(start.year, 7, 1), "end": dt.date(start.year, 12, 31)}[part]
    if base is not None and not future and start <= base < day:
        day = base  # a past event is not later than the article that reports it
    return day, precision


def _month(text: str, base: dt.date, future: bool, lang: str):
    n = _names(lang)
    folded = fold(text)
    month = next((m for name, m in n.months.items() if re.search(rf"\b{re.escape(name)}", folded)), None)
    year = re.search(r"(?:19|20)\d\d", text)
    if month is None:
        return None
    if year:
        candidate = dt.date(int(year.group(0)), month, 1)
    else:  # the last such month before publication (the current one included), or the next one
        candidate = dt.date(base.year, month, 1)
        if future and candidate < dt.date(base.year, base.month, 1):
            candidate = dt.date(base.year + 1, month, 1)
        elif not future and candidate > base:
            candidate = dt.date(base.year - 1, month, 1)
    return _within(candidate, "month", _part(text, lang), base, future)


def _year(text: str, base: dt.date, future: bool, lang: str):
    year = int(re.search(r"(?:19|20)\d\d", text).group(0))
    if year > base.year and not future:
        return None  # "en 2030" in a past-tense sentence is no event date
    return _within(dt.date(year, 1, 1), "year", _part(text, lang), base, future)


def _decade(text: str, base: dt.date, future: bool, lang: str):
    """"in the 1970s", « dans les années 70 »: 1 January of the decade's first year."""
    digits = re.search(r"(?:19|20)?\d0(?=s?\b)", text).group(0)
    year = int(digits) if len(digits) == 4 else (1900 if int(digits) >= 30 else 2000) + int(digits)
    if year > base.year and not future:
        return None
    return dt.date(year, 1, 1), "decade"


def _shifted(base: dt.date, unit: str, count: int) -> tuple[dt.date, str]:
    """The period `count` units from the publication day (negative: before)."""
    if unit == "day":
        return base + dt.timedelta(days=count), "day"
    if unit == "week":
        return _monday(base) + dt.timedelta(weeks=count), "week"
    if unit == "month":
        return _shift_months(base, count), "month"
    return dt.date(base.year + count, 1, 1), "year"


def _ago(text: str, base: dt.date, future: bool, lang: str):
    rules = date_rules(lang)
    folded = fold(text)
    unit = next((rules.UNITS[w] for w in folded.split() if w in rules.UNITS), None)
    digits = re.search(r"\d+", folded)
    words = [n for n in sorted(rules.NUMBERS, key=len, reverse=True) if re.search(rf"\b{n}\b", folded)]
    if unit is None or not (digits or words):
        return None
    count = int(digits.group()) if digits else rules.NUMBERS[words[0]]
    if unit == "day":
        return base - dt.timedelta(days=count), "day"
    if unit == "week":
        return _monday(base - dt.timedelta(weeks=count)), "week"
    return _shifted(base, unit, -count)


def _relative(text: str, base: dt.date, future: bool, lang: str):
    folded = fold(text)
    for rx, (unit, count) in date_rules(lang).RELATIVE:
        if re.search(rx, folded):
            start, precision = _shifted(base, unit, count)
            break
    else:  # today, this morning, earlier in the day, ce soir ...
        start, precision = base, "day"
    return _within(start, precision, _part(text, lang), base, future)


def _weekend(text: str, base: dt.date, future: bool, lang: str):
    """"le week-end dernier", "over the weekend": the week holding that Saturday and Sunday
    (precision "week"). A plain "ce week-end" is the last one in a sentence about the past
    (the current one when published on a weekend), the coming one about the future."""
    folded = fold(text)
    saturday = base + dt.timedelta(days=5 - base.weekday())  # this week's
    on_weekend = base.weekday() >= 5
    rules = date_rules(lang)
    if re.search(rules.LAST, folded):
        saturday -= dt.timedelta(weeks=1)
    elif re.search(rules.NEXT, folded):
        saturday += dt.timedelta(weeks=1) if on_weekend else dt.timedelta(0)
    elif not on_weekend and not future:
        saturday -= dt.timedelta(weeks=1)
    return _monday(saturday), "week"


def _weekday(text: str, base: dt.date, future: bool, lang: str):
    n = _names(lang)
    folded = fold(text)
    weekday = next((d for name, d in n.weekdays.items() if name in folded), None)
    if weekday is None:
        return None
    back = (base.weekday() - weekday) % 7
    rules = date_rules(lang)
    if re.search(rules.LAST, folded):
        return base - dt.timedelta(days=back or 7), "day"
    if re.search(rules.NEXT, folded) or future:
        ahead = (weekday - base.weekday()) % 7
        return base + dt.timedelta(days=ahead or 7), "day"
    return base - dt.timedelta(days=back), "day"  # the last one, publication day included


_RESOLVERS: dict[str, Callable] = {"explicit": _explicit, "month": _month, "year": _year, "decade": _decade,
                                   "ago": _ago, "relative": _relative, "weekend": _weekend,
                                   "weekday": _weekday}


def _as_date(value: dt.datetime | dt.date | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()  # the calendar day where it was published, in its own zone
    return value


def is_future(sentence: str, lang: str = "fr") -> bool:
    """Whether the sentence speaks of what will happen (then dates point forward)."""
    rx = date_rules(_language(lang)).FUTURE
    return bool(rx and re.search(rx, sentence, re.I))


def resolve_event_date(sentence: str, published: dt.datetime | dt.date | None,
                       lang: str = "fr", keep: Callable[[int, int], bool] | None = None,
                       future: bool | None = None) -> tuple[dt.date | None, str]:
    """(date, precision) of the event a sentence reports.

    The finest date expression of the sentence wins (day over week over month over year; on
    ties the first one, except that "today", "plus tôt dans la journée" ... give way to a
    calendar date: "plus tôt dans la journée ce 2 février" is 2 February); without one, or when it cannot be resolved, the publication date
    with precision "published". `keep(start, end)` says which expressions belong to the
    event's clause (a date in another clause, "material released in 2010", is not the
    event's); `future` says whether the event is to come (default: the sentence's tense).
    """
    lang = _language(lang)
    base = _as_date(published)
    future = is_future(sentence, lang) if future is None else future
    candidates = []
    for start, end, text, kind in _spans(sentence, lang):
        if keep is not None and not keep(start, end):
            continue
        if base is None and not re.search(r"(?:19|20)\d\d", text):
            continue  # a relative expression needs the publication date
        resolved = _RESOLVERS[kind](text, base or dt.date.today(), future, lang)
        if resolved:
            vague = kind == "relative" and resolved[0] == base
            candidates.append(((_RANK[resolved[1]], vague, start), resolved))
    return min(candidates)[1] if candidates else (base, "published")
