"""What the sentence says about an event beyond its type: negated, hypothetical, future, historical; its contexts and mode.

Why a module of its own: PLOVER codes what happened, and a news sentence often
says that something did *not*, *may*, *will* or long ago happened. These flags
are read from modals, conditionals, hedges, negation and the verbs that govern
the trigger's clause ("threatened to", "promised to", "is likely to"), and
from the event's date against the article's; ``plover_type`` turns them into
the statement's type (a promised act is AGREE, an announced attack THREATEN).
Contexts (economic, military, ...) and modes (firearms, strike, ...) are read
from cue words of the sentence.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from hotspot.understand.events.clauses import ancestors_in_clause
from hotspot.understand.events.dates import DateMention, last_day
from hotspot.understand.events.lexicon import (
    CONDITIONAL_MARKS,
    FUTURE_TO_GOVERNORS,
    HEDGE_ADVERBS,
    HYPOTHETICAL_MODIFIERS,
    HYPOTHETICAL_PREDICATES,
    MODAL_AUX,
    Lexicon,
    Trigger,
    lemma,
)

HISTORICAL_DAYS = 28
"""An event dated more than this many days before the article's date is historical (background, not news)."""


def negated(tok: Token, verb: Token) -> bool:
    """Whether the trigger or its clause verb is negated ("did not attack", "no talks")."""
    for t in {tok, verb}:
        for c in t.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
                return True
    return False


def irrealis(tok: Token, verb: Token, lex: Lexicon, embedded_in: set[int], commissive_heads: set[int]) -> tuple[bool, bool]:
    """(hypothetical, future) from modals, conditionals, hedges and irrealis governors up the clause chain."""
    hypothetical = False
    future = False
    chain = [verb] + list(ancestors_in_clause(verb))
    for depth, v in enumerate(chain):
        v_lemma = lemma(v)
        if depth > 0:
            if v_lemma in lex.future_governors or v.i in commissive_heads:
                future = True
            if v_lemma in lex.hypothetical_governors:
                hypothetical = True
        for c in v.children:
            cl = c.lower_
            if c.dep_ == "aux":
                if cl in lex.future_aux or lemma(c) in ("will", "shall"):
                    future = True
                elif cl in MODAL_AUX:
                    hypothetical = True
            elif (c.dep_ == "mark" and cl in CONDITIONAL_MARKS) or (c.dep_ in ("advmod", "acomp") and cl in HEDGE_ADVERBS):
                hypothetical = True
            # Never reached as written: an "aux" child is taken by the first branch. Kept so that the output stays
            # byte-identical; making "is going to" future is a change of behaviour for a later issue.
            elif c.dep_ == "aux" and cl == "to" and depth == 0 and v.dep_ == "xcomp" and lemma(v.head) in FUTURE_TO_GOVERNORS:
                future = True
        # "is likely to", "be set to", "is going to" express themselves on the governing word
        if depth > 0 and v_lemma in HYPOTHETICAL_PREDICATES:
            hypothetical = True
        if depth > 0 and v_lemma == "have" and chain[depth - 1].dep_ == "xcomp":  # "we have to stop the violence"
            hypothetical = True
        if depth >= 3:
            break
    if tok != verb:
        for c in tok.children:
            if c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_MODIFIERS:
                hypothetical = True
    if tok.i in embedded_in:
        future = True
    return hypothetical, future


def sentence_contexts(lex: Lexicon, sent: SpacySpan, trig: Trigger) -> list[str]:
    """The trigger's own contexts, then every context with a cue word or phrase in the sentence."""
    lemmas = {lemma(t) for t in sent} | {t.lower_ for t in sent}
    text = " " + sent.text.lower() + " "
    out = list(trig.contexts)
    for name, single, multi in lex.contexts:
        if name in out:
            continue
        if single & lemmas or any(m in text for m in multi):
            out.append(name)
    return out


def event_mode(lex: Lexicon, trig: Trigger, sent_lemmas: set[str]) -> str | None:
    """The trigger's mode, or the first mode of its type with a cue among the sentence's lemmas (that first, for some types)."""
    if trig.mode is not None and trig.type not in lex.sentence_mode_types:
        return trig.mode
    for mode, cues in lex.modes.get(trig.type, ()):
        if cues & sent_lemmas:
            return mode
    return trig.mode


def historical(mention: DateMention | None, ref: date | None) -> bool | None:
    """Whether the event's date ends more than ``HISTORICAL_DAYS`` before the article's; None when either is unknown."""
    if ref is None or mention is None:
        return None
    end = last_day(mention)
    if end is None:
        return None
    return (ref - end).days > HISTORICAL_DAYS
