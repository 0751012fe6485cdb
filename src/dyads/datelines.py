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
    languages = [language] if language in ("fr", "en") else ["fr", "en"]
    parsed = dateparser.parse(found.group("date"), languages=languages,
                              settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None
