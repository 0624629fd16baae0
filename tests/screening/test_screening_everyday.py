"""Everyday life told in words that sound alarming ("locked myself in my room to study", "my
brother destroys me at chess", "the exams will kill me") stays in the ordinary queue, keeps
every word and gets no flag: a false alarm buries the safeguarding lead and silences a child.

The messages are our own (``tests/screening/everyday/<lang>.txt``, one a line); the learned
check trains on them as negatives, so this is an in-sample guard against regressions. The
unseen measure is ``tests/data/everyday2`` with ``../shared/eval/score.py --set``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from childvoice.screening import Screener

EVERYDAY = Path(__file__).resolve().parent / "everyday"
LANGS = ("ar", "en", "es", "fr", "ru", "zh")


@pytest.mark.parametrize("lang", LANGS)
def test_everyday_messages_stay_in_the_queue_untouched(screener: Screener, lang: str) -> None:
    lines = [t.strip() for t in (EVERYDAY / f"{lang}.txt").read_text(encoding="utf-8").splitlines() if t.strip()]
    assert len(lines) >= 100
    escalated = [t for t in lines if screener.screen(t, lang).route == "safeguarding"]
    changed = [t for t in lines if screener.screen(t, lang).redacted != t]
    flagged = [t for t in lines if screener.screen(t, lang).flags]
    assert len(escalated) <= 1, escalated
    assert len(changed) <= 1, changed
    assert len(flagged) <= 2, flagged


def test_a_full_name_listed_between_details_is_removed_but_a_city_is_kept(screener: Screener) -> None:
    listed = screener.screen("né le 03/09/2012, Kofi Mensah, écrivez moi kofi point m at gmail point com", "fr")
    assert "Kofi Mensah" not in listed.redacted and "name" in listed.reasons
    city = screener.screen("call me on 07700 900123, New York, lol", "en")
    assert "New York" in city.redacted and "07700" not in city.redacted
