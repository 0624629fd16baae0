"""Local stand-ins for the X API v2 and a Mastodon instance, served by a real aiohttp server.

tweepy's real ``AsyncClient`` talks to them over real HTTP: its aiohttp session carries
one client middleware that sends ``https://api.twitter.com/...`` to the local server
instead (the seam; tweepy itself is not touched). mastodon-py is simply pointed at the
local server's URL. Both servers answer from recorded responses in the real JSON shape,
or from a small in-memory timeline, and can be told to fail first (429, 503, slow).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from aiohttp.test_utils import TestServer
from yarl import URL

from childvoice import clock
from childvoice.broadcast import InProcessBroadcaster
from childvoice.config import Settings
from childvoice.db import Database
from childvoice.events import Event, ensure_demo_event, event_by_id
from childvoice.screening import default_screener
from childvoice.sources.base import Destination

RECORDINGS = Path(__file__).resolve().parent / "recordings"
#: Invented authors; their handles and names must never reach the database.
AUTHORS = {
    "1600000000000000001": ("zz_handle_alpha", "Alpha Invented Name"),
    "1600000000000000002": ("zz_handle_bravo", "Bravo Invented Name"),
    "1600000000000000003": ("zz_handle_charlie", "Charlie Invented Name"),
}


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


def stamp(moment: datetime | None = None) -> str:
    """A ``created_at`` as the APIs write it; by default a minute ago (inside the demo event's open hours)."""
    moment = moment or clock.now() - timedelta(minutes=1)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def restamped(items: list[dict[str, Any]], moment: datetime | None = None) -> list[dict[str, Any]]:
    """Recorded posts moved to ``moment`` (default: a minute ago), so they fall inside an open event."""
    for item in items:
        if isinstance(item, dict) and "created_at" in item:
            item["created_at"] = stamp(moment)
    return items


def tweet(
    post_id: int | str, text: str, author: str = "1600000000000000001", lang: str = "en", **extra: Any
) -> dict[str, Any]:
    data = {
        "id": str(post_id),
        "text": text,
        "lang": lang,
        "author_id": author,
        "created_at": stamp(),
        "edit_history_tweet_ids": [str(post_id)],
    }
    data.update(extra)
    return data


def users_of(tweets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``includes.users`` as the API sends it when the author expansion is on (we never ask; we ignore it)."""
    seen = sorted({t["author_id"] for t in tweets if t.get("author_id") in AUTHORS})
    return [{"id": a, "username": AUTHORS[a][0], "name": AUTHORS[a][1]} for a in seen]


def error_json(status: int, title: str) -> dict[str, Any]:
    return {"title": title, "detail": title, "type": "about:blank", "status": status}


class FakeX:
    """``GET /2/tweets/search/recent`` and ``GET /2/tweets`` over an in-memory timeline.

    ``pages`` (recorded responses) are served first, in order; then ``faults``; then the
    timeline with real search semantics: ``since_id``, ``start_time`` (inclusive), ``end_time``
    (exclusive), newest first, ``max_results``, ``next_token``.
    """

    def __init__(self) -> None:
        self.timeline: list[dict[str, Any]] = []
        self.deleted: set[str] = set()
        self.pages: list[Reply] = []
        self.faults: list[Reply] = []
        self.at_request: dict[int, Reply] = {}  # search request number (1-based) → reply served instead
        self.requests: list[tuple[str, dict[str, str]]] = []

    def searches(self) -> list[dict[str, str]]:
        return [q for path, q in self.requests if path == "/2/tweets/search/recent"]

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/2/tweets/search/recent", self.search)
        app.router.add_get("/2/tweets", self.lookup)
        return app

    async def _reply(self, reply: Reply) -> web.Response:
        if reply.delay:
            await asyncio.sleep(reply.delay)
        return web.json_response(reply.body, status=reply.status, headers=reply.headers)

    async def search(self, request: web.Request) -> web.Response:
        assert request.headers["Authorization"].startswith("Bearer ")
        self.requests.append((request.path, dict(request.query)))
        scripted = self.at_request.pop(len(self.searches()), None)
        if scripted is not None:
            return await self._reply(scripted)
        if self.faults:
            return await self._reply(self.faults.pop(0))
        if self.pages:
            return await self._reply(self.pages.pop(0))
        since = int(request.query.get("since_id", "0"))
        size = int(request.query.get("max_results", "10"))
        offset = int(request.query.get("next_token", "tok-0").removeprefix("tok-"))
        start, end = request.query.get("start_time"), request.query.get("end_time")
        live = [
            t
            for t in self.timeline
            if int(t["id"]) > since
            and t["id"] not in self.deleted
            and (start is None or _moment(t["created_at"]) >= _moment(start))
            and (end is None or _moment(t["created_at"]) < _moment(end))
        ]
        live.sort(key=lambda t: int(t["id"]), reverse=True)
        chunk = live[offset : offset + size]
        meta: dict[str, Any] = {"result_count": len(chunk)}
        if chunk:
            meta |= {"newest_id": chunk[0]["id"], "oldest_id": chunk[-1]["id"]}
        if offset + size < len(live):
            meta["next_token"] = f"tok-{offset + size}"
        body: dict[str, Any] = {"meta": meta}
        if chunk:
            body["data"] = chunk
            body["includes"] = {"users": users_of(chunk)}
        return web.json_response(body)

    async def lookup(self, request: web.Request) -> web.Response:
        self.requests.append((request.path, dict(request.query)))
        if self.faults:
            return await self._reply(self.faults.pop(0))
        ids = request.query["ids"].split(",")
        known = {t["id"]: t for t in self.timeline}
        data = [
            {"id": i, "text": known[i]["text"], "edit_history_tweet_ids": [i]}
            for i in ids
            if i in known and i not in self.deleted
        ]
        errors = [
            {
                "value": i,
                "detail": f"Could not find tweet with ids: [{i}].",
                "title": "Not Found Error",
                "resource_type": "tweet",
                "parameter": "ids",
                "resource_id": i,
                "type": "https://api.twitter.com/2/problems/resource-not-found",
            }
            for i in ids
            if i not in known or i in self.deleted
        ]
        body: dict[str, Any] = {}
        if data:
            body["data"] = data
        if errors:
            body["errors"] = errors
        return web.json_response(body)


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def redirect_to(base: URL) -> Any:
    """aiohttp client middleware: send requests for api.twitter.com to the local server."""

    async def middleware(request: aiohttp.ClientRequest, handler: Any) -> aiohttp.ClientResponse:
        if request.url.host == "api.twitter.com":
            request.url = base.with_path(request.url.path).with_query(request.url.query)
        response: aiohttp.ClientResponse = await handler(request)
        return response

    return middleware


@contextlib.asynccontextmanager
async def x_server(fake: FakeX, timeout: float = 10.0) -> AsyncIterator[aiohttp.ClientSession]:
    """The fake X API running locally, and an aiohttp session that reaches it in place of api.twitter.com."""
    async with TestServer(fake.app(), host="127.0.0.1") as server:
        base = URL(str(server.make_url("/")))
        async with aiohttp.ClientSession(
            middlewares=(redirect_to(base),), timeout=aiohttp.ClientTimeout(total=timeout)
        ) as session:
            yield session


class FakeMastodon:
    """``GET /api/v1/timelines/tag/:tag`` with ``min_id``/``since_id``/``limit``, over statuses in memory."""

    def __init__(self) -> None:
        self.statuses: list[dict[str, Any]] = []
        self.faults: list[Reply] = []
        self.requests: list[tuple[str, dict[str, str]]] = []

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/api/v1/timelines/tag/{tag}", self.timeline)
        app.router.add_get("/api/v2/instance", self.instance)
        return app

    def timelines(self) -> list[dict[str, str]]:
        return [q for path, q in self.requests if path.startswith("/api/v1/timelines/tag/")]

    async def instance(self, request: web.Request) -> web.Response:
        feeds = {"local": "public", "remote": "public"}
        config = {"timelines_access": {"live_feeds": feeds, "hashtag_feeds": feeds, "trending_link_feeds": feeds}}
        return web.json_response({"domain": "127.0.0.1", "version": "4.3.0", "configuration": config})

    async def timeline(self, request: web.Request) -> web.Response:
        self.requests.append((request.path, dict(request.query)))
        if self.faults:
            reply = self.faults.pop(0)
            return web.json_response(reply.body, status=reply.status, headers=reply.headers)
        tag = request.match_info["tag"].lower()
        limit = int(request.query.get("limit", "20"))
        tagged = [s for s in self.statuses if tag in {t["name"].lower() for t in s.get("tags", [])}]
        tagged.sort(key=lambda s: int(s["id"]))
        if "min_id" in request.query:
            newer = [s for s in tagged if int(s["id"]) > int(request.query["min_id"])]
            chunk = list(reversed(newer[:limit]))  # the page just above min_id, newest first
        else:
            newer = [s for s in tagged if int(s["id"]) > int(request.query.get("since_id", "0"))]
            chunk = list(reversed(newer))[:limit]
        return web.json_response(chunk)


def status(
    status_id: int,
    content: str,
    who: str = "zz_masto_alpha",
    lang: str | None = "en",
    tag: str = "childrensvoicehrc",
    **extra: Any,
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": str(status_id),
        "created_at": stamp(),
        "in_reply_to_id": None,
        "sensitive": False,
        "spoiler_text": "",
        "visibility": "public",
        "language": lang,
        "uri": f"https://remote.invalid/users/{who}/statuses/{status_id}",
        "url": f"https://remote.invalid/@{who}/{status_id}",
        "content": content,
        "reblog": None,
        "account": {
            "id": "42",
            "username": who,
            "acct": f"{who}@remote.invalid",
            "display_name": f"{who} Display Name",
            "url": f"https://remote.invalid/@{who}",
            "avatar": f"https://remote.invalid/avatars/{who}.png",
        },
        "media_attachments": [],
        "mentions": [],
        "tags": [{"name": tag, "url": f"https://remote.invalid/tags/{tag}"}],
        "emojis": [],
    }
    data.update(extra)
    return data


@contextlib.asynccontextmanager
async def mastodon_server(fake: FakeMastodon) -> AsyncIterator[str]:
    async with TestServer(fake.app(), host="127.0.0.1") as server:
        yield str(server.make_url("")).rstrip("/")


def recorded(name: str) -> list[Reply]:
    """A recording (one response a line) as replies for the fake server, its posts dated a minute ago."""
    lines = (RECORDINGS / name).read_text(encoding="utf-8").splitlines()
    bodies = [json.loads(line) for line in lines if line.strip()]
    for body in bodies:
        restamped(body.get("data", []) if isinstance(body, dict) else body)
    return [Reply(body=body) for body in bodies]


async def demo_event(db: Database) -> Event:
    event = await event_by_id(db, await ensure_demo_event(db))
    assert event is not None
    return event


def destination(db: Database, settings: Settings) -> Destination:
    return Destination(db, default_screener(), InProcessBroadcaster(), settings.secret_key)


class Sleeps:
    """The sleep seam: records each delay and returns at once."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        await asyncio.sleep(0)


async def database_bytes(db: Database, database_url: str) -> bytes:
    """What the database holds: the SQLite file and its -wal as bytes, or every row of every table (PostgreSQL)."""
    if database_url.startswith("sqlite"):
        path = Path(database_url.removeprefix("sqlite:///"))
        return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")) if p.is_file())
    from sqlalchemy import select

    from childvoice.tables import metadata

    dump = []
    async with db.read() as conn:
        for table in metadata.sorted_tables:
            dump.extend(repr(tuple(r)) for r in await conn.execute(select(table)))
    return "\n".join(dump).encode()


def assert_no_trace(data: bytes, *needles: str) -> None:
    for needle in needles:
        assert needle.encode() not in data, f"{needle!r} found in the database"
