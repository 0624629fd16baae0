"""Submission throughput: childvoice's full path against a bare Starlette + aiosqlite app, in one run.

    python bench/submit.py [--rounds 3] [--seconds 10] [--connections 32] [--profile]

Both servers run at once, each as its own uvicorn process on SQLite (WAL, synchronous=FULL);
wrk drives one and then the other, alternating (the order flips every round), so both see
the same noise from the rest of the machine. Each wrk connection fetches the form once (its
CSRF cookie and token) and then only POSTs, with ``CHILDVOICE_RATE_LIMITS=off``.

childvoice's path per POST: form parsing, CSRF check, validation, text cleaning, screening,
one transaction with the item and its audit row (committed to disk before the answer),
the live event, and the receipt page. The bare app: one INSERT and commit, a tiny page.

``--profile`` samples the childvoice server with py-spy during one more round and prints
where its time goes (installs py-spy with pip when missing).
"""

from __future__ import annotations

import argparse
import collections
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchkit import Server, WrkResult, init_database, machine, reproduce, run_wrk, spread, start_bare, start_childvoice


def profile(server: Server, seconds: float, connections: int, out: Path) -> None:
    if not shutil.which("py-spy"):
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "py-spy"], check=True)
    raw = out / "submit.pyspy.txt"
    spy = subprocess.Popen(
        [
            "py-spy",
            "record",
            "--pid",
            str(server.proc.pid),
            "--format",
            "raw",
            "--rate",
            "200",
            "--duration",
            str(int(seconds)),
            "--output",
            str(raw),
            "--nonblocking",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.5)
    run_wrk(server.base, seconds - 1, connections)
    spy.wait(seconds + 30)
    print_profile(raw)


#: Frames that say which part of the request the time is spent in (the first match from the top of a stack wins).
BUCKETS = (
    ("screening", ("childvoice/screening/",)),
    ("templates (receipt page)", ("jinja2/", "/templates/")),
    ("sqlite commit/fsync", ("commit (sqlalchemy", "_commit_impl", "do_commit")),
    ("database (SQLAlchemy + aiosqlite)", ("sqlalchemy/", "aiosqlite/", "sqlite3")),
    ("form parsing", ("multipart", "formparsers")),
    ("text cleaning/validation", ("childvoice/textinput", "childvoice/intake.py:_validated", "childvoice/i18n")),
    ("HTTP server (uvicorn/h11)", ("uvicorn/", "h11/")),
    ("asyncio loop", ("asyncio/",)),
)


def print_profile(raw: Path) -> None:
    """Aggregate py-spy's collapsed stacks: share of samples per bucket, and the top leaf functions."""
    buckets: collections.Counter[str] = collections.Counter()
    leaves: collections.Counter[str] = collections.Counter()
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, count_s = line.rpartition(" ")
        if not count_s.isdigit():
            continue
        count = int(count_s)
        total += count
        frames = stack.split(";")
        leaves[frames[-1]] += count
        for name, needles in BUCKETS:
            if any(n in f for f in frames for n in needles):
                buckets[name] += count
                break
        else:
            buckets["other"] += count
    if not total:
        print("profile: no samples")
        return
    idle = sum(
        c for leaf, c in leaves.items() if "select (selectors" in leaf or ("_run_once" in leaf and "select" in leaf)
    )
    print(f"\nprofile of the childvoice server (py-spy, {total} samples; idle in select: {idle / total:.0%}):")
    print("  samples per part of the request (a sample counts once, for the first matching part):")
    for name, count in buckets.most_common():
        print(f"    {count / total:6.1%}  {name}")
    print("  top leaf functions:")
    for leaf, count in leaves.most_common(12):
        print(f"    {count / total:6.1%}  {leaf[:110]}")
    print(f"  raw stacks: {raw}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--connections", type=int, default=32)
    ap.add_argument("--profile", action="store_true", help="sample the childvoice server with py-spy afterwards")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    a = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="childvoice-bench-submit-"))
    database = f"sqlite:///{tmp / 'cv' / 'childvoice.sqlite3'}"
    init_database(database, tmp / "cv")
    cv = start_childvoice(database, tmp / "cv")
    bare = start_bare(tmp / "bare" / "bare.sqlite3", tmp / "bare")
    results: dict[str, list[WrkResult]] = {"bare": [], "childvoice": []}
    ratios: list[float] = []
    try:
        print(f"machine: {machine()}")
        print(f"{a.connections} connections, {a.rounds} rounds of {a.seconds:g} s each, SQLite WAL synchronous=FULL")
        for server in (bare, cv):  # warm up: imports, caches, first pages
            run_wrk(server.base, 2, a.connections)
        for r in range(a.rounds):
            order = (bare, cv) if r % 2 == 0 else (cv, bare)
            got = {}
            for server in order:
                got[server.name] = run_wrk(server.base, a.seconds, a.connections)
                results[server.name].append(got[server.name])
                print(f"round {r + 1} {server.name:<10} {got[server.name].row()}", flush=True)
            ratios.append(got["childvoice"].rps / got["bare"].rps)
            print(f"round {r + 1} ratio childvoice/bare: {ratios[-1]:.2f}", flush=True)
        print("\nsummary (median [min–max] over rounds):")
        for name, rows in results.items():
            print(
                f"  {name:<10} req/s {spread([x.rps for x in rows]):>22}"
                f"   p50 ms {spread([x.p50_ms for x in rows]):>20}"
                f"   p99 ms {spread([x.p99_ms for x in rows]):>22}"
            )
        print(f"  ratio childvoice/bare (same round): {spread(ratios)}  goal ≥ 0.6")
        p99 = statistics.median(x.p99_ms for x in results["childvoice"])
        print(f"  childvoice p99: {p99:.1f} ms  goal ≤ 50 ms")
        print(f"  childvoice server RSS after the run: {cv.rss_mb():.0f} MB")
        if a.profile:
            profile(cv, a.seconds, a.connections, tmp)
        print(reproduce("submit.py"))
    finally:
        cv.stop()
        bare.stop()
        if not a.keep and not a.profile:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
