"""Heartbeats of background tasks (pollers, the retention purge), for ``/healthz`` and ``/metrics``.

A task calls ``beat(name, every=seconds)`` each time round its loop. It counts as alive
while its last beat is younger than ``every`` × ``GRACE`` (plus a minute). Names are
fixed strings (``x``, ``mastodon``, ``retention_purge``), never data.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

GRACE = 2.5
SLACK = 60.0

_clock: Callable[[], float] = time.monotonic


@dataclass(frozen=True)
class Beat:
    at: float
    every: float


_beats: dict[str, Beat] = {}


def beat(name: str, every: float) -> None:
    _beats[name] = Beat(_clock(), every)


def forget(name: str) -> None:
    """A task that ended on purpose (e.g. no token configured) is no longer expected to beat."""
    _beats.pop(name, None)


@dataclass(frozen=True)
class Status:
    name: str
    seconds_since: float
    alive: bool


def statuses() -> list[Status]:
    now = _clock()
    return [
        Status(name, round(now - b.at, 1), now - b.at <= b.every * GRACE + SLACK) for name, b in sorted(_beats.items())
    ]


def set_clock(fn: Callable[[], float] | None) -> None:
    """Tests: replace the monotonic clock; ``None`` restores it."""
    global _clock
    _clock = fn or time.monotonic


def reset() -> None:
    """Tests: forget every beat."""
    _beats.clear()
