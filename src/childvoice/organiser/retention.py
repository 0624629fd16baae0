"""Retention: items of events that ended more than their retention days ago become aggregates.

For each due event, in batches, one transaction per batch: count the batch
(``report.figures_for``), add the counts to ``event_aggregates``, then delete the items
with their translations, case notes, group details and claims (the receipt codes go with
the rows), and blank the staff notes of their audit rows. The audit rows themselves stay
(who did what, when) with no link to an item. Read-out questions stay in the aggregates
only when the organiser ticked "keep read-out questions" for the event.

After the last batch the words leave the files: SQLite overwrites deleted cells
(``secure_delete``) and the WAL is checkpointed and truncated; PostgreSQL gets a
``VACUUM`` of the affected tables.

``run_daily_purge(app.state)`` runs this once a day inside ``childvoice serve``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from childvoice import clock
from childvoice.db import Database
from childvoice.events import Event, all_events
from childvoice.ops import heartbeats, metrics
from childvoice.organiser.report import figures_for, stored_aggregates
from childvoice.tables import (
    audit,
    case_notes,
    claims,
    event_aggregates,
    events,
    group_details,
    submissions,
    translations,
)

log = logging.getLogger(__name__)

BATCH = 200
DAY = 24 * 60 * 60.0
#: Tables whose rows held a child's words (or notes about them); vacuumed on PostgreSQL after a purge.
SCRUBBED_TABLES = ("submissions", "translations", "case_notes", "audit", "group_details", "claims", "chair_order")


@dataclass(frozen=True)
class Due:
    """One event whose items are due for deletion, and what would go."""

    event: Event
    due_since: datetime
    keep_read_out: bool
    items: int
    translations: int
    case_notes: int
    audit_notes: int


async def due(db: Database, now: datetime | None = None) -> list[Due]:
    """Events that ended more than their retention days ago and still hold items (nothing is changed)."""
    now = now or clock.now()
    found = []
    every = {e.id: e for e in await all_events(db)}
    async with db.read() as conn:
        settings = (await conn.execute(select(events.c.id, events.c.retention_days, events.c.keep_read_out))).all()
        for row in settings:
            event = every.get(int(row.id))
            if event is None:
                continue
            due_since = event.closes_at + timedelta(days=int(row.retention_days))
            if due_since > now:
                continue
            ids = select(submissions.c.id).where(submissions.c.event_id == event.id).scalar_subquery()
            items = (await conn.execute(select(func.count()).where(submissions.c.event_id == event.id))).scalar_one()
            if not items:
                continue
            found.append(
                Due(
                    event=event,
                    due_since=due_since,
                    keep_read_out=bool(row.keep_read_out),
                    items=int(items),
                    translations=int(
                        (
                            await conn.execute(select(func.count()).where(translations.c.submission_id.in_(ids)))
                        ).scalar_one()
                    ),
                    case_notes=int(
                        (
                            await conn.execute(select(func.count()).where(case_notes.c.submission_id.in_(ids)))
                        ).scalar_one()
                    ),
                    audit_notes=int(
                        (
                            await conn.execute(
                                select(func.count()).where(audit.c.submission_id.in_(ids), audit.c.note.is_not(None))
                            )
                        ).scalar_one()
                    ),
                )
            )
    return found


Progress = Callable[[int], None]


async def purge_event(db: Database, target: Due, advance: Progress | None = None, batch: int = BATCH) -> int:
    """Reduce one event's items to aggregates, batch by batch; returns how many items were deleted."""
    deleted = 0
    while True:
        async with db.write() as conn:
            ids = [
                int(i)
                for i in (
                    await conn.execute(
                        select(submissions.c.id)
                        .where(submissions.c.event_id == target.event.id)
                        .order_by(submissions.c.id)
                        .limit(batch)
                    )
                ).scalars()
            ]
            if not ids:
                break
            counted = await figures_for(conn, target.event, ids)
            if not target.keep_read_out:
                counted = counted.without_texts()
            before = await stored_aggregates(conn, target.event.id)
            total = before.merged(counted)
            now = clock.now()
            await conn.execute(delete(event_aggregates).where(event_aggregates.c.event_id == target.event.id))
            await conn.execute(
                insert(event_aggregates).values(
                    event_id=target.event.id,
                    figures=total.to_json(),
                    items=total.items + total.erased,
                    updated_at=now,
                )
            )
            await conn.execute(update(audit).where(audit.c.submission_id.in_(ids)).values(note=None))
            for table in (translations, case_notes, group_details, claims):
                await conn.execute(delete(table).where(table.c.submission_id.in_(ids)))
            await conn.execute(delete(submissions).where(submissions.c.id.in_(ids)))
            await conn.execute(update(events).where(events.c.id == target.event.id).values(purged_at=now))
        deleted += len(ids)
        if advance is not None:
            advance(len(ids))
    return deleted


async def scrub(db: Database) -> None:
    """Make deleted words leave the database files (see the module's docstring)."""
    if db.is_sqlite:
        await db.scrub()
        return
    async with db.engine.connect() as conn:
        autocommit = await conn.execution_options(isolation_level="AUTOCOMMIT")
        for table in SCRUBBED_TABLES:
            await autocommit.exec_driver_sql(f"VACUUM {table}")


@dataclass(frozen=True)
class PurgeResult:
    events: int
    items: int


async def purge_due(
    db: Database,
    now: datetime | None = None,
    on_event: Callable[[Due], Awaitable[Progress | None]] | None = None,
) -> PurgeResult:
    """Purge every due event, then scrub; ``on_event`` may return a progress callback for that event."""
    targets = await due(db, now)
    total = 0
    for target in targets:
        advance = await on_event(target) if on_event is not None else None
        total += await purge_event(db, target, advance)
        log.info("retention purge done for an event", extra={"event_id": target.event.id, "count": target.items})
    if targets:
        await scrub(db)
    metrics.purge_finished(total)
    return PurgeResult(len(targets), total)


async def run_daily_purge(
    state: Any, interval: float = DAY, sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
) -> None:
    """The background task of ``childvoice serve``: purge due events now and then once a day. Never raises.

    Cancellation (the server stopping) ends it quietly.
    """
    while True:
        try:
            heartbeats.beat("retention_purge", every=interval)
            result = await purge_due(state.db)
            if result.items:
                log.info("retention purge finished", extra={"count": result.items})
        except asyncio.CancelledError:
            return
        except Exception as exc:
            # The exception's text could quote SQL parameters (a child's words): log its type only.
            log.error("retention purge failed", extra={"error_type": type(exc).__name__})
        try:
            await sleep(interval)
        except asyncio.CancelledError:
            return
