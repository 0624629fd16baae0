"""Staff accounts for the admin: invite, change role or training date, disable, end sessions."""

from __future__ import annotations

import secrets
from datetime import date

from starlette.requests import Request
from starlette.responses import Response

from childvoice.permissions import Role
from childvoice.staff import accounts, sessions
from childvoice.web.staff.render import redirect_with_notice, staff_error, staff_page
from childvoice.web.staff.routing import form_str, staff_route


def _date(raw: str) -> date | None:
    try:
        return date.fromisoformat(raw) if raw else None
    except ValueError:
        return None


@staff_route("/staff/admin/users", "user:manage")
async def users_page(request: Request) -> Response:
    return staff_page(
        request,
        "staff/users.html",
        {"users": await accounts.list_users(request.app.state.db), "roles": [r.value for r in Role]},
    )


@staff_route("/staff/admin/users", "user:manage", methods=("POST",))
async def invite(request: Request) -> Response:
    db, session = request.app.state.db, request.state.session
    role = form_str(request, "role")
    if role not in [r.value for r in Role]:
        return staff_error(request, 400, "Choose a role.")
    password = secrets.token_urlsafe(12)
    try:
        user, secret = await accounts.create_user(
            db,
            form_str(request, "name"),
            Role(role),
            password,
            _date(form_str(request, "training_date")),
            actor=f"user:{session.user.id}",
        )
    except accounts.AccountError as exc:
        return staff_error(request, 400, str(exc))
    return staff_page(
        request,
        "staff/invited.html",
        {
            "user": user,
            "password": password,
            "secret": secret,
            "uri": accounts.provisioning_uri(user.name, secret),
        },
    )


@staff_route("/staff/admin/users/{id:int}", "user:manage", methods=("POST",))
async def change(request: Request) -> Response:
    db, session = request.app.state.db, request.state.session
    role = form_str(request, "role")
    try:
        await accounts.change_user(
            db,
            int(request.path_params["id"]),
            f"user:{session.user.id}",
            role=Role(role) if role in [r.value for r in Role] else None,
            training_date=_date(form_str(request, "training_date")),
            disabled={"yes": True, "no": False}.get(form_str(request, "disabled")),
        )
    except accounts.AccountError as exc:
        return staff_error(request, 400, str(exc))
    return redirect_with_notice(request, "/staff/admin/users", "Saved")


@staff_route("/staff/admin/users/{id:int}/end-sessions", "user:manage", methods=("POST",))
async def end_sessions(request: Request) -> Response:
    await sessions.end_all(
        request.app.state.db, int(request.path_params["id"]), f"user:{request.state.session.user.id}"
    )
    return redirect_with_notice(request, "/staff/admin/users", "Sessions ended")
