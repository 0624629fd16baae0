"""One thin database wrapper: concurrent reads, one serialised writer on SQLite.

SQLite allows one writer at a time; queueing writers on an asyncio lock (as Datasette
does) avoids "database is locked" under load. PostgreSQL needs no such lock.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from childvoice.config import Settings

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    # FULL: a thank-you page is only sent after the commit is on disk.
    "PRAGMA synchronous=FULL",
    # Erased text is overwritten with zeros, not left in free pages.
    "PRAGMA secure_delete=ON",
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=10000",
)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def create_engine(settings: Settings) -> AsyncEngine:
    if settings.is_sqlite:
        engine = create_async_engine(settings.database_url, pool_size=8, max_overflow=8)
        event.listen(engine.sync_engine, "connect", _sqlite_on_connect)
        return engine
    return create_async_engine(settings.database_url, pool_size=10, max_overflow=10, pool_pre_ping=True)


class Database:
    """Reads with ``read()``, writes with ``write()``; both yield an AsyncConnection."""

    def __init__(self, settings: Settings, engine: AsyncEngine | None = None) -> None:
        self.settings = settings
        self.engine = engine or create_engine(settings)
        self.is_sqlite = settings.is_sqlite
        self._write_lock = asyncio.Lock() if self.is_sqlite else None

    @contextlib.asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncConnection]:
        async with self.engine.connect() as conn:
            yield conn

    @contextlib.asynccontextmanager
    async def write(self) -> AsyncIterator[AsyncConnection]:
        """One transaction: committed when the block ends, rolled back on an exception."""
        if self._write_lock is None:
            async with self.engine.begin() as conn:
                yield conn
            return
        async with self._write_lock, self.engine.begin() as conn:
            yield conn

    async def scrub(self) -> None:
        """Make erased text leave the files: fold the WAL into the database and truncate it."""
        if self.is_sqlite:
            async with self._write_lock or contextlib.nullcontext(), self.engine.connect() as conn:
                await conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                await conn.commit()
        else:
            async with self.engine.connect() as conn:
                ac = await conn.execution_options(isolation_level="AUTOCOMMIT")
                await ac.exec_driver_sql("VACUUM submissions")

    async def ping(self) -> bool:
        async with self.read() as conn:
            return (await conn.execute(text("SELECT 1"))).scalar() == 1

    async def close(self) -> None:
        await self.engine.dispose()
