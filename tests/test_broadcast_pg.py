"""Live events across instances on PostgreSQL (LISTEN/NOTIFY), and decisions made on two instances at once."""

from __future__ import annotations

import asyncio
import json
import os
import re
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pyotp
import pytest
from sqlalchemy import func, insert, select

from childvoice import clock, migrate
from childvoice.broadcast import InProcessBroadcaster, LiveEvent, make_broadcaster
from childvoice.broadcast_pg import PostgresBroadcaster, decode, encode, plain_dsn
from childvoice.config import load_settings
from childvoice.db import Database
from childvoice.errors import StaleVersion
from childvoice.events import ensure_demo_event
from childvoice.states import Action, Actor, State
from childvoice.tables import audit, submissions
from childvoice.workflow import transition
from tests.childflow import csrf_of
from tests.conftest import _fresh_pg_database, demo_logins, free_port, start_server


@pytest.fixture
def pg_database(postgres_url: str | None) -> str:
    if postgres_url is None:
        if os.environ.get("CHILDVOICE_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL is required (CHILDVOICE_REQUIRE_POSTGRES=1) but no server could be started")
        pytest.skip("no PostgreSQL server available")
    return _fresh_pg_database(postgres_url)


@pytest.fixture
async def pair(pg_database: str) -> AsyncIterator[tuple[PostgresBroadcaster, PostgresBroadcaster]]:
    """Two broadcasters on one database, as two server processes would have."""
    url = "postgresql+asyncpg://" + pg_database.split("://", 1)[1]
    a, b = PostgresBroadcaster(url), PostgresBroadcaster(url)
    await a.start()
    await b.start()
    yield a, b
    await a.stop()
    await b.stop()


async def _next(events: AsyncIterator[LiveEvent], timeout: float = 5.0) -> LiveEvent:
    return await asyncio.wait_for(anext(events), timeout)


def test_payload_keeps_ids_and_states_only() -> None:
    payload = encode({"type": "submission", "id": 7, "state": "pending", "text": "secret words", "x": [1]}, "abc")
    assert "secret" not in payload
    assert decode(payload) == ("abc", {"type": "submission", "id": 7, "state": "pending"})
    assert decode("not json") is None
    assert decode("[1, 2]") is None


def test_make_broadcaster_picks_by_database(tmp_path: Path) -> None:
    sqlite = load_settings(f"sqlite:///{tmp_path / 'a.sqlite3'}", tmp_path)
    pg = load_settings("postgresql://u@127.0.0.1:1/db", tmp_path)
    assert isinstance(make_broadcaster(sqlite), InProcessBroadcaster)
    assert isinstance(make_broadcaster(pg), PostgresBroadcaster)
    assert plain_dsn(pg.database_url) == "postgresql://u@127.0.0.1:1/db"


async def test_event_published_on_one_instance_reaches_the_other_once(
    pair: tuple[PostgresBroadcaster, PostgresBroadcaster],
) -> None:
    a, b = pair
    async with a.subscribe() as on_a, b.subscribe() as on_b:
        await b.publish({"type": "submission", "id": 42, "state": "pending", "event_id": 1})
        assert await _next(on_a) == {"type": "submission", "id": 42, "state": "pending", "event_id": 1}
        assert await _next(on_b) == {"type": "submission", "id": 42, "state": "pending", "event_id": 1}
        await b.wait_sent()
        await a.publish({"type": "chair", "id": 43, "state": "on_screen"})
        assert await _next(on_b) == {"type": "chair", "id": 43, "state": "on_screen"}
        assert await _next(on_a) == {"type": "chair", "id": 43, "state": "on_screen"}
        await a.wait_sent()
        for events in (on_a, on_b):  # nobody hears an event twice
            with pytest.raises(TimeoutError):
                await _next(events, timeout=0.3)


async def test_listener_reconnects_after_its_connection_is_killed(
    pair: tuple[PostgresBroadcaster, PostgresBroadcaster], pg_database: str
) -> None:
    a, b = pair
    admin = await asyncpg.connect(pg_database)
    try:
        killed = await admin.fetchval(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE pid <> pg_backend_pid() AND query LIKE 'LISTEN%' AND datname = current_database()"
        )
    finally:
        await admin.close()
    assert killed >= 1
    deadline = time.monotonic() + 10
    while (a.reconnects == 0 or not a.connected) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert a.reconnects >= 1 and a.connected
    async with a.subscribe() as on_a:
        await b.publish({"type": "submission", "id": 5, "state": "approved"})
        assert await _next(on_a, timeout=10) == {"type": "submission", "id": 5, "state": "approved"}


async def _pending_item(db: Database, event_id: int) -> int:
    now = clock.now()
    async with db.write() as conn:
        return int(
            (
                await conn.execute(
                    insert(submissions)
                    .values(
                        event_id=event_id,
                        source="web",
                        state=State.PENDING,
                        version=1,
                        text="a question",
                        text_revision=1,
                        original_text="a question",
                        flags=[],
                        screening={},
                        received_at=now,
                        updated_at=now,
                    )
                    .returning(submissions.c.id)
                )
            ).scalar_one()
        )


async def test_two_instances_deciding_the_same_item_exactly_one_wins(
    pair: tuple[PostgresBroadcaster, PostgresBroadcaster], pg_database: str, tmp_path: Path
) -> None:
    a, b = pair
    db_a = Database(load_settings(pg_database, tmp_path / "a"))
    db_b = Database(load_settings(pg_database, tmp_path / "b"))
    try:
        await migrate.upgrade(db_a)
        event_id = await ensure_demo_event(db_a)
        for _ in range(5):
            sid = await _pending_item(db_a, event_id)
            async with a.subscribe() as on_a:
                outcomes = await asyncio.gather(
                    transition(db_a, a, sid, Action.APPROVE, Actor.MODERATOR, "user:1", 1),
                    transition(db_b, b, sid, Action.REJECT, Actor.MODERATOR, "user:2", 1, reason="off_topic"),
                    return_exceptions=True,
                )
                wins = [o for o in outcomes if not isinstance(o, BaseException)]
                stale = [o for o in outcomes if isinstance(o, StaleVersion)]
                assert len(wins) == 1 and len(stale) == 1, outcomes
                # whichever instance won, A hears it
                assert (await _next(on_a))["id"] == sid
            async with db_b.read() as conn:
                row = (await conn.execute(select(submissions).where(submissions.c.id == sid))).one()
                decided = (
                    await conn.execute(
                        select(func.count()).where(audit.c.submission_id == sid, audit.c.to_state != State.PENDING)
                    )
                ).scalar_one()
            assert row.version == 2 and row.state == wins[0].to_state and decided == 1
    finally:
        await db_a.close()
        await db_b.close()


def _sign_in(base: str, login: tuple[str, str, str]) -> httpx.Client:
    client = httpx.Client(base_url=base)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/staff/login").text)
    assert token
    name, password, secret = login
    response = client.post(
        "/staff/login",
        data={"name": name, "password": password, "csrf": token.group(1), "code": pyotp.TOTP(secret).now()},
    )
    assert response.status_code == 303, response.text[:300]
    return client


def _listen(client: httpx.Client, into: list[dict[str, Any]], ready: threading.Event) -> None:
    try:
        with client.stream("GET", "/staff/live", headers={"Accept": "text/event-stream"}, timeout=None) as stream:
            for line in stream.iter_lines():
                if line.startswith("event: hello"):
                    ready.set()
                if line.startswith("data:"):
                    event = json.loads(line[5:].strip())
                    if "id" in event:
                        into.append(event)
    except httpx.HTTPError:
        return  # the server stopped at the end of the test


def test_stream_on_instance_a_sees_an_item_posted_to_instance_b(pg_database: str, tmp_path: Path) -> None:
    env = {"CHILDVOICE_SECRET_KEY": "two-instances-share-this-key-" + "x" * 20}
    port_a, port_b = free_port(), free_port()
    proc_a = start_server(pg_database, tmp_path / "a", port_a, **env)
    proc_b = None
    try:
        proc_b = start_server(pg_database, tmp_path / "b", port_b, **env)
        # B started last, so B's log holds the demo credentials that are valid now (for both: one database).
        moderator = _sign_in(f"http://127.0.0.1:{port_a}", demo_logins(tmp_path / "b")["moderator"])
        events: list[dict[str, Any]] = []
        ready = threading.Event()
        threading.Thread(target=_listen, args=(moderator, events, ready), daemon=True).start()
        assert ready.wait(10)
        with httpx.Client(base_url=f"http://127.0.0.1:{port_b}") as child:
            token = csrf_of(child.get("/").text)
            response = child.post("/submit", data={"message": "posted to the other instance", "csrf": token})
            assert response.status_code == 200
        deadline = time.monotonic() + 10
        while not events and time.monotonic() < deadline:
            time.sleep(0.05)
        assert events and events[0]["state"] == "pending" and set(events[0]) == {"type", "id", "state"}
        moderator.close()
    finally:
        for proc in (proc_a, proc_b):
            if proc is not None:
                proc.terminate()
                proc.wait(10)
