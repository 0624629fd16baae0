"""Hashtag intake: poller cursors and blocked authors (keyed hashes only).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "source_cursors",
        sa.Column("id", Id, nullable=False),
        sa.Column("event_id", Id, nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("scope", sa.String(length=255), nullable=False),
        sa.Column("since_id", sa.String(length=64), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_source_cursors_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_cursors")),
        sa.UniqueConstraint("event_id", "source", "scope", name="uq_source_cursors_scope"),
    )
    op.create_table(
        "blocked_authors",
        sa.Column("author_hash", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("blocked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("blocked_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("author_hash", name=op.f("pk_blocked_authors")),
    )


def downgrade() -> None:
    op.drop_table("blocked_authors")
    op.drop_table("source_cursors")
