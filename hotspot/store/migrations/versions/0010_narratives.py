"""Narratives: claims (with their embeddings) grouped across articles, outlets and languages; catalogue matches.

``claims`` holds each article's claims (a sentence of a quote, or an event the text does not assert) with
holder, stance, language, day, country, span and embedding (float32 bytes); ``claims.narrative_id`` links
each to a row of ``narratives`` (representative claim, first and last seen, counts of claims, articles,
outlets, languages and voices for and against); ``narrative_matches`` keeps which narratives match an entry
of the user's catalogue of known narratives, with the evidence. Articles stored before this revision have no
claims until ``hotspot db narratives`` builds them.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claims",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("article_id", sa.String(length=32), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("sentence_start", sa.Integer(), nullable=False),
        sa.Column("sentence_end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("core", sa.Text(), nullable=False),
        sa.Column("holder", sa.Text(), nullable=True),
        sa.Column("holder_kind", sa.String(length=16), nullable=True),
        sa.Column("stance", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("day", sa.String(length=10), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.Column("encoder", sa.String(length=16), nullable=False),
        sa.Column("narrative_id", sa.Integer(), nullable=True),
        sa.Column("similarity", sa.Float(), nullable=True),
        sa.Column("extractor", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    op.create_index("ix_claims_article", "claims", ["article_id", "start"], unique=False)
    op.create_index("ix_claims_narrative", "claims", ["narrative_id", "pk"], unique=False)
    op.create_index("ix_claims_country", "claims", ["country"], unique=False)
    op.create_table(
        "narratives",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("representative_pk", sa.Integer(), nullable=True),
        sa.Column("representative", sa.Text(), nullable=True),
        sa.Column("first_seen", sa.String(length=10), nullable=True),
        sa.Column("last_seen", sa.String(length=10), nullable=True),
        sa.Column("claims", sa.Integer(), nullable=False),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.Column("outlets", sa.Integer(), nullable=False),
        sa.Column("languages", sa.Integer(), nullable=False),
        sa.Column("asserting", sa.Integer(), nullable=False),
        sa.Column("denying", sa.Integer(), nullable=False),
        sa.Column("questioning", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_narratives_seq", "narratives", ["seq"], unique=False)
    op.create_table(
        "narrative_matches",
        sa.Column("narrative_id", sa.Integer(), nullable=False),
        sa.Column("entry", sa.String(length=255), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("narrative_id", "entry"),
    )


def downgrade() -> None:
    op.drop_table("narrative_matches")
    op.drop_index("ix_narratives_seq", table_name="narratives")
    op.drop_table("narratives")
    op.drop_index("ix_claims_country", table_name="claims")
    op.drop_index("ix_claims_narrative", table_name="claims")
    op.drop_index("ix_claims_article", table_name="claims")
    op.drop_table("claims")
