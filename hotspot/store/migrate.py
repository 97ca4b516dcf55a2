"""The store's schema is kept by Alembic: every database is brought to the newest revision when opened.

The migration scripts live in the package (``hotspot/store/migrations``) and are configured here,
in code, so nothing but the database URL is needed at run time. A database made by a Hotspot from
before Alembic (it has ``hotspot_meta.schema_version`` but no ``alembic_version``) is adopted:
revision ``0001`` creates only what is missing, so its rows stay where they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import Connection

from hotspot.errors import ConfigurationError, message

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The last schema version kept in hotspot_meta by create_all, before Alembic.
LEGACY_SCHEMA_VERSION = 3
# Any fixed number: PostgreSQL serialises concurrent upgrades of one database on this advisory lock.
_UPGRADE_LOCK = 0x486F7473  # "Hots"
# Search structures one back end has and the other has not: kept by the migrations, not in ``metadata``.
_SEARCH_TABLE_PREFIX = "articles_fts"  # SQLite's FTS5 table and its shadow tables
_SEARCH_NAMES = frozenset({"search_vector", "ix_articles_search_vector"})  # PostgreSQL's tsvector and GIN index


def include_name(name: str | None, type_: str, _parent: Any) -> bool:
    """Leave the back-end-specific search structures out of schema comparison (autogenerate)."""
    if name is None:
        return True
    if type_ == "table" and name.startswith(_SEARCH_TABLE_PREFIX):
        return False
    return name not in _SEARCH_NAMES


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest revision this Hotspot knows."""
    head = _scripts().get_current_head()
    if head is None:
        raise AssertionError("hotspot/store/migrations holds no revision")
    return head


def current_revision(conn: Connection) -> str | None:
    """The revision the database is at; None for a new database or one made before Alembic."""
    return MigrationContext.configure(conn).get_current_revision()


def ensure_schema(engine: Engine) -> None:
    """Bring the database to the newest revision; a no-op (one query) when it is there already."""
    with engine.connect() as conn:
        if current_revision(conn) == head_revision():
            return
    upgrade(engine)


@contextmanager
def _exclusive_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction that holds the database's schema alone, DDL included, on either back end.

    Two processes opening one new database: the second waits, then finds it migrated. PostgreSQL
    takes an advisory lock (its DDL is transactional anyway). Python's sqlite3 driver would run DDL
    outside any transaction, so SQLite gets ``BEGIN IMMEDIATE`` by hand: a failed revision leaves
    nothing behind, and the write lock keeps other writers out until the upgrade is committed.
    """
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _UPGRADE_LOCK})
            yield conn
        return
    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        if driver is None:
            raise AssertionError("an open connection has a driver connection")
        previous = driver.isolation_level
        driver.isolation_level = None  # the driver stops opening transactions of its own
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if driver.in_transaction:  # SQLite may have rolled back already (a full disk, say)
                    conn.exec_driver_sql("ROLLBACK")
                raise
            conn.exec_driver_sql("COMMIT")
        finally:
            driver.isolation_level = previous


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database to ``revision`` in one transaction, refusing a schema newer than this Hotspot."""
    with _exclusive_transaction(engine) as conn:
        current = current_revision(conn)
        if current is None:
            _check_legacy(conn)
        else:
            try:
                _scripts().get_revision(current)
            except CommandError as exc:
                raise ConfigurationError(
                    message("H031", version=current, problem=f"is newer than this Hotspot ({head_revision()})")
                ) from exc
        command.upgrade(alembic_config(conn), revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Migrate the database back to ``revision`` (for tests and for undoing an upgrade by hand)."""
    with _exclusive_transaction(engine) as conn:
        command.downgrade(alembic_config(conn), revision)


def _check_legacy(conn: Connection) -> None:
    """A database from before Alembic is adopted, unless its schema version is one this Hotspot never made."""
    if not inspect(conn).has_table("hotspot_meta"):
        return
    stored = conn.execute(text("SELECT value FROM hotspot_meta WHERE key = 'schema_version'")).scalar()
    if stored is not None and int(stored) > LEGACY_SCHEMA_VERSION:
        raise ConfigurationError(
            message("H031", version=stored, problem=f"has no migration history and is newer than {LEGACY_SCHEMA_VERSION}")
        )
