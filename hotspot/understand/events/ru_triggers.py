"""Which words of a Russian sentence are event triggers, in which sense, and which of them only frame another.

Why a module of its own: a Russian trigger is a lemma of ``data/events_ru.json``
whose sense the parse selects. The senses of a lemma are tried in order over
its arguments, as ``senses`` does for English: «удар» by aircraft or a state
is an ASSAULT, «удар по экономике» or a team's shot no event; «демонстрация»
of a product no protest; «задержать рейс» no arrest; «осудить» to prison a
conviction, a policy a condemnation. Then, per sentence, promises and plans
frame the trigger they govern (it is future, and yields no event of its own)
and orders hand a material act to the orderer, as ``triggers.frames`` does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from hotspot.records import Entity
from hotspot.understand.events.ru_clauses import (
    NOUN_POS,
    clause_verb,
    complement_of,
    governed_by,
    has,
    preposition,
    subjects,
    substantive,
)
from hotspot.understand.events.ru_lexicon import RuLexicon, Sense, fold, ru_lemma
from hotspot.understand.events.triggers import Frames
from hotspot.understand.events.triggers import frames as shared_frames

_NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP")
_FEATURES = ("Animacy",)
"""Morphological features a condition may name (``Animacy=Inan``)."""
OBJECT_PREPS = frozenset({"по", "против", "с", "из", "от", "в отношении", "в адрес", "к", "над", "за", "о", "об"})
"""Prepositions of a complement that says what an act is done to or with («удар по», «санкции против», «переговоры с»)."""
DIRECTION_PREPS = frozenset({"в", "во", "на"})
"""With the accusative, where an act is aimed («ввод войск в Казахстан», «нападение на полицейских»); with the
prepositional case, where it happens («в Москве», «на площади»), which is no object."""
RECODE_UNDER = frozenset({"xcomp", "obl"})
"""Relations under which a readiness recodes the act it governs («готовы к переговорам», «готовятся к наступлению»)."""


def is_object(tok: Token) -> bool:
    """Whether a nominal complement names what the act is done to: a bare complement, or one with an object
    preposition («по Киеву») or a preposition of direction with the accusative («в Казахстан»)."""
    prep = preposition(tok)
    if prep is None:
        return True
    if prep in OBJECT_PREPS:
        return True
    return prep in DIRECTION_PREPS and has(tok, "Case", "Acc")


def _counted(tok: Token) -> list[Token]:
    """A noun and, for a quantity word, the noun it counts («десятки *демонстрантов*», «20 *участников*»)."""
    out = [tok]
    out.extend(c for c in tok.children if c.dep_ == "nmod" and preposition(c) is None and has(c, "Case", "Gen"))
    out.extend(c for c in tok.children if c.dep_ == "conj" and c.pos_ in (*NOUN_POS, "PRON"))
    return out


def genitive(tok: Token) -> list[Token]:
    """A noun's bare genitive complements («митинг *оппозиции*», «ввод *войск*»)."""
    return [c for c in tok.children if c.dep_ == "nmod" and preposition(c) is None and has(c, "Case", "Gen")]


def instrumental_agent(tok: Token) -> list[Token]:
    """The agent of a passive or an event noun in the bare instrumental («задержан *полицией*»)."""
    return [c for c in tok.children if c.dep_ in ("obl", "obl:agent", "nmod") and preposition(c) is None
            and has(c, "Case", "Ins") and c.pos_ in (*NOUN_POS, "PRON")]


def subject_tokens(tok: Token, statement_verbs: frozenset[str]) -> list[Token]:
    """Who does it, from the parse alone: a verb's subject (or a passive's instrumental agent); a noun's genitive and
    the subject of the verb it is the complement of, unless that verb only talks about it («осудил удар»)."""
    if tok.pos_ not in NOUN_POS:
        if any(c.dep_ in ("nsubj:pass", "aux:pass") for c in tok.children) or has(tok, "Voice", "Pass"):
            return instrumental_agent(tok)
        return [t for s in subjects(tok) for t in _counted(s)]
    out = genitive(tok) + instrumental_agent(tok)
    verb = clause_verb(tok)
    if verb != tok and tok.dep_ not in ("nsubj", "nsubj:pass") and ru_lemma(verb) not in statement_verbs:
        out.extend(t for s in subjects(verb) for t in _counted(s))
    return out


def object_tokens(tok: Token) -> list[Token]:
    """What it is done to: a verb's object, indirect object, passive subject and object complements; a noun's genitive
    and object complements; for a quantity word, the noun it counts."""
    out: list[Token] = []
    for c in tok.children:
        if tok.pos_ in NOUN_POS:
            if c.dep_ == "nmod" and is_object(c) and c.pos_ in (*NOUN_POS, "PRON"):
                out.extend(_counted(c))
        elif c.dep_ in ("obj", "iobj", "nsubj:pass") or (c.dep_ == "obl" and is_object(c) and preposition(c) is not None):
            out.extend(_counted(c))
    return out


def _members(tokens: list[Token], token_entity: dict[int, Entity]) -> set[str]:
    out: set[str] = set()
    for t in tokens:
        out.add(ru_lemma(t))
        out.add(fold(t.text))
        ent = token_entity.get(t.i)
        if ent is not None:
            out.add("ent:" + ent.label)
        for feature in _FEATURES:
            for value in t.morph.get(feature, []):
                out.add(f"{feature}={value}")
    return out


def near_members(tok: Token) -> set[str]:
    """Lemmas and words of the trigger's neighbourhood: children, grandchildren, its head, and for a noun the head's
    other children; ``dep:X`` for its children's relations."""
    out: set[str] = set()
    for c in tok.children:
        out.update((ru_lemma(c), fold(c.text), "dep:" + c.dep_))
        for g in c.children:
            out.update((ru_lemma(g), fold(g.text)))
    head = tok.head
    if head != tok:
        out.update((ru_lemma(head), fold(head.text)))
        if tok.pos_ in NOUN_POS or tok.pos_ == "ADJ":
            for c in head.children:
                if c != tok and c.dep_ not in ("punct", "parataxis", "conj"):
                    out.update((ru_lemma(c), fold(c.text)))
    return out


_COMPLEMENT_CLAUSES = ("ccomp", "acl", "acl:relcl")
"""How a complement clause hangs from its verb («настаивал, *что* …») or from the «том» it is announced by."""


def complement_marks(tok: Token) -> set[str]:
    """The conjunctions that open the clause a trigger takes as its complement, directly («настаивал, что …») or
    announced by a demonstrative («настаивал на том, что …»): «что» reports a claim, «чтобы» an act wanted."""
    clauses = [c for c in tok.children if c.dep_ == "ccomp"]
    clauses += [g for c in tok.children if c.dep_ == "obl" and ru_lemma(c) == "тот"
                for g in c.children if g.dep_ in _COMPLEMENT_CLAUSES]
    return {ru_lemma(m) for c in clauses for m in c.children if m.dep_ == "mark"}


def prepositional_complements(tok: Token) -> set[str]:
    """The trigger's prepositional complements as «preposition+Case» and «preposition+Case+Animacy» (folded:
    «с+gen+anim»): the case tells «требовать *с родителей*» (from whom payment is exacted, the genitive of a person)
    from «встреча *с министром*» (the instrumental) and «требуют *с 1 января*» (a date, inanimate)."""
    out: set[str] = set()
    for c in tok.children:
        prep = preposition(c) if c.dep_ in ("obl", "nmod") else None
        if prep is None:
            continue
        for case in c.morph.get("Case", []):
            out.add(fold(f"{prep}+{case}"))
            out.update(fold(f"{prep}+{case}+{animacy}") for animacy in c.morph.get("Animacy", []))
    return out


@dataclass(slots=True)
class _Arguments:
    """A candidate trigger's arguments, each read once, when a condition first asks for it."""

    tok: Token
    token_entity: dict[int, Entity]
    lex: RuLexicon
    sentence: Callable[[], set[str]]
    cache: dict[str, set[str]] = field(default_factory=dict)

    def get(self, role: str) -> set[str]:
        if role not in self.cache:
            if role == "near":
                self.cache[role] = near_members(self.tok)
            elif role == "subj":
                self.cache[role] = _members(subject_tokens(self.tok, self.lex.statement_verbs), self.token_entity)
            elif role == "obj":
                self.cache[role] = _members(object_tokens(self.tok), self.token_entity)
            elif role == "head":
                self.cache[role] = {ru_lemma(self.tok.head)} if self.tok.head != self.tok else set()
            elif role == "comp":
                self.cache[role] = complement_marks(self.tok)
            elif role == "prep":
                self.cache[role] = prepositional_complements(self.tok)
            elif role == "self":
                self.cache[role] = {f"{k}={v}" for k in self.tok.morph.to_dict() for v in self.tok.morph.get(k, [])}
            else:
                self.cache[role] = self.sentence()
        return self.cache[role]


def _holds(sense: Sense, args: _Arguments) -> bool:
    for cond in sense.conditions:
        present = bool(cond.words & args.get(cond.role))
        if present == cond.negative:
            return False
    return True


def _first_sense(tok: Token, lex: RuLexicon, token_entity: dict[int, Entity], sentence: Callable[[], set[str]]) -> Sense | None:
    """The first sense of the token's lemma whose part of speech and conditions hold, a sense that is no event too."""
    senses = lex.senses.get(ru_lemma(tok))
    if not senses:
        return None
    args = _Arguments(tok, token_entity, lex, sentence)
    for sense in senses:
        if sense.pos is not None and tok.pos_ not in sense.pos:
            continue
        if sense.pos is None and tok.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ"):
            continue
        if _holds(sense, args):
            return sense
    return None


def read_sense(tok: Token, lex: RuLexicon, token_entity: dict[int, Entity], sentence: Callable[[], set[str]]) -> Sense | None:
    """The first sense of the token's lemma whose part of speech and conditions hold; None when there is none or when
    that sense is no event."""
    sense = _first_sense(tok, lex, token_entity, sentence)
    return sense if sense is not None and sense.type is not None else None


_SETTLING_ROLES = frozenset({"near", "sent"})
"""Conditions that read a noun's happening from its surroundings («взрыв на складе», «траурный митинг»): what such a
happening is, the text has said, and a later bare mention of it is the same one."""
_BARE_DEPS = frozenset({"case", "det", "punct", "cc"})
"""A noun with nothing but these («взрывами», «этот митинг») names no happening of its own: it refers back."""


def _settles(sense: Sense) -> bool:
    """A no-event sense of a noun chosen by its surroundings: the text says what kind of happening the word names."""
    return sense.type is None and sense.pos == ("NOUN", "PROPN") and any(c.role in _SETTLING_ROLES and not c.negative
                                                                         for c in sense.conditions)


def _bare(tok: Token) -> bool:
    return tok.pos_ in NOUN_POS and all(c.dep_ in _BARE_DEPS for c in tok.children)


def sentence_triggers(sent: SpacySpan, token_entity: dict[int, Entity], lex: RuLexicon,
                      settled: set[str] | None = None) -> list[tuple[Token, Sense]]:
    """The sentence's trigger tokens with their senses, in text order.

    ``settled`` (kept by the caller across the article's sentences) holds the nouns the text has already read as no
    event from their surroundings («взрывы на военном складе»: an accident). A later bare mention of the same noun
    («взрывами повреждены линии»), with no words of its own to tell another happening, is that same happening and no
    event either: one sense per discourse (Gale, Church and Yarowsky 1992), as a repeated bare noun refers back."""
    lemmas: set[str] | None = None

    def sentence() -> set[str]:
        nonlocal lemmas
        if lemmas is None:
            lemmas = {ru_lemma(t) for t in sent}
        return lemmas

    found: list[tuple[Token, Sense]] = []
    for tok in sent:
        if tok.is_punct or tok.is_space or not any(ch.isalpha() for ch in tok.text):
            continue
        if ru_lemma(tok) not in lex.senses:
            continue
        ent = token_entity.get(tok.i)
        if ent is not None and ent.label in _NAME_LABELS:
            continue  # «Марш мира» as a name, «Протест» as a party: names, not events
        if substantive(tok):
            continue  # «протестующие», «задержанные»: participants, not events
        sense = _first_sense(tok, lex, token_entity, sentence)
        if sense is None:
            continue
        if settled is not None and _settles(sense):
            settled.add(sense.lemma)
        elif sense.type is not None and not (settled and sense.lemma in settled and _bare(tok)):
            found.append((tok, sense))
    return found


def frames(found: list[tuple[Token, Sense]]) -> Frames:
    """Promises, plans and orders of a sentence and the triggers they govern (``triggers.frames`` on the Russian
    tree; a readiness recodes its act under ``obl`` too: «готовятся к наступлению»)."""
    return shared_frames(found, governed_by, complement_of, RECODE_UNDER)
