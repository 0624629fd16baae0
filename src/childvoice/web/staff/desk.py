"""The safeguarding desk: escalated items with the original text, case notes, resolve or release."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from starlette.requests import Request
from starlette.responses import Response

from childvoice import audit, clock, reviewqueue, states
from childvoice.errors import StaleVersion, TransitionError
from childvoice.events import all_events
from childvoice.permissions import ACTOR_FOR_ROLE
from childvoice.states import Action, State
from childvoice.tables import case_notes, submissions, users
from childvoice.web.params import as_id
from childvoice.web.staff.queue import segments
from childvoice.web.staff.render import redirect_with_notice, staff_error, staff_page
from childvoice.web.staff.routing import form_str, staff_route
from childvoice.workflow import transition

OUTCOMES = {
    "referred_helpline": "Referred to a helpline",
    "referred_authorities": "Referred to the authorities",
    "no_concern": "No concern after review",
}


async def _notes(request: Request, submission_id: int) -> list[Any]:
    async with request.app.state.db.read() as conn:
        return list(
            (
                await conn.execute(
                    select(case_notes.c.note, case_notes.c.at, users.c.name)
                    .select_from(case_notes.outerjoin(users, users.c.id == case_notes.c.user_id))
                    .where(case_notes.c.submission_id == submission_id)
                    .order_by(case_notes.c.id)
                )
            ).all()
        )


async def _desk_rows(request: Request) -> list[dict[str, Any]]:
    db = request.app.state.db
    async with db.read() as conn:
        rows = (
            await conn.execute(
                select(submissions)
                .where(submissions.c.state.in_(list(states.ON_SAFEGUARDING_DESK)))
                .order_by(submissions.c.id)
            )
        ).all()
    targets = {e.id: e for e in await all_events(db)}
    now = clock.now()
    out = []
    for row in rows:
        since = reviewqueue.escalated_since(await reviewqueue.history(db, row.id)) or row.received_at
        minutes = int((now - since).total_seconds() // 60)
        event = targets.get(row.event_id)
        target = event.response_target_minutes if event else 15
        out.append({"row": row, "since": since, "minutes": minutes, "target": target, "late": minutes >= target})
    return out


@staff_route("/staff/desk", "safeguarding:read")
async def desk_page(request: Request) -> Response:
    return staff_page(request, "staff/desk.html", {"cases": await _desk_rows(request)})


@staff_route("/staff/desk/list", "safeguarding:read")
async def desk_fragment(request: Request) -> Response:
    return staff_page(request, "staff/_desk_list.html", {"cases": await _desk_rows(request)})


def _id(request: Request) -> int:
    return int(request.path_params["id"])


@staff_route("/staff/desk/{id:int}", "safeguarding:read")
async def case_page(request: Request) -> Response:
    db = request.app.state.db
    row = await reviewqueue.item(db, _id(request))
    if row is None or State(row.state) not in states.ON_SAFEGUARDING_DESK | {State.RESOLVED}:
        return staff_error(request, 404, "No open safeguarding case with that number.")
    history = await reviewqueue.history(db, row.id)
    return staff_page(
        request,
        "staff/case.html",
        {
            "row": row,
            "segments": segments(row.original_text, row.screening.get("spans", [])),
            "reasons": row.screening.get("reasons", []),
            "notes": await _notes(request, row.id),
            "history": history,
            "since": reviewqueue.escalated_since(history) or row.received_at,
            "outcomes": OUTCOMES,
            "open": State(row.state) is State.ESCALATED,
        },
    )


@staff_route("/staff/desk/{id:int}/note", "safeguarding:note", methods=("POST",))
async def add_note(request: Request) -> Response:
    db, session = request.app.state.db, request.state.session
    note = form_str(request, "note").strip()[:4000]
    if not note:
        return staff_error(request, 400, "Write a note first.")
    row = await reviewqueue.item(db, _id(request))
    if row is None or State(row.state) not in states.ON_SAFEGUARDING_DESK:
        return staff_error(request, 404, "No open safeguarding case with that number.")
    async with db.write() as conn:
        await conn.execute(
            insert(case_notes).values(submission_id=row.id, user_id=session.user.id, note=note, at=clock.now())
        )
        await audit.record(conn, actor=f"user:{session.user.id}", action="safeguarding:case:note", submission_id=row.id)
    return redirect_with_notice(request, f"/staff/desk/{row.id}", "Note added")


async def _act(request: Request, action: Action, reason: str | None) -> Response:
    db, session = request.app.state.db, request.state.session
    version = form_str(request, "version")
    try:
        await transition(
            db,
            request.app.state.broadcaster,
            _id(request),
            action,
            ACTOR_FOR_ROLE[session.user.role],
            f"user:{session.user.id}",
            as_id(version) or -1,
            reason=reason,
        )
    except StaleVersion as exc:
        who = await reviewqueue.last_decider(db, _id(request))
        return staff_error(request, 409, f"Already decided by {who}: the item is now {exc.current_state}.")
    except TransitionError as exc:
        return staff_error(request, 409, f"You cannot {action} an item that is {exc.state}.")
    return redirect_with_notice(request, "/staff/desk", f"{action.capitalize()}d item {_id(request)}")


@staff_route("/staff/desk/{id:int}/resolve", "safeguarding:resolve", methods=("POST",))
async def resolve(request: Request) -> Response:
    outcome = form_str(request, "outcome")
    if outcome not in OUTCOMES:
        return staff_error(request, 400, "Choose an outcome.")
    return await _act(request, Action.RESOLVE, outcome)


@staff_route("/staff/desk/{id:int}/release", "safeguarding:release", methods=("POST",))
async def release(request: Request) -> Response:
    return await _act(request, Action.RELEASE, "false_alarm")
