"""The six languages: negotiation, per-request translations, names of countries.

Catalogs are the ``.po`` files under ``locale/``; they are compiled in memory at first
use, so a fresh checkout needs no build step.
"""

from __future__ import annotations

import functools
import io
import unicodedata
from contextvars import ContextVar
from typing import Any

from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from childvoice.paths import LOCALE_DIR

LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")
DEFAULT_LANGUAGE = "en"
#: Codes that are not countries in ISO 3166-1 (CLDR adds regions and private use).
_NOT_COUNTRIES = frozenset({"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"})

_current: ContextVar[str] = ContextVar("childvoice_language", default=DEFAULT_LANGUAGE)


@functools.cache
def translations(lang: str) -> Translations:
    """The compiled catalog for one language (English falls back to the msgids)."""
    po_path = LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po"
    if not po_path.exists():
        return Translations()
    with po_path.open("rb") as f:
        catalog = read_po(f, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer)


def parse_accept_language(header: str) -> list[str]:
    """Language tags in order of preference (q-values honoured, malformed parts ignored)."""
    weighted: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                continue
        if tag and quality > 0:
            weighted.append((-quality, index, tag.strip().lower()))
    return [tag for _, _, tag in sorted(weighted)]


def negotiate(accept_language: str | None, offered: tuple[str, ...] = LANGUAGES) -> str:
    """The browser's most preferred language among ``offered``; else English if offered; else the first offered."""
    for tag in parse_accept_language(accept_language or ""):
        primary = tag.replace("_", "-").split("-")[0]
        if primary in offered:
            return primary
    return DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in offered or not offered else offered[0]


def supported(lang: str | None) -> str | None:
    return lang if lang in LANGUAGES else None


def set_language(lang: str) -> None:
    _current.set(lang)


def current_language() -> str:
    return _current.get()


def gettext(message: str, **variables: Any) -> str:
    text = translations(_current.get()).ugettext(message)
    return text % variables if variables else text


def ngettext(singular: str, plural: str, n: int, **variables: Any) -> str:
    text = translations(_current.get()).ungettext(singular, plural, n)
    return text % {"num": n, **variables}


def text_direction(lang: str) -> str:
    return "rtl" if Locale.parse(lang).text_direction == "rtl" else "ltr"


@functools.cache
def language_names() -> dict[str, str]:
    """Each language in its own name, for the switch."""
    return {lang: Locale.parse(lang).get_display_name(lang) or lang for lang in LANGUAGES}


def _sort_key(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(ch))


@functools.cache
def countries(lang: str) -> tuple[tuple[str, str], ...]:
    """(ISO code, name in ``lang``) for every country, sorted for that language's readers."""
    names = Locale.parse(lang).territories
    items = [
        (code, name) for code, name in names.items() if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    ]
    return tuple(sorted(items, key=lambda item: _sort_key(item[1])))


@functools.cache
def country_codes() -> frozenset[str]:
    return frozenset(code for code, _ in countries(DEFAULT_LANGUAGE))


def country_name(code: str | None, lang: str) -> str:
    if not code:
        return ""
    return str(Locale.parse(lang).territories.get(code, code))
