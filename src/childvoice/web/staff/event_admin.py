"""The admin's event page: the outcome summary for children in each language, and the room display links."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response

from childvoice import displays, i18n, outcomes
from childvoice.web.staff.chair import create_display_link, revoke_display_link
from childvoice.web.staff.render import redirect_with_notice, staff_error, staff_page
from childvoice.web.staff.routing import form_str, staff_route
from childvoice.web.staff.working_event import working_event

HOME = "/staff/admin/event"


@staff_route("/staff/admin/event", "event:manage")
async def event_page(request: Request) -> Response:
    db = request.app.state.db
    event = await working_event(request)
    if event is None:
        return staff_error(request, 404, "There is no event yet.")
    return staff_page(
        request,
        "staff/event_admin.html",
        {
            "event": event,
            "outcome": await outcomes.outcome(db, event.id),
            "languages": i18n.language_names(),
            "directions": {lang: i18n.text_direction(lang) for lang in i18n.LANGUAGES},
            "summary_max": outcomes.SUMMARY_MAX,
            "links": await displays.links(db, event.id),
            "links_action": "/staff/admin/displays",
            "may_display": True,
        },
    )


@staff_route("/staff/admin/event/outcome", "event:manage", methods=("POST",))
async def save_outcome(request: Request) -> Response:
    db = request.app.state.db
    event = await working_event(request)
    if event is None:
        return staff_error(request, 404, "There is no event yet.")
    form = request.state.form
    given = {lang: form_str(request, f"summary_{lang}") for lang in i18n.LANGUAGES if f"summary_{lang}" in form}
    if any(len(text) > outcomes.SUMMARY_MAX for text in given.values()):
        return staff_error(request, 400, f"Each summary may be at most {outcomes.SUMMARY_MAX:,} characters.")
    await outcomes.save_summaries(db, event.id, given, f"user:{request.state.session.user.id}")
    return redirect_with_notice(request, HOME, "Summaries saved")


@staff_route("/staff/admin/displays", "event:manage", methods=("POST",))
async def admin_create_display(request: Request) -> Response:
    return await create_display_link(request, HOME)


@staff_route("/staff/admin/displays/{id:int}/revoke", "event:manage", methods=("POST",))
async def admin_revoke_display(request: Request) -> Response:
    return await revoke_display_link(request, HOME)
