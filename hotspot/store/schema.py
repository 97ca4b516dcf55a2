"""The one schema, for SQLite (the embedded default) and PostgreSQL alike.

Articles are keyed by ``id`` (a hash of the input content, so re-ingesting the
same page is a no-op) and carry ``text_hash`` so the same article captured
twice with different boilerplate is caught too. Every fact table holds the
article id, the character span in the article's clean text and the name of
the component that made the fact. ``ingest_log`` keeps every input the
store was shown, with what became of it: nothing is lost silently.

Near-duplicates (the same wire story in several outlets) are stored once per
outlet and share ``articles.story_id``; ``article_signatures`` and
``article_bands`` are the MinHash index that finds them (``stories.py``).
Event mentions that report one thing (the same protest in ten outlets) share
``events.happening_id``, a row of ``happenings`` (``happenings.py``). Claims (what a source asserts,
denies or questions) that say the same thing share ``claims.narrative_id``, a row of ``narratives``
(``narratives.py``).

The database is kept at this schema by the Alembic revisions in
``migrations/versions``: a change here needs a revision there (a test
compares the two on both back ends).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    false,
    func,
)

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
    Column("published", String(10), index=True),  # newest-first listings walk it (revision 0007)
    Column("captured", String(10)),
    Column("language", String(8)),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("text_hash", String(64), nullable=False, index=True),
    Column("extractors", JSON, nullable=False, default=dict),
    Column("ingested_at", DateTime(timezone=True), server_default=func.now()),
    # The id of the first stored article of this one's story cluster (its own id when it is the first).
    Column("story_id", String(32), index=True),
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
# The search filter 'entity=' matches any of these, in any case (revision 0005).
Index("ix_entities_lower_canonical", func.lower(entities.c.canonical), entities.c.article_id)
Index("ix_entities_lower_actor", func.lower(entities.c.actor_id), entities.c.article_id)
Index("ix_entities_lower_text", func.lower(entities.c.text), entities.c.article_id)

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
Index("ix_quotes_lower_speaker_name", func.lower(quotes.c.speaker_name), quotes.c.article_id)

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
    # A claim the article reports but does not assert ("X accused Y of ..."): shown, never counted (revision 0008).
    Column("alleged", Boolean, nullable=False, default=False, server_default=false()),
    # The happening this mention reports (``happenings.id``); None for a mention that reports nothing that
    # happened (hypothetical, negated, future), has no time of its own, or was stored before revision 0008
    # and not yet linked (``hotspot db happenings``). Kept by ``happenings.py``: no foreign key.
    Column("happening_id", Integer),
    # The classifier's probability that the text asserts the event (revision 0011); NULL: no model weighed it.
    # Under ``records.counted_confidence`` of its extractor the event is shown, never counted.
    Column("confidence", Float),
    Index("ix_events_article", "article_id", "trigger_start"),
    Index("ix_events_week", "week"),
    Index("ix_events_type_article", "type", "article_id"),
    Index("ix_events_happening", "happening_id"),
)

happenings = Table(
    "happenings",
    metadata,
    # One thing that happened, however many articles report it (``happenings.py``): the event mentions
    # of one type, country, place, participants and date window share it through ``events.happening_id``.
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("type", String(16), nullable=False),
    Column("country", String(2)),
    # The ISO week it is counted in, and its date as precisely as a report gives it (a day or a month).
    Column("week", String(8), nullable=False),
    Column("period", String(10)),
    # A place with coordinates (a city, a region), as the first report that named one gives it.
    Column("place", Text),
    # Who took part, as match keys: "n:<canonical name>" and "c:<country>" of its actors and recipients.
    Column("participants", JSON, nullable=False, default=list),
    # The earliest report: its article and its date (publication, else capture); None when undated.
    Column("first_article_id", String(32)),
    Column("first_seen", String(10)),
    Column("mentions", Integer, nullable=False, default=0),
    Column("reports", Integer, nullable=False, default=0),
    Column("outlets", Integer, nullable=False, default=0),
    # Status real: at least one report asserts it as new (not historical, hypothetical, negated, future or
    # alleged). Only such happenings are counted by the signal.
    Column("counted", Boolean, nullable=False, default=False),
    Index("ix_happenings_lookup", "type", "country", "week"),
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

article_signatures = Table(
    "article_signatures",
    metadata,
    # The article's MinHash signature (little-endian uint32 values): near-duplicates are verified on it.
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("minhash", LargeBinary, nullable=False),
)

article_bands = Table(
    "article_bands",
    metadata,
    # LSH band keys: two articles sharing a key are near-duplicate candidates (the key leads the index).
    Column("band_key", BigInteger, primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_article_bands_article", "article_id"),
)

meta = Table(
    # Only ``schema_version``: it makes a Hotspot from before Alembic refuse a newer database ([H031]).
    "hotspot_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

fetch_state = Table(
    "fetch_state",
    metadata,
    # What the last fetch of a URL gave: its validators for the next conditional GET (ETag,
    # Last-Modified), when, and the HTTP status. ``watch`` skips URLs already fetched.
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("fetched_at", DateTime(timezone=True), nullable=False),
    Column("status", Integer, nullable=False),
)

ingest_jobs = Table(
    "ingest_jobs",
    metadata,
    # A batch uploaded through the web workspace, analysed in the background: its progress and, per
    # input, what became of it. In the database, so any server process can show it, after a restart too.
    Column("id", String(32), primary_key=True),
    Column("state", String(16), nullable=False),
    Column("total", Integer, nullable=False),
    Column("done", Integer, nullable=False, default=0),
    Column("results", JSON, nullable=False, default=list),
    Column("error", Text),
    Column("submitted", DateTime(timezone=True), nullable=False),
    Column("updated", DateTime(timezone=True), nullable=False),
    Column("finished", DateTime(timezone=True)),
)

claims = Table(
    "claims",
    metadata,
    # One claim of an article (``hotspot.connect.claims``): a sentence of a quote, or an event the text does not
    # assert, with who holds it and with which stance; its embedding groups it into a narrative (revision 0010).
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    # What was embedded: the claim without its frame ("X denied that Y" gives Y).
    Column("core", Text, nullable=False),
    Column("holder", Text),
    Column("holder_kind", String(16)),
    Column("stance", String(16), nullable=False),
    Column("language", String(8)),
    Column("day", String(10)),
    Column("country", String(2)),
    Column("source", String(8), nullable=False),
    # The embedding as little-endian float32 bytes, and the encoder that made it.
    Column("vector", LargeBinary, nullable=False),
    Column("encoder", String(16), nullable=False),
    Column("narrative_id", Integer),
    # Cosine to the nearest claim of the narrative when it joined (None: it started the narrative).
    Column("similarity", Float),
    Column("extractor", String(64), nullable=False),
    Index("ix_claims_article", "article_id", "start"),
    Index("ix_claims_narrative", "narrative_id", "pk"),
    Index("ix_claims_country", "country"),
)

narratives = Table(
    "narratives",
    metadata,
    # Claims that say the same thing, in any outlet and language (``narratives.py``), with what the listings
    # read kept up to date on every change; ``seq`` grows with each change, so a writer's in-memory index of
    # the narratives' claims reloads only what changed. A narrative whose claims are all gone stays, empty.
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("representative_pk", Integer),
    Column("representative", Text),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
    Column("claims", Integer, nullable=False, default=0),
    Column("articles", Integer, nullable=False, default=0),
    Column("outlets", Integer, nullable=False, default=0),
    Column("languages", Integer, nullable=False, default=0),
    # Distinct holders that assert, deny and question it: its voices for and against.
    Column("asserting", Integer, nullable=False, default=0),
    Column("denying", Integer, nullable=False, default=0),
    Column("questioning", Integer, nullable=False, default=0),
    Column("seq", Integer, nullable=False, default=0),
    Index("ix_narratives_seq", "seq"),
)

narrative_matches = Table(
    "narrative_matches",
    metadata,
    # A narrative recognised as an entry of the user's catalogue of known narratives, with its evidence:
    # the claims closest to the entry's examples, each with the example and the cosine.
    Column("narrative_id", Integer, primary_key=True),
    Column("entry", String(255), primary_key=True),
    Column("score", Float, nullable=False),
    Column("evidence", JSON, nullable=False, default=list),
)
