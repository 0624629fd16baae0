"""The screener the per-review screening tests share: built once per module, as each file had it."""

from __future__ import annotations

import pytest

from childvoice.screening import Screener


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener()
