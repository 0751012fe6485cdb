"""Parse repair of fronted object clitics (rule clitic-subject; lists in grammar.yaml).

French puts object pronouns before the verb: « Il le félicite », « Il l'a accusé de fraude »,
« Il lui reproche son silence », « Il les appelle à voter ». The small French parser reads the
subject « il » there as an expletive (`expl:subj`, as in « il faut ») or a modifier, so the
verb has no subject, and some clitics (« la », « lui », « leur ») as determiners of the verb,
so it has no object. Both are put back, before any rule reads the parse, when only clitics,
negation and the verb's auxiliaries stand between the pronoun and the verb. A language with no
`clitic_subjects` list (English) is left as parsed.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyads.coder.tokens import PASSIVE_SUBJECT, SUBJECT, dep
from dyads.folding import fold
from dyads.lang import language


def repair_clitics(doc: Doc, lexicon) -> Doc:
    subjects = lexicon.words("clitic_subjects")
    if not subjects:
        return doc
    direct, indirect = lexicon.words("object_clitics"), lexicon.words("indirect_clitics")
    between, impersonal = lexicon.words("clitic_between"), lexicon.words("impersonal_verbs")
    for verb in doc:
        if verb.pos_ == "NOUN" and _verb_after_clitics(doc, verb, subjects, indirect):
            # « Il leur demande de ... »: after a subject pronoun and « leur » / « lui », the word
            # is a verb (the parser reads « leur demande » as "their request")
            stems = language(doc.lang_).verb_stems(fold(verb.text))
            if stems:
                verb.pos_, verb.lemma_ = "VERB", stems[0]
        if verb.pos_ != "VERB":
            continue
        run, i = [], verb.i - 1  # the clitics, negation and auxiliaries right before the verb
        while i >= 0:
            token = doc[i]
            word = fold(token.text)
            if word in direct or word in indirect or word in between \
                    or (token.head == verb and dep(token).startswith("aux")):
                run.append(token)
                i -= 1
                continue
            break
        clitics = [t for t in run if t.head == verb and fold(t.text) in direct | indirect]
        for clitic in clitics:  # « lui », « leur » are never direct objects, nor reflexives
            if fold(clitic.text) in indirect and dep(clitic) in ("obj", "expl:comp", "det"):
                clitic.pos_, clitic.dep_ = "PRON", "iobj"
        if not clitics or i < 0 or doc[i].pos_ == "ADP":
            continue  # « le domicile de l'opposant »: an article after a preposition, a noun the parser took for a verb
        subject = doc[i]
        if fold(subject.text) in subjects and subject.head == verb and dep(subject) not in SUBJECT | PASSIVE_SUBJECT \
                and not any(dep(c) in SUBJECT | PASSIVE_SUBJECT for c in verb.children) \
                and fold(verb.lemma_) not in impersonal and not _impersonal_passive(run):
            subject.dep_ = "nsubj"
        if not any(dep(c) in SUBJECT for c in verb.children):
            continue
        for clitic in clitics:  # « Il la soutient »: a determiner of a verb with a subject is its object
            if clitic.pos_ == "DET" or dep(clitic) == "det":
                clitic.pos_ = "PRON"
                clitic.dep_ = "iobj" if fold(clitic.text) in indirect else "obj"
    return doc


def _verb_after_clitics(doc: Doc, noun, subjects: frozenset[str], indirect: frozenset[str]) -> bool:
    """A noun right after « lui » / « leur » right after a subject pronoun that opens its clause."""
    if noun.i < 2 or fold(doc[noun.i - 1].text) not in indirect or fold(doc[noun.i - 2].text) not in subjects:
        return False
    start = noun.i - 2
    return start == 0 or doc[start - 1].is_punct or doc[start - 1].pos_ in ("CCONJ", "SCONJ", "ADV")


def _impersonal_passive(run: list) -> bool:
    """« il lui est reproché de » : « être » with no reflexive, « il » is no one."""
    reflexive = any(fold(t.text) in ("se", "s'") for t in run)
    return not reflexive and any(dep(t).startswith("aux") and fold(t.lemma_) == "etre" for t in run)
