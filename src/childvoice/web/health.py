"""``/healthz``: is the database reachable. Says nothing about any submission."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route


async def healthz(request: Request) -> Response:
    ok = await request.app.state.db.ping()
    return JSONResponse({"database": "ok" if ok else "down"}, status_code=200 if ok else 503)


routes = [Route("/healthz", healthz, methods=["GET"])]
