"""Records to rows and back: how an article's quotes, events, entities and speakers are stored.

The store writes the records of ``hotspot.records`` as rows of ``schema.py`` and reads them back
as the same records (or, for lists of thousands of quotes, as the dictionaries the pages show).
"""

from __future__ import annotations

from dataclasses import asdict, fields
from typing import Any

from sqlalchemy import ColumnElement, Insert, case, func, insert, literal, or_, select, update
from sqlalchemy.engine import Connection

from hotspot.plover import QUAD_CLASS
from hotspot.records import (
    COUNTED_CONFIDENCE,
    COUNTED_CONFIDENCE_BY_EXTRACTOR,
    STATUS_FLAGS,
    Article,
    Entity,
    Event,
    EventActor,
    EventDate,
    Place,
    Quote,
    ReportedBy,
    Span,
    Speaker,
    article_reference,
    confident,
    event_week,
)
from hotspot.store.schema import articles, events, quotes, speakers

ARTICLE_COLUMNS = [f.name for f in fields(Article) if f.name not in ("entities", "quotes", "events", "focus")]
ENTITY_COLUMNS = [f.name for f in fields(Entity)]
# Mentions that name nobody: they resolve a quote, but are no alias of its speaker.
_NOT_ALIASES = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"})


def insert_one(conn: Connection, statement: Insert) -> int:
    """Run an insert of one row and return the row's primary key."""
    key = conn.execute(statement).inserted_primary_key
    if key is None:  # only an insert of many rows has no single key
        raise AssertionError("an insert of one row gave no primary key")
    return key[0]


def upsert_speaker(conn: Connection, quote: Quote) -> int | None:
    """The speakers row for this quote's resolved speaker, created or enriched with alias and role."""
    speaker = quote.speaker
    if speaker is None or not speaker.name:
        return None
    key = speaker.entity or "name:" + " ".join(speaker.name.lower().split())
    alias = " ".join(speaker.text.split())
    new_aliases = [alias] if alias.lower() not in _NOT_ALIASES and alias != speaker.name else []
    new_roles = [speaker.role] if speaker.role else []
    row = conn.execute(select(speakers).where(speakers.c.key == key)).mappings().first()
    if row is None:
        return insert_one(
            conn,
            insert(speakers).values(key=key, name=speaker.name, entity=speaker.entity, aliases=new_aliases, roles=new_roles),
        )
    aliases = row["aliases"] + [a for a in new_aliases if a not in row["aliases"]]
    roles = row["roles"] + [r for r in new_roles if r not in row["roles"]]
    if aliases != row["aliases"] or roles != row["roles"]:
        conn.execute(update(speakers).where(speakers.c.pk == row["pk"]).values(aliases=aliases, roles=roles))
    return row["pk"]


def quote_row(article_id: str, quote: Quote, speaker_pk: int | None) -> dict[str, Any]:
    cue, speaker = quote.cue, quote.speaker
    return {
        "article_id": article_id, "kind": quote.kind, "start": quote.start, "end": quote.end, "text": quote.text,
        "cue_text": cue and cue.text, "cue_start": cue and cue.start, "cue_end": cue and cue.end,
        "speaker_text": speaker and speaker.text, "speaker_start": speaker and speaker.start,
        "speaker_end": speaker and speaker.end, "speaker_name": speaker and speaker.name,
        "speaker_role": speaker and speaker.role, "speaker_entity": speaker and speaker.entity,
        "speaker_pk": speaker_pk, "via": list(quote.via), "extractor": quote.extractor,
    }


def quote_record(row: Any) -> Quote:
    cue = Span(row["cue_text"], row["cue_start"], row["cue_end"]) if row["cue_text"] is not None else None
    speaker = None
    if row["speaker_text"] is not None:
        speaker = Speaker(
            row["speaker_text"], row["speaker_start"], row["speaker_end"],
            row["speaker_name"], row["speaker_role"], row["speaker_entity"],
        )
    return Quote(row["kind"], row["text"], row["start"], row["end"], cue, speaker, list(row["via"]), row["extractor"])


def quote_dict(row: Any) -> dict[str, Any]:
    """``asdict(quote_record(row))``, built directly: ``asdict`` is slow on thousands of quotes."""
    cue = None
    if row["cue_text"] is not None:
        cue = {"text": row["cue_text"], "start": row["cue_start"], "end": row["cue_end"]}
    speaker = None
    if row["speaker_text"] is not None:
        speaker = {
            "text": row["speaker_text"], "start": row["speaker_start"], "end": row["speaker_end"],
            "name": row["speaker_name"], "role": row["speaker_role"], "entity": row["speaker_entity"],
        }
    return {"kind": row["kind"], "text": row["text"], "start": row["start"], "end": row["end"], "cue": cue,
            "speaker": speaker, "via": list(row["via"]), "extractor": row["extractor"]}


def quotes_with_articles() -> Any:
    """Quotes joined to the article each was found in: what quote lists show beside the quote."""
    return select(quotes, articles.c.title, articles.c.site_name, articles.c.published, articles.c.url,
                  articles.c.source).join(
        articles, articles.c.id == quotes.c.article_id
    )


def quote_with_article(row: Any) -> dict[str, Any]:
    return {**quote_dict(row), "article_id": row["article_id"], "title": row["title"],
            "site_name": row["site_name"], "published": row["published"], "url": row["url"], "source": row["source"]}


def event_row(article: Article, event: Event) -> dict[str, Any]:
    return {
        "article_id": article.id, "type": event.type, "mode": event.mode, "quad": QUAD_CLASS.get(event.type),
        "trigger_text": event.trigger.text, "trigger_start": event.trigger.start, "trigger_end": event.trigger.end,
        "sentence_start": event.sentence.start, "sentence_end": event.sentence.end,
        "actors": [asdict(a) for a in event.actor], "recipients": [asdict(r) for r in event.recipient],
        "place": event.place and asdict(event.place), "date": event.date and asdict(event.date),
        "week": event_week(event, article_reference(article.published, article.captured)[0]), "score": event.score,
        "contexts": list(event.contexts), "hypothetical": event.hypothetical, "future": event.future,
        "negated": event.negated, "historical": event.historical,
        "reported_by": event.reported_by and asdict(event.reported_by), "extractor": event.extractor,
        "alleged": event.alleged, "confidence": event.confidence,
    }


def counts_as_new(row: Any) -> bool:
    """Whether a stored event (a row, or a mapping with the flag and confidence columns) counts as new: none of
    ``STATUS_FLAGS``, and a confidence of its extractor's ``counted_confidence`` at least when it has one."""
    return not any(row[flag] for flag in STATUS_FLAGS) and confident(row["confidence"], row["extractor"])


def counted_condition() -> ColumnElement[bool]:
    """SQL for :func:`counts_as_new`: not historical (NULL, unknown, counts), hypothetical, negated, future or alleged,
    and not below its extractor's ``counted_confidence`` (NULL, no model, counts)."""
    return ~or_(
        func.coalesce(events.c.historical, False).is_(True), events.c.hypothetical.is_(True),
        events.c.negated.is_(True), events.c.future.is_(True), events.c.alleged.is_(True),
        func.coalesce(events.c.confidence, 1.0) < _counted_threshold(),
    )


def _counted_threshold() -> ColumnElement[float]:
    """SQL for ``records.counted_confidence`` of the row's extractor."""
    return case(*[(events.c.extractor.startswith(prefix), literal(threshold))
                  for prefix, threshold in COUNTED_CONFIDENCE_BY_EXTRACTOR], else_=literal(COUNTED_CONFIDENCE))


def event_record(row: Any) -> Event:
    return Event(
        type=row["type"],
        mode=row["mode"],
        trigger=Span(row["trigger_text"], row["trigger_start"], row["trigger_end"]),
        sentence=Span("", row["sentence_start"], row["sentence_end"]),
        actor=[EventActor(**a) for a in row["actors"]],
        recipient=[EventActor(**r) for r in row["recipients"]],
        place=Place(**row["place"]) if row["place"] else None,
        date=EventDate(**row["date"]) if row["date"] else None,
        score=row["score"],
        contexts=list(row["contexts"]),
        hypothetical=row["hypothetical"],
        future=row["future"],
        negated=row["negated"],
        historical=row["historical"],
        reported_by=ReportedBy(**row["reported_by"]) if row["reported_by"] else None,
        alleged=bool(row["alleged"]),
        extractor=row["extractor"],
        confidence=row["confidence"],
    )


def entity_row(entity: Entity) -> dict[str, Any]:
    return {name: getattr(entity, name) for name in ENTITY_COLUMNS}
