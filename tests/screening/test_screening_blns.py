"""Every string of the Big List of Naughty Strings is screened without error.

The strings come from the repository's own copy (``tests/conftest.py``), so this test
always runs, in CI too, whatever is beside the checkout.
"""

from __future__ import annotations

from tests.conftest import hostile_strings

from childvoice.screening import Screener


def test_blns_every_string_screens_without_failure() -> None:
    screener = Screener()
    strings = hostile_strings()
    assert len(strings) > 400
    failed = []
    for s in strings:
        for lang in (None, "en", "ar", "zh", "ru"):
            result = screener.screen(s, lang)
            if "screening_failed" in result.flags or result.route not in ("queue", "safeguarding"):
                failed.append((lang, s))
    assert failed == []
