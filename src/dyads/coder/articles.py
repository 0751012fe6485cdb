"""The coding stage: articles in, events out, parsing only the sentences that can hold one.

    for article, events in code_articles(articles):
        ...

Each body is split into sentences (rule-based, cheap), actor mentions are found once per
body, and a sentence goes to spaCy only when it has a mention with a code and a surface
form of a trigger. The parses of a batch are run together through `nlp.pipe`.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
import functools
import hashlib
import logging
import os
import re
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterable, Iterator

from dyads.coder.events import Draft, SentenceCoder
from dyads.coder.lexicon import load_lexicon
from dyads.coder.prefilter import alone_forms, trigger_forms, typer_forms, verdict_forms
from dyads.coder.references import SENTENCE_WINDOW, resolve_references
from dyads.coder.scorer import load_scorer
from dyads.coder.syntax import main_subjects, plural_group
from dyads.coder.tokens import dep, is_past_participle, tokens_within
from dyads.coder.tokens import PEOPLE_SECTORS, mention_country
from dyads.coder.typer import load_typer
from dyads.datelines import dateline_spans
from dyads.folding import fold
from dyads.dates import resolve_event_date
from dyads.model import Article, Event, Mention, Place
from dyads.nlp import LANGUAGES, parse, split_sentences
from dyads.coder.clitics import repair_clitics
from dyads.ontology import describe
from dyads.places import find_place, place_named
from dyads.text import detect_language

log = logging.getLogger("dyads.coder")



# Longer "sentences" are lists, tables or pages that lost their punctuation, never one event's
# clause; parsing one costs more than parsing the article (a 740 KB run-on took minutes).
MAX_SENTENCE_CHARS = 2000


@dataclass
class CodingStats:
    """What the prefilter saved: how many sentences were seen and parsed, and the time."""

    articles: int = 0
    sentences: int = 0
    parsed: int = 0
    events: int = 0
    too_long: int = 0  # sentences left unparsed for their length (MAX_SENTENCE_CHARS)
    background: int = 0  # events of years before the article, told as background (not coded)
    parse_seconds: float = 0.0
    total_seconds: float = 0.0
    by_language: dict[str, int] = field(default_factory=dict)

    @property
    def parsed_fraction(self) -> float:
        return self.parsed / self.sentences if self.sentences else 0.0

    def to_dict(self) -> dict:
        return {"articles": self.articles, "sentences": self.sentences, "parsed": self.parsed,
                "too_long": self.too_long, "background": self.background,
                "parsed_fraction": round(self.parsed_fraction, 4), "events": self.events,
                "parse_seconds": round(self.parse_seconds, 3), "total_seconds": round(self.total_seconds, 3)}


def guess_language(text: str) -> str | None:
    """The language of `text` if the coder handles it: py3langid, or for a short text
    (a headline, one sentence) the language whose common words it holds most."""
    lang = detect_language(text)
    if lang in LANGUAGES:
        return lang
    if lang is not None and len(text) > 200:
        return None
    words = [w.lower() for w in re.findall(r"\w+", text)]
    counts = {code: sum(w in load_lexicon(code).words("common_words") for w in words) for code in LANGUAGES}
    best = max(counts, key=lambda code: counts[code])  # ties: the first language (LANGUAGES order)
    return best if counts[best] else None


def _reference_date(published: dt.datetime | dt.date | None) -> dt.date | None:
    if isinstance(published, dt.datetime):
        return published.date()
    return published


def actor_dictionary(actors: tuple[str, ...] | None = None):
    """The shipped actors plus the user's files: those given, else those `dyads --actors
    FILE` passes on in DYADS_ACTORS, as it does to the HTTP API."""
    from dyads.actors import load_dictionary
    if actors is None:
        actors = tuple(p for p in os.environ.get("DYADS_ACTORS", "").split(os.pathsep) if p)
    return load_dictionary(actors)


@dataclass
class _Sentence:
    article_index: int
    start: int
    text: str
    mentions: list[Mention]
    antecedent: Mention | None = None  # whom a personal subject pronoun may stand for
    article_country: str | None = None  # the country the article is about, for group nouns
    speaker: Mention | None = None  # who speaks a quote opened in a sentence before (its "I", "we")
    stances: list[Mention] = field(default_factory=list)  # actors named in an attitude ("anti-American")
    # for a sentence with a group pronoun ("they", "ils"): the sentences before it, closest
    # first, as (start, text, sentence-relative mentions); parsed to find whom it stands for
    context: list[tuple[int, str, list[Mention]]] = field(default_factory=list)
    topics: frozenset[str] = frozenset()  # what the article is about besides politics (sport)
    collectives: list[Mention] = field(default_factory=list)  # actors with no code ("les pays", "the West")
    number: int = 0  # the sentence's rank in its article
    # for a sentence with an object pronoun: the people the closest sentence before names, whom
    # the pronoun may stand for when its clause's subject pronoun takes the first (object-pronoun-other)
    object_people: list[Mention] = field(default_factory=list)
    # with no country the article is about: the one a sentence just before names alone, else the
    # one the article names most; only for the state's group nouns (rule local-country)
    local_country: str | None = None


@dataclass
class CodingOptions:
    """How to code: `prefilter=False` parses every sentence (to measure what the prefilter
    costs); `candidates`, when given, receives the features of every candidate event by event
    id, and no candidate is dropped by the learned scorer (to train it)."""

    prefilter: bool = True
    candidates: dict[str, list[str]] | None = None
    actors: tuple[str, ...] | None = None  # the user's actor files (default: DYADS_ACTORS)
    typer_threshold: float | None = None  # the typer's, to choose it (default: the model's)
    # the learned scorer and typer; DYADS_MODELS=off codes with the rules alone (the rules'
    # own tests do; gold-set scores are measured with the models)
    models: bool = field(default_factory=lambda: os.environ.get("DYADS_MODELS", "on") != "off")


def code_articles(articles: Iterable[Article], batch_size: int = 32,
                  stats: CodingStats | None = None, options: CodingOptions | None = None
                  ) -> Iterator[tuple[Article, list[Event]]]:
    """(article, its events) for every article, in order; `stats` collects the counts."""
    stats = stats if stats is not None else CodingStats()
    options = options or CodingOptions()
    dictionary = actor_dictionary(options.actors)
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _code_batch(batch, dictionary, batch_size, stats, options)
            batch = []
    if batch:
        yield from _code_batch(batch, dictionary, batch_size, stats, options)


def _code_batch(articles: list[Article], dictionary, batch_size: int,
                stats: CodingStats, options: CodingOptions) -> Iterator[tuple[Article, list[Event]]]:
    began = time.perf_counter()
    pending: dict[str, list[_Sentence]] = {}
    languages: list[str | None] = []
    for index, article in enumerate(articles):
        stats.articles += 1
        lang = article.language if article.language in LANGUAGES else (
            None if article.language else guess_language(article.body))
        languages.append(lang)
        if lang is None or not article.body:
            continue
        for sentence in candidate_sentences(article.body, lang, _reference_date(article.published),
                                            dictionary, stats, index, options.prefilter,
                                            typed=options.candidates is None and options.models
                                            and load_typer(lang) is not None):
            pending.setdefault(lang, []).append(sentence)
    events: list[list[Event]] = [[] for _ in articles]
    for lang, sentences in pending.items():
        lexicon = load_lexicon(lang)
        learned = options.candidates is None and options.models
        scorer = load_scorer(lang) if learned else None
        typer = load_typer(lang) if learned else None
        parse_began = time.perf_counter()
        # (rule clitic-subject: the fronted object clitics the parser misreads, put back)
        docs = [repair_clitics(d, lexicon) for d in parse((s.text for s in sentences), lang, batch_size=batch_size)]
        group_antecedents, act_antecedents = _context_antecedents(sentences, docs, lexicon, batch_size)
        stats.parse_seconds += time.perf_counter() - parse_began
        stats.parsed += len(docs)
        told: dict[int, list[tuple[int, Draft]]] = {}  # by article: (sentence number, draft) as coded
        for sentence, doc in zip(sentences, docs):
            article = articles[sentence.article_index]
            earlier = told.setdefault(sentence.article_index, [])
            try:
                drafts = SentenceCoder(doc, sentence.mentions, lexicon, describe, antecedent=sentence.antecedent,
                                       scorer=scorer, article_country=sentence.article_country,
                                       local_country=sentence.local_country,
                                       speaker=sentence.speaker, stances=sentence.stances,
                                       group_antecedent=group_antecedents.get(id(sentence)),
                                       act_antecedent=act_antecedents.get(id(sentence)),
                                       liberal=scorer is not None or options.candidates is not None,
                                       typer=typer, typer_threshold=options.typer_threshold,
                                       article_topics=sentence.topics, collectives=sentence.collectives,
                                       told=[(sentence.number - n, d) for n, d in reversed(earlier)],
                                       object_people=sentence.object_people).drafts()
                for draft in drafts:
                    _office_left(draft, dictionary, lang, _reference_date(article.published))
                    event = build_event(draft, sentence.text, sentence.start, article.id, article.published, lang)
                    if generic_answer(draft) and interview_answer(article.body, sentence.start, lexicon):
                        stats.background += 1  # an interviewee's talk of people at large, no event
                        continue
                    if is_background(event, article.published, draft) or told_as_history(draft, event, sentence.text,
                                                                                   article.published, lang) \
                            or made_before(draft, event, sentence.text, article.published, lang) \
                            or told_months_before(draft, event, sentence.text, article.published, lang):
                        stats.background += 1
                        continue
                    events[sentence.article_index].append(event)
                    if not draft.negated and not draft.hypothetical:
                        earlier.append((sentence.number, draft))
                    if options.candidates is not None:
                        options.candidates[event.id] = draft.features
            except Exception:  # one odd parse must not lose the batch
                log.exception("coding sentence at %s of %s", sentence.start, article.id)
    stats.total_seconds += time.perf_counter() - began
    for article, article_events in zip(articles, events):
        stats.events += len(article_events)
        yield article, article_events


# How far back the office a person leaves is looked for: a resignation reported within weeks
OFFICE_LEFT_DAYS = 45
_NAMED = re.compile(r"(?:surname|role \S+) of '(?P<name>[^']+)'")


def _office_left(draft: Draft, dictionary, lang: str, day: dt.date | None) -> None:
    """"McAleenan resigned", "Theresa May stepped down on July 24": who retreats is coded by the
    office they leave (gold/GUIDELINES.md: an actor is what it represents at the event), not by
    the opposition or the seat in parliament their rows give them from the day after. A person
    coded as the opposition on the article's date who held another office within
    OFFICE_LEFT_DAYS before it takes that office's code; one coded as a legislator, the
    executive, military or judicial office they held then."""
    if draft.type != "RETREAT" or day is None:
        return
    for i, mention in enumerate(draft.source):
        if mention.kind != "person" or not (mention.code or "").endswith(("OPP", "LEG")):
            continue
        named = _NAMED.search(mention.entry or "")
        name = named.group("name") if named else mention.text
        before = [m for m in dictionary.find_mentions(name, lang, date=day - dt.timedelta(days=OFFICE_LEFT_DAYS))
                  if m.code and m.start == 0 and m.end == len(name)]
        if not before or before[0].code[:3] != mention.code[:3] or before[0].code == mention.code:
            continue
        left = before[0].code
        if (mention.code.endswith("OPP") and not left.endswith("OPP")) or left.endswith(("GOV", "MIL", "JUD", "COP")):
            draft.source[i] = replace(mention, code=left)


def candidate_sentences(body: str, lang: str, day: dt.date | None, dictionary, stats: CodingStats,
                        index: int = 0, prefilter: bool = True, typed: bool = False) -> list[_Sentence]:
    """The sentences of `body` worth parsing, with their mentions made sentence-relative:
    those naming an actor (or with a personal pronoun standing for one named before) and
    holding a surface form of a trigger."""
    spans = split_sentences(body, lang)
    stats.sentences += len(spans)
    stats.by_language[lang] = stats.by_language.get(lang, 0) + len(spans)
    forms = trigger_forms(lang)
    lexicon = load_lexicon(lang)
    datelines = dateline_spans(body)
    named, stances = dictionary.find_mentions_and_stances(body, lang=lang, date=day)
    found = [m for m in named if m.code and not any(s <= m.start < e for s, e in datelines)]  # "HANOI, Vietnam (AP) —"
    stance_starts = [m.start for m in stances]
    collectives = sorted((m for m in named if m.kind == "collective"), key=lambda m: m.start)
    collective_starts = [m.start for m in collectives]
    references = resolve_references(body, found, spans, lexicon, main_country(found, len(body)))
    mentions = sorted((m for m in references.mentions if m.code), key=lambda m: m.start)
    starts = [m.start for m in mentions]  # each sentence takes its mentions by bisection:
    # a page of many sentences and many mentions must not cost sentences x mentions
    ranking = country_ranking(mentions, len(body))
    country = leading_country(ranking)
    pronoun = _pronoun_pattern(lang, "pronouns")
    object_pronoun = _pronoun_pattern(lang, "object_pronouns")
    # "questioned his authority": whom a possessive owning a reaction's object stands for (rule
    # possessive-owner)
    possessives = load_lexicon(lang).words("possessive_pronouns")
    possessive = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(possessives)))})\b", re.IGNORECASE) if possessives else None
    group_pronoun = _pronoun_pattern(lang, "group_pronouns")
    act_noun = _act_noun_pattern(lang)
    groups = _group_noun_pattern(lang)
    # with no country the article is about ("China said ... while the city's police deny ..."
    # in an article naming China and Hong Kong alike): the one the closest sentence before names
    # alone, at most LOCAL_WINDOW sentences back, else the one the article names most, ahead of
    # any other by any margin; for the group nouns of the state's own sectors (rule local-country)
    local, local_at = None, -LOCAL_WINDOW - 1
    leading = None if country else leading_country(ranking, margin=LEADING_MARGIN)
    alone = alone_forms(lang) if country else None  # "The protests began in June": the country's people
    # with a typer, a sentence naming an actor may hold an event of a word the lexicon lacks
    typed_forms = typer_forms(lang) if typed else None
    first_person = _pronoun_pattern(lang, "first_person")
    verdicts = verdict_forms(lang)
    topics = article_topics(body, lexicon)
    quotes = QuoteTracker()
    closers = _closing_speakers(body, spans, mentions, starts, references, lexicon)
    out = []
    for number, (start, end) in enumerate(spans):
        text = body[start:end]
        opened_in = quotes.open_since(number)
        quotes.read(number, text)
        inside = [m for m in mentions[bisect_left(starts, start):bisect_left(starts, end)] if m.end <= end]
        nearby = None
        if not country:
            nearby = local if number - local_at <= LOCAL_WINDOW else leading
            named_here = {mention_country(m) for m in inside if not (m.code or "").endswith(PEOPLE_SECTORS)} - {None}
            if len(named_here) == 1:
                local, local_at = next(iter(named_here)), number
        antecedent = references.antecedent(number) if pronoun and pronoun.search(text) else None
        # '"... I urge my colleagues ..."': the first person of a quote opened before is its speaker,
        # the person named in the sentence that opened it (or just before that sentence)
        # ('"... Leaving them to die is a big mistake."': so is the one of a verdict it holds)
        # 'Merkel said:' then a paragraph '"We condemn ..."': a quote opening a sentence just after
        # one that ends with a colon is that sentence's speaker's, from its first sentence on
        opening = number if opened_in is None else opened_in
        introduced = _colon_introduced(body, spans, opening)
        # '"ISIS is not defeated [...] [...] The casualties were very low", Graham continued.': a
        # quotation that opens a sentence with nothing before it and closes sentences later with a
        # verb of saying is the speaker's that verb names, from its first sentence on (rule
        # quote-closer)
        closer = closers.get(number)
        quoted = opened_in is not None or introduced or closer is not None
        verdict = quoted and verdicts is not None and verdicts.present(text)
        speaker = ((closer or references.antecedent(opening if introduced else opened_in + 1))
                   if quoted and ((first_person and first_person.search(text)) or verdict) else None)
        context = _context(body, spans, number, mentions, starts) if group_pronoun and group_pronoun.search(text) else []
        actors = (inside or antecedent or speaker or ((country or nearby) and groups and groups.search(text)) or (alone and alone.present(text))
                  or any(ms for _, _, ms in context))
        if not context and act_noun and number and act_noun.search(text):
            # "Marrero rejected this argument": whose act it is, the sentences before tell
            context = _context(body, spans, number, mentions, starts)
        if prefilter and (not actors or not (forms.present(text) or (verdict and speaker is not None)
                                             or (typed_forms and typed_forms.present(text)))):
            continue
        if len(text) > MAX_SENTENCE_CHARS:  # a parse grows faster than the sentence: bounded work
            stats.too_long += 1
            continue
        has_object_pronoun = bool(object_pronoun and object_pronoun.search(text))
        if antecedent is None and (has_object_pronoun
                                   or (possessive and possessive.search(text))):
            # "Les députés l'ont critiqué": looked up only for a sentence kept already (French
            # "la", "le" are in nearly every sentence; they must not make one worth parsing)
            antecedent = references.antecedent(number)
        object_people = references.people_before(number) if has_object_pronoun else []
        attitudes = [m for m in stances[bisect_left(stance_starts, start):bisect_left(stance_starts, end)] if m.end <= end]
        uncoded = [m for m in collectives[bisect_left(collective_starts, start):bisect_left(collective_starts, end)]
                   if m.end <= end]
        out.append(_Sentence(index, start, text, _shifted(inside, start), antecedent, country, speaker,
                             _shifted(attitudes, start), context, topics, _shifted(uncoded, start), number,
                             object_people, nearby))
    return out


# a speaker's mark opening a paragraph of a Wikinews interview: "((WN))  What do you ...?",
# "((Zara Kay))  I think ..." (a mark inside a line, "((ko))", is a language template)
_SPEAKER_MARK = re.compile(r"^[ \t]*\(\(([^()\n]{1,60})\)\)", re.MULTILINE)


def interview_answer(body: str, start: int, lexicon) -> bool:
    """Whether `start` lies in an interviewee's answer of a Wikinews interview: its paragraph
    opens with the mark of a speaker other than the interviewer (`interviewer_marks`: "((WN))",
    "((Wikinews))"), or with no mark at all after the interview began ("((WN))  Why?" then
    "MS We did not ..."; "((Wayne Tseng))  ..." then more paragraphs of his answer)."""
    interviewers = lexicon.words("interviewer_marks")
    if not interviewers:
        return False
    paragraph = body.rfind("\n", 0, start) + 1
    own = _SPEAKER_MARK.match(body, paragraph)
    if own is not None:
        return fold(own.group(1).strip()) not in interviewers
    return _SPEAKER_MARK.search(body, 0, paragraph) is not None


def generic_answer(draft: Draft) -> bool:
    """A source an interviewee's answer gives in general terms: people only (a sector CVL:
    "a lot of girls are not comfortable talking to other people", "people who don't accept your
    religion", "we took part in many protests") or a pronoun ("They would also kill Muslims",
    "the help they promise us"). An interviewee tells of life and opinions, not of events, when
    speaking of people in general; a named actor or an institution named by a noun ("The police
    caught both of them") is still coded."""
    coded = [m for m in draft.source if m.code]
    source_rule = draft.rule.split(":")[-1].split("/")[0]
    return bool(coded) and ("pronoun" in source_rule or all(m.code.endswith("CVL") for m in coded))


def article_topics(body: str, lexicon) -> frozenset[str]:
    """The topics whose article gate (grammar.yaml `topic_gates`: `article`) the article passes,
    holding `min` of its words: a match report names "tennis", "doubles", "Davis Cup" across
    its sentences while its "Russia beat Croatia" holds none."""
    gates = {name: gate["article"] for name, gate in (lexicon.grammar.get("topic_gates") or {}).items()
             if "article" in gate}
    if not gates:
        return frozenset()
    text = fold(body)
    words = set(WORD.findall(text))
    return frozenset(name for name, gate in gates.items()
                     if sum(1 for w in gate["words"] if (w in words if " " not in w else w in text)) >= gate["min"])


WORD = re.compile(r"\w[\w-]*")


def _context(body: str, spans: list[tuple[int, int]], number: int, mentions: list[Mention],
             starts: list[int]) -> list[tuple[int, str, list[Mention]]]:
    """The sentences before sentence `number` that a group pronoun may point back to, closest
    first, with their mentions made sentence-relative."""
    out = []
    for start, end in reversed(spans[max(0, number - SENTENCE_WINDOW):number]):
        inside = [m for m in mentions[bisect_left(starts, start):bisect_left(starts, end)] if m.end <= end]
        out.append((start, body[start:end], _shifted(inside, start)))
    return out


def _context_antecedents(sentences: list[_Sentence], docs: list, lexicon, batch_size: int
                         ) -> tuple[dict[int, list[Mention]], dict[int, list[Mention]]]:
    """For each sentence with a context (by id): the actors the closest sentence before it
    naming a group subject names, for its group pronoun, and the actors the closest one naming
    any coded subject names, for the act a definite noun names ("this argument";
    dyads.coder.syntax.main_subjects). A sentence before that is a candidate itself is parsed
    already (`docs`); the others are parsed here, once each."""
    wanted = [(sentence, (sentence.article_index, start), text, mentions) for sentence in sentences
              for start, text, mentions in sentence.context if any(m.code for m in mentions)]
    if not wanted:
        return {}, {}
    parsed = {(s.article_index, s.start): doc for s, doc in zip(sentences, docs)}
    missing = {key: text for _, key, text, _ in wanted if key not in parsed}
    parsed.update(zip(missing, (repair_clitics(d, lexicon) for d in parse(missing.values(), lexicon.language,
                                                                              batch_size=batch_size))))
    groups: dict[int, list[Mention]] = {}
    acts: dict[int, list[Mention]] = {}
    closest: dict[int, tuple] = {}
    for sentence, key, _, mentions in wanted:  # closest sentence first
        closest.setdefault(id(sentence), (sentence, key, mentions))
        if id(sentence) in groups and id(sentence) in acts:
            continue
        group, actors = main_subjects(parsed[key], mentions, lexicon, sentence.article_country)
        if group:
            groups.setdefault(id(sentence), group)
        if actors:
            acts.setdefault(id(sentence), actors)
    plural = _plural_group_pronouns(lexicon.language)
    for ident, (sentence, key, mentions) in closest.items():
        if ident not in groups and sentence.context and sentence.context[0][0] == key[1] \
                and plural is not None and plural.search(sentence.text):
            # no group subject in the sentences before: the one plural group the sentence just
            # before names, whatever its role
            group = plural_group(parsed[key], mentions, lexicon, sentence.article_country)
            if group:
                groups[ident] = group
    return groups, acts


def _shifted(mentions: list[Mention], start: int) -> list[Mention]:
    """Mentions with offsets into the sentence that starts at `start` of the body."""
    return [Mention(m.start - start, m.end - start, m.text, m.code, m.kind, m.entry) for m in mentions]


def _closing_speakers(body: str, spans: list[tuple[int, int]], mentions: list[Mention], starts: list[int],
                      references, lexicon) -> dict[int, Mention]:
    """For each sentence of a quotation that opens a sentence (a quote mark first, no one named
    before it) and closes sentences later followed by a verb of saying (`attribution_verbs`:
    '"... [...] ...", Graham continued.', '"...," she added.'), the speaker that closing names:
    the first actor written after the closing mark, or for a personal pronoun there the person
    the article named before the quotation opened (rule quote-closer). Sentences of no such
    quotation are not in the result."""
    words = (lexicon.grammar.get("references") or {}).get("attribution_verbs") or ()
    if not words:
        return {}
    verbs = re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE)
    pronoun = _pronoun_pattern(lexicon.language, "pronouns")
    out: dict[int, Mention] = {}
    quotes = QuoteTracker()
    for number, (start, end) in enumerate(spans):
        text = body[start:end]
        quotes.open_since(number)
        closed = quotes.read(number, text)
        if closed is None or closed[1] >= number:
            continue
        closed_at, closed_from = closed
        opening = body[spans[closed_from][0]:spans[closed_from][1]].strip()
        marks = QuoteTracker.OPENING + QuoteTracker.STRAIGHT
        if opening[-1:] in marks and closed_from + 1 < number and not any(c in marks for c in opening[:-1]):
            # 'Putin met Assad on Monday. "' then 'We thank ...': the splitter leaves the opening
            # mark at the end of the sentence before; the quotation starts with the next one
            closed_from += 1
        elif not opening or opening[0] not in marks:
            continue  # 'McGurk later wrote, "...': the opening sentence names its speaker
        after = text[closed_at + 1:]
        said = verbs.search(after)
        # the verb right after the quotation ('", Graham continued', '", said X, director of ...'),
        # not one of a later clause or of a new quotation
        if said is None or said.start() > 120 or any(c in after[:said.start()] for c in "“\"«"):
            continue
        base = start + closed_at + 1
        named = [m for m in mentions[bisect_left(starts, base):bisect_left(starts, end)] if m.end <= end]
        # who speaks is named before the verb ('", Grisham told CNN'), or just after it ('", said
        # Ashton Bumhira'), not the one told
        speaker = next((m for m in named if m.start < base + said.start()), None) or next(
            (m for m in named if base + said.end() < m.start <= base + said.end() + 6), None)
        if speaker is None and pronoun is not None and pronoun.search(after[:said.end() + 4]):
            speaker = references.antecedent(closed_from)
        if speaker is None:
            continue
        for n in range(closed_from, number + 1):
            out[n] = speaker
    return out


def _colon_introduced(body: str, spans: list[tuple[int, int]], number: int) -> bool:
    """Whether sentence `number` opens with a quote mark just after a sentence that ends with a
    colon ('German Chancellor Angela Merkel said:', « a déclaré : »): that sentence introduces
    the quote and names its speaker."""
    if number < 1:
        return False
    opens = body[spans[number][0]:spans[number][1]].lstrip()[:1]
    return bool(opens) and opens in QuoteTracker.OPENING + QuoteTracker.STRAIGHT + "„" and \
        body[spans[number - 1][0]:spans[number - 1][1]].rstrip().endswith(":")


class QuoteTracker:
    """Which sentence opened the quotation a sentence is in, if any: straight quotes toggle,
    curly and French quotes open and close. A quotation is followed for QUOTE_SENTENCES
    sentences at most (a stray quote mark must not make the rest of a page a quote)."""

    OPENING, CLOSING, STRAIGHT = "“«", "”»", '"'

    def __init__(self) -> None:
        self.opened: int | None = None

    def open_since(self, number: int) -> int | None:
        if self.opened is not None and number - self.opened > QUOTE_SENTENCES:
            self.opened = None
        return self.opened

    def read(self, number: int, text: str) -> tuple[int, int] | None:
        """Follow the marks of sentence `number`; the offset in `text` of the last mark that
        closed an open quotation and the sentence that opened it, or None."""
        closed = None
        for at, char in enumerate(text):
            if char in self.OPENING or (char == self.STRAIGHT and self.opened is None):
                self.opened = number if self.opened is None else self.opened
            elif char in self.CLOSING or char == self.STRAIGHT:
                if self.opened is not None:
                    closed = (at, self.opened)
                self.opened = None
        return closed


QUOTE_SENTENCES = 4
# how far back a sentence naming one country may lend it to group nouns (rule local-country);
# further back, the article's most named country (ahead of the next by any margin) does
LOCAL_WINDOW = 2
LEADING_MARGIN = 1.01


def main_country(mentions: list[Mention], length: int | None = None) -> str | None:
    """The country an article is about: the one its actors name most (at least twice, and
    half as often again as any other; see `country_ranking`). None when no country stands out."""
    return leading_country(country_ranking(mentions, length))


CountryRanking = tuple[list[tuple[str, float]], Counter]


def country_ranking(mentions: list[Mention], length: int | None = None) -> CountryRanking:
    """The two countries the article's actors name most, with their weights, and how often each
    country is named. With the text's `length`, a mention in its first third counts twice (a
    news article names its subject first; a page's trailing links and "top stories" name other
    countries); a private person's mention (civilian, business, media) counts half."""
    named: Counter = Counter()
    weighted: Counter = Counter()
    private_seen: set[str] = set()
    for mention in mentions:
        country = mention_country(mention)
        if country:
            # a private person is named again and again by surname ("a Libyan man [...] Saadallah
            # [...] Saadallah", "the accused") without making the article about the person's
            # country: the first mention of each counts, and half
            private = mention.kind == "person" and (mention.code or "").endswith(PEOPLE_SECTORS)
            named[country] += 1
            if private and mention.code in private_seen:
                continue
            if private:
                private_seen.add(mention.code)
            weighted[country] += (0.5 if private else 1) * (2 if length and mention.start < length / 3 else 1)
    return weighted.most_common(2), named


def leading_country(ranking: CountryRanking, margin: float = 1.5) -> str | None:
    """The first country of a ranking when it is named at least twice and leads the second by
    `margin` (its weight that many times the second's; rule local-country asks only that it
    lead, LEADING_MARGIN); else None."""
    ranked, named = ranking
    if not ranked or named[ranked[0][0]] < 2 or (len(ranked) > 1 and ranked[0][1] < margin * ranked[1][1]):
        return None
    return ranked[0][0]


@functools.cache
def _group_noun_pattern(lang: str) -> re.Pattern[str] | None:
    """Any group noun of the language ("the police", "des étudiants")."""
    grammar = load_lexicon(lang).grammar
    words = sorted({**(grammar.get("group_nouns") or {}), **(grammar.get("institution_nouns") or {})}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE) if words else None


@functools.cache
def _act_noun_pattern(lang: str) -> re.Pattern[str] | None:
    """A definite noun naming an act ("this argument", "the border agreement", "l'annonce")."""
    lexicon = load_lexicon(lang)
    nouns = sorted(lexicon.grammar.get("act_nouns") or (), key=len, reverse=True)
    determiners = sorted(lexicon.grammar.get("act_determiners") or (), key=len, reverse=True)
    if not nouns or not determiners:
        return None
    elided = [d for d in determiners if d.endswith(("'", "’"))]
    whole = [d for d in determiners if d not in elided]
    lead = "|".join([rf"\b(?:{'|'.join(map(re.escape, whole))})\s+"] + [rf"\b{re.escape(d)}" for d in elided])
    return re.compile(rf"(?:{lead})(?:[\w-]+\s+)?(?:{'|'.join(map(re.escape, nouns))})\b", re.IGNORECASE)


@functools.cache
def _plural_group_pronouns(lang: str) -> re.Pattern[str] | None:
    """"they", "ils", "elles": the group pronouns that are not also singular ("it")."""
    references = load_lexicon(lang).grammar.get("references") or {}
    words = set(references.get("group_pronouns") or ()) - set(references.get("singular_group_pronouns") or ())
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(words)))})\b", re.IGNORECASE) if words else None


@functools.cache
def _pronoun_pattern(lang: str, key: str) -> re.Pattern[str] | None:
    """The words of one pronoun list of the lexicon's `references` (`pronouns`, `object_pronouns`)."""
    words = (load_lexicon(lang).grammar.get("references") or {}).get(key) or ()
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b", re.IGNORECASE) if words else None


def event_id(article_id: str | None, sentence_start: int, draft: Draft) -> str:
    trigger = draft.trigger_tokens[0]
    key = "|".join([article_id or "", str(sentence_start), draft.type, ",".join(sorted(draft.source_codes)),
                    ",".join(sorted(draft.target_codes)), f"{trigger.idx}:{trigger.idx + len(trigger.text)}"])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def carrying_verb(draft: Draft):
    """The verb of the event's clause: its trigger, or the verb an event noun hangs on (an
    event noun dates by its carrying verb)."""
    predicate = draft.trigger_tokens[0]
    while predicate.pos_ not in ("VERB", "AUX") and predicate.head.i != predicate.i:
        predicate = predicate.head
    return predicate


def governing_verbs(predicate) -> set[int]:
    """The indices of the event's predicate and of every word governing it: a date hung on one
    of them dates the event ("On Monday, Russia said it attacked")."""
    return {predicate.i} | {a.i for a in predicate.ancestors}


def in_event_clause(draft: Draft, lang: str):
    """Whether a date expression at (start, end) of the sentence dates the event: it hangs on
    the event's predicate or on a verb governing it ("On Monday, Russia said it attacked"),
    not on a clause of its own ("material released in 2010", "after the talks of 2019")."""
    predicate = carrying_verb(draft)
    governing = governing_verbs(predicate)
    doc = predicate.doc
    time_preps = load_lexicon(lang).words("time_preps")

    triggers = {t.i for t in draft.trigger_tokens}

    def keep(start: int, end: int) -> bool:
        tokens = tokens_within(doc, start, end)
        if not tokens:
            return True
        if dates_a_thing(tokens, draft, time_preps):
            return False
        head, path = tokens[0], []
        while head.head.i != head.i and (head.pos_ not in ("VERB", "AUX") or head in tokens):
            head = head.head
            path.append(head)
        # "Evgueni Adamov, ancien ministre (jusqu'au 28 mars 2001), a été arrêté": a date inside a
        # subject or an object that is a name describes that person or body, not the act (« la
        # campagne de l'organisation, en 1972-1973, visait ... » is dated by it)
        if any(dep(t) in ARGUMENTS and t.pos_ == "PROPN" and t.i not in triggers for t in path[:-1]):
            return False
        return head.i in governing or act_record(head, governing, lang)
    return keep


def act_record(participle, governing: set[int], lang: str) -> bool:
    """`act-record-date`: a participle describing a noun of acts (`act_nouns`) that frames a
    governing verb dates the act itself (« Dans un arrêt rendu le 30 avril 2004, le tribunal
    avait débouté ... », "In a ruling issued on April 30, 2004, the court had rejected ...")."""
    if dep(participle) != "acl" or not is_past_participle(participle):
        return False
    noun = participle.head
    frame = noun.head if dep(noun) == "pobj" else noun
    return (fold(noun.lemma_) in load_lexicon(lang).words("act_nouns") and frame.head.i in governing
            and dep(frame) in ("obl", "obl:mod", "prep"))


BACKGROUND_DAYS = 365


def is_background(event: Event, published: dt.datetime | dt.date | None, draft: Draft | None = None) -> bool:
    """An act its own clause dates more than a year before the article ("was arrested in
    1963", "a été condamné en 2008") is background history, not the news the article reports
    (gold/GUIDELINES.md): not coded. So is one flagged hypothetical whose verb is told in the past
    (a past participle or a past tense: « il semble probable que ce qui fut possible en 1992 avec
    les électeurs danois ayant rejeté le traité ... », "Moscow may have attacked the convoy in
    2015"): a mood does not make an act of years back news. An act to come stays, however long
    ago its date ("NATO plans to withdraw its forces in 2014", « quitteront l'Afghanistan fin
    2014 » read years later: the plan is what the article tells)."""
    if event.date is None or published is None:
        return False
    if event.hypothetical and not (draft is not None and _told_in_past(draft)):
        return False
    day = _day_of(published)
    return (day - event.date).days > BACKGROUND_DAYS


def _day_of(published: dt.datetime | dt.date) -> dt.date:
    return published.date() if isinstance(published, dt.datetime) else published


def _told_in_past(draft: Draft) -> bool:
    """The event's verb is a past participle with a perfect auxiliary ("may have attacked",
    « ayant rejeté ») or a finite verb in a past tense ("fut"), not an infinitive or a future."""
    predicate = carrying_verb(draft)
    tenses = set(predicate.morph.get("Tense"))
    if "Fin" in predicate.morph.get("VerbForm"):
        return bool(tenses & {"Past", "Imp"})
    return "Past" in tenses and any(dep(c).startswith("aux") and fold(c.lemma_) in ("have", "avoir")
                                    for c in predicate.children)


# An act its own clause dates (a day, a week or a month: "en janvier", "in September") more
# than this many days before the article, told in the pluperfect, is backstory, not news. Two
# months: the day before or last weekend ("avait menacé la veille") is recent background, which
# the gold codes; 21 days scored the same on train and dev.
STALE_DAYS = 60


def told_months_before(draft: Draft, event: Event, sentence: str, published: dt.datetime | dt.date | None,
                       lang: str) -> bool:
    """`months-before`: an act told in the pluperfect ("had signed", « avait été signé ») that
    its own clause dates by a day, a week or a month lying months before the article ("Le traité
    avait été signé en janvier" in a July article) is the backstory of the news, not news
    (gold/GUIDELINES.md). A date days back stays (recent background of the same week is coded),
    and so does a date of a clause governing the act (« la crise couvait depuis décembre 2004,
    lorsque le président avait destitué ... »: the gold codes it). A pluperfect act its clause
    places months or years after another event (« 15 mois après le départ d'Eltsine ») is the
    backstory's timeline, with or without a date."""
    if published is None or event.hypothetical:
        return False
    predicate = carrying_verb(draft)
    # only the pluperfect: the simple past tells news of months back that the gold codes ("The
    # protests began in June", "filed a petition on February 10": train -5 right, +3 wrong removed)
    if not _pluperfect(predicate, lang):
        return False
    if _set_after_backstory(predicate, lang):
        return True
    if event.date is None or event.date_precision not in ("day", "week", "month"):
        return False
    day = _day_of(published)
    if (day - event.date).days <= STALE_DAYS:
        return False
    # the date must be the act's own clause's, not that of a clause governing it (« la crise couvait
    # depuis décembre 2004, lorsque le président avait destitué ... »: the act is the crisis's start)
    own = {t.i for t in predicate.subtree}
    verb = predicate
    while dep(verb) == "conj":  # "Dans un arrêt rendu le ..., X avait débouté ... et les avait condamnés":
        verb = verb.head        # a coordinated verb shares the phrases fronted before the first
        own |= {t.i for c in verb.children if c.i < verb.i and dep(c) not in ARGUMENTS for t in c.subtree}
    clause = in_event_clause(draft, lang)
    date, precision = resolve_event_date(
        sentence, published, lang,
        keep=lambda s, e: clause(s, e) and all(t.i in own for t in tokens_within(predicate.doc, s, e)))
    return date is not None and precision in ("day", "week", "month") and (day - date).days > STALE_DAYS


def _pluperfect(predicate, lang: str) -> bool:
    """A past participle with a finite auxiliary of `pluperfect_auxiliaries` in a tense of
    `pluperfect_tenses` ("had signed": have, Past; « avait été signé »: avoir, Imp)."""
    lexicon = load_lexicon(lang)
    tenses = set(lexicon.grammar.get("pluperfect_tenses") or ())
    auxiliaries = [c for c in predicate.children if dep(c) in ("aux", "aux:tense", "aux:pass", "auxpass")]
    return any(fold(c.lemma_) in lexicon.words("pluperfect_auxiliaries") and
               set(c.morph.get("Tense")) & tenses and "Fin" in c.morph.get("VerbForm")
               for c in auxiliaries) and "Part" in predicate.morph.get("VerbForm")


def _set_after_backstory(predicate, lang: str) -> bool:
    """The act's clause places it a number of months or years after another event ("15 mois
    après le départ d'Eltsine", "two years after the revolution"): a timeline of the backstory."""
    lexicon = load_lexicon(lang)
    units, after = lexicon.words("backstory_units"), lexicon.words("backstory_after")
    words = sorted(predicate.subtree, key=lambda t: t.i)
    return any(fold(a.text) in units and fold(b.text) in after for a, b in zip(words, words[1:]))


def told_as_history(draft: Draft, event: Event, sentence: str, published: dt.datetime | dt.date | None,
                    lang: str) -> bool:
    """An act told in the past tense with no date of its own clause, in a sentence whose only
    dates are years old, is history too ("King and Weeks were abducted by gunmen wearing
    military uniforms in August 2016", the date hung on the wrong word; "seized control in the
    1967 Six-Day War"). A date in a relative clause or an apposition describes an actor, not
    the act ("Trump, who took office in 2017, signed ...")."""
    if event.date_precision != "published" or published is None or event.hypothetical:
        return False
    predicate = carrying_verb(draft)
    auxiliaries = {t for c in predicate.children if dep(c).startswith("aux") for t in c.morph.get("Tense")}
    if "Past" not in set(predicate.morph.get("Tense")) | auxiliaries or "Pres" in auxiliaries:
        return False  # "has been abducted", "ont défié": the present perfect (passé composé) tells news
    doc = predicate.doc
    time_preps = load_lexicon(lang).words("time_preps")

    governing = governing_verbs(predicate)

    def outside_descriptions(start: int, end: int) -> bool:
        tokens = tokens_within(doc, start, end)
        if not tokens or any(dep(a) in DESCRIBING or (dep(a) == "acl" and is_past_participle(a)
                                                      and not act_record(a, governing, lang))
                             for a in [tokens[0], *tokens[0].ancestors]):
            return False  # "documents released in 2010", "le moratoire institué en 2000" have their own time
        return not dates_a_thing(tokens, draft, time_preps)
    date, precision = resolve_event_date(sentence, published, lang, keep=outside_descriptions)
    day = _day_of(published)
    return precision != "published" and date is not None and (day - date).days > BACKGROUND_DAYS


def made_before(draft: Draft, event: Event, sentence: str, published: dt.datetime | dt.date | None,
                lang: str) -> bool:
    """Negotiating, accepting or signing an agreement comes before the agreement itself: an act
    of a type that makes one (`accord_making_types`) whose object (or the phrase after a
    preposition on its verb) is an agreement (`named_accords`) that a clause of its own dates
    more than a year before the article ("he helped negotiate the Iran nuclear deal that was
    signed in 2015", « il avait négocié l'accord signé en 2015 ») is history told as background
    (gold/GUIDELINES.md). Not an act done to the agreement later ("withdrew from the deal signed
    in 2015": SANCTION is no making type), nor one to come."""
    lexicon = load_lexicon(lang)
    if published is None or event.hypothetical or draft.type not in set(lexicon.grammar.get("accord_making_types") or ()):
        return False
    accords = lexicon.words("named_accords")
    predicate = carrying_verb(draft)
    nouns = [c for c in predicate.children if dep(c) in ("dobj", "obj")]
    nouns += [g for c in predicate.children if dep(c) in ("prep", "obl", "obl:arg") for g in [c, *c.children]
              if dep(g) in ("pobj", "obl", "obl:arg")]
    day = _day_of(published)
    doc = predicate.doc
    for noun in nouns:
        if fold(noun.lemma_) not in accords and fold(noun.text) not in accords:
            continue
        for clause in noun.children:
            if dep(clause) not in ("relcl", "acl", "acl:relcl"):
                continue
            words = list(clause.subtree)
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            date, precision = resolve_event_date(sentence, published, lang,
                                                 keep=lambda s, e, a=start, b=end: a <= s and e <= b)
            if precision != "published" and date is not None and (day - date).days > BACKGROUND_DAYS:
                return True
    return False


def dates_a_thing(tokens: list, draft: Draft, time_preps: frozenset[str] = frozenset()) -> bool:
    """A date before the noun it modifies dates that thing ("expelled diplomats over the
    September 2015 poisoning"), unless the noun is the event itself ("the 2015 protests") or
    the time the act took place in (`time_preps`: "seized control in the 1967 war")."""
    triggers = {t.i for t in draft.trigger_tokens}
    return any(t.head.pos_ in ("NOUN", "PROPN") and t.head.i > t.i and t.head not in tokens
               and t.head.i not in triggers and not _time_frame(t.head, time_preps) for t in tokens)


def _time_frame(noun, time_preps: frozenset[str]) -> bool:
    """A noun after a preposition of time that hangs on a verb ("seized ... in the 1967 war")."""
    prep = noun.head
    return dep(noun) == "pobj" and fold(prep.text) in time_preps and prep.head.pos_ in ("VERB", "AUX")


DESCRIBING = {"relcl", "acl:relcl", "appos"}  # clauses that describe an actor, not the act
ARGUMENTS = {"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "iobj"}  # a date inside one describes it


def _event_place(draft: Draft, sentence: str, quad: int, lang: str) -> Place | None:
    """Where the sentence says the event happened. Only the event's own actors are kept
    out of the search: "à Berlin" is where Macron met Scholz, although Berlin elsewhere
    stands for Germany. A city a material event targets ("a bombardé Kharkiv") is also
    where it happened."""
    found = find_place(sentence, [*draft.source, *draft.target, *draft.reported_by], lang)
    if found is None and quad in (2, 4):
        places = (place_named(m.text) for m in draft.target if m.kind == "place")
        found = next((p for p in places if p is not None), None)
    return found


def build_event(draft: Draft, sentence: str, sentence_start: int, article_id: str | None,
                published: dt.datetime | dt.date | None, lang: str) -> Event:
    cameo, quad, goldstein = describe(draft.type, draft.cameo)
    date, precision = resolve_event_date(sentence, published, lang, keep=in_event_clause(draft, lang),
                                         future=draft.hypothetical or None)
    published_dt = published if isinstance(published, dt.datetime) else (
        dt.datetime.combine(published, dt.time(), tzinfo=dt.timezone.utc) if published else None)
    return Event(
        id=event_id(article_id, sentence_start, draft), article_id=article_id,
        source=draft.source_codes, target=draft.target_codes, type=draft.type, cameo=cameo,
        quad_class=quad, goldstein=goldstein, date=date, date_precision=precision,
        place=_event_place(draft, sentence, quad, lang), negated=draft.negated, hypothetical=draft.hypothetical,
        reported_by=[c for c in dict.fromkeys(m.code for m in draft.reported_by if m.code)],
        sentence=sentence, sentence_start=sentence_start,
        spans={"source": [[m.start, m.end] for m in draft.source if m.code],
               "trigger": [[t.idx, t.idx + len(t.text)] for t in sorted(draft.trigger_tokens, key=lambda t: t.i)],
               "target": [[m.start, m.end] for m in draft.target if m.code and m.code in draft.target_codes]},
        rule=draft.rule, confidence=draft.confidence, language=lang, trigger=draft.entry,
        published=published_dt)




def code_text(text: str, lang: str | None = None, date: dt.date | str | None = None) -> list[Event]:
    """Events in a text (one or more sentences) in French or English, dated against `date`
    (a date or "YYYY-MM-DD")."""
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date)
        except ValueError:
            raise ValueError(f"date {date!r} is not YYYY-MM-DD") from None
    if not text or not text.strip():
        return []
    lang = lang.strip().lower() if lang else guess_language(text)
    if lang is None:
        raise ValueError(f"cannot tell the language of the text: give it ({', '.join(LANGUAGES)})")
    if lang not in LANGUAGES:
        raise ValueError(f"cannot code text in language {lang!r}: supported are {', '.join(LANGUAGES)}")
    published = dt.datetime.combine(date, dt.time(), tzinfo=dt.timezone.utc) if date else None
    article = Article(id="", url=None, source=None, publisher=None, title=None, description=None,
                      published=published, modified=None, authors=[], section=None, keywords=[],
                      language=lang, image=None, body=text, content_hash="", origin="text")
    events = next(code_articles([article]))[1]
    for event in events:
        event.article_id = None
    return events
