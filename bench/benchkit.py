"""Shared pieces of the benchmarks: servers as real processes, a throwaway PostgreSQL, wrk, staff sign-in.

Nothing here talks to anything but 127.0.0.1. Every benchmark prints the command line that
reproduces it; absolute figures depend on the machine, ratios measured in one run less so.
"""

from __future__ import annotations

import asyncio
import contextlib
import glob
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pyotp

BENCH = Path(__file__).resolve().parent
LUA = BENCH / "submit.lua"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def machine() -> str:
    mem_kb = 0
    with contextlib.suppress(OSError), open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    cpu = platform.processor() or ""
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return (
        f"{os.cpu_count()} cores ({cpu}), {mem_kb / 1024 / 1024:.1f} GiB RAM, Python {platform.python_version()}, "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC"
    )


def reproduce(script: str) -> str:
    return "reproduce: python bench/" + script + (" " + " ".join(sys.argv[1:]) if sys.argv[1:] else "")


def spread(values: Sequence[float]) -> str:
    """median [min–max] of a few runs."""
    if not values:
        return "n/a"
    return f"{statistics.median(values):.2f} [{min(values):.2f}–{max(values):.2f}]"


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


# --- servers ------------------------------------------------------------------------------------


@dataclass
class Server:
    name: str
    port: int
    proc: subprocess.Popen[bytes]
    log: Path

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def rss_mb(self) -> float:
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def wait_healthy(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    proc.kill()
    raise SystemExit(f"server did not start ({url}):\n" + log.read_text(errors="replace")[-3000:])


def bench_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "CHILDVOICE_RATE_LIMITS": "off", "CHILDVOICE_SECRET_KEY": "bench-" + "k" * 40, **extra}
    env.pop("CHILDVOICE_DATABASE_URL", None)
    return env


def start_childvoice(database: str, data_dir: Path, name: str = "childvoice", **env: str) -> Server:
    """``childvoice serve`` as an operator would run it (one process, uvicorn), rate limits off."""
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = data_dir / f"{name}.log"
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "childvoice",
                "serve",
                "--port",
                str(port),
                "--database",
                database,
                "--data-dir",
                str(data_dir),
            ],
            env=bench_env(**env),
            stdout=out,
            stderr=out,
        )
    wait_healthy(f"http://127.0.0.1:{port}/healthz", proc, log)
    return Server(name, port, proc, log)


def start_bare(database_file: Path, data_dir: Path) -> Server:
    data_dir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = data_dir / "bare.log"
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, str(BENCH / "bare_app.py"), "--port", str(port), "--database", str(database_file)],
            env=bench_env(),
            stdout=out,
            stderr=out,
        )
    wait_healthy(f"http://127.0.0.1:{port}/", proc, log)
    return Server("bare", port, proc, log)


def childvoice_cli(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "childvoice", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env or bench_env(),
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"childvoice {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def init_database(database: str, data_dir: Path) -> None:
    """Migrations and the demo event (open for a month), as ``childvoice init --demo`` does."""
    childvoice_cli("init", "--demo", "--database", database, "--data-dir", str(data_dir))


def add_staff(database: str, data_dir: Path, name: str, role: str, password: str) -> str:
    """``childvoice user add``; returns the TOTP secret from the provisioning URI it prints."""
    out = childvoice_cli(
        "user",
        "add",
        name,
        "--role",
        role,
        "--training-date",
        "2026-01-15",
        "--database",
        database,
        "--data-dir",
        str(data_dir),
        stdin=password + "\n",
    )
    uri = next(line for line in out.splitlines() if line.startswith("otpauth://"))
    return urllib.parse.parse_qs(urllib.parse.urlparse(uri).query)["secret"][0]


def sign_in(base: str, name: str, password: str, secret: str) -> dict[str, str]:
    """Sign in through the real form; returns the session cookie (reusable by any number of streams)."""
    with httpx.Client(base_url=base) as client:
        page = client.get("/staff/login")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert token, page.text[:300]
        response = client.post(
            "/staff/login",
            data={"name": name, "password": password, "csrf": token.group(1), "code": pyotp.TOTP(secret).now()},
        )
        if response.status_code != 303:
            raise SystemExit(f"sign-in failed for {name}: {response.status_code}")
        return dict(client.cookies.items())


# --- PostgreSQL --------------------------------------------------------------------------------


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return candidates[-1] if candidates else None


@contextlib.contextmanager
def postgres(url: str | None = None, fsync: bool = True) -> Iterator[str]:
    """A PostgreSQL server URL: ``url`` if given, else a throwaway cluster (as tests/conftest.py starts one).

    Unlike the tests, the benchmark cluster keeps ``fsync=on`` by default: the figures are for durable commits.
    """
    if url:
        yield url
        return
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        raise SystemExit("PostgreSQL not found: apt-get install -y postgresql (or pass --postgres URL)")
    folder = tempfile.mkdtemp(prefix="childvoice-bench-pg-")
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
    options = (
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=200 "
        f"-c shared_buffers=256MB -c fsync={'on' if fsync else 'off'}"
    )
    subprocess.run(
        [*as_postgres, pg_ctl, "-D", data, "-w", "-l", os.path.join(folder, "log"), "-o", options, "start"],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_postgres, pg_ctl, "-D", data, "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def fresh_pg_database(server_url: str, name: str) -> str:
    import asyncio

    import asyncpg

    async def create() -> None:
        conn = await asyncpg.connect(server_url)
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()

    asyncio.run(create())
    return server_url.rsplit("/", 1)[0] + "/" + name


# --- wrk ---------------------------------------------------------------------------------------


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    print("wrk not found; installing it with apt-get (Debian package 'wrk')", flush=True)
    subprocess.run(["apt-get", "install", "-y", "wrk"], check=False, capture_output=True)
    if not shutil.which("wrk"):
        subprocess.run(["apt-get", "update"], check=False, capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "wrk"], check=True, capture_output=True)
    found = shutil.which("wrk")
    if not found:
        raise SystemExit("could not install wrk")
    return found


@dataclass(frozen=True)
class WrkResult:
    requests: int
    rps: float
    p50_ms: float
    p99_ms: float
    posts_ok: int
    posts_bad: int
    errors: int

    def row(self) -> str:
        return (
            f"{self.rps:8.0f} req/s  p50 {self.p50_ms:6.1f} ms  p99 {self.p99_ms:6.1f} ms  "
            f"(thanks {self.posts_ok}, other {self.posts_bad}, socket errors {self.errors})"
        )


def run_wrk(base: str, seconds: float, connections: int = 32, threads: int = 2) -> WrkResult:
    """wrk with ``submit.lua``: each connection fetches the form (its CSRF cookie) once, then only POSTs."""
    out = subprocess.run(
        [
            ensure_wrk(),
            f"-t{threads}",
            f"-c{connections}",
            f"-d{max(1, round(seconds))}s",
            "--timeout",
            "10s",
            "-s",
            str(LUA),
            base + "/",
            "--",
            str(max(1, connections // threads)),
        ],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    found = re.search(r"^JSON (.*)$", out, re.MULTILINE)
    if not found:
        raise SystemExit("wrk gave no result:\n" + out)
    d = json.loads(found.group(1))
    return WrkResult(
        requests=int(d["requests"]),
        rps=float(d["posts_ok"]) / float(d["seconds"]),
        p50_ms=float(d["p50_us"]) / 1000,
        p99_ms=float(d["p99_us"]) / 1000,
        posts_ok=int(d["posts_ok"]),
        posts_bad=int(d["posts_bad"]),
        errors=int(d["errors"]),
    )


# --- raw HTTP clients (light enough for hundreds of open streams in one process) ----------------


async def sse_listen(
    port: int,
    path: str,
    cookie: str,
    on_data: Callable[[dict[str, Any], float], None],
    ready: asyncio.Event | None = None,
    opened: list[int] | None = None,
) -> None:
    """Open one Server-Sent Events stream and call ``on_data(payload, monotonic time)`` per ``data:`` line."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port, limit=1 << 20)
    writer.write(
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\nCookie: {cookie}\r\n\r\n".encode()
    )
    await writer.drain()
    status = await reader.readline()
    if b" 200 " not in status:
        writer.close()
        raise RuntimeError(f"stream {path} answered {status!r}")
    try:
        while True:
            line = await reader.readline()
            if not line:
                return
            if line.startswith(b"event: hello"):
                if opened is not None:
                    opened.append(1)
                if ready is not None:
                    ready.set()
            elif line.startswith(b"data:"):
                with contextlib.suppress(ValueError):
                    on_data(json.loads(line[5:].strip() or b"{}"), time.monotonic())
    finally:
        writer.close()


async def post_form(client: httpx.AsyncClient) -> str:
    """A child's first visit: the CSRF token (the cookie stays in ``client``)."""
    page = await client.get("/")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token, page.text[:200]
    return token.group(1)
