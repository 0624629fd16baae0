"""Catalogs are complete in all six languages, placeholders intact, and the pages use them."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from childvoice import i18n
from childvoice.paths import LOCALE_DIR

PLACEHOLDER = re.compile(r"%\((\w+)\)s")
ROOT = Path(__file__).resolve().parents[1]


def _catalog(lang: str):  # type: ignore[no-untyped-def]
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
        return read_po(f, locale=lang)


@pytest.mark.parametrize("lang", [lang for lang in i18n.LANGUAGES if lang != "en"])
def test_every_message_is_translated_with_its_placeholders(lang: str) -> None:
    catalog = _catalog(lang)
    missing = [m.id for m in catalog if m.id and not m.string]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert missing == [] and fuzzy == []
    for m in catalog:
        if m.id:
            assert sorted(PLACEHOLDER.findall(str(m.id))) == sorted(PLACEHOLDER.findall(str(m.string))), m.id


def test_catalogs_cover_every_text_in_the_code_and_templates(tmp_path: Path) -> None:
    pot = tmp_path / "messages.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "-q",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "_",
            "-k",
            "gettext",
            "--no-location",
            "--omit-header",
            "-o",
            str(pot),
            ".",
        ],
        cwd=ROOT,
        check=True,
    )
    with pot.open("rb") as f:
        wanted = {m.id for m in read_po(f) if m.id}
    for lang in i18n.LANGUAGES:
        have = {m.id for m in _catalog(lang) if m.id}
        assert wanted <= have, f"{lang}: run pybabel update (see README)"


def test_accept_language_negotiation() -> None:
    assert i18n.negotiate("zh-TW,zh;q=0.9") == "zh"
    assert i18n.negotiate("de-DE, fr;q=0.3, es;q=0.7") == "es"
    assert i18n.negotiate("xx, ;;;q=abc, ar-EG") == "ar"
    assert i18n.negotiate("") == "en"
    assert i18n.text_direction("ar") == "rtl" and i18n.text_direction("ru") == "ltr"
