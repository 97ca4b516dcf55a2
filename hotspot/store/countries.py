"""Reads about one country (or all at once): its happenings, events, places, articles and quotes.

An event concerns the countries in ``event_countries`` (where it happened, its actors' and
recipients' countries, else the country its sentence names most, else its article's main country);
an article is about the countries of its focus (``article_countries.focus``).

What is counted is the *unit*: a happening (``happenings.py``) however many mentions report it,
or an event mention linked to none (one that reports nothing that happened, or one stored before
happenings and not yet linked), which stands alone. A happening is counted (status real) when at
least one report asserts it as new; a lone mention when it is itself counted (``counted_condition``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Engine, case, func, select

from hotspot.plover import CONFLICT_QUADS, QUAD_CLASS
from hotspot.records import Event
from hotspot.store.rows import counted_condition, event_record, quote_with_article, quotes_with_articles
from hotspot.store.schema import article_countries, articles, event_countries, events, happenings, quotes

CONFLICT_TYPES = sorted(t for t, quad in QUAD_CLASS.items() if quad in CONFLICT_QUADS)


def _unit_key() -> ColumnElement[int]:
    """What is counted once: the happening, or the mention itself when it has none (its negated key)."""
    return case((events.c.happening_id.is_(None), -events.c.pk), else_=events.c.happening_id)


def _unit_week() -> ColumnElement[str]:
    """The week a unit counts in: its happening's, else the mention's."""
    return case((events.c.happening_id.is_(None), events.c.week), else_=happenings.c.week)


def _unit_counted() -> ColumnElement[int]:
    """1 when the unit counts: a real happening, or a lone mention that counts as new."""
    return case(
        (events.c.happening_id.is_(None) & counted_condition(), 1),
        (happenings.c.counted.is_(True), 1),
        else_=0,
    )


def _outlet() -> ColumnElement[str]:
    """An article's outlet; an article without one is an outlet of its own."""
    return func.coalesce(func.nullif(articles.c.site_name, ""), "article:" + articles.c.id)


def _units(country: str | None) -> Any:
    """Events with the countries they concern and their happenings (for one country, or all)."""
    query = (
        select()
        .select_from(events)
        .join(event_countries, event_countries.c.event_pk == events.c.pk)
        .outerjoin(happenings, happenings.c.id == events.c.happening_id)
    )
    return query.where(event_countries.c.country == country) if country else query


def _event_with_source(row: Any) -> tuple[Event, dict[str, Any]]:
    event = event_record(row)
    event.sentence.text = row["sentence_text"]
    source = {k: row[k] for k in ("article_id", "week", "title", "site_name", "published", "captured", "url", "source")}
    return event, source


def _event_with_happening(row: Any) -> tuple[Event, dict[str, Any]]:
    event, source = _event_with_source(row)
    linked = row["happening_id"] is not None
    source.update(
        happening=row["happening_id"],
        mentions=row["h_mentions"] if linked else 1, reports=row["h_reports"] if linked else 1,
        outlets=row["h_outlets"] if linked else 1,
        first_seen=row["h_first_seen"] if linked else (row["published"] or row["captured"]),
    )
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

    def country_event_counts(self, country: str | None) -> list[dict[str, Any]]:
        """Happenings concerning a country (None: every country), counted in the database by week and type.

        Each row: ``country``, ``week`` (None or empty when undated), ``type``, ``counted`` (a real
        happening, or a lone mention that counts as new), ``score`` (the lowest of its mentions';
        scores are few distinct values: grouping by them keeps sums and means exact),
        ``happenings`` (units: a happening, or a mention linked to none), ``events`` (their
        mentions) and ``reports`` (their reports: articles, summed over the units).
        """
        key = _unit_key()
        per_unit = (
            _units(country)
            .add_columns(
                event_countries.c.country.label("country"), key.label("unit"), func.max(_unit_week()).label("week"),
                func.max(events.c.type).label("type"), func.max(_unit_counted()).label("counted"),
                func.min(events.c.score).label("score"), func.count().label("mentions"),
                func.count(func.distinct(events.c.article_id)).label("reports"),
            )
            .group_by(event_countries.c.country, key)
            .subquery()
        )
        columns = [per_unit.c.country, per_unit.c.week, per_unit.c.type, per_unit.c.counted, per_unit.c.score]
        query = select(
            *columns, func.count().label("happenings"), func.sum(per_unit.c.mentions).label("events"),
            func.sum(per_unit.c.reports).label("reports"),
        ).group_by(*columns)
        with self.engine.connect() as conn:
            return [
                {"country": r.country, "week": r.week, "type": r.type, "counted": bool(r.counted), "score": r.score,
                 "happenings": int(r.happenings), "events": int(r.events), "reports": int(r.reports)}
                for r in conn.execute(query)
            ]

    def country_evidence(self, country: str | None, weeks: list[str] | None = None) -> list[dict[str, Any]]:
        """What stands behind a country's signal, per week: its counted conflict happenings and their reports.

        Each row: ``country``, ``week``, ``happenings`` (counted units of a conflict type in that
        week), ``reports`` (distinct articles reporting them) and ``outlets`` (distinct outlets
        among those articles). ``weeks`` narrows it to some weeks; ``country`` None: every country.
        """
        week = _unit_week()
        query = (
            _units(country)
            .join(articles, articles.c.id == events.c.article_id)
            .add_columns(
                event_countries.c.country.label("country"), week.label("week"),
                func.count(func.distinct(_unit_key())).label("happenings"),
                func.count(func.distinct(events.c.article_id)).label("reports"),
                func.count(func.distinct(_outlet())).label("outlets"),
            )
            .where(_unit_counted() == 1, events.c.type.in_(CONFLICT_TYPES))
            .group_by(event_countries.c.country, week)
        )
        if weeks is not None:
            query = query.where(week.in_(weeks))
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]

    def country_evidence_total(self, country: str, weeks: list[str]) -> dict[str, int]:
        """``country_evidence`` over several weeks at once: distinct happenings, reports and outlets."""
        week = _unit_week()
        query = (
            _units(country)
            .join(articles, articles.c.id == events.c.article_id)
            .add_columns(
                func.count(func.distinct(_unit_key())).label("happenings"),
                func.count(func.distinct(events.c.article_id)).label("reports"),
                func.count(func.distinct(_outlet())).label("outlets"),
            )
            .where(_unit_counted() == 1, events.c.type.in_(CONFLICT_TYPES), week.in_(weeks))
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).mappings().one()
        return {key: int(row[key] or 0) for key in ("happenings", "reports", "outlets")}

    def country_top_events(self, country: str, counted: bool, limit: int) -> list[tuple[Event, dict[str, Any]]]:
        """The first ``limit`` happenings concerning a country, each as one of its mentions, as ``country_events`` gives them.

        A happening shows its first mention that counts as new (else its first mention); the source
        tells how many ``mentions``, ``reports`` and ``outlets`` report it, its ``first_seen`` date and
        its ``happening`` id (None for a mention linked to none). Counted ones come lowest score first
        (no score reads as 0), then in ``country_events`` order; the others (historical, hypothetical,
        negated, future, alleged, unsure) the most mentioned first, then in ``country_events`` order: what several
        reports tell as background (last year's protests) before a passing hypothetical of one sentence.
        """
        key = _unit_key()
        own = case((counted_condition(), 0), else_=1)
        inner = (
            _units(country)
            .add_columns(
                events.c.pk, events.c.week, events.c.article_id, events.c.trigger_start,
                events.c.score, func.row_number().over(partition_by=key, order_by=[own, events.c.pk]).label("rn"),
                func.count().over(partition_by=key).label("told"),
            )
            .where(_unit_counted() == (1 if counted else 0))
            .subquery()
        )
        order: list[ColumnElement[Any]] = [inner.c.week, inner.c.article_id, inner.c.trigger_start, inner.c.pk]
        if counted:
            order.insert(0, func.coalesce(inner.c.score, 0.0))
        else:
            order.insert(0, inner.c.told.desc())
        query = select(inner.c.pk).where(inner.c.rn == 1).order_by(*order).limit(limit)
        with self.engine.connect() as conn:
            pks = list(conn.execute(query).scalars())
            if not pks:
                return []
            rows = conn.execute(
                self._events_with_sources()
                .add_columns(happenings.c.mentions.label("h_mentions"), happenings.c.reports.label("h_reports"),
                             happenings.c.outlets.label("h_outlets"), happenings.c.first_seen.label("h_first_seen"))
                .outerjoin(happenings, happenings.c.id == events.c.happening_id)
                .where(events.c.pk.in_(pks))
            ).mappings().all()
        by_pk = {row["pk"]: row for row in rows}
        return [_event_with_happening(by_pk[pk]) for pk in pks]

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

    def article_dates_by_country(self) -> list[tuple[str, str | None, str | None, int]]:
        """``country_article_dates`` for every country at once: (country, published, captured, articles)."""
        query = (
            select(article_countries.c.country, articles.c.published, articles.c.captured, func.count())
            .join(article_countries, article_countries.c.article_id == articles.c.id)
            .where(article_countries.c.focus.is_(True))
            .group_by(article_countries.c.country, articles.c.published, articles.c.captured)
        )
        with self.engine.connect() as conn:
            return [(country, published, captured, n) for country, published, captured, n in conn.execute(query)]

    def country_article_dates(self, country: str) -> list[tuple[str | None, str | None, int]]:
        """How many articles about a country carry each publication and capture date (None: no date)."""
        query = (
            select(articles.c.published, articles.c.captured, func.count())
            .join(article_countries, article_countries.c.article_id == articles.c.id)
            .where(article_countries.c.country == country, article_countries.c.focus.is_(True))
            .group_by(articles.c.published, articles.c.captured)
        )
        with self.engine.connect() as conn:
            return [(published, captured, n) for published, captured, n in conn.execute(query)]

    def country_latest_articles(self, country: str, limit: int = 20) -> list[dict[str, Any]]:
        """The newest articles about a country (by publication, else capture date; then id), as ``country_articles``."""
        day = func.coalesce(func.nullif(articles.c.published, ""), func.nullif(articles.c.captured, ""), "")
        query = (
            select(articles.c.id, articles.c.title, articles.c.site_name, articles.c.published, articles.c.captured,
                   articles.c.source)  # the source names an article that has no title (a clean-text input)
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
