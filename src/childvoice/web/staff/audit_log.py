"""The audit page: every action, with filters by item, person, action and time. Never any child's text."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import Response

from childvoice.tables import audit, users
from childvoice.web.params import as_id
from childvoice.web.staff.render import staff_page
from childvoice.web.staff.routing import staff_route

PAGE = 100


def _moment(raw: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@staff_route("/staff/audit", "audit:read")
async def audit_page(request: Request) -> Response:
    q = request.query_params
    query = select(audit).order_by(audit.c.id.desc()).limit(PAGE)
    if (item := as_id(q.get("item", ""))) is not None:
        query = query.where(audit.c.submission_id == item)
    if q.get("person"):
        query = query.where(audit.c.actor == q["person"])
    if q.get("action"):
        query = query.where(audit.c.action.contains(q["action"][:64]))
    if (since := _moment(q.get("from", ""))) is not None:
        query = query.where(audit.c.at >= since)
    if (until := _moment(q.get("to", ""))) is not None:
        query = query.where(audit.c.at <= until)
    if (before := as_id(q.get("before", ""))) is not None:
        query = query.where(audit.c.id < before)
    async with request.app.state.db.read() as conn:
        rows = (await conn.execute(query)).all()
        people = {f"user:{r.id}": r.name for r in (await conn.execute(select(users.c.id, users.c.name))).all()}
    return staff_page(
        request,
        "staff/audit.html",
        {"rows": rows, "people": people, "q": q, "before": rows[-1].id if len(rows) == PAGE else None},
    )
