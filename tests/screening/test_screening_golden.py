"""The golden cases in moderation/golden/<lang>.txt: what a safeguarding officer expects."""

from __future__ import annotations

from pathlib import Path

import pytest

from childvoice.screening import Screener
from childvoice.screening.pipeline import moderation_dir

GOLDEN_DIR = moderation_dir() / "golden"
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")


def _cases() -> list[tuple[str, int, str, frozenset[str], str]]:
    cases = []
    for lang in LANGUAGES:
        path: Path = GOLDEN_DIR / f"{lang}.txt"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            route, flags, text = (part.strip() for part in line.split("|", 2))
            expected = frozenset() if flags == "-" else frozenset(f.strip() for f in flags.split(","))
            cases.append((lang, n, route, expected, text))
    return cases


CASES = _cases()


def test_golden_every_language_has_cases() -> None:
    for lang in LANGUAGES:
        routes = {c[2] for c in CASES if c[0] == lang}
        assert routes == {"queue", "safeguarding"}, lang


@pytest.mark.parametrize(("lang", "line", "route", "flags", "text"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_golden_case(screener: Screener, lang: str, line: int, route: str, flags: frozenset[str], text: str) -> None:
    result = screener.screen(text, lang)
    assert (result.route, frozenset(result.flags)) == (route, flags), f"{lang}.txt line {line}: {result.reasons}"
