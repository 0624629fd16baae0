"""Where each poller got to: one ``since_id`` per (event, source, scope) in ``source_cursors``.

The cursor moves only after every post up to it went through ``intake``; a crash in
between re-reads some posts, which ``intake`` then drops as duplicates (no gap, no repeat).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from childvoice import clock
from childvoice.db import Database
from childvoice.tables import source_cursors


@dataclass(frozen=True)
class Cursor:
    since_id: str | None
    polled_at: datetime  # when the last poll that saved this cursor started


async def load_state(db: Database, event_id: int, source: str, scope: str) -> Cursor | None:
    async with db.read() as conn:
        row = (
            await conn.execute(
                select(source_cursors.c.since_id, source_cursors.c.updated_at).where(
                    source_cursors.c.event_id == event_id,
                    source_cursors.c.source == source,
                    source_cursors.c.scope == scope,
                )
            )
        ).first()
    if row is None:
        return None
    return Cursor(str(row.since_id) if row.since_id is not None else None, row.updated_at)


async def load(db: Database, event_id: int, source: str, scope: str) -> str | None:
    state = await load_state(db, event_id, source, scope)
    return state.since_id if state is not None else None


async def save(
    db: Database, event_id: int, source: str, scope: str, since_id: str | None, at: datetime | None = None
) -> None:
    """Update the cursor, or create it; a second poller creating it at the same moment is tolerated.

    ``at``: when the poll that got this far started (default now); ``updated_at`` keeps it.
    """
    for _attempt in range(2):
        now = at or clock.now()
        try:
            async with db.write() as conn:
                changed = await conn.execute(
                    update(source_cursors)
                    .where(
                        source_cursors.c.event_id == event_id,
                        source_cursors.c.source == source,
                        source_cursors.c.scope == scope,
                    )
                    .values(since_id=since_id, updated_at=now)
                )
                if changed.rowcount == 0:
                    await conn.execute(
                        insert(source_cursors).values(
                            event_id=event_id, source=source, scope=scope, since_id=since_id, updated_at=now
                        )
                    )
            return
        except IntegrityError:
            continue
