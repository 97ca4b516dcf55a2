"""Reads about one country: its events, places, articles and quotes, for the brief and the country page.

An event concerns the countries in ``event_countries`` (where it happened, its actors' and
recipients' countries, else its article's main country); an article is about the countries of
its focus (``article_countries.focus``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Engine, case, func, or_, select

from hotspot.records import Event
from hotspot.store.rows import event_record, quote_with_article, quotes_with_articles
from hotspot.store.schema import article_countries, articles, event_countries, events, quotes


def _counted_condition() -> Any:
    """SQL for ``counts_as_new``: not historical (NULL, unknown, counts), hypothetical, negated or future."""
    return ~or_(
        func.coalesce(events.c.historical, False).is_(True), events.c.hypothetical.is_(True),
        events.c.negated.is_(True), events.c.future.is_(True),
    )


def _event_with_source(row: Any) -> tuple[Event, dict[str, Any]]:
    event = event_record(row)
    event.sentence.text = row["sentence_text"]
    source = {k: row[k] for k in ("article_id", "week", "title", "site_name", "published", "captured", "url", "source")}
    return event, source


class CountryReads:
    """The store's ``country_*`` reads: mixed into :class:`~hotspot.store.database.Store`, whose engine they use."""

    engine: Engine

    def country_events(self, country: str) -> list[tuple[Event, dict[str, Any]]]:
        """Every event concerning a country, with its week and the article it was found in."""
        query = (
            select(events, articles.c.title, articles.c.site_name, articles.c.published, articles.c.captured,
                   articles.c.url, articles.c.source,
                   # Only the evidence sentence, not the whole article once per event.
                   func.substr(articles.c.text, events.c.sentence_start + 1,
                               events.c.sentence_end - events.c.sentence_start).label("sentence_text"))
            .join(event_countries, event_countries.c.event_pk == events.c.pk)
            .join(articles, articles.c.id == events.c.article_id)
            .where(event_countries.c.country == country)
            .order_by(events.c.week, events.c.article_id, events.c.trigger_start)
        )
        with self.engine.connect() as conn:
            return [_event_with_source(row) for row in conn.execute(query).mappings()]

    def _country_event_select(self, country: str, *columns: Any) -> Any:
        return (
            select(*columns)
            .select_from(events)
            .join(event_countries, event_countries.c.event_pk == events.c.pk)
            .where(event_countries.c.country == country)
        )

    def country_event_counts(self, country: str) -> list[dict[str, Any]]:
        """Events concerning a country, counted in the database by week, type and whether they count as new.

        Each row: ``week`` (None or empty when undated), ``type``, ``counted`` (not historical,
        hypothetical, negated or future; an unknown ``historical`` counts), ``score`` (scores
        are few distinct values: grouping by them keeps sums and means exact) and ``events``.
        """
        counted = _counted_condition()
        flag = case((counted, 1), else_=0).label("counted")
        query = self._country_event_select(
            country, events.c.week, events.c.type, flag, events.c.score, func.count().label("events"),
        ).group_by(events.c.week, events.c.type, flag, events.c.score)
        with self.engine.connect() as conn:
            return [
                {"week": r.week, "type": r.type, "counted": bool(r.counted), "score": r.score, "events": r.events}
                for r in conn.execute(query)
            ]

    def country_top_events(self, country: str, counted: bool, limit: int) -> list[tuple[Event, dict[str, Any]]]:
        """The first ``limit`` events concerning a country, as ``country_events`` gives them.

        Counted events come lowest score first (no score reads as 0), then in ``country_events``
        order; the others (historical, hypothetical, negated, future) in ``country_events`` order.
        """
        condition = _counted_condition()
        order: list[ColumnElement[Any]] = [events.c.week, events.c.article_id, events.c.trigger_start, events.c.pk]
        if counted:
            order.insert(0, func.coalesce(events.c.score, 0.0))
        query = (
            select(events.c.pk)
            .join(event_countries, event_countries.c.event_pk == events.c.pk)
            .where(event_countries.c.country == country, condition if counted else ~condition)
            .order_by(*order)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            pks = list(conn.execute(query).scalars())
            if not pks:
                return []
            rows = conn.execute(self._events_with_sources().where(events.c.pk.in_(pks))).mappings().all()
        by_pk = {row["pk"]: row for row in rows}
        return [_event_with_source(by_pk[pk]) for pk in pks]

    def country_event_places(self, country: str) -> list[dict[str, Any]]:
        """Where events concerning a country happened: places with coordinates, with how many events each.

        A place is named by its canonical name (or its text); its coordinates are those of its first
        event in ``country_events`` order, and places come in the order of their first event.
        """
        place = events.c.place
        key = func.coalesce(func.nullif(place["canonical"].as_string(), ""), place["text"].as_string()).label("name")
        lat, lon = place["lat"].as_float().label("lat"), place["lon"].as_float().label("lon")
        order = [events.c.week, events.c.article_id, events.c.trigger_start, events.c.pk]
        inner = self._country_event_select(
            country, key, lat, lon, *order,
            func.row_number().over(partition_by=key, order_by=order).label("rn"),
            func.count().over(partition_by=key).label("mentions"),
        ).where(place["lat"].as_float().is_not(None), place["lon"].as_float().is_not(None)).subquery()
        query = (
            select(inner.c.name, inner.c.lat, inner.c.lon, inner.c.mentions)
            .where(inner.c.rn == 1)
            .order_by(inner.c.week, inner.c.article_id, inner.c.trigger_start, inner.c.pk)
        )
        with self.engine.connect() as conn:
            return [{"name": r.name, "lat": r.lat, "lon": r.lon, "mentions": r.mentions} for r in conn.execute(query)]

    def country_article_dates(self, country: str) -> list[tuple[str | None, int]]:
        """How many articles about a country carry each publication date (None: no date)."""
        query = (
            select(articles.c.published, func.count())
            .join(article_countries, article_countries.c.article_id == articles.c.id)
            .where(article_countries.c.country == country, article_countries.c.focus.is_(True))
            .group_by(articles.c.published)
        )
        with self.engine.connect() as conn:
            return [(published, n) for published, n in conn.execute(query)]

    def country_latest_articles(self, country: str, limit: int = 20) -> list[dict[str, Any]]:
        """The newest articles about a country (by publication, else capture date; then id), as ``country_articles``."""
        day = func.coalesce(func.nullif(articles.c.published, ""), func.nullif(articles.c.captured, ""), "")
        query = (
            select(articles.c.id, articles.c.title, articles.c.site_name, articles.c.published, articles.c.captured)
            .join(article_countries, article_countries.c.article_id == articles.c.id)
            .where(article_countries.c.country == country, article_countries.c.focus.is_(True))
            .order_by(day.desc(), articles.c.id.desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]

    def _events_with_sources(self) -> Any:
        return (
            select(events, articles.c.title, articles.c.site_name, articles.c.published, articles.c.captured,
                   articles.c.url, articles.c.source,
                   # Only the evidence sentence, not the whole article once per event.
                   func.substr(articles.c.text, events.c.sentence_start + 1,
                               events.c.sentence_end - events.c.sentence_start).label("sentence_text"))
            .join(articles, articles.c.id == events.c.article_id)
        )

    def country_articles(self, country: str) -> list[dict[str, Any]]:
        """The articles whose focus includes a country, with their dates."""
        query = (
            select(articles.c.id, articles.c.title, articles.c.site_name, articles.c.published, articles.c.captured)
            .join(article_countries, article_countries.c.article_id == articles.c.id)
            .where(article_countries.c.country == country, article_countries.c.focus.is_(True))
            .order_by(articles.c.published, articles.c.id)
        )
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]

    def country_quotes(self, country: str, limit: int = 2000) -> list[dict[str, Any]]:
        """The latest quotes in articles about a country, with speaker and article."""
        query = (
            quotes_with_articles()
            .join(article_countries, article_countries.c.article_id == articles.c.id)
            .where(article_countries.c.country == country, article_countries.c.focus.is_(True))
            .order_by(articles.c.published.desc(), quotes.c.article_id, quotes.c.start)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [quote_with_article(row) for row in conn.execute(query).mappings()]
