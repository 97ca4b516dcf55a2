"""The store: articles and their facts in SQLite (default) or PostgreSQL, behind one class.

Each article is written in one transaction with all its facts, so a crash
never leaves half an article. Writing an article whose content or clean text
is already stored is a no-op that reports ``duplicate``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, Text, and_, case, create_engine, event, func, insert, or_, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from hotspot.connect.signals import QUAD_CLASS, event_country_codes, event_week
from hotspot.errors import ConfigurationError
from hotspot.records import (
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
)
from hotspot.understand.focus import country_mentions
from hotspot.store.schema import (
    SCHEMA_VERSION,
    article_countries,
    articles,
    entities,
    event_countries,
    events,
    ingest_log,
    meta,
    metadata,
    quotes,
    speakers,
)

SaveStatus = Literal["stored", "duplicate"]
_ARTICLE_COLUMNS = [f.name for f in fields(Article) if f.name not in ("entities", "quotes", "events", "focus")]
# Mentions that name nobody: they resolve a quote, but are no alias of its speaker.
ID_CHARS = 16
_NOT_ALIASES = frozenset({"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"})
_ENTITY_COLUMNS = [f.name for f in fields(Entity)]
_FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "title, text, content='articles', content_rowid='pk', tokenize='unicode61 remove_diacritics 2')"
)
# FTS5 column weights for bm25(): a hit in the title counts five times one in the body.
_TITLE_WEIGHT, _TEXT_WEIGHT = 5.0, 1.0
# What PostgreSQL searches: the title (weighted A) and the text of an article row.
POSTGRES_DOCUMENT = (
    "(setweight(to_tsvector('simple', coalesce(articles.title, '')), 'A') || "
    "to_tsvector('simple', articles.text))"
)
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def database_url(value: str) -> str:
    """Accept a SQLAlchemy URL or a bare file path (``my.db`` means ``sqlite:///my.db``)."""
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


def plain_words(query: str) -> list[str]:
    """The words of a query, without operators: the fallback for a query that does not parse."""
    return [w for w in re.findall(r"\w+", query) if w not in _OPERATORS]


def to_websearch(query: str) -> str:
    """Translate FTS5-style operators to PostgreSQL's web-search syntax, so one query works on both."""
    query = re.sub(r"\bNOT\s+", "-", query)
    query = re.sub(r"\bOR\b", "or", query)
    query = re.sub(r"\bAND\b|[()*]|\b\w+:", " ", query)
    return re.sub(r"\s+", " ", query).strip()


@dataclass(slots=True)
class SearchHit:
    id: str
    title: str | None
    published: str | None
    site_name: str | None
    snippet: str
    score: float


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Store:
    """One database, opened once per process; ``ensure_schema`` is idempotent."""

    def __init__(self, url: str) -> None:
        self.url = database_url(url)
        try:
            # Names stay readable in JSON columns (and searchable: "Yıldırım", not "Y\\u0131ld…").
            self.engine: Engine = create_engine(self.url, json_serializer=_json_dumps)
        except Exception as exc:  # bad URL or missing driver: say which
            raise ConfigurationError(f"[H030] cannot use database {self.url!r}: {exc}") from exc
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.ensure_schema()

    def ensure_schema(self) -> None:
        try:
            with self.engine.begin() as conn:
                metadata.create_all(conn)
                # create_all makes missing tables only: indexes added to existing tables later come here.
                for table in metadata.sorted_tables:
                    for index in table.indexes:
                        index.create(conn, checkfirst=True)
                if self.is_sqlite:
                    conn.exec_driver_sql(_FTS_DDL)
                stored = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
                if stored is None:
                    conn.execute(insert(meta).values(key="schema_version", value=str(SCHEMA_VERSION)))
                elif int(stored) > SCHEMA_VERSION:
                    raise ConfigurationError(
                        f"[H031] database schema {stored} is newer than this Hotspot ({SCHEMA_VERSION})"
                    )
                elif int(stored) < SCHEMA_VERSION:
                    # Versions so far only added tables, which create_all has just made.
                    conn.execute(update(meta).where(meta.c.key == "schema_version").values(value=str(SCHEMA_VERSION)))
        except OperationalError as exc:
            raise ConfigurationError(f"[H030] cannot open database {self.url!r}: {exc.orig}") from exc

    def close(self) -> None:
        self.engine.dispose()

    # -- writing ---------------------------------------------------------------

    def find_duplicate(self, content_hash: str, text_hash: str | None = None) -> str | None:
        """The id of an article already stored with this content or this clean text."""
        condition = articles.c.content_hash == content_hash
        if text_hash:
            condition = or_(condition, articles.c.text_hash == text_hash)
        with self.engine.connect() as conn:
            return conn.execute(select(articles.c.id).where(condition).limit(1)).scalar()

    def save(self, article: Article) -> tuple[SaveStatus, str]:
        """Store an article and its facts atomically; return the status and the stored id."""
        existing = self.find_duplicate(article.content_hash, article.text_hash)
        if existing:
            self.log(article.source, "duplicate", existing)
            return "duplicate", existing
        try:
            with self.engine.begin() as conn:
                row = {name: getattr(article, name) for name in _ARTICLE_COLUMNS}
                pk = conn.execute(insert(articles).values(**row)).inserted_primary_key[0]
                self._insert_facts(conn, article)
                if self.is_sqlite:
                    conn.execute(
                        text("INSERT INTO articles_fts(rowid, title, text) VALUES (:pk, :title, :text)"),
                        {"pk": pk, "title": article.title or "", "text": article.text},
                    )
                conn.execute(insert(ingest_log).values(source=article.source, status="stored", article_id=article.id))
        except IntegrityError:
            # Another writer may have stored the same content between our check and our insert.
            existing = self.find_duplicate(article.content_hash, article.text_hash)
            if existing is None:
                raise
            self.log(article.source, "duplicate", existing)
            return "duplicate", existing
        return "stored", article.id

    def replace_facts(self, article: Article) -> None:
        """Replace an article's entities and quotes with new ones, atomically: re-analysis is idempotent."""
        with self.engine.begin() as conn:
            for table in (entities, quotes, events, article_countries):
                conn.execute(table.delete().where(table.c.article_id == article.id))
            self._insert_facts(conn, article)
            conn.execute(update(articles).where(articles.c.id == article.id).values(extractors=article.extractors))

    def _insert_facts(self, conn: Connection, article: Article) -> None:
        if article.entities:
            conn.execute(insert(entities), [{"article_id": article.id, **_entity_row(e)} for e in article.entities])
        for quote in article.quotes:
            conn.execute(insert(quotes).values(**_quote_row(article.id, quote, _upsert_speaker(conn, quote))))
        for event in article.events:
            pk = conn.execute(insert(events).values(**_event_row(article, event))).inserted_primary_key[0]
            # An event placed nowhere ("Masimov has been arrested") happened in the article's main country.
            concerned = sorted(event_country_codes(event) or set(article.focus[:1]))
            if concerned:
                conn.execute(insert(event_countries), [{"event_pk": pk, "country": c} for c in concerned])
        mentioned = country_mentions(article.entities)
        if mentioned:
            conn.execute(
                insert(article_countries),
                [
                    {"article_id": article.id, "country": c, "mentions": n, "focus": c in article.focus}
                    for c, n in sorted(mentioned.items())
                ],
            )

    def log(self, source: str, status: str, article_id: str | None = None, reason: str | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(ingest_log).values(source=source, status=status, article_id=article_id, reason=reason))

    # -- reading ---------------------------------------------------------------

    def get(self, article_id: str) -> Article | None:
        """The article with this id, or with this unique id prefix (as git accepts short hashes)."""
        with self.engine.connect() as conn:
            if len(article_id) == ID_CHARS:
                condition = articles.c.id == article_id
            else:
                condition = articles.c.id.startswith(article_id, autoescape=True)
            rows = conn.execute(select(articles).where(condition).limit(2)).mappings().all()
            if len(rows) != 1:
                return None
            return self._article(conn, rows[0])

    def iter_articles(self, batch: int = 200) -> Iterator[Article]:
        """Every article in ingest order, streamed in batches to keep memory flat."""
        last_pk = 0
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(articles).where(articles.c.pk > last_pk).order_by(articles.c.pk).limit(batch)
                ).mappings().all()
                if not rows:
                    return
                for row in rows:
                    yield self._article(conn, row)
                last_pk = rows[-1]["pk"]

    def _article(self, conn: Connection, row: Any) -> Article:
        found = conn.execute(
            select(entities).where(entities.c.article_id == row["id"]).order_by(entities.c.start)
        ).mappings()
        article = Article(**{name: row[name] for name in _ARTICLE_COLUMNS})
        article.entities = [Entity(**{name: e[name] for name in _ENTITY_COLUMNS}) for e in found]
        said = conn.execute(select(quotes).where(quotes.c.article_id == row["id"]).order_by(quotes.c.start)).mappings()
        article.quotes = [_quote_record(q) for q in said]
        happened = conn.execute(
            select(events).where(events.c.article_id == row["id"]).order_by(events.c.trigger_start, events.c.pk)
        ).mappings()
        article.events = [_event_record(e) for e in happened]
        for event in article.events:
            event.sentence.text = article.text[event.sentence.start : event.sentence.end]
        article.focus = list(
            conn.execute(
                select(article_countries.c.country)
                .where(article_countries.c.article_id == row["id"], article_countries.c.focus.is_(True))
                .order_by(article_countries.c.mentions.desc(), article_countries.c.country)
            ).scalars()
        )
        return article

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
        query = _quotes_with_articles().outerjoin(speakers, speakers.c.pk == quotes.c.speaker_pk)
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
        return [_quote_with_article(row) for row in rows]

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
        found = []
        with self.engine.connect() as conn:
            for row in conn.execute(query).mappings():
                event = _event_record(row)
                event.sentence.text = row["sentence_text"]
                source = {k: row[k] for k in ("article_id", "week", "title", "site_name", "published", "captured",
                                              "url", "source")}
                found.append((event, source))
        return found

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
        order = [events.c.week, events.c.article_id, events.c.trigger_start, events.c.pk]
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
            _quotes_with_articles()
            .join(article_countries, article_countries.c.article_id == articles.c.id)
            .where(article_countries.c.country == country, article_countries.c.focus.is_(True))
            .order_by(articles.c.published.desc(), quotes.c.article_id, quotes.c.start)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [_quote_with_article(row) for row in conn.execute(query).mappings()]

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

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        """Full-text search over title and text, best first.

        SQLite takes FTS5 syntax (phrases, AND/OR/NOT, prefix*, ``title:``);
        a query that is not valid FTS5 is retried as plain words.
        PostgreSQL takes web-search syntax (phrases, ``or``, ``-word``).
        """
        if not query.strip():
            return []
        if self.is_sqlite:
            try:
                return self._search_sqlite(query, limit, offset)
            except OperationalError:
                words = plain_words(query)
                if not words:
                    return []
                return self._search_sqlite(" ".join(f'"{w}"' for w in words), limit, offset)
        return self._search_postgres(to_websearch(query), limit, offset)

    def _search_sqlite(self, query: str, limit: int, offset: int) -> list[SearchHit]:
        sql = text(
            "SELECT a.id, a.title, a.published, a.site_name, "
            "snippet(articles_fts, 1, '[', ']', '…', 16) AS snippet, "
            f"bm25(articles_fts, {_TITLE_WEIGHT}, {_TEXT_WEIGHT}) AS score "
            "FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid "
            "WHERE articles_fts MATCH :q ORDER BY score LIMIT :limit OFFSET :offset"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(sql, {"q": query, "limit": limit, "offset": offset}).all()
        return [SearchHit(r.id, r.title, r.published, r.site_name, r.snippet, -r.score) for r in rows]

    def _search_postgres(self, query: str, limit: int, offset: int) -> list[SearchHit]:
        sql = text(
            "SELECT id, title, published, site_name, "
            "ts_headline('simple', text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8') AS snippet, "
            f"ts_rank({POSTGRES_DOCUMENT}, q) AS score "
            "FROM articles, websearch_to_tsquery('simple', :q) AS q "
            f"WHERE {POSTGRES_DOCUMENT} @@ q "
            "ORDER BY score DESC LIMIT :limit OFFSET :offset"
        )
        try:
            with self.engine.connect() as conn:
                rows = conn.execute(sql, {"q": query, "limit": limit, "offset": offset}).all()
        except ProgrammingError:
            return []
        return [SearchHit(r.id, r.title, r.published, r.site_name, r.snippet, float(r.score)) for r in rows]

    def stats(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            by_status = dict(
                conn.execute(select(ingest_log.c.status, func.count()).group_by(ingest_log.c.status)).all()
            )
            by_label = dict(conn.execute(select(entities.c.label, func.count()).group_by(entities.c.label)).all())
            by_language = dict(
                conn.execute(select(articles.c.language, func.count()).group_by(articles.c.language)).all()
            )
            top_actors = conn.execute(
                select(entities.c.canonical, entities.c.label, func.count(func.distinct(entities.c.article_id)).label("n"))
                .where(entities.c.canonical.is_not(None))
                .where(entities.c.label != "DATE")
                .group_by(entities.c.canonical, entities.c.label)
                .order_by(func.count(func.distinct(entities.c.article_id)).desc(), entities.c.canonical)
                .limit(15)
            ).all()
            return {
                "articles": conn.execute(select(func.count()).select_from(articles)).scalar(),
                "entities": conn.execute(select(func.count()).select_from(entities)).scalar(),
                "inputs_by_status": by_status,
                "entities_by_label": by_label,
                "articles_by_language": {k or "unknown": v for k, v in by_language.items()},
                "top_actors": [{"canonical": c, "label": lbl, "articles": n} for c, lbl, n in top_actors],
            }

    def failures(self, limit: int = 50) -> list[tuple[str, str]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(ingest_log.c.source, ingest_log.c.reason)
                .where(ingest_log.c.status == "failed")
                .order_by(ingest_log.c.pk.desc())
                .limit(limit)
            ).all()
        return [(r.source, r.reason) for r in rows]


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


def _upsert_speaker(conn: Connection, quote: Quote) -> int | None:
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
        return conn.execute(
            insert(speakers).values(
                key=key, name=speaker.name, entity=speaker.entity, aliases=new_aliases, roles=new_roles
            )
        ).inserted_primary_key[0]
    aliases = row["aliases"] + [a for a in new_aliases if a not in row["aliases"]]
    roles = row["roles"] + [r for r in new_roles if r not in row["roles"]]
    if aliases != row["aliases"] or roles != row["roles"]:
        conn.execute(update(speakers).where(speakers.c.pk == row["pk"]).values(aliases=aliases, roles=roles))
    return row["pk"]


def _quote_row(article_id: str, quote: Quote, speaker_pk: int | None) -> dict[str, Any]:
    cue, speaker = quote.cue, quote.speaker
    return {
        "article_id": article_id, "kind": quote.kind, "start": quote.start, "end": quote.end, "text": quote.text,
        "cue_text": cue and cue.text, "cue_start": cue and cue.start, "cue_end": cue and cue.end,
        "speaker_text": speaker and speaker.text, "speaker_start": speaker and speaker.start,
        "speaker_end": speaker and speaker.end, "speaker_name": speaker and speaker.name,
        "speaker_role": speaker and speaker.role, "speaker_entity": speaker and speaker.entity,
        "speaker_pk": speaker_pk, "via": list(quote.via), "extractor": quote.extractor,
    }


def _quote_record(row: Any) -> Quote:
    cue = Span(row["cue_text"], row["cue_start"], row["cue_end"]) if row["cue_text"] is not None else None
    speaker = None
    if row["speaker_text"] is not None:
        speaker = Speaker(
            row["speaker_text"], row["speaker_start"], row["speaker_end"],
            row["speaker_name"], row["speaker_role"], row["speaker_entity"],
        )
    return Quote(row["kind"], row["text"], row["start"], row["end"], cue, speaker, list(row["via"]), row["extractor"])


def _quote_dict(row: Any) -> dict[str, Any]:
    """``asdict(_quote_record(row))``, built directly: ``asdict`` is slow on thousands of quotes."""
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


def _quotes_with_articles() -> Any:
    """Quotes joined to the article each was found in: what quote lists show beside the quote."""
    return select(quotes, articles.c.title, articles.c.site_name, articles.c.published, articles.c.url).join(
        articles, articles.c.id == quotes.c.article_id
    )


def _quote_with_article(row: Any) -> dict[str, Any]:
    return {**_quote_dict(row), "article_id": row["article_id"], "title": row["title"],
            "site_name": row["site_name"], "published": row["published"], "url": row["url"]}


def _event_row(article: Article, event: Event) -> dict[str, Any]:
    return {
        "article_id": article.id, "type": event.type, "mode": event.mode, "quad": QUAD_CLASS.get(event.type),
        "trigger_text": event.trigger.text, "trigger_start": event.trigger.start, "trigger_end": event.trigger.end,
        "sentence_start": event.sentence.start, "sentence_end": event.sentence.end,
        "actors": [asdict(a) for a in event.actor], "recipients": [asdict(r) for r in event.recipient],
        "place": event.place and asdict(event.place), "date": event.date and asdict(event.date),
        "week": event_week(event, article.published), "score": event.score,
        "contexts": list(event.contexts), "hypothetical": event.hypothetical, "future": event.future,
        "negated": event.negated, "historical": event.historical,
        "reported_by": event.reported_by and asdict(event.reported_by), "extractor": event.extractor,
    }


def _event_record(row: Any) -> Event:
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
        extractor=row["extractor"],
    )


def _entity_row(entity: Entity) -> dict[str, Any]:
    return {name: getattr(entity, name) for name in _ENTITY_COLUMNS}


def _counted_condition() -> Any:
    """SQL for ``counts_as_new``: not historical (NULL, unknown, counts), hypothetical, negated or future."""
    return ~or_(
        func.coalesce(events.c.historical, False).is_(True), events.c.hypothetical.is_(True),
        events.c.negated.is_(True), events.c.future.is_(True),
    )


def _event_with_source(row: Any) -> tuple[Event, dict[str, Any]]:
    event = _event_record(row)
    event.sentence.text = row["sentence_text"]
    source = {k: row[k] for k in ("article_id", "week", "title", "site_name", "published", "captured", "url", "source")}
    return event, source
