"""The event coder: who did what to whom, in French and English, with provenance.

    code_text(text, lang=None, date=None) -> list[Event]
    code_articles(articles, batch_size=32) -> Iterator[(Article, list[Event])]
"""

from dyads.coder.articles import CodingOptions, CodingStats, code_articles, code_text
from dyads.coder.lexicon import LexiconError, load_lexicon

__all__ = ["CodingOptions", "CodingStats", "LexiconError", "code_articles", "code_text", "load_lexicon"]
