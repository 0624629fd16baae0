"""``/healthz`` and ``/metrics``: is the service well. Counts and ages only, never a submission's content.

``/healthz`` (public): the database answers, background tasks beat recently, and how
long the oldest item has waited in the queue. 503 when the database is down or a task
stopped beating; a long queue is reported, not an outage. Each task (the X and Mastodon
pollers while their source is configured, the retention purge) shows its last beat, its
interval, what it was doing (``polling``, ``standby`` while another instance polls…), and
``stale`` once the beat is older than a few intervals.

``/metrics`` (Prometheus text format) only with ``Authorization: Bearer $CHILDVOICE_METRICS_TOKEN``;
a plain 404 when that variable is not set.
"""

from __future__ import annotations

import os
import secrets
from typing import Any

from sqlalchemy import func, select
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from childvoice import clock, states
from childvoice.ops import heartbeats, metrics
from childvoice.tables import submissions


async def _queue(request: Request) -> dict[str, Any]:
    async with request.app.state.db.read() as conn:
        row = (
            await conn.execute(
                select(func.count().label("n"), func.min(submissions.c.received_at).label("oldest")).where(
                    submissions.c.state.in_(sorted(states.IN_QUEUE))
                )
            )
        ).one()
    oldest = row.oldest
    age = round((clock.now() - oldest).total_seconds()) if oldest is not None else 0
    return {"length": int(row.n), "oldest_seconds": max(0, age)}


async def healthz(request: Request) -> Response:
    try:
        ok = bool(await request.app.state.db.ping())
        queue = await _queue(request) if ok else None
    except Exception:
        ok, queue = False, None
    tasks = {
        s.name: {
            "alive": s.alive,
            "stale": not s.alive,
            "seconds_since_beat": s.seconds_since,
            "last_beat": s.last_beat.isoformat() if s.last_beat is not None else None,
            "interval_seconds": s.every,
            "doing": s.note or None,
        }
        for s in heartbeats.statuses()
    }
    healthy = ok and all(t["alive"] for t in tasks.values())
    body = {
        "status": "ok" if healthy else "unhealthy",
        "database": "ok" if ok else "down",
        "tasks": tasks,
        "queue": queue,
    }
    return JSONResponse(body, status_code=200 if healthy else 503, headers={"Cache-Control": "no-store"})


def _authorised(request: Request, token: str) -> bool:
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and secrets.compare_digest(given.strip().encode(), token.encode())


async def metrics_endpoint(request: Request) -> Response:
    token = os.environ.get(metrics.TOKEN_ENV, "").strip()
    if not token:
        return PlainTextResponse("Not found", status_code=404)
    if not _authorised(request, token):
        return PlainTextResponse("Unauthorized", status_code=401, headers={"WWW-Authenticate": "Bearer"})
    state = request.app.state
    body = await metrics.scrape(state.db, getattr(state, "broadcaster", None))
    return Response(body, media_type=metrics.CONTENT_TYPE, headers={"Cache-Control": "no-store"})


routes = [
    Route("/healthz", healthz, methods=["GET"]),
    Route("/metrics", metrics_endpoint, methods=["GET"]),
]
