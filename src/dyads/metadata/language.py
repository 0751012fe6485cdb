"""The language of an article: what its text is in, checked against what the page declares.

py3langid reads the text (its first thousand characters say it as well as the whole, at a
third of the cost). The page's declaration (JSON-LD inLanguage, <html lang>, og:locale,
content-language, dc.language) is a template's, and templates lie (a German blog on an
English theme, an English page on a French site); the text is not always enough either
(a caption, a teaser). So:
- the declared language stands when the text does not contradict it (py3langid gives it
  at least a small probability);
- otherwise the detected one, when py3langid is sure enough of it;
- otherwise "und" (ISO 639-2 "undetermined"): too little text, or none, and no
  declaration to go by. A wrong guess would send the text to the wrong parser.
"""

from __future__ import annotations

import re

from dyads.text import language_ranking

UNDETERMINED = "und"
DECLARED_MIN_PROBABILITY = 0.05  # the text does not contradict a declaration it gives this much
DETECTED_MIN_PROBABILITY = 0.5  # how sure py3langid must be to overrule or stand in for a declaration
_CODE = re.compile(r"\b([a-z]{2,3})(?:[-_][A-Za-z]{2,4})?\b")
# ISO 639-2 codes and names some pages declare instead of ISO 639-1 codes
_ALIASES = {"fre": "fr", "fra": "fr", "french": "fr", "français": "fr", "francais": "fr", "eng": "en",
            "english": "en", "ger": "de", "deu": "de", "german": "de", "deutsch": "de", "ita": "it",
            "italian": "it", "italiano": "it", "spa": "es", "spanish": "es", "español": "es", "por": "pt",
            "portuguese": "pt", "rus": "ru", "russian": "ru", "dut": "nl", "nld": "nl", "pol": "pl"}


def declared_code(value: str | None) -> str | None:
    """ "en-US", "fr_FR", "English (United States), en-US", "ISO639-2 fre", "De" -> the
    ISO 639-1 code; None when nothing in it is a language code."""
    if not value:
        return None
    text = value.strip().lower()
    for word in re.findall(r"[a-zçñ]+", text):
        if word in _ALIASES:
            return _ALIASES[word]
    found = _CODE.search(text)
    if found and len(found.group(1)) == 2:
        return found.group(1)
    return None


def decide(text: str, declared: str | None = None) -> str:
    """The ISO 639-1 code of the text's language, or "und" (see the module's docstring)."""
    declared = declared_code(declared)
    ranking = language_ranking(text)
    if ranking is None:  # too little text to tell
        return declared or UNDETERMINED
    probability = dict(ranking)
    detected, confidence = ranking[0]
    if declared and (declared == detected or probability.get(declared, 0.0) >= DECLARED_MIN_PROBABILITY):
        return declared
    if confidence >= DETECTED_MIN_PROBABILITY:
        return detected
    return UNDETERMINED
