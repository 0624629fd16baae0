"""The assertions the per-review screening tests share: what a moderator would notice."""

from __future__ import annotations

from childvoice.screening.result import ScreeningResult


def removed(result: ScreeningResult, secrets: list[str]) -> None:
    """Personal data is flagged and none of ``secrets`` survives in the text moderators see."""
    assert "personal_info" in result.flags
    for piece in secrets:
        assert piece.casefold() not in result.redacted.casefold(), result.redacted


def untouched(result: ScreeningResult, text: str) -> None:
    """Every word of the child is kept and nothing is flagged as personal data."""
    assert result.redacted == text
    assert "personal_info" not in result.flags


def escalated(result: ScreeningResult) -> None:
    assert result.route == "safeguarding", result.reasons


def escalated_by_rules(result: ScreeningResult) -> None:
    """Escalated by the rules themselves, not only by the learned check (which is retrained)."""
    escalated(result)
    assert "learned_disclosure" not in result.reasons, result.reasons


def kept_in_queue(result: ScreeningResult) -> None:
    assert result.route != "safeguarding", result.reasons


def flagged(result: ScreeningResult, flag: str) -> None:
    assert flag in result.flags, result.reasons


def not_flagged(result: ScreeningResult, flag: str) -> None:
    assert flag not in result.flags, result.reasons
