"""Which sense a trigger word is used in: an attack by aircraft or a strike by workers, or no event at all.

Why a module of its own: many trigger words name a political event in one
sense only. A strike by aircraft is an ASSAULT, by workers a PROTEST, a bird
strike nothing; one beats a prisoner (ASSAULT) but also a team 24-18
(nothing); a government hosts talks (CONSULT) but a country also hosts a
tournament; "demonstrated that" means showed. The lexicon
(``data/plover_triggers.json``) says which words can be triggers; the sense
rules (``data/event_senses.json``) then read the trigger's arguments — its
subject, object, modifiers, the words near it, the sentence — and either
recode the event, confirm it, or drop it. Rules are data: per lemma, an
ordered list of conditions over word classes, first match decides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from spacy.tokens import Token

from hotspot import plover
from hotspot.errors import ConfigurationError, message
from hotspot.records import Entity
from hotspot.understand.data import load_table
from hotspot.understand.entities.gazetteer import country_of_name
from hotspot.understand.events.actors import quantity_head
from hotspot.understand.events.lexicon import PERSON_PRONOUNS, RELATIVE_PRONOUNS, Trigger, lemma
from hotspot.understand.events.topic import SCORE
from hotspot.understand.roles import role_nouns

TABLE = "event_senses"
"""The data file (``data/event_senses.json``): word classes and the sense rules per trigger lemma."""

_VERB_POS = ("VERB", "AUX")
_NOUN_POS = ("NOUN", "PROPN")
_SUBJECT_DEPS = ("nsubj", "csubj")
_OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "dative")
_NOUN_MODIFIER_DEPS = ("compound", "amod", "poss", "nmod", "npadvmod")
_NOUN_OBJECT_PREPS = ("of", "on", "against", "at", "upon", "into")
_CONDITIONS = ("pos", "subj", "obj", "mod", "near", "head", "pred", "sent", "score", "asserted", "content_subj",
               "not_subj", "not_obj", "not_mod", "not_near", "not_sent", "not_content_subj", "not_head")


@dataclass(frozen=True, slots=True)
class Words:
    """A condition's members: plain words and lemmas, and entity labels ('ent:PERSON')."""

    words: frozenset[str]
    labels: frozenset[str]
    pronoun: bool


@dataclass(frozen=True, slots=True)
class Rule:
    pos: str | None
    conditions: dict[str, Words]
    score: bool | None
    asserted: bool | None
    none: bool
    keep: bool
    type: str | None
    mode: str | None
    has_mode: bool


def _words(members: list[str], classes: dict[str, list[str]]) -> Words:
    out: set[str] = set()
    labels: set[str] = set()
    pronoun = False
    for m in members:
        if m.startswith("@"):
            if m[1:] not in classes:
                raise ConfigurationError(message("H103", table=TABLE, problem=f"names the unknown class {m!r}"))
            for w in classes[m[1:]]:
                if w.startswith("ent:"):
                    labels.add(w[4:])
                else:
                    out.add(w)
        elif m.startswith("ent:"):
            labels.add(m[4:])
        elif m == "pron":
            pronoun = True
        else:
            out.add(m)
    return Words(frozenset(out), frozenset(labels), pronoun)


def _rule(lemma_: str, item: dict[str, Any], classes: dict[str, list[str]]) -> Rule:
    unknown = [k for k in item if k not in _CONDITIONS and k not in ("none", "keep", "t", "m")]
    if unknown:
        raise ConfigurationError(message("H103", table=TABLE, problem=f"has unknown keys {unknown} in a rule of {lemma_!r}"))
    etype = item.get("t")
    if etype is not None and etype not in plover.MODES:
        raise ConfigurationError(message("H103", table=TABLE, problem=f"gives {lemma_!r} the type {etype!r}, not a PLOVER type"))
    mode = item.get("m")
    if etype is not None and mode is not None and mode not in plover.MODES[etype]:
        raise ConfigurationError(message("H103", table=TABLE, problem=f"gives {lemma_!r} the mode {mode!r} of {etype}"))
    if sum(bool(x) for x in (item.get("none"), item.get("keep"), etype)) != 1:
        raise ConfigurationError(message("H103", table=TABLE, problem=f"has a rule of {lemma_!r} that is not one of none, keep, t"))
    conditions = {k: _words(v, classes) for k, v in item.items() if k in _CONDITIONS and k not in ("pos", "score", "asserted")}
    return Rule(
        pos=item.get("pos"),
        conditions=conditions,
        score=item.get("score"),
        asserted=item.get("asserted"),
        none=bool(item.get("none")),
        keep=bool(item.get("keep")),
        type=etype,
        mode=mode,
        has_mode="m" in item,
    )


@lru_cache(maxsize=1)
def load_senses() -> dict[str, tuple[Rule, ...]]:
    """The sense rules per trigger lemma, read once and checked (classes exist, types and modes are PLOVER's)."""
    raw = load_table(TABLE, ("classes", "senses"))
    classes: dict[str, list[str]] = raw["classes"]
    return {lem: tuple(_rule(lem, item, classes) for item in items) for lem, items in raw["senses"].items()}


# --------------------------------------------------------------------------- the trigger's arguments


def _with_conjuncts(tok: Token) -> list[Token]:
    return [tok] + [c for c in tok.conjuncts if c.i != tok.i]


def _expand(tokens: list[Token]) -> list[Token]:
    """Participants with their conjuncts and, for 'thousands of workers', the head of the of-phrase."""
    out: list[Token] = []
    for t in tokens:
        if t.lower_ in RELATIVE_PRONOUNS and t.head.dep_ == "relcl":
            t = t.head.head  # "Britons who were released": the Britons
        elif t.lower_ in RELATIVE_PRONOUNS and t.dep_ in _SUBJECT_DEPS and not t.is_sent_start:
            t = _antecedent(t)  # "floods in 2024 that killed 185 people", the clause parsed as adverbial
        for c in _with_conjuncts(t):
            out.append(c)
            inner = quantity_head(c)
            if inner.i != c.i:
                out.append(inner)
    return out


def _antecedent(pronoun: Token, reach: int = 6) -> Token:
    """The noun a relative pronoun the parser left without its relative clause refers to: the nearest noun before it
    within ``reach`` words, skipping the numbers and dates of a phrase between them ("floods in 2024 that ..."); the
    pronoun itself when there is none or a verb comes first."""
    for t in reversed(pronoun.doc[max(pronoun.sent.start, pronoun.i - reach): pronoun.i]):
        if t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
            break
        if t.pos_ in ("NOUN", "PROPN"):
            return t
    return pronoun


def subjects(tok: Token) -> list[Token]:
    """The trigger's subject: a verb's subject or passive agent (or its governing verb's, for an open complement or a
    conjunct verb); a noun's compound, adjective and possessive modifiers, its by-phrase, and the subject of the light
    verb it is the object of ('workers staged a strike')."""
    found: list[Token] = []
    if headline_verb(tok):  # "Uzbekistan protests as Russia expels migrants": the country protests
        found = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS or (c.dep_ == "compound" and c.pos_ == "PROPN")]
    elif tok.pos_ in _VERB_POS:
        found = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS]
        for c in tok.children:
            if c.dep_ == "agent":
                found.extend(g for g in c.children if g.dep_ == "pobj")
        if not found and tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i:
            found = [c for c in tok.head.children if c.dep_ in _SUBJECT_DEPS]
        if not found and tok.dep_ in ("relcl", "acl") and tok.head.i != tok.i:
            found = [tok.head]
        if not found and purpose_clause(tok):  # "summoned the ambassador to protest": the ministry protests
            found = [c for c in tok.head.children if c.dep_ in _SUBJECT_DEPS]
    else:
        found = [c for c in tok.children if c.dep_ in _NOUN_MODIFIER_DEPS]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                found.extend(g for g in c.children if g.dep_ == "pobj")
        if tok.dep_ in ("dobj", "attr") and tok.head.pos_ in _VERB_POS:
            found.extend(c for c in tok.head.children if c.dep_ in _SUBJECT_DEPS)
    return _expand(found)


def purpose_clause(verb: Token) -> bool:
    """An infinitive that says what its governing verb was done for ("recalled its envoy *to protest* the ruling",
    "fired tear gas *to disperse* the crowd"): its doer is the governing verb's subject."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VB" and verb.head.i != verb.i and verb.head.pos_ in _VERB_POS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def objects(tok: Token) -> list[Token]:
    """The trigger's object: a verb's direct object or passive subject; a noun's of/on/against/at object."""
    found: list[Token] = []
    if tok.pos_ in _VERB_POS:
        found = [c for c in tok.children if c.dep_ in _OBJECT_DEPS]
        if not found and tok.dep_ in ("relcl", "acl") and tok.head.i != tok.i and tok.tag_ == "VBN":
            found = [tok.head]  # "the talks hosted by Norway"
    else:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in _NOUN_OBJECT_PREPS:
                found.extend(g for g in c.children if g.dep_ == "pobj")
    return _expand(found)


def modifiers(tok: Token) -> list[Token]:
    """A noun trigger's compound, adjective and possessive modifiers ('bird strike', 'heart attack')."""
    return [c for c in tok.children if c.dep_ in _NOUN_MODIFIER_DEPS]


_PREDICATED_DEPS = ("nsubj", "nsubjpass", "dobj")
_COMPLEMENT_DEPS = ("acomp", "attr", "oprd")


def predicate_words(tok: Token) -> list[Token]:
    """What is said of a noun trigger that is a subject or object: the verb it depends on and that verb's predicative
    complements ("the allegations were baseless": were, baseless; "called the charge a smear": called, smear)."""
    if tok.pos_ not in _NOUN_POS or tok.dep_ not in _PREDICATED_DEPS or tok.head.i == tok.i:
        return []
    head = tok.head
    return [head] + [c for c in head.children if c.dep_ in _COMPLEMENT_DEPS and c.i != tok.i]


_INDICATIVE_TAGS = frozenset({"VBZ", "VBD", "VBP"})
_DIRECTIVE_MODALS = frozenset({"should", "must", "shall"})


def asserted_content(tok: Token) -> bool:
    """Whether a verb's clause complement is told as a fact, in the indicative: "insisted (that) the plan was legal",
    "insists the talks will go on", not a mandative subjunctive or a directive modal that asks for an act ("insisted
    that he resign", "insisted that the troops should leave"). A verb of insisting with a fact as its content asserts
    it; only with an act to be done does it demand one."""
    for clause in tok.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in _VERB_POS:
            continue
        auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in _DIRECTIVE_MODALS for c in auxes):
            continue
        if clause.tag_ == "VBP" and not auxes and _third_singular_subject(clause):
            continue  # "insists that Turkmenistan release them": a base form the tagger read as a present
        if clause.tag_ in _INDICATIVE_TAGS or any(c.tag_ in _INDICATIVE_TAGS or c.tag_ == "MD" for c in auxes):
            return True
    return False


def _third_singular_subject(verb: Token) -> bool:
    """A singular noun or he, she, it as the subject: with it a present indicative would end in -s."""
    return any(c.dep_ == "nsubj" and (c.tag_ in ("NN", "NNP") or c.lower_ in ("he", "she", "it")) for c in verb.children)


def _matches(tokens: list[Token], words: Words, token_entity: dict[int, Entity]) -> bool:
    for t in tokens:
        if lemma(t) in words.words or t.lower_ in words.words:
            return True
        if words.labels:
            ent = token_entity.get(t.i)
            if (ent is not None and ent.label in words.labels) or t.ent_type_ in words.labels:
                return True
            if "NORP" in words.labels and t.pos_ == "PROPN" and t.text.endswith("s") and country_of_name(t.text):
                return True  # "four Britons", "two Kazakhs": a people, named by their country
        if words.pronoun and t.lower_ in PERSON_PRONOUNS:
            return True
    return False


class _Args:
    """The trigger's arguments, each read once and only when a rule asks for it."""

    def __init__(self, tok: Token, token_entity: dict[int, Entity], near: Callable[[Token], set[str]]) -> None:
        self.tok = tok
        self.token_entity = token_entity
        self._near = near
        self._cache: dict[str, Any] = {}

    def tokens(self, key: str) -> list[Token]:
        if key not in self._cache:
            if key == "subj":
                self._cache[key] = subjects(self.tok)
            elif key == "obj":
                self._cache[key] = objects(self.tok)
            elif key == "mod":
                self._cache[key] = modifiers(self.tok)
            elif key == "head":
                self._cache[key] = [self.tok.head] if self.tok.head.i != self.tok.i else []
            elif key == "pred":
                self._cache[key] = predicate_words(self.tok)
            elif key == "content_subj":  # "said [the ministry] had failed to act": who the content is about
                self._cache[key] = [t for c in self.tok.children if c.dep_ == "ccomp" for t in subjects(c)]
            else:  # sent
                self._cache[key] = list(self.tok.sent)
        out: list[Token] = self._cache[key]
        return out

    def near(self) -> set[str]:
        if "near" not in self._cache:
            self._cache["near"] = self._near(self.tok)
        out: set[str] = self._cache["near"]
        return out

    def score(self) -> bool:
        if "score" not in self._cache:
            self._cache["score"] = bool(SCORE.search(self.tok.sent.text))
        out: bool = self._cache["score"]
        return out

    def holds(self, key: str, words: Words) -> bool:
        if key == "near":
            near = self.near()
            return bool(words.words & near)
        return _matches(self.tokens(key), words, self.token_entity)


def headline_verb(tok: Token) -> bool:
    """Whether a plural noun that heads its sentence is the verb of a headline the tagger misread (v81): "Manila
    protests after coast guard fires water cannon", "Uzbekistan protests as Russia expels migrants". It has a subject,
    or a proper name before it and a clause of its own hung on it, which only a verb takes."""
    if tok.tag_ != "NNS" or tok.dep_ != "ROOT":
        return False
    if any(c.dep_ == "nsubj" for c in tok.children):
        return True
    return (any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children)
            and any(c.dep_ == "advcl" for c in tok.children))


def _rule_holds(rule: Rule, args: _Args) -> bool:
    tok = args.tok
    verb_read = tok.pos_ in _VERB_POS or headline_verb(tok)
    if rule.pos == "V" and not verb_read:
        return False
    if rule.pos == "N" and (tok.pos_ not in _NOUN_POS or verb_read):
        return False
    if rule.score is not None and args.score() != rule.score:
        return False
    if rule.asserted is not None and asserted_content(tok) != rule.asserted:
        return False
    for key, words in rule.conditions.items():
        if key.startswith("not_"):
            if args.holds(key[4:], words):
                return False
        elif not args.holds(key, words):
            return False
    return True


def read_sense(
    tok: Token, trig: Trigger, token_entity: dict[int, Entity], near: Callable[[Token], set[str]]
) -> Trigger | None:
    """The trigger as its sense reads it: None when the word is used in a sense that names no event, a recoded trigger
    when the sense is another type ('workers' strike' → PROTEST, 'air strike' → ASSAULT), else the lexicon's own.
    ``near`` gives the words near a token as the lexicon's conditions read them (``triggers.near_lemmas``)."""
    rules = load_senses().get(trig.lemma) or ()
    args = _Args(tok, token_entity, near)
    for rule in rules:
        if not _rule_holds(rule, args):
            continue
        if rule.none:
            return None
        if rule.keep or rule.type is None:
            return trig
        mode = rule.mode if rule.has_mode else trig.mode
        return replace(trig, type=rule.type, mode=mode)
    if tok.pos_ in _VERB_POS and trig.type not in MATERIAL_CONFLICT and figurative(tok, token_entity):
        return None  # ('the war has killed 14,000': an event or a weapon acts in material conflict)
    if tok.pos_ in _VERB_POS and trig.type in MATERIAL_CONFLICT and natural_cause(tok, token_entity):
        return None  # ('floods killed 185 people', 'the storm destroyed ...')
    return trig


MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
"""Types in which an event or a weapon acts ('the war has killed', 'violence killed 20'): no figure of speech."""
AGENT_CLASSES = ("agents", "armed", "security_forces", "aircraft_weapons", "state_actors", "labour", "employees", "victims")
"""The classes of ``data/event_senses.json`` whose words can be the subject of a political act."""


@cache
def _class_words(names: tuple[str, ...]) -> frozenset[str]:
    """The words (not the entity labels) of the named classes of the senses table."""
    classes: dict[str, list[str]] = load_table(TABLE, ("classes", "senses"))["classes"]
    return frozenset(w for name in names for w in classes[name] if not w.startswith("ent:"))


@lru_cache(maxsize=1)
def agent_words() -> frozenset[str]:
    """Nouns that can act: the agent classes of the senses table and every role noun (a person or a body)."""
    return _class_words(AGENT_CLASSES) | role_nouns("speaker") | role_nouns("source")


def figurative(tok: Token, token_entity: dict[int, Entity]) -> bool:
    """A verb trigger whose subjects are all things that cannot act: the word is a figure of speech, no event.

    'Water appropriations threaten to turn Lake Balkhash into a desert', 'China's regional outreach clashes with
    that of other powers', 'the failure of the old system demands fresh diplomacy': nobody threatens, clashes or
    demands. A subject can act when it is a pronoun, a name or a named entity, a role noun (a person or a body),
    or one of the agent classes (armed forces and weapons, which an attack or a blast also is, states, workers,
    people, documents that act for their authors). No subject at all says nothing against the event.
    """
    return _acted_only_by(tok, token_entity, _is_thing)


def natural_cause(tok: Token, token_entity: dict[int, Entity]) -> bool:
    """A verb of material conflict whose subjects are all forces of nature, illness or accident ('floods killed 185
    people', 'an earthquake destroyed the town', 'the crash injured four'): a disaster, no act between actors. War and
    violence still kill in material conflict (``figurative`` spares them); only the ``natural`` class reads so."""
    return _acted_only_by(tok, token_entity, lambda t: _in_classes(t, ("natural",)))


def _acted_only_by(tok: Token, token_entity: dict[int, Entity], kind: Callable[[Token], bool]) -> bool:
    """Whether the verb has subjects and every one is of ``kind`` and cannot act (``_can_act``)."""
    found = _acting_subjects(tok)
    return bool(found) and all(kind(t) and not _can_act(t, token_entity) for t in found)


ABSTRACT_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ure", "ship")
"""Endings of nouns of states, acts and qualities ('appropriation', 'environment', 'failure'), which do not act."""
THING_CLASSES = ("things", "natural", "abstract_targets", "abstract_plans", "economy_words", "growth", "abstract")
"""The classes of ``data/event_senses.json`` whose words are things, not agents."""


def _is_thing(t: Token) -> bool:
    """A common noun that plainly names no one: an abstract ending or a word of the thing classes. Anything else
    ('bandits', 'pirates', 'fishermen') may be people, and is left to act."""
    return t.pos_ == "NOUN" and (lemma(t).endswith(ABSTRACT_SUFFIXES) or _in_classes(t, THING_CLASSES))


def _in_classes(t: Token, classes: tuple[str, ...]) -> bool:
    """A common noun that is a word of these classes of ``data/event_senses.json``, by its lemma or its form."""
    words = _class_words(classes)
    return t.pos_ == "NOUN" and (lemma(t) in words or t.lower_ in words)


def _can_act(t: Token, token_entity: dict[int, Entity]) -> bool:
    """A pronoun, a name (a capitalised word, the parser's tag aside), a named entity, a role noun or an agent word,
    or a noun with a name in apposition ('his successor, Gurbanguly Berdymukhammedov')."""
    if t.pos_ in ("PRON", "PROPN", "DET", "NUM") or t.ent_type_ or t.i in token_entity:
        return True  # ('many in the US are calling for ...', 'some have warned')
    if t.text[:1].isupper() and not t.is_sent_start:
        return True  # 'Trump' tagged a common noun; a sentence's first word is capitalised whatever it names ('Floods')
    agents = agent_words()
    if lemma(t) in agents or t.lower_ in agents:
        return True
    for c in t.children:
        if c.dep_ in ("appos", "compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ or c.i in token_entity):
            return True  # 'his successor, Gurbanguly Berdymukhammedov', 'Israeli army bulldozers', 'Ibo elders'
        if c.dep_ == "compound" and (lemma(c) in agents or c.lower_ in agents):
            return True  # 'army bulldozers', 'police officers'
        if c.dep_ == "prep" and c.lower_ == "of" and any(_can_act(g, token_entity) for g in c.children if g.dep_ == "pobj"):
            return True  # 'a second batch of Nepali army engineers'
    return False


def _acting_subjects(tok: Token) -> list[Token]:
    """Who does what a verb says: its active subject, a passive's by-agent (a passive without one names nobody), the
    subject of the verb it complements or is conjoined to when it has none of its own, the noun a relative clause
    without a subject hangs from ('the forces that attacked')."""
    own = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS]
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        own = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return _expand(own)
    if not own and tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i and tok.head.pos_ in _VERB_POS:
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.head.children) or lemma(tok.head) == "be":
            return []  # ('the wiser course would be to invite the rebels': the course invites nobody)
        objects = [c for c in tok.head.children if c.dep_ in ("dobj", "obj")] if tok.dep_ == "xcomp" else []
        own = objects or [c for c in tok.head.children if c.dep_ in _SUBJECT_DEPS]  # 'forced the minister to resign'
    if not own and tok.dep_ == "relcl" and tok.head.i != tok.i:
        own = [tok.head]
    return _expand(own)

