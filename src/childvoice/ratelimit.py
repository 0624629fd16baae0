"""Per-client counters for the child's forms and staff sign-in, kept apart from submissions.

The client key is a keyed hash of the address (or of the account name), held only for the
window's length. A school behind one address sends many children, so limits are generous;
they stop floods, not classes.

One process (SQLite) keeps the counters in memory. Several instances on PostgreSQL share
them in the ``rate_windows`` table, so a client behind a round-robin gets the same limit
as against one instance (and a password guesser no more tries per instance added).
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import case, delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert

from childvoice import clock as wall_clock
from childvoice.db import Database
from childvoice.tables import rate_windows

Limit = tuple[int, int]  # (count, seconds)
SWEEP_EVERY = 60.0


class RateLimiter:
    """Counters in this process's memory: right for one instance."""

    def __init__(self, secret_key: str, enabled: bool = True, clock: Callable[[], float] = time.monotonic) -> None:
        self._key = secret_key.encode()
        self.enabled = enabled
        self._clock = clock
        self._windows: dict[tuple[str, str], tuple[float, int]] = {}
        self._last_sweep = clock()

    def _client(self, address: str) -> str:
        return hmac.new(self._key, b"client:" + address.encode(), hashlib.sha256).hexdigest()[:32]

    async def hit(self, bucket: str, address: str, limit: Limit) -> bool:
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

    async def over(self, bucket: str, address: str, limit: Limit) -> bool:
        """True when the client already used up ``limit``; counts nothing (for failure-only counting)."""
        if not self.enabled:
            return False
        count_max, seconds = limit
        start, count = self._windows.get((bucket, self._client(address)), (0.0, 0))
        return self._clock() - start < seconds and count >= count_max

    def _sweep(self, now: float, seconds: int) -> None:
        if now - self._last_sweep < SWEEP_EVERY:
            return
        self._last_sweep = now
        self._windows = {k: v for k, v in self._windows.items() if now - v[0] < seconds}


class SharedRateLimiter(RateLimiter):
    """Counters in PostgreSQL, one upsert per attempt, shared by every instance on the database."""

    def __init__(
        self,
        db: Database,
        secret_key: str,
        enabled: bool = True,
        now: Callable[[], datetime] = wall_clock.now,
    ) -> None:
        super().__init__(secret_key, enabled)
        self._db = db
        self._now = now
        self._longest = 0
        self._last_shared_sweep = 0.0

    async def hit(self, bucket: str, address: str, limit: Limit) -> bool:
        if not self.enabled:
            return True
        count_max, seconds = limit
        now = self._now()
        stale = rate_windows.c.started_at <= now - timedelta(seconds=seconds)
        insert = pg_insert(rate_windows).values(bucket=bucket, client=self._client(address), started_at=now, hits=1)
        stmt = insert.on_conflict_do_update(
            index_elements=[rate_windows.c.bucket, rate_windows.c.client],
            set_={
                "started_at": case((stale, insert.excluded.started_at), else_=rate_windows.c.started_at),
                "hits": case((stale, 1), else_=rate_windows.c.hits + 1),
            },
        ).returning(rate_windows.c.hits)
        async with self._db.write() as conn:
            hits = int((await conn.execute(stmt)).scalar_one())
        await self._sweep_shared(seconds)
        return hits <= count_max

    async def over(self, bucket: str, address: str, limit: Limit) -> bool:
        if not self.enabled:
            return False
        count_max, seconds = limit
        async with self._db.read() as conn:
            row = (
                await conn.execute(
                    select(rate_windows.c.started_at, rate_windows.c.hits).where(
                        rate_windows.c.bucket == bucket, rate_windows.c.client == self._client(address)
                    )
                )
            ).first()
        return row is not None and row.started_at > self._now() - timedelta(seconds=seconds) and row.hits >= count_max

    async def _sweep_shared(self, seconds: int) -> None:
        """Delete windows older than the longest limit in use (any instance may do it; it is idempotent)."""
        self._longest = max(self._longest, seconds)
        tick = time.monotonic()
        if tick - self._last_shared_sweep < SWEEP_EVERY:
            return
        self._last_shared_sweep = tick
        async with self._db.write() as conn:
            await conn.execute(
                delete(rate_windows).where(rate_windows.c.started_at < self._now() - timedelta(seconds=self._longest))
            )


def limiter_for(db: Database, secret_key: str, enabled: bool = True) -> RateLimiter:
    """In memory for SQLite (one process), shared through the database for PostgreSQL."""
    if db.is_sqlite:
        return RateLimiter(secret_key, enabled)
    return SharedRateLimiter(db, secret_key, enabled)
