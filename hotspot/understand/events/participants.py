"""Who did it to whom, and where: the actor, the recipient and the place of a trigger, read from the parse.

Why a module of its own: finding the participants is most of the coder's
syntax. A verb trigger's subject is its actor (inherited through control,
purpose and relative clauses), a passive subject or object its recipient; a
noun trigger's possessor or "by" phrase is its actor; otherwise a bounded
breadth-first walk finds the nearest actor-like noun among the trigger's
objects and complements. When the parse names no actor, an agentless event is
coded to the country it happens in, as PLOVER/CAMEO coders do.

Control decides whose act a complement is: "urged Iran to withdraw" and
"accused the police of torturing" are Iran's and the police's acts, not the
urger's or the accuser's. An event noun that a verb of speech or judgement
talks about ("Putin denounced a drone strike") is not that verb's subject's
act: its actor is its own possessor, "by" phrase or nationality, or unknown.
A dateline ("NEW YORK —") is never a participant or the place.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from hotspot.records import Entity, EventActor, Place
from hotspot.understand.data import words
from hotspot.understand.entities.gazetteer import country_of_name
from hotspot.understand.events.actors import actor_like, event_actor, plural_antecedent, quantity_head
from hotspot.understand.events.clauses import (
    STATUS_TABLE,
    clause_verb,
    elided_passive,
    first_noun_conjunct,
    headline_passive,
    misread_participle,
    with_conjuncts,
)
from hotspot.understand.events.context import Context
from hotspot.understand.events.lexicon import (
    GOAL_PREPS,
    NON_PATIENT_PREPS,
    PLACE_PREPS,
    RECEIVING_VERBS,
    REPORTED_SUBJECT_PRONOUNS,
    Trigger,
    lemma,
    load_lexicon,
)

_SUBJ = ("nsubj", "csubj")
_PASS_SUBJ = ("nsubjpass", "csubjpass")
_PLACE_LABELS = ("GPE", "LOC")
# The dobj of these is what is moved or given (troops, aid, evidence), not the recipient.
THEME_OBJECT_TYPES = frozenset({"MOBILIZE", "AID", "COOPERATE"})
# Acts done to someone: an event noun of these types hung on a passive verb ("X was arrested on charges of treason",
# "was jailed under a sentence") is done to that verb's subject, never by it.
UNDERGONE_TYPES = frozenset({"ACCUSE", "SANCTION", "COERCE"})
# Acts whose target is the doer of the act they name: one insists that Russia abolish tariffs, claims that the police
# beat protesters. With no object of its own, the subject of the verb's clausal complement is the recipient. (Not
# AID: 'helping Russia prove itself' is seldom an event, and a recipient makes the classifier take it for one.)
COMPLEMENT_SUBJECT_TYPES = frozenset({"REQUEST", "ACCUSE"})
_PATIENT_DEPS = ("dobj", "dative", "prep", "xcomp", "ccomp", "advcl", "oprd", "attr", "acomp", "pcomp")
_PATIENT_WALK = ("dobj", "pobj", "prep", "dative", "xcomp", "ccomp", "advcl", "poss", "compound", "nsubj", "nsubjpass", "appos",
                 "pcomp", "conj", "acl", "oprd", "attr")
"""The links the patient search walks down from a node it passed."""
_NO_PATIENT_PREPS = PLACE_PREPS | NON_PATIENT_PREPS
"""Prepositional phrases that hold no recipient: where, when, why, by whom, like what."""
OBJECT_CONTROL_PREPS = words(STATUS_TABLE, "object_control_preps")
OBJECT_CONTROL_TO_PREPS = words(STATUS_TABLE, "object_control_to_preps")
SUBJECT_CONTROL_VERBS = words(STATUS_TABLE, "subject_control_verbs")
OBJECT_CONTROL_VERBS = words(STATUS_TABLE, "object_control_verbs")
STATEMENT_VERBS = words(STATUS_TABLE, "statement_verbs")
STATEMENT_PREPS = words(STATUS_TABLE, "statement_preps")
WARNING_VERBS = words(STATUS_TABLE, "warning_verbs")
ALLEGATION_GOVERNORS = words(STATUS_TABLE, "allegation_governors")
UNDERGOING_VERBS = words(STATUS_TABLE, "undergoing_verbs")
UNDERGONE_NOUNS = words(STATUS_TABLE, "undergone_nouns")


def _pobjs(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def _controller(ctx: Context | None, gov: Token, via: str) -> Token | None:
    """Who does the complement a verb governs when that is its object, not its subject: "urged *Iran* to withdraw",
    "*Iran* was urged to withdraw", "called on *Russia* to halt", "accused *the police* of torturing", "prevented
    *protesters* from marching". ``via`` is "xcomp" (then only for ``object_control_verbs`` and the lexicon's requests)
    or "prep" (a gerund under an object-control preposition). The object must be able to act."""
    name = lemma(gov)
    if name in SUBJECT_CONTROL_VERBS or gov.pos_ not in ("VERB", "AUX"):
        return None
    if via == "xcomp" and name not in OBJECT_CONTROL_VERBS and name not in load_lexicon().hypothetical_governors:
        return None
    candidates = [c for c in gov.children if c.dep_ in _PASS_SUBJ]
    candidates += [c for c in gov.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
    if via == "xcomp":
        candidates += _pobjs(gov, tuple(OBJECT_CONTROL_TO_PREPS))
    for c in candidates:
        if ctx is None or actor_like(ctx, quantity_head(c)):
            return c
    return None


def _subject(verb: Token, ctx: Context | None = None) -> tuple[Token | None, bool]:
    """(subject, is_agent) of a verb, inheriting it from the governing verb for control, purpose and relative
    clauses and for predicative adjectives ("is willing to withdraw"); an object-controlled complement's subject is
    the governor's object (``_controller``)."""
    cur = verb
    via: str | None = None
    shared_passive = False  # reached from a participle coordinated with a passive: "was arrested and charged with"
    # a passive verb with no subject of its own ("pleaded not guilty and were released", "asked to be released"):
    # whoever it takes from above undergoes it
    undergoes = verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "auxpass" for c in verb.children) and not any(
        c.dep_ in _SUBJ or c.dep_ in _PASS_SUBJ for c in verb.children)
    for _ in range(5):
        if via is not None:
            controller = _controller(ctx, cur, via)
            if controller is not None:
                return controller, not undergoes
        for c in cur.children:
            if c.dep_ in _SUBJ:
                return c, not (undergoes and cur != verb)
        for c in cur.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g, True
        if cur != verb or verb.pos_ not in ("VERB", "AUX"):
            for c in cur.children:  # "the gangs were engaged in systematic looting": the light verb's passive subject
                if c.dep_ in _PASS_SUBJ:
                    return c, not shared_passive
        if cur.dep_ == "relcl":
            if any(c.dep_ in _PASS_SUBJ and c.tag_ not in ("WP", "WDT") and c.lower_ != "that" for c in cur.children):
                return None, True  # "Soros, whose name has been mentioned in cases of unrest": the clause has its own subject
            return cur.head, cur == verb and not any(c.dep_ in _PASS_SUBJ for c in cur.children)
        if cur.dep_ == "acl":
            if cur.tag_ == "VBN":  # "the demonstration staged by students": no subject to inherit
                return None, True
            return cur.head, not misread_participle(cur)  # "Farmer charged with theft": the farmer undergoes it
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":
            via = "prep" if cur.head.lower_ in OBJECT_CONTROL_PREPS else None
            cur = cur.head.head
            continue
        if cur.dep_ in ("xcomp", "conj", "advcl", "acomp") and cur.head != cur:
            via = "xcomp" if cur.dep_ == "xcomp" and cur.pos_ in ("VERB", "AUX") else None
            shared_passive = cur.dep_ == "conj" and _bare_participle(cur)
            cur = cur.head
            continue
        break
    return None, True


def _undergone_object(noun: Token, verb: Token) -> bool:
    """Whether an event noun is the object of a verb its subject undergoes it by (``UNDERGOING_VERBS``: "faces
    charges", "awaiting trial", "serving a sentence")."""
    return noun.dep_ == "dobj" and noun.head == verb and lemma(verb) in UNDERGOING_VERBS


def _bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary, subject or object of its own: coordinated after a passive ("Hale was
    arrested and *charged* with burglary") it shares the passive's subject as its patient, not its doer."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in verb.children)


def talked_about(tok: Token, verb: Token) -> bool:
    """Whether an event noun is what a verb of speech or judgement talks about ("Putin denounced *a drone strike*",
    "welcomed the arrests and trials", "commented on the strike", "the strike was condemned"): that verb's subject is
    its speaker, not its actor."""
    if verb != tok and _warned_against(tok, verb):
        return True  # "warned against an invasion": the invasion is not the warner's
    if verb == tok or lemma(verb) not in STATEMENT_VERBS:
        return False
    cur = first_noun_conjunct(tok)  # "condemned the arrests and beatings": the later conjuncts too
    if cur.head == verb and cur.dep_ in ("dobj", "nsubjpass"):
        return True
    return _in_phrase_of(cur, verb, STATEMENT_PREPS)


def _in_phrase_of(noun: Token, verb: Token, preps: frozenset[str]) -> bool:
    """Whether a noun is the object of a prepositional phrase, one of ``preps``, that hangs from ``verb``."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in preps and noun.head.head == verb


_AGAINST = frozenset({"against"})
"""The preposition of what one warns against."""


def _warned_against(tok: Token, verb: Token) -> bool:
    """An event noun a verb of warning warns against ("warned Kyiv against new attacks", "cautioned against any
    intervention"): an act of the one warned, if of anyone, never the warner's (v80)."""
    return lemma(verb) in WARNING_VERBS and _in_phrase_of(first_noun_conjunct(tok), verb, _AGAINST)


def _accused_of(tok: Token, verb: Token) -> Token | None:
    """The one a noun event is laid at the door of: "condemned *Russia* for the attack", "accused *the army* of abuses",
    "*Iran* was accused of aggression"."""
    if verb == tok or tok.dep_ != "pobj" or tok.head.head != verb or tok.head.lower_ not in OBJECT_CONTROL_PREPS:
        return None
    if lemma(verb) not in STATEMENT_VERBS and lemma(verb) not in ALLEGATION_GOVERNORS and not _warned_against(tok, verb):
        return None
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "PRON"):
            return c
    return None


def _subject_in(ctx: Context, verb: Token) -> tuple[Token | None, bool]:
    """``_subject`` outside datelines: in "ALMATY, Jan 5 (Reuters) - Police arrested ..." the parser may take the
    dateline for a subject; the verb's other subject is the one, or the noun it took for the dateline's apposition
    ("URALSK, Kazakhstan — A district court ... sentenced": the court)."""
    subj, agentive = _subject(verb, ctx)
    if subj is not None and subj.i in ctx.dateline_tokens:
        others = [c for c in subj.head.children if c.dep_ == subj.dep_ and c.i not in ctx.dateline_tokens]
        others += [c for c in subj.children if c.dep_ == "appos" and c.i not in ctx.dateline_tokens]
        return (others[0], agentive) if others else (None, agentive)
    return subj, agentive


def _reporter_subject(tok: Token) -> Token | None:
    """For a pronoun subject of a reported clause ("Syria says it is willing"), the reporting verb's own subject."""
    cur = tok.head
    for _ in range(4):
        if cur.dep_ == "ccomp" and cur.head != cur:
            for c in cur.head.children:
                if c.dep_ in _SUBJ and c.pos_ != "PRON":
                    return c
            return None
        if cur.dep_ in ("xcomp", "acomp", "conj", "aux") and cur.head != cur:
            cur = cur.head
            continue
        return None
    return None


def _patient(ctx: Context, start: Token, exclude: set[int], deps: tuple[str, ...]) -> Token | None:
    """Breadth-first over the predicate's objects, complements and non-locative prepositional phrases: the nearest
    actor-like noun is the recipient ("threatened to break off relations with Congo" → Congo)."""
    frontier = [c for c in start.children if c.dep_ in deps]
    seen = 0
    for _ in range(5):
        nxt: list[Token] = []
        for t in frontier:
            seen += 1
            if seen > 60:
                return None
            if t.i in exclude:
                continue
            if t.dep_ == "prep" and t.lower_ == "by" and t.head.pos_ in ("NOUN", "PROPN"):
                pass  # "rejected calls by Belarus's rulers": the agent of the rejected noun is the patient
            elif t.dep_ in ("prep", "agent", "dative") and t.lower_ in _NO_PATIENT_PREPS:
                continue
            if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ not in ("npadvmod", "nsubj", "nsubjpass", "expl") and actor_like(ctx, t):
                return t
            for c in t.children:
                if c.dep_ in _PATIENT_WALK and c.i not in exclude:
                    if c.dep_ in ("nsubj", "nsubjpass") and t.dep_ not in ("ccomp", "xcomp", "advcl"):
                        continue
                    nxt.append(c)
        frontier = nxt
        if not frontier:
            break
    return None


def _complement_subject(ctx: Context, verb: Token, exclude: set[int]) -> Token | None:
    """The subject of a verb's clausal complement: 'insists that *Russia* abolish tariffs'."""
    for comp in verb.children:
        if comp.dep_ in ("ccomp", "xcomp") and comp.pos_ in ("VERB", "AUX"):
            for c in comp.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.i not in exclude and actor_like(ctx, quantity_head(c)):
                    return c
    return None


def _shared_of_object(ctx: Context, noun: Token, exclude: set[int]) -> Token | None:
    """The of-object a noun trigger shares with the nouns coordinated with it: 'the arrest and deportation of *X*'."""
    for c in noun.children:
        if c.dep_ == "conj" and c.pos_ == "NOUN":
            for g in _pobjs(c, ("of",)):
                if g.i not in exclude and actor_like(ctx, quantity_head(g)):
                    return g
    return None


GIVEN_TYPES = ("SUPPORT", "AID")
"""Types whose noun after a verb of receiving is given by its of-object ('the support of X', 'the help of X')."""


def _given_by_of_object(ctx: Context, noun: Token, trig: Trigger, verb: Token) -> tuple[Token, Token | None] | None:
    """(giver, receiver) of a support or aid noun that a verb of receiving takes: 'received the support of the majority
    of Kazakhstanis' is the Kazakhstanis' support for whoever received it; the receiver is that verb's subject (None
    when it is no actor: 'the programme, which received ...' is no party)."""
    if trig.type not in GIVEN_TYPES or noun.dep_ != "dobj" or verb is noun or lemma(verb) not in RECEIVING_VERBS:
        return None
    givers = [g for g in _pobjs(noun, ("of",)) if actor_like(ctx, quantity_head(g))]
    if not givers:
        return None
    receiver, _ = _subject_in(ctx, verb)
    if receiver is not None and not actor_like(ctx, quantity_head(receiver)):
        receiver = None
    return givers[0], receiver


def _participants(ctx: Context, trig_tok: Token, trig: Trigger) -> tuple[list[Token], list[Token], bool]:
    """The tokens of the trigger's actor(s) and recipient(s), from the parse alone, and whether the trigger is an event
    noun a statement talks about (then its actor is only its own, never one guessed from the sentence)."""
    actors: list[Token] = []
    recipients: list[Token] = []
    is_noun = trig_tok.pos_ in ("NOUN", "PROPN") or (trig_tok.pos_ == "ADJ" and trig_tok.dep_ != "acomp")
    verb = clause_verb(trig_tok)
    talked = is_noun and talked_about(trig_tok, verb)
    given = _given_by_of_object(ctx, trig_tok, trig, verb) if is_noun else None
    if given is not None:  # "the plan received the support of most voters": the voters give it, the plan gets it
        giver, receiver = given
        return [giver], ([receiver] if receiver is not None else []), False
    if is_noun:
        for c in trig_tok.children:
            if c.dep_ == "poss" and lemma(trig_tok) in UNDERGONE_NOUNS:
                recipients.append(c)  # "his arrest", "the mayor's trial": done to him, not by him
            elif c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.i in ctx.token_entity
                                      and ctx.token_entity[c.i].label in ("NORP", "GPE", "ORG")):
                actors.append(c)
        actors.extend(_pobjs(trig_tok, ("by",)))
        if actors and all(a.pos_ == "PRON" for a in actors) and verb != trig_tok and not talked:
            actors = []  # "its demand": the owner is the clause's subject
        accused = None if actors else _accused_of(trig_tok, verb)
        if accused is not None:  # "condemned Russia for the attack": Russia's attack
            actors.append(accused)
        elif talked:
            pass  # "Putin denounced a drone strike": Putin is the speaker, not the attacker
        elif verb != trig_tok and not actors and trig_tok.dep_ not in ("nsubj", "nsubjpass"):
            subj, _ = _subject_in(ctx, verb)
            if subj is not None and trig.type in UNDERGONE_TYPES and _undergone_object(trig_tok, verb):
                recipients.append(subj)  # "she faces charges", "is awaiting trial": she is accused, not the accuser
            elif subj is not None:
                actors.append(subj)
            elif trig.type in UNDERGONE_TYPES and trig_tok.dep_ == "pobj" and trig_tok.head.head == verb:
                recipients.extend(c for c in verb.children if c.dep_ in _PASS_SUBJ)
    elif trig_tok.dep_ == "aux" and trig_tok.head != trig_tok:
        # "X said Y must hand over ...": the demand is X's, addressed to Y
        clause = trig_tok.head
        recipients.extend(c for c in clause.children if c.dep_ in _SUBJ)
        if clause.dep_ == "ccomp" and clause.head != clause:
            subj, agentive = _subject_in(ctx, clause.head)
            if subj is not None and agentive:
                actors.append(subj)
    else:
        subj, agentive = _subject_in(ctx, trig_tok)
        passive_subj = [c for c in trig_tok.children if c.dep_ in _PASS_SUBJ]
        if not passive_subj and (elided_passive(trig_tok) or headline_passive(trig_tok)):
            # "no newspapers were closed, or journalists harassed"; "Farmer arrested over cattle theft"
            passive_subj = [c for c in trig_tok.children if c.dep_ in _SUBJ]
        if passive_subj:
            recipients.extend(passive_subj)
            actors.extend(_pobjs(trig_tok, ("by",)))
        elif subj is not None:
            (actors if agentive else recipients).append(subj)
    actors = [_reporter_subject(a) or a if a.lower_ in REPORTED_SUBJECT_PRONOUNS and a.dep_ in _SUBJ else a for a in actors]
    actors = [a for a in actors if actor_like(ctx, quantity_head(a))]
    if not recipients:
        exclude = {t.i for a in actors for t in a.subtree} | {trig_tok.i}
        deps = _PATIENT_DEPS
        found = None
        if trig.type in THEME_OBJECT_TYPES:  # "sent the CSTO to Kazakhstan": the goal first, the moved thing is no patient
            found = _patient(ctx, trig_tok, exclude, tuple(d for d in deps if d != "dobj"))
            if found is None:  # the goal PP may hang lower in a clumsy parse: the first "to/into X" under the trigger
                found = next((t for t in trig_tok.subtree if t.dep_ == "pobj" and t.head.lower_ in GOAL_PREPS
                              and t.i not in exclude and actor_like(ctx, t)), None)
            if trig.type == "MOBILIZE":
                actors.extend(c for c in trig_tok.children if c.dep_ == "dobj" and c.i in ctx.token_entity
                              and ctx.token_entity[c.i].label == "ORG")
        if found is None and not is_noun and trig.type in COMPLEMENT_SUBJECT_TYPES:
            found = _complement_subject(ctx, trig_tok, exclude)
        if found is None:
            found = _patient(ctx, trig_tok, exclude, deps)
        if found is None and is_noun:
            found = _shared_of_object(ctx, trig_tok, exclude)
        if found is None and is_noun and not talked and verb != trig_tok and trig_tok.dep_ not in ("nsubj", "nsubjpass"):
            found = _patient(ctx, verb, exclude, tuple(d for d in deps if d not in ("dobj", "xcomp", "ccomp")))
        if found is not None:
            recipients.append(found)
    return actors, recipients, talked


def _find_place(ctx: Context, tok: Token, verb: Token, sent: SpacySpan, used: set[int]) -> Place | None:
    """Where the event happens: a located entity after a place preposition of the trigger or its verb, else of the sentence."""
    def entity_in(t: Token) -> Entity | None:
        for s in t.subtree:
            e = ctx.token_entity.get(s.i)
            if e is not None and e.label in _PLACE_LABELS and (e.canonical or e.country) and not ctx.in_dateline(e.start, e.end):
                return e
        return None

    for anchor in (tok, verb):
        for c in anchor.children:
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPS:
                for p in c.children:
                    if p.dep_ == "pobj":
                        e = entity_in(p)
                        if e is not None:
                            return Place(e.text, e.start, e.end, e.canonical, e.country, e.lat, e.lon)
    # the sentence's place: a located entity introduced by "in/at/near" anywhere in the sentence
    for t in sent:
        if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS:
            e = ctx.token_entity.get(t.i)
            if (e is not None and e.label in _PLACE_LABELS and (e.canonical or e.country) and t.i not in used
                    and not ctx.in_dateline(e.start, e.end)):
                return Place(e.text, e.start, e.end, e.canonical, e.country, e.lat, e.lon)
    return None


def _fallback_actors(
    ctx: Context, tok: Token, sent: SpacySpan, recipients: list[EventActor], place: Place | None, protest: bool = False
) -> list[EventActor]:
    """The actor when the parse names no agent. An agentless passive or nominal event ("was arrested in Lebanon",
    "killed by a bomb in Basra") is coded to the country it happens in, as PLOVER/CAMEO coders do for unnamed
    authorities and attackers; otherwise the first named actor before the trigger (news leads put the doer first).
    Unnamed protesters are not their country: "protests in Morocco" are against it (``parties`` makes the place the
    recipient)."""
    passive = any(c.dep_ in _PASS_SUBJ for c in tok.children) or (tok.pos_ in ("NOUN", "PROPN") and recipients) \
        or (bool(recipients) and tok.dep_ == "conj" and _bare_participle(tok)) \
        or headline_passive(tok)  # "was arrested and charged with"; "Farmer arrested over cattle theft"
    if not passive:
        for e in ctx.entities:
            if e.start < sent.start_char or e.start >= tok.idx or ctx.in_dateline(e.start, e.end):
                continue
            if e.label not in ("PERSON", "ORG", "GPE", "NORP") or any(r.start < e.end and e.start < r.end for r in recipients):
                continue
            if place is not None and place.start < e.end and e.start < place.end:
                continue
            span = ctx.doc.char_span(e.start, e.end, alignment_mode="expand")
            if span is not None and any(t.dep_ == "pobj" and t.head.lower_ in ("according", "to") and t.head.head.lower_ == "according"
                                        for t in span):
                continue
            if span is not None and len(span) and tok.i not in range(span.start, span.end) \
                    and any(t.i == tok.i for t in span.root.subtree):
                continue  # "George Soros, whose name has been mentioned in cases of unrest": the event is said of him
            return [EventActor(e.text, e.start, e.end, e.canonical, e.country or country_of_name(e.text), None)]
    if place is not None and place.country and not protest and not any(r.country == place.country for r in recipients):
        return [EventActor(place.text, place.start, place.end, place.canonical, place.country, None)]
    return []


def _stand_ins(ctx: Context, tok: Token) -> list[EventActor]:
    """The participants a token stands for: itself and the nouns coordinated with it, or, for 'they'/'them', the
    actors of its antecedent, each kept at the pronoun's own span (the evidence is the pronoun) with the antecedent's
    canonical actor, country and sector."""
    antecedent = plural_antecedent(ctx, tok)
    if not antecedent:
        return [a for c in with_conjuncts(tok) if (a := event_actor(ctx, c)) is not None]
    return [replace(a, text=tok.text, start=tok.idx, end=tok.idx + len(tok.text))
            for c in antecedent if (a := event_actor(ctx, c)) is not None]


def parties(
    ctx: Context, tok: Token, trig: Trigger, verb: Token, sent: SpacySpan, order: Token | None
) -> tuple[list[EventActor], list[EventActor], Place | None]:
    """The event's actors, recipients and place. ``order`` is the directive that orders the act, if any: its subject is
    the actor. An event with no stated target is coded against the place it happens in."""
    actor_toks, recipient_toks, talked = _participants(ctx, tok, trig)
    if order is not None:
        subj, agentive = _subject_in(ctx, order)
        if subj is not None and agentive:
            actor_toks = [subj]
            recipient_toks = [r for r in recipient_toks if r.i != subj.i]
    actors = [a for t in actor_toks for a in _stand_ins(ctx, t)]
    recipients = [a for t in recipient_toks for a in _stand_ins(ctx, t)]
    used = {t.i for t in actor_toks}
    place = _find_place(ctx, tok, verb, sent, used)
    if not actors and not talked:
        actors = _fallback_actors(ctx, tok, sent, recipients, place, protest=trig.type == "PROTEST")
    if not recipients and place is not None and place.country and not any(
            a.country == place.country or (a.start < place.end and place.start < a.end) for a in actors):
        # an event with no stated target is coded against the place it happens in ("demonstrated in Serbia")
        recipients = [EventActor(place.text, place.start, place.end, place.canonical, place.country, None)]
    return actors, recipients, place
