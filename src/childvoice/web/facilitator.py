"""The facilitator's page: a teacher or NGO worker sends the views of a group of children.

Opened with a facilitator link (``/group/{token}``, no sign-in; only the token's SHA-256
is stored, and a revoked or unknown link is a 404). The item goes through the same
``intake``, screening and queue as a child's, marked ``group``, with the group's size,
age range and language of discussion stored beside it in the same transaction. The
page speaks the facilitator's language (the same switch as the child's pages).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from childvoice import clock, i18n
from childvoice.errors import InvalidInput
from childvoice.events import Event, event_by_id
from childvoice.helplines import help_for
from childvoice.i18n import gettext as _
from childvoice.intake import AGE_BANDS, GroupDetails, Incoming, intake
from childvoice.organiser import facilitators
from childvoice.textinput import strip_controls
from childvoice.web.child import FormTooLarge, read_form
from childvoice.web.errors import error_page
from childvoice.web.messages import message
from childvoice.web.pages import page_language, render
from childvoice.web.params import as_id
from childvoice.web.security import CSRF_COOKIE, csrf_ok, csrf_token

log = logging.getLogger("childvoice.web.facilitator")

MIN_GROUP, MAX_GROUP = 2, 500
MIN_AGE, MAX_AGE = 5, 17
#: Per link: a class session sends a handful; this stops a leaked link from flooding the queue.
LINK_LIMIT = (60, 3600)
_LANGUAGE_NAME = re.compile(r"[\w][\w\s'’().,-]{0,39}")
FIELDS = ("message", "group_size", "age_min", "age_max", "country", "discussion_language", "panel", "csrf")

_OWN_MESSAGES = {
    "bad_group_size": lambda: _("Please give the number of children: from 2 to 500."),
    "bad_ages": lambda: _("Please give the ages, from 5 to 17, the youngest first."),
    "bad_discussion_language": lambda: _("Please write the language of the discussion."),
}


def _message(key: str) -> str:
    return _OWN_MESSAGES[key]() if key in _OWN_MESSAGES else message(key)


def age_band_for(age_min: int, age_max: int) -> str | None:
    """The child age band that holds the whole group, if one does (else the group is "mixed": none)."""
    for band in AGE_BANDS:
        low, high = (int(x) for x in band.split("-"))
        if low <= age_min and age_max <= high:
            return band
    return None


def _context(request: Request, event: Event, values: dict[str, str], error: str | None) -> dict[str, Any]:
    lang = i18n.current_language()
    return {
        "event_name": event.name(lang),
        "panels": [(p.id, p.name(lang)) for p in event.panels],
        "countries": i18n.countries(lang),
        "ages": list(range(MIN_AGE, MAX_AGE + 1)),
        "values": values,
        "error": _message(error) if error else None,
        "error_field": error,
        "csrf": csrf_token(request),
        "is_open": event.is_open(clock.now()),
        "token": request.path_params["token"],
    }


def _page(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
    request.scope["switch_path"] = f"/group/{request.path_params['token']}"
    response = render(request, name, context, status_code=status_code)
    response.headers["X-Robots-Tag"] = "noindex"
    if "csrf" in context and request.cookies.get(CSRF_COOKIE) != context["csrf"]:
        response.set_cookie(
            CSRF_COOKIE, context["csrf"], httponly=True, samesite="strict", secure=request.url.scheme == "https"
        )
    return response


async def _event(request: Request) -> tuple[int, Event] | None:
    db = request.app.state.db
    found = await facilitators.link_for(db, request.path_params.get("token", ""))
    if found is None:
        return None
    event = await event_by_id(db, found[1])
    return (found[0], event) if event is not None else None


async def group_form(request: Request) -> Response:
    page_language(request)
    found = await _event(request)
    if found is None:
        return error_page(request, 404)
    return _page(request, "group_form.html", _context(request, found[1], {}, None))


def _number(raw: str, low: int, high: int) -> int | None:
    value = as_id(raw.strip())
    return value if value is not None and low <= value <= high else None


def _details(values: dict[str, str], link_id: int) -> GroupDetails:
    size = _number(values["group_size"], MIN_GROUP, MAX_GROUP)
    if size is None:
        raise InvalidInput("bad_group_size", "group_size")
    age_min = _number(values["age_min"], MIN_AGE, MAX_AGE)
    age_max = _number(values["age_max"], MIN_AGE, MAX_AGE)
    if age_min is None or age_max is None or age_min > age_max:
        raise InvalidInput("bad_ages", "ages")
    language = " ".join(strip_controls(values["discussion_language"]).split())
    if not _LANGUAGE_NAME.fullmatch(language):
        raise InvalidInput("bad_discussion_language", "discussion_language")
    return GroupDetails(size, age_min, age_max, language, link_id)


async def group_submit(request: Request) -> Response:
    page_language(request)
    found = await _event(request)
    if found is None:
        return error_page(request, 404)
    link_id, event = found
    state = request.app.state
    try:
        async with read_form(request) as form:
            values = {k: (v if isinstance(v := form.get(k, ""), str) else "") for k in FIELDS}
    except FormTooLarge:
        return error_page(request, 413)
    except Exception:
        return _page(request, "group_form.html", _context(request, event, {}, "form"), 400)

    def again(key: str, status: int) -> Response:
        return _page(request, "group_form.html", _context(request, event, values, key), status)

    if not event.is_open(clock.now()):
        return again("closed", 409)
    if not csrf_ok(request, values["csrf"]):
        return again("csrf", 400)
    if not await state.limiter.hit("group", f"link:{link_id}", LINK_LIMIT):
        return again("rate_limited", 429)
    panel_raw = values["panel"]
    try:
        details = _details(values, link_id)
        if panel_raw and as_id(panel_raw) is None:
            raise InvalidInput("bad_panel", "panel")
        incoming = Incoming(
            text=values["message"],
            source="group",
            language=i18n.current_language(),
            age_band=age_band_for(details.age_min, details.age_max),
            country=values["country"] or None,
            panel_id=as_id(panel_raw),
            group=details,
        )
        accepted = await intake(state.db, state.screener, state.broadcaster, event, incoming, state.settings.secret_key)
    except InvalidInput as exc:
        return again(exc.key, 409 if exc.key == "closed" else 400)
    log.info("submission stored", extra={"submission_id": accepted.submission_id, "source": "group"})
    lang = i18n.current_language()
    help_ = help_for(incoming.country, event.helpline_overrides)
    return _page(
        request,
        "group_receipt.html",
        {
            "code": accepted.receipt_code,
            "help": help_,
            "country_name": i18n.country_name(incoming.country, lang),
            "event_name": event.name(lang),
            "token": request.path_params["token"],
        },
    )


routes = [
    Route("/group/{token}", group_form, methods=["GET"]),
    Route("/group/{token}", group_submit, methods=["POST"]),
]
