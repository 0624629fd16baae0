"""Shared fixtures: a real database of each kind, the app in process, a clock to move.

PostgreSQL: ``CHILDVOICE_TEST_POSTGRES_URL`` if set, else a throwaway cluster started
here from Debian's packages. With ``CHILDVOICE_REQUIRE_POSTGRES=1`` (CI) a missing
server fails the run instead of skipping those tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import glob
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest

from childvoice import migrate
from childvoice.config import RateLimits, Settings, load_settings
from childvoice.db import Database
from childvoice.events import ensure_demo_event
from childvoice.web.app import create_app

SHARED = Path(__file__).resolve().parents[2] / "shared"
HOSTILE = Path(__file__).resolve().parent / "data" / "blns.json"


def hostile_strings() -> list[str]:
    """The Big List of Naughty Strings (MIT), copied into tests/data so CI needs nothing beside the repo."""
    return [s for s in json.loads(HOSTILE.read_text(encoding="utf-8")) if isinstance(s, str)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


def start_server(database_url: str, data_dir: Path, port: int, **env: str) -> subprocess.Popen[bytes]:
    """``childvoice serve --demo`` as a real process, as a new user would start it; waits until it answers."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with (data_dir / "server.log").open("ab") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "childvoice",
                "serve",
                "--demo",
                "--port",
                str(port),
                "--database",
                database_url,
                "--data-dir",
                str(data_dir),
            ],
            env={**os.environ, **env},
            stdout=log,
            stderr=log,
        )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    proc.wait(10)
    raise AssertionError("server did not start: " + (data_dir / "server.log").read_text()[-2000:])


@pytest.fixture(autouse=True, scope="session")
def _cheap_password_hashing() -> None:
    """argon2id with the smallest parameters in process: the same code path, a thousandth of the cost.

    Servers started as real processes (``start_server``) keep the real parameters.
    """
    from argon2 import PasswordHasher

    from childvoice.staff import accounts

    accounts.use_hasher(PasswordHasher(time_cost=1, memory_cost=64, parallelism=1))


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str | None]:
    url = os.environ.get("CHILDVOICE_TEST_POSTGRES_URL")
    if url:
        yield url
        return
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        yield None
        return
    folder = tempfile.mkdtemp(prefix="childvoice-pg-")
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    data, port = os.path.join(folder, "data"), free_port()
    subprocess.run(
        [*as_postgres, initdb, "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"],
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    subprocess.run(
        [*as_postgres, pg_ctl, "-D", data, "-w", "-l", os.path.join(folder, "log"), "-o", options, "start"],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_postgres, pg_ctl, "-D", data, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def _fresh_pg_database(server_url: str) -> str:
    name = "cv_" + uuid.uuid4().hex[:12]

    async def create() -> None:
        conn = await asyncpg.connect(server_url)
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()

    asyncio.run(create())
    return server_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path, postgres_url: str | None) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'childvoice.sqlite3'}"
    if postgres_url is None:
        if os.environ.get("CHILDVOICE_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL is required (CHILDVOICE_REQUIRE_POSTGRES=1) but no server could be started")
        pytest.skip("no PostgreSQL server available")
    return _fresh_pg_database(postgres_url)


@pytest.fixture
def settings(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.delenv("CHILDVOICE_SECRET_KEY", raising=False)
    monkeypatch.delenv("CHILDVOICE_RATE_LIMITS", raising=False)
    return load_settings(database_url, tmp_path / "data")


@pytest.fixture
async def db(settings: Settings) -> AsyncIterator[Database]:
    database = Database(settings)
    await migrate.upgrade(database)
    await ensure_demo_event(database)
    yield database
    await database.close()


class AppHarness:
    """The app with its lifespan running, and an httpx client talking to it in process."""

    def __init__(self, app: Any, client: httpx.AsyncClient) -> None:
        self.app = app
        self.client = client

    @property
    def state(self) -> Any:
        return self.app.state


@contextlib.asynccontextmanager
async def running_app(settings: Settings) -> AsyncIterator[AppHarness]:
    app = create_app(settings, demo=True)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            yield AppHarness(app, client)


@pytest.fixture
async def harness(settings: Settings) -> AsyncIterator[AppHarness]:
    async with running_app(settings) as h:
        yield h


@pytest.fixture
def no_rate_limits(settings: Settings) -> Settings:
    return replace(settings, rate_limits=RateLimits(enabled=False))


DEMO_LINE = re.compile(r"^\s+(\w+)\s+name (\S+)\s+password (\S+)\s+TOTP secret (\S+)", re.MULTILINE)


def demo_logins(data_dir: Path) -> dict[str, tuple[str, str, str]]:
    """role -> (name, password, TOTP secret), as ``serve --demo`` printed them at its last start."""
    text = (data_dir / "server.log").read_text()
    found: dict[str, tuple[str, str, str]] = {}
    for role, name, password, secret in DEMO_LINE.findall(text):
        found[role] = (name, password, secret)
    return found


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Browser tests last: Playwright's sync API keeps a loop running that async tests cannot share."""
    items.sort(key=lambda item: "browser" in getattr(item, "fixturenames", ()))
