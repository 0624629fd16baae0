"""The chair's list: order shortlisted items, put one on the room screen, mark it read out; display links.

Every action is an ordinary form (works without JavaScript: 303 back to the list); when
``static/chair.js`` sends it with the ``X-CSRF-Token`` header the answer is 204 and the
page re-fetches the list fragment. Live updates come from ``/staff/chair/live``, which
says only "changed" and only for items the chair can see (or the chair's own events).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from sse_starlette import EventSourceResponse
from starlette.requests import Request
from starlette.responses import Response

from childvoice import chairlist, displays, reviewqueue, states
from childvoice.errors import StaleVersion, TransitionError
from childvoice.events import Event
from childvoice.permissions import ACTOR_FOR_ROLE, allowed
from childvoice.states import Action
from childvoice.web.params import as_id
from childvoice.web.staff.render import redirect_with_notice, staff_error, staff_page
from childvoice.web.staff.routing import form_list, form_str, staff_route
from childvoice.web.staff.working_event import working_event
from childvoice.workflow import transition

HOME = "/staff/chair"


def _id(request: Request) -> int:
    raw = request.path_params.get("id", "")
    found = as_id(raw)
    return -1 if found is None else found


def _actor_id(request: Request) -> str:
    return f"user:{request.state.session.user.id}"


def _by_script(request: Request) -> bool:
    return bool(request.headers.get("x-csrf-token"))


def _done(request: Request, message: str, anchor: int | None = None) -> Response:
    """204 for the page's script (it refreshes the list itself), else back to the list with a message."""
    if _by_script(request):
        return Response(status_code=204)
    fragment = f"#item-{anchor}" if anchor else ""
    return redirect_with_notice(request, HOME, message, fragment)


async def _context(request: Request) -> dict[str, Any]:
    db = request.app.state.db
    event = await working_event(request)
    role = request.state.session.user.role
    may_display = allowed(role, "chair:display")
    return {
        "event": event,
        "lists": await chairlist.panel_lists(db, event) if event else [],
        "screen": await chairlist.on_screen_now(db, event) if event else None,
        "links": await displays.links(db, event.id) if event and may_display else [],
        "may_order": allowed(role, "chair:order"),
        "may_display": may_display,
        "may_read_out": allowed(role, "chair:read_out"),
        "may_unshortlist": allowed(role, "submission:unshortlist"),
        "links_action": "/staff/chair/displays",
    }


@staff_route("/staff/chair", "chair:read")
async def chair_page(request: Request) -> Response:
    return staff_page(request, "staff/chair.html", await _context(request))


@staff_route("/staff/chair/list", "chair:read")
async def chair_fragment(request: Request) -> Response:
    """The lists and the screen line alone: what the page fetches when the live stream says something changed."""
    return staff_page(request, "staff/_chair_list.html", await _context(request))


@staff_route("/staff/chair/print", "chair:read")
async def chair_print(request: Request) -> Response:
    return staff_page(request, "staff/chair_print.html", await _context(request))


@staff_route("/staff/chair/live", "chair:read")
async def chair_live(request: Request) -> Response:
    """Says "changed" whenever an item the chair can see (or could see until now) changes, or the chair's own events."""
    if "text/event-stream" not in request.headers.get("accept", ""):
        return staff_error(request, 406, "This address is the live stream of the chair's page.")
    db, broadcaster = request.app.state.db, request.app.state.broadcaster
    event = await working_event(request)
    event_id = event.id if event else None

    async def stream() -> AsyncIterator[dict[str, str]]:
        seen: set[int] = set()

        def concerns_the_chair(live: dict[str, Any]) -> bool:
            return live.get("type") == "chair" or live.get("state") in states.VISIBLE_TO_CHAIR or live.get("id") in seen

        async with broadcaster.subscribe(concerns_the_chair) as events:
            seen = await chairlist.visible_ids(db, event_id) if event_id else set()
            yield {"event": "hello", "data": "{}"}
            async for _live in events:
                yield {"event": "changed", "data": json.dumps({})}
                seen = await chairlist.visible_ids(db, event_id) if event_id else set()

    return EventSourceResponse(stream(), ping=15, headers={"Cache-Control": "no-store"})


async def _event_or_error(request: Request) -> Event | Response:
    event = await working_event(request)
    return event if event is not None else staff_error(request, 404, "There is no event yet.")


@staff_route("/staff/chair/items/{id:int}/move", "chair:order", methods=("POST",))
async def move(request: Request) -> Response:
    event = await _event_or_error(request)
    if isinstance(event, Response):
        return event
    how = form_str(request, "how")
    if how not in chairlist.MOVES:
        return staff_error(request, 400, "Choose how to move the item.")
    try:
        await chairlist.move(
            request.app.state.db,
            request.app.state.broadcaster,
            event.id,
            _id(request),
            how,
            _actor_id(request),
        )
    except chairlist.NotOnList:
        return staff_error(request, 409, "This item is no longer on the list. Nothing was changed.")
    label = "Skipped (moved to the end)" if how == "skip" else f"Moved {how}"
    return _done(request, f"{label}: item {_id(request)}", _id(request))


@staff_route("/staff/chair/order", "chair:order", methods=("POST",))
async def reorder(request: Request) -> Response:
    event = await _event_or_error(request)
    if isinstance(event, Response):
        return event
    panel, version = form_str(request, "panel"), form_str(request, "version")
    wanted = [i for i in map(as_id, form_list(request, "item")[:1000]) if i is not None]
    if as_id(panel) is None or as_id(version) is None:
        return staff_error(request, 400, "The form is missing the list's version. Reload the page.")
    if int(panel) not in {chairlist.NO_PANEL, *(p.id for p in event.panels)}:
        return staff_error(request, 400, "No such panel in this event.")
    try:
        await chairlist.reorder(
            request.app.state.db,
            request.app.state.broadcaster,
            event.id,
            int(panel),
            int(version),
            wanted,
            _actor_id(request),
        )
    except chairlist.StaleOrder:
        return staff_error(request, 409, "Someone else changed the order first. The list now shows their order.")
    return _done(request, "Order saved")


@staff_route("/staff/chair/items/{id:int}/screen", "chair:display", methods=("POST",))
async def put_on_screen(request: Request) -> Response:
    event = await _event_or_error(request)
    if isinstance(event, Response):
        return event
    try:
        await chairlist.show(
            request.app.state.db, request.app.state.broadcaster, event.id, _id(request), _actor_id(request)
        )
    except chairlist.NotOnList:
        return staff_error(request, 409, "This item is no longer on the list, so it cannot go on screen.")
    return _done(request, f"On screen: item {_id(request)}", _id(request))


@staff_route("/staff/chair/screen/clear", "chair:display", methods=("POST",))
async def clear_screen(request: Request) -> Response:
    event = await _event_or_error(request)
    if isinstance(event, Response):
        return event
    await chairlist.show(request.app.state.db, request.app.state.broadcaster, event.id, None, _actor_id(request))
    return _done(request, "The screen is empty")


async def _decide(request: Request, action: Action) -> Response | None:
    """Apply a workflow move for the chair; None when it worked, else the error page."""
    db, session = request.app.state.db, request.state.session
    version = form_str(request, "version")
    if as_id(version) is None:
        return staff_error(request, 400, "The form is missing the item's version. Reload the page.")
    try:
        await transition(
            db,
            request.app.state.broadcaster,
            _id(request),
            action,
            ACTOR_FOR_ROLE[session.user.role],
            _actor_id(request),
            int(version),
        )
    except StaleVersion as exc:
        who = await reviewqueue.last_decider(db, _id(request))
        return staff_error(request, 409, f"Already changed by {who}: the item is now {exc.current_state}.")
    except TransitionError as exc:
        return staff_error(request, 409, f"You cannot {action.replace('_', ' ')} an item that is {exc.state}.")
    return None


@staff_route("/staff/chair/items/{id:int}/read-out", "chair:read_out", methods=("POST",))
async def read_out(request: Request) -> Response:
    failed = await _decide(request, Action.READ_OUT)
    return failed or _done(request, f"Read out: item {_id(request)}", _id(request))


@staff_route("/staff/chair/items/{id:int}/unshortlist", "submission:unshortlist", methods=("POST",))
async def unshortlist(request: Request) -> Response:
    event = await _event_or_error(request)
    if isinstance(event, Response):
        return event
    failed = await _decide(request, Action.UNSHORTLIST)
    if failed:
        return failed
    await chairlist.forget(request.app.state.db, request.app.state.broadcaster, event.id, _id(request))
    return _done(request, f"Returned to approved: item {_id(request)}")


# --- display links (the admin has the same on the event page) --------------------------------------


async def create_display_link(request: Request, back: str) -> Response:
    event = await working_event(request)
    if event is None:
        return staff_error(request, 404, "There is no event yet.")
    link_id, token = await displays.create(
        request.app.state.db, event.id, form_str(request, "label"), _actor_id(request)
    )
    url = str(request.url_for("display_page", token=token))
    return staff_page(request, "staff/display_created.html", {"url": url, "link_id": link_id, "back": back})


async def revoke_display_link(request: Request, back: str) -> Response:
    event = await working_event(request)
    links = await displays.links(request.app.state.db, event.id) if event else []
    if _id(request) not in {link.id for link in links}:
        return staff_error(request, 404, "No such display link.")
    await displays.revoke(request.app.state.db, request.app.state.broadcaster, _id(request), _actor_id(request))
    return redirect_with_notice(request, back, "Display link revoked", "#displays")


@staff_route("/staff/chair/displays", "chair:display", methods=("POST",))
async def chair_create_display(request: Request) -> Response:
    return await create_display_link(request, HOME)


@staff_route("/staff/chair/displays/{id:int}/revoke", "chair:display", methods=("POST",))
async def chair_revoke_display(request: Request) -> Response:
    return await revoke_display_link(request, HOME)
