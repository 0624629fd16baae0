"""Sign-in (password + TOTP), sign-out, and each role's home page."""

from __future__ import annotations

import secrets

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from childvoice.permissions import Role
from childvoice.staff import accounts, sessions
from childvoice.web.security import client_address
from childvoice.web.staff.render import staff_page
from childvoice.web.staff.routing import SESSION_COOKIE, safe_next, staff_route

LOGIN_COOKIE = "cv_staff_login"
FAILURES_PER_ACCOUNT = (5, 900)
FAILURES_PER_CLIENT = (20, 900)
HOME = {
    Role.MODERATOR: "/staff/queue",
    Role.SAFEGUARDING: "/staff/desk",
    Role.CHAIR: "/staff/chair",
    Role.ADMIN: "/staff/admin/users",
}


async def login_form(request: Request, error: str | None = None, status_code: int = 200) -> Response:
    token = request.cookies.get(LOGIN_COOKIE) or secrets.token_urlsafe(24)
    response = staff_page(
        request,
        "staff/login.html",
        {"error": error, "csrf": token, "next": safe_next(request.query_params.get("next", ""))},
        status_code=status_code,
    )
    response.set_cookie(
        LOGIN_COOKIE, token, httponly=True, samesite="strict", path="/staff", secure=request.url.scheme == "https"
    )
    return response


async def login(request: Request) -> Response:
    state = request.app.state
    async with request.form(max_files=0, max_fields=10, max_part_size=4096) as form:
        name, password, code, token, target = (
            str(form.get(k) or "") for k in ("name", "password", "code", "csrf", "next")
        )
    cookie = request.cookies.get(LOGIN_COOKIE, "")
    if not cookie or not secrets.compare_digest(cookie.encode(), token.encode()):
        return await login_form(request, "The sign-in form expired. Please try again.", 400)
    client = client_address(request, state.settings.trusted_proxy)
    account = name.strip().casefold()  # the same account however its name is typed
    limiter = state.login_limiter
    if await limiter.over("login-account", account, FAILURES_PER_ACCOUNT) or await limiter.over(
        "login-client", client, FAILURES_PER_CLIENT
    ):
        return await login_form(request, "Too many failed attempts. Wait 15 minutes, or ask an admin.", 429)
    found = await accounts.verify_password(state.db, name.strip(), password)
    if found is None or not accounts.verify_totp(found[1], code):
        await limiter.hit("login-account", account, FAILURES_PER_ACCOUNT)
        await limiter.hit("login-client", client, FAILURES_PER_CLIENT)
        return await login_form(request, "Name, password or code is not right.", 401)
    user = found[0]
    token_value, _session = await sessions.start(state.db, user, request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse(safe_next(target) or HOME[user.role], status_code=303)
    response.set_cookie(
        SESSION_COOKIE, token_value, httponly=True, samesite="strict", path="/", secure=request.url.scheme == "https"
    )
    response.delete_cookie(LOGIN_COOKIE, path="/staff")
    return response


@staff_route("/staff/logout", "session:end", methods=("POST",))
async def logout(request: Request) -> Response:
    await sessions.end(request.app.state.db, request.state.session)
    response = RedirectResponse("/staff/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@staff_route("/staff", "session:home")
async def home(request: Request) -> Response:
    return RedirectResponse(HOME[request.state.session.user.role], status_code=303)


routes = [
    Route("/staff/login", login_form, methods=["GET"]),
    Route("/staff/login", login, methods=["POST"]),
]
