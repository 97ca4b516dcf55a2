"""Story clusters: near-duplicate articles (the same wire story in several outlets) share a story id.

``articles.story_id`` is the id of the cluster's first article; ``article_signatures`` keeps each
article's MinHash signature and ``article_bands`` its LSH band keys, indexed, so candidates are found
by SQL after any restart (see :mod:`hotspot.store.stories`). Articles stored before this revision
become stories of their own; ``hotspot db stories`` links them afterwards.
``hotspot_meta.schema_version`` goes to 4, so a Hotspot from before Alembic refuses the database
([H031]) rather than writing articles without their story.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("story_id", sa.String(length=32), nullable=True))
    op.create_index("ix_articles_story_id", "articles", ["story_id"], unique=False)
    op.execute("UPDATE articles SET story_id = id WHERE story_id IS NULL")
    op.create_table(
        "article_signatures",
        sa.Column("article_id", sa.String(length=32), nullable=False),
        sa.Column("minhash", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id"),
    )
    op.create_table(
        "article_bands",
        sa.Column("band_key", sa.BigInteger(), nullable=False),
        sa.Column("article_id", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("band_key", "article_id"),
    )
    op.create_index("ix_article_bands_article", "article_bands", ["article_id"], unique=False)
    op.execute("UPDATE hotspot_meta SET value = '4' WHERE key = 'schema_version'")


def downgrade() -> None:
    op.execute("UPDATE hotspot_meta SET value = '3' WHERE key = 'schema_version'")
    op.drop_index("ix_article_bands_article", table_name="article_bands")
    op.drop_table("article_bands")
    op.drop_table("article_signatures")
    op.drop_index("ix_articles_story_id", table_name="articles")
    # Not batch mode: on SQLite that copies the table, and dropping the old one cascades to every fact.
    op.drop_column("articles", "story_id")
