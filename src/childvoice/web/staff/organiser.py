"""The organiser's staff pages: events (set-up, facilitator links), the report, the items export.

Event settings from the form go through ``organiser.eventspec.parse``, exactly like
``childvoice event import FILE.toml``.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from childvoice import clock, i18n
from childvoice.errors import EventSpecError
from childvoice.events import all_events, event_by_slug
from childvoice.export import export
from childvoice.organiser import charts, eventspec, facilitators, report
from childvoice.web.staff.render import redirect_with_notice, staff_error, staff_page
from childvoice.web.staff.routing import form_list, form_str, staff_route
from childvoice.web.staff.working_event import working_event

EVENTS = "/staff/admin/events"
EXTRA_PANEL_ROWS = 2


def _local(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M") if moment else ""


def _form_context(spec: eventspec.EventSpec | None, raw: dict[str, Any] | None = None) -> dict[str, Any]:
    data = spec.to_toml_dict() if spec else (raw or {})
    panels = list(data.get("panels", []))
    helplines = data.get("helplines", {}) or {}
    return {
        "spec": data,
        "languages": i18n.language_names(),
        "directions": {lang: i18n.text_direction(lang) for lang in i18n.LANGUAGES},
        "panels": panels + [{"slug": "", "names": {}} for _ in range(EXTRA_PANEL_ROWS)],
        "helplines_text": "\n".join(
            f"{code} | {h['name']} | {h['number']} | {h['source']}" for code, h in sorted(helplines.items())
        ),
        "hashtags": {net: " ".join(data.get("hashtags", {}).get(net, [])) for net in eventspec.HASHTAG_NETWORKS},
        "opens_local": _local(data.get("opens_at")) if isinstance(data.get("opens_at"), datetime) else "",
        "closes_local": _local(data.get("closes_at")) if isinstance(data.get("closes_at"), datetime) else "",
    }


def _utc(raw: str) -> str:
    raw = raw.strip()
    if raw and "+" not in raw[10:] and not raw.endswith("Z"):
        return raw + "+00:00"  # the form asks for UTC
    return raw


def _raw_from_form(request: Request, slug: str) -> dict[str, Any]:
    panels = []
    count = form_str(request, "panel_count")
    for i in range(min(int(count) if count.isdigit() else 0, eventspec.MAX_PANELS + EXTRA_PANEL_ROWS)):
        panel_slug = form_str(request, f"panel_{i}_slug").strip()
        if not panel_slug:
            continue
        panel: dict[str, Any] = {
            "slug": panel_slug,
            "names": {lang: form_str(request, f"panel_{i}_name_{lang}") for lang in i18n.LANGUAGES},
        }
        if form_str(request, f"panel_{i}_starts_at").strip():
            panel["starts_at"] = _utc(form_str(request, f"panel_{i}_starts_at"))
        panels.append(panel)
    helplines: dict[str, dict[str, str]] = {}
    for number, line in enumerate(form_str(request, "helplines").splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 4:
            raise EventSpecError(f"helplines line {number}", "write: country code | name | number | source address")
        helplines[parts[0].upper()] = {"name": parts[1], "number": parts[2], "source": parts[3]}
    return {
        "slug": slug,
        "names": {lang: form_str(request, f"name_{lang}") for lang in i18n.LANGUAGES},
        "opens_at": _utc(form_str(request, "opens_at")),
        "closes_at": _utc(form_str(request, "closes_at")),
        "languages": form_list(request, "languages"),
        "hashtags": {net: form_str(request, f"hashtags_{net}") for net in eventspec.HASHTAG_NETWORKS},
        "retention_days": form_str(request, "retention_days"),
        "response_target_minutes": form_str(request, "response_target_minutes"),
        "keep_read_out": form_str(request, "keep_read_out") == "yes",
        "panels": panels,
        "helplines": helplines,
    }


@staff_route(EVENTS, "event:manage")
async def events_page(request: Request) -> Response:
    every = await all_events(request.app.state.db)
    now = clock.now()
    return staff_page(request, "staff/events.html", {"events": every, "now": now})


@staff_route(f"{EVENTS}/new", "event:manage")
async def new_event_page(request: Request) -> Response:
    return staff_page(request, "staff/event_edit.html", {**_form_context(None), "event_id": None})


async def _save(request: Request, slug: str, event_id: int | None) -> Response:
    raw: dict[str, Any] = {}
    try:
        raw = _raw_from_form(request, slug)
        spec = eventspec.parse(raw)
    except EventSpecError as exc:
        context = {**_form_context(None, raw), "event_id": event_id, "error": str(exc)}
        context["spec"]["slug"] = slug
        return staff_page(request, "staff/event_edit.html", context, status_code=400)
    saved_id, created = await eventspec.save(request.app.state.db, spec, f"user:{request.state.session.user.id}")
    note = "Event created" if created else "Event saved"
    return redirect_with_notice(request, f"{EVENTS}/{saved_id}", note)


@staff_route(EVENTS, "event:manage", methods=("POST",))
async def create_event(request: Request) -> Response:
    slug = form_str(request, "slug").strip()
    if any(e.slug == slug for e in await all_events(request.app.state.db)):
        return staff_error(request, 400, "An event with this short name exists already: edit it instead.")
    return await _save(request, slug, None)


@staff_route(EVENTS + "/{id:int}", "event:manage")
async def edit_event_page(request: Request) -> Response:
    db = request.app.state.db
    found = await eventspec.stored(db, int(request.path_params["id"]))
    if found is None:
        return staff_error(request, 404, "There is no such event.")
    return staff_page(
        request,
        "staff/event_edit.html",
        {
            **_form_context(found.spec),
            "event_id": found.event_id,
            "purged_at": found.purged_at,
            "links": await facilitators.links(db, found.event_id),
        },
    )


@staff_route(EVENTS + "/{id:int}", "event:manage", methods=("POST",))
async def save_event(request: Request) -> Response:
    found = await eventspec.stored(request.app.state.db, int(request.path_params["id"]))
    if found is None:
        return staff_error(request, 404, "There is no such event.")
    return await _save(request, found.spec.slug, found.event_id)


@staff_route(EVENTS + "/{id:int}/facilitators", "event:manage", methods=("POST",))
async def create_facilitator_link(request: Request) -> Response:
    db = request.app.state.db
    found = await eventspec.stored(db, int(request.path_params["id"]))
    if found is None:
        return staff_error(request, 404, "There is no such event.")
    _, token = await facilitators.create(
        db, found.event_id, form_str(request, "label"), f"user:{request.state.session.user.id}"
    )
    base = str(request.base_url).rstrip("/")
    return staff_page(
        request,
        "staff/facilitator_created.html",
        {"url": f"{base}/group/{token}", "event_id": found.event_id, "event_name": found.spec.names.get("en", "")},
    )


@staff_route(EVENTS + "/{id:int}/facilitators/{link:int}/revoke", "event:manage", methods=("POST",))
async def revoke_facilitator_link(request: Request) -> Response:
    event_id, link_id = int(request.path_params["id"]), int(request.path_params["link"])
    done = await facilitators.revoke(request.app.state.db, event_id, link_id, f"user:{request.state.session.user.id}")
    if not done:
        return staff_error(request, 404, "There is no such link, or it was revoked already.")
    return redirect_with_notice(request, f"{EVENTS}/{event_id}", "Link revoked")


@staff_route("/staff/reports", "report:read")
async def reports_page(request: Request) -> Response:
    return staff_page(request, "staff/reports.html", {"events": await all_events(request.app.state.db)})


def report_context(built: report.Report) -> dict[str, Any]:
    """Tables and the charts drawn from the very same rows (shared by the page and ``childvoice report``)."""
    sections = [
        ("time", "Items over time (per 15 minutes, UTC)", built.over_time(), "column"),
        ("language", "By language", built.by_language(), "bar"),
        ("country", "By country (top 20)", built.by_country(), "bar"),
        ("age", "By age band", built.by_age_band(), "bar"),
        ("source", "By source", built.by_source(), "bar"),
        ("panel", "By panel", built.by_panel(), "bar"),
        ("outcome", "Moderation outcomes", built.outcomes(), "bar"),
        ("reasons", "Rejection reasons", built.rejection_reasons(), "bar"),
    ]
    drawn = []
    for key, title, rows, kind in sections:
        chart_id = f"chart-{key}"
        svg = (
            charts.column_chart(chart_id, title, rows) if kind == "column" else charts.bar_chart(chart_id, title, rows)
        )
        drawn.append({"key": key, "title": title, "rows": rows, "svg": svg})
    return {
        "report": built,
        "data": built.to_json(),
        "sections": drawn,
        "duration": report.duration,
        "language_names": i18n.language_names(),
        "country_name": lambda code: i18n.country_name(code, "en") if code else "",
        "panel_name": lambda slug: next((p.name("en") for p in built.event.panels if p.slug == slug), slug or ""),
    }


@staff_route("/staff/reports/{id:int}", "report:read")
async def report_page(request: Request) -> Response:
    built = await report.build(request.app.state.db, int(request.path_params["id"]), clock.now())
    if built is None:
        return staff_error(request, 404, "There is no such event.")
    return staff_page(request, "staff/report.html", report_context(built))


@staff_route("/staff/reports/{id:int}/report.json", "report:read")
async def report_json(request: Request) -> Response:
    built = await report.build(request.app.state.db, int(request.path_params["id"]), clock.now())
    if built is None:
        return staff_error(request, 404, "There is no such event.")
    return JSONResponse(
        built.to_json(),
        headers={"Content-Disposition": f'attachment; filename="report-{built.event.slug}.json"'},
    )


@staff_route("/staff/admin/export.csv", "export:run")
async def export_csv(request: Request) -> Response:
    """The items of the event worked on, as ``childvoice export --event SLUG --format csv`` writes them
    (redacted text; hidden for escalated items)."""
    asked = request.query_params.get("event", "")
    event = await event_by_slug(request.app.state.db, asked) if asked else await working_event(request)
    if event is None:
        return staff_error(request, 404, "No such event.")
    out = io.StringIO()
    await export(request.app.state.db, out, "csv", event_id=event.id)
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="childvoice-items-{event.slug}.csv"'},
    )
