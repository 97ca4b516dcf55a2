"""Where a trigger sits in its sentence: its clause verb, what governs it, and the adjuncts that only set the scene.

Why a module of its own: the coder asks the same few questions of the parse
again and again (which verb carries a noun trigger's clause, whether one
trigger is the complement of another, whether a word hangs in a background
adjunct such as "after the invasion"), from the trigger matcher, the framing
of promises and orders, the flags and the choice of a sentence's main event.
Each walk is bounded, so the coder stays linear in the number of tokens.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from hotspot.understand.events.lexicon import BACKGROUND_MARKS, BACKGROUND_PREPS

_CLAUSE_LINKS = ("xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "dobj", "acomp", "oprd")
"""The links ``ancestors_in_clause`` climbs: complements, control, adverbial and relative clauses, prepositional objects."""


def with_conjuncts(tok: Token) -> list[Token]:
    """The token and the nouns coordinated with it ("Russia and Belarus")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(with_conjuncts(c))
    return out


def depth(tok: Token, root: Token) -> int:
    """How many links up from ``tok`` to ``root`` (at most 50)."""
    steps = 0
    while tok != root and tok.head != tok and steps < 50:
        tok = tok.head
        steps += 1
    return steps


def clause_verb(tok: Token) -> Token:
    """The verb that carries the trigger's clause: the trigger itself, or the light verb of a noun trigger."""
    if tok.pos_ == "AUX" and tok.dep_ in ("aux", "auxpass"):
        return tok.head
    if tok.pos_ in ("VERB", "AUX"):
        return tok
    cur = tok
    for _ in range(3):
        if cur.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "acomp", "oprd", "xcomp", "ccomp") and cur.head.pos_ in ("VERB", "AUX"):
            return cur.head
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("VERB", "AUX"):
            return cur.head.head
        if cur.dep_ == "compound" or cur.dep_ == "amod":
            cur = cur.head
            continue
        break
    return tok


def governed_by(tok: Token, governor: Token, limit: int = 3) -> bool:
    """Whether ``tok`` is the complement (or the object noun of the complement) of ``governor``, within a few links."""
    cur = tok
    for _ in range(limit):
        if cur.head == cur or _backgrounds(cur):
            return False
        dep = cur.dep_
        cur = cur.head
        if cur == governor:
            return dep in ("xcomp", "ccomp", "dobj", "pobj", "prep", "acomp", "advcl", "conj") or tok != cur
    return False


def complement_of(tok: Token, governor: Token, limit: int = 4) -> str | None:
    """The dependency by which the branch holding ``tok`` hangs from ``governor`` ("prepared *to resume* shelling":
    xcomp; "preparing *a putsch*": dobj), or None when ``tok`` is not under it within ``limit`` links."""
    cur = tok
    for _ in range(limit):
        if cur.head == cur:
            return None
        if cur.head == governor:
            return cur.dep_
        cur = cur.head
    return None


# Adjuncts that set an event against another one ("offered talks *following the invasion*", "closed the border
# *because of fighting*", "clashes erupted *after police arrested* ..."): what they hold is background, not the
# sentence's own event, and not what a promise in the main clause promises. Their words are BACKGROUND_PREPS and
# BACKGROUND_MARKS ("background_preps", "background_marks" in data/plover_triggers.json).


def _backgrounds(tok: Token) -> bool:
    """Whether ``tok`` introduces a background adjunct: a temporal/causal preposition or an adverbial clause so marked."""
    if tok.dep_ in ("prep", "advcl", "pcomp") and tok.lower_ in BACKGROUND_PREPS:
        return True
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in tok.children)
    return False


def in_background(tok: Token, limit: int = 6) -> bool:
    """Whether ``tok`` sits inside a background adjunct of its sentence (see ``_backgrounds``)."""
    cur = tok
    for _ in range(limit):
        if _backgrounds(cur):
            return True
        if cur.head == cur:
            return False
        cur = cur.head
    return False


def ancestors_in_clause(verb: Token, limit: int = 6) -> Iterable[Token]:
    """The verb's governors through complement/control links (xcomp, ccomp, advcl, conj), nearest first."""
    cur = verb
    for _ in range(limit):
        if cur.head == cur or cur.dep_ not in _CLAUSE_LINKS:
            return
        cur = cur.head
        yield cur


def is_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether the text between two character offsets holds a verb of its own."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)
