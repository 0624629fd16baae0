"""The room display: a read-only page for the projector, opened with a display link (no sign-in).

It shows only the item on screen (text, attribution, panel name) and only while that item
is in ``VISIBLE_TO_CHAIR``. Nothing moves by itself: ``/display/{token}/live`` says
"changed" when the chair puts another item on screen, and the page fetches
``/display/{token}/now``. A revoked or unknown token gets a plain 404, on every address.
"""

from __future__ import annotations

import asyncio
import contextlib
import unicodedata
from collections.abc import AsyncIterator
from typing import Any

from sse_starlette import EventSourceResponse
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from childvoice import chairlist, displays, i18n
from childvoice.events import event_by_id
from childvoice.web.pages import templates

#: How often an open display re-checks that its link was not revoked (revoking also tells it at once).
RECHECK_SECONDS = 30.0


#: Type sizes by how much room a text needs (see ``text_size``); the CSS keeps each within the screen.
SIZES = ((90, "xl"), (200, "l"), (380, "m"), (650, "s"))


def text_size(text: str) -> str:
    """A size class for the text on screen: long questions get smaller type so they fit without scrolling.

    Wide characters (Chinese, full-width forms) count twice: each takes about two Latin letters' room.
    """
    room = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return next((name for limit, name in SIZES if room <= limit), "xs")


def _not_found() -> Response:
    return PlainTextResponse("Not found", status_code=404)


async def _screen_context(request: Request) -> dict[str, Any] | None:
    db = request.app.state.db
    event_id = await displays.event_for(db, request.path_params.get("token", ""))
    event = await event_by_id(db, event_id) if event_id is not None else None
    if event is None:
        return None
    screen = await chairlist.on_screen_now(db, event)
    size = text_size(screen.item.text) if screen and screen.item else "xl"
    return {"event": event, "event_name": event.name("en"), "screen": screen, "size": size, "lang": "en", "dir": "ltr"}


def _render(request: Request, name: str, context: dict[str, Any]) -> Response:
    i18n.set_language("en")
    response = templates().TemplateResponse(request, name, context)
    response.headers["X-Robots-Tag"] = "noindex"
    return response


async def display_page(request: Request) -> Response:
    context = await _screen_context(request)
    return _render(request, "display.html", context) if context else _not_found()


async def display_now(request: Request) -> Response:
    context = await _screen_context(request)
    return _render(request, "_display_now.html", context) if context else _not_found()


async def display_live(request: Request) -> Response:
    db, broadcaster = request.app.state.db, request.app.state.broadcaster
    token = request.path_params.get("token", "")
    event_id = await displays.event_for(db, token)
    if event_id is None:
        return _not_found()

    async def stream() -> AsyncIterator[dict[str, str]]:
        showing: int | None = await chairlist.on_screen_id(db, event_id)

        def concerns_the_screen(live: dict[str, Any]) -> bool:
            """Screen changes, revoked links, and the item on screen: not every new submission."""
            return live.get("state") in ("on_screen", "display_revoked") or (
                showing is not None and live.get("id") == showing
            )

        async with broadcaster.subscribe(concerns_the_screen) as events:
            showing = await chairlist.on_screen_id(db, event_id)
            yield {"event": "hello", "data": "{}"}
            waiting: asyncio.Future[Any] | None = None
            try:
                while True:
                    if waiting is None:
                        waiting = asyncio.ensure_future(anext(events))
                    done, _ = await asyncio.wait({waiting}, timeout=RECHECK_SECONDS)
                    live = waiting.result() if done else None
                    if done:
                        waiting = None
                    revoked = live is None or live.get("state") == "display_revoked"
                    if revoked and await displays.event_for(db, token) != event_id:
                        yield {"event": "changed", "data": "{}"}
                        return
                    if live is None:
                        continue
                    if live.get("state") == "on_screen" or (showing is not None and live.get("id") == showing):
                        showing = await chairlist.on_screen_id(db, event_id)
                        yield {"event": "changed", "data": "{}"}
            finally:
                if waiting is not None:
                    waiting.cancel()
                    with contextlib.suppress(asyncio.CancelledError, StopAsyncIteration):
                        await waiting

    return EventSourceResponse(stream(), ping=15, headers={"Cache-Control": "no-store"})


routes = [
    Route("/display/{token}", display_page, methods=["GET"], name="display_page"),
    Route("/display/{token}/now", display_now, methods=["GET"]),
    Route("/display/{token}/live", display_live, methods=["GET"]),
]
