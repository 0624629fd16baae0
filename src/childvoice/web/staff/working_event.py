"""Which event a staff member works on: the one they chose (a cookie), else the one children write to now.

Several events can exist and more than one can be open; the queue, the chair's list, the
displays and the outcome page all follow this choice, made in the staff header.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from childvoice.events import Event, all_events, current_event, event_by_slug
from childvoice.web.staff.render import staff_error
from childvoice.web.staff.routing import form_str, safe_next, staff_route

COOKIE = "cv_staff_event"


async def working_event(request: Request) -> Event | None:
    db = request.app.state.db
    slug = request.cookies.get(COOKIE, "")
    if slug and (chosen := await event_by_slug(db, slug)) is not None:
        return chosen
    return await current_event(db)


async def header_context(request: Request) -> dict[str, object]:
    """The staff header's event switch (shown when there is more than one event)."""
    return {"all_events": await all_events(request.app.state.db), "working_event": await working_event(request)}


@staff_route("/staff/event", "session:home", methods=("POST",))
async def choose_event(request: Request) -> Response:
    slug = form_str(request, "event")
    if await event_by_slug(request.app.state.db, slug) is None:
        return staff_error(request, 400, "No such event.")
    response = RedirectResponse(safe_next(form_str(request, "next")) or "/staff", status_code=303)
    secure = request.url.scheme == "https"
    response.set_cookie(COOKIE, slug, httponly=True, samesite="strict", path="/staff", secure=secure)
    return response
