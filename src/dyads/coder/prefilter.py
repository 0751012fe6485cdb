"""The cheap test run before parsing: can this sentence hold an event at all?

A sentence is parsed only when it names an actor with a code and contains a surface form
of a trigger (any inflection of a lexicon verb or noun, or an obligation word). The forms
come from the lexicon lemmas, the irregular forms of the pipeline's own lemmatizer tables
(inverted), and regular inflection rules; a false alarm costs one parse, a miss costs an
event, so the test errs on the side of parsing.
"""

from __future__ import annotations

import functools
import re

from dyads.coder.lexicon import load_lexicon
from dyads.folding import fold
from dyads.lang import language
from dyads.nlp import load_pipeline

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


class TriggerForms:
    """Every surface form that may realise a trigger of one language."""

    def __init__(self, forms: frozenset[str]):
        self.forms = forms

    @classmethod
    def of_lemmas(cls, lemmas: set[str], lang: str, irregular: dict[str, list[str]] | None = None) -> "TriggerForms":
        """The regular forms of the lemmas, and their irregular forms the pipeline knows."""
        inflect = language(lang).inflect
        forms = {fold(f) for lemma in lemmas for word in lemma.split() for f in inflect(word)}
        for form, form_lemmas in (irregular or {}).items():
            if any(fold(lem) in lemmas for lem in form_lemmas):
                forms.add(fold(form))
        return cls(frozenset(forms))

    def present(self, text: str) -> bool:
        forms = self.forms
        for match in WORD.finditer(text):
            word = fold(match.group())
            if word in forms:
                return True
            # French elision ("l'attaque", "s'engagent") and hyphenated forms ("a-t-il").
            for piece in re.split(r"['-]", word):
                if piece in forms:
                    return True
        return False


def _irregular(lang: str) -> dict[str, list[str]]:
    """Form -> lemmas from the pipeline lemmatizer's exception tables (verbs and nouns)."""
    nlp = load_pipeline(lang)
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = nlp.get_pipe("lemmatizer").lookups
    if "lemma_exc" not in lookups.tables:
        return {}
    table = lookups.get_table("lemma_exc")
    out: dict[str, list[str]] = {}
    for pos in ("verb", "noun"):
        if pos in table:
            for form, lemmas in table[pos].items():
                out.setdefault(form, []).extend(lemmas)
    return out


@functools.cache
def trigger_forms(lang: str) -> TriggerForms:
    lexicon = load_lexicon(lang)
    return TriggerForms.of_lemmas(lexicon.trigger_lemmas() | lexicon.words("obligation"), lang, _irregular(lang))


@functools.cache
def alone_forms(lang: str) -> TriggerForms:
    """The forms of the nouns that say by themselves who acted (`alone` entries with an
    `agent`: "the protests began"): in an article about one country, a sentence holding one
    names an actor. (An `alone` noun with no agent, "the meeting between X and Y", needs its
    actors written in the sentence, which the prefilter sees anyway.)"""
    lexicon = load_lexicon(lang)
    return TriggerForms.of_lemmas({e.lemma for e in lexicon.entries if e.alone and e.agent}, lang)


@functools.cache
def verdict_forms(lang: str) -> TriggerForms | None:
    """The forms of the verdict words of `quoted_verdicts` entries ("a big mistake", « un
    scandale »): a sentence continuing a quote that holds one may be its speaker's verdict."""
    words = {w for e in load_lexicon(lang).named_entries("quoted_verdicts") for w in e.judged}
    return TriggerForms.of_lemmas(words, lang) if words else None


# A word weighing at least this much for a type in the learned typer may carry an event the
# lexicon does not know: sentences holding one are parsed too.
TYPER_WEIGHT = 0.5


@functools.cache
def typer_forms(lang: str) -> TriggerForms | None:
    """The surface forms of the typer's weighty words (None without a typer)."""
    from dyads.coder.typer import load_typer

    typer = load_typer(lang)
    if typer is None:
        return None
    lemmas = {f[2:] for weights in typer.weights.values() for f, w in weights.items()
              if f.startswith("w=") and w >= TYPER_WEIGHT}
    return TriggerForms.of_lemmas(lemmas, lang)
