"""Live events across instances: PostgreSQL LISTEN/NOTIFY behind the ``Broadcaster`` interface.

One asyncpg connection per process listens on one channel and also sends this process's
events (``pg_notify``, several per round trip under load). Each process hands its own
events to its local subscribers at once and ignores their echo, so one instance alone
behaves like ``InProcessBroadcaster``; the other instances hear them through the database.

The payload is JSON of ids and states only (checked here: scalar values, a handful of keys,
far below PostgreSQL's 8,000-byte limit), never text. ``publish`` is called after the commit,
like every broadcaster; NOTIFY itself is sent outside any transaction.

When the connection is lost, the listener reconnects with a growing pause (up to
``MAX_BACKOFF`` seconds); events published meanwhile wait in a bounded queue (the oldest
are dropped first). Events are hints: a page that hears one fetches the fragment, which
re-reads the database, and a stream that reconnects starts with a fresh page.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from collections.abc import AsyncIterator
from typing import Any

import asyncpg  # type: ignore[import-untyped]  # no stubs; the few calls used are checked by tests

from childvoice.broadcast import Accept, InProcessBroadcaster, LiveEvent

log = logging.getLogger("childvoice.broadcast")

CHANNEL = "childvoice_live"
#: Keys an event may carry across the database; anything else is dropped before it leaves the process.
ALLOWED_KEYS = frozenset({"type", "id", "state", "event_id"})
MAX_PAYLOAD = 1000
MAX_PENDING = 10_000
MAX_BATCH = 200
MAX_BACKOFF = 5.0


def plain_dsn(database_url: str) -> str:
    """asyncpg wants ``postgresql://``; settings hold SQLAlchemy's ``postgresql+asyncpg://``."""
    scheme, rest = database_url.split("://", 1)
    if not scheme.startswith(("postgresql", "postgres")):
        raise ValueError("PostgresBroadcaster needs a postgresql:// URL")
    return "postgresql://" + rest


def clean(event: dict[str, Any]) -> LiveEvent:
    """Only the allowed keys, only scalar values: what may cross the database."""
    return {k: v for k, v in event.items() if k in ALLOWED_KEYS and (v is None or isinstance(v, int | str))}


def encode(event: LiveEvent, origin: str) -> str:
    """The NOTIFY payload: the cleaned event and the sending process's origin tag."""
    body: dict[str, Any] = {**clean(event), "o": origin}
    payload = json.dumps(body, separators=(",", ":"))
    if len(payload.encode()) > MAX_PAYLOAD:
        raise ValueError("live event too large for NOTIFY")
    return payload


def decode(payload: str) -> tuple[str, LiveEvent] | None:
    """(origin, event) from a payload, or None for anything malformed."""
    try:
        body = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(body, dict):
        return None
    return str(body.get("o", "")), clean(body)


class PostgresBroadcaster:
    """``publish`` hands the event to local subscribers and queues it for NOTIFY; a background task sends it."""

    def __init__(self, database_url: str, channel: str = CHANNEL, queue_size: int = 1000) -> None:
        self._dsn = plain_dsn(database_url)
        self._channel = channel
        self._local = InProcessBroadcaster(queue_size)
        self._origin = secrets.token_hex(8)
        self._outbox: asyncio.Queue[str] = asyncio.Queue()
        self._conn: asyncpg.Connection | None = None
        self._connected = asyncio.Event()
        self._lost = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.reconnects = 0

    @property
    def subscribers(self) -> int:
        return self._local.subscribers

    @property
    def connected(self) -> bool:
        return self._connected.is_set()

    async def start(self, timeout: float = 10.0) -> None:
        """Open the listening connection (waits for the first connection, up to ``timeout``)."""
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="childvoice-pg-broadcaster")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._connected.wait(), timeout)
        if not self._connected.is_set():
            log.warning("live events: PostgreSQL listener not connected yet; retrying in the background")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self._close()

    async def publish(self, event: LiveEvent) -> None:
        payload = encode(event, self._origin)
        self._local.deliver(clean(event))  # the same keys the other instances get
        if self._outbox.qsize() >= MAX_PENDING:
            with contextlib.suppress(asyncio.QueueEmpty):
                self._outbox.get_nowait()  # drop the oldest; pages catch up on their next fetch
        self._outbox.put_nowait(payload)

    def subscribe(
        self, accept: Accept | None = None
    ) -> contextlib.AbstractAsyncContextManager[AsyncIterator[LiveEvent]]:
        return self._local.subscribe(accept)

    async def wait_sent(self, timeout: float = 5.0) -> None:
        """For tests and benchmarks: until every queued event went out."""
        async with asyncio.timeout(timeout):
            while not self._outbox.empty():
                await asyncio.sleep(0.005)

    # --- the connection ------------------------------------------------------------------------

    def _on_notify(self, _conn: Any, _pid: int, _channel: str, payload: str) -> None:
        got = decode(payload)
        if got is None or got[0] == self._origin:
            return
        self._local.deliver(got[1])

    def _on_terminate(self, _conn: Any) -> None:
        self._lost.set()

    async def _close(self) -> None:
        conn, self._conn = self._conn, None
        self._connected.clear()
        if conn is not None and not conn.is_closed():
            with contextlib.suppress(Exception):
                await asyncio.wait_for(conn.close(), 2)
            if not conn.is_closed():
                conn.terminate()

    async def _run(self) -> None:
        backoff = 0.1
        while True:
            try:
                self._lost.clear()
                conn = await asyncpg.connect(self._dsn, timeout=10)
                conn.add_termination_listener(self._on_terminate)
                await conn.add_listener(self._channel, self._on_notify)
                self._conn = conn
                self._connected.set()
                backoff = 0.1
                await self._send_until_lost(conn)
            except asyncio.CancelledError:
                raise
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as exc:
                log.warning("live events: PostgreSQL connection lost (%s); reconnecting", type(exc).__name__)
            await self._close()
            self.reconnects += 1
            await asyncio.sleep(backoff)
            backoff = min(MAX_BACKOFF, backoff * 2)

    async def _send_until_lost(self, conn: asyncpg.Connection) -> None:
        lost = asyncio.ensure_future(self._lost.wait())
        try:
            while True:
                if conn.is_closed() or self._lost.is_set():
                    raise asyncpg.InterfaceError("connection closed")
                nxt = asyncio.ensure_future(self._outbox.get())
                done, _ = await asyncio.wait({nxt, lost}, return_when=asyncio.FIRST_COMPLETED)
                if nxt not in done:
                    nxt.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await nxt
                    raise asyncpg.InterfaceError("connection closed")
                batch = [nxt.result()]
                while len(batch) < MAX_BATCH and not self._outbox.empty():
                    batch.append(self._outbox.get_nowait())
                try:
                    await conn.execute("SELECT pg_notify($1, p) FROM unnest($2::text[]) AS p", self._channel, batch)
                except BaseException:
                    for payload in reversed(batch):  # put back in front of the queue, in order
                        self._requeue_front(payload)
                    raise
        finally:
            lost.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await lost

    def _requeue_front(self, payload: str) -> None:
        rest = []
        while not self._outbox.empty():
            rest.append(self._outbox.get_nowait())
        for item in [payload, *rest][-MAX_PENDING:]:
            self._outbox.put_nowait(item)
