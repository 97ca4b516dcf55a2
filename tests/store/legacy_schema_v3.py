"""Frozen: the schema as Hotspot made it before Alembic (``schema_version`` 3 in ``hotspot_meta``).

Kept verbatim so a test can build a database the old way (``create_all``, the FTS5 table, the
version row) and check that opening it with the migrations keeps every row. Never edit it.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
)

SCHEMA_VERSION = 3

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    # An integer key lets SQLite's FTS5 index the table as external content.
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(32), nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("standfirst", Text),
    Column("subheadings", JSON, nullable=False, default=list),
    Column("section", Text),
    Column("site_name", Text),
    Column("author", Text),
    Column("published", String(10)),
    Column("captured", String(10)),
    Column("language", String(8)),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("text_hash", String(64), nullable=False, index=True),
    Column("extractors", JSON, nullable=False, default=dict),
    Column("ingested_at", DateTime(timezone=True), server_default=func.now()),
)

entities = Table(
    "entities",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String(16), nullable=False),
    Column("canonical", Text),
    Column("actor_id", Text),
    Column("country", String(2)),
    Column("lat", Float),
    Column("lon", Float),
    Column("extractor", String(64), nullable=False),
    Index("ix_entities_article", "article_id", "start"),
    Index("ix_entities_actor", "actor_id"),
)

speakers = Table(
    "speakers",
    metadata,
    # One row per voice across the corpus: keyed by the actor id where the
    # entity linker knew one, else by the resolved name.
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("key", String(255), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("entity", Text),
    Column("aliases", JSON, nullable=False, default=list),
    Column("roles", JSON, nullable=False, default=list),
)

quotes = Table(
    "quotes",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("cue_text", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("speaker_text", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("speaker_name", Text),
    Column("speaker_role", Text),
    Column("speaker_entity", Text),
    Column("speaker_pk", Integer, ForeignKey("speakers.pk")),
    Column("via", JSON, nullable=False, default=list),
    Column("extractor", String(64), nullable=False),
    Index("ix_quotes_article", "article_id", "start"),
    Index("ix_quotes_speaker", "speaker_pk"),
)

events = Table(
    "events",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("quad", String(24)),
    Column("trigger_text", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("actors", JSON, nullable=False, default=list),
    Column("recipients", JSON, nullable=False, default=list),
    Column("place", JSON),
    Column("date", JSON),
    # The event's own date (or the article's, when the event has none) as an ISO week, for signals.
    Column("week", String(8)),
    Column("score", Float),
    Column("contexts", JSON, nullable=False, default=list),
    Column("hypothetical", Boolean, nullable=False, default=False),
    Column("future", Boolean, nullable=False, default=False),
    Column("negated", Boolean, nullable=False, default=False),
    Column("historical", Boolean),
    Column("reported_by", JSON),
    Column("extractor", String(64), nullable=False),
    Index("ix_events_article", "article_id", "trigger_start"),
    Index("ix_events_week", "week"),
)

event_countries = Table(
    "event_countries",
    metadata,
    # Which countries an event concerns (place, actors, recipients): what signals group by.
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True),
    Column("country", String(2), primary_key=True),
    Index("ix_event_countries_country", "country"),
)

article_countries = Table(
    "article_countries",
    metadata,
    # The countries an article is about (its focus), for normalising signals by coverage.
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("country", String(2), primary_key=True),
    Column("mentions", Integer, nullable=False),
    Column("focus", Boolean, nullable=False),
    Index("ix_article_countries_country", "country"),
)

ingest_log = Table(
    "ingest_log",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("article_id", String(32)),
    Column("reason", Text),
    Column("seen_at", DateTime(timezone=True), server_default=func.now()),
    Index("ix_ingest_log_source", "source"),
)

meta = Table(
    "hotspot_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)
