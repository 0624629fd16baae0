"""Rendering staff pages: English, the same Jinja2 environment as the child's pages."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from childvoice import i18n
from childvoice.permissions import ROLE_PERMISSIONS, Role
from childvoice.web.pages import templates


def staff_page(request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200) -> Response:
    i18n.set_language("en")
    session = getattr(request.state, "session", None)
    perms = ROLE_PERMISSIONS[Role(session.user.role)] if session else frozenset()
    base = {"session": session, "perms": perms, "lang": "en", "dir": "ltr", "flash": request.query_params.get("m")}
    return templates().TemplateResponse(request, name, {**base, **(context or {})}, status_code=status_code)


def staff_error(request: Request, status: int, message: str) -> Response:
    return staff_page(request, "staff/error.html", {"status": status, "message": message}, status_code=status)
