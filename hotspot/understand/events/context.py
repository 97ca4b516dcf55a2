"""The article as the event coder sees it: its entities by token, its quotes, its reference date, its dates by sentence.

Why a module of its own: every step of the coder (participants, place, date,
flags, who reports the event) looks things up in the same per-article index,
built once in ``build_context`` so each lookup is a dict access or a bisect.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from hotspot.records import Entity, Quote
from hotspot.understand.events.dates import DateMention, find_dates, reference_date
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


def build_context(doc: Doc, lex: Lexicon, entities: list[Entity], quotes: list[Quote], published: str | None) -> Context:
    """Index an article for the coder; ``published`` (ISO) is its reference date when given."""
    ents = sorted(entities, key=lambda e: e.start)
    token_entity = _token_entities(doc, ents)
    ref = reference_date(doc.text, published)
    sentence_dates = {s.start_char: find_dates(s.text, ref, s.start_char) for s in doc.sents}
    return Context(doc, lex, [e.start for e in ents], ents, token_entity, list(quotes or []), ref, sentence_dates)
