"""What ``hotspot export`` writes: one row per article, entity, quote or event, as CSV or as JSON lines.

Each table is its columns and a function giving one dict per row, so both formats carry the same
columns: JSONL keeps lists as lists, CSV joins them (a reporting chain with `` < ``, names with
``; ``) and defuses every cell (:func:`hotspot.output.write_csv`). The articles table is the
exception: its JSONL is the full article record (``hotspot analyze --format jsonl``), its CSV a
summary row per article.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from hotspot.output import (
    ARTICLE_CSV_COLUMNS,
    ENTITY_CSV_COLUMNS,
    QUOTE_CSV_COLUMNS,
    write_csv,
    write_jsonl,
)
from hotspot.records import Article, EventActor

EVENT_COLUMNS = (
    "article_id", "type", "mode", "trigger", "trigger_start", "trigger_end", "sentence_start", "sentence_end",
    "sentence", "actors", "recipients", "place", "place_country", "date", "score", "contexts", "hypothetical",
    "future", "negated", "historical", "alleged", "reported_by", "extractor",
)
"""The events table: the evidence sentence's text beside its span, so a row reads without the article."""

CSV_JOINERS = {"via": " < "}
"""How CSV writes a list cell: a reporting chain outermost first, as ``A < B``; any other list with ``; ``."""

Rows = Callable[[Iterable[Article]], Iterator[dict[str, Any]]]


def article_rows(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
    for a in articles:
        yield {"id": a.id, "source": a.source, "url": a.url, "title": a.title, "site_name": a.site_name,
               "author": a.author, "published": a.published, "captured": a.captured, "language": a.language,
               "entities": len(a.entities), "quotes": len(a.quotes), "text": a.text}


def entity_rows(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
    for a in articles:
        for e in a.entities:
            yield {"article_id": a.id, "start": e.start, "end": e.end, "text": e.text, "label": e.label,
                   "canonical": e.canonical, "actor_id": e.actor_id, "country": e.country, "lat": e.lat, "lon": e.lon,
                   "extractor": e.extractor}


def quote_rows(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
    for a in articles:
        for q in a.quotes:
            s = q.speaker
            yield {"article_id": a.id, "kind": q.kind, "start": q.start, "end": q.end, "text": q.text,
                   "cue": q.cue.text if q.cue else None, "speaker_mention": s.text if s else None,
                   "speaker": s.name if s else None, "role": s.role if s else None, "speaker_entity": s.entity if s else None,
                   "via": list(q.via), "extractor": q.extractor}


def _names(actors: list[EventActor]) -> list[str]:
    return [actor.canonical or actor.text for actor in actors]


def event_rows(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
    for a in articles:
        for e in a.events:
            yield {
                "article_id": a.id, "type": e.type, "mode": e.mode, "trigger": e.trigger.text,
                "trigger_start": e.trigger.start, "trigger_end": e.trigger.end,
                "sentence_start": e.sentence.start, "sentence_end": e.sentence.end,
                # From the article's text, not the span's: a span read back from the store carries no text.
                "sentence": a.text[e.sentence.start : e.sentence.end],
                "actors": _names(e.actor), "recipients": _names(e.recipient),
                "place": (e.place.canonical or e.place.text) if e.place else None,
                "place_country": e.place.country if e.place else None,
                "date": e.date.value if e.date else None, "score": e.score, "contexts": list(e.contexts),
                "hypothetical": e.hypothetical, "future": e.future, "negated": e.negated, "historical": e.historical,
                "alleged": e.alleged, "reported_by": e.reported_by.speaker if e.reported_by else None,
                "extractor": e.extractor,
            }


TABLES: dict[str, tuple[tuple[str, ...], Rows]] = {
    "articles": (ARTICLE_CSV_COLUMNS, article_rows),
    "entities": (ENTITY_CSV_COLUMNS, entity_rows),
    "quotes": (QUOTE_CSV_COLUMNS, quote_rows),
    "events": (EVENT_COLUMNS, event_rows),
}


def _csv_value(column: str, value: Any) -> Any:
    if isinstance(value, list):
        return CSV_JOINERS.get(column, "; ").join(str(item) for item in value)
    return value


def write_table(articles: Iterable[Article], table: str, format: str, out: IO[str]) -> int:
    """Write ``table`` ("articles", "entities", "quotes" or "events") as ``format`` ("csv" or "jsonl"); the row count."""
    if table == "articles" and format == "jsonl":
        return write_jsonl(articles, out)
    columns, rows = TABLES[table]
    if format == "csv":
        return write_csv(out, columns, ([_csv_value(c, row[c]) for c in columns] for row in rows(articles)))
    count = 0
    for row in rows(articles):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count
