"""Which words of a sentence are event triggers, and which of them only frame another trigger.

Why a module of its own: a trigger is a lexicon entry whose conditions hold in
the parse ("halted the offensive" is a RETREAT, "halted talks" a SANCTION),
and some triggers are not events of their own but frames of the one they
govern: a promise ("promised to withdraw") makes it future, a readiness
("prepared to resume shelling") recodes it, an order ("ordered the closure")
hands it to the orderer. Matching and framing are decided here, per sentence,
before any participant is looked for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from hotspot.records import Entity
from hotspot.understand.events.clauses import (
    DEFINITE_DETERMINERS,
    complement_of,
    first_noun_conjunct,
    governed_by,
    with_conjuncts,
)
from hotspot.understand.events.flags import NAMING_GOVERNORS
from hotspot.understand.events.lexicon import (
    AUX_POS,
    CLOSING_VERBS,
    CONTINUING_VERBS,
    ENDING_VERBS,
    NAMING_PREDICATES,
    REACTION_PREDICATES,
    SOURCE_PREDICATES,
    SOURCE_PREPS,
    SPEECH_ACT_TYPES,
    STATE_WORDS,
    Lexicon,
    Trigger,
    kind_word,
    lemma,
)
from hotspot.understand.events.senses import read_sense

# The trigger's own object (active or passive): ``obj:LEMMA`` in a lexicon entry's "with" names it.
_OBJECT_DEPS = ("dobj", "nsubjpass")
# An order is the act it orders ("ordered the closure of three newspapers" is the closure, by whoever ordered it)
# for acts an authority carries out through others; verbal acts stay the orderer's REQUEST.
DIRECTED_TYPES = frozenset({"COOPERATE", "AID", "RETREAT", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})


def near_lemmas(tok: Token) -> set[str]:
    """Lemmas and lower-cased words of the trigger's neighbourhood: children, grandchildren, its head (and the head's
    particles/objects for a noun). A verb's open complement, and a noun's infinitive ("refusal to say"), is also marked
    as such ("xcomp:say" in "refused to say whether ..."), since what a word of refusing or trying governs decides its
    sense, and a plain lemma cannot tell that verb from any other child ("refused to withdraw, saying ...")."""
    out: set[str] = set()
    for c in tok.children:
        out.add(lemma(c))
        out.add(c.lower_)
        out.add("dep:" + c.dep_)
        if c.dep_ == "xcomp" or (c.dep_ == "acl" and tok.pos_ == "NOUN" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)):
            out.add("xcomp:" + lemma(c))
        if c.dep_ in _OBJECT_DEPS:  # "halted the offensive": the thing acted on, whatever else is near
            out.update("obj:" + lemma(o) for o in with_conjuncts(c))
        elif c.dep_ == "prep" and c.lower_ in SOURCE_PREPS:  # "withdrew from the treaty", "pulled out of the pact"
            for g in c.children:
                if g.dep_ == "pobj":
                    out.add("obj:" + lemma(g))
                elif g.dep_ == "prep" and g.lower_ == "of":
                    out.update("obj:" + lemma(gg) for gg in g.children if gg.dep_ == "pobj")
        if c.dep_ == "prt":
            out.add("prt:" + lemma(c))
        for g in c.children:
            out.add(lemma(g))
            out.add(g.lower_)
            if g.dep_ in ("pobj", "dobj", "compound", "amod", "prep") or c.dep_ in ("xcomp", "prep", "agent"):
                for gg in g.children:
                    if gg.dep_ in ("pobj", "compound", "amod", "dobj"):
                        out.add(lemma(gg))
                        out.add(gg.lower_)
    head = tok.head
    if head != tok:
        out.add(lemma(head))
        out.add(head.lower_)
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") or tok.dep_ in ("pobj", "xcomp", "aux"):
            for c in head.children:
                if c != tok and c.dep_ in ("prt", "compound", "amod", "neg", "dobj", "prep", "nsubj", "nsubjpass"):
                    out.add(lemma(c))
                    out.add(c.lower_)
            if head.dep_ == "prep":
                out.add(lemma(head.head))
    return out


def match_trigger(tok: Token, lex: Lexicon) -> Trigger | None:
    """The first lexicon entry for the token's lemma (else its word) whose part of speech and conditions hold."""
    candidates = lex.triggers.get(lemma(tok))
    if candidates is None:
        candidates = lex.triggers.get(tok.lower_)
    if not candidates:
        return None
    near: set[str] | None = None
    for trig in candidates:
        if trig.pos is not None and tok.pos_ not in trig.pos:
            continue
        if trig.pos is None and tok.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ"):
            continue
        if tok.pos_ == "AUX" and tok.dep_ not in ("aux", "ROOT") and trig.pos == AUX_POS:
            continue
        if trig.with_ or trig.without:
            if near is None:
                near = near_lemmas(tok)
            if trig.with_ and not (trig.with_ & near):
                continue
            if trig.without and (trig.without & near):
                continue
        return trig
    return None


def as_source(tok: Token) -> bool:
    """An event noun that stands as the source of what the sentence tells: the object of "according to" ("according
    to the investigation, he acted on orders") or the subject or agent of a verb of saying or finding ("the
    investigation found that ...", "nothing about the motive was revealed by the inquiry"). It refers back to the act, which
    its own mention codes (the gold's rule for a noun that is only the subject of another predicate). So is a definite
    event noun with nothing but its article and adjectives that is the subject of a verb of reaction ("the arrests drew
    condemnation", "the raid sparked outrage": ``REACTION_PREDICATES``)."""
    if tok.pos_ != "NOUN":
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    if tok.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
        head = head.head
    elif tok.dep_ != "nsubj":
        return False
    if head.pos_ not in ("VERB", "AUX"):
        return False
    if lemma(head) in REACTION_PREDICATES and tok.dep_ == "nsubj":  # "the arrests drew condemnation": told before
        children = list(tok.children)  # bare: "the arrest of three activists drew protests" may be the first telling
        return (any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children)
                and all(c.dep_ in ("det", "amod") for c in children))
    return lemma(head) in SOURCE_PREDICATES


def as_people(tok: Token) -> bool:
    """A past participle that stands, after "the", for the people it happened to: "three of the detained were freed",
    "the arrested were named", "the accused denies the charges". It names persons, not a second arrest; the act
    is coded where the text tells it."""
    if tok.tag_ != "VBN" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"):
        return False
    children = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in children):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "aux", "auxpass", "prep", "advmod", "xcomp", "ccomp")
                   for c in children)


def sentence_triggers(sent: SpacySpan, token_entity: dict[int, Entity], lex: Lexicon) -> list[tuple[Token, Trigger]]:
    """The sentence's trigger tokens with their lexicon entries, in text order."""
    found: list[tuple[Token, Trigger]] = []
    for tok in sent:
        if tok.is_punct or tok.is_space or not tok.is_alpha and "-" not in tok.text:
            continue
        ent = token_entity.get(tok.i)
        if ent is not None and ent.label in ("PERSON", "ORG", "GPE", "LOC", "NORP"):
            continue  # "Free Russia Foundation", "Movement for ..." are names, not events
        if tok.ent_type_ in ("DATE", "TIME"):
            continue  # "last March", "a March 2016 meeting": the calendar, not the event
        if tok.dep_ == "amod" and tok.tag_ in ("VBN", "VBD", "VBG"):
            continue  # "Ousted President", "the banned movement", "long-threatened invasion": attributes, not events
        if as_source(tok):
            continue  # "according to the investigation", "the inquiry found that ...": a source, not the act again
        if as_people(tok):
            continue  # "three of the detained were freed", "the accused denies it": people, not the act again
        trig = match_trigger(tok, lex)
        if trig is not None:
            trig = read_sense(tok, trig, token_entity, near_lemmas)  # "bird strike", "beat France 24-18": no event
        if trig is not None:
            found.append((tok, trig))
    return found


PURPOSE_TYPES = ("CONSULT", "PROTEST", "ACCUSE")
"""Acts whose aim, told by a to-infinitive of the same type, is the same act: a meeting held to discuss, a sit-in
staged to protest, an ambassador summoned to hear a protest (v78: "summoned the envoy to protest the arrests")."""


def restated(found: Sequence[tuple[Token, Trigger]]) -> set[int]:
    """Event nouns that name again, in a prepositional phrase, the act of the verb they hang from, with the same type:
    "killed in an ambush", "received the premier for a state visit", and participles that spell out their verb's
    speech act ("criticised the cabinet, accusing it of waste": ``elaborates``), and a meeting's purpose ("met to
    discuss the truce": ``meeting_purpose``), a predicate noun that classes its subject's event ("the march was the
    largest protest": ``names_its_subject``), the object of a verb that ends it ("halted the talks": ``ended_by``), an
    inquiry brought to its end ("ending a long investigation": ``closed_inquiry``), a meeting told again in a
    "where" clause on its place (``meeting_place``), the tear gas or water cannon a coded assault fired
    (``fired_weapon``), the event noun a verb's lexicon entry takes as its object ("declared a state of emergency":
    ``object_of_same_act``) and talks in "a round of talks" after "met" (v78).
    A mention is coded once per sentence, by its main predicate (the gold's rule); the noun or participle adds no
    second event. (A light verb's object, "provided aid", is left to the coder:
    there the noun is the event's own word.)"""
    verb_triggers = {tok.i: trig for tok, trig in found if tok.pos_ in ("VERB", "AUX")}
    verbs = {i: trig.type for i, trig in verb_triggers.items()}
    types = {tok.i: trig.type for tok, trig in found}
    ending = {tok.i for tok, trig in found if tok.pos_ == "VERB" and trig.type == "SANCTION" and lemma(tok) in ENDING_VERBS}
    out: set[int] = set()
    for tok, trig in found:
        phrase = _through_kind(tok)
        in_phrase = (phrase.pos_ in ("NOUN", "PROPN") and phrase.dep_ == "pobj" and phrase.head.dep_ == "prep"
                     and verbs.get(phrase.head.head.i) == trig.type)
        spelt_out = trig.type in SPEECH_ACT_TYPES and elaborates(tok) and (
            verbs.get(tok.head.i) == trig.type or light_verb_object(tok.head, types) == trig.type)
        if (in_phrase or spelt_out or (trig.type == "CONSULT" and meeting_place(tok, verbs))
                or (trig.type in PURPOSE_TYPES and meeting_purpose(tok, types, trig.type)) or modifies_event(tok, types)
                or names_its_subject(tok, types) or ended_by(tok, ending) or closed_inquiry(tok, trig)
                or named_within(tok, verbs, trig.type) or fired_weapon(tok, trig, verbs)
                or object_of_same_act(tok, trig, verb_triggers)):
            out.add(tok.i)
    return out


def light_verb_object(verb: Token, types: dict[int, str]) -> str | None:
    """The type of the event noun a verb takes as its object, when the verb only stages it ("filed a lawsuit", "lodged
    a complaint"): a participle that follows, "accusing the sheriff of ...", spells out that act, not another one."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.i in types:
            return types[c.i]
    return None


MATERIAL_ACT_TYPES = ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE")
"""Acts a verb carries out on an event noun of its own type: "threw petrol bombs", "imposed a curfew",
"declared a state of emergency". (A verb of speech that takes an accusation, "denounced the allegations", answers
another's act, and both stay.)"""


def object_of_same_act(tok: Token, trig: Trigger, verbs: dict[int, Trigger]) -> bool:
    """An event noun that is the object of a verb the lexicon reads as that act with it: the government "declared a
    state of emergency" ('declare' with emergency), "imposed a curfew" ('impose' with obj:curfew), protesters "threw
    petrol bombs" ('throw' with bomb), both coded as the same material act. The noun names the verb's act again and is
    coded once, by the verb. A verb that only takes the act as its object ("struck down the tariffs", "fought a war")
    names no such object in its entry, and a verb that carries on an act already there ("tightened the embargo",
    "extended the custody": ``CONTINUING_VERBS``) is a second act: both stay."""
    if trig.type not in MATERIAL_ACT_TYPES or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    head = first_noun_conjunct(_through_kind(tok, ("of",), STATE_WORDS))
    if head.dep_ not in _OBJECT_DEPS or head.head.i == head.i:
        return False
    verb = verbs.get(head.head.i)
    if verb is None or verb.type != trig.type or verb.lemma in CONTINUING_VERBS:
        return False
    named = {lemma(tok), lemma(head)}
    return any(w in named or (w.startswith("obj:") and w[4:] in named) for w in verb.with_)


def _through_kind(tok: Token, preps: tuple[str, ...] = ("of",), heads: frozenset[str] = frozenset()) -> Token:
    """The phrase an event noun heads as the of-object of a kind or a round ("a third round of talks", "a wave of
    arrests", ``lexicon.kind_word``, and ``heads``): the kind's noun, which stands where the event would in the clause."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in preps and tok.head.head.i != tok.head.i:
        outer = tok.head.head
        if outer.pos_ in ("NOUN", "PROPN") and (kind_word(outer) or lemma(outer) in heads):
            return outer
    return tok


def fired_weapon(tok: Token, trig: Trigger, verbs: dict[int, str]) -> bool:
    """A crowd-control weapon that is the object of a verb coded as the same assault: "police fired tear gas at the
    marchers", "turned water cannon on the crowd". The weapon is what the firing used, one act, coded by the verb; the
    noun stays an event where no verb of the sentence codes it ("tear gas was used", "officers fired tear gas and water
    cannon to clear the square", where the firing has no target to make it a coded verb)."""
    if trig.mode != "crowd-control" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    head = first_noun_conjunct(tok)  # "fired tear gas and water cannon": the second weapon is the verb's object too
    return head.dep_ == "dobj" and head.head.i != head.i and verbs.get(head.head.i) == trig.type


def named_within(tok: Token, verbs: dict[int, str], kind: str) -> bool:
    """A verb of naming in a "what X called" clause that is the object of a verb of the same type: "condemned what it
    called foreign interference", "denounced what he called a witch hunt". The naming is how the condemnation puts it,
    one act, coded by the condemning verb."""
    if tok.pos_ not in ("VERB", "AUX") or lemma(tok) not in NAMING_GOVERNORS or tok.dep_ not in ("ccomp", "dobj", "pcomp"):
        return False
    if not any(c.tag_ in ("WP", "WDT") and c.i < tok.i for c in tok.children):
        return False
    return tok.head.i != tok.i and verbs.get(tok.head.i) == kind


def ended_by(tok: Token, ending: set[int]) -> bool:
    """An event noun that is the object of a verb that breaks it off, coded as a SANCTION ("the two governments halted
    their talks", "abandoned the negotiations", "froze aid": ``ENDING_VERBS``). The verb's act is the news; the noun
    names what it ends, not a happening the sentence tells as going on, and is coded once, by the verb. Fighting that a
    verb ends ("to end the war", a RETREAT) went on until then, and keeps its own event."""
    return (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") and tok.head.i != tok.i
            and tok.head.i in ending)


def closed_inquiry(tok: Token, trig: Trigger) -> bool:
    """An inquiry noun that is the object of a verb that brings it to its end ("the member states approved the duties,
    ending a 14-month investigation", "prosecutors closed the probe": ``CLOSING_VERBS``). The inquiry went on before
    the news and is over; what the sentence tells is its outcome, not an investigation going on (v59)."""
    return (trig.mode == "investigate" and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX") and lemma(tok.head) in CLOSING_VERBS)


def names_its_subject(tok: Token, types: dict[int, str]) -> bool:
    """An event noun that is the predicate of a clause whose subject is an event noun of the same type: "the march was
    the largest protest in years", "the sit-in marked the third strike this spring" (``NAMING_PREDICATES``). A copula,
    or a verb that says what its subject amounts to, tells no second happening: the predicate classes the subject's
    event, so the act is coded once, by its subject (and not at all when that subject only refers back)."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("attr", "dobj", "ccomp") or tok.i not in types:
        return False
    verb = tok.head
    if verb.i == tok.i or verb.pos_ not in ("VERB", "AUX") or lemma(verb) not in NAMING_PREDICATES:
        return False
    if tok.dep_ != "attr" and lemma(verb) in ("be", "become", "remain"):
        return False
    return any(c.dep_ == "nsubj" and types.get(c.i) == types[tok.i] for c in verb.children)


def modifies_event(tok: Token, types: dict[int, str]) -> bool:
    """An event noun that only modifies another event noun of the sentence as its compound: "an extradition request",
    "a veto threat", "the ceasefire agreement", "a release call". The phrase names one act, its head's (the request,
    the threat); the modifier says what that act is about, and is no event of its own (the gold codes such a noun
    once, by its head). A noun with a phrase of its own ("a call for the release of the prisoners") is not a compound
    and stays."""
    return (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "compound" and tok.head.i != tok.i
            and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i in types)


def meeting_place(tok: Token, verbs: dict[int, str]) -> bool:
    """A meeting told again in a "where" clause on the place of a meeting the sentence has coded by its verb: "the
    president received the envoy at the palace, where the two held talks", "met the premier in Geneva, where they
    discussed the truce". The clause says what the one meeting was: one consultation, coded by the main verb (v59)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if verb.i == tok.i and tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.i != verb.i and tok.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return False
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return False
    place = verb.head
    return (place.dep_ == "pobj" and place.head.dep_ == "prep" and place.head.head.i != verb.i
            and verbs.get(place.head.head.i) == "CONSULT")


def meeting_purpose(tok: Token, types: dict[int, str], kind: str = "CONSULT") -> bool:
    """A to-infinitive with no subject of its own that gives the aim of a meeting the sentence has already coded:
    "the ministers met to discuss the truce", "held an urgent session to debate the launch", "the talks held to
    discuss the border". Talking something over is what the meeting is for: one consultation, coded by the meeting.
    So for a protest (``kind`` PROTEST, v59): "the opposition occupied the podium to protest the bill", "held a
    sit-in to protest the cuts" tell one protest, coded by the act that stages it."""
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("advcl", "xcomp", "acl", "relcl"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    head = tok.head
    if head.i == tok.i:
        return False
    if kind == "PROTEST" and head.dep_ == "relcl":
        return False  # "traders who had blocked a highway to protest ...": a participant described, not the news told
    if types.get(head.i) == kind:
        return True  # "met to discuss", "a meeting to discuss"
    # a light verb whose object is the meeting: "called a meeting to discuss", "held talks to discuss"
    return any(c.dep_ in ("dobj", "nsubjpass") and types.get(c.i) == kind for c in head.children)


def elaborates(tok: Token) -> bool:
    """A participle adjunct with no subject of its own that says what its verb's speech act was: "criticised the
    government, accusing it of neglect", "urged the council to act, calling for a vote". Its subject is the verb's
    and it tells the same act in other words: the gold codes a mention once per sentence, by its main predicate."""
    return (tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX") and tok.i > tok.head.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children))


@dataclass(slots=True)
class Frames:
    """How the triggers of one sentence frame each other (token indices)."""

    framed: set[int] = field(default_factory=set)
    """Triggers that only frame another: they yield no event of their own."""
    embedded: set[int] = field(default_factory=set)
    """Triggers a commissive governs: their events are future."""
    recoded: dict[int, str] = field(default_factory=dict)
    """Triggers a readiness recodes: in "the army prepared to resume shelling", readiness for an attack is a MOBILIZE now."""
    directed: dict[int, Token] = field(default_factory=dict)
    """A material act → the directive that orders it: the act is the orderer's."""


class Framing(Protocol):
    """What ``frames`` reads of a trigger: an English ``Trigger`` or a Russian ``Sense``."""

    @property
    def type(self) -> str | None: ...
    @property
    def commissive(self) -> bool: ...
    @property
    def frame_only(self) -> bool: ...
    @property
    def directive(self) -> bool: ...
    @property
    def recode(self) -> tuple[tuple[str, str], ...]: ...


def frames(
    found: Sequence[tuple[Token, Framing]],
    governs: Callable[[Token, Token], bool] = governed_by,
    complement: Callable[[Token, Token], str | None] = complement_of,
    recode_under: frozenset[str] = frozenset({"xcomp"}),
) -> Frames:
    """Commissives and directives of a sentence and the triggers they govern.

    The rule is the same in every language; its parse is not: ``governs`` and ``complement`` read the
    language's tree, and ``recode_under`` names the relations under which a readiness recodes the act
    (English "prepared to resume shelling": xcomp; Russian «готовятся к наступлению»: also obl).
    """
    out = Frames()
    # a commissive ("promised", "plans", "is willing") governing another trigger only frames it
    for tok, trig in found:
        if not trig.commissive:
            continue
        inner = [(t, tr) for t, tr in found if t != tok and governs(t, tok)]
        if inner:
            out.framed.add(tok.i)
            recode = dict(trig.recode)
            for t, tr in inner:
                if tr.type in recode and complement(t, tok) in recode_under:
                    out.recoded[t.i] = recode[tr.type or ""]
                else:
                    out.embedded.add(t.i)
        elif trig.frame_only:
            out.framed.add(tok.i)
    # a directive ("ordered", "instructed") governing a material act: the act is the orderer's
    for tok, trig in found:
        if not trig.directive:
            continue
        ordered = [t for t, tr in found if t != tok and tr.type in DIRECTED_TYPES and governs(t, tok)]
        if ordered:
            out.framed.add(tok.i)
            out.directed.update((t.i, tok) for t in ordered)
        elif trig.frame_only:
            out.framed.add(tok.i)  # an instruction to one's own subordinates («поручил провести проверку»): administration
    return out
