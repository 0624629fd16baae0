"""Rendering pages: one shared Jinja2 environment, the page language, the common context."""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any

import jinja2
from babel.dates import format_date
from starlette.requests import Request
from starlette.responses import Response
from starlette.templating import Jinja2Templates

from childvoice import i18n
from childvoice.paths import TEMPLATES_DIR

LANG_COOKIE = "cv_lang"


@functools.cache
def templates() -> Jinja2Templates:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        extensions=["jinja2.ext.i18n"],
        auto_reload=False,  # templates ship with the code; checking their mtime on every render costs 3 %
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_callables(  # type: ignore[attr-defined]
        lambda s: i18n.translations(i18n.current_language()).ugettext(s),
        lambda s, p, n: i18n.translations(i18n.current_language()).ungettext(s, p, n),
        newstyle=True,
    )
    env.filters["localdate"] = _localdate
    return Jinja2Templates(env=env)


def _localdate(value: datetime | None, lang: str) -> str:
    return format_date(value, format="long", locale=lang) if value else ""


def page_language(request: Request, offered: tuple[str, ...] | None = None) -> str:
    """?lang= (the visible switch), then the cookie it set, then Accept-Language; among the event's languages."""
    allowed = tuple(lang for lang in (offered or i18n.LANGUAGES) if lang in i18n.LANGUAGES) or i18n.LANGUAGES
    request.scope["offered_languages"] = allowed
    candidates = (request.query_params.get("lang"), request.cookies.get(LANG_COOKIE))
    chosen = next((c for c in candidates if c in allowed), None)
    lang = chosen or i18n.negotiate(request.headers.get("accept-language"), allowed)
    i18n.set_language(lang)
    return lang


def render(request: Request, name: str, context: dict[str, Any] | None = None, status_code: int = 200) -> Response:
    lang = i18n.current_language()
    switch_path = request.scope.get("switch_path") or request.url.path
    base = {
        "lang": lang,
        "dir": i18n.text_direction(lang),
        "languages": {
            code: name
            for code, name in i18n.language_names().items()
            if code in request.scope.get("offered_languages", i18n.LANGUAGES)
        },
        "switch_path": switch_path,
        "csp_nonce": request.scope.get("csp_nonce", ""),
    }
    response = templates().TemplateResponse(request, name, {**base, **(context or {})}, status_code=status_code)
    response.headers["Content-Language"] = lang
    if request.query_params.get("lang") == lang:
        response.set_cookie(LANG_COOKIE, lang, max_age=60 * 60 * 24 * 90, samesite="lax", httponly=True)
    return response
