"""Live updates for staff pages (Server-Sent Events). Events carry ids and states, never text.

The chair's stream only ever carries items in ``VISIBLE_TO_CHAIR``: an unapproved or
escalated item is not even announced to them.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from sse_starlette import EventSourceResponse
from starlette.requests import Request
from starlette.responses import Response

from childvoice import states
from childvoice.permissions import Role
from childvoice.web.staff.routing import staff_route


def visible(role: Role, event: dict[str, Any]) -> bool:
    if role is Role.CHAIR:
        return event.get("state") in states.VISIBLE_TO_CHAIR or event.get("type") == "chair"
    return True


@staff_route("/staff/live", "live:staff")
async def live(request: Request) -> Response:
    role = Role(request.state.session.user.role)
    broadcaster = request.app.state.broadcaster

    async def stream() -> AsyncIterator[dict[str, str]]:
        async with broadcaster.subscribe(lambda event: visible(role, event)) as events:
            yield {"event": "hello", "data": "{}"}
            async for event in events:
                if visible(role, event):  # (the filter above already keeps the rest away)
                    payload = {k: event[k] for k in ("type", "id", "state") if k in event}
                    yield {"event": str(event.get("type", "submission")), "data": json.dumps(payload)}

    return EventSourceResponse(stream(), ping=15, headers={"Cache-Control": "no-store"})
