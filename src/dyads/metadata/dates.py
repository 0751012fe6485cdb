"""When the article was published, and last modified.

Order of trust for the publication date:
1. the JSON-LD article's datePublished (dateCreated when it has none);
2. meta tags: article:published_time and their many spellings (OpenGraph, Dublin Core,
   parsely, sailthru, itemprop...);
3. the <time> element, or itemprop=datePublished, in the headline's header;
4. a full date written in the byline under the headline ("Par X | 30 septembre 2018"),
   skipping one announced as an update;
5. htmldate's own search of the page's tags and URL;
6. (later, on the extracted text) a news dateline: "PARIS, 14 février 2022 (AFP) -";
7. (last) htmldate's extensive search: the dates written in the page's text.
A date outside 1995 .. tomorrow is a template's placeholder ("0001-01-01") or a typo, and
is passed over.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from typing import Any

import dateparser
import htmldate
from dateutil import parser as dateutil_parser
from dateutil.parser import UnknownTimezoneWarning

from dyads.metadata import jsonld

EARLIEST = dt.datetime(1995, 1, 1, tzinfo=dt.UTC)
PUBLISHED_KEYS = ("article:published_time", "og:article:published_time", "article:published", "datepublished",
                  "pubdate", "publishdate", "published_time", "dc.date.issued", "dcterms.created", "dcterms.issued",
                  "parsely-pub-date", "sailthru.date", "article.published", "pub_date", "date", "dc.date",
                  "dcterms.date", "dc.date.created", "date:published_time", "bepress_citation_date",
                  "citation_publication_date", "prism.publicationdate", "datecreated")
MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified",
                 "article.updated", "og:article:modified_time", "dc.date.modified")
_MONTHS = (r"(?:jan|feb|fév|fev|f[ée]b|m[äa]r|mär|apr|avr|abr|may|mai|mei|mag|jun|juin|giu|jul|juil|lug|"
           r"aug|ao[uû]|ago|sep|set|oct|okt|ott|out|nov|dec|déc|dez|dic)[^\W\d]{0,7}\.?")
_WRITTEN_DATE = re.compile(
    rf"\b(?:\d{{1,2}}(?:er|\.)?\s+{_MONTHS}\s+\d{{4}}"  # 30 septembre 2018, 25. September 2018
    rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # November 19, 2019
    r"|\d{4}-\d{2}-\d{2}"  # 2019-11-19
    r"|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\.\s\d{1,2}\.\s\d{4})\b",  # 17/02/2020, 18.11.2019, 4. 2. 2022
    re.IGNORECASE)
_UPDATE_WORDS = re.compile(r"(?:updated?|modified|mis à jour|modifié|aktualisiert|actualizado|aggiornato)\W*$",
                           re.IGNORECASE)


def parse_datetime(value: Any) -> dt.datetime | None:
    """An aware datetime from an ISO string, a datetime or a date. A time without an
    offset is taken as UTC; a bare date becomes midnight UTC of that day."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, dt.date):
        parsed = dt.datetime.combine(value, dt.time(), dt.UTC)
    else:
        text = str(value).strip()
        try:
            parsed = dateutil_parser.isoparse(text)
        except (ValueError, OverflowError):
            try:
                # "Nov 19, 2019 10:00 IST": an abbreviation dateutil cannot place (IST is
                # India, Israel or Ireland) leaves the time naive, hence UTC, as any other
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", UnknownTimezoneWarning)
                    parsed = dateutil_parser.parse(text)
            except (ValueError, OverflowError, TypeError):
                return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def plausible(value: Any) -> dt.datetime | None:
    parsed = parse_datetime(value)
    latest = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    return parsed if parsed is not None and EARLIEST <= parsed <= latest else None


def published(page, language: str | None) -> dt.datetime | None:
    """The publication date (see the module's docstring), without the dateline step."""
    candidates = [jsonld.text(page.article.get("datePublished")), jsonld.text(page.article.get("dateCreated")),
                  *page.all(*PUBLISHED_KEYS)]
    for value in candidates:
        found = plausible(value)
        if found:
            return found
    found = plausible(page.time_after_headline())
    if found:
        return found
    # the written date nearest the headline, after it or before it
    after = written_date(page.after_headline(), language)
    before = written_date(page.before_headline(), language, last=True)
    nearest = min((d for d in (after, before) if d), key=lambda d: d[1], default=None)
    if nearest:
        return nearest[0]
    return htmldate_search(page, extensive=False)


def htmldate_search(page, extensive: bool) -> dt.datetime | None:
    """htmldate's date for the page: from its tags and URL, or with `extensive` from the
    dates in its text too (step 7, after the dateline)."""
    if page.tree is None:
        return None
    try:
        # htmldate copies the tree it is given before cleaning it
        day = htmldate.find_date(page.tree, url=page.url, extensive_search=extensive, original_date=True)
    except (ValueError, TypeError):
        day = None
    return plausible(dt.date.fromisoformat(day)) if day else None


def modified(page) -> dt.datetime | None:
    for value in (jsonld.text(page.article.get("dateModified")), *page.all(*MODIFIED_KEYS)):
        found = plausible(value)
        if found:
            return found
    return None


def written_date(pieces: list[str], language: str | None, last: bool = False) -> tuple[dt.datetime, int] | None:
    """The first (or `last`) full date written in these text pieces that no "updated"
    announces, and how many characters separate it from the start (or the end)."""
    text = " | ".join(pieces)
    matches = list(_WRITTEN_DATE.finditer(text))
    for match in reversed(matches) if last else matches:
        if _UPDATE_WORDS.search(text[max(0, match.start() - 20): match.start()]):
            continue
        order = "MDY" if language == "en" else "DMY"
        settings = {"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": order,
                    "PREFER_DAY_OF_MONTH": "first"}
        try:
            parsed = dateparser.parse(match.group(), settings=settings,
                                      languages=[language] if language else None)
        except ValueError:  # a language dateparser does not know
            parsed = dateparser.parse(match.group(), settings=settings)
        found = plausible(parsed.date()) if parsed else None
        if found:
            return found, (len(text) - match.end() if last else match.start())
    return None
