"""The database schema (SQLAlchemy Core). Alembic migrations create exactly this.

What is *not* here is deliberate: no name, email, IP address or exact age with a
submission; the receipt code only as a keyed hash; the X author only as a keyed hash.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.sql.expression import false
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Always UTC and timezone-aware on the way out, whatever the engine stores."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use childvoice.clock.now()")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = value
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# SQLite wants INTEGER PRIMARY KEY for its fast rowid alias; PostgreSQL gets a BIGINT.
Id = BigInteger().with_variant(Integer(), "sqlite")

events = Table(
    "events",
    metadata,
    Column("id", Id, primary_key=True),
    Column("slug", String(64), nullable=False, unique=True),
    Column("names", JSON, nullable=False),  # {"en": "...", "fr": "...", ...}
    Column("opens_at", UTCDateTime(), nullable=False),
    Column("closes_at", UTCDateTime(), nullable=False),
    Column("languages", JSON, nullable=False),  # ["ar", "zh", "en", "fr", "ru", "es"]
    Column("hashtags", JSON, nullable=False),  # {"x": ["#tag"], "mastodon": ["tag"]}
    Column("retention_days", Integer, nullable=False, default=30),
    Column("response_target_minutes", Integer, nullable=False, default=15, server_default="15"),
    Column("created_at", UTCDateTime(), nullable=False),
    # Organiser settings (issue 7): keep the read-out questions' text in the report after the purge;
    # helpline overrides {"CC": {"name", "number", "source"}} the organiser checked (each with a source);
    # when the retention purge reduced this event's items to aggregates.
    Column("keep_read_out", Boolean, nullable=False, default=False, server_default=false()),
    Column("helpline_overrides", JSON, nullable=True),
    Column("purged_at", UTCDateTime(), nullable=True),
)

panels = Table(
    "panels",
    metadata,
    Column("id", Id, primary_key=True),
    Column("event_id", Id, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("slug", String(64), nullable=False),
    Column("names", JSON, nullable=False),
    Column("starts_at", UTCDateTime(), nullable=True),
    Column("position", Integer, nullable=False, default=0),
    UniqueConstraint("event_id", "slug", name="uq_panels_event_slug"),
)

submissions = Table(
    "submissions",
    metadata,
    Column("id", Id, primary_key=True),
    Column("event_id", Id, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("panel_id", Id, ForeignKey("panels.id", ondelete="SET NULL"), nullable=True),
    Column("source", String(16), nullable=False),  # web, x, mastodon, group
    Column("source_id", String(128), nullable=True),  # post id for social sources
    Column("state", String(16), nullable=False),
    Column("version", Integer, nullable=False, default=1),
    # The text shown to people: the redacted revision. Original kept only while needed.
    Column("text", Text, nullable=False),
    Column("text_revision", Integer, nullable=False, default=1),
    Column("original_text", Text, nullable=True),
    Column("language", String(8), nullable=True),  # the language the child chose (page or post)
    Column("detected_language", String(8), nullable=True),
    Column("age_band", String(8), nullable=True),
    Column("country", String(2), nullable=True),
    Column("flags", JSON, nullable=False),
    Column("screening", JSON, nullable=False),  # reasons, spans (offsets only), rules hash
    Column("receipt_hash", String(64), nullable=True, unique=True),
    Column("author_hash", String(64), nullable=True),
    Column("received_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("decided_at", UTCDateTime(), nullable=True),
    Column("read_out_at", UTCDateTime(), nullable=True),
    UniqueConstraint("source", "source_id", name="uq_submissions_source_id"),
)
Index("ix_submissions_queue", submissions.c.event_id, submissions.c.state, submissions.c.id)

audit = Table(
    "audit",
    metadata,
    Column("id", Id, primary_key=True),
    Column("submission_id", Id, ForeignKey("submissions.id", ondelete="SET NULL"), nullable=True),
    Column("actor", String(64), nullable=False),  # "system", "child", or "user:<id>"
    Column("action", String(32), nullable=False),  # source:subject:action style tag
    Column("from_state", String(16), nullable=True),
    Column("to_state", String(16), nullable=True),
    Column("reason", String(64), nullable=True),
    Column("note", Text, nullable=True),  # staff note; never the child's text
    Column("at", UTCDateTime(), nullable=False),
)
Index("ix_audit_submission", audit.c.submission_id, audit.c.id)


# Where each hashtag poller got to, so a restart neither misses nor repeats posts.
source_cursors = Table(
    "source_cursors",
    metadata,
    Column("id", Id, primary_key=True),
    Column("event_id", Id, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("source", String(16), nullable=False),  # x, mastodon
    Column("scope", String(255), nullable=False),  # the query or instance+tag the cursor belongs to
    Column("since_id", String(64), nullable=True),
    Column("updated_at", UTCDateTime(), nullable=False),
    UniqueConstraint("event_id", "source", "scope", name="uq_source_cursors_scope"),
)

# Authors a moderator blocked, by keyed hash only (no handle is ever stored).
blocked_authors = Table(
    "blocked_authors",
    metadata,
    Column("author_hash", String(64), primary_key=True),
    Column("source", String(16), nullable=False),
    Column("blocked_at", UTCDateTime(), nullable=False),
    Column("blocked_by", String(64), nullable=False),
)


# Staff. No child ever has an account; staff names are what they sign in with.
users = Table(
    "users",
    metadata,
    Column("id", Id, primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("password_hash", String(255), nullable=False),
    Column("totp_secret", String(64), nullable=False),
    Column("training_date", Date, nullable=True),  # safeguarding training, required for moderator roles
    Column("disabled", Boolean, nullable=False, default=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

# Server-side sessions: the cookie holds a random token, the table its hash.
staff_sessions = Table(
    "staff_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Id, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("last_seen_at", UTCDateTime(), nullable=False),
    Column("revoked_at", UTCDateTime(), nullable=True),
)
Index("ix_staff_sessions_user", staff_sessions.c.user_id)

# A moderator's claim on an item for a few minutes, so two people don't work the same one.
claims = Table(
    "claims",
    metadata,
    Column("submission_id", Id, ForeignKey("submissions.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", Id, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("until", UTCDateTime(), nullable=False),
)

# A human translation for the chair, one per item and language.
translations = Table(
    "translations",
    metadata,
    Column("submission_id", Id, ForeignKey("submissions.id", ondelete="CASCADE"), primary_key=True),
    Column("language", String(8), primary_key=True),
    Column("text", Text, nullable=False),
    Column("user_id", Id, ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    Column("at", UTCDateTime(), nullable=False),
)

# The safeguarding lead's case notes on an escalated item.
case_notes = Table(
    "case_notes",
    metadata,
    Column("id", Id, primary_key=True),
    Column("submission_id", Id, ForeignKey("submissions.id", ondelete="CASCADE"), nullable=False),
    Column("user_id", Id, ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    Column("note", Text, nullable=False),
    Column("at", UTCDateTime(), nullable=False),
)
Index("ix_case_notes_submission", case_notes.c.submission_id, case_notes.c.id)


# The chair's side (issue 5). A chair list per event and panel (panel_key 0: no panel chosen);
# its version guards a whole-list reorder, and its row is the lock every order write takes.
chair_lists = Table(
    "chair_lists",
    metadata,
    Column("event_id", Id, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True, autoincrement=False),
    Column("panel_key", Integer, primary_key=True, autoincrement=False),
    Column("version", Integer, nullable=False, default=1),
)

# Where a shortlisted item stands in its chair list. Items without a row come last, oldest first.
chair_order = Table(
    "chair_order",
    metadata,
    Column(
        "submission_id", Id, ForeignKey("submissions.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    ),
    Column("position", Integer, nullable=False),
    Column("skipped_at", UTCDateTime(), nullable=True),
)

# What the room display shows now, per event, and since when. The display re-checks the item's state.
on_screen = Table(
    "on_screen",
    metadata,
    Column("event_id", Id, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True, autoincrement=False),
    Column("submission_id", Id, ForeignKey("submissions.id", ondelete="SET NULL"), nullable=True),
    Column("shown_at", UTCDateTime(), nullable=False),
    Column("shown_by", String(64), nullable=False),
)

# Links for the room computer: only the SHA-256 of the long random token is kept; revocable.
display_links = Table(
    "display_links",
    metadata,
    Column("id", Id, primary_key=True),
    Column("event_id", Id, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("label", String(64), nullable=False),
    Column("created_by", String(64), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("revoked_at", UTCDateTime(), nullable=True),
)

# The organiser's short summary of an event for children, one per language.
event_outcomes = Table(
    "event_outcomes",
    metadata,
    Column("event_id", Id, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True, autoincrement=False),
    Column("language", String(8), primary_key=True),
    Column("summary", Text, nullable=False),
    Column("updated_by", String(64), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
)


# Organiser tools (issue 7).
# Facilitator links: a teacher or NGO worker enters a group's views. Only the SHA-256 of the token is kept.
facilitator_links = Table(
    "facilitator_links",
    metadata,
    Column("id", Id, primary_key=True),
    Column("event_id", Id, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("label", String(64), nullable=False),
    Column("created_by", String(64), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("revoked_at", UTCDateTime(), nullable=True),
)

# What a facilitator said about the group behind a ``group`` item: written with the item, in intake's transaction.
group_details = Table(
    "group_details",
    metadata,
    Column(
        "submission_id", Id, ForeignKey("submissions.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    ),
    Column("facilitator_link_id", Id, ForeignKey("facilitator_links.id", ondelete="SET NULL"), nullable=True),
    Column("group_size", Integer, nullable=False),
    Column("age_min", Integer, nullable=False),
    Column("age_max", Integer, nullable=False),
    Column("discussion_language", String(40), nullable=False),
)

# De-identified figures of an event whose items the retention purge removed (counts and durations only).
event_aggregates = Table(
    "event_aggregates",
    metadata,
    Column("event_id", Id, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True, autoincrement=False),
    Column("figures", JSON, nullable=False),
    Column("items", Integer, nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
)

# Short-lived request counters shared by several instances on PostgreSQL (SQLite: one process,
# counters stay in memory). The client is a keyed hash; rows are deleted when their window ends.
rate_windows = Table(
    "rate_windows",
    metadata,
    Column("bucket", String(32), primary_key=True),
    Column("client", String(64), primary_key=True),
    Column("started_at", UTCDateTime(), nullable=False),
    Column("hits", Integer, nullable=False),
)
