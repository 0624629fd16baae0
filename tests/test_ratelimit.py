"""Rate limits: counted per client and window; several instances on PostgreSQL share one count."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from childvoice.config import Settings
from childvoice.db import Database
from childvoice.ratelimit import RateLimiter, SharedRateLimiter, limiter_for
from childvoice.tables import rate_windows

LIMIT = (3, 600)


async def test_a_client_is_refused_past_its_limit_and_others_are_not(db: Database) -> None:
    limiter = limiter_for(db, "secret")
    assert [await limiter.hit("submit", "198.51.100.7", LIMIT) for _ in range(4)] == [True, True, True, False]
    assert await limiter.over("submit", "198.51.100.7", LIMIT)
    assert await limiter.hit("submit", "198.51.100.8", LIMIT)
    assert await limiter.hit("status", "198.51.100.7", LIMIT)  # another form has its own count


async def test_sqlite_keeps_counters_in_memory_postgresql_in_the_database(db: Database) -> None:
    limiter = limiter_for(db, "secret")
    assert type(limiter) is (RateLimiter if db.is_sqlite else SharedRateLimiter)


async def test_two_instances_on_postgresql_share_one_count(db: Database, settings: Settings) -> None:
    if db.is_sqlite:
        pytest.skip("one SQLite process: nothing to share")
    other = Database(settings)  # a second server process on the same database
    try:
        a, b = limiter_for(db, "secret"), limiter_for(other, "secret")
        got = [await (a if i % 2 else b).hit("submit", "203.0.113.5", LIMIT) for i in range(4)]
        assert got == [True, True, True, False]
        assert await a.over("submit", "203.0.113.5", LIMIT) and await b.over("submit", "203.0.113.5", LIMIT)
    finally:
        await other.close()


async def test_shared_window_ends_and_stored_rows_hold_no_address(db: Database) -> None:
    if db.is_sqlite:
        pytest.skip("PostgreSQL only")
    moment = [datetime(2027, 3, 6, 9, 0, tzinfo=UTC)]
    limiter = SharedRateLimiter(db, "secret", now=lambda: moment[0])
    for _ in range(3):
        assert await limiter.hit("submit", "203.0.113.9", LIMIT)
    assert not await limiter.hit("submit", "203.0.113.9", LIMIT)
    async with db.read() as conn:
        rows = [tuple(map(str, r)) for r in (await conn.execute(select(rate_windows))).all()]
    assert rows and not any("203.0.113.9" in value for row in rows for value in row)
    moment[0] += timedelta(seconds=601)
    assert await limiter.hit("submit", "203.0.113.9", LIMIT)  # a new window
    assert not await limiter.over("submit", "203.0.113.9", LIMIT)


async def test_switched_off_limits_count_nothing(db: Database) -> None:
    limiter = limiter_for(db, "secret", enabled=False)
    assert all([await limiter.hit("submit", "192.0.2.1", (1, 600)) for _ in range(5)])
    assert not await limiter.over("submit", "192.0.2.1", (1, 600))
