"""Read-only summaries of the store for the command line: the articles an id prefix names, and fact counts.

``Store.get`` answers "the article with this id or unique prefix" and nothing when a prefix is
shared; :func:`articles_by_id_prefix` says which articles share it, so the reader can be told
"not found" apart from "ambiguous" and shown the candidates. :func:`fact_counts` counts what the
understanding stages stored (quotes, events, happenings) beside ``Store.stats``'s articles and entities.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from hotspot.store.database import Store
from hotspot.store.rows import counted_condition
from hotspot.store.schema import articles, events, happenings, quotes


@dataclass(slots=True)
class PrefixMatches:
    """How many stored ids start with a prefix, and the first few of those articles (id order)."""

    count: int
    articles: list[dict[str, Any]]


def articles_by_id_prefix(store: Store, prefix: str, limit: int = 10) -> PrefixMatches:
    """The articles whose id starts with ``prefix`` (``%`` and ``_`` are taken literally), at most ``limit`` listed."""
    condition = articles.c.id.startswith(prefix, autoescape=True)
    with store.engine.connect() as conn:
        count = conn.execute(select(func.count()).select_from(articles).where(condition)).scalar() or 0
        rows = conn.execute(
            select(articles.c.id, articles.c.title, articles.c.site_name, articles.c.published, articles.c.source, articles.c.url)
            .where(condition).order_by(articles.c.id).limit(limit)
        ).mappings().all()
    return PrefixMatches(count, [dict(row) for row in rows])


def fact_counts(store: Store) -> dict[str, Any]:
    """Quotes (by kind, attributed or not), quoted voices, event mentions (by type, counted or not) and happenings.

    An event mention is *counted* when it asserts something that happened (not historical,
    hypothetical, negated, future or alleged): only those feed the signal. A happening is one
    thing reported, however many mentions report it; *counted* when one report asserts it as new.
    """
    with store.engine.connect() as conn:
        by_kind: dict[str, int] = dict(conn.execute(select(quotes.c.kind, func.count()).group_by(quotes.c.kind)).all())
        by_type: dict[str, int] = dict(conn.execute(select(events.c.type, func.count()).group_by(events.c.type)).all())
        attributed = conn.execute(select(func.count()).select_from(quotes).where(quotes.c.speaker_name.is_not(None))).scalar()
        counted = conn.execute(select(func.count()).select_from(events).where(counted_condition())).scalar()
        happened = conn.execute(
            select(func.count(), func.count().filter(happenings.c.counted.is_(True))).select_from(happenings)
        ).one()
        # Speakers of deleted articles stay in their table: count those still quoted.
        voices = conn.execute(select(func.count(func.distinct(quotes.c.speaker_pk)))).scalar()
    return {
        "quotes": sum(by_kind.values()),
        "quotes_attributed": attributed or 0,
        "quotes_by_kind": dict(sorted(by_kind.items())),
        "voices": voices or 0,
        "events": sum(by_type.values()),
        "events_counted": counted or 0,
        "events_by_type": dict(sorted(by_type.items())),
        "happenings": happened[0] or 0,
        "happenings_counted": happened[1] or 0,
    }
