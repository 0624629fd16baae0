"""Display links for the room computer: a long random token in the link, only its SHA-256 kept; revocable.

Nobody signs in on the room computer. The link shows what is on screen for one event,
read-only, until the chair or an admin revokes it.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select, update

from childvoice import audit, clock
from childvoice.broadcast import Broadcaster
from childvoice.db import Database
from childvoice.tables import display_links

TOKEN_BYTES = 32  # 43 URL-safe characters, 256 bits
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{32,128}")


def token_hash(token: str) -> str:
    """A plain SHA-256 is enough: the token is 256 random bits, not a password."""
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class DisplayLink:
    id: int
    event_id: int
    label: str
    created_by: str
    created_at: datetime
    revoked_at: datetime | None


async def create(db: Database, event_id: int, label: str, actor_id: str) -> tuple[int, str]:
    """A new link's id and its token; the token is shown once and never stored."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    label = " ".join(label.split())[:64] or "Room display"
    async with db.write() as conn:
        link_id = (
            await conn.execute(
                insert(display_links)
                .values(
                    event_id=event_id,
                    token_hash=token_hash(token),
                    label=label,
                    created_by=actor_id,
                    created_at=clock.now(),
                )
                .returning(display_links.c.id)
            )
        ).scalar_one()
        await audit.record(conn, actor=actor_id, action="staff:display:create", reason=f"link:{link_id}")
    return int(link_id), token


async def revoke(db: Database, broadcaster: Broadcaster, link_id: int, actor_id: str) -> bool:
    """Revoke a link; open displays using it go blank at once. False if there was nothing to revoke."""
    async with db.write() as conn:
        result = await conn.execute(
            update(display_links)
            .where(display_links.c.id == link_id, display_links.c.revoked_at.is_(None))
            .values(revoked_at=clock.now())
        )
        if result.rowcount != 1:
            return False
        await audit.record(conn, actor=actor_id, action="staff:display:revoke", reason=f"link:{link_id}")
    await broadcaster.publish({"type": "chair", "id": 0, "state": "display_revoked"})
    return True


async def links(db: Database, event_id: int) -> list[DisplayLink]:
    async with db.read() as conn:
        rows = (
            await conn.execute(
                select(display_links).where(display_links.c.event_id == event_id).order_by(display_links.c.id)
            )
        ).all()
    return [DisplayLink(r.id, r.event_id, r.label, r.created_by, r.created_at, r.revoked_at) for r in rows]


async def event_for(db: Database, token: str) -> int | None:
    """The event a live (not revoked) token shows, or None for anything else."""
    if not _TOKEN_SHAPE.fullmatch(token or ""):
        return None
    async with db.read() as conn:
        value = (
            await conn.execute(
                select(display_links.c.event_id).where(
                    display_links.c.token_hash == token_hash(token), display_links.c.revoked_at.is_(None)
                )
            )
        ).scalar()
    return int(value) if value is not None else None
