"""Helpers for staff tests: accounts in every role, signing in through the real form."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import httpx
import pyotp

from childvoice.db import Database
from childvoice.permissions import Role
from childvoice.staff import accounts

PASSWORD = "correct horse battery staple"
SECRETS = {role: pyotp.random_base32() for role in Role}
META_CSRF = re.compile(r'<meta name="csrf-token" content="([^"]+)"')


@dataclass
class Staff:
    role: Role
    name: str
    user_id: int
    secret: str


async def make_staff(db: Database) -> dict[Role, Staff]:
    made = {}
    for role in Role:
        user, secret = await accounts.create_user(
            db, f"test-{role}", role, PASSWORD, date(2026, 1, 15), "system:test", secret=SECRETS[role]
        )
        made[role] = Staff(role, user.name, user.id, secret)
    return made


async def sign_in(client: httpx.AsyncClient, who: Staff, code: str | None = None) -> httpx.Response:
    page = await client.get("/staff/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token
    return await client.post(
        "/staff/login",
        data={
            "name": who.name,
            "password": PASSWORD,
            "code": code or pyotp.TOTP(who.secret).now(),
            "csrf": token.group(1),
            "next": "",
        },
    )


async def csrf(client: httpx.AsyncClient, path: str = "/staff") -> str:
    page = await client.get(path, follow_redirects=True)
    found = META_CSRF.search(page.text)
    assert found, page.text[:300]
    return found.group(1)
