"""Staff accounts: argon2id passwords (hashed in a thread), TOTP second factor for every role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import insert, select, update
from starlette.concurrency import run_in_threadpool

from childvoice import audit, clock
from childvoice.db import Database
from childvoice.errors import ChildvoiceError
from childvoice.permissions import NEEDS_TRAINING, Role
from childvoice.tables import staff_sessions, users

_hasher = PasswordHasher()
# Compared against when the name is unknown, so a wrong name takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password of anyone")
MIN_PASSWORD = 12
ISSUER = "childvoice"


def use_hasher(hasher: PasswordHasher) -> None:
    """Replace the argon2id parameters (a seam for tests, which cannot spend 160 ms per hash)."""
    global _hasher, _DUMMY_HASH
    _hasher = hasher
    _DUMMY_HASH = hasher.hash("not a password of anyone")


class AccountError(ChildvoiceError):
    """A request about an account that cannot be done (message safe to show to staff)."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: Role
    training_date: date | None
    disabled: bool


def _user(row: Any) -> User:
    return User(int(row.id), row.name, Role(row.role), row.training_date, bool(row.disabled))


def check_role_grant(role: Role, training_date: date | None) -> None:
    if role in NEEDS_TRAINING and training_date is None:
        raise AccountError(f"the {role} role needs the date of the person's safeguarding training")


def provisioning_uri(name: str, secret: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=name, issuer_name=ISSUER)


async def create_user(
    db: Database,
    name: str,
    role: Role,
    password: str,
    training_date: date | None,
    actor: str,
    secret: str | None = None,
) -> tuple[User, str]:
    """Create a staff account; returns it and its TOTP secret (shown once, to set up an authenticator)."""
    name = name.strip()
    if not name or len(name) > 64 or not name.replace("-", "").replace("_", "").replace(".", "").isalnum():
        raise AccountError("a name is 1–64 letters, digits, '.', '-' or '_'")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password has at least {MIN_PASSWORD} characters")
    check_role_grant(role, training_date)
    secret = secret or pyotp.random_base32()
    password_hash = await run_in_threadpool(_hasher.hash, password)
    async with db.write() as conn:
        if (await conn.execute(select(users.c.id).where(users.c.name == name))).first():
            raise AccountError(f"the name {name!r} is taken")
        user_id = (
            await conn.execute(
                insert(users)
                .values(
                    name=name,
                    role=role,
                    password_hash=password_hash,
                    totp_secret=secret,
                    training_date=training_date,
                    disabled=False,
                    created_at=clock.now(),
                )
                .returning(users.c.id)
            )
        ).scalar_one()
        await audit.record(conn, actor=actor, action="admin:user:create", note=f"{name} as {role}")
    return User(int(user_id), name, role, training_date, False), secret


async def reset_credentials(db: Database, name: str, password: str, secret: str, actor: str) -> None:
    """New password and TOTP secret (used by the demo, which prints fresh ones at every start)."""
    password_hash = await run_in_threadpool(_hasher.hash, password)
    async with db.write() as conn:
        await conn.execute(
            update(users).where(users.c.name == name).values(password_hash=password_hash, totp_secret=secret)
        )
        await audit.record(conn, actor=actor, action="admin:user:reset_credentials", note=name)


async def verify_password(db: Database, name: str, password: str) -> tuple[User, str] | None:
    """The user and their TOTP secret if the password is right and the account enabled."""
    async with db.read() as conn:
        row = (await conn.execute(select(users).where(users.c.name == name))).first()
    stored = row.password_hash if row is not None else _DUMMY_HASH
    try:
        await run_in_threadpool(_hasher.verify, stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if row is None or row.disabled:
        return None
    return _user(row), row.totp_secret


def verify_totp(secret: str, code: str) -> bool:
    digits = "".join(ch for ch in code if ch.isdigit())
    return len(digits) == 6 and pyotp.TOTP(secret).verify(digits, valid_window=1)


async def get_user(db: Database, user_id: int) -> User | None:
    async with db.read() as conn:
        row = (await conn.execute(select(users).where(users.c.id == user_id))).first()
    return _user(row) if row else None


async def list_users(db: Database) -> list[User]:
    async with db.read() as conn:
        rows = (await conn.execute(select(users).order_by(users.c.name))).all()
    return [_user(r) for r in rows]


async def change_user(
    db: Database,
    user_id: int,
    actor: str,
    *,
    role: Role | None = None,
    training_date: date | None = None,
    disabled: bool | None = None,
) -> None:
    """Change role, training date or disabled; disabling or a role change ends the user's sessions."""
    async with db.write() as conn:
        row = (await conn.execute(select(users).where(users.c.id == user_id))).first()
        if row is None:
            raise AccountError("no such user")
        values: dict[str, Any] = {}
        new_training = training_date or row.training_date
        if training_date is not None:
            values["training_date"] = training_date
        if role is not None and role != row.role:
            check_role_grant(role, new_training)
            values["role"] = role
        if disabled is not None:
            values["disabled"] = disabled
        if not values:
            return
        await conn.execute(update(users).where(users.c.id == user_id).values(**values))
        if "role" in values or values.get("disabled"):
            await conn.execute(
                update(staff_sessions)
                .where(staff_sessions.c.user_id == user_id, staff_sessions.c.revoked_at.is_(None))
                .values(revoked_at=clock.now())
            )
        note = ", ".join(f"{k}={v}" for k, v in values.items())
        await audit.record(conn, actor=actor, action="admin:user:change", note=f"{row.name}: {note}")
