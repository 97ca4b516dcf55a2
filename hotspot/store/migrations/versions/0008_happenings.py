"""Happenings: event mentions in different articles that report one thing are linked as one; events.alleged.

``happenings`` holds one row per thing that happened (type, country, week, date, place, participants,
first report, numbers of mentions, reports and outlets, whether any report asserts it as real);
``events.happening_id`` links each mention to it (see :mod:`hotspot.store.happenings`). Events stored
before this revision have no happening: the signal counts each of them alone until
``hotspot db happenings`` links them. ``events.alleged`` keeps the event record's allegation flag
(false for the events stored before it existed).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "happenings",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("week", sa.String(length=8), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=True),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("participants", sa.JSON(), nullable=False),
        sa.Column("first_article_id", sa.String(length=32), nullable=True),
        sa.Column("first_seen", sa.String(length=10), nullable=True),
        sa.Column("mentions", sa.Integer(), nullable=False),
        sa.Column("reports", sa.Integer(), nullable=False),
        sa.Column("outlets", sa.Integer(), nullable=False),
        sa.Column("counted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_happenings_lookup", "happenings", ["type", "country", "week"], unique=False)
    op.add_column("events", sa.Column("alleged", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("events", sa.Column("happening_id", sa.Integer(), nullable=True))
    op.create_index("ix_events_happening", "events", ["happening_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_events_happening", table_name="events")
    # Not batch mode: on SQLite that copies the table, and dropping the old one cascades to its countries.
    op.drop_column("events", "happening_id")
    op.drop_column("events", "alleged")
    op.drop_index("ix_happenings_lookup", table_name="happenings")
    op.drop_table("happenings")
