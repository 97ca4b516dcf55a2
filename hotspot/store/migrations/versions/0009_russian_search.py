"""PostgreSQL search stems Russian: Russian articles are indexed with the ``russian`` configuration too.

``search_vector`` held the words of every article as written ('simple'), so ``Назарбаев`` did not find
an article that says ``Назарбаева``. The column is now generated, for an article whose language is
``ru``, from its Snowball stems ('russian'), and for every other article as before; a query is read with
the configuration of the article it is matched against (``hotspot.store.search.postgres_match``).
A generated column's expression cannot be altered, so the column and its GIN index are made again:
PostgreSQL rewrites the table once. SQLite is untouched: its FTS5 table keeps the words, and Russian
query words are searched by their stem as prefixes (``hotspot.store.search.stem_russian_query``).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_SIMPLE = "setweight(to_tsvector('simple', coalesce(title, '')), 'A') || to_tsvector('simple', text)"
_RUSSIAN = "setweight(to_tsvector('russian', coalesce(title, '')), 'A') || to_tsvector('russian', text)"
SEARCH_DOCUMENT = f"CASE WHEN language = 'ru' THEN {_RUSSIAN} ELSE {_SIMPLE} END"


def _remake(document: str) -> None:
    op.execute("DROP INDEX IF EXISTS ix_articles_search_vector")
    op.execute("ALTER TABLE articles DROP COLUMN IF EXISTS search_vector")
    op.execute(f"ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ({document}) STORED")
    op.execute("CREATE INDEX ix_articles_search_vector ON articles USING gin (search_vector)")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _remake(SEARCH_DOCUMENT)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _remake(_SIMPLE)
