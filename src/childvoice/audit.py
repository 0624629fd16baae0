"""Append-only audit rows, written inside the caller's transaction (never on their own)."""

from __future__ import annotations

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncConnection

from childvoice import clock
from childvoice.tables import audit


async def record(
    conn: AsyncConnection,
    *,
    actor: str,
    action: str,
    submission_id: int | None = None,
    from_state: str | None = None,
    to_state: str | None = None,
    reason: str | None = None,
    note: str | None = None,
) -> None:
    """One row: who, when, what, from → to. Never the child's text."""
    await conn.execute(
        insert(audit).values(
            submission_id=submission_id,
            actor=actor,
            action=action,
            from_state=from_state,
            to_state=to_state,
            reason=reason,
            note=note,
            at=clock.now(),
        )
    )


async def record_many(conn: AsyncConnection, rows: list[dict[str, str | int | None]]) -> None:
    """Several rows in one statement (intake's group commit); each dict takes ``record``'s keywords."""
    if not rows:
        return
    at = clock.now()
    fields = ("submission_id", "actor", "action", "from_state", "to_state", "reason", "note")
    await conn.execute(insert(audit), [{**{f: row.get(f) for f in fields}, "at": at} for row in rows])
