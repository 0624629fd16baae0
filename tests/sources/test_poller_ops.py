"""Operating the pollers: /healthz sees them beat, /metrics counts their polls and waits, one instance polls."""

from __future__ import annotations

import asyncio
import time

import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import text

from childvoice.config import Settings
from childvoice.db import Database
from childvoice.ops import heartbeats, metrics
from childvoice.sources.background import run_mastodon, run_x
from childvoice.sources.leader import PollerLock
from tests.sources.fakes import (
    FakeMastodon,
    FakeX,
    Reply,
    Sleeps,
    destination,
    error_json,
    mastodon_server,
    status,
    tweet,
    x_server,
)

B = 1880000000000000000
TOKEN = "a-long-metrics-token-for-poller-tests"


async def scrape(harness) -> dict[tuple[str, tuple], float]:  # type: ignore[no-untyped-def]
    response = await harness.client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for f in text_string_to_metric_families(response.text)
        for s in f.samples
    }


@pytest.fixture
def metrics_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(metrics.TOKEN_ENV, TOKEN)
    monkeypatch.delenv("CHILDVOICE_X_BEARER_TOKEN", raising=False)


async def test_healthz_shows_each_pollers_last_beat_and_turns_unhealthy_when_it_goes_stale(
    harness, settings: Settings, metrics_token: None
) -> None:  # type: ignore[no-untyped-def]
    now = [5000.0]
    heartbeats.set_clock(lambda: now[0])
    fake_x, fake_m = FakeX(), FakeMastodon()
    fake_x.timeline = [tweet(B + 1, "Will the panel read this? #ChildrensVoiceHRC")]
    fake_m.statuses = [status(int(time.time() * 1000) << 16, "<p>And this one? #ChildrensVoiceHRC</p>")]
    dest = destination(harness.state.db, settings)
    async with x_server(fake_x) as session:
        assert await run_x(dest, "t", interval=60, cycles=1, session=session, sleep=Sleeps()) == 0
    async with mastodon_server(fake_m) as instance:
        assert await run_mastodon(dest, instance, interval=120, cycles=1, sleep=Sleeps()) == 0

    response = await harness.client.get("/healthz")
    assert response.status_code == 200
    tasks = response.json()["tasks"]
    for name, every in (("x", 60), ("mastodon", 120)):
        assert tasks[name]["alive"] is True and tasks[name]["stale"] is False
        assert tasks[name]["last_beat"] and tasks[name]["interval_seconds"] == every
        assert tasks[name]["doing"] == "polling"

    now[0] += 60 * heartbeats.GRACE + heartbeats.SLACK + 1  # X's poller missed a few rounds; Mastodon's has not
    response = await harness.client.get("/healthz")
    body = response.json()
    assert response.status_code == 503 and body["status"] == "unhealthy"
    assert body["tasks"]["x"]["stale"] is True and body["tasks"]["mastodon"]["stale"] is False


async def test_metrics_show_source_series_after_a_real_poll(harness, settings: Settings, metrics_token: None) -> None:  # type: ignore[no-untyped-def]
    before = await scrape(harness)
    fake = FakeX()
    fake.timeline = [tweet(B + 1, "Is my data safe in school apps? #ChildrensVoiceHRC")]
    reset = int(time.time()) + 5
    fake.faults = [Reply(429, error_json(429, "Too Many Requests"), {"x-rate-limit-reset": str(reset)})]
    async with x_server(fake) as session:
        await run_x(destination(harness.state.db, settings), "t", cycles=1, session=session, sleep=Sleeps())
    fake_m = FakeMastodon()
    fake_m.faults = [Reply(503, {"error": "Unavailable"}) for _ in range(8)]
    async with mastodon_server(fake_m) as instance:
        failed = await run_mastodon(destination(harness.state.db, settings), instance, cycles=1, sleep=Sleeps())
    assert failed == 1
    after = await scrape(harness)

    def grew(name: str, labels: tuple) -> float:
        return after[(name, labels)] - before.get((name, labels), 0.0)

    x_ok = (("outcome", "ok"), ("source", "x"))
    assert grew("childvoice_source_polls_total", x_ok) == 1
    assert grew("childvoice_source_polls_total", (("outcome", "failed"), ("source", "mastodon"))) == 1
    assert grew("childvoice_source_rate_limit_waits_total", (("source", "x"),)) == 1
    assert 3 <= grew("childvoice_source_rate_limit_wait_seconds_total", (("source", "x"),)) <= 7
    assert after[("childvoice_source_last_success_timestamp_seconds", (("source", "x"),))] >= reset - 10
    assert after[("childvoice_task_alive", (("task", "x"),))] == 1
    assert after[("childvoice_submissions", (("source", "x"), ("state", "pending")))] >= 1


async def test_only_one_instance_polls_on_postgresql_and_another_takes_over_when_it_dies(
    db: Database, settings: Settings
) -> None:
    if settings.is_sqlite:
        lock = PollerLock(db, "x")
        assert await lock.hold() and await lock.hold()  # one instance on SQLite: always the poller
        return
    first = PollerLock(db, "x")
    other_instance = Database(settings)  # its own engine and connections, as another server would have
    try:
        assert await first.hold()
        fake = FakeX()
        fake.timeline = [tweet(B + 1, "Who decides what apps we can use? #ChildrensVoiceHRC")]
        dest = destination(other_instance, settings)
        async with x_server(fake) as session:
            assert await run_x(dest, "t", cycles=2, session=session, sleep=Sleeps()) == 0
            assert fake.searches() == []  # the first instance holds the lock: this one stands by
            assert heartbeats.statuses()[0].note == "standby"

            # The first instance dies: its connection, and with it the lock, goes away.
            assert first._conn is not None
            pid = (await first._conn.execute(text("SELECT pg_backend_pid()"))).scalar_one()
            async with other_instance.read() as conn:
                await conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            assert await run_x(dest, "t", cycles=1, session=session, sleep=Sleeps()) == 0
            assert len(fake.searches()) == 1
            assert heartbeats.statuses()[0].note == "polling"
        # The old holder notices its connection is gone and asks afresh (the lock is free again: run_x ended).
        assert await first.hold() and first._conn is not None
    finally:
        await first.release()
        await other_instance.close()


async def test_a_released_lock_is_taken_at_the_next_interval(db: Database, settings: Settings) -> None:
    if settings.is_sqlite:
        pytest.skip("advisory locks are PostgreSQL's")
    one, two = PollerLock(db, "mastodon:example.org"), PollerLock(db, "mastodon:example.org")
    elsewhere = PollerLock(db, "mastodon:other.example")
    try:
        assert await one.hold() and not await two.hold()
        assert await elsewhere.hold()  # another instance's timelines are polled independently
        await one.release()
        assert await two.hold()
    finally:
        for lock in (one, two, elsewhere):
            await lock.release()


async def test_ingest_once_says_when_another_instance_is_polling(
    db: Database,
    settings: Settings,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if settings.is_sqlite:
        pytest.skip("advisory locks are PostgreSQL's")
    from childvoice.cli import main

    monkeypatch.setenv("CHILDVOICE_X_BEARER_TOKEN", "t")
    serving = PollerLock(db, "x")  # a server elsewhere polls X
    try:
        assert await serving.hold()
        where = ["--database", database_url, "--data-dir", str(settings.data_dir)]
        assert await asyncio.to_thread(main, ["ingest", "x", "--once", *where]) == 0
    finally:
        await serving.release()
    assert "another instance is polling x" in capsys.readouterr().out
