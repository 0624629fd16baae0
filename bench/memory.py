"""Resident memory of the server on a database of 1 M items, before, during and after a load run.

    python bench/memory.py [--items 1000000] [--seconds 120] [--database sqlite:///path] [--with-report]

Seeds a database to ``--items`` (``bench/seed.py``; pass ``--database`` to reuse one, e.g. the
folder ``bench/queue_scale.py --keep DIR`` left), starts ``childvoice serve``, and samples the
server's RSS (``/proc/PID/status``) every 5 s while: 50 moderator streams are open, a
moderator reloads the queue page and its list twice a second, a chair reloads the chair
list once a second, and wrk posts submissions on 32 connections for ``--seconds``.
``--with-report`` also opens the event report at the end (it reads every item: see the note
in bench/README.md).
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from benchkit import add_staff, init_database, machine, reproduce, run_wrk, sign_in, sse_listen, start_childvoice
from seed import seed

PASSWORD = "bench password for memory"


def browse(base: str, cookies: dict[str, str], path: str, every: float, stop: threading.Event) -> None:
    with httpx.Client(base_url=base, cookies=cookies, timeout=60) as client:
        while not stop.is_set():
            client.get(path)
            stop.wait(every)


def streams(port: int, cookie: str, count: int, stop: threading.Event) -> None:
    async def go() -> None:
        tasks = [
            asyncio.create_task(sse_listen(port, "/staff/live", cookie, lambda _p, _t: None)) for _ in range(count)
        ]
        while not stop.is_set():
            await asyncio.sleep(0.2)
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    asyncio.run(go())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=1_000_000)
    ap.add_argument("--seconds", type=int, default=120)
    ap.add_argument("--database", default=None, help="reuse a seeded database (sqlite:///… or postgresql://…)")
    ap.add_argument("--with-report", action="store_true")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="childvoice-bench-memory-"))
    database = a.database or f"sqlite:///{tmp / 'childvoice.sqlite3'}"
    try:
        init_database(database, tmp)
        asyncio.run(seed(database, a.items, tmp))
        suffix = int(time.time())
        names = {"mod": f"memmod{suffix}", "chair": f"memchair{suffix}"}
        mod = add_staff(database, tmp, names["mod"], "moderator", PASSWORD)
        chair = add_staff(database, tmp, names["chair"], "chair", PASSWORD)
        server = start_childvoice(database, tmp)
        samples: list[tuple[float, float, str]] = []
        t0 = time.monotonic()

        def sample(label: str) -> None:
            samples.append((time.monotonic() - t0, server.rss_mb(), label))
            print(f"  {samples[-1][0]:6.0f} s  RSS {samples[-1][1]:6.0f} MB  {label}", flush=True)

        try:
            print(f"machine: {machine()}")
            print(f"database: {database.split('://')[0]} with {a.items} items; load for {a.seconds} s")
            sample("started")
            mod_jar = sign_in(server.base, names["mod"], PASSWORD, mod)
            chair_jar = sign_in(server.base, names["chair"], PASSWORD, chair)
            stop = threading.Event()
            workers = [
                threading.Thread(
                    target=streams,
                    args=(server.port, "; ".join(f"{k}={v}" for k, v in mod_jar.items()), 50, stop),
                    daemon=True,
                ),
                threading.Thread(target=browse, args=(server.base, mod_jar, "/staff/queue", 0.5, stop), daemon=True),
                threading.Thread(
                    target=browse, args=(server.base, mod_jar, "/staff/queue/list", 0.5, stop), daemon=True
                ),
                threading.Thread(target=browse, args=(server.base, chair_jar, "/staff/chair", 1.0, stop), daemon=True),
            ]
            for w in workers:
                w.start()
            time.sleep(3)
            sample("50 streams open, staff pages loading")
            done = threading.Event()

            def loaded() -> None:
                run_wrk(server.base, a.seconds, 32)
                done.set()

            load = threading.Thread(target=loaded, daemon=True)
            load.start()
            while not done.wait(5):
                sample("under load")
            sample("load finished")
            stop.set()
            time.sleep(3)
            sample("streams closed, idle")
            peak = max(s[1] for s in samples)
            print(f"summary: peak RSS {peak:.0f} MB, after the run {samples[-1][1]:.0f} MB  goal ≤ 200 MB")
            if a.with_report:
                with httpx.Client(base_url=server.base, cookies=chair_jar, timeout=600) as client:
                    t = time.perf_counter()
                    status = client.get("/staff/reports/1").status_code
                    print(f"report: HTTP {status} in {time.perf_counter() - t:.1f} s")
                sample("after opening the report")
            print(reproduce("memory.py"))
        finally:
            server.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
