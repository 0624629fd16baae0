"""The child's pages: explainer and form, receipt, status and erase. No account, no JavaScript needed."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import select
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from childvoice import clock, i18n, receipts
from childvoice.childstatus import child_status
from childvoice.errors import InvalidInput, StaleVersion, TransitionError
from childvoice.events import Event, current_event, event_by_id, event_by_slug, open_events
from childvoice.helplines import help_for
from childvoice.intake import AGE_BANDS, Incoming, intake
from childvoice.states import Action, Actor, State
from childvoice.tables import submissions
from childvoice.web.errors import error_page
from childvoice.web.messages import message
from childvoice.web.outcome import outcome_path
from childvoice.web.pages import page_language, render
from childvoice.web.params import as_id
from childvoice.web.security import CSRF_COOKIE, client_address, csrf_ok, csrf_token
from childvoice.workflow import transition

log = logging.getLogger("childvoice.web.child")
FORM_LIMITS: dict[str, Any] = {"max_files": 0, "max_fields": 20, "max_part_size": 16 * 1024}
MAX_BODY = 64 * 1024


def _form_context(
    request: Request,
    event: Event | None,
    values: dict[str, str],
    error: str | None,
    others: list[Event] | None = None,
) -> dict[str, Any]:
    lang = i18n.current_language()
    return {
        "event": event,
        "others": [(e.slug, e.name(lang)) for e in others or [] if event is None or e.id != event.id],
        "event_name": event.name(lang) if event else "",
        "panels": [(p.id, p.name(lang)) for p in event.panels] if event else [],
        "countries": i18n.countries(lang),
        "age_bands": AGE_BANDS,
        "values": values,
        "error": message(error) if error else None,
        "error_field": error,
        "csrf": csrf_token(request),
        "is_open": bool(event and event.is_open(clock.now())),
    }


def _with_csrf_cookie(request: Request, response: Response, token: str) -> Response:
    if request.cookies.get(CSRF_COOKIE) != token:
        response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", secure=request.url.scheme == "https")
    return response


async def _chosen_event(request: Request, slug: str) -> Event | None:
    """The event named in the address or the form (``/e/{slug}``), else the one children write to now."""
    db = request.app.state.db
    if slug:
        return await event_by_slug(db, slug)
    return await current_event(db)


async def form_page(request: Request) -> Response:
    slug = str(request.path_params.get("slug", ""))
    event = await _chosen_event(request, slug)
    if slug and event is None:
        return error_page(request, 404)
    if slug:
        request.scope["switch_path"] = f"/e/{slug}"
    page_language(request, event.languages if event else None)
    others = await open_events(request.app.state.db)  # several events may be open: offer the others too
    ctx = _form_context(request, event, {}, None, others)
    return _with_csrf_cookie(request, render(request, "form.html", ctx), ctx["csrf"])


class FormTooLarge(Exception):
    """The body is larger than any honest form; answered with a friendly 413 page."""


@contextlib.asynccontextmanager
async def read_form(request: Request) -> AsyncIterator[Any]:
    """The posted form within our limits; FormTooLarge or ValueError when it can't be read."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > MAX_BODY:
        raise FormTooLarge
    try:
        async with request.form(**FORM_LIMITS) as form:
            yield form
    except HTTPException as exc:
        raise FormTooLarge if exc.status_code == 413 else ValueError(exc.detail) from None


def _field(form: Any, name: str) -> str:
    value = form.get(name, "")
    return value if isinstance(value, str) else ""


async def submit(request: Request) -> Response:
    state = request.app.state
    request.scope["switch_path"] = "/"
    try:
        async with read_form(request) as form:
            fields = ("message", "age_band", "country", "panel", "csrf", "website", "event")
            values = {k: _field(form, k) for k in fields}
    except FormTooLarge:
        page_language(request, None)
        return error_page(request, 413)
    except Exception:  # malformed multipart: nothing to keep
        event = await current_event(state.db)
        page_language(request, event.languages if event else None)
        return render(request, "form.html", _form_context(request, event, {}, "form"), status_code=400)
    slug = values["event"][:64]
    event = await _chosen_event(request, slug)
    if slug and event is not None:
        request.scope["switch_path"] = f"/e/{slug}"
    page_language(request, event.languages if event else None)

    def again(key: str, status: int) -> Response:
        ctx = _form_context(request, event, values, key)
        return _with_csrf_cookie(request, render(request, "form.html", ctx, status_code=status), ctx["csrf"])

    if event is None:
        return again("closed", 409)
    if not csrf_ok(request, values["csrf"]):
        return again("csrf", 400)
    limits = state.settings.rate_limits
    if not await state.limiter.hit("submit", client_address(request, state.settings.trusted_proxy), limits.submit):
        return again("rate_limited", 429)
    panel_raw = values["panel"]
    try:
        incoming = Incoming(
            text=values["message"],
            source="web",
            language=i18n.current_language(),
            age_band=values["age_band"] or None,
            country=values["country"] or None,
            panel_id=as_id(panel_raw),
            # A filled honeypot is kept (we said thank you) but goes to moderators marked as likely spam.
            extra_flags=("spam", "honeypot") if values["website"].strip() else (),
        )
        if panel_raw and incoming.panel_id is None:
            raise InvalidInput("bad_panel", "panel")
        accepted = await intake(state.db, state.screener, state.broadcaster, event, incoming, state.settings.secret_key)
    except InvalidInput as exc:
        return again(exc.key, 409 if exc.key == "closed" else 400)
    log.info("submission stored", extra={"submission_id": accepted.submission_id, "source": "web"})
    lang = i18n.current_language()
    return render(
        request,
        "receipt.html",
        {
            "code": accepted.receipt_code,
            "help": help_for(incoming.country, event.helpline_overrides),
            "country_name": i18n.country_name(incoming.country, lang),
            "event_name": event.name(lang),
        },
    )


async def _lookup(request: Request, code: str) -> Any:
    key = receipts.code_hash(request.app.state.settings.secret_key, code)
    if key is None:
        return None
    async with request.app.state.db.read() as conn:
        return (
            await conn.execute(
                select(
                    submissions.c.id,
                    submissions.c.state,
                    submissions.c.version,
                    submissions.c.event_id,
                    submissions.c.country,
                    submissions.c.received_at,
                    submissions.c.read_out_at,
                ).where(submissions.c.receipt_hash == key)
            )
        ).first()


async def status_form(request: Request) -> Response:
    page_language(request)
    token = csrf_token(request)
    return _with_csrf_cookie(request, render(request, "status.html", {"csrf": token, "code": ""}), token)


async def _status_input(request: Request) -> tuple[str, str, str] | Response:
    """(code, csrf, confirm) from a status form, or the form again with an error."""
    page_language(request)
    request.scope["switch_path"] = "/status"
    state = request.app.state
    try:
        async with read_form(request) as form:
            code, token, confirm = (_field(form, k)[:64] for k in ("code", "csrf", "confirm"))
    except FormTooLarge:
        return error_page(request, 413)
    except Exception:
        code, token, confirm = "", "", ""
    error = None
    if not csrf_ok(request, token):
        error = "csrf"
    elif not await state.limiter.hit(
        "status", client_address(request, state.settings.trusted_proxy), state.settings.rate_limits.status
    ):
        error = "rate_limited"
    if error:
        fresh = csrf_token(request)
        ctx = {"csrf": fresh, "code": code, "error": message(error)}
        status_code = 429 if error == "rate_limited" else 400
        return _with_csrf_cookie(request, render(request, "status.html", ctx, status_code=status_code), fresh)
    return code, token, confirm


async def _show_status(request: Request, row: Any, code: str, token: str, erased_now: bool = False) -> Response:
    lang = i18n.current_language()
    event = await event_by_id(request.app.state.db, row.event_id)
    over = bool(event and clock.now() >= event.closes_at)
    return render(
        request,
        "status_result.html",
        {
            "status": child_status(State(row.state), over),
            "code": code,
            "csrf": token,
            "received_at": row.received_at,
            "read_out_at": row.read_out_at,
            "help": help_for(row.country, event.helpline_overrides if event else None),
            "country_name": i18n.country_name(row.country, lang),
            "erased_now": erased_now,
            "outcome_url": outcome_path(event.slug) if event else None,
        },
    )


async def status_lookup(request: Request) -> Response:
    got = await _status_input(request)
    if isinstance(got, Response):
        return got
    code, token, _ = got
    row = await _lookup(request, code)
    if row is None:
        return render(request, "status.html", {"csrf": token, "code": code, "error": message("bad_code")}, 404)
    return await _show_status(request, row, code, token)


async def erase(request: Request) -> Response:
    got = await _status_input(request)
    if isinstance(got, Response):
        return got
    code, token, confirm = got
    row = await _lookup(request, code)
    if row is None:
        return render(request, "status.html", {"csrf": token, "code": code, "error": message("bad_code")}, 404)
    if State(row.state) is State.WITHDRAWN:
        return await _show_status(request, row, code, token)
    if confirm != "yes":
        return render(request, "erase_confirm.html", {"csrf": token, "code": code})
    state = request.app.state
    # Erasing twice at once (two tabs) is harmless: the second finds it already withdrawn.
    with contextlib.suppress(TransitionError, StaleVersion):
        await transition(state.db, state.broadcaster, row.id, Action.WITHDRAW, Actor.CHILD, "child", None)
    row = await _lookup(request, code)
    return await _show_status(request, row, code, token, erased_now=True)


routes = [
    Route("/", form_page, methods=["GET"]),
    Route("/submit", submit, methods=["POST"]),
    Route("/submit", form_page, methods=["GET"]),
    Route("/e/{slug:str}", form_page, methods=["GET"]),
    Route("/status", status_form, methods=["GET"]),
    Route("/status", status_lookup, methods=["POST"]),
    Route("/status/erase", erase, methods=["POST"]),
]
