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

from hotspot.understand.data import words
from hotspot.understand.events.lexicon import (
    BACKGROUND_MARKS,
    BACKGROUND_PREPS,
    OPPOSED_PREPS,
    STAGING_PARTICIPLES,
    kind_word,
    lemma,
)

STATUS_TABLE = "event_status"
"""The data file (``data/event_status.json``) of the status, participant and dateline word lists."""
BREAKING_COORDINATORS = words(STATUS_TABLE, "clause_breaking_coordinators")
DEFINITE_DETERMINERS = words(STATUS_TABLE, "definite_determiners")
AGAIN_ADVERBS = words(STATUS_TABLE, "another_occurrence_adverbs")
UNDERGONE_VERBS = words(STATUS_TABLE, "undergone_verbs")

_CLAUSE_LINKS = ("xcomp", "ccomp", "conj", "advcl", "acl", "relcl", "pcomp", "pobj", "prep", "dobj", "acomp", "oprd")
"""The links ``ancestors_in_clause`` climbs: complements, control, adverbial and relative clauses, prepositional objects."""


def with_conjuncts(tok: Token) -> list[Token]:
    """The token and the nouns coordinated with it ("Russia and Belarus")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(with_conjuncts(c))
    return out


def first_noun_conjunct(tok: Token, limit: int = 4) -> Token:
    """The first noun of the coordination a noun stands in, up to ``limit`` conjuncts back ("demanded the withdrawal of
    troops and *the release* of detainees" → "withdrawal"): what governs the first governs each later conjunct too."""
    for _ in range(limit):
        if tok.dep_ != "conj" or tok.head == tok or tok.head.pos_ not in ("NOUN", "PROPN"):
            break
        tok = tok.head
    return tok


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
        if (cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.dep_ in ("advmod", "prt")
                and cur.head.head.head.pos_ in ("VERB", "AUX")):
            return cur.head.head.head  # 'bring them back to the negotiations': the verb's particle takes the phrase
        if cur.dep_ == "compound" or cur.dep_ == "amod":
            cur = cur.head
            continue
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and kind_word(cur.head.head):
            cur = cur.head.head  # 'preparing some kind of putsch', 'adopted a package of sanctions': what is prepared, adopted
            continue
        break
    return tok


def verb_of(tok: Token, limit: int = 8) -> Token:
    """The verb a phrase's word belongs to: its first verbal ancestor (the word itself when it is one; the last word
    reached when none is within ``limit`` links)."""
    cur = tok
    for _ in range(limit):
        if cur.pos_ in ("VERB", "AUX") or cur.head == cur:
            return cur
        cur = cur.head
    return cur


def finite_beside_infinitive(conjunct: Token) -> bool:
    """A verb in the past or present tense that the parse hung as a conjunct of a to-infinitive ("the rebels wanted to
    seize the airport and *attacked* the garrison", "promised to meet the opposition and *called* for calm"): a finite
    form cannot share the infinitive's "to", so it is a conjunct of the clause above, told as done; what governs the
    infinitive (a want, a plan, a promise) is not its own."""
    head = conjunct.head
    return (conjunct.dep_ == "conj" and conjunct.tag_ in ("VBD", "VBZ") and head.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children))


def governed_by(tok: Token, governor: Token, limit: int = 3) -> bool:
    """Whether ``tok`` is the complement (or the object noun of the complement) of ``governor``, within a few links.
    What an "against" phrase holds is what the governed act is set against, not its content ("defended her plans
    *against criticism*", "vowed to fight *against the occupation*": ``opposed_preps``), a finite verb the parse
    joined to an infinitive is not governed with it (``finite_beside_infinitive``), and neither is a conjunct of the
    governor itself ("promised to meet the opposition and *called* for calm": the call is told beside the promise)."""
    cur = tok
    for _ in range(limit):
        if cur.head == cur or backgrounds(cur) or (cur.dep_ == "prep" and cur.lower_ in OPPOSED_PREPS):
            return False
        if finite_beside_infinitive(cur):
            return False
        dep = cur.dep_
        cur = cur.head
        if cur == governor:
            return dep != "conj"  # "promised talks and called for calm": a verb joined to the governor is beside it
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


def backgrounds(tok: Token) -> bool:
    """Whether ``tok`` introduces a background adjunct: a temporal/causal preposition or an adverbial clause so marked
    (also one of contrast: "while the EU insists on the deadline" is no part of what the main clause wants)."""
    if tok.dep_ in ("prep", "advcl", "pcomp") and tok.lower_ in BACKGROUND_PREPS:
        return True
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in tok.children)
    return False


def in_background(tok: Token, limit: int = 6) -> bool:
    """Whether ``tok`` sits inside a background adjunct of its sentence (see ``backgrounds``)."""
    cur = tok
    for _ in range(limit):
        if backgrounds(cur):
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


_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")


def has_subject(verb: Token) -> bool:
    """Whether the verb has a subject of its own (not one it shares with the conjunct before it)."""
    return any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def has_auxiliary(verb: Token) -> bool:
    """Whether the verb has an auxiliary of its own ("did burn", "were arrested"); "to" does not count."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children)


OWN_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp"})
"""The relations that hang a clause of its own on a word: relative, adnominal, adverbial and complement clauses."""


def without_clauses(head: Token) -> list[Token]:
    """The words of a phrase, in text order, without the clauses hung on it (``OWN_CLAUSE_DEPS``): an apposition says
    what a person is by its noun ("Martin Kell, a man who had twice fled from police"), and its relative clause tells
    what they did or what was done to them."""
    out = [head]
    for c in head.children:
        if c.dep_ not in OWN_CLAUSE_DEPS:
            out.extend(without_clauses(c))
    return sorted(out, key=lambda t: t.i)


def previous_conjunct(verb: Token) -> tuple[Token | None, str | None]:
    """The conjunct coordinated before ``verb`` and the coordinator between them ("or", "nor", "but"; None for a comma).

    Besides the parse's own ``conj`` link, a gapped list the small model misreads is taken as a coordination: in
    "no newspapers were closed, stories suppressed, or journalists harassed" it hangs the first clause (with a
    subject, without a subordinator) as a ``ccomp`` or ``advcl`` before a verb that has no auxiliary of its own and that
    goes on with a coordination of its own.
    """
    prev: Token | None = None
    if verb.dep_ == "conj" and verb.head != verb:
        prev = verb.head
    elif not has_auxiliary(verb) and any(c.dep_ in ("conj", "cc") and c.i > verb.i for c in verb.children):
        before = [c for c in verb.children if c.dep_ in ("ccomp", "advcl", "parataxis") and c.i < verb.i and has_subject(c)
                  and not any(g.dep_ == "mark" or g.tag_ == "WRB" for g in c.children)]
        after = before[-1].right_edge.i + 1 if before else len(verb.doc)
        if after < len(verb.doc) and verb.doc[after].text == ",":
            prev = before[-1]
    if prev is None:
        return None, None
    lo, hi = min(prev.i, verb.i), max(prev.i, verb.i)
    between = [c for t in (prev, verb) for c in t.children if c.dep_ in ("cc", "preconj") and lo < c.i < hi]
    coordinator = max(between, key=lambda c: c.i).lower_ if between else None
    return prev, coordinator


def _passive_clause(verb: Token) -> bool:
    """Whether a clause is passive or a copula with a participle ("were arrested", "were closed" read as an adjective)."""
    if any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "nsubjpass" for c in verb.children):
        return True
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.tag_ in ("VBN", "JJ") for c in verb.children)


_OBJECT_LIKE_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "oprd", "prt", "conj", "cc"})
"""What an active verb of ``UNDERGONE_VERBS`` would have: an object or complement, or a conjunct sharing one."""


def _undergone_without_object(verb: Token) -> bool:
    """A past form of a verb of an act done to someone that English tells in the active only with an object
    (``UNDERGONE_VERBS``), here with no auxiliary, object or coordinated verb: it can only be a passive."""
    return (verb.tag_ in ("VBN", "VBD") and lemma(verb) in UNDERGONE_VERBS and not has_auxiliary(verb)
            and not any(c.dep_ in _OBJECT_LIKE_DEPS for c in verb.children))


def headline_passive(verb: Token) -> bool:
    """Whether ``verb`` is a headline's passive with its auxiliary dropped ("Farmer arrested over cattle theft", "Two
    held after raid"): ``_undergone_without_object`` with a subject. The tagger reads such a headline as an active past
    with a doer; its subject is the patient ("police arrested and charged him": the first conjunct shares its object,
    and is no such verb)."""
    return _undergone_without_object(verb) and any(c.dep_ == "nsubj" for c in verb.children)


def misread_participle(verb: Token) -> bool:
    """Whether ``verb`` is a headline's passive that the parser hung on its noun as a relative clause in the past
    tense ("Farmer charged with cattle theft": "charged" an ``acl`` tagged VBD): the noun is its patient, not its
    doer, as with the participle it is."""
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and _undergone_without_object(verb)


def elided_passive(verb: Token, limit: int = 6) -> bool:
    """Whether ``verb`` is a passive whose auxiliary is gapped: "no newspapers were closed, *stories suppressed*, or
    *journalists harassed*" — its own subject, no auxiliary, no object, coordinated after a passive clause. Its
    subject is then the patient, and a negation of the first clause holds for it too."""
    cur = verb
    for _ in range(limit):
        if cur.tag_ not in ("VBN", "VBD") or has_auxiliary(cur) or any(c.dep_ in ("dobj", "dative") for c in cur.children):
            return False
        if not any(c.dep_ == "nsubj" for c in cur.children):
            return False
        prev, coordinator = previous_conjunct(cur)
        if prev is None or coordinator in BREAKING_COORDINATORS:
            return False
        # a past tense after "and" is a clause of its own ("... was elected, and Callaghan resigned"); a participle
        # ("two were killed and dozens injured") or a list with "or" / commas is gapped
        if cur.tag_ == "VBD" and coordinator not in (None, "or", "nor"):
            return False
        if _passive_clause(prev):
            return True
        cur = prev
    return False


def is_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether the text between two character offsets holds a verb of its own."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def definite_mention(tok: Token) -> bool:
    """Whether a noun trigger is a definite description ("the recent unrest", "these protests", "the army's raid"):
    it names an event the reader is taken to know, one the text has told or that is known by then."""
    if tok.pos_ != "NOUN":
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for c in tok.children)


_ARGUMENT_PREPS = frozenset({"of", "against", "on", "by", "between", "with", "in", "into", "at"})
"""Prepositions by which an event noun names its own participants, place or target ("the raid on the office")."""


def refers_back(tok: Token, triggers: set[int]) -> bool:
    """Whether an event noun only refers back, as the subject or object of a predicate that is no event of its own:
    a definite description with no participant of its own ("the meeting ended without a deadline", "the shooting
    came a week later", "officials did not discuss the talks"), where the coder has told the act already. It names
    that act again to say something else of it; the act is coded where the text tells it (a noun that only refers
    back to an event already coded, as the subject or object of another predicate, is not coded again). ``triggers``:
    the token indices of the sentence's triggers; under one of them ("condemned the attack") the noun is the content
    of a new act and is left to the coder."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or tok.head.i == tok.i:
        return False
    head = tok.head
    if head.pos_ not in ("VERB", "AUX") or head.i in triggers:
        return False
    if not definite_mention(tok):
        return False
    if any((c.dep_ in ("compound", "nmod", "appos", "acl", "relcl", "poss") and not _how_held(c))  # "Xi's visit": the actor
           or (c.dep_ == "prep" and c.lower_ in _ARGUMENT_PREPS)
           or (c.dep_ == "amod" and c.pos_ == "PROPN") for c in tok.children):
        return False
    return not _tells_more_of_it(head)


def _how_held(c: Token) -> bool:
    """A participle with no agent that says how the act was held ("the hearing, held behind closed doors, lasted an
    hour", "the talks, convened at short notice, ended early": ``STAGING_PARTICIPLES``): circumstance, no participant,
    so the noun still only refers back (v59)."""
    return (c.dep_ == "acl" and c.tag_ == "VBN" and lemma(c) in STAGING_PARTICIPLES
            and not any(g.dep_ == "agent" for g in c.children))


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _tells_more_of_it(verb: Token) -> bool:
    """Whether the predicate of a definite event noun tells it happening somewhere else or once more, as the
    Russian coder's ``_named_again`` reads «в Минске протесты продолжились», «протесты вспыхнули вновь»: a place of its
    own in a prepositional phrase of the verb ("the protests spread to the capital", "the strikes reached ports in the
    south") or an adverb of another occurrence ("the clashes broke out again"). Such a clause tells more of the
    happening (where it went, that it came back), not only something about the act told before."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in AGAIN_ADVERBS:
            return True
        if c.dep_ in ("prep", "dobj") and any(t.ent_type_ in _PLACE_LABELS for t in c.subtree):
            return True
    return False
