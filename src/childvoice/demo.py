"""The demo: the sample event and one staff account per role, with fresh credentials at every start."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date

import pyotp
from sqlalchemy import select

from childvoice.db import Database
from childvoice.events import ensure_demo_event
from childvoice.permissions import Role
from childvoice.staff import accounts
from childvoice.tables import users

DEMO_USERS: tuple[tuple[str, Role], ...] = (
    ("demo-admin", Role.ADMIN),
    ("demo-moderator", Role.MODERATOR),
    ("demo-safeguarding", Role.SAFEGUARDING),
    ("demo-chair", Role.CHAIR),
)


@dataclass(frozen=True)
class DemoLogin:
    name: str
    role: Role
    password: str
    totp_secret: str


async def ensure_demo(db: Database) -> list[DemoLogin]:
    """Create the demo event and accounts if missing; give every demo account a new password and secret."""
    await ensure_demo_event(db)
    logins = []
    async with db.read() as conn:
        existing = set((await conn.execute(select(users.c.name))).scalars())
    for name, role in DEMO_USERS:
        password, secret = secrets.token_urlsafe(12), pyotp.random_base32()
        if name in existing:
            await accounts.reset_credentials(db, name, password, secret, actor="system:demo")
        else:
            await accounts.create_user(db, name, role, password, date.today(), actor="system:demo", secret=secret)
        logins.append(DemoLogin(name, role, password, secret))
    return logins


def describe(logins: list[DemoLogin], base_url: str) -> str:
    lines = [f"Demo staff accounts (sign in at {base_url}staff/login; new credentials at every start):"]
    for login in logins:
        lines.append(
            f"  {login.role:<13} name {login.name:<18} password {login.password}  TOTP secret {login.totp_secret}"
        )
    lines.append(
        "  The 6-digit code: add the secret to an authenticator app, or run `python3 -m childvoice totp SECRET`."
    )
    return "\n".join(lines)
