"""What a participant token stands for: its phrase, its linked entity, its country and its sector.

Why a module of its own: once the parse has said which token is the actor or
the recipient ("Thousands of Iraqi Kurds", "he", "the Khartoum government"),
the event record needs the whole phrase, the canonical actor and country of
the entity it names (or of a country name or demonym in it), and a sector
(government, military, rebels, ...) read from role words. These lookups are
the same for actors and recipients, and for the words around a trigger that
decide whether a noun can be a participant at all.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from spacy.tokens import Token

from hotspot.records import Entity, EventActor
from hotspot.understand.entities.gazetteer import country_of_name
from hotspot.understand.events.clauses import with_conjuncts
from hotspot.understand.events.context import Context
from hotspot.understand.events.lexicon import (
    NON_ACTOR_WORDS,
    PARTICIPANT_PRONOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    QUANTITY_WORDS,
    RELATIVE_PRONOUNS,
    lemma,
)

_ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC")
_NOUN_POS = ("NOUN", "PROPN")


def _entity_for_tokens(ctx: Context, tokens: Iterable[Token], prefer: Token | None = None) -> Entity | None:
    if prefer is not None and prefer.i in ctx.token_entity:
        return ctx.token_entity[prefer.i]
    best: Entity | None = None
    for t in tokens:
        e = ctx.token_entity.get(t.i)
        if e is not None and e.label in _ACTOR_LABELS and (best is None or (best.label == "NORP" and e.label != "NORP")):
            best = e
    return best


def _np_tokens(head: Token, limit: int = 14) -> list[Token]:
    """The head noun with its left modifiers and appositions/of-phrases (not relative clauses), for sector cues."""
    out = [t for t in head.subtree if t.i <= head.i and t.i >= head.i - limit]
    for c in head.children:
        if c.dep_ in ("appos", "prep", "compound", "amod") and c.i > head.i:
            out.extend(t for t in c.subtree if t.i - head.i <= limit and t.dep_ not in ("relcl",))
    return out


def _sector(ctx: Context, head: Token, entity: Entity | None) -> str | None:
    words = " " + " ".join(t.lower_ for t in _np_tokens(head)) + " "
    lemmas = " " + " ".join(lemma(t) for t in _np_tokens(head)) + " "
    for code, cues in ctx.lex.sectors:
        for cue in cues:
            needle = f" {cue} "
            if needle in words or needle in lemmas:
                return code
    if entity is not None and entity.actor_id and entity.actor_id.startswith("org:"):
        org = entity.actor_id[4:]
        if org in ctx.lex.org_sectors:
            return ctx.lex.org_sectors[org]
        if entity.country is None:
            return "IGO"
    return None


def _resolve_pronoun(ctx: Context, tok: Token) -> Entity | None:
    """He/she → the nearest PERSON entity before it (within ~400 characters)."""
    i = bisect_right(ctx.entity_starts, tok.idx) - 1
    while i >= 0:
        e = ctx.entities[i]
        if tok.idx - e.start > 400:
            return None
        if e.label == "PERSON" and e.end <= tok.idx:
            return e
        i -= 1
    return None


def _coordination(tok: Token) -> list[Token]:
    """The nouns coordinated with a token, from the first ("the United States and the EU" from "EU")."""
    head = tok
    while head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ in _NOUN_POS:
        head = head.head
    return [c for c in with_conjuncts(head) if c.pos_ in _NOUN_POS]


def _clause_subjects(tok: Token) -> set[int]:
    """The subjects of the clause a pronoun is an object in: 'they' cannot be them ('police beat them')."""
    verb = tok.head
    while verb.dep_ in ("prep", "agent") and verb.head != verb:
        verb = verb.head
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in with_conjuncts(c)}


def plural_antecedent(ctx: Context, tok: Token) -> list[Token]:
    """'they'/'them' → what they stand for: the nearest plural participant before the pronoun, in its sentence or the
    one before: a coordination of actors ('a partner of the United States and the EU, cooperating with them') or a
    plural actor noun ('Police arrested two activists. They were charged ...'). [] when there is none: the pronoun
    stays as it is written."""
    if tok.lower_ not in PLURAL_PRONOUNS:
        return []
    doc = tok.doc
    sent = tok.sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    own = _clause_subjects(tok) if tok.dep_ not in ("nsubj", "nsubjpass") else set()
    for i in range(tok.i - 1, first - 1, -1):
        t = doc[i]
        if t.pos_ not in _NOUN_POS or i in own or i in ctx.dateline_tokens:
            continue
        group = [c for c in _coordination(t) if c.i < tok.i]
        if len(group) < 2 and t.tag_ not in ("NNS", "NNPS"):
            continue
        if any(c.i in own for c in group) or not all(actor_like(ctx, c) for c in group):
            continue
        return group
    return []


def event_actor(ctx: Context, head: Token) -> EventActor | None:
    """The participant a token stands for: its phrase, canonical actor, country and sector; None for a dummy word."""
    doc = ctx.doc
    if head.pos_ in ("PUNCT", "SPACE", "DET", "ADP") or head.lower_ in NON_ACTOR_WORDS or head.i in ctx.dateline_tokens:
        return None
    if head.lower_ in RELATIVE_PRONOUNS and head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb = head.head
        if verb.dep_ == "relcl":
            head = verb.head
        else:
            return None
    if head.lower_ in PERSON_PRONOUNS:
        person = _resolve_pronoun(ctx, head)
        return EventActor(
            text=head.text, start=head.idx, end=head.idx + len(head.text),
            canonical=person.canonical if person else None, country=person.country if person else None,
            sector=None,
        )
    inner = quantity_head(head)
    left = head.left_edge
    while left.i < head.i and (left.is_punct or left.dep_ in ("cc", "preconj") or left.i in ctx.dateline_tokens):
        left = doc[left.i + 1]
    right = max(head.i, inner.i)
    while right + 1 < len(doc) and doc[right + 1].dep_ in ("flat", "nummod") and doc[right + 1].head.i == right:
        right += 1
    for c in inner.children:  # "Leaders of the Azadliq coalition", "head of intelligence"
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == right + 1:
            last = max(t.i for t in c.subtree)
            if last - head.i <= 10:
                right = last
    span = doc[left.i: right + 1]
    extra = [t for c in inner.children if c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ in ("in", "from", "of"))
             for t in c.subtree if t.i - inner.i <= 12]
    entity = _entity_for_tokens(ctx, [inner] + list(span), prefer=inner) or _entity_for_tokens(ctx, extra)
    sector = _sector(ctx, inner, entity)
    country = entity.country if entity else None
    if country is None:
        country = _span_country(ctx, list(span) + extra, entity)
    return EventActor(
        text=span.text, start=span.start_char, end=span.end_char,
        canonical=entity.canonical if entity else None,
        country=country,
        sector=sector,
    )


def _span_country(ctx: Context, tokens: list[Token], entity: Entity | None) -> str | None:
    """An actor's country when its linked entity has none: a linked entity of the phrase that has one ("the Khartoum
    government"), else a country name or demonym in it ("Croatian authorities", "pro-Iranian Hizbollah")."""
    for t in tokens:
        e = ctx.token_entity.get(t.i)
        if e is not None and e.country and e.label in ("GPE", "NORP", "ORG", "LOC"):
            return e.country
    if entity is not None and entity.label in ("GPE", "NORP", "LOC"):
        code = country_of_name(entity.text)
        if code:
            return code
    for t in tokens:
        if t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ", "NOUN") or t.ent_type_ in ("NORP", "GPE"):
            code = country_of_name(t.text)
            if code:
                return code
    return None


def quantity_head(tok: Token) -> Token:
    """'Thousands of Iraqi Kurds' → Kurds; 'Leaders of the coalition' stays 'Leaders'."""
    cur = tok
    for _ in range(3):
        if cur.lower_ not in QUANTITY_WORDS and lemma(cur) not in QUANTITY_WORDS and cur.pos_ != "NUM":
            return cur
        nxt = [g for c in cur.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if not nxt:
            return cur
        cur = nxt[0]
    return cur


def actor_like(ctx: Context, tok: Token) -> bool:
    """Whether a noun can be a participant: a named actor, a role noun, a proper name or a person pronoun."""
    if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL") or tok.i in ctx.dateline_tokens:
        return False  # a dateline ("NEW YORK —") is where the story was filed, not a participant
    if tok.lower_ in PARTICIPANT_PRONOUNS:
        return True
    if tok.pos_ == "PROPN" or tok.i in ctx.token_entity or misread_name(tok):
        return True
    for c in tok.children:
        if c.dep_ in ("compound", "amod", "poss", "nmod") and (c.i in ctx.token_entity or c.pos_ == "PROPN"):
            return True
    return _role_sector(ctx, tok) is not None


def misread_name(tok: Token) -> bool:
    """A capitalised subject the tagger read as a bare verb: "Trump on Monday threatened ...", where the small English
    model tags a surname that is also an English verb (trump, cook, rice) as the imperative it would open a sentence
    with. A verb in its base form is never a clause's subject, so a capitalised one in that role is a name (v79)."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "VB" and tok.is_title and tok.head.i != tok.i


def _role_sector(ctx: Context, tok: Token) -> str | None:
    """The sector whose cue the noun is: one word ("police", "officials"), or a cue of several words its compound
    modifiers spell with it ("rights groups", "human rights group", "riot police")."""
    words = {tok.lower_, lemma(tok)}
    modifiers = [c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod")]
    phrases = {" ".join([*modifiers[-k:], w]) for w in words for k in range(1, len(modifiers) + 1)}
    for code, cues in ctx.lex.sectors:
        for cue in cues:
            if cue in (phrases if " " in cue else words):
                return code
    return None
