"""Text repair, page furniture and language: what a body needs before sentences can be
found in it.

Dumps and some pages glue paragraphs together: "positions de 1997.La diplomatie" (a lost
paragraph break after a full stop) or "Garanties de sécurité en EuropeFin 2021, la Russie"
(a heading glued to the paragraph after it). `repair_body` puts them back apart, and
normalises what downstream matching should not have to care about.

Decisions, so that every stage after this one can rely on them:
- Paragraphs are separated by exactly "\\n\\n"; inside a paragraph, whitespace runs
  (including no-break and narrow no-break spaces) are one ASCII space.
- Apostrophes and single quotes (’ ‘ ‛ ʼ) become "'", so "l’Otan" and "l'Otan" match.
  English double quotes (“ ” „ ‟) become '"'. French guillemets « » are kept: they mark
  quoted speech, which attribution uses.
- Invisible characters (zero-width spaces, soft hyphens, BOM) are dropped; text is NFC.
- Extracted pages lose their furniture (`drop_boilerplate`): paragraphs that are only a
  link-block label ("Related", "Lire aussi") or a short call to action ("Sign up for...",
  "© Reuters"), and long runs of menu lines. Headings and sentences that merely contain
  those words stay.
- When the caller knows the page's paragraphs (trafilatura's structure), only the safe
  repairs run. Headings glued to the following text are looked for only in text that
  comes without a page's structure (dumps, JSONL bodies, text files), where the paragraph
  breaks may have been lost anywhere.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from py3langid.langid import MODEL_FILE, LanguageIdentifier
import regex

_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# whitespace to rewrite as one space: runs, and any single one that is not a plain space
# (U+00A0, U+202F, tabs); newlines are left to the caller
_SPACES = re.compile(r"[^\S\n]{2,}|[^\S \n]")
_QUOTES = {"’": "'", "‘": "'", "‛": "'", "ʼ": "'", "“": '"', "”": '"', "„": '"', "‟": '"'}
_QUOTE_CHARS = re.compile("[" + "".join(_QUOTES) + "]")

# A sentence end glued to the next sentence: a lower-case letter or digit (maybe a closing
# quote or bracket), the end mark (maybe a closing quote), then an upper-case letter.
# Upper-case before the mark is left alone: "U.S.A", "ASP.NET".
_GLUED_SENTENCE = regex.compile(r"""(?<=[\p{Ll}\d]["'»)\]]?(?:[.!?…]+|\s[!?]+)["'»)]?)(?=\p{Lu})""")
# An initial glued to a name: "M.Lavrov", "J.Smith" (a lone capital, then a capitalised word).
_GLUED_INITIAL = regex.compile(r"(?<![\p{L}.'])(\p{Lu}\.)(?=\p{Lu}\p{Ll})")
# Tokens where a "." before a capital is not a sentence end.
_ADDRESS = regex.compile(r"(https?://|www\.|@|/)")

# A heading glued to the text after it: a word whose lower-case run is followed, with no
# space, by a capitalised word ("EuropeFin", "PaisPlus").
_CAMEL_JOINT = regex.compile(r"(?<=\p{Lu}?\p{Ll}{3,})(?=\p{Lu}\p{Ll})")
_WORD = regex.compile(r"\p{L}*")
_SENTENCE_END = regex.compile(r"[.!?…][\"'»)]?\s+")
_HEADING_MAX_WORDS = 12
# Brand and family names written in camel case; a joint inside them is no heading.
_CAMEL_NAMES = {
    "BlackRock", "FedEx", "GitHub", "JavaScript", "LinkedIn", "MasterCard", "MacBook",
    "OpenAI", "PayPal", "PlayStation", "PowerPoint", "SoftBank", "SpaceX", "TikTok",
    "WhatsApp", "YouTube", "DeepMind", "BioNTech", "AstraZeneca", "GlaxoSmithKline",
    "ArcelorMittal", "TotalEnergies", "EasyJet", "SmartPhone", "WikiLeaks", "BlackBerry",
}

# Page furniture an extractor keeps around the article: labels of link blocks ("Related",
# "Lire aussi", "Comments"), which must be the whole paragraph, and calls to action
# ("Sign up for our newsletter", "Click here to..."), which start a short one. A heading
# or a sentence that merely mentions these words is no match.
# (runs on extracted lines, before quotes are normalised: hence ['’])
_FURNITURE_LABELS = [
    # English
    r"advertisement", r"sponsored( content)?", r"recommended( for you)?", r"trending( now)?",
    r"related( (articles|stories|content|posts))?", r"(read|see) (more|also|next)", r"most (read|popular)",
    r"more (stories|news)( from .{1,40})?", r"you (may|might) also like", r"(don['’]t|do not) miss",
    r"share( this( article| story)?)?", r"print( this)?( article)?", r"order reprints", r"tell us what you think",
    r"(leave a |post a |view |no |\d+ )?comments?", r"all rights reserved",
    # French
    r"publicité", r"(à )?lire (aussi|également|la suite)", r"voir aussi", r"sur le même sujet",
    r"partager( l['’]article| cet article)?", r"(laisser un |\d+ )?commentaires?", r"tous droits réservés",
    r"(les )?articles? (liés|similaires|les plus lus)",
]
_CALLS_TO_ACTION = [
    # English
    r"(click|tap) here", r"sign up", r"subscribe (to|for|now)", r"follow us", r"like this story",
    r"share (this|it|on)\b", r"(read more|related|see also|recommended|don['’]t miss) ?:",
    r"get (the|our) .{1,40} app\b", r"thanks? (you )?for (signing|subscribing)", r"all rights reserved",
    r"copyright ?(©|ⓒ|\(c\)|\d{4})", r"[©ⓒ]",
    # French
    r"(à )?lire (aussi|également) ?:", r"voir aussi ?:", r"abonnez-vous", r"inscrivez-vous", r"suivez-nous",
    r"tous droits réservés",
]
_FURNITURE_LABEL = regex.compile(r"^[-•*\s]*(%s)[\s.:!…|]*$" % "|".join(_FURNITURE_LABELS),
                                 regex.IGNORECASE)
_CALL_TO_ACTION = regex.compile(r"^[-•*\s]*(%s)" % "|".join(_CALLS_TO_ACTION), regex.IGNORECASE)
_CALL_TO_ACTION_MAX_WORDS = 12
# A menu: a long run of short lines with no sentence in them. Articles do hold lists (of
# names, of products), but a run this long that never makes a sentence is navigation.
_MENU_ITEM_MAX_CHARS = 30
_MENU_MIN_RUN = 30
_SENTENCE_MARK = regex.compile(r"[.!?…:;。！？]")

_LANG_MIN_LETTERS = 20
_LANG_SAMPLE = 1000  # the first characters say the language as well as the whole text, 3x faster


def normalise(text: str) -> str:
    """NFC, straight apostrophes and English quotes, no invisible characters, one space
    between words; newlines are kept for the caller to interpret."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _QUOTE_CHARS.sub(lambda m: _QUOTES[m.group()], text)
    return _SPACES.sub(" ", text)


def split_glued_sentences(text: str) -> str:
    """Put the missing space after a sentence end and after an initial:
    "de 1997.La diplomatie" -> "de 1997. La diplomatie", "M.Lavrov" -> "M. Lavrov".
    Decimals ("3.5"), acronyms ("U.S."), URLs and e-mail addresses are left as they are."""
    text = _GLUED_INITIAL.sub(r"\1 ", text)
    out: list[str] = []
    last = 0
    for match in _GLUED_SENTENCE.finditer(text):
        at = match.start()
        token_start = text.rfind(" ", 0, at) + 1
        token_end = text.find(" ", at)
        if _ADDRESS.search(text, token_start, token_end if token_end >= 0 else len(text)):
            continue  # a URL or an e-mail address
        out.append(text[last:at])
        out.append(" ")
        last = at
    out.append(text[last:])
    return "".join(out)


def _heading_before(text: str, joint: int) -> int | None:
    """Where the heading that ends at `joint` starts, or None when the text before the
    joint does not look like a heading (a short capitalised phrase after a sentence end)."""
    start = 0
    for end in _SENTENCE_END.finditer(text, 0, joint):
        start = end.end()
    heading = text[start:joint]
    words = heading.split()
    if not words or len(words) > _HEADING_MAX_WORDS or not heading[0].isupper():
        return None
    if any(mark in heading for mark in ".!?;:"):
        return None
    word_start = text.rfind(" ", 0, joint) + 1
    glued_word = _WORD.match(text, word_start).group()
    if glued_word in _CAMEL_NAMES or text.count(glued_word) > 1:
        return None  # a name written in camel case, not a joint
    if len(words) == 1 and joint - word_start < 6:
        return None  # "YouTube", "McDonald": too short to be a heading
    if len(text[joint:].split(None, 3)) < 3:
        return None  # a heading introduces a paragraph, not a word or two
    return start


def split_glued_headings(paragraph: str) -> list[str]:
    """Headings glued to the paragraph after them, made paragraphs of their own:
    "... selon M. Lavrov. Garanties de sécurité en EuropeFin 2021, la Russie ..." ->
    ["... selon M. Lavrov.", "Garanties de sécurité en Europe", "Fin 2021, la Russie ..."]."""
    pieces: list[str] = []
    rest = paragraph
    while True:
        for match in _CAMEL_JOINT.finditer(rest):
            start = _heading_before(rest, match.start())
            if start is not None:
                pieces.append(rest[:start])
                pieces.append(rest[start:match.start()])
                rest = rest[match.start():]
                break
        else:
            pieces.append(rest)
            return [p.strip() for p in pieces if p.strip()]


def repair_body(text: str, paragraphs: list[str] | None = None) -> str:
    """A clean body: paragraphs separated by "\\n\\n", glued sentences and initials split.

    `paragraphs`, when the page's structure is known, are used instead of `text`.
    Otherwise `text` is split on blank lines, or on single newlines when it has no blank
    line, and glued headings are looked for in each paragraph.
    """
    from_text = paragraphs is None
    if paragraphs is None:
        text = normalise(text).strip()
        if "\n\n" in text:
            # a single newline inside a paragraph is a hard wrap
            paragraphs = [" ".join(p.split("\n")) for p in regex.split(r"\n\s*\n", text)]
        else:
            paragraphs = text.split("\n")
    else:
        # one pass over the whole text is cheaper than one per paragraph
        paragraphs = normalise("\n".join(p.replace("\n", " ") for p in paragraphs)).split("\n")
    repaired: list[str] = []
    for paragraph in paragraphs:
        paragraph = split_glued_sentences(paragraph.strip())
        if not paragraph:
            continue
        repaired.extend(split_glued_headings(paragraph) if from_text else [paragraph])
    return "\n\n".join(repaired)


def _is_menu_item(paragraph: str) -> bool:
    return len(paragraph) <= _MENU_ITEM_MAX_CHARS and not _SENTENCE_MARK.search(paragraph)


def navigation_share(paragraphs: list[str]) -> float:
    """The share of paragraphs that look like menu items (short, no sentence in them)."""
    return sum(map(_is_menu_item, paragraphs)) / len(paragraphs) if paragraphs else 0.0


def drop_boilerplate(paragraphs: list[str]) -> list[str]:
    """The paragraphs of an extracted page without its furniture: calls to action
    ("Sign up for our newsletter", "Lire aussi") and menus."""
    kept = [p for p in paragraphs if not _FURNITURE_LABEL.match(p)
            and not (len(p.split()) <= _CALL_TO_ACTION_MAX_WORDS and _CALL_TO_ACTION.match(p))]
    out: list[str] = []
    run: list[str] = []
    for paragraph in kept + [""]:  # the empty sentinel closes the last run
        if paragraph and _is_menu_item(paragraph):
            run.append(paragraph)
            continue
        if len(run) < _MENU_MIN_RUN:
            out.extend(run)
        run = []
        if paragraph:
            out.append(paragraph)
    return out


@functools.cache
def _language_identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_ranking(text: str) -> list[tuple[str, float]] | None:
    """Every language py3langid knows with its probability for the text, most likely first;
    None for too little text to tell."""
    sample = text[:_LANG_SAMPLE]
    if sum(map(str.isalpha, sample)) < _LANG_MIN_LETTERS:
        return None
    return _language_identifier().rank(sample)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language (py3langid), or None for too little text."""
    ranking = language_ranking(text)
    return ranking[0][0] if ranking else None
