"""Queue at scale: staff pages at 10 k, 100 k and 1 M items, and the query plans behind them.

    python bench/queue_scale.py [--sizes 10000,100000,1000000] [--repeat 15] [--postgres [URL]] [--keep DIR]

One database grows through the sizes (``bench/seed.py``); at each size a fresh server answers,
signed in as a moderator and as a chair, each page ``--repeat`` times one after another (after
one warm-up request); the figure is the time until the whole answer arrived over loopback,
which is the server's time plus well under a millisecond. Then the queue query is run
in process with ``EXPLAIN QUERY PLAN`` (SQLite) or ``EXPLAIN`` (PostgreSQL).
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from benchkit import (
    add_staff,
    fresh_pg_database,
    init_database,
    machine,
    percentile,
    postgres,
    reproduce,
    sign_in,
    start_childvoice,
)
from seed import seed

PASSWORD = "bench password for the queue"


async def middle_pending_id(database: str, data_dir: Path) -> tuple[int, int]:
    """(event id, an id in the middle of the pending items): a deep keyset page."""
    from sqlalchemy import func, select

    from childvoice.config import load_settings
    from childvoice.db import Database
    from childvoice.tables import submissions

    db = Database(load_settings(database, data_dir))
    try:
        async with db.read() as conn:
            lo, hi, event_id = (
                await conn.execute(
                    select(func.min(submissions.c.id), func.max(submissions.c.id), func.max(submissions.c.event_id))
                )
            ).one()
        return int(event_id), (int(lo) + int(hi)) // 2
    finally:
        await db.close()


async def queue_plan(database: str, data_dir: Path) -> tuple[str, list[str]]:
    """The queue query as ``reviewqueue.pending`` sends it, and the engine's plan for it."""
    from sqlalchemy import event, text

    from childvoice import reviewqueue
    from childvoice.config import load_settings
    from childvoice.db import Database
    from childvoice.events import current_event

    db = Database(load_settings(database, data_dir))
    seen: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if "FROM submissions" in statement and "claims" in statement:
            seen.append((statement, parameters))

    event.listen(db.engine.sync_engine, "before_cursor_execute", capture)
    try:
        ev = await current_event(db)
        assert ev is not None
        await reviewqueue.pending(db, ev.id, reviewqueue.Filters())
        statement, params = seen[-1]
        lines: list[str] = []
        async with db.read() as conn:
            raw = await conn.get_raw_connection()
            dbapi: Any = raw.driver_connection
            if db.is_sqlite:
                cursor = await dbapi.execute("EXPLAIN QUERY PLAN " + statement, params)
                lines = [f"{r[0]:>3} {r[1]:>3}  {r[3]}" for r in await cursor.fetchall()]
            else:
                rows = await dbapi.fetch("EXPLAIN (ANALYZE, BUFFERS) " + statement, *params)
                lines = [r[0] for r in rows]
            await conn.execute(text("SELECT 1"))
        return statement, lines
    finally:
        await db.close()


def timed(client: httpx.Client, path: str, repeat: int) -> list[float]:
    response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"{path} answered {response.status_code}: {response.text[:300]}")
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        response = client.get(path)
        out.append((time.perf_counter() - t0) * 1000)
        assert response.status_code == 200
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--postgres", nargs="?", const="", default=None, help="run on PostgreSQL (URL, or a throwaway)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the SQLite database in this folder (for memory.py)")
    a = ap.parse_args()
    sizes = [int(s) for s in a.sizes.split(",")]
    tmp = a.keep or Path(tempfile.mkdtemp(prefix="childvoice-bench-queue-"))
    tmp.mkdir(parents=True, exist_ok=True)
    ctx = postgres(a.postgres or None) if a.postgres is not None else None
    pg = ctx.__enter__() if ctx else ""
    try:
        database = fresh_pg_database(pg, "cv_queue") if pg else f"sqlite:///{tmp / 'childvoice.sqlite3'}"
        init_database(database, tmp)
        mod_secret = add_staff(database, tmp, "qmod", "moderator", PASSWORD)
        chair_secret = add_staff(database, tmp, "qchair", "chair", PASSWORD)
        print(f"machine: {machine()}")
        print(f"database: {database.split('://')[0]}")
        table: list[tuple[int, str, float, float]] = []
        for size in sizes:
            t0 = time.perf_counter()
            asyncio.run(seed(database, size, tmp))
            print(f"seeded to {size} items in {time.perf_counter() - t0:.0f} s", flush=True)
            event_id, middle = asyncio.run(middle_pending_id(database, tmp))
            server = start_childvoice(database, tmp)
            try:
                pages = {
                    "queue page": ("mod", "/staff/queue"),
                    "queue, language=fr": ("mod", "/staff/queue?language=fr"),
                    "queue, flag=personal_info": ("mod", "/staff/queue?flag=personal_info"),
                    "queue, deep page (after=middle id)": ("mod", f"/staff/queue?after={middle}"),
                    "queue list fragment (live refresh)": ("mod", "/staff/queue/list"),
                    "chair list": ("chair", "/staff/chair"),
                    "report": ("chair", f"/staff/reports/{event_id}"),
                }
                cookies = {
                    "mod": sign_in(server.base, "qmod", PASSWORD, mod_secret),
                    "chair": sign_in(server.base, "qchair", PASSWORD, chair_secret),
                }
                clients = {k: httpx.Client(base_url=server.base, cookies=v, timeout=600) for k, v in cookies.items()}
                for name, (who, path) in pages.items():
                    repeat = a.repeat if name != "report" else max(3, a.repeat // 5)
                    try:
                        got = timed(clients[who], path, repeat)
                    except (SystemExit, httpx.HTTPError) as exc:
                        print(f"  {size:>8} {name:<36} failed: {str(exc)[:200]}", flush=True)
                        table.append((size, name, float("nan"), float("nan")))
                        continue
                    med, p90 = statistics.median(got), percentile(got, 90)
                    table.append((size, name, med, p90))
                    print(f"  {size:>8} {name:<36} median {med:8.1f} ms   p90 {p90:8.1f} ms", flush=True)
                for c in clients.values():
                    c.close()
                print(f"  server RSS: {server.rss_mb():.0f} MB", flush=True)
            finally:
                server.stop()
        statement, plan = asyncio.run(queue_plan(database, tmp))
        print("\nqueue query (reviewqueue.pending):\n  " + " ".join(statement.split()))
        print("plan:\n  " + "\n  ".join(plan))
        print("\nsummary, median ms (goal: queue page ≤ 50 ms, flat across sizes):")
        names = list(dict.fromkeys(n for _, n, _, _ in table))
        print(f"  {'page':<36}" + "".join(f"{s:>12}" for s in sizes))
        for name in names:
            cells = {s: m for s, n, m, _ in table if n == name}
            print(f"  {name:<36}" + "".join(f"{cells.get(s, float('nan')):12.1f}" for s in sizes))
        print(reproduce("queue_scale.py"))
    finally:
        if ctx:
            ctx.__exit__(None, None, None)
        if a.keep is None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
