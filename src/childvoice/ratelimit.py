"""Per-client counters for the child's forms, kept in memory and apart from submissions.

The client key is a keyed hash of the address, held only for the window's length and
never written anywhere. A school behind one address sends many children, so limits are
generous; they stop floods, not classes.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable


class RateLimiter:
    def __init__(self, secret_key: str, enabled: bool = True, clock: Callable[[], float] = time.monotonic) -> None:
        self._key = secret_key.encode()
        self.enabled = enabled
        self._clock = clock
        self._windows: dict[tuple[str, str], tuple[float, int]] = {}
        self._last_sweep = clock()

    def _client(self, address: str) -> str:
        return hmac.new(self._key, b"client:" + address.encode(), hashlib.sha256).hexdigest()[:32]

    def hit(self, bucket: str, address: str, limit: tuple[int, int]) -> bool:
        """Count one attempt; False when the client is over ``limit`` = (count, seconds)."""
        if not self.enabled:
            return True
        count_max, seconds = limit
        now = self._clock()
        self._sweep(now, seconds)
        key = (bucket, self._client(address))
        start, count = self._windows.get(key, (now, 0))
        if now - start >= seconds:
            start, count = now, 0
        count += 1
        self._windows[key] = (start, count)
        return count <= count_max

    def over(self, bucket: str, address: str, limit: tuple[int, int]) -> bool:
        """True when the client already used up ``limit``; counts nothing (for failure-only counting)."""
        if not self.enabled:
            return False
        count_max, seconds = limit
        start, count = self._windows.get((bucket, self._client(address)), (0.0, 0))
        return self._clock() - start < seconds and count >= count_max

    def _sweep(self, now: float, seconds: int) -> None:
        if now - self._last_sweep < 60:
            return
        self._last_sweep = now
        self._windows = {k: v for k, v in self._windows.items() if now - v[0] < seconds}
