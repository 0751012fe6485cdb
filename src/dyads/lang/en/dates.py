"""English date expressions: what dyads.dates looks for and how it reads them."""

NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a few": 3}

# Words that put a sentence in the future: then a date without a year is the next one.
FUTURE = (r"\b(?:will|shall|won't)\b|'ll\b|\b(?:is|are)\s+(?:going|due|scheduled|expected|set)"
          r"\s+to\b|\bnext\b|\btomorrow\b|\bscheduled\b|\bupcoming\b")

PARTS = (("start", r"\bearly\b|\bbeginning\b|\bstart\b"), ("middle", r"\bmid\b|\bmiddle\b"),
         ("end", r"\blate\b|\bend\b"))

# English names are capitalised ("march" and "may" are not months); AP-style abbreviations
# always carry their dot ("Feb. 14", "Sept. 3").
CASE_SENSITIVE_NAMES = True
ABBREVIATED_MONTHS = {"jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8, "sep.": 9, "sept.": 9,
                      "oct.": 10, "nov.": 11, "dec.": 12}

LAST = r"\blast\b"
NEXT = r"\bnext\b"

UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
         "months": "month", "year": "year", "years": "year"}

RELATIVE = [
    (r"yesterday|last night", ("day", -1)),
    (r"tomorrow", ("day", 1)),
    (r"last week", ("week", -1)),
    (r"next week", ("week", 1)),
    (r"this week", ("week", 0)),
    (r"last month", ("month", -1)),
    (r"next month", ("month", 1)),
    (r"this month", ("month", 0)),
    (r"last year", ("year", -1)),
    (r"next year", ("year", 1)),
    (r"this year", ("year", 0)),
]


def patterns(month: str, weekday: str) -> list[tuple[str, str]]:
    M, W = month, weekday
    Y = r"(?:19|20)\d\d"
    D = r"(?:1er|3[01]|[12]\d|0?[1-9])"
    num = r"(?:\d+|" + "|".join(NUMBERS) + ")"
    th = r"(?:st|nd|rd|th)?"
    lead = rf"(?:(?i:on\s+)?{W},?\s+)?"
    part = (r"(?:(?:early|late|mid)(?:\s+in)?|(?:(?:at|by|in|towards?)\s+)?the\s+"
            r"(?:end|beginning|start|middle)\s+of)")
    return [
        ("explicit", rf"\b{lead}{M}\s+{D}{th}(?![\d]|[.,]\d)(?:,?\s+{Y})?\b"),
        ("explicit", rf"\b{lead}(?i:the\s+)?{D}{th}\s+(?i:of\s+)?{M}(?:,?\s+{Y})?\b"),
        ("month", rf"(?i:\b(?:{part}|in|earlier\s+in)[\s-]+(?:(?:early|late|mid)[\s-]+)?){M}(?:,?\s+{Y})?\b"),
        ("month", rf"\b{M},?\s+{Y}\b"),
        ("year", rf"(?i:\b(?:{part}|in|earlier\s+in)[\s-]+(?:(?:early|late|mid)[\s-]+)?){Y}\b"),
        # "in the 1967 war", "during the 2003 invasion": the year of the time an act took place in
        ("year", rf"(?i:\b(?:in|during)\s+the\s+){Y}\b(?!\s*[-–]\s*\d)"),
        # "in the 1970s", "during the late 1990s": a decade
        ("decade", r"(?i:\b(?:in|during|throughout)\s+the\s+(?:(?:early|late|mid)[\s-]+)?)(?:19|20)\d0s\b"),
        ("ago", rf"(?i:\b{num}\s+(?:days?|weeks?|months?|years?)\s+ago\b)"),
        ("relative", r"(?i:\b(?:today|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|"
                     r"tonight|last\s+night|earlier\s+(?:today|in\s+the\s+day)|"
                     r"(?:earlier\s+|later\s+|(?:early|late|mid)[\s-]+)?this\s+(?:week|month|year)|"
                     r"(?:(?:early|late|mid)[\s-]+)?(?:last|next)\s+(?:week|month|year))\b)"),
        ("weekend", r"(?i:\b(?:(?:over|during|at|on)\s+)?(?:the|this|last|next)\s+weekend\b)"),
        ("weekday", rf"\b(?:(?i:last|next|on|this)\s+)?{W}\b"),
    ]
