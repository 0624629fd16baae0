"""Operations: /healthz, /metrics (Prometheus text, behind a token, no personal data), backups, heartbeats."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from childvoice.cli import main
from childvoice.config import Settings
from childvoice.ops import backup, heartbeats, metrics
from childvoice.web.facilitator import age_band_for  # noqa: F401 (the module imports cleanly)
from tests.childflow import send_ok

MARKER = "METRICSMARK8812 my school is Lincoln"
TOKEN = "a-long-metrics-token-for-tests"


@pytest.fixture(autouse=True)
def _fresh_heartbeats() -> object:
    heartbeats.reset()
    yield
    heartbeats.reset()
    heartbeats.set_clock(None)


async def test_metrics_are_not_found_without_a_configured_token(harness, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(metrics.TOKEN_ENV, raising=False)
    response = await harness.client.get("/metrics", headers={"Authorization": "Bearer anything"})
    assert response.status_code == 404


async def test_metrics_parse_as_prometheus_text_and_hold_no_personal_data(
    harness, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(metrics.TOKEN_ENV, TOKEN)
    assert (await harness.client.get("/metrics")).status_code == 401
    assert (await harness.client.get("/metrics", headers={"Authorization": "Bearer wrong"})).status_code == 401
    await send_ok(harness.client, MARKER, country="GB", age_band="11-13")
    metrics.observe_screening(0.004)
    metrics.poll_finished("x", ok=True)
    metrics.rate_limit_wait("x", 12.5)
    metrics.poll_finished("unexpected<label>", ok=False)
    heartbeats.beat("x", every=60)
    response = await harness.client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    body = response.text
    families = {f.name: f for f in text_string_to_metric_families(body)}
    samples = {(s.name, tuple(sorted(s.labels.items()))): s.value for f in families.values() for s in f.samples}
    assert samples[("childvoice_database_up", ())] == 1
    assert samples[("childvoice_submissions", (("source", "web"), ("state", "pending")))] >= 1
    assert samples[("childvoice_queue_length", ())] >= 1
    assert samples[("childvoice_queue_oldest_age_seconds", ())] >= 0
    assert samples[("childvoice_task_alive", (("task", "x"),))] == 1
    assert samples[("childvoice_source_rate_limit_waits_total", (("source", "x"),))] >= 1
    assert samples[("childvoice_source_polls_total", (("outcome", "failed"), ("source", "other")))] >= 1
    assert "childvoice_screening_seconds" in families and "childvoice_sse_clients" in families
    for leak in ("METRICSMARK", "Lincoln", "GB", "11-13"):
        assert leak not in body


async def test_healthz_reports_database_queue_and_tasks(harness) -> None:  # type: ignore[no-untyped-def]
    await send_ok(harness.client, "Hello panel, a question about games")
    response = await harness.client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["database"] == "ok"
    assert all(task["alive"] for task in body["tasks"].values())
    assert body["queue"]["length"] >= 1 and body["queue"]["oldest_seconds"] >= 0
    assert "Hello panel" not in response.text


async def test_healthz_fails_when_a_background_task_stops_beating(harness) -> None:  # type: ignore[no-untyped-def]
    now = [1000.0]
    heartbeats.set_clock(lambda: now[0])
    heartbeats.beat("x", every=60)
    assert (await harness.client.get("/healthz")).status_code == 200
    now[0] += 60 * heartbeats.GRACE + heartbeats.SLACK + 1
    response = await harness.client.get("/healthz")
    assert response.status_code == 503 and response.json()["tasks"]["x"]["alive"] is False
    heartbeats.forget("x")
    assert (await harness.client.get("/healthz")).status_code == 200


async def test_backup_copies_a_running_sqlite_database(harness, settings: Settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if not settings.is_sqlite:
        pytest.skip("the SQLite backup")
    await send_ok(harness.client, "Backed up question about privacy")
    target = tmp_path / "copy" / "backup.sqlite3"
    url = settings.database_url.replace("+aiosqlite", "")
    assert (
        await asyncio.to_thread(main, ["backup", str(target), "--database", url, "--data-dir", str(settings.data_dir)])
        == 0
    )
    assert target.stat().st_mode & 0o077 == 0
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM submissions").fetchone()[0] >= 1
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert (
        await asyncio.to_thread(main, ["backup", str(target), "--database", url, "--data-dir", str(settings.data_dir)])
        == 2
    )


def test_backup_of_postgresql_prints_pg_dump_without_the_password() -> None:
    line = backup.pg_dump_command("postgresql+asyncpg://cv:s3cret@db.example:5432/childvoice", Path("/backups/cv.dump"))
    assert (
        line == "pg_dump --format=custom --no-owner --file=/backups/cv.dump postgresql://cv@db.example:5432/childvoice"
    )
    assert "s3cret" not in line


async def test_the_timed_screener_observes_every_screening() -> None:
    from childvoice.screening import default_screener

    before = metrics.SCREENING.collect()[0].samples
    count = next(s.value for s in before if s.name.endswith("_count"))
    timed = metrics.TimedScreener(default_screener())
    timed.screen("hello", "en", None)
    after = metrics.SCREENING.collect()[0].samples
    assert next(s.value for s in after if s.name.endswith("_count")) == count + 1
