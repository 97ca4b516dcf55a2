"""Nominal frames: a noun or adjective that holds someone's statement, intention or stance.

'the claim that ...', 'her decision to meet ...', 'expressed deep concern about
...', 'his comment about ...', 'a critic of X', 'was shocked that ...'. The
holder is the noun's possessor, the subject of the verb it is the object of, or
the copula's subject, and it must be sentient ('the bill's plan to ...' is
nobody's intention).
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from hotspot.understand.data import words
from hotspot.understand.quotes.attribution import Attribution, _is_cue_lemma
from hotspot.understand.quotes.cues import Cues
from hotspot.understand.quotes.source import _sentient, _speaker_span, _subject
from hotspot.understand.quotes.syntax import COPULAS, SUBJECT_DEPS, _is_verb, _lemma, _trim

# nouns whose infinitive is a capacity or a chance, not someone's intention
NOT_INTENTION_NOUNS = words("quote_words", "not_intention_nouns")
# nouns whose that-clause is a fact or a circumstance, not someone's statement
NOT_PROPOSITION_NOUNS = words("quote_words", "not_proposition_nouns")
# the dependents of a verb whose clause is complete (not a relative clause missing its object)
COMPLETE_CLAUSE_DEPS = frozenset(
    ("dobj", "obj", "ccomp", "xcomp", "attr", "acomp", "nsubjpass", "oprd", "dative", "auxpass")
)


def _has_that_complement(noun: Token) -> bool:
    """A that-clause complete in itself ('the disclosure that Mills was granted protection').

    A clause whose verb lacks its object is a relative clause the parser
    mislabelled ('areas that Mr. Obama won', 'the speculation that Trump has generated').
    """
    return any(
        child.dep_ in ("acl", "ccomp", "appos")
        and _is_verb(child)
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        and (_lemma(child) in COPULAS or any(c.dep_ in COMPLETE_CLAUSE_DEPS for c in child.children))
        for child in noun.rights
    )


def _noun_attribution(noun: Token, cues: Cues) -> Attribution | None:
    """A nominal cue with a that-clause: 'the claim that ...', 'His concern is that ...'."""
    doc = noun.doc
    clause = None
    for child in noun.rights:
        if child.dep_ in ("acl", "ccomp", "relcl", "appos") and _is_verb(child) and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in child.children
        ):
            clause = child
            break
    head = noun.head
    if clause is None and noun.dep_ in SUBJECT_DEPS and _lemma(head) == "be":
        # 'His concern is that ...': the clause is the complement of the copula
        for child in head.rights:
            if (
                child.dep_ in ("ccomp", "attr", "advcl")
                and _is_verb(child)
                and any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in child.children)
            ):
                clause = child
                break
    if clause is None:
        return None
    i, j = _trim(doc, clause.left_edge.i, clause.right_edge.i + 1)
    if j - i < 3:
        return None
    speaker_token = next((c for c in noun.children if c.dep_ == "poss"), None)
    if speaker_token is None and noun.dep_ in ("dobj", "obj") and _is_verb(head):
        speaker_token = _subject(head)
    speaker = _speaker_span(speaker_token) if speaker_token is not None else None
    return Attribution((noun.i, noun.i + 1), speaker, (i, j))


def _noun_source(noun: Token, cues: Cues) -> Token | None | Literal[False]:
    """Who holds a nominal cue: its possessor or its agent ('by X'), else the subject of the verb it is the object of.

    Returns False when the holder is not sentient ('the bill's plan to ...').
    """
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is None:  # 'the decision by the board to not renew contracts'
        holder = next((g for c in noun.rights if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"), None)
    if holder is None and noun.dep_ in ("dobj", "obj") and _is_verb(noun.head):
        holder = _subject(noun.head)
    if holder is not None and not _sentient(holder, cues):
        return False
    return holder


def _intent_noun_attribution(noun: Token, cues: Cues) -> Attribution | None:
    """An intention noun with its infinitive: 'her decision to meet Bill Clinton', 'an agreement to explore ways'."""
    clause = next(
        (
            c
            for c in noun.rights
            if c.dep_ in ("acl", "relcl") and _is_verb(c) and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    holder = _noun_source(noun, cues)
    if not holder:
        return None  # 'efforts to enact a treaty', 'the bill's plan to ...': nobody's stated intention
    i, j = _trim(clause.doc, clause.left_edge.i, clause.right_edge.i + 1)
    if j - i < 2:
        return None
    speaker = _speaker_span(holder) if holder is not None else None
    return Attribution((noun.i, noun.i + 1), speaker, (i, j), clausal=False)


def _stance_noun_attribution(noun: Token, cues: Cues) -> Attribution | None:
    """A stance noun after a light verb: 'expressed strong doubts about the merger'."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or not _is_verb(verb) or _lemma(verb) not in cues.light_verbs:
        return None
    subject = _subject(verb)
    if subject is None or not _sentient(subject, cues):
        return None
    for prep in list(noun.rights) + [c for c in verb.rights if c.i > noun.i]:
        if prep.dep_ == "prep" and prep.lower_ in cues.stance_preps:
            objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                i, j = _trim(noun.doc, objects[0].left_edge.i, prep.right_edge.i + 1)
                if j > i:
                    cue_start = min((c.i for c in noun.lefts if c.dep_ in ("amod", "det", "advmod")), default=noun.i)
                    return Attribution((min(verb.i, cue_start), noun.i + 1), _speaker_span(subject), (i, j), clausal=False)
    return None


def _topic_noun_attribution(noun: Token, cues: Cues) -> Attribution | None:
    """A statement noun with its topic: 'her famous remark about the weather', 'answered questions about her career'.

    The holder is the noun's possessor or the subject of the verb it is the object
    of; a holder that is no one ('the bill's questions about ...') makes it no cue,
    and with no holder at all ('questions about the cost of ...') the quote
    has no speaker.
    """
    holder = _noun_source(noun, cues)
    if holder is False:
        return None
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ not in cues.topic_preps:
            continue
        objects = [g for g in prep.children if g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("DATE", "TIME")]
        if not objects:
            return None
        i, j = _trim(noun.doc, objects[0].left_edge.i, prep.right_edge.i + 1)
        if j <= i or holder is None and j - i < 2:
            return None  # ('a statement of fact', 'claims on air': a bare noun with nobody behind it is no topic)
        cue_start = min((c.i for c in noun.lefts if c.dep_ in ("amod", "advmod")), default=noun.i)
        return Attribution((cue_start, noun.i + 1), _speaker_span(holder) if holder is not None else None, (i, j), clausal=False)
    return None


def _stance_role_attribution(noun: Token, cues: Cues) -> Attribution | None:
    """A person named by a stance: 'A fierce critic of the new stadium, Ms. Novak ...', 'early supporters of the bill'.

    (After a copula, 'is a critic of X' is an adjective-like cue of its subject; and
    'Critics of the program say ...' is the critics' statement, not a second one.)
    """
    if noun.dep_ in SUBJECT_DEPS and _is_verb(noun.head) and _is_cue_lemma(_lemma(noun.head), cues):
        return None
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if prep is None or pobj is None:
        return None
    i, j = _trim(noun.doc, pobj.left_edge.i, pobj.right_edge.i + 1)
    if j <= i:
        return None
    named = next((c for c in noun.children if c.dep_ == "appos"), None)
    if named is None and noun.dep_ == "appos":
        named = noun.head
    if named is None and noun.dep_ in ("npadvmod", "advcl", "dep") and _is_verb(noun.head) and noun.i < noun.head.i:
        named = _subject(noun.head)  # 'A fierce critic of the new stadium, Ms. Novak compared ...': a fronted role
    if named is not None:
        speaker = _speaker_span(named)
    else:  # the role noun names its holders: 'early supporters'
        speaker = (min((c.i for c in noun.lefts if c.dep_ in ("det", "amod", "nummod", "compound")), default=noun.i), noun.i + 1)
    cue_start = min((c.i for c in noun.lefts if c.dep_ in ("amod", "advmod")), default=noun.i)
    return Attribution((cue_start, prep.i + 1), speaker, (i, j), clausal=False)


def _adjective_attribution(word: Token, cues: Cues) -> Attribution | None:
    """A stance adjective after a copula: 'was shocked that ...', 'is critical of X', 'is a staunch opponent of X'.

    The content is the adjective's that-clause, infinitive or prepositional object; the
    speaker is the copula's subject, which must be sentient (a bill is not 'confident').
    """
    doc = word.doc
    head = word.head
    if word.dep_ == "amod" and word.pos_ != "NOUN":
        return None  # 'a staunch opponent of': the adjective's noun is the predicate
    if _lemma(head) not in COPULAS or not _is_verb(head):
        return None
    content = None
    result_clause = any(c.dep_ == "advmod" and c.lower_ in ("so", "too") for c in word.lefts)
    for child in word.rights:
        if result_clause and child.dep_ in ("ccomp", "advcl", "xcomp"):
            continue  # 'was so tired that he slept', 'too tired to go': a result, not the stance's content
        if child.dep_ in ("ccomp", "xcomp", "advcl") and _is_verb(child) and (
            child.dep_ != "advcl" or any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        ):
            content = (child.left_edge.i, child.right_edge.i + 1)
            break
        if child.dep_ == "prep" and child.lower_ in cues.adjective_preps:
            pobjs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if pobjs:
                content = (pobjs[0].left_edge.i, child.right_edge.i + 1)
                break
    if content is None:
        return None
    i, j = _trim(doc, *content)
    if j - i < 1:
        return None
    subject = _subject(head)
    if subject is None or not _sentient(subject, cues):
        return None
    start = min((c.i for c in word.lefts if c.dep_ in ("advmod", "neg", "det", "amod")), default=word.i)
    return Attribution((min(head.i, start), word.i + 1), _speaker_span(subject), (i, j))
