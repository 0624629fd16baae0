"""Where each poller got to: one ``since_id`` per (event, source, scope) in ``source_cursors``.

The cursor moves only after every post up to it went through ``intake``; a crash in
between re-reads some posts, which ``intake`` then drops as duplicates (no gap, no repeat).
"""

from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from childvoice import clock
from childvoice.db import Database
from childvoice.tables import source_cursors


async def load(db: Database, event_id: int, source: str, scope: str) -> str | None:
    async with db.read() as conn:
        value = (
            await conn.execute(
                select(source_cursors.c.since_id).where(
                    source_cursors.c.event_id == event_id,
                    source_cursors.c.source == source,
                    source_cursors.c.scope == scope,
                )
            )
        ).scalar()
    return str(value) if value is not None else None


async def save(db: Database, event_id: int, source: str, scope: str, since_id: str) -> None:
    """Update the cursor, or create it; a second poller creating it at the same moment is tolerated."""
    for _attempt in range(2):
        now = clock.now()
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
