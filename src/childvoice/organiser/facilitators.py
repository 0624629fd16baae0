"""Facilitator links: a teacher or NGO worker enters the views of a group of children for one event.

The admin creates a link per facilitator; the token is shown once, only its SHA-256 is
kept, and the link can be revoked. Items sent through it are ``group`` items that go
through the same ``intake``, screening and queue as every other item.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from childvoice import accesslinks
from childvoice.db import Database
from childvoice.tables import facilitator_links, group_details


@dataclass(frozen=True)
class FacilitatorLink:
    id: int
    event_id: int
    label: str
    created_by: str
    created_at: datetime
    revoked_at: datetime | None
    items: int = 0


async def create(db: Database, event_id: int, label: str, actor_id: str) -> tuple[int, str]:
    """A new link's id and its token; the token is shown once and never stored."""
    return await accesslinks.create(db, facilitator_links, "facilitator", event_id, label or "Facilitator", actor_id)


async def revoke(db: Database, event_id: int, link_id: int, actor_id: str) -> bool:
    return await accesslinks.revoke(db, facilitator_links, "facilitator", link_id, actor_id, event_id=event_id)


async def links(db: Database, event_id: int) -> list[FacilitatorLink]:
    counts = (
        select(group_details.c.facilitator_link_id, func.count().label("n"))
        .group_by(group_details.c.facilitator_link_id)
        .subquery()
    )
    async with db.read() as conn:
        rows = (
            await conn.execute(
                select(facilitator_links, counts.c.n)
                .select_from(
                    facilitator_links.outerjoin(counts, counts.c.facilitator_link_id == facilitator_links.c.id)
                )
                .where(facilitator_links.c.event_id == event_id)
                .order_by(facilitator_links.c.id)
            )
        ).all()
    return [
        FacilitatorLink(r.id, r.event_id, r.label, r.created_by, r.created_at, r.revoked_at, int(r.n or 0))
        for r in rows
    ]


async def link_for(db: Database, token: str) -> tuple[int, int] | None:
    """(link id, event id) for a live (not revoked) token, or None for anything else."""
    row = await accesslinks.live(db, facilitator_links, token)
    return (int(row.id), int(row.event_id)) if row is not None else None
