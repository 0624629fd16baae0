"""Waiting well: honour a rate-limit reset, back off with jitter on server errors and timeouts.

Each source says what an exception means (:class:`Verdict`); :class:`Retry` does the
waiting and says in the log what it waits for (kind and seconds, never text). The sleep
function is a seam: tests pass one that records the delay and returns at once.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal, TypeVar

from childvoice.errors import ChildvoiceError
from childvoice.ops import heartbeats, metrics

log = logging.getLogger(__name__)

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]


class SourceUnavailable(ChildvoiceError):
    """A source could not be read now (refused, or still failing after the retries); ``kind`` says why."""

    def __init__(self, source: str, kind: str) -> None:
        super().__init__(f"{source}: {kind}")
        self.source = source
        self.kind = kind


@dataclass(frozen=True)
class Verdict:
    """``wait``: a known time (rate-limit reset); ``backoff``: try again later; ``fatal``: do not retry."""

    action: Literal["wait", "backoff", "fatal"]
    kind: str  # logged as error_type: "rate_limit", "server_error", "timeout", "unauthorized"…
    seconds: float | None = None


Classify = Callable[[BaseException], Verdict]

_MESSAGES = {
    "wait": "source rate limited: waiting for the reset",
    "backoff": "source failed: backing off before retrying",
}


class Retry:
    """Calls a function until it succeeds, the source refuses, or ``max_attempts`` failures in a row."""

    def __init__(
        self,
        source: str,
        sleep: Sleep = asyncio.sleep,
        *,
        max_attempts: int = 8,
        base: float = 2.0,
        cap: float = 300.0,
        max_wait: float = 900.0,
        rng: random.Random | None = None,
    ) -> None:
        self.source = source
        self.sleep = sleep
        self.max_attempts = max_attempts
        self.base = base
        self.cap = cap
        self.max_wait = max_wait
        self.rng = rng or random.Random()

    def backoff(self, attempt: int) -> float:
        """Exponential with "equal jitter": between half and all of min(cap, base·2^(attempt-1))."""
        ceiling = min(self.cap, self.base * 2.0 ** (attempt - 1))
        return ceiling / 2 + self.rng.uniform(0, ceiling / 2)

    async def call(self, fn: Callable[[], Awaitable[T]], classify: Classify) -> T:
        failures = backoffs = 0  # all failures in a row; those of them that were not rate limits
        while True:
            try:
                return await fn()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                verdict = classify(exc)
                if verdict.action == "fatal":
                    log.warning("source refused the request", extra={"source": self.source, "error_type": verdict.kind})
                    raise SourceUnavailable(self.source, verdict.kind) from exc
                failures += 1
                if failures >= self.max_attempts:
                    log.warning(
                        "source still failing: giving up for now",
                        extra={"source": self.source, "error_type": verdict.kind, "count": failures},
                    )
                    raise SourceUnavailable(self.source, verdict.kind) from exc
                if verdict.action == "wait" and verdict.seconds is not None:
                    delay = min(max(verdict.seconds, 1.0), self.max_wait)
                else:
                    backoffs += 1
                    delay = self.backoff(backoffs)
                log.warning(
                    _MESSAGES[verdict.action],
                    extra={"source": self.source, "error_type": verdict.kind, "seconds": round(delay, 1)},
                )
                if verdict.kind == "rate_limit":
                    metrics.rate_limit_wait(self.source, delay)
                # The poller is alive while it waits: its heartbeat stays fresh until the wait ends.
                note = "rate_limited" if verdict.kind == "rate_limit" else "backing_off"
                heartbeats.waiting(self.source, delay, note=note)
                await self.sleep(delay)
