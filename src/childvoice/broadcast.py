"""Live updates: a Broadcaster publishes small events (ids and states, never text).

In-process for one instance; a PostgreSQL LISTEN/NOTIFY implementation serves several
instances behind the same interface. Events are published only after the write commits.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any, Protocol

LiveEvent = dict[str, Any]


class Broadcaster(Protocol):
    async def publish(self, event: LiveEvent) -> None: ...

    def subscribe(self) -> contextlib.AbstractAsyncContextManager[AsyncIterator[LiveEvent]]: ...


class InProcessBroadcaster:
    """Fan-out to every subscriber's bounded queue; a slow subscriber drops, never blocks a writer."""

    def __init__(self, queue_size: int = 1000) -> None:
        self._queues: set[asyncio.Queue[LiveEvent]] = set()
        self._queue_size = queue_size

    @property
    def subscribers(self) -> int:
        return len(self._queues)

    async def publish(self, event: LiveEvent) -> None:
        for queue in list(self._queues):
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait(event)

    @contextlib.asynccontextmanager
    async def subscribe(self) -> AsyncIterator[AsyncIterator[LiveEvent]]:
        queue: asyncio.Queue[LiveEvent] = asyncio.Queue(self._queue_size)
        self._queues.add(queue)

        async def events() -> AsyncIterator[LiveEvent]:
            while True:
                yield await queue.get()

        try:
            yield events()
        finally:
            self._queues.discard(queue)
