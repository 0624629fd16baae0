"""Live latency: from a child's POST to the event on every moderator's stream, with room displays connected.

    python bench/live.py [--moderators 50] [--displays 500] [--items 200] [--rate 10] [--rounds 2]
                         [--postgres [URL]]

Staff accounts are made with ``childvoice user add`` (known password, TOTP secret read from
the provisioning URI), signed in through the real form; 50 moderator streams share 5
sessions (tabs). Display links are created the way the chair's page does (``displays.create``),
and 500 ``/display/{token}/live`` streams are held open: they hear every event and filter
it, which is the load they put on the server. Then items are posted one after another at
``--rate`` per second, and for every item the time from sending its POST to the arrival of
its event on each of the 50 moderator streams is recorded (50 samples per item).

With ``--postgres`` (a throwaway cluster, or the URL given) the server runs on PostgreSQL, so
events go through LISTEN/NOTIFY.
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
    post_form,
    postgres,
    reproduce,
    sign_in,
    spread,
    sse_listen,
    start_childvoice,
)

PASSWORD = "bench password for live streams"


async def make_display_links(database: str, data_dir: Path, count: int) -> list[str]:
    from childvoice.config import load_settings
    from childvoice.db import Database
    from childvoice.displays import create
    from childvoice.events import current_event

    db = Database(load_settings(database, data_dir))
    try:
        event = await current_event(db)
        assert event is not None
        return [(await create(db, event.id, f"room {i}", "system:bench"))[1] for i in range(count)]
    finally:
        await db.close()


async def measure(port: int, cookies: list[str], tokens: list[str], a: argparse.Namespace) -> dict[str, Any]:
    arrivals: dict[int, list[float]] = {}
    display_events = [0]

    def on_moderator(payload: dict[str, Any], at: float) -> None:
        if payload.get("state") == "pending" and isinstance(payload.get("id"), int):
            arrivals.setdefault(payload["id"], []).append(at)

    def on_display(payload: dict[str, Any], _at: float) -> None:
        display_events[0] += bool(payload)  # "hello" carries {}; a display only hears "changed" for the screen

    opened: list[int] = []
    tasks = []
    for i in range(a.moderators):
        path = "/staff/live"
        tasks.append(
            asyncio.create_task(sse_listen(port, path, cookies[i % len(cookies)], on_moderator, opened=opened))
        )
    for i in range(a.displays):
        tasks.append(asyncio.create_task(sse_listen(port, f"/display/{tokens[i]}/live", "", on_display, opened=opened)))
        if i % 50 == 49:
            await asyncio.sleep(0.05)
    deadline = time.monotonic() + 60
    while len(opened) < len(tasks) and time.monotonic() < deadline:
        failed = [t for t in tasks if t.done()]
        if failed:
            failed[0].result()
        await asyncio.sleep(0.1)
    print(f"  streams open: {len(opened)} of {len(tasks)} ({a.moderators} moderator, {a.displays} display)", flush=True)

    sent: list[float] = []
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as child:
        token = await post_form(child)
        for n in range(3):  # warm-up, not measured: first pages, first screening of each kind
            await child.post("/submit", data={"message": f"Warm-up question number {n}", "csrf": token})
        await asyncio.sleep(1)
        before = set(arrivals)
        for n in range(a.items):
            start = time.monotonic()
            sent.append(start)
            response = await child.post(
                "/submit", data={"message": f"How do apps keep children safe? ({n})", "csrf": token}
            )
            assert response.status_code == 200, response.status_code
            await asyncio.sleep(max(0.0, 1 / a.rate - (time.monotonic() - start)))
    await asyncio.sleep(2)
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)

    ids = sorted(set(arrivals) - before)[: len(sent)]
    latencies = [(at - sent[k]) * 1000 for k, sid in enumerate(ids) for at in arrivals[sid]]
    missing = a.items * a.moderators - len(latencies)
    return {"latencies": latencies, "missing": missing, "items_seen": len(ids), "display_events": display_events[0]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--moderators", type=int, default=50)
    ap.add_argument("--displays", type=int, default=500)
    ap.add_argument("--items", type=int, default=200)
    ap.add_argument("--rate", type=float, default=10, help="submissions per second")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--postgres", nargs="?", const="", default=None, help="run on PostgreSQL (URL, or a throwaway)")
    a = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="childvoice-bench-live-"))
    with postgres(a.postgres or None) if a.postgres is not None else _nothing() as pg:
        database = fresh_pg_database(pg, "cv_live") if pg else f"sqlite:///{tmp / 'childvoice.sqlite3'}"
        init_database(database, tmp)
        secrets_ = [add_staff(database, tmp, f"mod{i}", "moderator", PASSWORD) for i in range(5)]
        tokens = asyncio.run(make_display_links(database, tmp, a.displays))
        server = start_childvoice(database, tmp)
        try:
            cookies = []
            for i, secret in enumerate(secrets_):
                jar = sign_in(server.base, f"mod{i}", PASSWORD, secret)
                cookies.append("; ".join(f"{k}={v}" for k, v in jar.items()))
            print(f"machine: {machine()}")
            print(f"database: {database.split('://')[0]}; {a.items} items at {a.rate:g}/s per round")
            p50s, p99s, maxes = [], [], []
            for r in range(a.rounds):
                got = asyncio.run(measure(server.port, cookies, tokens, a))
                lat = got["latencies"]
                p50s.append(statistics.median(lat))
                p99s.append(percentile(lat, 99))
                maxes.append(max(lat))
                print(
                    f"round {r + 1}: {len(lat)} arrivals ({got['items_seen']} items × streams;"
                    f" missing {got['missing']})"
                    f"  p50 {p50s[-1]:.1f} ms  p99 {p99s[-1]:.1f} ms  max {maxes[-1]:.1f} ms"
                    f"  (display 'changed' events: {got['display_events']})",
                    flush=True,
                )
            print(f"summary: p50 {spread(p50s)} ms  p99 {spread(p99s)} ms  max {spread(maxes)} ms  goal p99 ≤ 100 ms")
            print(f"server RSS with the streams closed: {server.rss_mb():.0f} MB")
            print(reproduce("live.py"))
        finally:
            server.stop()
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


class _nothing:
    def __enter__(self) -> str:
        return ""

    def __exit__(self, *exc: object) -> None:
        return None


if __name__ == "__main__":
    sys.exit(main())
