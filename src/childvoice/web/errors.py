"""Localised error pages. A server error is logged by id and type only, never with request data."""

from __future__ import annotations

import logging

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from childvoice.i18n import gettext as _
from childvoice.web.pages import page_language, render

log = logging.getLogger("childvoice.web")


def _titles(status: int) -> tuple[str, str]:
    if status == 404:
        return _("We can’t find that page"), _("The address may be wrong, or the page has moved.")
    if status == 413:
        return _("That was too much to send"), _("Please send a shorter message.")
    if status == 405:
        return _("That didn’t work"), _("Please go back to the start and try again.")
    if status == 429:
        return _("Too many tries"), _("Please wait a few minutes and try again.")
    if status >= 500:
        return _("Something went wrong on our side"), _(
            "It is not your fault. Please wait a moment and try again. If you sent a message and saw your code, "
            "your message is safe."
        )
    return _("That didn’t work"), _("Please go back and try again.")


def error_page(request: Request, status: int) -> Response:
    page_language(request)
    title, body = _titles(status)
    return render(request, "error.html", {"title": title, "body": body, "status": status}, status_code=status)


async def http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    return error_page(request, status)


async def server_error(request: Request, exc: Exception) -> Response:
    # Only the first path segment: deeper ones may be display or facilitator tokens.
    section = "/" + request.url.path.split("/")[1] if request.url.path.count("/") else "/"
    log.error("unhandled error", extra={"path": section, "error_type": type(exc).__name__})
    return error_page(request, 500)
