"""Links that open a page without signing in (the room display, a facilitator's form).

A long random token goes into the link and is shown once; only its SHA-256 is kept, and
the link can be revoked. Both kinds of link share this code; each has its own table.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from typing import Any

from sqlalchemy import Table, insert, select, update

from childvoice import audit, clock
from childvoice.db import Database

TOKEN_BYTES = 32  # 43 URL-safe characters, 256 bits
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{32,128}")


def token_hash(token: str) -> str:
    """A plain SHA-256 is enough: the token is 256 random bits, not a password."""
    return hashlib.sha256(token.encode("ascii")).hexdigest()


async def create(db: Database, table: Table, kind: str, event_id: int, label: str, actor_id: str) -> tuple[int, str]:
    """A new link's id and its token; the token is shown once and never stored."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    label = " ".join(label.split())[:64] or kind.capitalize()
    async with db.write() as conn:
        link_id = (
            await conn.execute(
                insert(table)
                .values(
                    event_id=event_id,
                    token_hash=token_hash(token),
                    label=label,
                    created_by=actor_id,
                    created_at=clock.now(),
                )
                .returning(table.c.id)
            )
        ).scalar_one()
        await audit.record(conn, actor=actor_id, action=f"staff:{kind}:create", reason=f"link:{link_id}")
    return int(link_id), token


async def revoke(
    db: Database, table: Table, kind: str, link_id: int, actor_id: str, event_id: int | None = None
) -> bool:
    """Revoke a live link (of ``event_id`` when given); False if there was nothing to revoke."""
    where = [table.c.id == link_id, table.c.revoked_at.is_(None)]
    if event_id is not None:
        where.append(table.c.event_id == event_id)
    async with db.write() as conn:
        result = await conn.execute(update(table).where(*where).values(revoked_at=clock.now()))
        if result.rowcount != 1:
            return False
        await audit.record(conn, actor=actor_id, action=f"staff:{kind}:revoke", reason=f"link:{link_id}")
    return True


async def live(db: Database, table: Table, token: str) -> Any:
    """The (id, event_id) row of a live, not revoked, token; None for anything else."""
    if not _TOKEN_SHAPE.fullmatch(token or ""):
        return None
    async with db.read() as conn:
        return (
            await conn.execute(
                select(table.c.id, table.c.event_id).where(
                    table.c.token_hash == token_hash(token), table.c.revoked_at.is_(None)
                )
            )
        ).first()
