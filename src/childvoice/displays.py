"""Display links for the room computer: a long random token in the link, only its SHA-256 kept; revocable.

Nobody signs in on the room computer. The link shows what is on screen for one event,
read-only, until the chair or an admin revokes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from childvoice import accesslinks
from childvoice.broadcast import Broadcaster
from childvoice.db import Database
from childvoice.tables import display_links


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
    return await accesslinks.create(db, display_links, "display", event_id, label or "Room display", actor_id)


async def revoke(db: Database, broadcaster: Broadcaster, link_id: int, actor_id: str) -> bool:
    """Revoke a link; open displays using it go blank at once. False if there was nothing to revoke."""
    if not await accesslinks.revoke(db, display_links, "display", link_id, actor_id):
        return False
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
    row = await accesslinks.live(db, display_links, token)
    return int(row.event_id) if row is not None else None
