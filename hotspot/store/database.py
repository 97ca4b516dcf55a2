"""The store: articles and their facts in SQLite (default) or PostgreSQL, behind one class.

Each article is written in one transaction with all its facts, so a crash
never leaves half an article. Writing an article whose content or clean text
is already stored is a no-op that reports ``duplicate``; a near-duplicate (the
same story from another outlet) is stored and joins that article's story, and
each of its event mentions joins the happening it reports (``happenings.py``).
Opening a store brings its schema to the newest Alembic revision (``migrate.py``).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, create_engine, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.event import listen
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from hotspot import settings
from hotspot.errors import ConfigurationError, message
from hotspot.records import Article, Entity, concerned_countries, country_mentions
from hotspot.store import happenings, migrate, narratives, stories
from hotspot.store.countries import CountryReads
from hotspot.store.rows import (
    ARTICLE_COLUMNS,
    ENTITY_COLUMNS,
    entity_row,
    event_record,
    event_row,
    insert_one,
    quote_record,
    quote_row,
    upsert_speaker,
)
from hotspot.store.schema import (
    article_countries,
    article_signatures,
    articles,
    entities,
    event_countries,
    events,
    fetch_state,
    ingest_log,
    quotes,
)
from hotspot.store.schema import happenings as happenings_table
from hotspot.store.search import FullTextSearch, forget_sqlite, index_sqlite
from hotspot.store.voices import VoiceReads

SaveStatus = Literal["stored", "duplicate"]
SQLITE_BUSY_TIMEOUT_S = 60.0
# An article id is this many hex characters; a shorter one given to ``get`` is a prefix.
ID_CHARS = 16


def _json_dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def database_url(value: str) -> str:
    """Accept a SQLAlchemy URL or a bare file path (``my.db`` means ``sqlite:///my.db``)."""
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


WAL_WAIT_S = 10.0
"""How long a new connection waits to switch a database to WAL while another one holds it (a first migration)."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    _journal_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _journal_wal(cursor: Any) -> None:
    """``PRAGMA journal_mode=WAL``, waiting while another connection writes: SQLite answers "database is locked" at
    once, without its busy timeout, when a second process opens a new database that the first is still migrating."""
    deadline = time.monotonic() + WAL_WAIT_S
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class Store(CountryReads, VoiceReads, FullTextSearch):
    """One database, opened once per process; ``ensure_schema`` is idempotent.

    Besides writing and reading articles, it reads across them: about a country (:class:`CountryReads`),
    who said what (:class:`VoiceReads`) and full-text search (:class:`FullTextSearch`).
    """

    def __init__(self, url: str, near_duplicate_threshold: float | None = None, narrator: narratives.Narrator | None = None) -> None:
        self.url = database_url(url)
        # Makes each stored article's claims (``hotspot.connect.narratives``); None stores no claims.
        self.narrator = narrator
        self.narrative_index = narratives.NarrativeIndex()
        self.near_duplicate_threshold = float(settings.get("near_duplicate_threshold", near_duplicate_threshold))
        try:
            # Names stay readable in JSON columns (and searchable: "Yıldırım", not "Y\\u0131ld…").
            # SQLite: a writer (an ingest, a schema upgrade) holds the file for a moment; others wait for it
            # rather than fail with "database is locked" after the driver's default 5 s.
            connect_args = {"timeout": SQLITE_BUSY_TIMEOUT_S} if self.url.startswith("sqlite") else {}
            self.engine: Engine = create_engine(self.url, json_serializer=_json_dumps, connect_args=connect_args)
        except Exception as exc:  # bad URL or missing driver: say which
            raise ConfigurationError(message("H030", what=f"use database {self.url!r}", error=exc)) from exc
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if self.is_sqlite:
            listen(self.engine, "connect", _sqlite_pragmas)
        self.ensure_schema()

    def ensure_schema(self) -> None:
        """Bring the database to the newest schema revision (one query when it is there already)."""
        try:
            migrate.ensure_schema(self.engine)
        except (OperationalError, ProgrammingError) as exc:
            raise ConfigurationError(message("H030", what=f"open database {self.url!r}", error=exc.orig)) from exc

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
        signature = stories.signature(article.text)  # computed outside the transaction: it is CPU work
        claims = self.narrator.prepare(article) if self.narrator is not None else None  # embedding too
        try:
            with self.engine.begin() as conn:
                row = {name: getattr(article, name) for name in ARTICLE_COLUMNS}
                row["story_id"] = self._story_for(conn, signature) or article.id
                pk = insert_one(conn, insert(articles).values(**row))
                if signature is not None:
                    stories.index_article(conn, article.id, signature)
                self._insert_facts(conn, article)
                happenings.link_article(conn, article.id)
                if claims is not None:
                    narratives.link_claims(conn, article.id, claims, self.narrative_index)
                if self.is_sqlite:
                    index_sqlite(conn, pk, article.title, article.text)
                conn.execute(insert(ingest_log).values(source=article.source, status="stored", article_id=article.id))
        except IntegrityError:
            # Another writer may have stored the same content between our check and our insert.
            existing = self.find_duplicate(article.content_hash, article.text_hash)
            if existing is None:
                raise
            self.log(article.source, "duplicate", existing)
            return "duplicate", existing
        return "stored", article.id

    def _story_for(self, conn: Connection, signature: Any) -> str | None:
        """The story a new article joins: that of its nearest stored near-duplicate, if any (0 turns it off)."""
        if signature is None or self.near_duplicate_threshold <= 0:
            return None
        return stories.find_story(conn, signature, self.near_duplicate_threshold)

    def link_stories(self, batch: int = 200) -> int:
        """Index the articles stored before near-duplicate detection (revision 0003), oldest first.

        Each joins the story of an earlier near-duplicate, as if it had been stored now; returns how
        many were indexed. Idempotent: indexed articles are skipped.
        """
        done = 0
        while True:
            unindexed = ~select(article_signatures.c.article_id).where(
                article_signatures.c.article_id == articles.c.id).exists()
            with self.engine.begin() as conn:
                rows = conn.execute(
                    select(articles.c.id, articles.c.text).where(unindexed).order_by(articles.c.pk).limit(batch)
                ).all()
                for article_id, body in rows:
                    signature = stories.signature(body)
                    if signature is None:
                        # Nothing to compare: an empty signature marks it as seen.
                        conn.execute(insert(article_signatures).values(article_id=article_id, minhash=b""))
                        continue
                    story = self._story_for(conn, signature)
                    if story:
                        conn.execute(update(articles).where(articles.c.id == article_id).values(story_id=story))
                    stories.index_article(conn, article_id, signature)
            done += len(rows)
            if len(rows) < batch:
                return done

    def link_happenings(self, batch: int = 200) -> int:
        """Link the event mentions stored without a happening (before revision 0008), oldest article first.

        Each joins a happening as if its article had been stored now; returns how many mentions
        were linked. Idempotent: linked mentions are skipped (and those that report nothing that
        happened, or have no time of their own, stay alone, run after run).
        """
        linked, last_pk = 0, 0
        while True:
            unlinked = select(events.c.pk).where(events.c.article_id == articles.c.id, events.c.happening_id.is_(None))
            with self.engine.begin() as conn:
                rows = conn.execute(
                    select(articles.c.pk, articles.c.id).where(articles.c.pk > last_pk, unlinked.exists())
                    .order_by(articles.c.pk).limit(batch)
                ).all()
                for _, article_id in rows:
                    linked += happenings.link_article(conn, article_id)
            if len(rows) < batch:
                return linked
            last_pk = rows[-1].pk

    def happening(self, happening_id: int) -> dict[str, Any] | None:
        """One happening with its reports (event mentions with their articles), first stored first."""
        with self.engine.connect() as conn:
            row = conn.execute(select(happenings_table).where(happenings_table.c.id == happening_id)).mappings().first()
            if row is None:
                return None
            reports = conn.execute(
                select(events.c.pk, events.c.article_id, events.c.trigger_text, events.c.sentence_start,
                       events.c.sentence_end, articles.c.title, articles.c.site_name, articles.c.published,
                       articles.c.captured)
                .join(articles, articles.c.id == events.c.article_id)
                .where(events.c.happening_id == happening_id)
                .order_by(articles.c.pk, events.c.trigger_start)
            ).mappings().all()
        return {**dict(row), "sources": [dict(r) for r in reports]}

    def story_of(self, article_id: str) -> str | None:
        """The id of an article's story: the first stored article of its near-duplicate cluster."""
        with self.engine.connect() as conn:
            return conn.execute(select(articles.c.story_id).where(articles.c.id == article_id)).scalar()

    def story_members(self, story_id: str) -> list[dict[str, Any]]:
        """The articles of one story, first stored first: the same story as each outlet printed it."""
        query = (
            select(articles.c.id, articles.c.title, articles.c.site_name, articles.c.published, articles.c.url)
            .where(articles.c.story_id == story_id)
            .order_by(articles.c.pk)
        )
        with self.engine.connect() as conn:
            return [dict(row) for row in conn.execute(query).mappings()]

    def story(self, article_id: str) -> dict[str, Any] | None:
        """An article's story for display: its id and the other articles in it (an empty list when alone)."""
        story_id = self.story_of(article_id)
        if story_id is None:
            return None
        others = [member for member in self.story_members(story_id) if member["id"] != article_id]
        return {"id": story_id, "articles": others}

    def replace_facts(self, article: Article) -> None:
        """Replace an article's entities and quotes with new ones, atomically: re-analysis is idempotent."""
        claims = self.narrator.prepare(article) if self.narrator is not None else None
        with self.engine.begin() as conn:
            reported = happenings.happenings_of(conn, article.id)
            for table in (entities, quotes, events, article_countries):
                conn.execute(table.delete().where(table.c.article_id == article.id))
            happenings.refresh(conn, reported)  # their old mentions are gone: count again, drop the empty
            self._insert_facts(conn, article)
            happenings.link_article(conn, article.id)
            if self.narrator is not None:  # its claims are replaced, by none when it has none now
                old = narratives.forget_claims(conn, article.id)
                new = narratives.link_claims(conn, article.id, claims, self.narrative_index) if claims is not None else set()
                narratives.refresh(conn, old - new)
            conn.execute(update(articles).where(articles.c.id == article.id).values(extractors=article.extractors))
            # Logged, so the history shows it and readers' caches (keyed on ``generation``) see the change.
            conn.execute(insert(ingest_log).values(source=article.source, status="reanalyzed", article_id=article.id))

    def _insert_facts(self, conn: Connection, article: Article) -> None:
        if article.entities:
            conn.execute(insert(entities), [{"article_id": article.id, **entity_row(e)} for e in article.entities])
        for quote in article.quotes:
            conn.execute(insert(quotes).values(**quote_row(article.id, quote, upsert_speaker(conn, quote))))
        for event in article.events:
            pk = insert_one(conn, insert(events).values(**event_row(article, event)))
            # An event placed nowhere ("Masimov has been arrested") concerns what its sentence names, else the article's main country.
            concerned = sorted(concerned_countries(event, article.entities, article.focus))
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
        article = Article(**{name: row[name] for name in ARTICLE_COLUMNS})
        article.entities = [Entity(**{name: e[name] for name in ENTITY_COLUMNS}) for e in found]
        said = conn.execute(select(quotes).where(quotes.c.article_id == row["id"]).order_by(quotes.c.start)).mappings()
        article.quotes = [quote_record(q) for q in said]
        happened = conn.execute(
            select(events).where(events.c.article_id == row["id"]).order_by(events.c.trigger_start, events.c.pk)
        ).mappings()
        article.events = [event_record(e) for e in happened]
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

    def stats(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            by_status: dict[str, int] = dict(
                conn.execute(select(ingest_log.c.status, func.count()).group_by(ingest_log.c.status)).all()
            )
            by_label: dict[str, int] = dict(conn.execute(select(entities.c.label, func.count()).group_by(entities.c.label)).all())
            by_language: dict[str | None, int] = dict(
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

    def generation(self) -> tuple[int, int]:
        """Changes whenever the store does: the highest article and ingest-log row ids.

        Every write (a stored article, a duplicate, a deletion, a re-analysis) adds a
        log row, so readers that cache what they computed compare this pair, cheaply.
        """
        with self.engine.connect() as conn:
            return (
                conn.execute(select(func.max(articles.c.pk))).scalar() or 0,
                conn.execute(select(func.max(ingest_log.c.pk))).scalar() or 0,
            )

    def delete(self, article_id: str) -> bool:
        """Remove an article and every fact drawn from it, atomically; False when no such article.

        Its quotes, entities, events and MinHash index go with it (foreign keys
        cascade); a story it founded passes to the next-stored member; the happenings
        it reported are counted again (deleted when it was their only report); the
        ingest log keeps a 'deleted' line, so the store's history stays whole.
        """
        with self.engine.begin() as conn:
            row = conn.execute(
                select(articles.c.pk, articles.c.title, articles.c.text, articles.c.story_id, articles.c.source)
                .where(articles.c.id == article_id)
            ).first()
            if row is None:
                return False
            if self.is_sqlite:
                forget_sqlite(conn, row.pk, row.title, row.text)
            reported = happenings.happenings_of(conn, article_id)
            claimed = narratives.narratives_of(conn, article_id)
            conn.execute(articles.delete().where(articles.c.id == article_id))
            happenings.refresh(conn, reported)
            narratives.refresh(conn, claimed)
            if row.story_id == article_id:
                heir = conn.execute(
                    select(articles.c.id).where(articles.c.story_id == article_id).order_by(articles.c.pk).limit(1)
                ).scalar()
                if heir is not None:
                    conn.execute(update(articles).where(articles.c.story_id == article_id).values(story_id=heir))
            conn.execute(insert(ingest_log).values(source=row.source, status="deleted", article_id=article_id))
        return True

    def failures(self, limit: int = 50) -> list[tuple[str, str]]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(ingest_log.c.source, ingest_log.c.reason)
                .where(ingest_log.c.status == "failed")
                .order_by(ingest_log.c.pk.desc())
                .limit(limit)
            ).all()
        return [(r.source, r.reason) for r in rows]

    # -- fetching ----------------------------------------------------------------

    def fetch_state(self, url: str) -> dict[str, Any] | None:
        """What the last fetch of ``url`` gave (etag, last_modified, fetched_at, status), or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(fetch_state).where(fetch_state.c.url == url)).mappings().first()
        return dict(row) if row is not None else None

    def record_fetch(self, url: str, status: int, etag: str | None, last_modified: str | None) -> None:
        """Keep a fetch's status and validators for the next run's conditional GET (an upsert)."""
        values = {"status": status, "etag": etag, "last_modified": last_modified, "fetched_at": datetime.now(UTC)}
        # SQLite and PostgreSQL share the ON CONFLICT form: one atomic statement, safe with concurrent watchers.
        upsert = sqlite.insert if self.is_sqlite else postgresql.insert
        statement: sqlite.Insert | postgresql.Insert = upsert(fetch_state).values(url=url, **values)
        with self.engine.begin() as conn:
            conn.execute(statement.on_conflict_do_update(index_elements=[fetch_state.c.url], set_=values))
