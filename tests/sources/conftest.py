"""Every test here starts and ends with no heartbeat and the real clocks (pollers beat a process-wide registry)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from childvoice import clock
from childvoice.ops import heartbeats


@pytest.fixture(autouse=True)
def _fresh_heartbeats() -> Iterator[None]:
    heartbeats.reset()
    yield
    heartbeats.reset()
    heartbeats.set_clock(None)
    clock.set_clock(None)
