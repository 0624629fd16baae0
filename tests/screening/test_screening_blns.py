"""Every string of the Big List of Naughty Strings is screened without error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from childvoice.screening import Screener

BLNS = Path(__file__).resolve().parents[3] / "shared" / "eval" / "hostile" / "blns.json"


@pytest.mark.skipif(not BLNS.is_file(), reason="the shared evaluation folder is not present")
def test_blns_every_string_screens_without_failure() -> None:
    screener = Screener()
    strings = json.loads(BLNS.read_text(encoding="utf-8"))
    assert len(strings) > 400
    failed = []
    for s in strings:
        for lang in (None, "en", "ar"):
            result = screener.screen(s, lang)
            if "screening_failed" in result.flags or result.route not in ("queue", "safeguarding"):
                failed.append(s)
    assert failed == []
