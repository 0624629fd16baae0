"""Every staff route is declared with the one permission it needs; the guard checks it on the server.

``staff_route`` records (path, methods, permission) in ``STAFF_ROUTES``; tests walk that
list × every role, so a route added without a permission cannot exist.
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from childvoice.permissions import allowed
from childvoice.staff import sessions
from childvoice.web.staff.render import staff_error

Endpoint = Callable[[Request], Awaitable[Response]]
SESSION_COOKIE = "cv_staff"
FORM_LIMITS: dict[str, Any] = {"max_files": 0, "max_fields": 2000, "max_part_size": 64 * 1024}


@dataclass(frozen=True)
class StaffRoute:
    path: str
    methods: tuple[str, ...]
    permission: str
    endpoint: Endpoint


STAFF_ROUTES: list[StaffRoute] = []


def staff_route(path: str, permission: str, methods: tuple[str, ...] = ("GET",)) -> Callable[[Endpoint], Endpoint]:
    def register(endpoint: Endpoint) -> Endpoint:
        STAFF_ROUTES.append(StaffRoute(path, methods, permission, endpoint))
        return endpoint

    return register


def _guard(route: StaffRoute) -> Endpoint:
    @functools.wraps(route.endpoint)
    async def guarded(request: Request) -> Response:
        session = await sessions.resolve(request.app.state.db, request.cookies.get(SESSION_COOKIE))
        if session is None:
            if request.method == "GET" and "text/event-stream" not in request.headers.get("accept", ""):
                return RedirectResponse(f"/staff/login?next={quote(request.url.path)}", status_code=303)
            return staff_error(request, 401, "Please sign in again.")
        if not allowed(session.user.role, route.permission):
            return staff_error(request, 403, "Your role does not allow this.")
        request.state.session = session
        from childvoice.web.staff.working_event import header_context  # it registers a route itself

        request.state.header = await header_context(request)
        request.state.form = {}
        if request.method != "GET":
            async with request.form(**FORM_LIMITS) as form:
                request.state.form = {k: form.getlist(k) if len(form.getlist(k)) > 1 else form.get(k) for k in form}
            sent = request.headers.get("x-csrf-token") or request.state.form.get("csrf") or ""
            if not isinstance(sent, str) or not secrets.compare_digest(sent.encode(), session.csrf.encode()):
                return staff_error(request, 403, "This form has expired. Please reload the page and try again.")
        return await route.endpoint(request)

    return guarded


def routes() -> list[Route]:
    # Import the modules that declare routes, so the registry is complete.
    from childvoice.web.staff import (  # noqa: F401
        admin,
        audit_log,
        chair,
        desk,
        event_admin,
        live,
        organiser,
        queue,
        working_event,
    )

    return [Route(r.path, _guard(r), methods=list(r.methods)) for r in STAFF_ROUTES]


def safe_next(target: str) -> str:
    """``target`` if it is a staff page of this site, else "" (never an address elsewhere)."""
    return target if target.startswith("/staff/") and not target.startswith("//") and "\\" not in target else ""


def form_str(request: Request, name: str, default: str = "") -> str:
    value = request.state.form.get(name, default)
    if isinstance(value, list):
        value = value[0] if value else default
    return value if isinstance(value, str) else default


def form_list(request: Request, name: str) -> list[str]:
    value = request.state.form.get(name, [])
    values = value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, str)]
