"""Server-side staff sessions: rotated at sign-in, revoked at sign-out, idle and absolute timeouts."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import insert, select, update

from childvoice import audit, clock
from childvoice.db import Database
from childvoice.staff.accounts import User, _user
from childvoice.tables import staff_sessions, users

IDLE = timedelta(minutes=30)
ABSOLUTE = timedelta(hours=12)
#: last_seen is written at most this often, so reading pages does not queue behind writes.
TOUCH_EVERY = timedelta(minutes=1)


@dataclass(frozen=True)
class Session:
    token_hash: str
    user: User
    csrf: str


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def start(db: Database, user: User, previous_token: str | None = None) -> tuple[str, Session]:
    """A new session (and the old one from this browser revoked): the cookie value and the session."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
    now = clock.now()
    async with db.write() as conn:
        if previous_token:
            await conn.execute(
                update(staff_sessions)
                .where(staff_sessions.c.token_hash == _hash(previous_token))
                .values(revoked_at=now)
            )
        await conn.execute(
            insert(staff_sessions).values(
                token_hash=_hash(token), user_id=user.id, csrf=csrf, created_at=now, last_seen_at=now
            )
        )
        await audit.record(conn, actor=f"user:{user.id}", action="staff:session:start")
    return token, Session(_hash(token), user, csrf)


async def resolve(db: Database, token: str | None) -> Session | None:
    """The live session for a cookie, or None (unknown, revoked, idle too long, too old, user disabled)."""
    if not token or len(token) > 100:
        return None
    now = clock.now()
    async with db.read() as conn:
        row = (
            await conn.execute(
                select(
                    staff_sessions.c.token_hash,
                    staff_sessions.c.csrf,
                    staff_sessions.c.created_at,
                    staff_sessions.c.last_seen_at,
                    staff_sessions.c.revoked_at,
                    users.c.id,
                    users.c.name,
                    users.c.role,
                    users.c.training_date,
                    users.c.disabled,
                )
                .join(users, users.c.id == staff_sessions.c.user_id)
                .where(staff_sessions.c.token_hash == _hash(token))
            )
        ).first()
    if row is None or row.revoked_at is not None or row.disabled:
        return None
    if now - row.last_seen_at > IDLE or now - row.created_at > ABSOLUTE:
        return None
    if now - row.last_seen_at > TOUCH_EVERY:
        async with db.write() as conn:
            await conn.execute(
                update(staff_sessions).where(staff_sessions.c.token_hash == row.token_hash).values(last_seen_at=now)
            )
    return Session(row.token_hash, _user(row), row.csrf)


async def end(db: Database, session: Session) -> None:
    async with db.write() as conn:
        await conn.execute(
            update(staff_sessions)
            .where(staff_sessions.c.token_hash == session.token_hash)
            .values(revoked_at=clock.now())
        )
        await audit.record(conn, actor=f"user:{session.user.id}", action="staff:session:end")


async def end_all(db: Database, user_id: int, actor: str) -> None:
    async with db.write() as conn:
        await conn.execute(
            update(staff_sessions)
            .where(staff_sessions.c.user_id == user_id, staff_sessions.c.revoked_at.is_(None))
            .values(revoked_at=clock.now())
        )
        await audit.record(conn, actor=actor, action="admin:user:end_sessions", note=f"user {user_id}")
