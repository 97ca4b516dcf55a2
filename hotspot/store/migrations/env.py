"""Alembic's entry point: migrate the connection that :mod:`hotspot.store.migrate` hands over.

There is no alembic.ini and no offline (SQL script) mode: the store opens the database, and the
migrations run inside its transaction, so a failed upgrade leaves nothing half done (on PostgreSQL,
whose DDL is transactional).
"""

from __future__ import annotations

from alembic import context

from hotspot.store.migrate import include_name
from hotspot.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through hotspot.store.migrate (or `hotspot db upgrade`), not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=metadata,
    include_name=include_name,
    # SQLite alters a table by copying it: later revisions use op.batch_alter_table for both back ends.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
