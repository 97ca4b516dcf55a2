"""A Russian article as the event coder sees it: entities by token, quotes, reference date, dates by sentence.

Why a module of its own: as for English (``context``), every step of the coder
(participants, place, date, flags, who reports the event) looks things up in
the same per-article index, built once here so each lookup is a dict access or a
bisect. The English ``Context`` carries the English lexicon and its datelines;
this one carries the Russian lexicon, and reuses the English token-to-entity
index and the date records.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Token

from hotspot.records import Entity, Quote
from hotspot.understand.events.dates import DateMention, last_day, reference_date
from hotspot.understand.events.ru_clauses import clause_verb, has, span_root
from hotspot.understand.events.ru_dates import find_dates_ru
from hotspot.understand.events.ru_lexicon import RuLexicon


@dataclass(slots=True)
class RuContext:
    doc: Doc
    lex: RuLexicon
    entities: list[Entity]
    entity_starts: list[int]
    token_entity: dict[int, Entity]
    quotes: list[Quote]
    ref: date | None
    sentence_dates: dict[int, list[DateMention]]
    past_floor: date | None = None
    """Without a reference date: the last day of the latest date a past-tense clause reports (``context._past_floor``)."""
    status_ref: date | None = None
    """The date an event is historical against: the publication date, never a capture date (``ref`` is either)."""

    def name_of(self, tok: Token) -> str | None:
        """The canonical name (else the text) of the entity a token is part of."""
        ent = self.token_entity.get(tok.i)
        return (ent.canonical or ent.text) if ent is not None else None


def token_entities(doc: Doc, entities: list[Entity]) -> dict[int, Entity]:
    """Token index → the first entity (by start) that overlaps the token (``entities`` sorted by start)."""
    out: dict[int, Entity] = {}
    if entities and len(doc):
        starts = [t.idx for t in doc]
        for e in entities:
            i = max(bisect_right(starts, e.start) - 1, 0)
            while i < len(doc) and doc[i].idx < e.end:
                if doc[i].idx + len(doc[i].text) > e.start:
                    out.setdefault(i, e)
                i += 1
    return out


def build_ru_context(
    doc: Doc, lex: RuLexicon, entities: list[Entity], quotes: list[Quote], reference: str | None, captured: bool = False
) -> RuContext:
    """Index an article for the Russian coder; ``reference`` (ISO) is its reference date when given.

    With ``captured`` it is the day a copy was taken: relative dates are read against it, the status is not
    (``context.build_context``); the floor then comes from the text's absolute dates alone.
    """
    ents = sorted(entities, key=lambda e: e.start)
    ref = reference_date(doc.text, reference)
    sentence_dates = {s.start_char: find_dates_ru(s.text, ref, s.start_char) for s in doc.sents}
    status_ref = None if captured else ref
    absolute = sentence_dates if ref is None or not captured else {
        s.start_char: find_dates_ru(s.text, None, s.start_char) for s in doc.sents
    }
    floor = None if status_ref is not None else _past_floor(doc, absolute)
    return RuContext(doc, lex, ents, [e.start for e in ents], token_entities(doc, ents), list(quotes or []), ref,
                     sentence_dates, floor, status_ref)


def _past_floor(doc: Doc, sentence_dates: dict[int, list[DateMention]]) -> date | None:
    """The last day of the latest absolute date that a past-tense clause reports: a lower bound of the text's present."""
    floor: date | None = None
    for mentions in sentence_dates.values():
        for mention in mentions:
            day = last_day(mention)
            if day is None or (floor is not None and day <= floor):
                continue
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and len(span) and has(clause_verb(span_root(span)), "Tense", "Past"):
                floor = day
    return floor
