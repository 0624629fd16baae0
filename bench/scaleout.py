"""Scale-out: two childvoice processes on one PostgreSQL behind a round-robin proxy, against one.

    python bench/scaleout.py [--rounds 3] [--seconds 10] [--connections 32] [--postgres URL]

A throwaway PostgreSQL cluster (fsync on) unless ``--postgres`` names one. Instances A and B
share the database and the secret key. Two proxies (``bench/rrproxy.py``) are started: one
in front of A alone and one in front of A and B, so both measurements pay the same proxy;
wrk (the same script as bench/submit.py) drives one and then the other, alternating.

Throughout, a moderator signed in on A holds a live stream on A; at the end it must have
heard of every item, including those B stored (LISTEN/NOTIFY across instances).

On a 2-core machine the two instances, PostgreSQL, the proxy and wrk share two cores: the
ratio shows whether anything but CPU limits one instance, not what a second machine adds.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchkit import (
    Server,
    WrkResult,
    add_staff,
    free_port,
    fresh_pg_database,
    init_database,
    machine,
    postgres,
    reproduce,
    run_wrk,
    sign_in,
    spread,
    sse_listen,
    start_childvoice,
)

PASSWORD = "bench password for scale-out"
BENCH = Path(__file__).resolve().parent


def start_proxy(backends: list[Server], data_dir: Path) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    args = [sys.executable, str(BENCH / "rrproxy.py"), "--port", str(port)]
    for b in backends:
        args += ["--backend", f"127.0.0.1:{b.port}"]
    log = (data_dir / f"proxy-{port}.log").open("wb")
    proc = subprocess.Popen(args, stdout=log, stderr=log)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            import httpx

            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc, port
        except Exception:
            time.sleep(0.1)
    raise SystemExit("proxy did not start")


class StreamWatcher:
    """A moderator's live stream on one instance, in a thread of its own: counts new items it hears of."""

    def __init__(self, port: int, cookie: str) -> None:
        self.ids: set[int] = set()
        self._ready = threading.Event()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, args=(port, cookie), daemon=True)
        self._thread.start()
        if not self._ready.wait(15):
            raise SystemExit("the moderator stream did not open")

    def _run(self, port: int, cookie: str) -> None:
        def on_data(payload: dict[str, Any], _at: float) -> None:
            if payload.get("type") == "submission" and isinstance(payload.get("id"), int):
                self.ids.add(payload["id"])

        async def go() -> None:
            ready = asyncio.Event()
            task = asyncio.create_task(sse_listen(port, "/staff/live", cookie, on_data, ready=ready))
            await ready.wait()
            self._ready.set()
            await task

        try:
            self._loop.run_until_complete(go())
        except Exception:
            return


def stored_by_count(database: str) -> int:
    import asyncpg

    async def q() -> int:
        conn = await asyncpg.connect(database)
        try:
            return int(await conn.fetchval("SELECT count(*) FROM submissions WHERE source = 'web'"))
        finally:
            await conn.close()

    return asyncio.run(q())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--postgres", default=None, help="a PostgreSQL server URL (default: a throwaway cluster)")
    a = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="childvoice-bench-scaleout-"))
    procs: list[subprocess.Popen[bytes]] = []
    servers: list[Server] = []
    with postgres(a.postgres) as pg:
        try:
            database = fresh_pg_database(pg, "cv_scaleout")
            init_database(database, tmp)
            secret = add_staff(database, tmp, "smod", "moderator", PASSWORD)
            inst_a = start_childvoice(database, tmp / "a", name="A")
            inst_b = start_childvoice(database, tmp / "b", name="B")
            servers += [inst_a, inst_b]
            one, one_port = start_proxy([inst_a], tmp)
            two, two_port = start_proxy([inst_a, inst_b], tmp)
            procs += [one, two]
            jar = sign_in(inst_a.base, "smod", PASSWORD, secret)
            watcher = StreamWatcher(inst_a.port, "; ".join(f"{k}={v}" for k, v in jar.items()))
            print(f"machine: {machine()}")
            print(f"PostgreSQL (fsync on); {a.connections} connections; {a.rounds} rounds of {a.seconds:g} s")
            for port in (one_port, two_port):
                run_wrk(f"http://127.0.0.1:{port}", 2, a.connections)
            results: dict[str, list[WrkResult]] = {"one instance": [], "two instances": []}
            ratios = []
            for r in range(a.rounds):
                order = [("one instance", one_port), ("two instances", two_port)]
                if r % 2:
                    order.reverse()
                got = {}
                for name, port in order:
                    got[name] = run_wrk(f"http://127.0.0.1:{port}", a.seconds, a.connections)
                    results[name].append(got[name])
                    print(f"round {r + 1} {name:<14} {got[name].row()}", flush=True)
                ratios.append(got["two instances"].rps / got["one instance"].rps)
                print(f"round {r + 1} ratio two/one: {ratios[-1]:.2f}", flush=True)
            time.sleep(2)
            stored = stored_by_count(database)
            print("\nsummary (median [min–max] over rounds):")
            for name, rows in results.items():
                print(
                    f"  {name:<14} req/s {spread([x.rps for x in rows]):>24}"
                    f"   p99 ms {spread([x.p99_ms for x in rows])}"
                )
            print(f"  ratio two/one (same round): {spread(ratios)}  goal ≥ 1.6 (cores here: {os.cpu_count()})")
            print(
                f"  the moderator stream on A heard of {len(watcher.ids)} items; the database holds {stored} web items "
                f"(half of them stored by B during the two-instance rounds)"
                + ("  OK" if len(watcher.ids) >= stored else "  MISSING EVENTS")
            )
            print(reproduce("scaleout.py"))
        finally:
            for p in procs:
                p.terminate()
                p.wait(10)
            for s in servers:
                s.stop()
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
