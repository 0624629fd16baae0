"""The moderation queue and an item's page: claim, approve, reject, redact, translate, escalate, shortlist."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from sqlalchemy import insert, select
from starlette.requests import Request
from starlette.responses import Response

from childvoice import clock, i18n, reviewqueue, states
from childvoice.errors import RedactionError, StaleVersion, TransitionError
from childvoice.events import Event, event_by_id
from childvoice.intake import SOURCES
from childvoice.permissions import ACTOR_FOR_ROLE, allowed
from childvoice.screening.redaction import marker
from childvoice.states import Action, State
from childvoice.tables import blocked_authors
from childvoice.web.params import as_id
from childvoice.web.staff.render import redirect_with_notice, staff_error, staff_page
from childvoice.web.staff.routing import form_list, form_str, staff_route
from childvoice.web.staff.working_event import working_event
from childvoice.workflow import revise_text, transition

REJECT_REASONS = {
    "off_topic": "Off topic",
    "abusive": "Abusive",
    "spam": "Spam",
    "duplicate": "Duplicate",
    "cannot_be_made_safe": "Cannot be made safe",
    "other": "Other",
}
FLAGS = ("personal_info", "safeguarding", "abuse", "spam", "had_media", "honeypot", "screening_failed")


def _filters(request: Request) -> reviewqueue.Filters:
    q = request.query_params
    panel, after = q.get("panel", ""), q.get("after", "")
    view = q.get("view", "waiting")
    return reviewqueue.Filters(
        view=view if view in reviewqueue.VIEWS else "waiting",
        language=q.get("language") if q.get("language") in i18n.LANGUAGES else None,
        panel_id=as_id(panel),
        source=q.get("source") if q.get("source") in SOURCES else None,
        flag=q.get("flag") if q.get("flag") in FLAGS else None,
        after=as_id(after),
    )


def segments(text: str | None, spans: list[list[Any]]) -> list[tuple[str, str | None]]:
    """The original text cut into plain parts and flagged parts, for highlighting (rendered escaped)."""
    if not text:
        return []
    out: list[tuple[str, str | None]] = []
    pos = 0
    for start, end, kind in sorted((int(s), int(e), str(k)) for s, e, k in spans):
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        if start > pos:
            out.append((text[pos:start], None))
        out.append((text[start:end], kind))
        pos = end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


async def _event(request: Request) -> Event | None:
    return await working_event(request)


async def _queue_context(request: Request) -> dict[str, Any]:
    event = await _event(request)
    f = _filters(request)
    rows = await reviewqueue.pending(request.app.state.db, event.id, f) if event else []
    return {
        "event": event,
        "rows": rows,
        "views": {"waiting": "Waiting", "approved": "Approved, not shortlisted", "rejected": "Rejected"},
        "filters": f,
        "filter_query": urlencode(f.as_query()),
        "counts": await reviewqueue.counts(request.app.state.db, event.id) if event else {},
        "languages": i18n.language_names(),
        "sources": SOURCES,
        "flags": FLAGS,
        "reject_reasons": REJECT_REASONS,
        "me": request.state.session.user.id,
        "now": clock.now(),
        "next_after": rows[-1].id if len(rows) == reviewqueue.PAGE else None,
    }


@staff_route("/staff/queue", "queue:read")
async def queue_page(request: Request) -> Response:
    return staff_page(request, "staff/queue.html", await _queue_context(request))


@staff_route("/staff/queue/list", "queue:read")
async def queue_fragment(request: Request) -> Response:
    """The list alone: what the page fetches when a live event says something changed."""
    return staff_page(request, "staff/_queue_list.html", await _queue_context(request))


def _id(request: Request) -> int:
    raw = request.path_params.get("id", "")
    found = as_id(raw)
    return -1 if found is None else found


@staff_route("/staff/items/{id:int}", "submission:read")
async def item_page(request: Request) -> Response:
    db, session = request.app.state.db, request.state.session
    row = await reviewqueue.item(db, _id(request))
    if row is None:
        return staff_error(request, 404, "No such item.")
    state = State(row.state)
    hidden = state in states.TEXT_HIDDEN and not allowed(session.user.role, "safeguarding:read")
    claimed, holder = (True, None)
    if state in states.IN_QUEUE:
        claimed, holder = await reviewqueue.claim(db, row.id, session.user.id)
    event = await event_by_id(db, row.event_id)
    actor = ACTOR_FOR_ROLE[session.user.role]
    return staff_page(
        request,
        "staff/item.html",
        {
            "row": row,
            "hidden": hidden,
            "claimed": claimed,
            "holder": holder,
            "segments": [] if hidden else segments(row.original_text, row.screening.get("spans", [])),
            "reasons": row.screening.get("reasons", []),
            "actions": [str(a) for a in states.allowed_actions(state, actor)],
            "translations": [] if hidden else await reviewqueue.item_translations(db, row.id),
            "history": await reviewqueue.history(db, row.id),
            "reject_reasons": REJECT_REASONS,
            "marker": marker(row.language),
            "event": event,
            "panel": event.panel(row.panel_id) if event else None,
            "country_name": i18n.country_name(row.country, "en"),
            "languages": i18n.language_names(),
        },
    )


async def _next_url(request: Request, after_id: int) -> str:
    event = await _event(request)
    if event:
        rows = await reviewqueue.pending(request.app.state.db, event.id, reviewqueue.Filters(after=after_id), limit=5)
        me = request.state.session.user.id
        free = [r for r in rows if r.claimed_by in (None, me)]
        if free:
            return f"/staff/items/{free[0].id}"
    return "/staff/queue"


def _back(request: Request, url: str, message: str) -> Response:
    return redirect_with_notice(request, url, message)


async def _decide(
    request: Request,
    action: Action,
    reason: str | None = None,
    note: str | None = None,
    case_note: bool = False,
    then: Action | None = None,
) -> Response:
    """One decision checked against the version the person saw (and, with ``then``, a second
    move right after it, e.g. approve then shortlist): each its own audited transition."""
    db, session = request.app.state.db, request.state.session
    submission_id = _id(request)
    version = as_id(form_str(request, "version"))
    if version is None:
        return staff_error(request, 400, "The form is missing the item's version. Reload the page.")
    actor, who = ACTOR_FOR_ROLE[session.user.role], f"user:{session.user.id}"
    broadcaster = request.app.state.broadcaster
    done = None
    try:
        done = await transition(
            db, broadcaster, submission_id, action, actor, who, version, reason=reason, note=note, case_note=case_note
        )
        if then is not None:
            await transition(db, broadcaster, submission_id, then, actor, who, done.version)
    except StaleVersion as exc:
        holder = await reviewqueue.last_decider(db, submission_id)
        changed = "Nothing was changed." if done is None else f"It was {action}d, but nothing more was changed."
        return staff_error(request, 409, f"Already decided by {holder}: the item is now {exc.current_state}. {changed}")
    except TransitionError as exc:
        return staff_error(request, 409, f"You cannot {action} an item that is {exc.state}.")
    await reviewqueue.release_claim(db, submission_id)
    message = f"{action.replace('_', ' ').capitalize()}: item {submission_id}"
    if then is Action.SHORTLIST:
        message = f"Approved and shortlisted: item {submission_id}"
    if form_str(request, "back") == "approved":  # from the list of approved items: stay on it
        return _back(request, "/staff/queue?view=approved", message)
    return _back(request, await _next_url(request, submission_id), message)


@staff_route("/staff/items/{id:int}/approve", "submission:approve", methods=("POST",))
async def approve(request: Request) -> Response:
    return await _decide(request, Action.APPROVE)


@staff_route("/staff/items/{id:int}/reject", "submission:reject", methods=("POST",))
async def reject(request: Request) -> Response:
    reason = form_str(request, "reason")
    if reason not in REJECT_REASONS:
        return staff_error(request, 400, "Choose a reason to reject.")
    return await _decide(request, Action.REJECT, reason=reason, note=form_str(request, "note")[:500] or None)


@staff_route("/staff/items/{id:int}/reopen", "submission:reopen", methods=("POST",))
async def reopen(request: Request) -> Response:
    return await _decide(request, Action.REOPEN)


@staff_route("/staff/items/{id:int}/escalate", "submission:escalate", methods=("POST",))
async def escalate(request: Request) -> Response:
    note = form_str(request, "note").strip()[:2000]
    return await _decide(request, Action.ESCALATE, reason="moderator", note=note or None, case_note=bool(note))


@staff_route("/staff/items/{id:int}/shortlist", "submission:shortlist", methods=("POST",))
async def shortlist(request: Request) -> Response:
    return await _decide(request, Action.SHORTLIST)


@staff_route("/staff/items/{id:int}/approve-shortlist", "submission:shortlist", methods=("POST",))
async def approve_and_shortlist(request: Request) -> Response:
    """Approve and put on the chair's list in one step (key ``s`` on a waiting item)."""
    if not allowed(request.state.session.user.role, "submission:approve"):
        return staff_error(request, 403, "You may not approve items.")
    return await _decide(request, Action.APPROVE, then=Action.SHORTLIST)


@staff_route("/staff/items/{id:int}/redact", "submission:redact", methods=("POST",))
async def redact(request: Request) -> Response:
    db, session = request.app.state.db, request.state.session
    version = form_str(request, "version")
    try:
        await revise_text(
            db,
            request.app.state.broadcaster,
            _id(request),
            ACTOR_FOR_ROLE[session.user.role],
            f"user:{session.user.id}",
            as_id(version) or -1,
            form_str(request, "text").replace("\r\n", "\n"),
        )
    except StaleVersion as exc:
        who = await reviewqueue.last_decider(db, _id(request))
        return staff_error(request, 409, f"Already changed by {who}: the item is now {exc.current_state}.")
    except RedactionError as exc:
        return staff_error(request, 400, str(exc))
    except TransitionError as exc:
        return staff_error(request, 409, f"An item that is {exc.state} cannot be redacted.")
    return _back(request, f"/staff/items/{_id(request)}", "Redacted")


@staff_route("/staff/items/{id:int}/translate", "submission:translate", methods=("POST",))
async def translate(request: Request) -> Response:
    db, session = request.app.state.db, request.state.session
    row = await reviewqueue.item(db, _id(request))
    language, text = form_str(request, "language"), form_str(request, "text").strip()
    if row is None or State(row.state) in states.TEXT_HIDDEN:
        return staff_error(request, 404, "No such item.")
    if language not in i18n.LANGUAGES or not text or len(text) > 2000:
        return staff_error(request, 400, "Choose a language and write the translation (at most 2,000 characters).")
    await reviewqueue.save_translation(db, row.id, language, text, session.user.id)
    return _back(request, f"/staff/items/{row.id}", "Translation saved")


@staff_route("/staff/queue/bulk-reject", "submission:bulk_reject", methods=("POST",))
async def bulk_reject(request: Request) -> Response:
    """Reject several items as spam at once; each checked against the version the moderator saw."""
    db, session = request.app.state.db, request.state.session
    done, stale = 0, 0
    for entry in form_list(request, "item")[:200]:
        sid, _, version = entry.partition(":")
        if as_id(sid) is None or as_id(version) is None:
            continue
        try:
            await transition(
                db,
                request.app.state.broadcaster,
                int(sid),
                Action.REJECT,
                ACTOR_FOR_ROLE[session.user.role],
                f"user:{session.user.id}",
                int(version),
                reason="spam",
            )
            done += 1
        except (StaleVersion, TransitionError):
            stale += 1
    message = f"Rejected {done} as spam" + (f"; {stale} already decided by someone else" if stale else "")
    return _back(
        request, "/staff/queue?view=approved" if form_str(request, "back") == "approved" else "/staff/queue", message
    )


@staff_route("/staff/items/{id:int}/block-author", "author:block", methods=("POST",))
async def block_author(request: Request) -> Response:
    db, session = request.app.state.db, request.state.session
    row = await reviewqueue.item(db, _id(request))
    if row is None or not row.author_hash:
        return staff_error(request, 400, "This item has no author to block (web form items are anonymous).")
    from childvoice import audit

    async with db.write() as conn:
        exists = (
            await conn.execute(
                select(blocked_authors.c.author_hash).where(blocked_authors.c.author_hash == row.author_hash)
            )
        ).first()
        if not exists:
            await conn.execute(
                insert(blocked_authors).values(
                    author_hash=row.author_hash,
                    source=row.source,
                    blocked_at=clock.now(),
                    blocked_by=f"user:{session.user.id}",
                )
            )
        await audit.record(conn, actor=f"user:{session.user.id}", action="staff:author:block", submission_id=row.id)
    return _back(request, f"/staff/items/{row.id}", "Author blocked: their later posts are not taken in")
