"""One poll of any source, and the loop around it.

A poll reads the cursor, collects every page newer than it, hands the posts to
``intake`` oldest first, and only then moves the cursor. The loop never raises (except
when cancelled): a failing cycle is logged by kind and the next one runs after the interval.

The event's times bound polling: nothing is read before it opens; after it closes, polling
goes on until one poll that started ``CLOSE_MARGIN`` after the close has finished (the
cursor's ``updated_at`` records when the poll that saved it started), then stops for that
event. Each round beats the poller's heartbeat (``/healthz``) and counts its outcome per
source (``/metrics``); on PostgreSQL only the instance holding the source's lock polls.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from childvoice import clock
from childvoice.events import Event, events_to_poll
from childvoice.ops import heartbeats, metrics
from childvoice.sources import cursors
from childvoice.sources.base import CLOSE_MARGIN, Counts, Destination, Post, Source, deliver, newest_of
from childvoice.sources.leader import PollerLock
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
    skipped: str | None = None  # "not_open" or "finished": nothing was asked of the source


def covered_to_close(event: Event, polled_at: datetime | None) -> bool:
    """Whether a poll that started at ``polled_at`` read everything up to the event's close."""
    return polled_at is not None and polled_at >= event.closes_at + CLOSE_MARGIN


async def poll_once(source: Source, dest: Destination, event: Event) -> PollResult:
    """Read everything newer than the cursor; the cursor moves only when all of it went through intake."""
    started = clock.now()
    if started < event.opens_at:
        return PollResult(skipped="not_open")
    cursor = await cursors.load_state(dest.db, event.id, source.name, source.scope)
    since = cursor.since_id if cursor is not None else None
    if cursor is not None and covered_to_close(event, cursor.polled_at):
        return PollResult(since=since, newest=since, skipped="finished")
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
    final = covered_to_close(event, started)
    if (result.newest is not None and result.newest != since) or final:
        await cursors.save(dest.db, event.id, source.name, source.scope, result.newest, at=started)
    log.info(
        "hashtag poll done",
        extra={"source": source.name, "event_id": event.id, "count": result.counts.stored},
    )
    if result.counts.outside:
        log.info(
            "posts written outside the event's open hours skipped",
            extra={"source": source.name, "count": result.counts.outside},
        )
    if final:
        log.info("event closed and read up to its close: polling for it ends", extra={"source": source.name})
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
    lock: PollerLock | None = None,
) -> int:
    """Poll the current event's sources every ``interval`` seconds (``cycles`` times, or forever).

    ``name`` is the heartbeat's name (``x``, ``mastodon``); ``lock`` (PostgreSQL) lets only one
    instance poll: the others beat as ``standby`` and try the lock again each interval.
    Returns the number of cycles that failed. Never raises except ``CancelledError``.
    """
    done = failed = 0
    heartbeats.beat(name, every=interval, note="starting")
    try:
        while cycles is None or done < cycles:
            note = "polling"
            try:
                if lock is not None and not await lock.hold():
                    note = "standby"
                    log.debug("another instance polls this source", extra={"source": name})
                elif not await _poll_round(dest, sources_for, name, after_poll):
                    failed += 1
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                # The exception's text could quote SQL parameters (a child's words): log its type only.
                failed += 1
                log.error("hashtag poll failed", extra={"source": name, "error_type": type(exc).__name__})
            heartbeats.beat(name, every=interval, note=note)
            done += 1
            if cycles is None or done < cycles:
                log.debug("waiting for the next poll", extra={"source": name, "seconds": interval})
                await sleep(interval)
    finally:
        if lock is not None:
            await lock.release()
    return failed


async def _poll_round(dest: Destination, sources_for: SourcesFor, name: str, after_poll: AfterPoll | None) -> bool:
    """One round over the sources of every event being polled (several may be open at once);
    False if any of them failed (each is still tried)."""
    polled = await events_to_poll(dest.db)
    if not polled:
        log.info("no event to poll for now", extra={"source": name})
        return True
    ok = True
    for event in polled:
        ok = await _poll_event(dest, sources_for, name, after_poll, event) and ok
    return ok


async def _poll_event(
    dest: Destination, sources_for: SourcesFor, name: str, after_poll: AfterPoll | None, event: Event
) -> bool:
    ok = True
    for source in sources_for(event):
        try:
            result = await poll_once(source, dest, event)
        except asyncio.CancelledError:
            raise
        except SourceUnavailable:
            ok = False  # already logged by kind
            metrics.poll_finished(source.name, ok=False)
            continue
        except Exception as exc:
            ok = False
            log.error("hashtag poll failed", extra={"source": name, "error_type": type(exc).__name__})
            metrics.poll_finished(source.name, ok=False)
            continue
        if result.skipped is None:
            metrics.poll_finished(source.name, ok=True)
    if after_poll is not None:  # e.g. deletions: honoured after the event closed too
        try:
            await after_poll(event)
        except SourceUnavailable:
            ok = False
    return ok
