"""Newest-first listings (search without words, filters only) walk an index on ``published``.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_published", "articles", ["published"])


def downgrade() -> None:
    op.drop_index("ix_articles_published", table_name="articles")
