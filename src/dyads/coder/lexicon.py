"""Trigger lexicons: YAML data files per language, loaded and validated once.

A language folder (`dyads/lang/fr`, `dyads/lang/en`) holds `grammar.yaml` (the closed word
lists the dependency rules need: reporting verbs, modal verbs, negation words ...), the
language's other word lists (`dates.yaml` ...) and any number of trigger files (`*.yaml` with
an `entries:` list). The format is documented in `dyads/lang/README.md`. Every error names
the file and the line of the faulty entry. A third language is a new folder.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from dyads.codes import SECTORS
from dyads.folding import fold
from dyads.ontology import PLOVER_TYPES

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lang"
# Files of a language folder that are word lists, not trigger files.
DATA_FILES = {"grammar.yaml", "dates.yaml", "text.yaml"}

ENTRY_KEYS = {"id", "lemma", "pos", "type", "cameo", "object", "not_object", "with", "not_with", "in_clause", "judged", "verdict_in", "intransitive", "undergone", "target", "needs_target",
              "negated", "support", "forms", "agent", "alone", "act_said", "note"}
GRAMMAR_LISTS = ("reporting", "institution_adjectives", "impersonal_subjects", "reason_marks", "address_verbs", "according_to", "opinion_openers", "modal", "intent", "litotes", "negation",
                 "negating_verbs", "negating_adjectives", "negating_nouns", "poll_words", "time_preps", "backdrop_marks", "backdrop_distances", "backdrop_ago", "act_nouns",
                 "act_determiners", "copulas", "blame_attributes", "crowd_quantities", "owner_pronouns", "named_accords", "flight_verbs",
                 "realised_when_past", "plural_object_pronouns", "pronouns", "relative_pronouns", "support", "owner_preps",
                 "target", "conditions", "threat_conditions", "obligation", "future_aux",
                 "hypothetical_mark", "content_types", "non_agents", "location_preps", "content_nouns",
                 "happening", "issuing", "statal", "party_nouns", "offer_marks",
                 "be_auxiliary_verbs", "passive_participles", "future_endings", "future_only_endings", "common_words",
                 "partner_nouns", "partner_preps", "aide_nouns", "aide_preps", "weighing_preps", "state_act_nouns", "water_nouns", "partitive_articles", "measure_nouns", "storming_verbs",
                 "speculative", "negation_needs_ne", "negation_carriers", "hedges", "reflexive_clitics", "negation_particles",
                 "inclusion", "party_preps", "furniture_openings", "home_name_slots",
                 "opposing_prefixes", "time_prefixes", "aim_preps", "gerund_marks", "frame_marks", "absolute_marks", "record_adverbs", "habitual_marks", "history_marks", "time_nouns", "customary_words", "customary_links", "stance_verbs", "perfect_habitual_adverbs", "perfect_habitual_auxiliaries", "admission_verbs", "admission_preps", "copula_noun_preps", "ending_verbs", "destination_nouns", "destination_preps",
                 "purpose_marks", "speaking_documents", "attack_preps", "armed_operations", "attacked_sites", "crowd_nouns", "crowd_objects", "noun_agent_preps", "noun_agent_participles",
                 "diplomatic_protest_verbs", "verbal_attack_verbs", "advice_verbs", "advised_people", "question_marks", "asked_kept_types", "wh_question_words", "wh_question_verbs",
                 "generic_marks", "generic_articles", "asking_verbs", "asked_for_preps", "accord_making_types", "generic_conditional_marks", "undergoing_verbs", "travel_verbs", "doer_of_nouns", "doer_of_preps", "undergone_preps",
                 "frame_preps", "cause_preps", "finite_endings", "permission_verbs",
                 "affiliation_nouns", "foreign_words", "relative_nouns", "perfect_auxiliaries", "pluperfect_auxiliaries", "pluperfect_tenses", "backstory_units", "backstory_after",
                 "aiming_verbs", "craft_nouns", "headline_passive_verbs", "with_passive_verbs", "predicate_marks", "currency_words",
                 "instigation_preps", "arrival_verbs", "anyone_nouns", "vague_quantifiers", "caption_marks", "violent_means", "means_preps", "home_fight_verbs", "suffering_verbs", "speaker_pronouns", "quoted_verdicts", "affiliation_participles", "affiliation_preps", "answering_verbs", "sender_nouns", "sender_preps", "interviewer_marks", "partnered_nouns", "given_preps", "act_list_nouns", "own_aim_types", "own_code_types", "naming_verbs", "thing_pronouns", "possessive_pronouns",
                 "clitic_subjects", "object_clitics", "indirect_clitics", "clitic_between", "impersonal_verbs")


class LexiconError(ValueError):
    """A lexicon file that cannot be used; the message names the file and the line."""


@dataclass(frozen=True)
class Entry:
    """One trigger: a verb or noun lemma, the conditions it needs, the event it codes."""

    id: str
    lemma: str  # head lemma ("engager" for "s'engager", "blow" for "blow up")
    type: str
    cameo: str | None = None
    pos: str = "verb"  # verb | noun
    reflexive: bool = False  # French pronominal verb ("s'engager")
    particle: str | None = None  # English phrasal verb particle ("up" in "blow up")
    object: tuple[str, ...] = ()  # the direct object must be one of these lemmas
    not_object: tuple[str, ...] = ()  # ... and none of these ("signed a decree" is no agreement)
    not_with: tuple[str, ...] = ()  # no word near the verb among these ("asked whether" is a question)
    with_: tuple[str, ...] = ()  # one of these words must depend on the trigger
    in_clause: bool = False  # verbs: `with`/`not_with` words may stand in the predicate of the verb's complement ("ordered X held in custody")
    judged: tuple[str, ...] = ()  # verbs: the verdict its complement must state ("found X unlawful")
    verdict_in: str = "head"  # where the verdict is: heading the complement, or anywhere in what is said ("content")
    intransitive: bool = False  # verbs: the sense with no object, clause or passive ("demonstrated", not "demonstrated ways")
    undergone: bool = False  # verbs: the subject undergoes the act its object names ("faced criticism from X")
    target: tuple[str, ...] | None = None  # argument slots, in order of preference
    needs_target: bool = False  # no event without a codable target
    negated_type: str | None = None  # type coded when the trigger is negated
    negated_cameo: str | None = None
    support: tuple[str, ...] | None = None  # nouns: light verbs that carry their agent
    forms: tuple[str, ...] = ()  # extra surface forms for the prefilter (irregular verbs)
    agent: str | None = None  # sector of the state that acts when a passive names no agent
    alone: bool = False  # nouns: as a clause's subject, the noun by itself is the event ("the protests began")
    act_said: bool = False  # verbs: what is said must tell an act, not a state or what was said ("claimed Houthis attacked", not "claimed the documents were privileged")
    source_file: str = ""
    line: int = 0

    @property
    def specificity(self) -> int:
        return 2 * bool(self.object) + 2 * bool(self.judged) + bool(self.with_) + bool(self.particle) + bool(self.reflexive)


@dataclass
class Lexicon:
    """All the triggers of one language, indexed by head lemma, and its grammar lists."""

    language: str
    entries: list[Entry]
    grammar: dict[str, Any]
    by_lemma: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)
    by_id: dict[str, Entry] = field(default_factory=dict)
    _words: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for entry in self.entries:
            self.by_lemma.setdefault((entry.pos, fold(entry.lemma)), []).append(entry)
            self.by_id[entry.id] = entry
        for entries in self.by_lemma.values():
            entries.sort(key=lambda e: -e.specificity)

    def candidates(self, lemma: str, pos: str) -> list[Entry]:
        return self.by_lemma.get((pos, fold(lemma)), [])

    def named_entries(self, key: str) -> list[Entry]:
        """The entries a grammar list names by id (`quoted_verdicts`), in its order."""
        return [self.by_id[i] for i in self.grammar.get(key) or () if i in self.by_id]

    @property
    def traits(self) -> dict[str, bool]:
        return self.grammar.get("traits") or {}

    def words(self, name: str) -> frozenset[str]:
        """A closed list of grammar.yaml, folded (computed once per list)."""
        found = self._words.get(name)
        if found is None:
            found = self._words[name] = frozenset(fold(w) for w in self.grammar.get(name, ()) if isinstance(w, str))
        return found

    def trigger_lemmas(self) -> set[str]:
        return {fold(e.lemma) for e in self.entries} | {fold(f) for e in self.entries for f in e.forms}




class _LineLoader(yaml.SafeLoader):
    """Keeps the line of every mapping so that errors can point at it."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _strings(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{where}: '{key}' must be a word or a list of words, not {value!r}")
    return tuple(fold(v) for v in value)


def _written(value: Any) -> str:
    """The first word of a value as written, lower case with apostrophes unified."""
    word = value[0] if isinstance(value, list) else value
    return written(str(word))


def _cameo(value: Any, where: str) -> str | None:
    if value is None:
        return None
    value = str(value)
    if not re.fullmatch(r"\d{2,4}", value):
        raise LexiconError(f"{where}: cameo must be a 2-4 digit CAMEO code (quote it), not {value!r}")
    return value


def _type(value: Any, where: str, key: str = "type") -> str:
    if value not in PLOVER_TYPES:
        raise LexiconError(f"{where}: {key} {value!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
    return value


def _check_code(event_type: str, cameo: str | None, where: str) -> None:
    """The CAMEO code must exist and belong to the PLOVER type (dyads.ontology's table)."""
    from dyads.ontology import OntologyError, describe
    try:
        describe(event_type, cameo)
    except OntologyError as exc:
        raise LexiconError(f"{where}: {exc}") from exc


def parse_entry(raw: Any, path: Path, lang: str) -> Entry:
    line = raw.get("__line__", 0) if isinstance(raw, dict) else 0
    where = f"{path}:{line}"
    if not isinstance(raw, dict):
        raise LexiconError(f"{path}: every entry must be a mapping, not {raw!r}")
    unknown = set(raw) - ENTRY_KEYS - {"__line__"}
    if unknown:
        raise LexiconError(f"{where}: unknown key(s) {', '.join(sorted(unknown))} (allowed: {', '.join(sorted(ENTRY_KEYS))})")
    lemma = raw.get("lemma")
    if not isinstance(lemma, str) or not lemma.strip():
        raise LexiconError(f"{where}: 'lemma' is required")
    pos = raw.get("pos", "verb")
    if pos not in ("verb", "noun"):
        raise LexiconError(f"{where}: pos must be verb or noun, not {pos!r}")
    words = fold(lemma).split()
    reflexive = False
    if words[0] in ("se", "s'") or words[0].startswith("s'"):
        reflexive = True
        words = ([words[0][2:]] if words[0].startswith("s'") and len(words[0]) > 2 else []) + words[1:]
    if not words:
        raise LexiconError(f"{where}: lemma {lemma!r} has no head word")
    # "s'en prendre": the adverbial clitic before the verb is a word it comes with, not its head
    clitic = words[0] if reflexive and len(words) > 1 and words[0] in ADVERBIAL_CLITICS else None
    if clitic:
        words = words[1:]
    head, particle = words[0], (" ".join(words[1:]) or None)
    negated = raw.get("negated")
    negated_type = negated_cameo = None
    if negated is not None:
        if not isinstance(negated, dict) or "type" not in negated:
            raise LexiconError(f"{where}: 'negated' must be a mapping with a 'type' (and a 'cameo')")
        negated_type = _type(negated["type"], where, "negated type")
        negated_cameo = _cameo(negated.get("cameo"), where)
    target = raw.get("target")
    obj = _strings(raw.get("object"), where, "object")
    with_ = _strings(raw.get("with"), where, "with")
    if clitic and not with_:
        with_ = (clitic,)
    # ids keep the words as written (accents included): analysts read them on every event
    first = lambda key: _written(raw.get(key))  # noqa: E731
    entry_id = raw.get("id") or (f"{lang}:{'noun:' if pos == 'noun' else ''}{_written(lemma).replace(' ', '_')}"
                                 + (f"+{first('object')}" if obj else "") + (f"+{first('with')}" if with_ else "")
                                 + (f"+{first('judged')}" if raw.get("judged") else ""))
    _check_code(raw.get("type"), _cameo(raw.get("cameo"), where), where)
    if negated_type:
        _check_code(negated_type, negated_cameo, where)
    return Entry(
        id=str(entry_id), lemma=head, type=_type(raw.get("type"), where), cameo=_cameo(raw.get("cameo"), where),
        pos=pos, reflexive=reflexive, particle=particle, object=obj,
        not_object=_strings(raw.get("not_object"), where, "not_object"), with_=with_,
        not_with=_strings(raw.get("not_with"), where, "not_with"), in_clause=_in_clause(raw, pos, with_, where),
        judged=_strings(raw.get("judged"), where, "judged"), verdict_in=_verdict_in(raw, where),
        intransitive=bool(raw.get("intransitive", False)), undergone=_undergone(raw, pos, obj, where),
        target=_strings(target, where, "target") if target is not None else None,
        needs_target=bool(raw.get("needs_target", False)), negated_type=negated_type,
        negated_cameo=negated_cameo,
        support=_strings(raw["support"], where, "support") if "support" in raw else None,
        forms=_strings(raw.get("forms"), where, "forms"), agent=_agent(raw.get("agent"), where),
        alone=_alone(raw, pos, where), act_said=bool(raw.get("act_said", False)), source_file=str(path), line=line)


def _in_clause(raw: dict, pos: str, with_: tuple[str, ...], where: str) -> bool:
    """`in_clause: true`: the `with` words of a verb entry may stand in the predicate of the
    verb's complement ("ordered that X be held in custody", "ruled X should remain in jail")."""
    if not raw.get("in_clause"):
        return False
    if pos != "verb" or not with_:
        raise LexiconError(f"{where}: 'in_clause' needs a verb entry with 'with'")
    return True


def _undergone(raw: dict, pos: str, obj: tuple[str, ...], where: str) -> bool:
    """`undergone: true`: a verb whose subject undergoes the act its object names ("the United
    States faced Palestinian criticism", "a essuyé les critiques de Paris"); the object must be
    listed (what is undergone), and only verbs have a subject that undergoes."""
    if not raw.get("undergone"):
        return False
    if pos != "verb" or not obj:
        raise LexiconError(f"{where}: 'undergone' needs a verb entry with 'object' (the act undergone)")
    return True


def _verdict_in(raw: dict, where: str) -> str:
    """`verdict_in: content`: the `judged` word may be anywhere in what the verb reports (the
    words of its clause or quotation), not only heading its complement."""
    value = raw.get("verdict_in", "head")
    if value not in ("head", "content"):
        raise LexiconError(f"{where}: 'verdict_in' must be 'head' or 'content', not {value!r}")
    if "verdict_in" in raw and not raw.get("judged"):
        raise LexiconError(f"{where}: 'verdict_in' needs 'judged' words")
    return value


def _alone(raw: dict, pos: str, where: str) -> bool:
    """`alone` is for nouns: as a clause's subject the noun is the event; its doers are the
    actors of its phrase ("the meeting between X and Y"), else, for a noun with an `agent`,
    the one the agent rule infers."""
    alone = bool(raw.get("alone", False))
    if alone and pos != "noun":
        raise LexiconError(f"{where}: 'alone' is for nouns")
    return alone


def _agent(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if value not in SECTORS:
        raise LexiconError(f"{where}: agent must be a sector ({', '.join(sorted(SECTORS))}), not {value!r}")
    return str(value)


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f":{mark.line + 1}" if mark else ""
        raise LexiconError(f"{path}{at}: not valid YAML: {getattr(exc, 'problem', exc)}") from exc


def load_grammar(path: Path) -> dict[str, Any]:
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: must be a mapping of word lists")
    line = data.pop("__line__", 1)
    unknown = set(data) - set(GRAMMAR_LISTS) - set(MAPPINGS) - {"intent_as_agree", "group_nouns", "institution_nouns", "opposed_sectors", "references",
                                                                 "topics", "traits", "topic_gates", "solidarity_phrases",
                                                                 "acting_regions"}
    if unknown:
        raise LexiconError(f"{path}:{line}: unknown list(s) {', '.join(sorted(unknown))}")
    for key, value in data.items():
        if key in ("group_nouns", "institution_nouns", "opposed_sectors"):
            data[key] = _group_nouns(value, f"{path}:{line}", key)
        elif key == "references":
            data[key] = _word_lists(value, f"{path}:{line}", key, REFERENCE_LISTS)
        elif key in MAPPINGS:
            data[key] = _mapping(value, f"{path}:{line}", key)
        elif key == "traits":
            data[key] = _traits(value, f"{path}:{line}")
        elif key == "topics":
            data[key] = _word_lists(value, f"{path}:{line}", key, TOPICS)
        elif key == "topic_gates":
            data[key] = _topic_gates(value, f"{path}:{line}")
        elif key == "solidarity_phrases":
            data[key] = _triples(value, f"{path}:{line}", key)
        elif key == "acting_regions":
            data[key] = _acting_regions(value, f"{path}:{line}")
        elif key != "intent_as_agree":
            _strings(value, f"{path}:{line}", key)
    return data


def _triples(value: Any, where: str, key: str) -> list[tuple[str, str, str]]:
    """A list of three-word phrases (`solidarity_phrases`: opening word, noun, word before the actor)."""
    if not isinstance(value, list) or not all(isinstance(v, list) and len(v) == 3 and all(isinstance(w, str) and w for w in v)
                                              for v in value):
        raise LexiconError(f"{where}: '{key}' must be a list of [opening, noun, word before the actor] triples")
    return [tuple(v) for v in value]


TOPICS = ("sport", "business", "furniture")
ADVERBIAL_CLITICS = ("en", "y")  # French "s'en prendre à", "s'y opposer"


def _topic_gates(value: Any, where: str) -> dict[str, dict[str, Any]]:
    """`topic_gates: {sport: {min: 2, words: [...], article: {min: 3, words: [...]}}}`: at
    least `min` of the words make a sentence off topic; at least the `article` gate's `min` of
    its words (optional) make a whole article about the topic."""
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: 'topic_gates' must map gate names to {{min, words}}")
    gates = {}
    for name, gate in value.items():
        if name == "__line__":
            continue
        if not isinstance(gate, dict) or not isinstance(gate.get("min"), int) or gate["min"] < 1:
            raise LexiconError(f"{where}: topic_gates: {name}: needs 'min' (a count of 1 or more) and 'words'")
        words = _strings(gate.get("words"), where, f"topic_gates.{name}")
        gates[name] = {"min": gate["min"], "words": frozenset(fold(w) for w in words)}  # folded once
        if "article" in gate:
            gates[name]["article"] = _topic_gates({name: gate["article"]}, where)[name]
    return gates
# How a language (and its parser's scheme) builds what the rules read; false when absent.
TRAITS = {
    "business_stances": "a company's or trade body's stated reaction aimed at no one named is coded (les restaurateurs expriment leur satisfaction)",
    "adjective_after_noun": "nationality adjectives may follow their noun (les troupes russes)",
    "bare_oblique_subject": "a bare noun phrase read as an oblique before the subject is the subject (citoyens ..., les islamistes, qui ... ont manifesté)",
    "bare_nmod_modifier": "an nmod without preposition modifies its noun (ClearNLP)",
    "reduced_relative_object": "the noun a past participle modifies is its object (les sanctions imposées par)",
    "object_raised_into_infinitive": "the parser makes an object the subject of the infinitive after it",
    "pronoun_number_agreement": "a pronoun agrees in number with its antecedent",
    "stranded_conjuncts": "the parser may leave the first of coordinated subjects out of the subject",
    "compound_objects": "a trigger's object may be a compound or modifier of the object noun",
    "infinitive_companions": "a trigger's companion word may sit on its infinitive complement",
    "preconj_negation": "a negative preconjunction negates (neither ... nor)",
    "conditional_from_infinitive": "a conditional is the infinitive plus -ait/-aient",
    "group_pronoun_for_organisations": "the plural subject pronoun may stand for one organisation (the ministry ... they)",
    "object_control": "the object of a verb does what the verb's infinitive complement says (forced Iran to withdraw); the parser hangs that infinitive on the verb reliably",
    "personal_pronouns_for_people": "the personal subject pronouns (references.pronouns) stand for a person, never for a plural group or an organisation (he, she; not il, elle)",
    "colon_verdict": "a quotation a clause introduces with a colon is what its subject says, whatever the verb (rule colon-verdict)",
}


MAPPINGS = ("contractions",)


def _mapping(value: Any, where: str, key: str) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for k, v in value.items() if k != "__line__"):
        raise LexiconError(f"{where}: '{key}' must map words to words")
    return {fold(k): fold(v) for k, v in value.items() if k != "__line__"}


def _traits(value: Any, where: str) -> dict[str, bool]:
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: 'traits' must map trait names to true or false")
    value = {k: v for k, v in value.items() if k != "__line__"}
    for name, flag in value.items():
        if name not in TRAITS:
            raise LexiconError(f"{where}: unknown trait {name!r} (known: {', '.join(TRAITS)})")
        if not isinstance(flag, bool):
            raise LexiconError(f"{where}: trait {name!r} must be true or false")
    return value
REFERENCE_LISTS = ("pronouns", "group_pronouns", "singular_group_pronouns", "object_pronouns", "home_pronouns", "home_passive_pronouns", "first_person", "person_roles", "definite_articles", "name_particles", "sentence_openers", "fronted_phrase_preps", "former", "former_after",
                   "head_roles", "state_heads", "role_owner_preps", "organisation_noun_sectors",
                   "organisation_nouns", "affiliation_roles", "affiliation_preps", "staff_roles", "staff_preps", "person_descriptors", "not_roles", "suspect_roles", "indefinite_articles", "posting_preps",
                   "role_contractions", "honorifics", "pair_phrases", "pair_joiners", "attribution_verbs", "apposed_asides",
                   "place_preps", "name_suffixes", "observer_descriptors", "home_titles")


def _word_lists(value: Any, where: str, key: str, allowed: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """A mapping of named word lists (`references: {pronouns: [...], ...}`)."""
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: '{key}' must map list names to lists of words")
    value = {k: v for k, v in value.items() if k != "__line__"}
    unknown = set(value) - set(allowed)
    if unknown:
        raise LexiconError(f"{where}: {key}: unknown list(s) {', '.join(sorted(unknown))} (allowed: {', '.join(allowed)})")
    out: dict = {}
    for name, words in value.items():
        if isinstance(words, dict):  # {SECTOR: [words]}: words of one sector each
            from dyads.codes import SECTORS
            words = {k: v for k, v in words.items() if k != "__line__"}
            # `organisation_noun_sectors`: a kind of organisation may be of several sectors ("the
            # agency": a state's or a news agency) or of none ("none": an international NGO such
            # as Human Rights Watch, whose code has no sector): noun -> its sectors
            kinds = name == "organisation_noun_sectors"
            bad = set(words) - set(SECTORS) - ({"none"} if kinds else set())
            if bad:
                raise LexiconError(f"{where}: {key}.{name}: {', '.join(sorted(bad))} is not a sector ({', '.join(SECTORS)})")
            if kinds:
                sectors_of: dict[str, tuple[str, ...]] = {}
                for sector, ws in words.items():
                    for w in _strings(ws, where, f"{key}.{name}.{sector}"):
                        sectors_of[w] = sectors_of.get(w, ()) + (sector,)
                out[name] = sectors_of
                continue
            out[name] = {w: sector for sector, ws in words.items() for w in _strings(ws, where, f"{key}.{name}.{sector}")}
        else:
            out[name] = _strings(words, where, f"{key}.{name}")
    return out


def _acting_regions(value: Any, where: str) -> dict[str, str]:
    """`acting_regions: {CODE: [names]}` -> {name: CODE}: a region's name that, acting or acted
    on, stands for a bloc of the actor dictionary ("Europe" -> EU; coder/groups.py)."""
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: 'acting_regions' must map a code to a list of names")
    out = {}
    for code, names in value.items():
        if code == "__line__":
            continue
        _strings(names, where, f"acting_regions.{code}")
        out.update({name: str(code) for name in names})
    return out


def _group_nouns(value: Any, where: str, key: str = "group_nouns") -> dict[str, str]:
    """`group_nouns: {SECTOR: [words]}` -> {word: SECTOR}: nouns naming a group of people of
    one sector ("the police", "students") that may stand for an actor without a country
    (`institution_nouns`: the same, for nouns that name an institution only when written as a
    name, "the House", "le Sénat")."""
    from dyads.codes import SECTORS
    if not isinstance(value, dict):
        raise LexiconError(f"{where}: '{key}' must map a sector to a list of words")
    out = {}
    for sector, words in value.items():
        if sector == "__line__":
            continue
        if sector not in SECTORS:
            raise LexiconError(f"{where}: {key}: {sector!r} is not a sector ({', '.join(SECTORS)})")
        _strings(words, where, f"{key}.{sector}")  # validated
        for word in words:
            # kept with its accents: "armés" (armed men) is not "armes" (weapons)
            out[written(word)] = sector
    return out


def written(text: str) -> str:
    """A word as written, lower case with apostrophes unified, accents kept."""
    return text.replace("’", "'").casefold()


def load_lexicon_dir(directory: Path, lang: str) -> Lexicon:
    grammar_file = directory / "grammar.yaml"
    if not grammar_file.exists():
        raise LexiconError(f"{directory}: no grammar.yaml")
    grammar = load_grammar(grammar_file)
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        if path.name in DATA_FILES:
            continue
        data = _read_yaml(path)
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
            raise LexiconError(f"{path}: must be a mapping with an 'entries' list")
        for raw in data["entries"]:
            entry = parse_entry(raw, path, lang)
            where = f"{path}:{entry.line}"
            if entry.id in seen:
                raise LexiconError(f"{where}: duplicate entry id {entry.id!r} (first at {seen[entry.id]})")
            seen[entry.id] = where
            entries.append(entry)
    unknown = [i for i in grammar.get("quoted_verdicts") or () if i not in seen]
    if unknown:
        raise LexiconError(f"{directory / 'grammar.yaml'}: quoted_verdicts names no entry {', '.join(map(repr, unknown))}")
    return Lexicon(lang, entries, grammar)


@functools.cache
def every_language_mapping(name: str) -> dict[str, str]:
    """A mapping list of grammar.yaml, merged over every language (for rules that do not
    know the sentence's language: a French contraction never occurs in English)."""
    from dyads.lang import SUPPORTED
    merged: dict[str, str] = {}
    for code in SUPPORTED:
        merged.update(load_lexicon(code).grammar.get(name) or {})
    return merged


@functools.cache
def load_lexicon(lang: str) -> Lexicon:
    """The packaged lexicon of `lang` ("fr", "en"), loaded once per process."""
    directory = LEXICON_DIR / lang
    if not directory.is_dir():
        raise LexiconError(f"no lexicon for language {lang!r} in {LEXICON_DIR}")
    return load_lexicon_dir(directory, lang)
