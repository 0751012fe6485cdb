"""The publication date a news dateline gives, when the page declares none.

Wire copy and many sites open the body with a dateline: "22 mai 2012. - Prévu ...",
"PARIS, 14 février 2022 (AFP) - ...", "WASHINGTON, May 22, 2012 (Reuters) — ...".
Only a full date (day, month, year) at the very start, before the dash that ends the
dateline, counts: a date further in the text is what the article talks about, not when it
was written.
"""

from __future__ import annotations

import datetime as dt
import re

import dateparser

from dyads.lang import SUPPORTED

_PLACE = r"(?:[A-ZÀ-Ý][\w'’ .\-]{0,40},\s*)?"  # "PARIS, ", "WASHINGTON, "
_DAY_MONTH_YEAR = r"\d{1,2}(?:er)?\s+[^\W\d]{3,10}\.?\s+\d{4}"  # 22 mai 2012, 1er mars 2022
_MONTH_DAY_YEAR = r"[^\W\d]{3,10}\.?\s+\d{1,2},?\s+\d{4}"  # May 22, 2012
_AGENCY = r"(?:\s*\([^)]{1,30}\))?"  # (AFP), (Reuters)
DATELINE = re.compile(
    rf"^\s*{_PLACE}(?P<date>{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR})\.?{_AGENCY}\s*[-–—]")


def dateline_date(body: str, language: str | None = None) -> dt.date | None:
    """The date of the body's dateline, or None when it has none."""
    found = DATELINE.match(body[:120])
    if not found:
        return None
    languages = [language] if language in SUPPORTED else list(SUPPORTED)
    parsed = dateparser.parse(found.group("date"), languages=languages,
                              settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


# The place part of a dateline at the start of a paragraph: "HANOI, Vietnam (AP) — ",
# "PARIS (AFP) - ", "WASHINGTON, May 22 (Reuters) — ", "Moscou, 14 février (Sputnik) -".
# The place is a word in capitals, or a capitalised word followed by an agency in brackets;
# the dash ends it. Countries and cities named there say where the copy was filed, not who
# acts: the coder keeps them out of the sentence's actors.
_CAPITAL_PLACE = r"[A-ZÀ-Ý][A-ZÀ-Ý'’.\-]+(?:\s[A-ZÀ-Ý][A-ZÀ-Ý'’.\-]+){0,3}"
_NAMED_PLACE = r"[A-ZÀ-Ý][\wÀ-ÿ'’.\-]+(?:\s[A-ZÀ-Ý][\wÀ-ÿ'’.\-]+){0,3}"
_REGION = r"(?:,\s*[A-ZÀ-Ý][\wÀ-ÿ'’.\-]+(?:\s[A-ZÀ-Ý][\wÀ-ÿ'’.\-]+){0,2})?"
_WHEN = r"(?:,?\s*(?:\d{1,2}(?:er)?\s+[^\W\d]{3,10}\.?|[^\W\d]{3,10}\.?\s+\d{1,2})(?:,?\s+\d{4})?)?"
_AGENCY_REQUIRED = r"\s*\([^)]{1,30}\)"
_REGION_REQUIRED = r",\s*[A-ZÀ-Ý][\wÀ-ÿ'’.\-]+(?:\s[A-ZÀ-Ý][\wÀ-ÿ'’.\-]+){0,2}"
PLACE_DATELINE = re.compile(
    rf"^\s*(?:{_CAPITAL_PLACE}{_REGION}{_WHEN}(?:{_AGENCY_REQUIRED})?"
    rf"|{_NAMED_PLACE}{_REGION}{_WHEN}{_AGENCY_REQUIRED}|{_NAMED_PLACE}{_REGION_REQUIRED})"
    r"\s*[-–—]{1,2}\s")


def dateline_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of the place datelines opening the body's paragraphs."""
    spans, offset = [], 0
    for paragraph in body.split("\n"):
        found = PLACE_DATELINE.match(paragraph)
        if found:
            spans.append((offset, offset + found.end()))
        offset += len(paragraph) + 1
    return spans
