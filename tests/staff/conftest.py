from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from childvoice.permissions import Role
from tests.conftest import AppHarness
from tests.staff.staffkit import Staff, make_staff, sign_in


@pytest.fixture
async def staff(harness: AppHarness) -> dict[Role, Staff]:
    return await make_staff(harness.state.db)


@pytest.fixture
async def clients(harness: AppHarness, staff: dict[Role, Staff]) -> AsyncIterator[dict[Role | None, httpx.AsyncClient]]:
    """One signed-in client per role, and an anonymous one (key None)."""
    out: dict[Role | None, httpx.AsyncClient] = {}
    transport = httpx.ASGITransport(app=harness.app)
    for role in [*Role, None]:
        client = httpx.AsyncClient(transport=transport, base_url="http://testserver")
        if role is not None:
            response = await sign_in(client, staff[role])
            assert response.status_code == 303, response.text[:300]
        out[role] = client
    yield out
    for client in out.values():
        await client.aclose()
