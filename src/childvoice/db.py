"""One thin database wrapper: concurrent reads, one serialised writer on SQLite.

SQLite allows one writer at a time; queueing writers on an asyncio lock (as Datasette
does) avoids "database is locked" under load. PostgreSQL needs no such lock.

``GroupCommit`` lets many small writes of one kind (new submissions) share one transaction
and so one fsync: whoever arrives while a batch is being written waits for the next one,
and every caller is answered only after the commit that holds its rows.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, Generic, TypeVar

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
        # Enough pooled connections for a burst of readers: an overflow connection is closed when returned, and
        # opening one (a thread, the file, the pragmas) under load cost more than the query it served.
        engine = create_async_engine(settings.database_url, pool_size=24, max_overflow=8)
        event.listen(engine.sync_engine, "connect", _sqlite_on_connect)
        return engine
    return create_async_engine(settings.database_url, pool_size=10, max_overflow=10, pool_pre_ping=True)


T = TypeVar("T")
R = TypeVar("R")


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


class GroupCommit(Generic[T, R]):
    """Batches work items into one write transaction: one commit (one fsync on SQLite) for many.

    ``write_batch(conn, items)`` writes all items inside the open transaction and returns one
    result per item, in order. ``submit(item)`` returns that item's result only after the
    transaction committed; if the batch raises, every caller in it gets the exception (nothing
    of the batch was committed) and may retry on its own. Batches run one at a time, under the
    database's write lock; no task outlives a batch that is being written.
    """

    def __init__(
        self,
        db: Database,
        write_batch: Callable[[AsyncConnection, list[T]], Awaitable[list[R]]],
        max_batch: int = 64,
    ) -> None:
        self._db = db
        self._write_batch = write_batch
        self._max_batch = max_batch
        self._pending: list[tuple[T, asyncio.Future[R]]] = []
        self._drainer: asyncio.Task[None] | None = None

    async def submit(self, item: T) -> R:
        future: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        self._pending.append((item, future))
        if self._drainer is None or self._drainer.done():
            self._drainer = asyncio.create_task(self._drain(), name="childvoice-group-commit")
        return await asyncio.shield(future)

    async def _drain(self) -> None:
        while self._pending:
            batch, self._pending = self._pending[: self._max_batch], self._pending[self._max_batch :]
            try:
                async with self._db.write() as conn:
                    results = await self._write_batch(conn, [item for item, _ in batch])
                    if len(results) != len(batch):
                        raise RuntimeError("write_batch returned the wrong number of results")
            except Exception as exc:
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            except BaseException:  # cancelled (shutting down): nothing of this batch was committed
                for _, future in [*batch, *self._pending]:
                    future.cancel()
                self._pending = []
                raise
            # Committed: only now may anyone be told.
            for (_, future), result in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(result)
