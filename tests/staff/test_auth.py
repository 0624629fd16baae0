"""Sign-in with password and TOTP, throttling, sessions that rotate, expire and end."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import httpx
import pyotp
import pytest

from childvoice import clock
from childvoice.permissions import Role
from childvoice.staff import accounts
from tests.conftest import AppHarness
from tests.staff.staffkit import Staff, csrf, sign_in


async def test_password_and_totp_sign_in_and_land_on_the_roles_home(harness: AppHarness, staff: dict) -> None:
    response = await sign_in(harness.client, staff[Role.MODERATOR])
    assert response.status_code == 303 and response.headers["location"] == "/staff/queue"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert (await harness.client.get("/staff/queue")).status_code == 200


@pytest.mark.parametrize("code", ["000000", "", "12345"])
async def test_wrong_or_missing_code_is_refused(harness: AppHarness, staff: dict, code: str) -> None:
    who: Staff = staff[Role.SAFEGUARDING]
    if code == "000000" and pyotp.TOTP(who.secret).verify("000000", valid_window=1):
        pytest.skip("the random secret happens to produce 000000 now")
    response = await sign_in(harness.client, who, code=code or "x")
    assert response.status_code == 401 and "not right" in response.text
    assert (await harness.client.get("/staff/queue")).status_code == 303


async def test_code_with_spaces_pasted_is_accepted(harness: AppHarness, staff: dict) -> None:
    who = staff[Role.MODERATOR]
    code = pyotp.TOTP(who.secret).now()
    response = await sign_in(harness.client, who, code=f" {code[:3]} {code[3:]} ")
    assert response.status_code == 303


async def test_failed_attempts_are_throttled_per_account(harness: AppHarness, staff: dict) -> None:
    who = staff[Role.ADMIN]
    for _ in range(5):
        assert (await sign_in(harness.client, who, code="999999")).status_code == 401
    response = await sign_in(harness.client, who)  # right code now, but locked for a while
    assert response.status_code == 429 and "Too many failed attempts" in response.text
    for spelled in (f"{who.name} ", f" {who.name.upper()}"):  # the same account, typed another way
        response = await sign_in(harness.client, replace(who, name=spelled))
        assert response.status_code == 429, spelled


async def test_session_rotates_at_sign_in_and_ends_at_sign_out(harness: AppHarness, staff: dict) -> None:
    who = staff[Role.MODERATOR]
    await sign_in(harness.client, who)
    first = harness.client.cookies.get("cv_staff")
    await sign_in(harness.client, who)
    second = harness.client.cookies.get("cv_staff")
    assert first and second and first != second
    stolen = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=harness.app), base_url="http://testserver", cookies={"cv_staff": first}
    )
    assert (await stolen.get("/staff/queue")).status_code == 303  # the old session was revoked
    token = await csrf(harness.client, "/staff/queue")
    assert (await harness.client.post("/staff/logout", data={"csrf": token})).status_code == 303
    replay = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=harness.app), base_url="http://testserver", cookies={"cv_staff": second}
    )
    assert (await replay.get("/staff/queue")).status_code == 303  # invalidated on the server
    await stolen.aclose()
    await replay.aclose()


async def test_idle_and_absolute_timeouts(harness: AppHarness, staff: dict) -> None:
    await sign_in(harness.client, staff[Role.MODERATOR])
    real = clock.now()
    try:
        clock.set_clock(lambda: real + timedelta(minutes=31))
        assert (await harness.client.get("/staff/queue")).status_code == 303
    finally:
        clock.set_clock(None)
    await sign_in(harness.client, staff[Role.MODERATOR])
    try:
        for minutes in range(20, 13 * 60, 20):  # active all day, never idle 30 minutes
            clock.set_clock(lambda m=minutes: real + timedelta(minutes=m))
            status = (await harness.client.get("/staff/queue")).status_code
            if minutes < 12 * 60:
                assert status == 200, minutes
        assert status == 303  # past 12 hours: signed out however active
    finally:
        clock.set_clock(None)


async def test_disabling_a_user_ends_their_sessions(harness: AppHarness, clients: dict, staff: dict) -> None:
    await accounts.change_user(harness.state.db, staff[Role.MODERATOR].user_id, "system:test", disabled=True)
    assert (await clients[Role.MODERATOR].get("/staff/queue")).status_code == 303


async def test_moderator_role_needs_a_training_date(harness: AppHarness) -> None:
    with pytest.raises(accounts.AccountError, match="training"):
        await accounts.create_user(harness.state.db, "new-mod", Role.MODERATOR, "long enough password", None, "t")
    user, _ = await accounts.create_user(harness.state.db, "new-chair", Role.CHAIR, "long enough password", None, "t")
    with pytest.raises(accounts.AccountError, match="training"):
        await accounts.change_user(harness.state.db, user.id, "t", role=Role.SAFEGUARDING)


async def test_admin_invites_a_user_who_can_then_sign_in(harness: AppHarness, clients: dict) -> None:
    admin = clients[Role.ADMIN]
    token = await csrf(admin, "/staff/admin/users")
    page = await admin.post(
        "/staff/admin/users", data={"csrf": token, "name": "amina", "role": "moderator", "training_date": "2026-10-01"}
    )
    assert page.status_code == 200 and "otpauth://totp/" in page.text
    import re

    password = re.search(r"Temporary password</dt><dd><code>([^<]+)</code>", page.text)
    secret = re.search(r"Authenticator secret</dt><dd><code>([^<]+)</code>", page.text)
    assert password and secret
    fresh = httpx.AsyncClient(transport=httpx.ASGITransport(app=harness.app), base_url="http://testserver")
    login = await fresh.get("/staff/login")
    login_token = re.search(r'name="csrf" value="([^"]+)"', login.text)
    assert login_token
    response = await fresh.post(
        "/staff/login",
        data={
            "name": "amina",
            "password": password.group(1),
            "code": pyotp.TOTP(secret.group(1)).now(),
            "csrf": login_token.group(1),
        },
    )
    assert response.status_code == 303
    await fresh.aclose()
