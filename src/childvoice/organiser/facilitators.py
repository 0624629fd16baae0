"""Facilitator links: a teacher or NGO worker enters the views of a group of children for one event.

The admin creates a link per facilitator; the token is shown once, only its SHA-256 is
kept, and the link can be revoked. Items sent through it are ``group`` items that go
through the same ``intake``, screening and queue as every other item.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select, update

from childvoice import audit, clock
from childvoice.db import Database
from childvoice.displays import TOKEN_BYTES, token_hash
from childvoice.tables import facilitator_links, group_details

_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{32,128}")


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
    token = secrets.token_urlsafe(TOKEN_BYTES)
    label = " ".join(label.split())[:64] or "Facilitator"
    async with db.write() as conn:
        link_id = (
            await conn.execute(
                insert(facilitator_links)
                .values(
                    event_id=event_id,
                    token_hash=token_hash(token),
                    label=label,
                    created_by=actor_id,
                    created_at=clock.now(),
                )
                .returning(facilitator_links.c.id)
            )
        ).scalar_one()
        await audit.record(conn, actor=actor_id, action="staff:facilitator:create", reason=f"link:{link_id}")
    return int(link_id), token


async def revoke(db: Database, event_id: int, link_id: int, actor_id: str) -> bool:
    async with db.write() as conn:
        result = await conn.execute(
            update(facilitator_links)
            .where(
                facilitator_links.c.id == link_id,
                facilitator_links.c.event_id == event_id,
                facilitator_links.c.revoked_at.is_(None),
            )
            .values(revoked_at=clock.now())
        )
        if result.rowcount != 1:
            return False
        await audit.record(conn, actor=actor_id, action="staff:facilitator:revoke", reason=f"link:{link_id}")
    return True


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
    if not _TOKEN_SHAPE.fullmatch(token or ""):
        return None
    async with db.read() as conn:
        row = (
            await conn.execute(
                select(facilitator_links.c.id, facilitator_links.c.event_id).where(
                    facilitator_links.c.token_hash == token_hash(token), facilitator_links.c.revoked_at.is_(None)
                )
            )
        ).first()
    return (int(row.id), int(row.event_id)) if row is not None else None
