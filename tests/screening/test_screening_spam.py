"""Spam helpers: a word said over and over. The one-line cases are in ``cases/spam_*.txt``."""

from __future__ import annotations

import pytest

from childvoice.screening.spam import word_run


@pytest.mark.parametrize(
    ("text", "run"),
    [
        (" follow follow follow follow ", 4),
        (" very very good ", 0),
        (" ههههه ههههه ههههه ههههه ", 0),
        (" 关注关注关注关注 ", 4),
    ],
)
def test_word_run_counts_a_repeated_word(text: str, run: int) -> None:
    assert word_run(text) == run
