"""Status read from how a news page tells an account, beyond the clause of the event (English, events v62; one
mechanism since v64).

A page often gives one party's account of what happened and, in the same sentence or the next ones, another party's
denial of it ("The statement said two officers were injured. Organisers disputed that account, saying ..."; "the
company said it had offered to meet the group, which the group rejects"). What such an account tells is a claim of
that party, alleged, as the gold reads it, not what the page asserts; so is the counter-account the disputer gives
in its "saying" clause, what a side reports after the page says it tells things otherwise ("X gave a very different
account."), and what a party told a court or a jury at a trial ("prosecutors told the court that he urged ..."),
which the trial is there to judge. One notion of an account (``reporter``: what a source reports) and one of a
dispute (``disputed_by``: a verb of disputing and the account it disputes) serve every case. The word lists are
``data/event_status.json`` (``disputing_verbs``, ``account_nouns``, ``contrary_modifiers``, ``court_nouns``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from hotspot.understand.data import words
from hotspot.understand.events.clauses import BREAKING_COORDINATORS, STATUS_TABLE, ancestors_in_clause, definite_mention
from hotspot.understand.events.flags import (
    ALLEGATION_GOVERNORS,
    REPORTING_VERBS,
    clause_negation,
    past_perfect,
    simple_past,
)
from hotspot.understand.events.lexicon import lemma

DISPUTING_VERBS = words(STATUS_TABLE, "disputing_verbs")
ACCOUNT_NOUNS = words(STATUS_TABLE, "account_nouns")
CONTRARY_MODIFIERS = words(STATUS_TABLE, "contrary_modifiers")
COURT_NOUNS = words(STATUS_TABLE, "court_nouns")

DISPUTED_SENTENCES = 3
"""How many sentences after an account a clause that names it may dispute it ("The police said officers were shot
at. [...] The family disputes that account."), and how many sentences, counting its own, a side's announced contrary
account spans ("X gave a different account. Its spokesman said ...")."""

_VERBAL = ("VERB", "AUX")
_DEMONSTRATIVES = frozenset({"that", "this", "it", "which", "these", "those"})
_REPORTED_LINKS = ("conj", "ccomp", "xcomp", "advcl")


def _negated(verb: Token) -> bool:
    """A ``neg`` on the verb itself ("did not say", "never told the court"): a source's verb so negated reports no
    account. Narrower than ``flags.clause_negation``, which ``disputed_by`` uses, by history rather than grammar: v64
    widened the check for verbs of disputing ("nobody disputed that account" disputes none) and left this v62 check
    for verbs of saying and telling as it was measured; reading "nobody said that ..." as negated here, or no longer
    reading the "not" of "not only said ... but" so, would change what is coded and is still to be weighed."""
    return any(c.dep_ == "neg" for c in verb.children)


def reporter(verb: Token, limit: int = 3) -> Token | None:
    """The source's verb that reports the event's clause, or None when the page tells the event itself: the reporting
    verb, not negated and no verb of disputing, whose complement clause holds the event's verb through conjuncts and
    complements ("police said [two officers were injured]"), not a conjunct of the verb of saying itself ("alleged
    that ... and *demanded*"); else the verb that names its source ("according to the police, officers *were shot
    at*")."""
    chain = [verb, *ancestors_in_clause(verb)]
    for depth in range(1, min(len(chain), limit + 1)):
        gov, link = chain[depth], chain[depth - 1]
        if link.dep_ == "ccomp" and gov.pos_ in _VERBAL and lemma(gov) in REPORTING_VERBS - DISPUTING_VERBS:
            return None if _negated(gov) else gov
        if link.dep_ not in _REPORTED_LINKS:
            break
    return next((v for v in chain[:3] if any(c.dep_ == "prep" and c.lower_ == "according" for c in v.children)), None)


def _own_content(noun: Token) -> bool:
    """An account noun that gives its content ("the claim that he fled"): it tells its own account, no earlier one."""
    return any(g.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" for m in g.children) for g in noun.children)


def disputed_by(verb: Token) -> Token | None:
    """The account a verb of disputing (``disputing_verbs``, its clause not negated) disputes, or None: the account
    noun its relative clause hangs on ("an account the family disputes"), its object or passive subject when that is
    an account noun that gives no content of its own ("disputed the police account", "the claims were denied"; not
    "denied the claim that he fled"), or its object when that is a pronoun for one ("disputed that", "which the
    group rejects"). "rejected the demands" disputes no account."""
    if verb.pos_ not in _VERBAL or lemma(verb) not in DISPUTING_VERBS or clause_negation(verb):
        return None
    if verb.dep_ == "relcl" and lemma(verb.head) in ACCOUNT_NOUNS:
        return verb.head
    for c in verb.children:
        if c.dep_ == "dobj" and c.lower_ in _DEMONSTRATIVES:
            return c
        if c.dep_ in ("dobj", "nsubjpass") and lemma(c) in ACCOUNT_NOUNS and not _own_content(c):
            return c
    doc = verb.doc  # "disputed that, saying ...": the parser may take the pronoun for the mark of the "saying" clause
    if verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ in _DEMONSTRATIVES and doc[verb.i + 2].is_punct:
        return doc[verb.i + 1]
    return None


def _sentences_after(sent: SpacySpan, n: int) -> list[SpacySpan]:
    out: list[SpacySpan] = []
    while len(out) < n and sent.end < len(sent.doc):
        sent = sent.doc[sent.end].sent
        out.append(sent)
    return out


def _sentences_before(sent: SpacySpan, n: int) -> list[SpacySpan]:
    out: list[SpacySpan] = []
    while len(out) < n and sent.start > 0:
        sent = sent.doc[sent.start - 1].sent
        out.append(sent)
    return out


@dataclass(slots=True)
class SentenceAccounts:
    """What each sentence of one document tells of accounts, read once per sentence and kept by its first token's
    index: every reported event looks at the sentences around its own, and the events of a sentence and of its
    neighbours look at the same ones. One per document (``context.Context.accounts``), so no other document's sentence
    is ever read from it."""

    names_disputed: dict[int, bool] = field(default_factory=dict)
    """Sentence start -> ``_disputes_a_named_account``."""
    announces_contrary: dict[int, bool] = field(default_factory=dict)
    """Sentence start -> ``_announces_contrary_account``."""


def _read_once(kept: dict[int, bool], sent: SpacySpan, read: Callable[[SpacySpan], bool]) -> bool:
    """``read(sent)``, computed the first time a sentence is asked about and kept by its start in ``kept`` (one of a
    ``SentenceAccounts``' dicts)."""
    if sent.start not in kept:
        kept[sent.start] = read(sent)
    return kept[sent.start]


def _disputes_a_named_account(sent: SpacySpan) -> bool:
    """Whether a clause of the sentence disputes an account it names with a definite account noun ("Organisers disputed
    the police account", "His family disputes that version")."""
    for t in sent:
        account = disputed_by(t)
        if account is not None and lemma(account) in ACCOUNT_NOUNS and definite_mention(account):
            return True
    return False


def _disputed_later(gov: Token, accounts: SentenceAccounts) -> bool:
    """The account told by ``gov`` is disputed after it: by a clause of its own sentence ("..., which the group
    rejects", "..., an account the family disputes"), by the main verb of the next sentence ("Organisers disputed
    that, saying ..."), or by any clause of the next ``DISPUTED_SENTENCES`` sentences that names the account with a
    definite account noun (``_disputes_a_named_account``)."""
    sent = gov.sent
    if any(disputed_by(t) is not None for t in sent if t.i > gov.i and t.dep_ in ("relcl", "acl", "conj", "appos")):
        return True
    after = _sentences_after(sent, DISPUTED_SENTENCES)
    if after and disputed_by(after[0].root) is not None:
        return True
    return any(_read_once(accounts.names_disputed, later, _disputes_a_named_account) for later in after)


def _contrary(noun: Token) -> bool:
    """An account noun set against another ("a different account", "conflicting versions")."""
    return noun.pos_ == "NOUN" and lemma(noun) in ACCOUNT_NOUNS and any(a.lower_ in CONTRARY_MODIFIERS for a in noun.children)


def _counter_account(gov: Token) -> bool:
    """The reporting verb is the "saying" of a clause that disputes an account or gives a contrary one ("Dobbs
    disputed that account, saying the office had proposed ...", "Dushanbe gave a different account, saying Kyrgyz
    guards had opened fire first")."""
    if gov.dep_ not in ("advcl", "xcomp", "conj") or gov.head == gov:
        return False
    return disputed_by(gov.head) is not None or any(c.dep_ == "dobj" and _contrary(c) for c in gov.head.children)


def _announces_contrary_account(sent: SpacySpan) -> bool:
    """Whether a sentence says that someone tells it otherwise without telling how ("The Taliban government gave a very
    different account."): what a source reports in it and the sentences after it is that side's account."""
    for t in sent:
        if _contrary(t) and t.dep_ in ("dobj", "nsubj", "attr") and not any(
                c.dep_ in ("advcl", "xcomp", "ccomp", "acl") for c in t.head.children if c.i > t.i) and not any(
                c.dep_ in ("acl", "ccomp", "prep") for c in t.children):
            return True
    return False


def _after_contrary_account(sent: SpacySpan, accounts: SentenceAccounts) -> bool:
    """The sentence, or one of the ``DISPUTED_SENTENCES`` - 1 before it, announces a contrary account."""
    return any(_read_once(accounts.announces_contrary, s, _announces_contrary_account)
               for s in [sent, *_sentences_before(sent, DISPUTED_SENTENCES - 1)])


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


def disputed_account(verb: Token, accounts: SentenceAccounts) -> bool:
    """Whether the event's verb is told as one party's account (``reporter``) that another disputes
    (``disputed_by``, in its own sentence or the next ones), as the counter-account of a dispute or of a contrary
    account, as a report after a side is said to give a contrary account, or as what a party told a court: alleged.
    ``accounts`` keeps what the document's sentences were read to tell, for the next event."""
    if _court_case(verb):
        return True
    if lemma(verb) in ALLEGATION_GOVERNORS:
        return False  # "said ... and accused Tellez of using the raid, which she denied": the accusation is made
    gov = reporter(verb)
    if gov is None:
        return False
    return (_counter_account(gov) or _told_a_court(gov) or _disputed_later(gov, accounts)
            or _after_contrary_account(gov.sent, accounts))


# ---------------------------------------------------------------- background told in the plain past

_BREAKING = BREAKING_COORDINATORS | {"now"}  # the coordinators after which a clause is set against the one before, and "now"


def dated_conjunct(verb: Token) -> Token | None:
    """The conjunct before a simple-past conjunct with no date of its own, whose time it goes on in: "staged a sit-in
    outside the chamber in February and eight were arrested": the arrests are of February too, told in the same
    past. None after "but", "yet" or "now" ("in 2019 he was jailed, but this week he was freed" has its own date)."""
    if verb.dep_ != "conj" or verb.head.pos_ not in _VERBAL or not simple_past(verb):
        return None
    head = verb.head
    if not (simple_past(head) or past_perfect(head)):
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
