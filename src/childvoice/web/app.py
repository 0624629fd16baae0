"""The ASGI application: wiring only. Each room of the service brings its own routes."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from childvoice import helplines, migrate
from childvoice.broadcast import make_broadcaster
from childvoice.config import Settings, load_settings
from childvoice.db import Database
from childvoice.demo import describe, ensure_demo
from childvoice.ops.metrics import TimedScreener
from childvoice.organiser.retention import run_daily_purge
from childvoice.paths import STATIC_DIR
from childvoice.ratelimit import limiter_for
from childvoice.screening import default_screener
from childvoice.sources.background import replay_demo, run_pollers
from childvoice.web import child, display, facilitator, health, outcome
from childvoice.web.errors import http_error, server_error
from childvoice.web.security import SecurityHeadersMiddleware
from childvoice.web.staff import auth as staff_auth
from childvoice.web.staff import routing as staff_routing


def create_app(
    settings: Settings | None = None,
    demo: bool = False,
    migrate_on_start: bool = True,
    public_url: str = "http://127.0.0.1:8000/",
    demo_posts: bool = False,
) -> Starlette:
    """The app. ``demo_posts`` also replays the demo's recorded hashtag posts into the queue (``serve --demo``)."""
    settings = settings or load_settings()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        db = Database(settings)
        if migrate_on_start:
            await migrate.upgrade(db)
        if demo:
            print(describe(await ensure_demo(db), public_url), flush=True)
        app.state.settings = settings
        app.state.db = db
        helplines.load()  # a broken data file stops the start, not a child's receipt
        app.state.screener = TimedScreener(default_screener())  # screening time goes to /metrics
        app.state.broadcaster = make_broadcaster(settings)  # PostgreSQL LISTEN/NOTIFY when several instances
        await app.state.broadcaster.start()
        app.state.limiter = limiter_for(db, settings.secret_key, enabled=settings.rate_limits.enabled)
        # Sign-in throttling is never switched off, not even for benchmarks.
        app.state.login_limiter = limiter_for(db, settings.secret_key, enabled=True)
        if demo and demo_posts:
            await replay_demo(app.state)
        # Hashtag pollers run only when CHILDVOICE_X_BEARER_TOKEN is set; they never raise.
        tasks = [
            asyncio.create_task(run_pollers(app.state), name="childvoice-pollers"),
            asyncio.create_task(run_daily_purge(app.state), name="childvoice-retention-purge"),
        ]
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await app.state.broadcaster.stop()
            await db.close()

    routes = [
        *child.routes,
        *health.routes,
        *display.routes,
        *facilitator.routes,
        *outcome.routes,
        *staff_auth.routes,
        *staff_routing.routes(),
        Mount("/static", app=StaticFiles(directory=str(STATIC_DIR)), name="static"),
    ]
    return Starlette(
        routes=routes,
        middleware=[Middleware(SecurityHeadersMiddleware)],
        exception_handlers={HTTPException: http_error, Exception: server_error},
        lifespan=lifespan,
        max_body_size=1024 * 1024,  # a last resort; each form route applies its own smaller limit
    )
