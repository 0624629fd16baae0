"""``/metrics`` in the Prometheus text format: counts, ages and durations only, never personal data.

Two kinds of figures:

* read from the database at each scrape (submissions by source and state, queue length
  and age, open safeguarding cases) — always right, even with several instances;
* counted in this process by hooks other parts call: ``observe_screening(seconds)``,
  ``poll_finished(source, ok)``, ``rate_limit_wait(source, seconds)``,
  ``purge_finished(items)``; the number of live-update (SSE) clients comes from the
  broadcaster. Label values come from fixed lists (sources, states), never from input.
"""

from __future__ import annotations

import time
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from sqlalchemy import func, select

from childvoice import clock, states
from childvoice.db import Database
from childvoice.intake import SOURCES
from childvoice.ops import heartbeats
from childvoice.tables import submissions

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
TOKEN_ENV = "CHILDVOICE_METRICS_TOKEN"  # noqa: S105 (a variable name, not a secret)

PROCESS = CollectorRegistry(auto_describe=True)
SCREENING = Histogram(
    "childvoice_screening_seconds",
    "Time to screen one item",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
    registry=PROCESS,
)
POLLS = Counter(
    "childvoice_source_polls", "Hashtag poll cycles by source and outcome", ["source", "outcome"], registry=PROCESS
)
LAST_POLL_OK = Gauge(
    "childvoice_source_last_success_timestamp_seconds", "When a poll last succeeded", ["source"], registry=PROCESS
)
RATE_WAITS = Counter(
    "childvoice_source_rate_limit_waits", "Waits for a source's rate-limit reset", ["source"], registry=PROCESS
)
RATE_WAIT_SECONDS = Counter(
    "childvoice_source_rate_limit_wait_seconds",
    "Seconds spent waiting for rate-limit resets",
    ["source"],
    registry=PROCESS,
)
PURGED = Counter("childvoice_purged_items", "Items reduced to aggregates by the retention purge", registry=PROCESS)
LAST_PURGE = Gauge("childvoice_purge_last_run_timestamp_seconds", "When the retention purge last ran", registry=PROCESS)


def _source(name: str) -> str:
    return name if name in SOURCES else "other"


def observe_screening(seconds: float) -> None:
    SCREENING.observe(max(0.0, seconds))


def poll_finished(source: str, ok: bool) -> None:
    POLLS.labels(_source(source), "ok" if ok else "failed").inc()
    if ok:
        LAST_POLL_OK.labels(_source(source)).set(time.time())


def rate_limit_wait(source: str, seconds: float) -> None:
    RATE_WAITS.labels(_source(source)).inc()
    RATE_WAIT_SECONDS.labels(_source(source)).inc(max(0.0, seconds))


def purge_finished(items: int) -> None:
    PURGED.inc(items)
    LAST_PURGE.set(time.time())


class TimedScreener:
    """Wraps a screener so each ``screen`` call is timed (``app.state.screener = TimedScreener(...)``)."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def screen(self, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return self._inner.screen(*args, **kwargs)
        finally:
            observe_screening(time.perf_counter() - started)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


async def scrape(db: Database, broadcaster: Any = None) -> bytes:
    """The whole exposition: database figures now, then this process's counters."""
    now = clock.now()
    registry = CollectorRegistry(auto_describe=True)
    up = Gauge("childvoice_database_up", "1 when the database answered this scrape", registry=registry)
    by = Gauge(
        "childvoice_submissions", "Items by source and state (erased included)", ["source", "state"], registry=registry
    )
    queue = Gauge("childvoice_queue_length", "Items waiting for a moderator", registry=registry)
    queue_age = Gauge("childvoice_queue_oldest_age_seconds", "Age of the oldest item in the queue", registry=registry)
    desk = Gauge("childvoice_safeguarding_open", "Items on the safeguarding desk", registry=registry)
    desk_age = Gauge(
        "childvoice_safeguarding_oldest_age_seconds",
        "Age of the oldest item on the safeguarding desk",
        registry=registry,
    )
    sse = Gauge("childvoice_sse_clients", "Open live-update streams in this process", registry=registry)
    alive = Gauge("childvoice_task_alive", "1 when a background task beat recently", ["task"], registry=registry)
    try:
        async with db.read() as conn:
            rows = (
                await conn.execute(
                    select(
                        submissions.c.source,
                        submissions.c.state,
                        func.count().label("n"),
                        func.min(submissions.c.received_at).label("oldest"),
                    ).group_by(submissions.c.source, submissions.c.state)
                )
            ).all()
        up.set(1)
    except Exception:
        rows = []
        up.set(0)
    oldest: dict[str, Any] = {}
    counts: dict[str, int] = {}
    for r in rows:
        state = str(r.state) if r.state in {s.value for s in states.State} else "other"
        by.labels(_source(str(r.source)), state).inc(int(r.n))
        counts[state] = counts.get(state, 0) + int(r.n)
        if r.oldest is not None and (state not in oldest or r.oldest < oldest[state]):
            oldest[state] = r.oldest

    def age(group: frozenset[states.State]) -> float:
        moments = [oldest[s.value] for s in group if s.value in oldest]
        return max(0.0, (now - min(moments)).total_seconds()) if moments else 0.0

    queue.set(sum(counts.get(s.value, 0) for s in states.IN_QUEUE))
    queue_age.set(age(states.IN_QUEUE))
    desk.set(sum(counts.get(s.value, 0) for s in states.ON_SAFEGUARDING_DESK))
    desk_age.set(age(states.ON_SAFEGUARDING_DESK))
    sse.set(int(getattr(broadcaster, "subscribers", 0) or 0))
    for status in heartbeats.statuses():
        alive.labels(status.name).set(1 if status.alive else 0)
    return generate_latest(registry) + generate_latest(PROCESS)
