"""Heartbeats of background tasks (pollers, the retention purge), for ``/healthz`` and ``/metrics``.

A task calls ``beat(name, every=seconds)`` each time round its loop. It counts as alive
while its last beat is younger than ``every`` × ``GRACE`` (plus a minute). Names are
fixed strings (``x``, ``mastodon``, ``retention_purge``), never data, and so are notes
(``polling``, ``standby``, ``waiting``…). A task that knows it will sleep longer than
usual inside a round (a rate-limit reset) says so with ``waiting(name, seconds)``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from childvoice import clock

GRACE = 2.5
SLACK = 60.0

_clock: Callable[[], float] = time.monotonic


@dataclass(frozen=True)
class Beat:
    at: float
    every: float
    wall: datetime | None = None  # the same moment on the wall clock, for people reading /healthz
    note: str = ""


_beats: dict[str, Beat] = {}


def beat(name: str, every: float, note: str = "") -> None:
    _beats[name] = Beat(_clock(), every, clock.now(), note)


def waiting(name: str, seconds: float, note: str = "waiting") -> None:
    """A task about to sleep ``seconds`` inside a round: alive until then (only if it beats at all)."""
    previous = _beats.get(name)
    if previous is not None:
        _beats[name] = Beat(_clock(), max(previous.every, seconds), clock.now(), note)


def forget(name: str) -> None:
    """A task that ended on purpose (e.g. no token configured) is no longer expected to beat."""
    _beats.pop(name, None)


@dataclass(frozen=True)
class Status:
    name: str
    seconds_since: float
    alive: bool
    every: float = 0.0
    last_beat: datetime | None = None
    note: str = ""


def statuses() -> list[Status]:
    now = _clock()
    return [
        Status(name, round(now - b.at, 1), now - b.at <= b.every * GRACE + SLACK, b.every, b.wall, b.note)
        for name, b in sorted(_beats.items())
    ]


def set_clock(fn: Callable[[], float] | None) -> None:
    """Tests: replace the monotonic clock; ``None`` restores it."""
    global _clock
    _clock = fn or time.monotonic


def reset() -> None:
    """Tests: forget every beat."""
    _beats.clear()
