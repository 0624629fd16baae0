"""One poll of any source, and the loop around it.

A poll reads the cursor, collects every page newer than it, hands the posts to
``intake`` oldest first, and only then moves the cursor. The loop never raises (except
when cancelled): a failing cycle is logged by kind and the next one runs after the interval.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from childvoice.events import Event, current_event
from childvoice.sources import cursors
from childvoice.sources.base import Counts, Destination, Post, Source, deliver, newest_of
from childvoice.sources.retry import Sleep, SourceUnavailable

log = logging.getLogger(__name__)


@dataclass
class PollResult:
    counts: Counts = field(default_factory=Counts)
    pages: int = 0
    reposts: int = 0
    errors: int = 0
    since: str | None = None
    newest: str | None = None


async def poll_once(source: Source, dest: Destination, event: Event) -> PollResult:
    """Read everything newer than the cursor; the cursor moves only when all of it went through intake."""
    since = await cursors.load(dest.db, event.id, source.name, source.scope)
    result = PollResult(since=since, newest=since)
    posts: list[Post] = []
    try:
        async for page in source.pages(since):
            result.pages += 1
            result.reposts += page.reposts
            result.errors += page.errors
            posts.extend(page.posts)
            result.newest = newest_of(result.newest, page.newest, *(p.position for p in page.posts))
    except SourceUnavailable:
        # Keep what arrived (intake drops it as a duplicate when re-read), but leave the cursor.
        result.counts = await deliver(dest, event, posts)
        raise
    result.counts = await deliver(dest, event, posts)
    if result.newest is not None and result.newest != since:
        await cursors.save(dest.db, event.id, source.name, source.scope, result.newest)
    log.info(
        "hashtag poll done",
        extra={"source": source.name, "event_id": event.id, "count": result.counts.stored},
    )
    if result.errors:
        log.info("source reported partial errors", extra={"source": source.name, "count": result.errors})
    return result


SourcesFor = Callable[[Event], Sequence[Source]]
AfterPoll = Callable[[Event], Awaitable[object]]


async def run_loop(
    dest: Destination,
    sources_for: SourcesFor,
    interval: float,
    *,
    name: str,
    after_poll: AfterPoll | None = None,
    cycles: int | None = None,
    sleep: Sleep = asyncio.sleep,
) -> int:
    """Poll the current event's sources every ``interval`` seconds (``cycles`` times, or forever).

    Returns the number of cycles that failed. Never raises except ``CancelledError``.
    """
    done = failed = 0
    while cycles is None or done < cycles:
        try:
            event = await current_event(dest.db)
            if event is None:
                log.info("no event to poll for yet", extra={"source": name})
            else:
                for source in sources_for(event):
                    await poll_once(source, dest, event)
                if after_poll is not None:
                    await after_poll(event)
        except asyncio.CancelledError:
            raise
        except SourceUnavailable:
            failed += 1  # already logged by kind
        except Exception as exc:
            # The exception's text could quote SQL parameters (a child's words): log its type only.
            failed += 1
            log.error("hashtag poll failed", extra={"source": name, "error_type": type(exc).__name__})
        done += 1
        if cycles is None or done < cycles:
            log.debug("waiting for the next poll", extra={"source": name, "seconds": interval})
            await sleep(interval)
    return failed
