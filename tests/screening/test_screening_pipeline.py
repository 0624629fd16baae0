"""The pipeline: fail closed, first final outcome wins, rules hash, duplicates, language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from childvoice.screening import Screener, default_screener
from childvoice.screening.item import Finding, Item
from childvoice.screening.pipeline import moderation_dir
from childvoice.screening.redaction import marker


def _boom(item: Item) -> Finding:
    raise RuntimeError("broken check")


def test_failing_check_holds_item_in_queue(screener: Screener) -> None:
    s = Screener()
    s.checks = [(name, _boom if name == "abuse" else check) for name, check in s.checks]
    result = s.screen("hello from Lima", "es")
    assert result.route == "queue"
    assert "screening_failed" in result.flags
    assert "screening_failed:abuse" in result.reasons


def test_failing_personal_info_check_redacts_everything() -> None:
    s = Screener()
    s.checks = [(name, _boom if name == "personal_info" else check) for name, check in s.checks]
    result = s.screen("call me on 0412 345 678", "en")
    assert result.redacted == marker("en")
    assert result.route == "queue"


def test_slow_check_is_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    from childvoice.screening import pipeline

    monkeypatch.setattr(pipeline, "CHECK_BUDGET_S", -1.0)
    result = Screener().screen("hello", "en")
    assert "screening_failed" in result.flags
    assert result.route == "queue"


def test_safeguarding_is_final_and_skips_later_checks(screener: Screener) -> None:
    result = screener.screen("i want to die you idiots", "en")
    assert result.route == "safeguarding"
    assert "abuse" not in result.flags
    assert result.reasons == ("self_harm",)


def test_personal_info_still_redacted_on_escalated_item(screener: Screener) -> None:
    result = screener.screen("my dad hits me, text me on +44 7700 900123", "en")
    assert result.route == "safeguarding"
    assert "+44 7700 900123" not in result.redacted
    assert result.flags == ("personal_info", "safeguarding")


def test_abuse_material_link_escalates_with_do_not_open(screener: Screener) -> None:
    result = screener.screen("selling cp videos dm me t.me/somechannel", "en")
    assert result.route == "safeguarding"
    assert "abuse_material_do_not_open" in result.reasons


def test_policy_question_about_abuse_material_is_not_escalated(screener: Screener) -> None:
    result = screener.screen("Why do companies take so long to delete child sexual abuse material?", "en")
    assert result.route == "queue"


def test_rules_hash_changes_when_a_rule_file_changes(tmp_path: Path, screener: Screener) -> None:
    rules = tmp_path / "moderation"
    shutil.copytree(moderation_dir(), rules)
    assert Screener(rules).rules_hash == screener.rules_hash
    with (rules / "en" / "abuse.txt").open("a", encoding="utf-8") as f:
        f.write("\n[insult]\nflibbertigibbet\n")
    changed = Screener(rules)
    assert changed.rules_hash != screener.rules_hash
    assert changed.screen("you flibbertigibbet", "en").flags == ("abuse",)
    assert screener.screen("you flibbertigibbet", "en").flags == ()


def test_duplicate_within_recent_window_is_spam() -> None:
    s = Screener(recent=10)
    first = s.screen("Please make apps safer for us", "en")
    again = s.screen("please make apps   SAFER for us", "en")
    assert "spam" not in first.flags
    assert "spam" in again.flags and "duplicate" in again.reasons


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("مرحبا من عمان، أتمنى أن تسمعونا", "ar"),
        ("大家好，我来自广州", "zh"),
        ("Hello everyone, I am watching from my classroom today", "en"),
        ("Bonjour à tous, je regarde depuis ma classe aujourd'hui", "fr"),
        ("Всем привет, смотрю из класса", "ru"),
        ("Hola a todos, estoy mirando desde mi clase hoy", "es"),
    ],
)
def test_language_detected_among_the_six(screener: Screener, text: str, lang: str) -> None:
    assert screener.screen(text).language == lang


def test_default_screener_is_cached() -> None:
    assert default_screener() is default_screener()


def test_screen_never_raises_on_non_string() -> None:
    result = Screener().screen(None, "en")  # type: ignore[arg-type]
    assert result.route == "queue"
    assert "screening_failed" in result.flags
