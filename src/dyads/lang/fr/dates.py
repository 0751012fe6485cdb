"""French date expressions: what dyads.dates looks for and how it reads them."""

NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
           "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "quelques": 3}

# Words that put a sentence in the future: then a date without a year is the next one.
FUTURE = (r"\b(?:sera|seront|aura|auront|fera|feront|ira|iront|pourra|pourront|devra|devront|"
          r"viendra|viendront|tiendra|tiendront|\w{3,}(?:era|eront|ira|iront|dra|dront))\b|"
          r"\b(?:va|vont)\s+\w+(?:er|ir|re)\b|\bprochaine?s?\b|\bdemain\b|\bprévue?s?\b")

# Words naming a part of a period (folded, without accents).
PARTS = (("start", r"\bdebut"), ("middle", r"\bmi\b|\bmilieu"), ("end", r"\bfin\b"))

# Month and day names match in any case; no abbreviations.
CASE_SENSITIVE_NAMES = False
ABBREVIATED_MONTHS: dict[str, int] = {}

# Folded words saying "the one before" / "the one after" ("lundi dernier", "le week-end prochain").
LAST = r"\b(?:dernier|passe)\b"
NEXT = r"\bprochain\b"

# "il y a trois jours": the unit words.
UNITS = {"jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
         "an": "year", "ans": "year", "annee": "year", "annees": "year"}

# Relative expressions (folded): (regex, (unit, shift)), first match wins; no match: the day.
RELATIVE = [
    (r"avant-hier", ("day", -2)),
    (r"apres-demain", ("day", 2)),
    (r"\bhier|nuit derniere", ("day", -1)),
    (r"demain", ("day", 1)),
    (r"semaine (?:derniere|passee)", ("week", -1)),
    (r"semaine prochaine", ("week", 1)),
    (r"cette semaine|(?:debut|milieu|fin) de (?:la )?semaine", ("week", 0)),
    (r"mois (?:dernier|passe)", ("month", -1)),
    (r"mois prochain", ("month", 1)),
    (r"ce mois", ("month", 0)),
    (r"(?:an|annee) (?:derniere?|passee?)", ("year", -1)),
    (r"(?:an|annee) prochaine?", ("year", 1)),
    (r"cette annee", ("year", 0)),
]


def patterns(month: str, weekday: str) -> list[tuple[str, str]]:
    """(kind, regex) pairs, most specific first; `month` and `weekday` match the names."""
    M, W = month, weekday
    Y = r"(?:19|20)\d\d"
    D = r"(?:1er|3[01]|[12]\d|0?[1-9])"
    num = r"(?:\d+|" + "|".join(NUMBERS) + ")"
    part = r"(?:(?:à\s+la\s+|en\s+)?fin|(?:au\s+)?début|(?:à\s+la\s+)?mi|(?:au\s+)?milieu)"
    return [
        ("explicit", rf"(?i:\b(?:(?:ce|le)\s+)?(?:{W}\s+)?(?:le\s+)?){D}\s+{M}(?:\s+{Y})?\b"),
        ("month", rf"(?i:\b(?:{part}(?:\s+de|\s+du\s+mois\s+de|\s+d['’])?|courant|en|au\s+mois\s+de)(?:[\s-]+|(?<=['’]))){M}(?:\s+{Y})?\b"),
        ("month", rf"\b{M}\s+{Y}\b"),
        ("year", rf"(?i:\b(?:{part}(?:\s+(?:de\s+)?l['’]année|\s+de)?|courant|en|dès)[\s-]+){Y}\b"),
        # « dans les années 1970 », « au début des années 90 » : une décennie
        ("decade", r"(?i:\b(?:dans|durant|pendant|(?:au\s+cours|au\s+début|à\s+la\s+fin|au\s+milieu)\s+des)\s+(?:les\s+)?années\s+)(?:(?:19|20)\d0|[1-9]0)\b"),
        ("ago", rf"(?i:\bil\s+y\s+a\s+{num}\s+(?:jours?|semaines?|mois|ans?|années?)\b)"),
        ("relative", r"(?i:\b(?:aujourd'hui|aujourd’hui|avant-hier|hier|après-demain|demain|"
                     r"ce\s+matin|ce\s+soir|cet\s+après-midi|cette\s+nuit|la\s+nuit\s+dernière|"
                     r"(?:plus\s+tôt\s+)?dans\s+la\s+journée|"
                     r"la\s+semaine\s+(?:dernière|passée|prochaine)|cette\s+semaine|"
                     r"(?:en|au|à\s+la)\s+(?:début|milieu|fin)\s+de\s+(?:la\s+)?semaine"
                     r"(?:\s+(?:dernière|passée|prochaine))?|"
                     r"(?:(?:à\s+la\s+|en\s+)?fin|(?:au\s+)?début|(?:au\s+)?milieu|(?:à\s+la\s+)?mi)[\s-]+"
                     r"(?:du\s+mois\s+(?:dernier|passé|prochain)|de\s+l['’](?:an|année)\s+"
                     r"(?:dernière?|passée?|prochaine?)|de\s+cette\s+année|de\s+ce\s+mois)|"
                     r"le\s+mois\s+(?:dernier|passé|prochain)|ce\s+mois-ci|"
                     r"l['’](?:an|année)\s+(?:dernière?|passée?|prochaine?)|cette\s+année)\b)"),
        ("weekend", r"(?i:\b(?:ce|le|du|pendant\s+le|durant\s+le)\s+week-?end(?:\s+(?:dernier|passé|prochain))?\b)"),
        ("weekday", rf"(?i:\b(?:(?:ce|le)\s+)?){W}(?i:(?:\s+(?:dernier|prochain))?)\b"),
    ]
