"""Event confidence: the classifier's probability that the text asserts the event.

``events.confidence`` (nullable float): events the learned second opinion weighed carry its probability; an event
under ``hotspot.records.COUNTED_CONFIDENCE`` is shown, never counted by the signal. Rows stored before this
revision have NULL, which counts as before, until re-analysis (``hotspot analyze``/``reanalyze``) re-makes them.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("events", sa.Column("confidence", sa.Float(), nullable=True))


def downgrade() -> None:
    # Not batch mode: on SQLite that copies the table, and dropping the old one cascades to its countries.
    op.drop_column("events", "confidence")
