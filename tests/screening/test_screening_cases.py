"""The screening cases in ``tests/screening/cases/<expectation>.txt``: one test per expectation.

Each file holds one kind of expectation (escalated, kept in queue, abuse flagged, personal data
removed, ...), one case a line (``lang | text`` or ``lang | text | extra;;extra``), grouped under
``# `` headings that say what kind of case follows. See ``cases/README.md``. A test id is
``<file>:<line>``, so a failure points at the line to read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.screening import expect

from childvoice.screening import Screener

CASES = Path(__file__).resolve().parent / "cases"
LANGUAGES = frozenset({"ar", "en", "es", "fr", "ru", "zh"})

# Expectation (file name) -> whether a line carries a third column (secrets, a reason, words kept).
FILES = {
    "escalated": False,
    "escalated_by_rules": False,
    "kept_in_queue": False,
    "no_rule_fires": False,
    "no_safeguarding_flag": False,
    "reason_given": True,
    "abuse_flagged": False,
    "abuse_not_flagged": False,
    "neither_abuse_nor_spam": False,
    "spam_flagged": False,
    "spam_not_flagged": False,
    "personal_data_removed": True,
    "personal_data_untouched": False,
    "personal_data_removed_closing_kept": True,
}


def lines(name: str) -> list[tuple[str, str, str, list[str]]]:
    """The cases of ``cases/<name>.txt`` as ``(where, lang, text, extra)``, where is ``<name>.txt:<line>``."""
    path = CASES / f"{name}.txt"
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path.name}:{n}"
        parts = line.split(" | ")
        if len(parts) != (3 if FILES[name] else 2) or parts[0] not in LANGUAGES or not parts[1].strip():
            raise ValueError(f"{where}: expected 'lang | text{' | ...' if FILES[name] else ''}', got {line!r}")
        out.append((where, parts[0], parts[1], parts[2].split(";;") if FILES[name] else []))
    return out


def read(name: str) -> list[object]:
    """Pytest params ``(lang, text, extra)`` with readable ids, for one expectation."""
    return [pytest.param(lang, text, extra, id=where) for where, lang, text, extra in lines(name)]


def flag_cases(*files: tuple[str, str]) -> list[object]:
    """Pytest params ``(flag, lang, text, extra)`` for each ``(file, flag)``."""
    return [pytest.param(flag, *case[1:], id=case[0]) for name, flag in files for case in lines(name)]


def test_every_case_file_is_checked() -> None:
    assert sorted(p.stem for p in CASES.glob("*.txt")) == sorted(FILES)


@pytest.mark.parametrize(("lang", "text", "extra"), read("escalated"))
def test_escalated(screener: Screener, lang: str, text: str, extra: list[str]) -> None:
    expect.escalated(screener.screen(text, lang))


@pytest.mark.parametrize(("lang", "text", "extra"), read("escalated_by_rules"))
def test_escalated_by_rules(screener: Screener, lang: str, text: str, extra: list[str]) -> None:
    expect.escalated_by_rules(screener.screen(text, lang))


@pytest.mark.parametrize(("lang", "text", "extra"), read("kept_in_queue"))
def test_kept_in_queue(screener: Screener, lang: str, text: str, extra: list[str]) -> None:
    expect.kept_in_queue(screener.screen(text, lang))


@pytest.mark.parametrize(("lang", "text", "extra"), read("no_rule_fires"))
def test_no_rule_fires(screener: Screener, lang: str, text: str, extra: list[str]) -> None:
    """The rules give no reason; the learned check is retrained separately."""
    result = screener.screen(text, lang)
    assert [r for r in result.reasons if r != "learned_disclosure"] == [], result.reasons


@pytest.mark.parametrize(("lang", "text", "extra"), read("no_safeguarding_flag"))
def test_no_safeguarding_flag(screener: Screener, lang: str, text: str, extra: list[str]) -> None:
    assert "safeguarding" not in screener.screen(text, lang).flags


@pytest.mark.parametrize(("lang", "text", "reasons"), read("reason_given"))
def test_reason_given(screener: Screener, lang: str, text: str, reasons: list[str]) -> None:
    result = screener.screen(text, lang)
    for reason in reasons:
        assert reason in result.reasons, result.reasons


@pytest.mark.parametrize(
    ("flag", "lang", "text", "extra"), flag_cases(("abuse_flagged", "abuse"), ("spam_flagged", "spam"))
)
def test_flagged(screener: Screener, flag: str, lang: str, text: str, extra: list[str]) -> None:
    """Insults, profanity and hate against a group are "abuse"; follow requests and ads are "spam"."""
    expect.flagged(screener.screen(text, lang), flag)


@pytest.mark.parametrize(
    ("flag", "lang", "text", "extra"), flag_cases(("abuse_not_flagged", "abuse"), ("spam_not_flagged", "spam"))
)
def test_not_flagged(screener: Screener, flag: str, lang: str, text: str, extra: list[str]) -> None:
    """Talk about groups and against hate is no "abuse"; emphasis and talk about apps is no "spam"."""
    expect.not_flagged(screener.screen(text, lang), flag)


@pytest.mark.parametrize(("lang", "text", "extra"), read("neither_abuse_nor_spam"))
def test_neither_abuse_nor_spam(screener: Screener, lang: str, text: str, extra: list[str]) -> None:
    result = screener.screen(text, lang)
    expect.not_flagged(result, "abuse")
    expect.not_flagged(result, "spam")


@pytest.mark.parametrize(("lang", "text", "secrets"), read("personal_data_removed"))
def test_personal_data_removed(screener: Screener, lang: str, text: str, secrets: list[str]) -> None:
    expect.removed(screener.screen(text, lang), secrets)


@pytest.mark.parametrize(("lang", "text", "extra"), read("personal_data_untouched"))
def test_personal_data_untouched(screener: Screener, lang: str, text: str, extra: list[str]) -> None:
    expect.untouched(screener.screen(text, lang), text)


@pytest.mark.parametrize(("lang", "text", "kept"), read("personal_data_removed_closing_kept"))
def test_personal_data_removed_closing_kept(screener: Screener, lang: str, text: str, kept: list[str]) -> None:
    """Contact data is removed, but a closing phrase that is not a name stays."""
    result = screener.screen(text, lang)
    assert "personal_info" in result.flags
    for words in kept:
        assert words in result.redacted, result.redacted
