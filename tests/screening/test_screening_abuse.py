"""Masked abuse words: a star in a rule word stands for the letters a child hides.
The one-line cases are in ``cases/abuse_flagged.txt`` and ``cases/abuse_not_flagged.txt``."""

from __future__ import annotations

from childvoice.screening.abuse import _masked_patterns


def test_masked_doubled_letters_meet_key_form() -> None:
    assert _masked_patterns("gilip*llas")[0].fullmatch("gilipolas")
    assert _masked_patterns("gilip**las")[0].fullmatch("gilipolas")
