"""Live updates: a Broadcaster publishes small events (ids and states, never text).

In-process for one instance; a PostgreSQL LISTEN/NOTIFY implementation serves several
instances behind the same interface. Events are published only after the write commits.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any, Protocol

from childvoice.config import Settings

LiveEvent = dict[str, Any]
#: A subscriber's filter, run when an event is delivered: a stream that wants few events (a room
#: display) is not woken for every new submission.
Accept = Callable[[LiveEvent], bool]


class Broadcaster(Protocol):
    async def publish(self, event: LiveEvent) -> None: ...

    def subscribe(
        self, accept: Accept | None = None
    ) -> contextlib.AbstractAsyncContextManager[AsyncIterator[LiveEvent]]: ...


class ManagedBroadcaster(Broadcaster, Protocol):
    """A broadcaster the app starts and stops in its lifespan (a listening connection, for PostgreSQL)."""

    async def start(self) -> None: ...

    async def stop(self) -> None: ...


def make_broadcaster(settings: Settings) -> ManagedBroadcaster:
    """In-process for SQLite (one instance); PostgreSQL LISTEN/NOTIFY when the database is PostgreSQL."""
    if settings.is_sqlite:
        return InProcessBroadcaster()
    from childvoice.broadcast_pg import PostgresBroadcaster

    return PostgresBroadcaster(settings.database_url)


class InProcessBroadcaster:
    """Fan-out to every subscriber's bounded queue; a slow subscriber drops, never blocks a writer."""

    def __init__(self, queue_size: int = 1000) -> None:
        self._queues: dict[asyncio.Queue[LiveEvent], Accept | None] = {}
        self._queue_size = queue_size

    @property
    def subscribers(self) -> int:
        return len(self._queues)

    async def start(self) -> None:
        """Nothing to open: one process, one list of queues."""

    async def stop(self) -> None:
        """Nothing to close."""

    async def publish(self, event: LiveEvent) -> None:
        self.deliver(event)

    def deliver(self, event: LiveEvent) -> None:
        """Hand one event to every local subscriber now (also what a LISTEN callback calls)."""
        for queue, accept in list(self._queues.items()):
            if accept is not None and not accept(event):
                continue
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait(event)

    @contextlib.asynccontextmanager
    async def subscribe(self, accept: Accept | None = None) -> AsyncIterator[AsyncIterator[LiveEvent]]:
        queue: asyncio.Queue[LiveEvent] = asyncio.Queue(self._queue_size)
        self._queues[queue] = accept

        async def events() -> AsyncIterator[LiveEvent]:
            while True:
                yield await queue.get()

        try:
            yield events()
        finally:
            self._queues.pop(queue, None)
