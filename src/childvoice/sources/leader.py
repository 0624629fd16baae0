"""One poller per source across instances: a PostgreSQL session-level advisory lock.

Every ``childvoice serve`` with the X token runs the X poller, and several may share one
PostgreSQL database. Each round, a poller asks for the source's lock
(``pg_try_advisory_lock``) on a connection it keeps for that purpose; the instance that
holds it polls, the others stand by and ask again at their next interval. The lock belongs
to that connection: when its instance dies (or the connection drops), PostgreSQL releases
it and another instance takes over within one interval. A poll that races a takeover is
harmless: intake drops a post seen twice.

On SQLite there is one instance (the database is a local file), so the lock is always held.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from childvoice.db import Database

log = logging.getLogger(__name__)


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for ``pg_try_advisory_lock`` from a fixed name (``x``, ``mastodon:host``)."""
    digest = hashlib.sha256(f"childvoice:poller:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class PollerLock:
    """``await hold()`` → True while this instance is the one that polls ``name``."""

    def __init__(self, db: Database, name: str) -> None:
        self.db = db
        self.name = name
        self.key = lock_key(name)
        self._conn: AsyncConnection | None = None

    @property
    def held(self) -> bool:
        return self.db.is_sqlite or self._conn is not None

    async def hold(self) -> bool:
        if self.db.is_sqlite:
            return True
        if self._conn is not None:
            try:
                await self._conn.execute(text("SELECT 1"))
                return True
            except Exception as exc:
                # The connection (and with it the lock) is gone: another instance may already poll.
                log.warning("poller lock lost", extra={"source": self.name, "error_type": type(exc).__name__})
                await self._drop()
        conn = await self.db.engine.connect()
        try:
            conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
            got = bool((await conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": self.key})).scalar())
        except BaseException:
            await conn.close()
            raise
        if not got:
            await conn.close()
            return False
        self._conn = conn
        log.info("this instance now polls the source", extra={"source": self.name})
        return True

    async def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        with contextlib.suppress(Exception):  # already broken; nothing more to do
            await conn.invalidate()

    async def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            await conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": self.key})
        except BaseException as exc:
            # Never hand a connection that may still hold the lock back to the pool.
            kind = type(exc).__name__
            log.warning("poller lock not released cleanly", extra={"source": self.name, "error_type": kind})
            await conn.invalidate()
            await conn.close()
            if not isinstance(exc, Exception):
                raise
            return
        await conn.close()
