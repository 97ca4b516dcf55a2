"""The schema is kept by Alembic on both back ends: new databases, pre-Alembic ones, and drift."""

import importlib.util
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, insert, inspect, text
from sqlalchemy.exc import DatabaseError

from hotspot.errors import ConfigurationError
from hotspot.store import Store, migrate
from hotspot.store.schema import metadata

LEGACY_SCHEMA = Path(__file__).with_name("legacy_schema_v3.py")
LEGACY_FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "title, text, content='articles', content_rowid='pk', tokenize='unicode61 remove_diacritics 2')"
)


def schema_drift(url: str) -> list:
    """What autogenerate would write to bring the database to ``metadata``: nothing, if the two agree."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(
                conn, opts={"include_name": migrate.include_name, "compare_type": True}
            )
            return compare_metadata(context, metadata)
    finally:
        engine.dispose()


def revision_of(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return migrate.current_revision(conn)


def build_v3_database(url: str) -> None:
    """A database as Hotspot made it before Alembic: create_all, the FTS5 table, schema_version 3, one article."""
    spec = importlib.util.spec_from_file_location("legacy_schema_v3", LEGACY_SCHEMA)
    legacy = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(legacy)
    engine = create_engine(url)
    with engine.begin() as conn:
        legacy.metadata.create_all(conn)
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(LEGACY_FTS_DDL)
        conn.execute(insert(legacy.meta).values(key="schema_version", value=str(legacy.SCHEMA_VERSION)))
        pk = conn.execute(insert(legacy.articles).values(
            id="00000000000000a1", source="/old.html", title="Unrest in Zhanaozen",
            text="Protests spread from Zhanaozen to Almaty.", content_hash="c" * 64, text_hash="d" * 64,
        )).inserted_primary_key[0]
        conn.execute(insert(legacy.entities).values(
            article_id="00000000000000a1", start=17, end=26, text="Zhanaozen", label="GPE", extractor="old.v1",
        ))
        conn.execute(insert(legacy.ingest_log).values(source="/old.html", status="stored",
                                                      article_id="00000000000000a1"))
        if conn.dialect.name == "sqlite":
            conn.execute(text("INSERT INTO articles_fts(rowid, title, text) VALUES (:pk, :t, :x)"),
                         {"pk": pk, "t": "Unrest in Zhanaozen", "x": "Protests spread from Zhanaozen to Almaty."})
    engine.dispose()


def test_new_database_is_created_at_the_newest_revision(store_url):
    store = Store(store_url)
    assert revision_of(store) == migrate.head_revision()
    store.close()


def test_migrations_make_exactly_the_schema_in_metadata(store_url):
    """The standard guard against drift: a schema change without its revision fails here."""
    Store(store_url).close()
    assert schema_drift(store_url) == []


def test_v3_database_from_before_alembic_is_adopted_with_its_rows(store_url):
    build_v3_database(store_url)
    store = Store(store_url)
    assert revision_of(store) == migrate.head_revision()
    article = store.get("00000000000000a1")
    assert article.title == "Unrest in Zhanaozen" and [e.text for e in article.entities] == ["Zhanaozen"]
    assert [hit.id for hit in store.search("Zhanaozen")] == ["00000000000000a1"]  # FTS5 or the new tsvector
    assert store.story_of("00000000000000a1") == "00000000000000a1"
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM hotspot_meta WHERE key = 'schema_version'")).scalar() == "4"
    store.close()
    assert schema_drift(store_url) == []  # revision 0001 is the v3 schema, exactly


def test_articles_from_before_alembic_join_stories_once_linked(store_url):
    build_v3_database(store_url)
    store = Store(store_url)
    assert store.link_stories() == 1
    store.close()


def test_downgrade_to_the_first_revision_and_back_keeps_articles(store_url):
    from hotspot.records import Article, Entity

    store = Store(store_url)
    store.save(Article(id="00000000000000b2", source="/b.html", text="Gas prices rose in Aktau.",
                       content_hash="e" * 64, text_hash="f" * 64,
                       entities=[Entity("Aktau", "GPE", 19, 24, extractor="test.v1")]))
    migrate.downgrade(store.engine, "0001")
    assert not inspect(store.engine).has_table("article_bands")
    migrate.upgrade(store.engine)
    article = store.get("00000000000000b2")
    assert article.text == "Gas prices rose in Aktau." and [e.text for e in article.entities] == ["Aktau"]
    store.close()


def test_stores_opening_one_new_database_at_once_both_get_it_migrated(store_url):
    """The upgrade holds the schema alone (PostgreSQL advisory lock, SQLite BEGIN IMMEDIATE): no half-made tables."""
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def open_store() -> None:
        start.wait()
        try:
            Store(store_url).close()
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert schema_drift(store_url) == []


def test_a_revision_that_fails_leaves_nothing_half_done(store_url):
    """Revision 0003 adds a column, then meets a table in its way: the column must not stay behind."""
    engine = create_engine(store_url)
    migrate.upgrade(engine, "0002")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE article_signatures (x INTEGER)")
    with pytest.raises(DatabaseError):  # table already exists
        migrate.upgrade(engine)
    with engine.connect() as conn:
        assert migrate.current_revision(conn) == "0002"
    assert "story_id" not in {c["name"] for c in inspect(engine).get_columns("articles")}
    engine.dispose()


def test_database_from_a_newer_hotspot_is_refused(store_url):
    Store(store_url).close()
    engine = create_engine(store_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(ConfigurationError, match="H031"):
        Store(store_url)


def test_postgres_search_reads_the_gin_index(store_url):
    if not store_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only: SQLite searches its FTS5 table")
    store = Store(store_url)
    columns = {c["name"]: c for c in inspect(store.engine).get_columns("articles")}
    assert "search_vector" in columns and columns["search_vector"].get("computed")
    with store.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")  # an empty table: make the planner show what it can use
        plan = "\n".join(conn.execute(text(
            "EXPLAIN SELECT id FROM articles WHERE articles.search_vector @@ websearch_to_tsquery('simple', 'gas')"
        )).scalars())
    assert "ix_articles_search_vector" in plan
    store.close()


def test_expression_indexes_exist_on_both_back_ends(store_url):
    """Alembic cannot compare expression indexes on SQLite (it warns and skips them): check them by name."""
    store = Store(store_url)
    listing = ("SELECT name FROM sqlite_master WHERE type = 'index'" if store.is_sqlite
               else "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
    with store.engine.connect() as conn:
        found = set(conn.execute(text(listing)).scalars())
    store.close()
    assert {"ix_entities_lower_canonical", "ix_entities_lower_actor", "ix_entities_lower_text",
            "ix_quotes_lower_speaker_name", "ix_events_type_article"} <= found


def test_a_store_from_before_happenings_is_upgraded_and_linked(store_url):
    """Revision 0008: the events of an older store gain ``alleged`` (false) and are linked by ``link_happenings``."""
    from hotspot.records import Article, Event, EventActor, EventDate, Span

    def report(n: int) -> Article:
        text = "Protesters rallied in Zhanaozen."
        event = Event("PROTEST", Span("rallied", 11, 18), Span(text, 0, len(text)),
                      actor=[EventActor("Protesters", 0, 10, None, "KZ", "CVL")],
                      date=EventDate("on January 2", 0, 1, "2022-01-02", "day"), historical=False, extractor="t.v1")
        return Article(id=f"{n:016x}", source=f"/{n}.html", text=text + f" ({n})", site_name=f"Outlet {n}",
                       published="2022-01-03", content_hash=f"{n:064x}", text_hash=f"t{n:063x}", events=[event],
                       focus=["KZ"])

    store = Store(store_url)
    store.save(report(1))
    store.save(report(2))
    migrate.downgrade(store.engine, "0007")  # the store as Hotspot 0007 left it: events, no happenings
    assert not inspect(store.engine).has_table("happenings")
    assert "alleged" not in {c["name"] for c in inspect(store.engine).get_columns("events")}
    store.close()

    store = Store(store_url)
    assert revision_of(store) == migrate.head_revision()
    assert [e.historical for e in store.get(f"{1:016x}").events] == [False]
    before = [r for r in store.country_event_counts("KZ") if r["counted"]]
    assert sum(r["happenings"] for r in before) == 2  # each mention alone until linked
    assert store.link_happenings() == 2
    after = [r for r in store.country_event_counts("KZ") if r["counted"]]
    assert [(r["happenings"], r["reports"]) for r in after] == [(1, 2)]
    assert store.link_happenings() == 0
    store.close()
    assert schema_drift(store_url) == []
