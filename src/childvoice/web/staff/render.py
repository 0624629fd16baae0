"""Rendering staff pages: English, the same Jinja2 environment as the child's pages."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from itsdangerous import BadSignature, Signer
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from childvoice import i18n
from childvoice.permissions import ROLE_PERMISSIONS, Role
from childvoice.web.pages import templates


def _signer(request: Request) -> Signer:
    return Signer(request.app.state.settings.secret_key, salt="staff-notice")


def redirect_with_notice(request: Request, url: str, message: str, fragment: str = "") -> Response:
    """303 to ``url`` with a notice for the next page. The notice is signed, so a crafted link cannot
    make a staff page show words the service did not write ("session expired, sign in at …")."""
    joiner = "&" if "?" in url else "?"
    signed = _signer(request).sign(message).decode()
    return RedirectResponse(f"{url}{joiner}{urlencode({'m': signed})}{fragment}", status_code=303)


def _notice(request: Request) -> str | None:
    raw = request.query_params.get("m")
    if not raw:
        return None
    try:
        return _signer(request).unsign(raw).decode()
    except BadSignature:
        return None


def staff_page(request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200) -> Response:
    i18n.set_language("en")
    session = getattr(request.state, "session", None)
    perms = ROLE_PERMISSIONS[Role(session.user.role)] if session else frozenset()
    base = {"session": session, "perms": perms, "lang": "en", "dir": "ltr", "flash": _notice(request)}
    base.update(getattr(request.state, "header", {}))
    return templates().TemplateResponse(request, name, {**base, **(context or {})}, status_code=status_code)


def staff_error(request: Request, status: int, message: str) -> Response:
    return staff_page(request, "staff/error.html", {"status": status, "message": message}, status_code=status)
