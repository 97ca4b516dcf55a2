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
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from hotspot.records import Entity, Quote
from hotspot.understand.events.dates import DateMention, last_day, reference_date
from hotspot.understand.events.ru_clauses import clause_verb, has, span_root, span_text
from hotspot.understand.events.ru_dates import find_dates_ru
from hotspot.understand.events.ru_lexicon import RuLexicon, ru_lemma

FLOOR_MARGIN = timedelta(days=7)
"""How much earlier than the latest date a text reports its floor is set. Without a publication date the present is
inferred from the text, and an event is background only when it lies five weeks or more before the latest date the
text reports as past (``flags.HISTORICAL_DAYS``, four weeks, plus this week): a month named a month before a lead's
day («в июне» under «в понедельник, 29 июля») may be the same story, and the Russian gold reads such texts the same
way (``bench/gold/README_ru.md``, status)."""


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
    """Without a reference date: the last day of the latest date a past-tense clause reports (``context._past_floor``),
    less ``FLOOR_MARGIN``."""
    status_ref: date | None = None
    """The date an event is historical against: the publication date, never a capture date (``ref`` is either)."""
    latest_dated: date | None = None
    """Without a reference date: the last day of the latest day or month the text names, in any clause (None when it
    names none: a text that tells its news by weekday, «в четверг», and years alone)."""
    sentenced: frozenset[str] = frozenset()
    """The noun and name lemmas of those the text tells a verdict in years passed on (``ru_status.sentenced_in_years``)."""
    story_before_now: tuple[int, int] | None = None
    """Without a reference date: the character span a column tells its past in, from the paragraph that first names a
    year up to the paragraph that turns to the present («Сейчас …», «Что происходит сейчас?»), or None
    (``russian.story_before_the_present``)."""
    stories_back: tuple[tuple[int, int], ...] = ()
    """v30: after that turn, the spans a column goes back to its past in and turns to its present again
    (``russian.stories_back_after_the_present``)."""

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
    sentence_dates = {s.start_char: find_dates_ru(span_text(s), ref, s.start_char) for s in doc.sents}
    status_ref = None if captured else ref
    absolute = sentence_dates if ref is None or not captured else {
        s.start_char: find_dates_ru(span_text(s), None, s.start_char) for s in doc.sents
    }
    floor = None if status_ref is not None else _past_floor(doc, absolute, lex.status.period_parts)
    if floor is not None:
        floor -= FLOOR_MARGIN
    latest = None if status_ref is not None else max(
        (day for mentions in absolute.values() for m in mentions
         if m.granularity in ("day", "month") and (day := last_day(m)) is not None), default=None)
    return RuContext(doc, lex, ents, [e.start for e in ents], token_entities(doc, ents), list(quotes or []), ref,
                     sentence_dates, floor, status_ref, latest)


def _past_floor(doc: Doc, sentence_dates: dict[int, list[DateMention]], parts: frozenset[str] = frozenset()) -> date | None:
    """The last day of the latest absolute date that a past-tense clause reports: a lower bound of the text's present.

    A date in apposition to another date names the same time and stands in that date's clause: «скончался в
    четверг, 5 марта 2020 года» parses the full date as a modifier of «четверг», not of the verb, yet the
    death is what it dates (``_clause_of``). So does a day or a month in the genitive of a part of a period (``parts``,
    status 'period_parts'): «приехавшая в конце марта 2015 года» dates the arrival, a past participle's act; which
    part of the month is not read, so such a month sets the floor at its first day, a bound that holds for each part."""
    floor: date | None = None
    for mentions in sentence_dates.values():
        for mention in mentions:
            day = last_day(mention)
            if day is None or (floor is not None and day <= floor):
                continue
            root = _clause_of(doc, mention, mentions, parts)
            if root is None or not has(clause_verb(root), "Tense", "Past"):
                continue
            if mention.granularity == "month" and ru_lemma(root) in parts:
                day = day.replace(day=1)  # «в конце марта»: some day of March, the first at the earliest
                if floor is not None and day <= floor:
                    continue
            floor = day
    return floor


_APPOSITION = ("nmod", "appos", "flat", "parataxis")
"""How a date hangs from another date of its sentence that it restates («во вторник, 3 ноября 2020 года»)."""


def _clause_of(doc: Doc, mention: DateMention, mentions: list[DateMention], parts: frozenset[str] = frozenset()) -> Token | None:
    """The token whose clause a date stands in: its root, or, for a date that restates another date of its sentence,
    that date's root (each date climbed once, so a cyclic parse ends); for a day or a month in the genitive of a part
    of a period («в начале января 2016 года»: «января» hangs from «начале»; «утром 5 мая»), the part's noun, which
    hangs from the verb."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span_root(span)
    seen = {id(mention)}
    while root.head != root and root.dep_ in _APPOSITION:
        host = next((m for m in mentions if id(m) not in seen and m.start <= root.head.idx < m.end), None)
        if host is None:
            break
        seen.add(id(host))
        host_span = doc.char_span(host.start, host.end, alignment_mode="expand")
        if host_span is None or not len(host_span):
            break
        root = span_root(host_span)
    if mention.granularity in ("day", "month") and root.dep_ == "nmod" and root.head != root and root.head.i < root.i \
            and ru_lemma(root.head) in parts:
        root = root.head  # not a year: a year's part («в начале 2011 года») is read as its whole year, too late a bound
    return root
