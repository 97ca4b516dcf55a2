"""Status read from how a news page tells an account, beyond the clause of the event (English, events v62).

A page often gives one party's account of what happened and, in the same sentence or the next one, another party's
denial of it ("The statement said two officers were injured. Organisers disputed that account, saying ..."; "the
company said it had offered to meet the group, which the group rejects"). What such an account tells is a claim of
that party, alleged, as the gold reads it, not what the page asserts; so is the counter-account the disputer gives
in its "saying" clause, and what a party told a court or a jury at a trial ("prosecutors told the court that he
urged ..."), which the trial is there to judge. The word lists are ``data/event_status.json`` (``disputing_verbs``,
``account_nouns``, ``court_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Token

from hotspot.understand.data import words
from hotspot.understand.events.clauses import BREAKING_COORDINATORS, STATUS_TABLE, ancestors_in_clause
from hotspot.understand.events.flags import ALLEGATION_GOVERNORS, REPORTING_VERBS, _past_perfect, simple_past
from hotspot.understand.events.lexicon import lemma

DISPUTING_VERBS = words(STATUS_TABLE, "disputing_verbs")
ACCOUNT_NOUNS = words(STATUS_TABLE, "account_nouns")
COURT_NOUNS = words(STATUS_TABLE, "court_nouns")

_VERBAL = ("VERB", "AUX")
_DEMONSTRATIVES = frozenset({"that", "this", "it", "which", "these", "those"})


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _reporter(verb: Token, limit: int = 3) -> tuple[Token, Token] | None:
    """The reporting verb whose complement clause holds the event's verb, with the link below it: "police said
    [two officers were injured]"; None when the event is told by the page itself."""
    chain = [verb, *ancestors_in_clause(verb)]
    for depth in range(1, min(len(chain), limit + 1)):
        gov, link = chain[depth], chain[depth - 1]
        if link.dep_ == "ccomp" and gov.pos_ in _VERBAL and lemma(gov) in REPORTING_VERBS - DISPUTING_VERBS:
            return None if _negated(gov) else (gov, link)
        if link.dep_ not in ("conj", "ccomp", "xcomp", "advcl"):
            return None
    return None


def _disputes_an_account(verb: Token) -> bool:
    """A disputing verb, not negated, whose object is an account or a pronoun for one ("disputed that", "rejects
    which", "disputed that account", "an account the family disputes")."""
    if verb.pos_ not in _VERBAL or lemma(verb) not in DISPUTING_VERBS or _negated(verb):
        return False
    if verb.dep_ == "relcl" and lemma(verb.head) in ACCOUNT_NOUNS:
        return True
    if any(c.dep_ == "dobj" and (c.lower_ in _DEMONSTRATIVES or lemma(c) in ACCOUNT_NOUNS) for c in verb.children):
        return True
    doc = verb.doc  # "disputed that, saying ...": the parser may take the pronoun for the mark of the "saying" clause
    return verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ in _DEMONSTRATIVES and doc[verb.i + 2].is_punct


def _disputed_here(gov: Token) -> bool:
    """The account is disputed in its own sentence after it ("..., which the group rejects", "..., an account the
    family disputes") or at the head of the next sentence ("Organisers disputed that, saying ...")."""
    sent = gov.sent
    if any(_disputes_an_account(t) for t in sent if t.i > gov.i and t.dep_ in ("relcl", "acl", "conj", "appos")):
        return True
    if sent.end >= len(gov.doc):
        return False
    nxt = gov.doc[sent.end].sent
    return _disputes_an_account(nxt.root)


def _counter_account(gov: Token) -> bool:
    """The reporting verb is the "saying" of a dispute ("Dobbs disputed that account, saying the office had
    proposed ...")."""
    return gov.dep_ in ("advcl", "xcomp", "conj") and _disputes_an_account(gov.head)


def _told_a_court(gov: Token) -> bool:
    """"told the court that", "told jurors that": a party's case put to those who judge it."""
    for c in gov.children:
        if c.dep_ in ("dobj", "dative") and lemma(c) in COURT_NOUNS | {"juror"}:
            return True
        if c.dep_ == "prep" and c.lower_ in ("to", "before") and any(lemma(o) in COURT_NOUNS for o in c.children):
            return True
    return False


def _court_case(verb: Token, limit: int = 4) -> bool:
    """A clause with its own "that" under a verb of telling a court ("told the court during the trial that he
    urged ...", which the parser may hang from the trial as a relative clause)."""
    if not any(c.lower_ == "that" and c.dep_ in ("mark", "dative") and c.i < verb.i for c in verb.children):
        return False
    for gov in list(ancestors_in_clause(verb))[:limit]:
        if gov.pos_ in _VERBAL and lemma(gov) in REPORTING_VERBS and not _negated(gov):
            return _told_a_court(gov)
    return False


def disputed_account(verb: Token) -> bool:
    """Whether the event's verb is told as one party's account that another disputes, as a counter-account, or as
    what a party told a court: alleged."""
    if _court_case(verb):
        return True
    if lemma(verb) in ALLEGATION_GOVERNORS:
        return False  # "said ... and accused Tellez of using the raid, which she denied": the accusation is made
    found = _reporter(verb)
    if found is None:
        return False
    gov = found[0]
    return _counter_account(gov) or _disputed_here(gov) or _told_a_court(gov)


# ---------------------------------------------------------------- background told in the plain past

_BREAKING = BREAKING_COORDINATORS | {"now"}  # the coordinators after which a clause is set against the one before, and "now"


def dated_conjunct(verb: Token) -> Token | None:
    """The conjunct before a simple-past conjunct with no date of its own, whose time it goes on in: "staged a sit-in
    outside the chamber in February and eight were arrested": the arrests are of February too, told in the same
    past. None after "but", "yet" or "now" ("in 2019 he was jailed, but this week he was freed" has its own date)."""
    if verb.dep_ != "conj" or verb.head.pos_ not in _VERBAL or not simple_past(verb):
        return None
    head = verb.head
    if not (simple_past(head) or _past_perfect(head)):
        return None
    between = [c for c in head.children if c.dep_ in ("cc", "advmod") and head.i < c.i < verb.i]
    between += [c for c in verb.children if c.dep_ in ("cc", "advmod") and c.i < verb.i]
    if any(c.lower_ in _BREAKING for c in between):
        return None
    return head


_CONTRAST_OPENERS = frozenset({"but", "however", "yet", "now", "still", "today"})


def main_clause(verb: Token) -> bool:
    """Whether the verb is the sentence's main clause or a conjunct of it."""
    cur = verb
    for _ in range(6):
        if cur.dep_ == "ROOT":
            return True
        if cur.dep_ != "conj":
            return False
        cur = cur.head
    return False


def sets_background(verb: Token, historical: bool | None, main_told: bool) -> bool:
    """Whether a coded event sets the paragraph's time in the background for the sentences after it: one in the
    simple past that is background (by its date, an era or the story before it), in the sentence's main clause, or in
    any clause while the main clause has coded none ("The dispute dates to March 2020, when the governor *ordered*
    residents to stay home"). A past perfect does not: it steps back from a past the story already stands in, which
    the next plain past returns to ("The rebels had warned ministers for a fortnight. Their leader welcomed the
    offer"); nor does a clause beside a main clause told as news ("exchanged fire on Sunday, the first clash since
    a ceasefire brokered in July 2025")."""
    return bool(historical) and simple_past(verb) and (main_clause(verb) or not main_told)


def carries_on(verb: Token, dated: bool) -> bool:
    """A main clause in the simple past, in a sentence with no date (``dated`` False) and nothing recent of its own,
    told after a sentence whose main clause told background in the same paragraph (``sets_background``): it goes on
    in that background's time ("The dispute dates to March 2020, when the governor closed schools. Within weeks the
    council overturned her order. She sued the council, ..."). Only the sentence's main clauses: a reported clause
    or a relative clause is told at the time of the clause it hangs on; and not a sentence that opens on a contrast
    ("But", "However", "Now"), by which a page comes back to its present."""
    if dated or not simple_past(verb) or not main_clause(verb):
        return False
    first = next((t for t in verb.sent if not t.is_punct and not t.is_space), None)
    return first is None or first.lower_ not in _CONTRAST_OPENERS
