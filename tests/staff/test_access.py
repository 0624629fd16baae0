"""Every staff route × every role and anonymous: the permission table, enforced on the server."""

from __future__ import annotations

import re

import httpx
import pytest

from childvoice.permissions import ROLE_PERMISSIONS, Role
from childvoice.web.staff.routing import STAFF_ROUTES, routes
from tests.conftest import AppHarness
from tests.staff.staffkit import csrf

routes()  # fill the registry


def test_every_staff_route_names_a_known_permission() -> None:
    known = set().union(*ROLE_PERMISSIONS.values())
    assert STAFF_ROUTES, "no staff routes registered"
    for route in STAFF_ROUTES:
        assert route.permission in known, (route.path, route.permission)


def test_every_staff_path_in_the_app_is_guarded(harness: AppHarness) -> None:
    guarded = {(r.path, m) for r in STAFF_ROUTES for m in r.methods}
    public = {("/staff/login", "GET"), ("/staff/login", "POST")}
    for route in harness.app.routes:
        path = getattr(route, "path", "")
        if path.startswith("/staff"):
            for method in (route.methods or set()) - {"HEAD"}:
                assert (path, method) in guarded | public, (path, method)


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "999999", path)


@pytest.mark.parametrize("role", [*Role, None])
async def test_access_matrix(clients: dict, role: Role | None) -> None:
    client: httpx.AsyncClient = clients[role]
    token = await csrf(client) if role else "x"
    for route in STAFF_ROUTES:
        for method in route.methods:
            if route.path == "/staff/logout":
                continue  # would end the session under test; covered in test_auth
            if route.path == "/staff/live":
                continue  # an endless stream; covered in test_live
            url = _concrete(route.path)
            if method == "GET":
                response = await client.get(url)
            else:
                response = await client.post(url, data={"csrf": token})
            may = role is not None and route.permission in ROLE_PERMISSIONS[role]
            if role is None:
                assert response.status_code in (303, 401), (url, method)
                if response.status_code == 303:
                    assert response.headers["location"].startswith("/staff/login")
            elif not may:
                assert response.status_code == 403, (role, url, method, response.status_code)
            else:
                assert response.status_code not in (401, 403), (role, url, method)


async def test_post_without_csrf_token_is_refused(clients: dict) -> None:
    client = clients[Role.MODERATOR]
    response = await client.post("/staff/queue/bulk-reject", data={"item": "1:1"})
    assert response.status_code == 403 and "expired" in response.text


async def test_staff_pages_send_security_headers(clients: dict) -> None:
    response = await clients[Role.MODERATOR].get("/staff/queue")
    assert response.status_code == 200
    h = response.headers
    assert (
        "frame-ancestors 'none'" in h["content-security-policy"] and "unsafe-inline" not in h["content-security-policy"]
    )
    assert h["x-content-type-options"] == "nosniff"
    assert h["cache-control"] == "no-store"
    assert h["referrer-policy"] == "no-referrer"
    assert "<script>" not in response.text
