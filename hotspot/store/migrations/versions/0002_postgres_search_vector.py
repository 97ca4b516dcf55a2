"""PostgreSQL full-text search from a stored tsvector with a GIN index (SQLite keeps its FTS5 table).

Search used to compute ``to_tsvector`` over every article's title and text at query time; a generated
column is computed once when the row is written, kept in step by PostgreSQL itself, and indexed, so
a search reads the index instead of parsing the corpus. Adding the column rewrites the table once.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The title weighs more than the text (weight A): ts_rank ranks title hits first.
SEARCH_DOCUMENT = "setweight(to_tsvector('simple', coalesce(title, '')), 'A') || to_tsvector('simple', text)"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({SEARCH_DOCUMENT}) STORED")
    op.execute("CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_articles_search_vector")
    op.execute("ALTER TABLE articles DROP COLUMN IF EXISTS search_vector")
