"""The one way in: every source (web form, hashtag search, replay) calls ``intake``.

It validates, normalises, screens, and stores the item **and** its first audit row in
one transaction before the caller may say "thank you"; the live event goes out after
the commit. Screening may hold or escalate; it never approves.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from childvoice import audit, clock, receipts, states
from childvoice.broadcast import Broadcaster
from childvoice.db import Database, GroupCommit
from childvoice.errors import InvalidInput
from childvoice.events import Event
from childvoice.i18n import LANGUAGES, country_codes
from childvoice.screening import Screener
from childvoice.tables import group_details, submissions
from childvoice.textinput import clean_message

AGE_BANDS: tuple[str, ...] = ("8-10", "11-13", "14-15", "16-17")
SOURCES: tuple[str, ...] = ("web", "x", "mastodon", "group")
#: ``InvalidInput`` key for a hashtag post written before the event opened or after it closed.
OUTSIDE_EVENT = "outside_event"


@dataclass(frozen=True)
class GroupDetails:
    """What a facilitator tells about the group behind a ``group`` item (no names: there is no field for them)."""

    group_size: int
    age_min: int
    age_max: int
    discussion_language: str
    facilitator_link_id: int | None = None


@dataclass(frozen=True)
class Incoming:
    """What a source hands to intake. No name, email, IP address or exact age: there is no field for them."""

    text: str
    source: str = "web"
    language: str | None = None
    age_band: str | None = None
    country: str | None = None
    panel_id: int | None = None
    source_id: str | None = None
    author_hash: str | None = None
    extra_flags: tuple[str, ...] = field(default=())
    with_receipt: bool = True
    group: GroupDetails | None = None  # only with source "group"; stored in the same transaction
    #: When a hashtag post was written (its platform's ``created_at``); kept as ``received_at``. A post
    #: written outside the event's open..close window is refused (``OUTSIDE_EVENT``). None: now.
    posted_at: datetime | None = None


@dataclass(frozen=True)
class Accepted:
    submission_id: int
    state: states.State
    receipt_code: str | None
    duplicate: bool = False


def _validated(item: Incoming, event: Event) -> Incoming:
    """Check the optional fields; an unknown value is an error, never silently dropped."""
    if item.source not in SOURCES:
        raise InvalidInput("bad_source", "source")
    if item.group is not None and item.source != "group":
        raise InvalidInput("bad_source", "source")
    if item.age_band not in (None, *AGE_BANDS):
        raise InvalidInput("bad_age_band", "age_band")
    if item.country is not None and item.country not in country_codes():
        raise InvalidInput("bad_country", "country")
    if item.panel_id is not None and event.panel(item.panel_id) is None:
        raise InvalidInput("bad_panel", "panel")
    language = item.language if item.language in LANGUAGES else None
    return Incoming(
        text=clean_message(item.text),
        source=item.source,
        language=language,
        age_band=item.age_band,
        country=item.country,
        panel_id=item.panel_id,
        source_id=item.source_id,
        author_hash=item.author_hash,
        extra_flags=item.extra_flags,
        with_receipt=item.with_receipt,
        group=item.group,
        posted_at=item.posted_at,
    )


async def intake(
    db: Database,
    screener: Screener,
    broadcaster: Broadcaster,
    event: Event,
    raw: Incoming,
    secret_key: str,
) -> Accepted:
    """Validate, screen and durably store one item; raises InvalidInput for the child to correct."""
    item = _validated(raw, event)
    if not event.is_open(clock.now()) and item.source == "web":
        raise InvalidInput("closed")
    if item.posted_at is not None and item.source != "web" and not event.is_open(item.posted_at):
        raise InvalidInput(OUTSIDE_EVENT)
    result = screener.screen(item.text, item.language, item.country)
    state = states.screen_target(result.route)
    assert state in states.SCREEN_TARGETS
    flags = sorted(set(result.flags) | set(item.extra_flags))
    screening = {
        "reasons": list(result.reasons),
        "rules": result.rules,
        "spans": [[s.start, s.end, s.kind] for s in result.spans],
    }
    for _attempt in range(3):
        code = receipts.new_code() if item.with_receipt else None
        now = clock.now()
        # A hashtag post keeps the time its author wrote it (never later than now: clocks differ).
        received = min(item.posted_at, now) if item.posted_at is not None and item.source != "web" else now
        row: dict[str, Any] = {
            "event_id": event.id,
            "panel_id": item.panel_id,
            "source": item.source,
            "source_id": item.source_id,
            "state": state,
            "version": 1,
            "text": result.redacted,
            "text_revision": 1,
            "original_text": item.text,
            "language": item.language,
            "detected_language": result.language,
            "age_band": item.age_band,
            "country": item.country,
            "flags": flags,
            "screening": screening,
            "receipt_hash": receipts.code_hash(secret_key, code) if code else None,
            "author_hash": item.author_hash,
            "received_at": received,
            "updated_at": now,
        }
        first_audit: dict[str, Any] = {
            "actor": "system",
            "action": f"{item.source}:submission:{states.Action.SCREEN}",
            "to_state": state,
            "reason": ",".join(result.reasons)[:64] or None,
        }
        try:
            if db.is_sqlite and row["receipt_hash"] and item.source_id is None and item.group is None:
                # The common case (a child's form): share a transaction, and its fsync, with whoever posts now.
                submission_id = await _group_commit(db).submit((row, first_audit))
            else:
                stored = await _store_one(db, item, row, first_audit)
                if isinstance(stored, Accepted):
                    return stored
                submission_id = stored
        except IntegrityError:
            # A receipt-hash collision (vanishingly rare) or a concurrent duplicate post: try again.
            continue
        await broadcaster.publish(
            {"type": "submission", "id": int(submission_id), "state": str(state), "event_id": event.id}
        )
        return Accepted(int(submission_id), state, code)
    raise RuntimeError("could not store the submission after 3 attempts")


async def _store_one(db: Database, item: Incoming, row: dict[str, Any], first_audit: dict[str, Any]) -> int | Accepted:
    """One item in its own transaction: the new id, or the earlier copy of a post seen before."""
    async with db.write() as conn:
        if item.source_id is not None:
            existing = (
                await conn.execute(
                    select(submissions.c.id, submissions.c.state).where(
                        submissions.c.source == item.source, submissions.c.source_id == item.source_id
                    )
                )
            ).first()
            if existing is not None:
                return Accepted(int(existing.id), states.State(existing.state), None, duplicate=True)
        inserted = await conn.execute(insert(submissions).values(**row).returning(submissions.c.id))
        submission_id = int(inserted.scalar_one())
        if item.group is not None:
            await conn.execute(
                insert(group_details).values(
                    submission_id=submission_id,
                    facilitator_link_id=item.group.facilitator_link_id,
                    group_size=item.group.group_size,
                    age_min=item.group.age_min,
                    age_max=item.group.age_max,
                    discussion_language=item.group.discussion_language,
                )
            )
        await audit.record(conn, submission_id=submission_id, **first_audit)
    return submission_id


Pair = tuple[dict[str, Any], dict[str, Any]]
_BATCHERS: weakref.WeakKeyDictionary[Database, GroupCommit[Pair, int]] = weakref.WeakKeyDictionary()


def _group_commit(db: Database) -> GroupCommit[Pair, int]:
    batcher = _BATCHERS.get(db)
    if batcher is None:
        batcher = _BATCHERS[db] = GroupCommit(db, _write_batch)
    return batcher


async def _write_batch(conn: AsyncConnection, pairs: list[Pair]) -> list[int]:
    """Several children's items and their audit rows in the caller's (one) transaction.

    Rows are matched to their new ids by receipt hash (unique), not by the order RETURNING gives.
    """
    returned = await conn.execute(
        insert(submissions).returning(submissions.c.id, submissions.c.receipt_hash), [row for row, _ in pairs]
    )
    ids = {r.receipt_hash: int(r.id) for r in returned}
    out = [ids[row["receipt_hash"]] for row, _ in pairs]
    await audit.record_many(conn, [{**first, "submission_id": sid} for (_, first), sid in zip(pairs, out, strict=True)])
    return out
