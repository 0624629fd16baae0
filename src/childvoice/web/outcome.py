"""After the event: what became of the children's messages, in the child's language. Linked from every status page."""

from __future__ import annotations

from babel import Locale
from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from childvoice import clock, i18n, outcomes
from childvoice.events import event_by_id
from childvoice.tables import events
from childvoice.web.errors import error_page
from childvoice.web.pages import page_language, render


def _language_name(code: str, lang: str) -> str:
    try:
        return Locale.parse(code).get_display_name(lang) or code
    except (ValueError, TypeError):
        return code


async def outcome_page(request: Request) -> Response:
    lang = page_language(request)
    db = request.app.state.db
    slug = str(request.path_params.get("slug", ""))[:64]
    async with db.read() as conn:
        event_id = (await conn.execute(select(events.c.id).where(events.c.slug == slug))).scalar()
    event = await event_by_id(db, int(event_id)) if event_id is not None else None
    if event is None:
        return error_page(request, 404)
    result = await outcomes.outcome(db, event.id)
    summary_lang = lang if lang in result.summaries else i18n.DEFAULT_LANGUAGE
    return render(
        request,
        "outcome.html",
        {
            "event_name": event.name(lang),
            "over": clock.now() >= event.closes_at,
            "closes_at": event.closes_at,
            "outcome": result,
            "language_names": [_language_name(code, lang) for code in result.languages],
            "summary": result.summaries.get(summary_lang, ""),
            "summary_lang": summary_lang,
            "summary_dir": i18n.text_direction(summary_lang),
        },
    )


def outcome_path(slug: str) -> str:
    return f"/outcome/{slug}"


routes = [Route("/outcome/{slug}", outcome_page, methods=["GET"])]
