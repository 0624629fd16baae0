"""The pollers as long-running tasks (``childvoice serve`` and ``childvoice ingest``), and the demo replay.

``run_pollers(app.state)`` returns at once unless ``CHILDVOICE_X_BEARER_TOKEN`` is set;
otherwise it polls until cancelled. ``replay_demo(app.state)`` replays the shipped
recordings once into the demo event. Neither raises (cancellation aside): a failure is
logged by kind, never with a post's text.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from childvoice.events import Event, ensure_demo_event, event_by_id
from childvoice.ops import heartbeats
from childvoice.paths import DATA_DIR
from childvoice.sources import names
from childvoice.sources.base import Counts, Destination, Source
from childvoice.sources.leader import PollerLock
from childvoice.sources.poller import run_loop
from childvoice.sources.retry import Retry, Sleep

if TYPE_CHECKING:
    import aiohttp

# The clients (tweepy, aiohttp, Mastodon.py) are imported inside the functions that poll or replay: a
# server that does neither never loads them (see ``names``).

log = logging.getLogger(__name__)

X_TOKEN_ENV = "CHILDVOICE_X_BEARER_TOKEN"  # noqa: S105 (a variable name, not a secret)
X_POLL_ENV = "CHILDVOICE_X_POLL_SECONDS"
X_RECHECK_ENV = "CHILDVOICE_X_RECHECK_SECONDS"
MASTODON_TOKEN_ENV = "CHILDVOICE_MASTODON_ACCESS_TOKEN"  # noqa: S105
MASTODON_POLL_ENV = "CHILDVOICE_MASTODON_POLL_SECONDS"
#: ``off`` skips the demo replay (tests that need the demo queue to hold only their own items).
DEMO_REPLAY_ENV = "CHILDVOICE_DEMO_REPLAY"

DEFAULT_POLL_SECONDS = 60.0
DEFAULT_RECHECK_SECONDS = 900.0
MIN_POLL_SECONDS = 5.0

DEMO_X_REPLAY = DATA_DIR / "demo_x_replay.jsonl"
DEMO_MASTODON_REPLAY = DATA_DIR / "demo_mastodon_replay.jsonl"


def seconds_from_env(name: str, default: float, env: Mapping[str, str] | None = None) -> float:
    """A positive number of seconds from the environment (at least ``MIN_POLL_SECONDS``), else the default."""
    raw = (env if env is not None else os.environ).get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        log.warning("ignoring a setting that is not a number", extra={"path": name})
        return default
    return max(value, MIN_POLL_SECONDS)


def destination(state: Any) -> Destination:
    """The same intake pieces the web form uses, from the Starlette ``app.state``."""
    return Destination(state.db, state.screener, state.broadcaster, state.settings.secret_key)


async def run_x(
    dest: Destination,
    bearer_token: str,
    *,
    interval: float = DEFAULT_POLL_SECONDS,
    recheck_every: float = DEFAULT_RECHECK_SECONDS,
    cycles: int | None = None,
    session: aiohttp.ClientSession | None = None,
    sleep: Sleep = asyncio.sleep,
    retry: Retry | None = None,
    lock: PollerLock | None = None,
) -> int:
    """Poll X for the current event every ``interval`` seconds; returns the number of failed cycles.

    On PostgreSQL only the instance holding the ``x`` advisory lock polls (``leader.py``).
    """
    from childvoice.sources import x

    async with contextlib.AsyncExitStack() as stack:
        if session is None:
            session = await stack.enter_async_context(x.new_session())
        client = x.make_client(bearer_token, session)
        retry = retry or Retry(x.SOURCE, sleep)
        deletions = x.DeletionCheck(client, dest, retry, recheck_every)

        def sources_for(event: Event) -> Sequence[Source]:
            if not event.hashtags.get(x.SOURCE):
                return []
            try:
                return [x.XSearch(client, event, dest.secret_key, retry)]
            except ValueError:
                log.warning("event has no usable X hashtag", extra={"source": x.SOURCE, "event_id": event.id})
                return []

        return await run_loop(
            dest,
            sources_for,
            interval,
            name=x.SOURCE,
            after_poll=deletions,
            cycles=cycles,
            sleep=sleep,
            lock=lock or PollerLock(dest.db, x.SOURCE),
        )
    raise AssertionError("unreachable")  # pragma: no cover (mypy: AsyncExitStack may swallow)


async def run_mastodon(
    dest: Destination,
    instance: str,
    *,
    access_token: str | None = None,
    interval: float = DEFAULT_POLL_SECONDS,
    cycles: int | None = None,
    sleep: Sleep = asyncio.sleep,
    retry: Retry | None = None,
    lock: PollerLock | None = None,
) -> int:
    """Poll one instance's hashtag timelines for the current event; returns the number of failed cycles.

    On PostgreSQL only one process polls a given instance (the ``mastodon:<host>`` advisory lock).
    """
    from childvoice.sources import mastodon

    api = mastodon.make_api(instance, access_token)
    retry = retry or Retry(mastodon.SOURCE, sleep)

    def sources_for(event: Event) -> Sequence[Source]:
        return [
            mastodon.MastodonHashtag(api, instance, tag, event, dest.secret_key, retry)
            for tag in mastodon.hashtag_names(event)
        ]

    try:
        host = urlsplit(instance).netloc or instance
        return await run_loop(
            dest,
            sources_for,
            interval,
            name=mastodon.SOURCE,
            cycles=cycles,
            sleep=sleep,
            lock=lock or PollerLock(dest.db, f"{mastodon.SOURCE}:{host}"),
        )
    finally:
        api.session.close()


async def run_pollers(state: Any) -> None:
    """The background task of ``childvoice serve``: nothing unless ``CHILDVOICE_X_BEARER_TOKEN`` is set."""
    token = os.environ.get(X_TOKEN_ENV, "").strip()
    if not token:
        return
    interval = seconds_from_env(X_POLL_ENV, DEFAULT_POLL_SECONDS)
    heartbeats.beat(names.X, every=interval, note="starting")  # configured: /healthz expects it from now on
    try:
        await run_x(
            destination(state),
            token,
            interval=interval,
            recheck_every=seconds_from_env(X_RECHECK_ENV, DEFAULT_RECHECK_SECONDS),
        )
    except asyncio.CancelledError:
        heartbeats.forget(names.X)  # stopped on purpose (the server is stopping)
        raise
    except Exception as exc:
        # Its heartbeat stays: /healthz turns unhealthy once it is stale, as it should.
        log.error("hashtag poller stopped", extra={"source": names.X, "error_type": type(exc).__name__})


async def replay_demo(state: Any) -> None:
    """Replay the shipped recordings once into the demo event (idempotent: duplicates are dropped).

    ``CHILDVOICE_DEMO_REPLAY=off`` skips it.
    """
    if os.environ.get(DEMO_REPLAY_ENV, "").strip().lower() in {"off", "0", "false", "no"}:
        return
    from childvoice.sources.replay import replay

    try:
        dest = destination(state)
        event = await event_by_id(state.db, await ensure_demo_event(state.db))
        if event is None:
            return
        total = Counts()
        for path, source in ((DEMO_X_REPLAY, names.X), (DEMO_MASTODON_REPLAY, names.MASTODON)):
            if path.exists():
                total.add(await replay(path, source, dest, event))
        log.info("demo hashtag posts replayed", extra={"event_id": event.id, "count": total.stored})
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        log.error("demo replay failed", extra={"error_type": type(exc).__name__})
