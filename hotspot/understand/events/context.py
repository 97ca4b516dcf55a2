"""The article as the event coder sees it: its entities by token, its quotes, its reference date, its dates by sentence.

Why a module of its own: every step of the coder (participants, place, date,
flags, who reports the event) looks things up in the same per-article index,
built once in ``build_context`` so each lookup is a dict access or a bisect.

Datelines are found here, once per article: a place at the start of the text
or of a paragraph, in capitals or followed by a news agency or a date, ending
in a dash ("NEW YORK —", "WASHINGTON (AP) —", "ALMATY, Jan 5 (Reuters) -") is
where the story was filed, never an actor, a recipient or the event's place.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

from hotspot.records import Entity, Quote
from hotspot.understand.data import words
from hotspot.understand.events.clauses import STATUS_TABLE, clause_verb
from hotspot.understand.events.dates import DateMention, dated_in_turn, last_day, latest_date_mentioned, reference_date
from hotspot.understand.events.discourse import SentenceAccounts
from hotspot.understand.events.lexicon import Lexicon


@dataclass(slots=True)
class Context:
    doc: Doc
    lex: Lexicon
    entity_starts: list[int]
    entities: list[Entity]
    token_entity: dict[int, Entity]
    quotes: list[Quote]
    ref: date | None
    sentence_dates: dict[int, list[DateMention]]
    datelines: list[tuple[int, int]] = field(default_factory=list)
    """Character spans of the article's datelines (place, date, agency and dash)."""
    dateline_tokens: set[int] = field(default_factory=set)
    """Indices of the tokens inside a dateline."""
    past_floor: date | None = None
    """Without a reference date: the last day of the latest date the text reports in a past-tense clause. The text's
    own present is no earlier than that, so an event dated weeks before it is historical whatever the article's date."""

    text_latest: date | None = None
    """Without a reference date: the last day of the latest absolute date the text names, in any tense. Opinion and
    analysis name past years for background and the latest one for what is going on, so a month or a day weeks before
    it is historical."""

    present_text: bool = False
    """Without a reference date: whether the text tells its own present in the present tense (commentary, analysis)
    rather than in the past (a news report): see ``clause_shares``."""

    status_ref: date | None = None
    """The date an event is historical against: the publication date, never a capture date (``ref`` is either)."""

    accounts: SentenceAccounts = field(default_factory=SentenceAccounts)
    """What each sentence tells of accounts and their disputes (``discourse.disputed_account``), read as events ask."""

    def in_dateline(self, start: int, end: int) -> bool:
        """Whether the character span overlaps a dateline."""
        return any(a < end and start < b for a, b in self.datelines)


def _token_entities(doc: Doc, ents: list[Entity]) -> dict[int, Entity]:
    """Token index → the first entity (by start) that overlaps the token."""
    token_entity: dict[int, Entity] = {}
    if ents and len(doc):
        starts = [t.idx for t in doc]
        for e in ents:
            i = max(bisect_right(starts, e.start) - 1, 0)
            while i < len(doc) and doc[i].idx < e.end:
                if doc[i].idx + len(doc[i].text) > e.start:
                    token_entity.setdefault(i, e)
                i += 1
    return token_entity


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
          r"|Nov(?:ember)?|Dec(?:ember)?)\.?")
_CAPS_WORD = r"[A-Z][A-Z.'’\-]+"
_TITLE_WORD = r"[A-Z][A-Za-z.'’\-]+"


def _dateline_pattern() -> re.Pattern[str]:
    agencies = "|".join(sorted((re.escape(a) for a in words(STATUS_TABLE, "dateline_agencies")), key=len, reverse=True))
    dashes = "|".join(sorted((re.escape(d) for d in words(STATUS_TABLE, "dateline_dashes")), key=len, reverse=True))
    return re.compile(
        r"^[ \t]*(?P<place>(?P<caps>" + _CAPS_WORD + r"(?:[ ]+" + _CAPS_WORD + r"){0,3})|" + _TITLE_WORD + r"(?:[ ]+" + _TITLE_WORD
        + r"){0,2})(?:,[ ]+" + _TITLE_WORD + r"(?:[ ]+" + _TITLE_WORD + r"){0,2})?"
        r"(?:,?[ ]+(?P<date>" + _MONTH + r"[ ]+\d{1,2}(?:,?[ ]+\d{4})?))?"
        r"(?:[ ]*\((?P<agency>" + agencies + r")\))?"
        r"[ ]*(?P<dash>" + dashes + r")(?=[ \t]+\S)",
        re.MULTILINE,
    )


_DATELINE = _dateline_pattern()
_MAX_PLACE = 40


def find_datelines(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the datelines at the start of the text or of a paragraph.

    A place in capitals ending in a dash is one ("NEW YORK —"); ending in a colon only when the parser takes it for a
    place ("MOSCOW:", not "BREAKING:"); a place in ordinary case needs a news agency or a date ("Almaty, Jan 5
    (Reuters) -")."""
    out: list[tuple[int, int]] = []
    for m in _DATELINE.finditer(doc.text):
        if len(m["place"]) > _MAX_PLACE:
            continue
        if m["caps"] is None and not (m["agency"] or m["date"]):
            continue
        if m["caps"] is not None and m["dash"] == ":" and not (m["agency"] or m["date"]):
            span = doc.char_span(m.start("place"), m.end("place"), alignment_mode="expand")
            if span is None or not any(t.ent_type_ in ("GPE", "LOC") for t in span):
                continue
        out.append((m.start("place"), m.end()))
    return out


def build_context(
    doc: Doc, lex: Lexicon, entities: list[Entity], quotes: list[Quote], published: str | None, captured: bool = False
) -> Context:
    """Index an article for the coder; ``published`` (ISO) is its reference date when given.

    With ``captured`` the reference is the day a copy was taken, not the publication date: relative dates are
    read against it ("the New Year", "last week"), but it proves no event historical, since the article may be
    months older than its copy: the status reads the text's own absolute dates (``past_floor``), and an undated past
    is not taken for background as it is in commentary without any date (``present_text``).
    """
    ents = sorted(entities, key=lambda e: e.start)
    token_entity = _token_entities(doc, ents)
    ref = reference_date(doc.text, published)
    sentence_dates = dated_in_turn(doc.sents, ref)
    status_ref = None if captured else ref
    absolute_dates = sentence_dates if ref is None or not captured else dated_in_turn(doc.sents, None)
    datelines = find_datelines(doc)
    dateline_tokens: set[int] = set()
    for a, b in datelines:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            dateline_tokens.update(t.i for t in span)
    floor = None if status_ref is not None else _past_floor(doc, absolute_dates)
    latest = None if status_ref is not None else latest_date_mentioned(doc.text)
    # commentary without any date reads its undated past as background; a copied page may be plain news, and so is a
    # text that keeps attributing what it tells to speakers, whatever its share of the present ("says", "told")
    present = False
    if ref is None:
        present_part, attributed_part = clause_shares(doc)
        present = present_part >= PRESENT_SHARE and attributed_part < ATTRIBUTION_SHARE
    return Context(doc, lex, [e.start for e in ents], ents, token_entity, list(quotes or []), ref, sentence_dates,
                   datelines, dateline_tokens, floor, latest, present, status_ref)


PRESENT_SHARE = 0.55
"""The share of present-tense finite clauses above which a text speaks from its own present (commentary); a news
report tells its news in the past ("police arrested", "the minister said") and stays under it. Chosen on the project's
own texts (train/events_en: news 0.16-0.64, mostly under 0.5; commentary 0.49-0.91, mostly over 0.55), not on a
benchmark."""
MIN_FINITE = 12
"""Fewer finite clauses than this say nothing of a text's tense (a sentence or a brief)."""


ATTRIBUTION_SHARE = 0.15
"""The share of finite clauses headed by a verb of attribution (``attribution_verbs``) from which a text is a news
report, whatever its share of the present: news attributes what it tells ("the minister says", "officials told
reporters"), commentary argues in its own voice. Chosen on the project's own undated commentary (train/events_en:
0.00-0.12 of them, mostly under 0.06), not on a benchmark."""

ATTRIBUTION_VERBS = words(STATUS_TABLE, "attribution_verbs")


def _finite_tense(verb: Token) -> str | None:
    """"present" or "past" for a finite clause's head (its own tag or its auxiliaries'), else None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
        return None
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if tags & {"VBP", "VBZ"}:
        return "present"
    return "past" if "VBD" in tags else None


def clause_shares(doc: Doc) -> tuple[float, float]:
    """Of the text's finite clauses in the present or past, one pass: the share in the present or present perfect
    ("argues", "has signed", "is shelling") and the share headed by a verb of attribution ("said", "says", "told");
    both 0 for a text of fewer than ``MIN_FINITE`` of them."""
    present = attributed = finite = 0
    for token in doc:
        tense = _finite_tense(token)
        if tense is None:
            continue
        finite += 1
        present += tense == "present"
        attributed += token.lemma_.lower() in ATTRIBUTION_VERBS
    if finite < MIN_FINITE:
        return 0.0, 0.0
    return present / finite, attributed / finite


def _past_tense(verb: Token) -> bool:
    """A clause in the simple past or the past perfect/passive ("protested", "had protested", "were arrested")."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _past_floor(doc: Doc, sentence_dates: dict[int, list[DateMention]]) -> date | None:
    """The last day of the latest absolute date that a past-tense clause of the text reports ("On May 3, 2022,
    police arrested ..."): a lower bound of the text's own present. Relative dates need a reference, so they give none."""
    floor: date | None = None
    for mentions in sentence_dates.values():
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            day = last_day(mention)
            if span is None or day is None or (floor is not None and day <= floor):
                continue
            if _past_tense(clause_verb(span.root)):
                floor = day
    return floor
