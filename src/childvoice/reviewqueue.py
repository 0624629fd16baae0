"""Reading the moderation queue and items, and claims. Queues are derived from state and flags.

Keyset pagination (``after`` an id) on the (event_id, state, id) index keeps the queue
page as fast with a million items as with ten.
"""

from __future__ import annotations

import time
import weakref
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import String, and_, cast, delete, func, insert, or_, select, update

from childvoice import audit, clock, states
from childvoice.db import Database
from childvoice.tables import audit as audit_table
from childvoice.tables import claims, submissions, translations, users

CLAIM_FOR = timedelta(minutes=5)
PAGE = 50


#: The queue's views: what a moderator works through, by state (each uses the (event, state, id) index).
VIEWS: dict[str, states.State] = {
    "waiting": states.State.PENDING,
    "approved": states.State.APPROVED,  # approved, not yet shortlisted for the chair
    "rejected": states.State.REJECTED,
}


@dataclass(frozen=True)
class Filters:
    view: str = "waiting"
    language: str | None = None
    panel_id: int | None = None
    source: str | None = None
    flag: str | None = None
    after: int | None = None

    def as_query(self) -> dict[str, str]:
        pairs = {
            "view": None if self.view == "waiting" else self.view,
            "language": self.language,
            "panel": self.panel_id,
            "source": self.source,
            "flag": self.flag,
        }
        return {k: str(v) for k, v in pairs.items() if v not in (None, "")}


def _filtered(query: Any, f: Filters) -> Any:
    if f.language:
        query = query.where(or_(submissions.c.language == f.language, submissions.c.detected_language == f.language))
    if f.panel_id:
        query = query.where(submissions.c.panel_id == f.panel_id)
    if f.source:
        query = query.where(submissions.c.source == f.source)
    if f.flag:
        query = query.where(cast(submissions.c.flags, String).like(f'%"{f.flag}"%'))
    if f.after:
        query = query.where(submissions.c.id > f.after)
    return query


async def pending(db: Database, event_id: int, f: Filters, limit: int = PAGE) -> list[Any]:
    """The items of the filters' view (by default those waiting for a person), oldest first, with any live claim."""
    now = clock.now()
    query = (
        select(
            submissions.c.id,
            submissions.c.version,
            submissions.c.state,
            submissions.c.text,
            submissions.c.original_text,
            submissions.c.language,
            submissions.c.detected_language,
            submissions.c.age_band,
            submissions.c.country,
            submissions.c.panel_id,
            submissions.c.source,
            submissions.c.flags,
            submissions.c.screening,
            submissions.c.received_at,
            claims.c.user_id.label("claimed_by"),
            users.c.name.label("claimed_by_name"),
        )
        .select_from(
            submissions.outerjoin(
                claims, and_(claims.c.submission_id == submissions.c.id, claims.c.until > now)
            ).outerjoin(users, users.c.id == claims.c.user_id)
        )
        .where(submissions.c.event_id == event_id, submissions.c.state == VIEWS.get(f.view, states.State.PENDING))
        .order_by(submissions.c.id)
        .limit(limit)
    )
    async with db.read() as conn:
        return list((await conn.execute(_filtered(query, f))).all())


COUNTS_SECONDS = 2.0
_counts: weakref.WeakKeyDictionary[Database, dict[int, tuple[float, dict[str, int]]]] = weakref.WeakKeyDictionary()


async def counts(db: Database, event_id: int) -> dict[str, int]:
    """Items per state for the queue's header line. Counting a large event costs tens of milliseconds,
    and every live refresh of every moderator's page asks, so the answer is kept for two seconds."""
    per_event = _counts.setdefault(db, {})
    cached = per_event.get(event_id)
    if cached is not None and time.monotonic() - cached[0] < COUNTS_SECONDS:
        return cached[1]
    async with db.read() as conn:
        rows = (
            await conn.execute(
                select(submissions.c.state, func.count())
                .where(submissions.c.event_id == event_id)
                .group_by(submissions.c.state)
            )
        ).all()
    result = {r[0]: int(r[1]) for r in rows}
    per_event[event_id] = (time.monotonic(), result)
    return result


async def item(db: Database, submission_id: int) -> Any:
    async with db.read() as conn:
        return (await conn.execute(select(submissions).where(submissions.c.id == submission_id))).first()


async def item_translations(db: Database, submission_id: int) -> list[Any]:
    async with db.read() as conn:
        return list(
            (await conn.execute(select(translations).where(translations.c.submission_id == submission_id))).all()
        )


async def history(db: Database, submission_id: int) -> list[Any]:
    async with db.read() as conn:
        return list(
            (
                await conn.execute(
                    select(audit_table).where(audit_table.c.submission_id == submission_id).order_by(audit_table.c.id)
                )
            ).all()
        )


async def last_decider(db: Database, submission_id: int) -> str:
    """Who last changed the item, for "already decided by …"."""
    async with db.read() as conn:
        actor = (
            await conn.execute(
                select(audit_table.c.actor)
                .where(audit_table.c.submission_id == submission_id)
                .order_by(audit_table.c.id.desc())
                .limit(1)
            )
        ).scalar()
        if actor and actor.startswith("user:") and actor[5:].isdigit():
            name = (await conn.execute(select(users.c.name).where(users.c.id == int(actor[5:])))).scalar()
            return str(name or "another person")
    return "the system" if actor == "system" else "another person"


async def claim(db: Database, submission_id: int, user_id: int) -> tuple[bool, str | None]:
    """Claim for a few minutes; (True, None) if now ours, (False, name) if someone else holds it."""
    now = clock.now()
    async with db.write() as conn:
        current = (
            await conn.execute(
                select(claims.c.user_id, claims.c.until, users.c.name)
                .join(users, users.c.id == claims.c.user_id)
                .where(claims.c.submission_id == submission_id)
            )
        ).first()
        if current is not None and current.until > now and current.user_id != user_id:
            return False, str(current.name)
        if current is None:
            await conn.execute(
                insert(claims).values(submission_id=submission_id, user_id=user_id, until=now + CLAIM_FOR)
            )
        else:
            await conn.execute(
                update(claims)
                .where(claims.c.submission_id == submission_id)
                .values(user_id=user_id, until=now + CLAIM_FOR)
            )
        await audit.record(conn, actor=f"user:{user_id}", action="staff:submission:claim", submission_id=submission_id)
    return True, None


async def release_claim(db: Database, submission_id: int) -> None:
    async with db.write() as conn:
        await conn.execute(delete(claims).where(claims.c.submission_id == submission_id))


async def save_translation(db: Database, submission_id: int, language: str, text: str, user_id: int) -> None:
    async with db.write() as conn:
        await conn.execute(
            delete(translations).where(
                translations.c.submission_id == submission_id, translations.c.language == language
            )
        )
        await conn.execute(
            insert(translations).values(
                submission_id=submission_id, language=language, text=text, user_id=user_id, at=clock.now()
            )
        )
        await audit.record(
            conn,
            actor=f"user:{user_id}",
            action="staff:submission:translate",
            submission_id=submission_id,
            reason=language,
        )


def escalated_since(rows: list[Any]) -> datetime | None:
    """When the item last went to escalated, from its audit history."""
    moments = [r.at for r in rows if r.to_state == states.State.ESCALATED]
    return moments[-1] if moments else None
