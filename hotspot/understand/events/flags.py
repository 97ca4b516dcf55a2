"""What the sentence says about an event beyond its type: negated, hypothetical, future, historical, alleged; its contexts, mode.

Why a module of its own: PLOVER codes what happened, and a news sentence often
says that something did *not*, *may*, *will* or long ago happened, or that
someone *alleges* it did. These flags are read from modals, conditionals,
hedges, negation and the verbs that govern the trigger's clause ("threatened
to", "promised to", "is likely to", "failed to", "accused ... of"), and from the
event's date against the article's; ``plover_type`` turns them into the
statement's type (a promised act is AGREE, an announced attack THREATEN).
Contexts (economic, military, ...) and modes (firearms, strike, ...) are read
from cue words of the sentence.

Negation reaches as far as English lets it and no further: a negated clause
negates the predicates coordinated with it that share its subject ("did not
arrest or charge them") or its gapped auxiliary ("no newspapers were closed,
stories suppressed, or journalists harassed"), "nor" negates what it adds, and
"but" or a conjunct with a subject and auxiliary of its own starts afresh. The
word lists are ``data/event_status.json``.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from hotspot.understand.data import words
from hotspot.understand.events.clauses import (
    BREAKING_COORDINATORS,
    STATUS_TABLE,
    ancestors_in_clause,
    backgrounds,
    definite_mention,
    elided_passive,
    finite_beside_infinitive,
    first_noun_conjunct,
    has_auxiliary,
    has_subject,
    previous_conjunct,
    verb_of,
)
from hotspot.understand.events.dates import DateMention, last_day
from hotspot.understand.events.lexicon import (
    AWAITING_VERBS,
    CONDITIONAL_MARKS,
    FUTURE_MODIFIERS,
    FUTURE_TO_GOVERNORS,
    HEDGE_ADVERBS,
    HYPOTHETICAL_MODIFIERS,
    HYPOTHETICAL_PREDICATES,
    MODAL_AUX,
    OPENNESS_ADJECTIVES,
    OPPOSED_PREPS,
    SCHEDULING_PREDICATES,
    SUPPOSITION_VERBS,
    TALE_SUBJECTS,
    Lexicon,
    Trigger,
    lemma,
)

HISTORICAL_DAYS = 28
"""An event dated more than this many days before the article's date is historical (background, not news)."""

NEGATIVE_DETERMINERS = words(STATUS_TABLE, "negative_determiners")
NEGATIVE_PRONOUNS = words(STATUS_TABLE, "negative_pronouns")
NEGATIVE_PRECONJ = words(STATUS_TABLE, "negative_preconj")
NEGATIVE_CONJUNCTIONS = words(STATUS_TABLE, "negative_conjunctions")
NEGATIVE_PREPS = words(STATUS_TABLE, "negative_preps")
NEGATING_GOVERNORS = words(STATUS_TABLE, "negating_governors")
NEGATING_NOUNS = words(STATUS_TABLE, "negating_nouns")
IMPLICATIVE_GOVERNORS = words(STATUS_TABLE, "implicative_governors")
OCCURRENCE_VERBS = words(STATUS_TABLE, "occurrence_verbs")
LONGER_WORDS = words(STATUS_TABLE, "longer_words")
CONDITION_MARKS = words(STATUS_TABLE, "condition_marks")
TEMPORAL_MARKS = words(STATUS_TABLE, "temporal_marks")
ALLEGATION_GOVERNORS = words(STATUS_TABLE, "allegation_governors")
ALLEGATION_EXCEPTIONS = words(STATUS_TABLE, "allegation_exceptions")
ALLEGATION_ADVERBS = words(STATUS_TABLE, "allegation_adverbs")
ALLEGATION_MODIFIERS = words(STATUS_TABLE, "allegation_modifiers")
HEARSAY_PASSIVES = words(STATUS_TABLE, "hearsay_passives")
STATEMENT_VERBS = words(STATUS_TABLE, "statement_verbs")
REPORTING_VERBS = words(STATUS_TABLE, "reporting_verbs")
PRIVATE_SOURCES = words(STATUS_TABLE, "private_sources")
QUESTION_VERBS = words(STATUS_TABLE, "question_verbs")
CONTRAST_MARKS = words(STATUS_TABLE, "contrast_marks")
THREAT_VERBS = words(STATUS_TABLE, "threat_verbs")
"""Verbs of threatening: the condition a threat names is its content ("warned of a strike if the fees are not cut"),
so the threat itself, told as made, is no consequence of it (v59)."""
GOVERNED_NOUN_EXCEPTIONS = words(STATUS_TABLE, "governed_noun_exceptions")
PURSUIT_VERBS = words(STATUS_TABLE, "pursuit_verbs")
GENERIC_SUBJECTS = words(STATUS_TABLE, "generic_subjects")
GENERIC_TAGS = words(STATUS_TABLE, "generic_tags")
HABITUAL_ADVERBS = words(STATUS_TABLE, "habitual_adverbs")
HABITUAL_ADJECTIVES = words(STATUS_TABLE, "habitual_adjectives")
FORMER_MODIFIERS = words(STATUS_TABLE, "former_modifiers")
EARLIER_MODIFIERS = words(STATUS_TABLE, "earlier_modifiers")
PROSPECT_NOUNS = words(STATUS_TABLE, "prospect_nouns")
SEQUENCE_MARKS = words(STATUS_TABLE, "sequence_marks")
PASSIVE_EXPECTATIONS = words(STATUS_TABLE, "passive_expectations")
SCOPE_BREAKING_MARKS = words(STATUS_TABLE, "scope_breaking_marks")
NAMING_GOVERNORS = words(STATUS_TABLE, "naming_governors")
ANNOUNCING_VERBS = words(STATUS_TABLE, "announcing_verbs")
GATHERING_NOUNS = words(STATUS_TABLE, "gathering_nouns")
PRESUPPOSING_VERBS = words(STATUS_TABLE, "presupposing_verbs")
_TIME_NOUNS = frozenset({"day", "week", "month", "year", "time", "summer", "winter", "spring", "autumn", "session"})
_HISTORICAL_PHRASES = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(p) for p in words(STATUS_TABLE, "historical_phrases")), key=len, reverse=True))
    + r"|(?:in|during|since|of|by) the (?:early |mid-|late )?(?:1[5-9]\d0|20[01]0)\s*[\"'’]?s)\b"
    r"(?!\s+(?:(?:few|several|couple of|last|two|three|four|five|six|ten|\d+)\s+)?"
    r"(?:hours?|days?|weeks?|months?|years?|decades?|of writing)\b)",
    re.IGNORECASE)
"""The listed phrases, and a past decade ("in the 1980s", "during the late 1990s"); not before a span of time that
reaches the present ("in the past two years", "at the time of writing")."""
_UNDATED_PAST = re.compile(
    r"(?<!the )(?<!past )\b(?:" + "|".join(sorted((re.escape(p) for p in words(STATUS_TABLE, "undated_past_phrases")), key=len,
                                               reverse=True)) + r")\b",
    re.IGNORECASE)
"""A past year or season named from the text's own present ("last year"): clearly past when the article's date is
unknown and nothing else dates the act; not "the last year" or "the past year", spans that reach the present."""
_RECENT = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(p) for p in words(STATUS_TABLE, "recent_phrases")), key=len, reverse=True)) + r")\b",
    re.IGNORECASE)

_SUBJECTS = ("nsubj", "nsubjpass")
_GOVERNED_NOUN_PREPS = frozenset({"for", "of", "on", "against", "with"})
"""Prepositions by which a governing verb takes an event noun as what it wants or fears ("called for talks",
"warned of attacks", "insisted on talks")."""
_COMPLEMENT_PREPS = frozenset({"on", "with", "against", "to", "into", "from", "of"})
"""Prepositions of a verb's complement ("went back on a pledge"), not of its circumstances."""
_VERBAL = ("VERB", "AUX", "ADJ", "NOUN")
"""Parts of speech a governing word can have: "May" the month is not "may" the modal."""


# --------------------------------------------------------------------------- negation


def _negative_phrase(t: Token) -> bool:
    """A subject or object that negates its clause: "no newspapers", "none of them", "nobody", "neither side",
    "neither the police nor the army"."""
    if t.lower_ in NEGATIVE_PRONOUNS:
        return True
    for c in t.children:
        if c.dep_ in ("det", "predet") and c.lower_ in NEGATIVE_DETERMINERS:
            return True
        if c.dep_ == "preconj" and c.lower_ in NEGATIVE_PRECONJ:
            return True
    return False


def _negation_word(c: Token) -> bool:
    """A negating adverb of a clause ("not", "n't", "never", "no longer"), not the "not" of "not only ... but"."""
    if c.dep_ == "neg" or (c.dep_ == "preconj" and c.lower_ == "not"):
        nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
        if nxt is not None and nxt.lower_ in ("only", "just", "merely", "simply"):  # "not only ... but also"
            return not any(t.lower_ == "but" for t in c.doc[c.i + 2: c.sent.end])
        return True
    return c.dep_ == "advmod" and c.lower_ in LONGER_WORDS and any(g.dep_ == "neg" for g in c.children)


def clause_negation(verb: Token) -> bool:
    """Whether the clause itself is negated, so that what is coordinated with it under the same subject is too:
    a negating adverb, "neither" before the verb, a negative subject ("no X were ...", "nobody"). Shared with
    ``discourse.disputed_by``: a verb of disputing negated so ("nobody disputes that account") disputes none."""
    for c in verb.children:
        if _negation_word(c):
            return True
        if c.dep_ == "preconj" and c.lower_ in NEGATIVE_PRECONJ:
            return True
        if c.dep_ in _SUBJECTS and _negative_phrase(c):
            return True
    return False


def _object_negation(verb: Token) -> bool:
    """Whether the verb's own object negates it ("police arrested nobody", "attacked no one")."""
    return any(c.dep_ == "dobj" and _negative_phrase(c) for c in verb.children)


def _coordinated_negation(verb: Token, limit: int = 6) -> bool:
    """Whether a clause is negated, itself or through the conjuncts before it that it shares a negation with."""
    cur = verb
    for _ in range(limit):
        if clause_negation(cur):
            return True
        prev, coordinator = previous_conjunct(cur)
        if prev is None:
            return False
        if coordinator in NEGATIVE_CONJUNCTIONS:  # "neither attacked nor arrested", "did not attack, nor did they burn"
            return True
        if coordinator in BREAKING_COORDINATORS or has_auxiliary(cur):
            return False
        if has_subject(cur) and not elided_passive(cur):
            return False
        cur = prev
    return False


def _governed_negation(verb: Token, limit: int = 3) -> bool:
    """Whether a governor negates the clause: "failed to", "refused to", "prevented ... from marching", "without
    arresting", or a negated "manage/try to". A reported clause (ccomp) stops the walk: "refused to confirm that troops
    attacked" says nothing of the attack."""
    cur = verb
    for _ in range(limit):
        if cur.dep_ == "acl" and cur.head.pos_ == "NOUN" and lemma(cur.head) in NEGATING_NOUNS and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            return True  # "the ministry's refusal to order an inquiry", "the failure to hold talks"
        if cur.head == cur or cur.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "dobj", "acomp"):
            return False
        dep = cur.dep_
        cur = cur.head
        if cur.dep_ == "prep" and cur.lower_ in NEGATIVE_PREPS and dep in ("pcomp", "pobj"):
            return True
        if cur.dep_ == "prep" and dep == "pcomp" and _instead(cur):  # "instead of negotiating", "rather than attacking"
            return True
        if cur.pos_ not in _VERBAL:
            continue
        if lemma(cur) in NEGATING_GOVERNORS:
            return True
        if dep == "xcomp" and lemma(cur) in IMPLICATIVE_GOVERNORS and _coordinated_negation(cur):
            return True
    return False


def _instead(prep: Token) -> bool:
    """"instead of", "rather than" and "short of" ("stopped short of accusing Moscow", "fell short of condemning"):
    what they introduce is said not to be done."""
    around = (prep.doc[prep.i - 1].lower_ if prep.i > 0 else "", prep.head.lower_)
    return (prep.lower_ == "of" and ("instead" in around or "short" in around)) or (prep.lower_ == "than" and "rather" in around)


def _negation_word_on(tok: Token) -> bool:
    return any(_negation_word(c) for c in tok.children)


def negated_condition(verb: Token) -> bool:
    """Whether the clause is a negated condition ("will call a strike if its leaders are not released"): it puts a case
    whose outcome is still open, hypothetical, not an act said not to have happened."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children)


def negated(tok: Token, verb: Token) -> bool:
    """Whether the event is said not to happen: "did not attack", "no talks", "no newspapers were closed, stories
    suppressed, or journalists harassed", "neither ... nor", "without arresting anyone", "failed to", "refused to".

    A noun trigger ("no arrests or detentions", "talks were not held") is negated by its own determiner, the one of the
    noun it is coordinated with, a negated verb that does it ("did not hold talks") or says it happened ("no talks took
    place"), but not by a negated statement about it ("did not condemn the attack") or by a negated verb of which it is
    the doer ("the attack did not kill anyone")."""
    if tok != verb:
        cur = tok
        for _ in range(4):
            if any(c.dep_ in ("det", "predet") and c.lower_ in NEGATIVE_DETERMINERS for c in cur.children):
                return True
            if _negation_word_on(cur):
                return True
            if cur.dep_ != "conj" or cur.head.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "det" for c in cur.children):
                break
            cur = cur.head
        if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in NEGATIVE_PREPS:
            return True
        if _presupposed_object(tok, verb):
            return False  # "police did not disperse the protest", "refrained from breaking up the rally": it took place
        if _ruled_out(tok, verb):
            return not _coordinated_negation(verb)  # "ruled out talks"; "did not rule out talks" is irrealis
        if lemma(verb) in NEGATING_GOVERNORS and verb.pos_ in ("VERB", "ADJ") and _governed_noun(tok, verb):
            return True  # "prevented the march", "refused talks"
        if (lemma(verb) in NEGATING_GOVERNORS and verb.pos_ == "VERB"
                and (undergoer := first_noun_conjunct(tok)).dep_ == "nsubjpass" and undergoer.head == verb):
            # "the strike was averted", "the attack was foiled": the passive of "averted the strike"; "the march was
            # not prevented" took place
            return not _coordinated_negation(verb)
        if lemma(verb) in STATEMENT_VERBS:
            # what a statement talks about is not undone by its negation or by a governor that keeps the statement
            # from being made: "did not condemn the attack", "the attack was not reported", "refused to condemn the
            # attack", "refrained from condemning the raid"
            return False
        if tok.dep_ == "nsubj" and lemma(verb) not in OCCURRENCE_VERBS:
            return False
    if _coordinated_negation(verb) or _governed_negation(verb):
        return True
    if verb.dep_ == "ccomp" and _rules_out(verb.head) and not _coordinated_negation(verb.head):
        return True  # "ruled out that troops would be sent"
    return tok == verb and _object_negation(verb)


# --------------------------------------------------------------------------- modality, conditions, genericity


@lru_cache(maxsize=4)
def _hypothetical_governors(governors: frozenset[str]) -> frozenset[str]:
    """The lexicon's irrealis governors less those that negate ("failed to") or allege ("accused ... of"): their
    complements are negated or alleged, not hypothetical."""
    return governors - NEGATING_GOVERNORS - ALLEGATION_GOVERNORS


def _future_to(gov: Token, comp: Token) -> bool:
    """"is going to attack", "is set to", "is due to", "is about to", "is poised to": the to-complement is future
    ("went on to win" is not)."""
    if lemma(gov) not in FUTURE_TO_GOVERNORS and gov.lower_ not in FUTURE_TO_GOVERNORS:
        return False
    if comp.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
        return False
    return lemma(gov) != "go" or gov.tag_ == "VBG"


_TIMING_PREPS = frozenset({"for", "on", "in"})


def _scheduled(tok: Token) -> bool:
    """An event noun that a present-tense predicate of scheduling times: "the talks are set for Thursday", "a vote is
    due on Monday", "the summit, scheduled for June, opens ...": it has not happened yet. "The talks were set for
    Thursday" and "the talks set for Thursday were cancelled" may have been held or dropped since, and stay as they are."""
    acl = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
    if acl is not None:
        pred, links = acl, [x for x in (verb_of(tok),) if x.pos_ in ("VERB", "AUX")]
        if any(x.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in x.children) for x in links):
            return False
    elif tok.dep_ in ("nsubj", "nsubjpass"):
        pred = tok.head
        links = [c for c in pred.children if c.dep_ in ("auxpass", "aux", "cop")]
        if pred.pos_ == "AUX" and lemma(pred) == "be":  # "the vote is due on Monday": the predicate is the complement
            links = [pred]
            pred = next((c for c in pred.children if c.dep_ in ("acomp", "attr")), pred)
        if not any(x.tag_ in ("VBP", "VBZ") for x in links) or any(x.tag_ in ("VBD", "MD") for x in links):
            return False
    else:
        return False
    return lemma(pred) in SCHEDULING_PREDICATES and any(c.dep_ == "prep" and c.lower_ in _TIMING_PREPS for c in pred.children)


def timetable_present(verb: Token) -> bool:
    """A clause in the simple present, active or passive ("the leaders meet", "the vote is held"), with no other
    auxiliary: with a date ahead it tells a timetable (``dates.scheduled``)."""
    if verb.pos_ != "VERB":
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBP", "VBZ"):
        return not aux
    return verb.tag_ == "VBN" and len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ in ("VBP", "VBZ")


def _conditioned(verb: Token) -> bool:
    """Whether a clause is the consequence of a condition: "if the army attacks, the rebels retreat" ("asked if the
    army attacked" asks a question)."""
    if lemma(verb) in QUESTION_VERBS or _threat_made(verb):
        return False
    # "whenever" is parsed as an adverb of its clause, "if" and "unless" as its mark
    return any(c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in CONDITION_MARKS for m in c.children)
               for c in verb.children)


def _threat_made(verb: Token) -> bool:
    """A threat told as made, in the past, the present perfect or a headline's present, with no modal: "the union
    warned of a strike if the fees were not cut", "has threatened to walk out if ...", "threatens sanctions if ...".
    Its "if" clause is what the threat is made on (``THREAT_VERBS``); the threat is said (the strike stays
    hypothetical, by the threat's own reading of its content)."""
    if lemma(verb) not in THREAT_VERBS or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ in ("to", "will", "would") for a in aux):
        return False
    return verb.tag_ != "VBN" or any(lemma(a) == "have" for a in aux)


def _present_time_clause(verb: Token) -> bool:
    """A simple-present clause of time ("when the nations meet in November", "after NATO troops leave"): English
    speaks of a future (or habitual) act so, never of one going on; "when troops opened fire" is a past fact."""
    return (verb.dep_ == "advcl" and verb.tag_ in GENERIC_TAGS and not has_auxiliary(verb)
            and any(m.dep_ == "mark" and m.lower_ in TEMPORAL_MARKS for m in verb.children))


def _generic(verb: Token) -> bool:
    """A generic statement: a present-tense clause whose subject is anyone at all ("people protest when prices rise",
    "anyone who protests is arrested"), not a particular actor."""
    present = verb.tag_ in GENERIC_TAGS and not has_auxiliary(verb)
    if not present and not any(c.dep_ == "auxpass" and c.tag_ in GENERIC_TAGS for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ in _SUBJECTS:
            subj = verb.head if c.tag_ in ("WP", "WDT") and verb.dep_ == "relcl" else c
            return subj.lower_ in GENERIC_SUBJECTS and not any(g.dep_ in ("det", "poss", "nummod") for g in subj.children)
    return False


def _habitual(tok: Token, verb: Token) -> bool:
    """A habit of a particular actor, in the simple present with a word of frequency: "water ministers meet
    regularly", "ships harass fishermen almost weekly", "they meet every year", "the governments hold regular
    summits". The gold reads habits as hypothetical: no one act is asserted. A past habit ("often met") is history."""
    if verb.tag_ not in GENERIC_TAGS or has_auxiliary(verb):
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS:
            return True
        if c.dep_ in ("npadvmod", "advmod") and lemma(c) in _TIME_NOUNS and any(
                d.dep_ == "det" and d.lower_ in ("every", "each") for d in c.children):
            return True
    return tok != verb and any(c.dep_ == "amod" and c.lower_ in HABITUAL_ADJECTIVES for c in tok.children)


def _tale(verb: Token) -> bool:
    """A verb that tells a tale's content: "the story goes that ...", "legend has it that ..." (``TALE_SUBJECTS``)."""
    if lemma(verb) not in ("go", "have") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "nsubj" and lemma(c) in TALE_SUBJECTS for c in verb.children)


def _opens_sentence(tok: Token) -> bool:
    """Whether only punctuation or space stands before the token in its sentence."""
    return all(t.is_punct or t.is_space for t in tok.sent[: tok.i - tok.sent.start])


def _supposition(verb: Token) -> bool:
    """A bare imperative of supposing that opens its sentence ("Say the province refused to pay ...", "Suppose the
    talks fail", ``SUPPOSITION_VERBS``): its clause is a case put to the reader, not a told act."""
    if lemma(verb) not in SUPPOSITION_VERBS or verb.tag_ != "VB" or has_subject(verb) or has_auxiliary(verb):
        return False
    return _opens_sentence(verb)


_LOOSE_DEPS = ("dep", "intj", "npadvmod", "advmod", "discourse")


def _supposed(verb: Token) -> bool:
    """A clause opened by a word of supposing that the parser hung from it rather than over it ("Say the province
    refused ...", parsed with "Say" as a loose dependent of "refused")."""
    return any(c.lower_ in SUPPOSITION_VERBS and c.dep_ in _LOOSE_DEPS and c.i < verb.i and _opens_sentence(c)
               for c in verb.children)


_CLOSING_QUOTES = frozenset({'"', "”", "’", "'", ")", "»"})
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _polar_question(verb: Token) -> bool:
    """A yes-no question asks whether the act happened, it does not tell it ("Has the minister ordered any arrests?"):
    the clause's auxiliary stands before its subject and the sentence ends with a question mark. A negated one
    is rhetorical and asserts ("Has Russia not invaded Ukraine?"), and a wh-question takes its act as given ("Why did the
    army fire?"): both are left alone."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    auxes = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not subjects or not auxes or min(auxes) > min(subjects) or any(c.dep_ == "neg" for c in verb.children):
        return False  # the cheap test first: this runs for every verb up every event's clause chain
    last = next((t for t in reversed(verb.sent) if not t.is_space and t.text not in _CLOSING_QUOTES), None)
    if last is None or last.text != "?":
        return False
    return not any(t.tag_ in _WH_TAGS for t in verb.sent if t.i < verb.i)


def _wh_infinitive(verb: Token) -> bool:
    """A to-infinitive opened by a wh-word ("disagree about how to punish the Kremlin", "decide when to hold talks",
    "what to do about the strikes"): an indirect question about acting, not the act."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(c.tag_ in ("WRB", "WP", "WDT") and c.i < verb.i for c in verb.children)


def _aim(verb: Token) -> bool:
    """A to-infinitive that names an aim, not a deed: a noun's ("its effort to pressure India", "a plan to invade"),
    the complement of "be" ("the task is to reconcile them"), or a purpose spelled out ("in order to counter", "so as
    to deter"). A bare purpose clause ("police fired tear gas to disperse the crowd") is left alone: news uses it of
    what was done."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return True
    if verb.dep_ in ("xcomp", "ccomp", "attr", "advcl") and verb.head.lemma_ == "be" and verb.head.pos_ in ("AUX", "VERB"):
        return True
    if verb.dep_ == "advcl":
        left = [t.lower_ for t in verb.doc[max(verb.left_edge.i - 2, 0): verb.left_edge.i + 2]]
        return "order" in left and "in" in left or "as" in left and "so" in left
    return False


def _shares_aim(link: Token) -> bool:
    """Whether a clause link carries the aim of a to-infinitive above it down to the act below: a conjunct shares
    the infinitive ("a deal to buy and demolish"), a complement is part of it ("a plan to force him to resign"), and
    so is the act one is to be pushed "into" ("an attempt to coerce the regulator into dropping the case"); a
    relative clause, an object or another preposition ("a campaign to free the men who were arrested", "to punish
    Russia for invading") tells a fact of its own."""
    if link.dep_ in ("conj", "xcomp"):
        return True
    if link.dep_ == "pcomp":
        return link.head.lower_ == "into"
    return link.dep_ == "prep" and link.lower_ == "into"


def _any_determiner(tok: Token) -> bool:
    """An event noun under "any" outside a negation ("any talks would have to include Kyiv", "to block any
    invasion"): no particular event is asserted (a negated one is ``negated`` first)."""
    return any(c.dep_ == "det" and c.lower_ == "any" for c in tok.children)


def _rules_out(verb: Token) -> bool:
    """"rule out" (a phrasal verb): what is ruled out will not be done; what is not ruled out may be."""
    return verb.pos_ == "VERB" and lemma(verb) == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _ruled_out(tok: Token, verb: Token) -> bool:
    """Whether a trigger is what "rule out" takes: its object ("ruled out talks", "ruled out new sanctions against
    Moscow") or its clause ("did not rule out that troops would be sent")."""
    if not _rules_out(verb):
        return False
    if tok.head == verb:
        return tok.dep_ in ("dobj", "ccomp")
    return tok.dep_ == "pobj" and tok.head.head == verb and tok.head.lower_ in _GOVERNED_NOUN_PREPS


def _governed_noun(tok: Token, verb: Token) -> bool:
    """Whether a noun trigger is what its clause verb takes as its object: "demanded *the release*", "called *for
    talks*", "warned *of attacks*" (not "called off a demonstration": a phrasal verb is another verb)."""
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    tok = first_noun_conjunct(tok)  # "demanded the withdrawal of troops and *the release* of detainees": each is wanted
    if tok.head == verb:
        return (tok.dep_ == "dobj" and not _judged_object(verb) and lemma(verb) not in PURSUIT_VERBS
                and lemma(verb) not in NAMING_GOVERNORS)  # "called the raids a disgrace": named, not asked for
    if tok.dep_ == "pobj" and tok.head.head == verb and tok.head.lower_ == "to" and lemma(verb) == "invite":
        return True  # "invited both sides to new talks": the talks are offered, not held
    return tok.dep_ == "pobj" and tok.head.head == verb and tok.head.lower_ in _GOVERNED_NOUN_PREPS


_PROSPECT_PREPS = frozenset({"for", "to", "toward", "towards"})
_ON_THE_WAY = frozenset({"on", "along", "en", "down", "up", "by"})


def prospected(tok: Token, limit: int = 4) -> bool:
    """An event noun that a noun of a way or a step leads toward ("paved the way for an inquiry", "a step toward
    tougher sanctions", "laid the groundwork for talks and a truce"; ``prospect_nouns``): English names by it a goal
    not yet reached, so the act is hypothetical. Not "the route of the march" (the march's own), nor a noun with a
    time or place of its own after "to" ("the road to the 2003 war" still names that war as told)."""
    tok = first_noun_conjunct(tok, limit)  # each conjunct of what the way leads to is led to
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ not in _PROSPECT_PREPS:
        return False
    noun = tok.head.head
    if noun.pos_ in ("VERB", "AUX"):  # "paved the way for talks", the "for" phrase hung on the verb
        noun = next((c for c in noun.children if c.dep_ in ("dobj", "nsubjpass") and lemma(c) in PROSPECT_NOUNS), noun)
    if noun.pos_ != "NOUN" or lemma(noun) not in PROSPECT_NOUNS or (noun.dep_ == "pobj" and noun.head.lower_ in _ON_THE_WAY):
        return False  # "arrested on the way to the rally", "along the route to the march": a journey, not a goal
    return not any(c.dep_ in ("nummod", "amod") and c.like_num for c in tok.children)


def noun_modifiers(tok: Token) -> list[Token]:
    """The trigger's own dependents and, when it is the first part of a compound noun, the adjectives of that noun
    ("the alleged coup plans", "a possible arms deal", "the planned protest march"): an adjective of the whole
    compound says what the event it names is (alleged, possible, planned) as much as one on the trigger itself."""
    out = list(tok.children)
    if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
        out += [c for c in tok.head.children if c.dep_ == "amod" and c.i < tok.i]
    return out


_LITERAL_COMPOUND_HEADS = frozenset({"rule", "pressure", "set", "go", "order", "appeal", "schedule"})
"""Heads that name a thing, not a want, when a noun modifies them ("the detention rule", "sanctions pressure", "a
court order", "the murder appeal", "the trial schedule"): the noun before them is no act called for."""


def _irrealis_compound_head(tok: Token) -> str | None:
    """The lemma of the noun a noun trigger modifies as the first part of a compound ("release" of "release call"),
    None when it modifies none. Headlines and news English put the act a call, threat, plan or pledge is about in
    front of it ("ceasefire demand", "strike threat", "withdrawal plan"): the act is what is wanted, not what was
    done, as in "a call for the release"."""
    if tok.dep_ != "compound" or tok.head.pos_ != "NOUN" or tok.head.i == tok.i:
        return None
    head = lemma(tok.head)
    return None if head in _LITERAL_COMPOUND_HEADS else head


def _presupposed_object(tok: Token, verb: Token, limit: int = 4) -> bool:
    """Whether a noun trigger is what a verb of ending, undoing, countering or stepping up takes ("a push to *end* the
    blockade", "may *lift* the sanctions", "vowed to *overturn* the ban", ``presupposing_verbs``): English can only
    end or step up what is there, so a want, an aim, a modal or a "will" above the verb is about the ending, and the
    act it ends stays as told. A phrasal verb other than "up" ("called off") is another verb."""
    if verb.pos_ != "VERB" or lemma(verb) not in PRESUPPOSING_VERBS:
        return False
    if any(c.dep_ == "prt" and c.lower_ != "up" for c in verb.children):
        return False
    tok = first_noun_conjunct(tok, limit)  # "to end the blockade and the raids": each conjunct is there to be ended
    return tok.head == verb and tok.dep_ in ("dobj", "nsubjpass")


def _convened(tok: Token, verb: Token) -> bool:
    """An indefinite event noun that a naming verb takes bare ("called a rally for Saturday", "has called a vigil for
    Friday", ``naming_governors``), or a gathering that "announce" takes ("announced a
    protest for Friday", ``announcing_verbs`` and ``gathering_nouns``): English so tells a gathering convened, set to
    take place. A definite or possessive
    object is one there is, named or judged ("called the raids a disgrace", "called her criticism absurd")."""
    governs = lemma(verb) in NAMING_GOVERNORS or (lemma(verb) in ANNOUNCING_VERBS and lemma(tok) in GATHERING_NOUNS)
    return (tok.head == verb and tok.dep_ == "dobj" and verb.pos_ == "VERB" and governs
            and not any(c.dep_ == "prt" for c in verb.children) and not _judged_object(verb)
            and tok.pos_ == "NOUN" and not definite_mention(tok))


def _judged_object(verb: Token) -> bool:
    """Whether the verb's object has an object predicate ("called the protests a stunt", "called his criticisms
    absurd", "considered the talks a failure"): the verb names or judges something there is, it does not ask for it
    or weigh doing it."""
    return any(c.dep_ == "oprd" for c in verb.children)


def _backshifted_will(verb: Token) -> bool:
    """"The embassy said the two governments would sign a trade pact": "would" in a clause reported in the past is the
    speaker's "will" told from the past (future as the gold reads it), not a modal; with a condition anywhere in the
    sentence ("would strike back if attacked") it stays one, and so it does before a perfect ("said he would have
    objected"), which tells what did not happen, not a later act."""
    if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ != "ccomp" or head.pos_ not in _VERBAL or lemma(head) not in REPORTING_VERBS | STATEMENT_VERBS:
        return False
    if head.tag_ != "VBD" and not any(c.dep_ == "aux" and c.tag_ == "VBD" for c in head.children):
        return False
    return not any(t.lower_ in CONDITIONAL_MARKS for t in verb.sent)


def _passive_expectation(gov: Token, comp: Token) -> bool:
    """"are expected to sign", "is predicted to win", "is tipped to lead": a passive of expecting with a to-complement
    is a forecast by others of the subject's act, hypothetical as the gold reads the expected and the predicted (an
    actor's own "expects to sign" stays its plan)."""
    return (lemma(gov) in PASSIVE_EXPECTATIONS and comp.dep_ == "xcomp"
            and any(c.dep_ == "auxpass" for c in gov.children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children))


def _set_against(tok: Token, verb: Token, limit: int = 6) -> bool:
    """Whether a noun trigger sits in a background adjunct of its clause ("during the planned protest", "after the
    talks"): a time it is set against, not what a forecast of the clause forecasts."""
    cur = tok
    for _ in range(limit):
        if cur == verb or cur.head == cur:
            return False
        if backgrounds(cur):
            return True
        cur = cur.head
    return False


_DEGREE_BEFORE_AS = frozenset({"soon", "long", "far", "much", "well", "such", "just"})


def _own_adverbial(clause: Token) -> bool:
    """A finite adverbial clause of time or reason with its own subject, set before its main clause ("as the rebels
    shell the villages, the ministry may close the crossing"): it states its act; a modal or a want of the main clause
    does not reach it. Set after the main clause it may be part of what the modal supposes ("the ministry may close
    the crossing as the rebels shell the villages"), and is left to it. Not "as soon as", "as long as" (a time or a
    condition still to come), nor "as if", "as though"."""
    if clause.dep_ != "advcl" or clause.i > clause.head.i or not has_subject(clause):
        return False
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in SCOPE_BREAKING_MARKS), None)
    if mark is None or (mark.i > 0 and clause.doc[mark.i - 1].lower_ in _DEGREE_BEFORE_AS):
        return False
    if mark.i + 1 < len(clause.doc) and clause.doc[mark.i + 1].lower_ in ("if", "though"):
        return False
    finite = [clause] + [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return any(t.tag_ in ("VBZ", "VBP", "VBD") for t in finite) and not any(t.tag_ == "MD" for t in clause.children)


def _own_tense_conjunct(clause: Token) -> bool:
    """A conjunct clause with its own subject and its own finite tense ("told reporters the tolls would hurt commuters
    and he blamed the assembly"): it shares no auxiliary with the clause it is joined to, so that clause's
    "would" or "may" is not its own; a conjunct without a subject ("would sign and ratify") shares it."""
    return (clause.dep_ == "conj" and clause.tag_ in ("VBD", "VBZ", "VBP")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in clause.children))


def irrealis(tok: Token, verb: Token, lex: Lexicon, embedded_in: set[int], commissive_heads: set[int]) -> tuple[bool, bool]:
    """(hypothetical, future) from modals, conditions, hedges, irrealis governors up the clause chain and genericity.

    "when", "as" and "after" clauses are no conditions: "On May 13, 2005, when troops opened fire" happened. A month
    named May is no modal. What a source alleges is ``alleged``, what a governor negates ``negated``: neither is
    hypothetical on that account."""
    hypothetical = False
    future = False
    governors = _hypothetical_governors(lex.hypothetical_governors)
    chain = [verb] + list(ancestors_in_clause(verb))
    aim_reach = True  # the links up to here share the aim of a to-infinitive above them
    for depth, v in enumerate(chain):
        if depth > 0 and (backgrounds(chain[depth - 1]) or _own_adverbial(chain[depth - 1])):
            break  # "after the army shelled the city", "after arresting him": a fact set against the clause, not its complement
        if depth > 0 and finite_beside_infinitive(chain[depth - 1]):
            break  # "wanted to seize the airport and attacked the garrison": the attack is no part of what was wanted
        if depth > 0 and chain[depth - 1].dep_ == "prep" and chain[depth - 1].lower_ in OPPOSED_PREPS:
            break  # "defended her plans against sharp criticism": what a plan is set against is no part of the plan
        if depth > 0 and _apart_before(chain[depth - 1], v):
            break  # "MACC remands assemblyman; PAS calls it selective prosecution": two clauses of a headline (v81)
        if depth > 0 and _told_of_its_noun(chain[depth - 1]):
            break  # "wants to punish the officers who beat protesters": the beating is told as done, not wanted (v81)
        v_lemma = lemma(v)
        # a verb reached from its conjunct does not govern it: "called the tariff blackmail and asked the WTO for
        # talks" tells the asking beside the calling, not as what was called for (its modal still reaches it)
        coordinate = depth > 0 and chain[depth - 1].dep_ == "conj"
        verbal = v.pos_ in _VERBAL and not coordinate
        if depth > 0:
            if (verbal and v_lemma in lex.future_governors and v_lemma not in FUTURE_TO_GOVERNORS) or (
                    v.i in commissive_heads and not coordinate):
                future = True
            if _future_to(v, chain[depth - 1]):
                future = True
            if verbal and v_lemma in governors:
                hypothetical = True
            if _passive_expectation(v, chain[depth - 1]) and not _set_against(tok, verb):
                hypothetical = True
            if v.pos_ == "ADJ" and v_lemma in OPENNESS_ADJECTIVES and chain[depth - 1].lower_ == "to":
                hypothetical = True  # "said it was open to talks": willing, nothing agreed or held yet (v90)
        if depth > 0 and chain[depth - 1].dep_ == "ccomp" and _rules_out(v) and _coordinated_negation(v):
            hypothetical = True  # "does not rule out that the West may try to ..."
        if (depth == 0 or chain[depth - 1].dep_ in ("xcomp", "conj")) and _conditioned(v):
            hypothetical = True
        if depth == 0 and _present_time_clause(v):
            future = True
        if depth > 0:
            aim_reach = aim_reach and _shares_aim(chain[depth - 1])
        if (depth == 0 or aim_reach) and (_aim(v) or _wh_infinitive(v)):
            hypothetical = True  # "a deal to buy and demolish the barracks", "a plan to coerce the regulator into dropping it"
        for c in v.children if not (depth > 0 and _own_tense_conjunct(chain[depth - 1])) else ():
            cl = c.lower_
            if c.dep_ == "aux":
                if cl in lex.future_aux or lemma(c) in ("will", "shall") or (cl == "would" and _backshifted_will(v)):
                    future = True
                elif cl in MODAL_AUX:
                    hypothetical = True
            elif ((c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB")) and cl in CONDITIONAL_MARKS) or (
                    c.dep_ in ("advmod", "acomp") and cl in HEDGE_ADVERBS):
                hypothetical = True
        # "is likely to", "is possible that" express themselves on the governing word
        if depth > 0 and verbal and v_lemma in HYPOTHETICAL_PREDICATES:
            hypothetical = True
        if depth > 0 and v_lemma == "have" and chain[depth - 1].dep_ == "xcomp":  # "we have to end this blockade"
            hypothetical = True
        if depth > 0 and chain[depth - 1].dep_ == "ccomp" and _tale(v):
            hypothetical = True  # "the story goes that the mayor was warned": a tale, not the news
        if (depth > 0 and chain[depth - 1].dep_ == "ccomp" and _supposition(v)) or _supposed(v):
            hypothetical = True  # "Say the province refused to pay": a case the reader is asked to picture
        if _polar_question(v):
            hypothetical = True  # "Has the government arrested them?": asked, not told
        if depth >= 3:
            break
    scheduled_noun = False  # "the planned rally": its own word says it is set to take place
    if tok != verb and _presupposed_object(tok, verb):
        hypothetical = future = False  # "a push to end the blockade": the blockade is there; its own words may still doubt it
    if tok != verb and _convened(tok, verb):
        future = True  # "called a march for Saturday": convened, not yet held
    if tok != verb or tok.pos_ in ("NOUN", "PROPN"):  # a noun deep in a phrase is its own clause ("in any talks")
        own_doubt = _any_determiner(tok)
        for c in noun_modifiers(tok):
            if c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_MODIFIERS and c.lower_ not in ALLEGATION_MODIFIERS:
                own_doubt = True
            if c.dep_ in ("amod", "compound") and c.lower_ in FUTURE_MODIFIERS:
                future = scheduled_noun = True  # "the planned rally", "the upcoming summit"
        if own_doubt:
            hypothetical = True
        head_word = _irrealis_compound_head(tok)
        if head_word in governors:
            hypothetical = True  # "Tutu's Guantanamo release call", "a strike threat": what is called for or threatened
        elif head_word in lex.future_governors:
            future = True  # "the withdrawal plan", "an aid pledge": what is planned or pledged
        # a want, an aim or a modal of the clause that only mentions a scheduled event does not put the event in
        # doubt: in "hoped to disrupt the upcoming summit" the summit is set to happen, whatever the disruption
        if scheduled_noun and not own_doubt and tok.dep_ not in _SUBJECTS and not _conditioned(verb):
            hypothetical = False
        if tok.dep_ == "dobj" and tok.head.pos_ in _VERBAL and lemma(tok.head) in AWAITING_VERBS:
            future = True  # "as they await trial"
        if tok.dep_ in ("dobj", "pobj") and tok.head.lower_ in AWAITING_VERBS:
            future = True  # "freed on bail pending further inquiries": what the bail waits for is yet to come
        if prospected(tok):
            hypothetical = True  # "paved the way for an inquiry": a goal not yet reached
    if tok != verb:
        if (verb.pos_ == "VERB" and lemma(verb) in governors and lemma(verb) not in GOVERNED_NOUN_EXCEPTIONS
                and _governed_noun(tok, verb)):
            hypothetical = True
        if _ruled_out(tok, verb) and _coordinated_negation(verb):  # "did not rule out new sanctions"
            hypothetical = True
        if any(_future_to(verb, c) for c in verb.children if c.dep_ == "xcomp"):  # "talks are set to begin"
            future = True
        if _scheduled(tok):
            future = True
    elif _generic(verb):
        hypothetical = True
    if _habitual(tok, verb):
        hypothetical = True
    if tok.i in embedded_in and not (tok != verb and _presupposed_object(tok, verb)):
        future = True  # "promised to hold talks"; not "a ceasefire intended to end the clashes": they are there to end
    return hypothetical, future


# --------------------------------------------------------------------------- allegation


def _hearsay(gov: Token, comp: Token) -> bool:
    """"is said to have attacked", "are reported to have", "is believed to have": a passive of hearsay with a
    to-complement."""
    return (comp.dep_ == "xcomp" and lemma(gov) in HEARSAY_PASSIVES and gov.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in gov.children))


def _allegation_governor(gov: Token) -> bool:
    """An accusing or claiming word, unless it acknowledges: "claimed responsibility for the bombing"."""
    if gov.pos_ not in _VERBAL or lemma(gov) not in ALLEGATION_GOVERNORS:
        return False
    return not any(c.dep_ == "dobj" and lemma(c) in ALLEGATION_EXCEPTIONS for c in gov.children)


def _content_link(link: Token) -> bool:
    """Whether ``link`` (the child of an allegation word on the way to the event) introduces what is alleged: a
    complement clause ("claimed *that* Y attacked", "allegations *that* troops fired"), a control complement, or an
    "of/with/for" phrase ("accused of torturing", "charges of hacking"); not a modifier ("charges *stemming from* an
    inquiry") or a relative clause ("a charge *which* the government denies")."""
    if link.dep_ in ("ccomp", "xcomp"):
        return True
    if link.dep_ == "prep":
        return link.lower_ in ("of", "with", "for", "that")
    if link.dep_ == "acl":
        return any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in link.children)
    if link.dep_ == "relcl":  # "claims the mayor had gone back on his pledge": a content clause the parser took for relative
        return (not any(c.tag_ in _WH_TAGS for c in link.children)
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in link.children)
                and _complete(link))
    return False


_NOMINAL_LINKS = frozenset({"dobj", "pobj", "prep", "agent", "conj", "appos", "compound", "amod"})


def _accused_of(verb: Token) -> bool:
    """A gerund of an "of" or "for" phrase that the parser hung from a noun of an accusation's arguments ("accused
    the Tajik side *of* moving troops", "accused rivals in the east of financing", "has been accused by Sudan's
    government of supplying"): the accused's deed all the same."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "for") or verb.head.dep_ != "prep":
        return False
    cur = verb.head.head
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            return _allegation_governor(cur)
        if cur.dep_ not in _NOMINAL_LINKS or cur.head == cur:
            return False
        cur = cur.head
    return False


def _complete(verb: Token) -> bool:
    """Whether a clause has its complement, so it is no relative clause with a gap ("a charge the government denies")."""
    return any(c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in _COMPLEMENT_PREPS)
               for c in verb.children)


def _private_account(gov: Token, comp: Token) -> bool:
    """"His relatives say guards have beaten him", "her family said she was held without charge": a reporting verb
    whose subject is the family or friends of those it befell (``PRIVATE_SOURCES``), with the act in its complement."""
    if comp.dep_ != "ccomp" or gov.pos_ not in _VERBAL or lemma(gov) not in REPORTING_VERBS:
        return False
    return any(c.dep_ == "nsubj" and (lemma(c) in PRIVATE_SOURCES or c.lower_ in PRIVATE_SOURCES) for c in gov.children)


def _contested_report(gov: Token, comp: Token) -> bool:
    """"*While* the governments *say* they have met the communities, activists say nothing has been done": a report in
    a clause of contrast (``contrast_marks``) set against another report of the clause it modifies; the text takes
    neither side, so its content is a claim."""
    if comp.dep_ != "ccomp" or gov.pos_ not in ("VERB", "AUX") or lemma(gov) not in REPORTING_VERBS:
        return False
    if gov.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in gov.children):
        return False
    return gov.head.pos_ in ("VERB", "AUX") and lemma(gov.head) in REPORTING_VERBS and gov.i < gov.head.i


def alleged(tok: Token, verb: Token) -> bool:
    """Whether the event is what a source accuses another of or claims, not what the text asserts: "X accused Y of
    torturing Z" (the torture; the accusation itself is an event of its own), "claimed that Y attacked", "allegations
    that troops fired", "the alleged attack", "reportedly", "is said to have". A neutral report ("police said two
    people were killed") is not an allegation."""
    if (tok != verb or tok.pos_ in ("NOUN", "PROPN")) and any(c.lower_ in ALLEGATION_MODIFIERS for c in noun_modifiers(tok)):
        return True  # "the alleged attack", "alleged coup plans" (a noun deep in a phrase is its own clause)
    if tok != verb:
        if any(c.dep_ == "advmod" and c.lower_ in ALLEGATION_ADVERBS for c in tok.children):
            return True
        if _allegation_governor(verb) and (_governed_noun(tok, verb) or tok.dep_ == "nsubjpass"):
            return True
        if tok.dep_ in ("acl", "relcl", "ccomp") and _content_link(tok) and _allegation_governor(tok.head):
            return True
    chain = [verb] + list(ancestors_in_clause(verb))
    if any(_accused_of(v) for v in chain[:3]):
        return True
    for depth, v in enumerate(chain):
        if any(c.dep_ == "advmod" and c.lower_ in ALLEGATION_ADVERBS for c in v.children):
            return True
        if depth > 0 and _allegation_governor(v) and _content_link(chain[depth - 1]):
            return True
        if depth > 0 and _hearsay(v, chain[depth - 1]):
            return True
        if depth > 0 and (_private_account(v, chain[depth - 1]) or _contested_report(v, chain[depth - 1])):
            return True
        if depth >= 3:
            break
    return False


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


@lru_cache(maxsize=256)
def _era_phrases(text: str, undated: bool = False) -> tuple[tuple[int, int], ...]:
    """Offsets of the past-era phrases in a sentence's text (read once per sentence, not once per trigger); with
    ``undated``, of the phrases that are past only when the article's date is unknown (``_UNDATED_PAST``)."""
    return tuple(m.span() for m in (_UNDATED_PAST if undated else _HISTORICAL_PHRASES).finditer(text))


_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
"""A "since" just before an era phrase: with a present perfect the phrase starts a span that reaches now."""


def _era_verbs(sent: SpacySpan, undated: bool = False) -> list[Token]:
    """The verbs of a sentence's past-era phrases ("last summer", "decades ago"; with ``undated``, "last year")."""
    verbs = []
    for a, b in _era_phrases(sent.text, undated):
        span = sent.doc.char_span(sent.start_char + a, sent.start_char + b, alignment_mode="expand")
        if span is not None and len(span):
            verb = _clause_verb(verb_of(span.root))
            since = _SINCE.search(sent.text[max(0, a - 7):a]) or sent.text[a:b].lower().startswith("since")
            if since and reaches_now(verb):
                continue  # "Since last summer, troopers have arrested hundreds": a span that reaches the present (v81)
            verbs.append(verb)
    return verbs


def _clause_verb(verb: Token) -> Token:
    """The verb a phrase the parser hung on an auxiliary belongs to: a phrase put between the auxiliary and the
    participle ("have *in the past* been accused", "had *at the time* been held") is said of the participle's clause."""
    return verb.head if verb.dep_ in ("aux", "auxpass") and verb.head != verb else verb


_CONTRASTING = frozenset({"but", "yet"})
"""Coordinators that set a conjunct against the first, so it leaves the time the first set. Not
``clauses.BREAKING_COORDINATORS`` (``clause_breaking_coordinators``): that list also holds "while", "whereas",
"although" and "though", which end a negation's reach; whether a conjunct the parser links by one of them also
leaves the first's time has not been weighed (``discourse.dated_conjunct`` reads the whole list, and "now")."""


def _starts_afresh(conjunct: Token) -> bool:
    """Whether a coordinated clause leaves the time its first conjunct set: it has a subject and a time of its own, or
    it comes after "but" or "yet" (``_CONTRASTING``)."""
    if has_subject(conjunct) and _own_time(conjunct):
        return True
    return any(c.dep_ == "cc" and c.lower_ in _CONTRASTING for c in conjunct.head.children if c.i < conjunct.i)


def _narrated_under(verb: Token, era: Token, limit: int = 4) -> bool:
    """Whether a simple-past clause goes on in the time another one set: its conjunct or adverbial clause ("Last
    winter, the two editors were detained after they *published* the leaked memo, and were *charged*"); a conjunct with a subject of
    its own starts afresh ("..., and this month their ministers *met*"), and so does one after "but" or "yet", which sets
    it against the first (as ``discourse.dated_conjunct`` reads a date: "Officials said at the time that ..., but police
    *detained* two treasurers")."""
    cur = verb
    for _ in range(limit):
        if cur.dep_ == "pcomp" and cur.head.lower_ == "by" and cur.tag_ == "VBG":  # the means of the act: "did so by lashing out"
            cur = cur.head
        elif cur.dep_ not in ("conj", "advcl") or cur.head == cur or (cur.dep_ == "conj" and _starts_afresh(cur)):
            return False
        cur = cur.head
        if cur == era:
            return True
    return False


_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _own_time(conjunct: Token) -> bool:
    """Whether a coordinated clause names a time of its own ("..., and *this month* their ministers met", "and *on
    Monday* the court upheld it", "and *now* lives in exile": a date or time, or a word of ``recent_phrases``): then
    it starts afresh; without one ("That autumn crowds stormed the building, and the prime minister resigned",
    "Prosecutors said at the time that ..., and police arrested dozens") the second clause goes on in the time the
    first set, as a narrative does."""
    own = set(range(conjunct.left_edge.i, conjunct.right_edge.i + 1))
    for c in conjunct.children:
        if c.dep_ in ("conj", "cc"):
            own -= set(range(c.left_edge.i, c.right_edge.i + 1))
    doc = conjunct.doc
    if any(doc[i].ent_type_ in _TIME_ENTITIES for i in own):
        return True
    return _RECENT.search(" ".join(doc[i].text for i in sorted(own))) is not None


EARLIER_ADVERBS = frozenset({"before", "once"})
"""Bare adverbs that set a past act before the text's own time: "supporters have marched on the avenue before", "he
was once jailed for a month". Not "once again", "once more" (the adverb then modifies "again"), nor "before" with an
object ("before the vote"), which is a preposition."""


def told_as_earlier(verb: Token) -> bool:
    """Whether a past or present-perfect clause carries a bare "before" or "once" (``EARLIER_ADVERBS``) of its own:
    an act that happened at some earlier time, background to the news."""
    if not (simple_past(verb) or past_perfect(verb) or verb.tag_ == "VBN"):
        return False
    adverbs = [c for c in verb.children if c.dep_ == "advmod"]
    if any(c.lower_ in ("again", "more") for c in adverbs):
        return False
    return any(c.lower_ in EARLIER_ADVERBS and c.tag_ == "RB" and not list(c.children) for c in adverbs)


SEQUEL_ADVERBS = frozenset({"later", "then", "afterwards", "afterward", "subsequently", "eventually"})
"""Adverbs by which a past clause follows on from the act told before it ("A court later sentenced her", "he was
arrested nine days later", "he was then sent to a camp")."""


SEQUEL_PERIODS = frozenset({"hour", "day", "week", "month", "year", "decade"})
SEQUEL_ORDINALS = frozenset({"following", "next", "ensuing", "subsequent"})
"""A period counted on from the act told before ("in the following months", "the next day", "within weeks")."""


_STORY_TIMES = SEQUEL_PERIODS | {"night", "morning", "afternoon", "evening"}
"""Periods a demonstrative points back to ("that night", "that day"): the time the story told before."""


def _sequel_period(verb: Token) -> bool:
    """"In the following months police detained ...", "the next day", "within weeks": the time after the act before;
    "that night", "that day": the time of the act before (v82)."""
    for c in verb.children:
        if c.dep_ == "npadvmod" and lemma(c) in SEQUEL_PERIODS and any(a.lower_ in SEQUEL_ORDINALS for a in c.children):
            return True
        if c.dep_ == "npadvmod" and lemma(c) in _STORY_TIMES and any(a.dep_ == "det" and a.lower_ == "that" for a in c.children):
            return True  # "My aunt was arrested that night": the time the story named before (v82)
        if c.dep_ != "prep" or c.lower_ not in ("in", "within", "over", "during"):
            continue
        for g in c.children:
            if g.dep_ == "pobj" and lemma(g) in SEQUEL_PERIODS and (
                    c.lower_ == "within" or any(a.lower_ in SEQUEL_ORDINALS for a in g.children)):
                return True
    return False


def continues_story(verb: Token) -> bool:
    """Whether a simple-past clause tells what followed the act told before it (``SEQUEL_ADVERBS``, or a period
    counted on from it: ``_sequel_period``): it belongs to that act's time, so after a background act it is background
    too."""
    if not simple_past(verb):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in SEQUEL_ADVERBS for c in verb.children) or _sequel_period(verb):
        return True
    # a conjunct with no subject of its own goes on at its first conjunct's time ("was arrested that night and
    # expelled", v83)
    return verb.dep_ == "conj" and not has_subject(verb) and verb.head.i != verb.i and continues_story(verb.head)


ORDINAL_HEADS = frozenset({"first", "last", "only", "second", "third", "latest"})
"""Words that, as the predicate of a past clause, tell its to-infinitive as done then: "Estonia was the first to expel
the diplomats", "he was the last leader to visit Kabul", "the only party to boycott the vote"."""


def done_by_ordinal(verb: Token) -> bool:
    """Whether a to-infinitive is the act an ordinal predicate of a simple-past clause counts ("Estonia was the first
    to expel the envoys", "she was the only minister to resign"): English asserts it, at that clause's time, so it is
    told in the simple past as surely as "Estonia expelled the envoys first"."""
    if verb.dep_ not in ("relcl", "acl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head.lower_ not in ORDINAL_HEADS and not any(c.dep_ == "amod" and c.lower_ in ORDINAL_HEADS for c in head.children):
        return False
    clause = head.head if head.dep_ in ("attr", "nsubj", "acomp", "appos") else None
    return clause is not None and clause.pos_ in ("VERB", "AUX") and simple_past(clause)


def in_undated_past_year(tok: Token, verb: Token) -> bool:
    """Without the article's date: whether the trigger's clause, or the clause a simple-past conjunct or adverbial
    clause of it goes on from, is set "last year" (``undated_past_phrases``); a year before the text's own is more
    than the four weeks of the present, as "last summer" is whatever the date."""
    return _set_in_era(tok, verb, simple_past(verb) or done_by_ordinal(verb), undated=True)


def in_past_era(tok: Token, verb: Token) -> bool:
    """Whether the trigger's clause places it in a period clearly past whatever the article's date: "during the
    Soviet era", "decades ago" (``historical_phrases``), said of this clause, or of the clause a simple-past
    conjunct or adverbial clause of it goes on from, and not of another one in the sentence; or tells it as an
    earlier act ("have marched there before": ``told_as_earlier``)."""
    if told_as_earlier(verb):
        return True
    told = simple_past(verb) or (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "by")
    return _set_in_era(tok, verb, told)


def _set_in_era(tok: Token, verb: Token, told: bool, undated: bool = False) -> bool:
    """Whether an era phrase of the sentence (``_era_verbs``) is said of the trigger's own clause, or, for a clause
    ``told`` as done, of the clause it goes on from (``_narrated_under``)."""
    return any(era in (verb, tok) or (told and _narrated_under(verb, era)) for era in _era_verbs(tok.sent, undated))


def _not_the_first(verb: Token) -> Token | None:
    """The predicate noun of a negated copula that says something has happened before ("This is *not the first time*
    ...", "It is *not the reporter's first brush* with the authorities", "The dispute is *not the first* of its kind"):
    the noun ("time", "brush", "first"), or None. Not "not for the first time", which tells the present act as a
    repeat of earlier ones."""
    if lemma(verb) != "be" or not any(c.dep_ == "neg" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "attr" and (c.lower_ == "first" or any(a.dep_ == "amod" and a.lower_ == "first" for a in c.children)):
            return c
    return None


def announces_earlier(sent: SpacySpan) -> bool:
    """Whether a sentence announces that what follows happened before the news: "It is not the reporter's first brush
    with the authorities. He was arrested during the protests ...": the next sentence, told in the simple past with
    nothing recent about it, is that earlier time (as after ``sets_past_era``)."""
    return _not_the_first(sent.root) is not None


def told_as_not_the_first(verb: Token) -> bool:
    """A relative clause on the noun of "not the first time" ("It is not the first time the blogger *has been arrested* in
    Armenia"): it tells the earlier occurrences, background to the news."""
    return verb.dep_ == "relcl" and lemma(verb.head) == "time" and _not_the_first(verb.head.head) == verb.head


def sets_past_era(sent: SpacySpan) -> bool:
    """Whether a sentence tells a past act in a period clearly past ("Last summer, his brother was arrested"): the
    simple-past sentence after it in its paragraph goes on in that time, as one after a dated sentence does."""
    return any(simple_past(era) or past_perfect(era) for era in _era_verbs(sent) if era.pos_ in ("VERB", "AUX"))


def past_perfect(verb: Token) -> bool:
    """A clause in the past perfect ("had clashed", "had been arrested"): English sets an act so before a past moment
    the text already stands in, as background. Not in reported speech, where it is only the backshift of a simple past
    ("police said they had arrested two men" reports a fresh arrest). Shared with ``discourse.dated_conjunct``: a
    simple past goes on in the time of a conjunct before it told in the past perfect, as of one in the simple past."""
    if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") and c.tag_ == "VBD" for c in verb.children):
        return False
    if verb.tag_ != "VBN" and not any(c.dep_ == "auxpass" and c.tag_ == "VBN" for c in verb.children):
        return False
    cur = verb
    for _ in range(4):
        if cur.head == cur or cur.dep_ not in ("ccomp", "conj", "xcomp", "advcl"):
            return True
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and lemma(cur) in STATEMENT_VERBS | REPORTING_VERBS:
            return False
    return True


def present_perfect(verb: Token) -> bool:
    """A clause in the present perfect, active or passive ("has sent", "has been arrested"): done, by now."""
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in verb.children)
    done = verb.tag_ == "VBN" or any(c.dep_ == "auxpass" and c.tag_ == "VBN" for c in verb.children)
    return perfect and done


def reaches_now(verb: Token, limit: int = 4) -> bool:
    """A clause in the present perfect, simple or progressive ("has refused", "have been fighting"), or a conjunct
    that shares its auxiliary ("have closed news sites and prosecuted activists"). English gives such a clause no
    definite past time of its own ("*has refused in 2022"): a date in it bounds a span that reaches the present
    ("since 2022", "since his arrest in November") and does not place the act in the past."""
    cur = verb
    for _ in range(limit):
        auxes = [c for c in cur.children if c.dep_ in ("aux", "auxpass")]
        if present_perfect(cur) or (cur.tag_ == "VBG" and any(c.lower_ in ("has", "have", "'s", "'ve") for c in auxes)
                                    and any(c.lower_ == "been" for c in auxes)):
            return True
        if cur.dep_ != "conj" or cur.head == cur or auxes or has_subject(cur):
            return False
        cur = cur.head
    return False


_CLAUSE_SEPARATORS = frozenset({";", "|"})
"""Marks that set two clauses side by side, as headlines and decks join them (not a comma: "X, he said")."""


def _apart_before(clause: Token, governor: Token) -> bool:
    """Whether a clause the parser hung on a verb after it stands apart before a semicolon (v81): "Strike paralyses
    highways; opposition demands minister's resignation" is two statements side by side, as headlines and decks join
    them, and the strike is no part of what the opposition demands. A complement follows its verb in English."""
    return clause.i < governor.i and any(t.text in _CLAUSE_SEPARATORS for t in clause.doc[clause.right_edge.i + 1: governor.i])


def _told_of_its_noun(verb: Token) -> bool:
    """A relative clause with a subject of its own, told as done (simple past, present or past perfect: "the officers
    who beat protesters", "countries that have expelled diplomats"): it says what its noun did or underwent, a fact
    the want, modal or condition of the clause around the noun does not reach (v81). One in the present ("anyone who
    attacks ships") tells a kind, which it does reach."""
    return verb.dep_ == "relcl" and has_subject(verb) and (simple_past(verb) or present_perfect(verb) or past_perfect(verb))


def _shares_a_past_passive(verb: Token) -> bool:
    """A bare participle coordinated with a passive in the simple past, without a subject or an auxiliary of its own
    ("was arrested and expelled", "were detained, beaten and released"): it shares that auxiliary, so its tense."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj" or has_subject(verb) or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i and first.tag_ == "VBN" and not has_subject(first) \
            and not any(c.dep_ in ("aux", "auxpass") for c in first.children):
        first = first.head
    return first.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in first.children)


def simple_past(verb: Token) -> bool:
    """A clause in the simple past, active or passive ("protested", "were arrested"), and not a conjunct of a present
    perfect that lends it its auxiliary ("have expelled French troops and invited Russian instructors")."""
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children))
    if not past and _shares_a_past_passive(verb):
        past = True  # "was arrested that night and expelled from her institute": the conjunct shares "was" (v83)
    if not past or any(c.dep_ == "aux" for c in verb.children):
        return False
    cur = verb
    for _ in range(6):
        if cur.dep_ != "conj" or has_subject(cur):
            break
        cur = cur.head
        if any(c.dep_ == "aux" and c.lower_ not in ("did", "to") for c in cur.children):
            return False
    return True


def _present_or_perfect(verb: Token) -> bool:
    """A clause in the present or a perfect ("is shelling", "has released", "have been fighting"), itself or as a
    conjunct sharing its auxiliary: it speaks of the text's present or of what reaches into it."""
    cur = verb
    for _ in range(6):
        if cur.tag_ in ("VBP", "VBZ") or any(
                c.dep_ in ("aux", "auxpass") and (c.tag_ in ("VBP", "VBZ") or c.lower_ in ("has", "have", "'ve")) for c in cur.children):
            return True
        if cur.dep_ != "conj" or has_subject(cur) or cur.tag_ == "VBD":
            return False  # a conjunct in its own simple past keeps it ("resembles X and led to Y")
        cur = cur.head
    return False


def _background_past(verb: Token) -> bool:
    """In a text without a date: a completed act told in the simple past, with nothing that makes it recent
    ("recently", "last week", "this month", "just"). Commentary tells its present in the present and present perfect
    ("has signed", "is shelling") and its background in the simple past ("Stalin's industrialisation killed
    millions"); a dated news report, whose simple past is the news, is read against its date instead."""
    if not (simple_past(verb) or done_by_ordinal(verb)):
        return False
    if _reported(verb):
        return False  # "police said two people were killed": a report, the way news gives its present
    return not _recent(verb)


def _reported(verb: Token) -> bool:
    """Whether the clause is what a verb of saying or knowing reports ("said the army attacked")."""
    cur = verb
    for _ in range(4):
        if cur.head == cur or cur.dep_ not in ("ccomp", "conj", "xcomp"):
            return False
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and lemma(cur) in REPORTING_VERBS:
            return True
    return False


def _recent(verb: Token) -> bool:
    """Whether the sentence says its act is recent ("had just banned", "two days earlier", "recently")."""
    return _RECENT.search(verb.sent.text) is not None


def _dated_background(mention: DateMention, tok: Token | None, verb: Token | None, latest: date | None) -> bool:
    """Without the article's date: whether an explicit dated act lies before the text's own present. A text that
    names a bare year ("in 2010, protests forced ...") or a month with its year ("in September 2003") speaks of an
    earlier period: the recent past is "last week", "this month", "on 13 March", never "in 2010" (news gives a month
    its year only when it is not the present one); a day is background when it ends weeks before the latest date the
    text names (``latest``, read in commentary only). "since 2014" or "by 2020" says how long or until when, not when."""
    if verb is None or tok is None:
        return False
    if _present_or_perfect(verb) and not _names_its_noun(mention, tok):
        return False  # "has released dozens since 2016", "have been fighting since April 2023": going on
    before = verb.doc.text[max(mention.start - 12, 0): mention.start].lower()
    if re.search(r"\b(?:since|by|until|till|from|before)\s+(?:early |mid-|late )?$", before) or mention.text.lower().split()[0] in (
            "since", "by", "until", "till", "from", "before"):
        return False
    sent = verb.sent
    if not sent.start_char <= mention.start < sent.end_char and _recent(verb):
        return False  # "In 2002 he fled. The police that arrested him last month ...": the sentence's own time, not 2002
    end = last_day(mention)
    if end is None:
        return False
    if mention.granularity in ("year", "month") and re.search(r"\d{4}|\blater\b", mention.text, re.IGNORECASE):
        return True  # a year named, or counted from one ("a year later", v82)
    return latest is not None and (latest - end).days > HISTORICAL_DAYS


_SPANS_OF_TIME = frozenset({"month", "year", "decade", "century", "generation"})


def _long_before(tok: Token) -> bool:
    """An event that a span of months or more lies after ("three years after the dockers' strike", "decades since the
    war", "a year after the presidents signed a treaty", "to mark one year since the government suspended the
    talks"), or whose anniversary is told ("the fourth anniversary of the invasion"): it ended at least that long
    before the time its clause tells, so before the text's present, whatever tense the clause is in. "Days after
    the attack" may still be news."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma(tok.head.head) == "anniversary":
        return True
    if tok.dep_ in ("compound", "amod", "nmod", "poss") and lemma(tok.head) == "anniversary":
        return True  # "on the coup anniversary", "the invasion's anniversary"
    link: Token | None = tok.head if tok.dep_ == "pobj" and tok.head.lower_ in ("after", "since") else None
    if link is None and tok.pos_ in ("VERB", "AUX"):
        link = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in ("after", "since")), None)
    if link is None:
        return False
    before = tok.doc[link.i - 1] if link.i > 0 else None
    return before is not None and lemma(before) in _SPANS_OF_TIME


_HABIT_LINKS = frozenset({"xcomp", "dobj", "pobj", "prep", "relcl", "acl", "conj", "compound", "amod", "advcl"})
"""The links by which an act hangs inside what "used to" governs: its verb, objects, their relative clauses."""


def past_habit(tok: Token, limit: int = 5) -> bool:
    """An act told under "used to" ("the militia used to raid villages", "the two governments used to hold talks"):
    English says so of a past habit or state that no longer holds, so what it governs is
    background, before the text's present. Not the passive or the verb with an object of means ("the drone was used
    to attack", "the guards used batons to clear the square"), where "use" is a verb of its own and the act may be now."""
    cur = tok
    for _ in range(limit):
        head = cur.head
        if head.i == cur.i:
            return False
        if (cur.dep_ == "xcomp" and lemma(head) == "use" and head.tag_ == "VBD" and head.i + 1 < len(head.doc)
                and head.doc[head.i + 1].lower_ == "to" and head.i + 1 < cur.i
                and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in head.children)):
            return True
        if cur.dep_ not in _HABIT_LINKS:
            return False
        cur = head
    return False


def earlier_of_its_kind(tok: Token) -> bool:
    """An event noun that an adjective sets before another of its kind ("previous investigations were inadequate",
    "ignored an earlier court order", "two prior convictions": ``earlier_modifiers``): it is told as what came
    before the news, so as background when nothing dates it."""
    return tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "amod" and c.lower_ in EARLIER_MODIFIERS for c in tok.children)


def _dates_its_clause(mention: DateMention, verb: Token) -> bool:
    """Whether the date lies in the verb's own clause, not in a conjunct of it: in "the ministry had banned the group,
    and on Monday the court upheld the ban" Monday is the upholding's, and the ban is told before it."""
    own = set(range(verb.left_edge.i, verb.right_edge.i + 1))
    for c in verb.children:
        if c.dep_ in ("conj", "cc"):
            own -= set(range(c.left_edge.i, c.right_edge.i + 1))
    return any(t.idx < mention.end and mention.start < t.idx + len(t.text) for t in (verb.doc[i] for i in own))


def _former(noun: Token) -> bool:
    """Whether a noun names someone by a role or state that lies behind them: "the former minister", "the
    ex-president", "the ousted leader", "the late general" (``former_modifiers``)."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ == "ex":
        return True  # "ex-president", split by the tokenizer into words the parser does not join
    return any(t.lower_ in FORMER_MODIFIERS or t.lower_.startswith("ex-") for t in doc[noun.left_edge.i: noun.i])


def _then_role(noun: Token) -> bool:
    """Whether a noun names someone by the role they held at a past time the text speaks of: "the then prime
    minister", "Okafor, then a 24-year-old organizer," (v81)."""
    if any(c.lower_ == "then" and c.dep_ in ("amod", "advmod") and c.i < noun.i for c in noun.children):
        return True
    first = noun.left_edge.i
    if first >= 2 and noun.doc[first - 1].lower_ == "then" and noun.doc[first - 2].text == ",":
        return True  # "Tokayev, then the Senate speaker, ...", which the parser may split into two subjects
    return any(c.dep_ == "appos" and _then_role(c) for c in noun.children)


_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "agent"})
"""The relations by which a participant hangs below an event noun or verb ("negotiations *by* the then minister")."""


def told_in_then_role(tok: Token, verb: Token) -> bool:
    """Whether a participant of the act is named by the role they held then ("the talks held by the then
    interior minister"; "Okafor, then a community organizer, was one of 20 people arrested"): the act is told of that
    past time, as background (v81). A participant below the trigger counts whatever the tense; one of the clause the
    trigger's clause stands in only when that clause is told in the past, which the role's "then" looks back from."""
    for t in tok.subtree:
        if t.i != tok.i and t.dep_ in _PARTY_DEPS and _then_role(t):
            return True
    main = verb
    for _ in range(6):
        told_past = main.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in main.children)
        if told_past and any(c.dep_ in ("nsubj", "nsubjpass") and _then_role(c) for c in main.children):
            return True
        if main.head.i == main.i:
            return False
        main = main.head
    return False


def _told_now(verb: Token) -> bool:
    """A clause in the present, a perfect or the future ("now lives", "has asked", "will stand")."""
    return _present_or_perfect(verb) or any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in verb.children)


def former_background(verb: Token) -> bool:
    """Whether the clause tells, as background, the past of someone named by a role behind them: a relative or
    participial clause in the simple past on "the former minister" ("the former minister, *ousted* in a coup, now lives
    in exile"; "Jones, a former senator who was *convicted* of bribery, is seeking a pardon"), set off from a main
    clause that speaks of them now (present, perfect or future). "Former" puts the role, and what was done in it or
    ended it, before the present the main clause tells; a clause of its own that says it is recent ("who was arrested
    last week") keeps its time, as does one under a main clause in the past ("the former minister, who led the
    talks, was arrested"), which is told in the story's own time."""
    if verb.dep_ not in ("relcl", "acl"):
        return False
    reduced = verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if not (reduced or (verb.dep_ == "relcl" and (simple_past(verb) or past_perfect(verb)))):
        return False
    head = verb.head
    person = head.head if head.dep_ == "appos" else head  # "Jones, a former senator who was convicted ..."
    if not (_former(head) or _former(person) or _set_off(verb, person) or _in_apposition(verb, head, person)):
        return False
    # the verb of the clause the person stands in ("the minister ... now *lives* in exile"), within four links
    main = verb_of(person.head, limit=3) if person.head != person else None
    if main is None or main.pos_ not in ("VERB", "AUX") or not _told_now(main):
        return False
    clause = verb.doc[verb.left_edge.i: verb.right_edge.i + 1]
    return _RECENT.search(clause.text) is None


def _set_off(verb: Token, person: Token) -> bool:
    """A relative clause in the simple past set off by a comma after a name ("Ortiz, who came to power after the
    protests, says ..."): a non-restrictive clause adds what the reader may not know of someone the main clause
    speaks of, background to it, not its news."""
    if verb.dep_ != "relcl" or person.pos_ != "PROPN" or not simple_past(verb):
        return False
    first = verb.left_edge
    return first.i > 0 and verb.doc[first.i - 1].text == "," and first.tag_ in ("WP", "WDT", "WP$")


def _in_apposition(verb: Token, head: Token, person: Token) -> bool:
    """A relative clause in the simple past inside an appositive on a name ("Marta Ilves, the lawyer *who
    prosecuted* the governor, is leading ...", "Hadjiev, a dissident *who sought* refuge here, ..."): the appositive, set
    off by commas, tells the reader who the named person is, what they did before, not the news the main clause
    tells of them."""
    return (verb.dep_ == "relcl" and simple_past(verb) and head.dep_ == "appos" and person.pos_ == "PROPN"
            and head.i > person.i)


def anchor_clause(verb: Token) -> Token | None:
    """The clause whose time an adverbial clause of sequence is told against: "after police *broke up* the rally, the
    minister had banned the party", "when troops *fired* on the crowd"; the act of such a clause, told as done, came
    before or with the act of the clause it modifies, so it is no later than that one (``sequence_marks``)."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUENCE_MARKS for c in verb.children):
        return verb.head if simple_past(verb) or past_perfect(verb) else None
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in SEQUENCE_MARKS | {"following"}:
        return verb.head.head if verb.head.head.pos_ in ("VERB", "AUX") else None  # "after vetoing the draft"
    if free_adjunct(verb):
        return verb.head  # "she once wrote to the minister, *begging* for more officers": the writing's time
    return None


def free_adjunct(verb: Token) -> bool:
    """A participle clause with no subject, conjunction or auxiliary of its own that modifies a clause ("...,
    *begging* for help", "*backed* by the army, the officers seized power"): it has no tense, and English tells its
    act at the time of the clause it hangs on."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN") and verb.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children)


def _names_its_noun(mention: DateMention, tok: Token) -> bool:
    """Whether the date modifies the event noun itself ("the Bolshevik Revolution of 1917", "the 2011 strike"): it
    dates that event, whatever the tense of the clause that mentions it ("resembles the revolution of 1917")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    span = tok.doc[tok.left_edge.i: tok.right_edge.i + 1]
    return span.start_char <= mention.start and mention.end <= span.end_char


def historical(mention: DateMention | None, ref: date | None, tok: Token | None = None, verb: Token | None = None,
               floor: date | None = None, latest: date | None = None, background_past: bool = False,
               era_before: bool = False, undated: bool = False) -> bool | None:
    """Whether the event's date ends more than ``HISTORICAL_DAYS`` before the article's; None when either is unknown.

    With the trigger (``tok``, ``verb``): also when its clause sets it in a past era ("during the Soviet era",
    "last summer", "previously") or in the past perfect outside reported speech ("they had clashed over the
    budget"), whatever the article's date. Without the article's date, ``floor`` (the latest date the text reports as
    past, a lower bound of its present) still proves an event dated weeks before it historical; it never proves one
    current. With ``background_past`` (English, a text without a date that speaks from its own present: commentary),
    ``latest`` (the latest date the text names) dates such a text the same way, a bare year marks background
    (``_dated_background``) and so does an undated simple past with nothing recent about it (``_background_past``).
    With ``era_before`` (the sentence before it in its paragraph told a past act in a clearly past period:
    ``sets_past_era``) an undated simple past with nothing recent about it goes on in that period. A past perfect is
    background also when the sentence's date belongs to a conjunct of its own ("had banned the group, and on Monday
    the court upheld the ban": ``_dates_its_clause``), and an undated relative or participial clause on someone named
    by a role behind them is background to a main clause that speaks of them now (``former_background``). With
    ``undated`` (the article has no date at all, neither published nor captured) a year, or a month with its year,
    that dates a past act is background in a news report too, as in commentary (``_dated_background``)."""
    if tok is not None and verb is not None and in_past_era(tok, verb):
        return True
    if tok is not None and _long_before(tok):
        return True
    if tok is not None and past_habit(tok):
        return True
    if verb is not None and told_as_not_the_first(verb):
        return True
    if ref is None and (mention is None or mention.value is None) and tok is not None and verb is not None \
            and in_undated_past_year(tok, verb):
        return True
    if era_before and (mention is None or mention.value is None) and tok is not None and verb is not None and simple_past(verb) \
            and not _recent(verb):
        return True
    if tok is not None and verb is not None and (mention is None or not _dates_its_clause(mention, verb)) and past_perfect(verb) \
            and not _recent(verb):
        return True
    if tok is not None and verb is not None and mention is None and former_background(verb):
        return True
    if tok is not None and verb is not None and mention is None and told_in_then_role(tok, verb):
        return True
    if background_past and ref is None and tok is not None and verb is not None and mention is None and _background_past(verb):
        return True
    if mention is None:
        return None
    end = last_day(mention)
    if end is None:
        return None
    if ref is None:
        if floor is not None and (floor - end).days > HISTORICAL_DAYS:
            return True
        return True if (background_past or undated) and _dated_background(mention, tok, verb, latest) else None
    return (ref - end).days > HISTORICAL_DAYS
