"""Who said what: quotes across articles, filtered by speaker or subject, and the most quoted speakers."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, Text, and_, func, or_, select
from sqlalchemy.engine import Connection

from hotspot.store.rows import quote_with_article, quotes_with_articles
from hotspot.store.schema import articles, entities, quotes, speakers


def speaker_outlets(conn: Connection, speaker_pks: list[int]) -> dict[int, dict[str, int]]:
    """Quotes per outlet for each speaker, most quoted outlet first: one query for all of them."""
    n = func.count(quotes.c.pk)
    rows = conn.execute(
        select(quotes.c.speaker_pk, articles.c.site_name, n)
        .join(articles, articles.c.id == quotes.c.article_id)
        .where(quotes.c.speaker_pk.in_(speaker_pks))
        .group_by(quotes.c.speaker_pk, articles.c.site_name)
        .order_by(quotes.c.speaker_pk, n.desc(), articles.c.site_name)
    ).all()
    outlets: dict[int, dict[str, int]] = {}
    for pk, outlet, count in rows:
        outlets.setdefault(pk, {})[outlet or "(unknown)"] = count
    return outlets


class VoiceReads:
    """The store's ``quotes`` and ``voices``: mixed into :class:`~hotspot.store.database.Store`, whose engine they use."""

    engine: Engine

    def quotes(
        self,
        speaker: str | None = None,
        about: str | None = None,
        limit: int = 50,
        offset: int = 0,
        speaker_pk: int | None = None,
    ) -> list[dict[str, Any]]:
        """Quotes with their article, newest article first.

        ``speaker`` matches the resolved name, an alias or the actor id;
        ``about`` an entity (canonical name, mention text or actor id)
        mentioned inside the quote's own span. Both are case-insensitive.
        """
        query = quotes_with_articles().outerjoin(speakers, speakers.c.pk == quotes.c.speaker_pk)
        if speaker_pk is not None:
            # A known speakers row: the indexed key, not a scan over names and aliases.
            query = query.where(quotes.c.speaker_pk == speaker_pk)
        if speaker:
            wanted = speaker.lower()
            query = query.where(
                or_(
                    func.lower(quotes.c.speaker_name) == wanted,
                    func.lower(quotes.c.speaker_entity) == wanted,
                    func.lower(speakers.c.name) == wanted,
                    func.lower(func.cast(speakers.c.aliases, Text)).contains(f'"{wanted}"', autoescape=True),
                )
            )
        if about:
            wanted = about.lower()
            mention = (
                select(entities.c.pk)
                .where(entities.c.article_id == quotes.c.article_id)
                .where(and_(entities.c.start >= quotes.c.start, entities.c.end <= quotes.c.end))
                .where(
                    or_(
                        func.lower(entities.c.canonical) == wanted,
                        func.lower(entities.c.text) == wanted,
                        func.lower(entities.c.actor_id) == wanted,
                    )
                )
            )
            query = query.where(mention.exists())
        query = query.order_by(articles.c.published.desc(), quotes.c.article_id, quotes.c.start)
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(limit).offset(offset)).mappings().all()
        return [quote_with_article(row) for row in rows]

    def voices(self, limit: int = 50) -> list[dict[str, Any]]:
        """Who is quoted most: quotes, articles, outlets, roles and aliases per speaker."""
        n_quotes = func.count(quotes.c.pk).label("quotes")
        n_articles = func.count(func.distinct(quotes.c.article_id)).label("articles")
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(speakers, n_quotes, n_articles)
                .join(quotes, quotes.c.speaker_pk == speakers.c.pk)
                .group_by(speakers.c.pk)
                .order_by(n_quotes.desc(), speakers.c.name)
                .limit(limit)
            ).mappings().all()
            outlets = speaker_outlets(conn, [row["pk"] for row in rows])
        return [
            {
                "name": row["name"], "entity": row["entity"], "roles": row["roles"], "aliases": row["aliases"],
                "quotes": row["quotes"], "articles": row["articles"], "outlets": outlets.get(row["pk"], {}),
            }
            for row in rows
        ]
