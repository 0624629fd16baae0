"""Fill a childvoice database with made-up submissions (and their first audit rows), with a progress bar.

    python bench/seed.py --database sqlite:///data/bench.sqlite3 --to 1000000

Adds items to the demo event until the database holds ``--to`` of them (run it again with a
larger number to grow the same database). The mix is what a busy event could look like:
six languages, four panels and none, three sources, a third rejected, a third approved,
a quarter waiting in the queue, a few escalated, resolved and withdrawn; shortlisted and
read-out items stay a few hundred whatever the size, as a chair reads out a few dozen.
The texts are invented sentences; no real child's words.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import random
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from sqlalchemy import func, insert, select

from childvoice import clock, migrate
from childvoice.config import load_settings
from childvoice.db import Database
from childvoice.events import current_event, ensure_demo_event
from childvoice.tables import audit, submissions

LANGS = ("en", "fr", "es", "ar", "ru", "zh")
COUNTRIES = ("PE", "FR", "KE", "IN", "BR", "EG", "RU", "CN", "MX", "GB", "NG", "PH", None)
AGE_BANDS = ("8-10", "11-13", "14-15", "16-17", None)
SOURCES = ("web", "web", "web", "x", "mastodon")
#: (state, share) for the bulk of items; shortlisted and read_out are capped separately.
STATES = (
    ("rejected", 0.33),
    ("approved", 0.33),
    ("pending", 0.26),
    ("escalated", 0.02),
    ("resolved", 0.02),
    ("withdrawn", 0.04),
)
CHAIR_CAP = {"shortlisted": 200, "read_out": 60}
WORDS = {
    "en": [
        "why",
        "do",
        "games",
        "let",
        "strangers",
        "message",
        "children",
        "and",
        "how",
        "can",
        "laws",
        "make",
        "apps",
        "safer",
        "for",
        "us",
    ],
    "fr": [
        "pourquoi",
        "les",
        "jeux",
        "laissent",
        "des",
        "inconnus",
        "écrire",
        "aux",
        "enfants",
        "et",
        "comment",
        "rendre",
        "les",
        "applis",
        "sûres",
    ],
    "es": [
        "por",
        "qué",
        "los",
        "juegos",
        "dejan",
        "que",
        "extraños",
        "escriban",
        "a",
        "los",
        "niños",
        "y",
        "cómo",
        "hacer",
        "apps",
        "seguras",
    ],
    "ar": [
        "لماذا",
        "تسمح",
        "الألعاب",
        "للغرباء",
        "بمراسلة",
        "الأطفال",
        "وكيف",
        "تجعل",
        "القوانين",
        "التطبيقات",
        "آمنة",
    ],
    "ru": [
        "почему",
        "игры",
        "разрешают",
        "незнакомцам",
        "писать",
        "детям",
        "и",
        "как",
        "сделать",
        "приложения",
        "безопасными",
    ],
    "zh": ["为什么", "游戏", "让", "陌生人", "给", "孩子", "发消息", "法律", "怎样", "让", "应用", "更", "安全"],
}


def _text(rng: random.Random, lang: str) -> str:
    words = WORDS[lang]
    sep = "" if lang == "zh" else " "
    return sep.join(rng.choice(words) for _ in range(rng.randint(8, 40)))[:600]


def _state(rng: random.Random, chair_left: dict[str, int]) -> str:
    for name, left in chair_left.items():
        if left > 0 and rng.random() < 0.001:
            chair_left[name] -= 1
            return name
    x, acc = rng.random(), 0.0
    for name, share in STATES:
        acc += share
        if x < acc:
            return name
    return "pending"


async def count(db: Database) -> int:
    async with db.read() as conn:
        return int((await conn.execute(select(func.count()).select_from(submissions))).scalar_one())


async def seed(database: str, target: int, data_dir: Path | None = None, batch: int = 5000, seed: int = 1) -> int:
    """Add items until the database holds ``target``; returns how many were added."""
    settings = load_settings(database, data_dir or Path(tempfile_dir()))
    db = Database(settings)
    try:
        await migrate.upgrade(db)
        await ensure_demo_event(db)
        event = await current_event(db)
        assert event is not None
        panel_ids = [p.id for p in event.panels] + [None]
        have = await count(db)
        todo = max(0, target - have)
        if not todo:
            return 0
        rng = random.Random(seed * 1_000_003 + have)
        async with db.read() as conn:
            placed: dict[str, int] = dict(
                (
                    await conn.execute(
                        select(submissions.c.state, func.count())
                        .where(submissions.c.state.in_(list(CHAIR_CAP)))
                        .group_by(submissions.c.state)
                    )
                ).all()
            )
        chair_left = {k: v - int(placed.get(k, 0)) for k, v in CHAIR_CAP.items()}
        start = clock.now() - timedelta(days=2)
        columns = [
            TextColumn("[bold]seeding"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("items"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
        ]
        with Progress(*columns, transient=False) as progress:
            task = progress.add_task("seed", total=todo)
            done = 0
            while done < todo:
                n = min(batch, todo - done)
                rows: list[dict[str, Any]] = []
                audits: list[dict[str, Any]] = []
                for i in range(n):
                    k = have + done + i
                    lang = LANGS[k % len(LANGS)]
                    state = _state(rng, chair_left)
                    at = start + timedelta(milliseconds=k * 150)
                    text = "" if state == "withdrawn" else _text(rng, lang)
                    source = rng.choice(SOURCES)
                    flags = ["personal_info"] if rng.random() < 0.05 else (["spam"] if rng.random() < 0.03 else [])
                    rows.append(
                        {
                            "event_id": event.id,
                            "panel_id": rng.choice(panel_ids),
                            "source": source,
                            "source_id": f"seed-{k}" if source != "web" else None,
                            "state": state,
                            "version": 1,
                            "text": text,
                            "text_revision": 1,
                            "original_text": text if state in ("pending", "escalated") else None,
                            "language": lang,
                            "detected_language": lang,
                            "age_band": rng.choice(AGE_BANDS),
                            "country": rng.choice(COUNTRIES),
                            "flags": flags,
                            "screening": {"reasons": [], "rules": "seed", "spans": []},
                            "receipt_hash": hashlib.sha256(f"seed-{seed}-{k}".encode()).hexdigest()
                            if source == "web"
                            else None,
                            "author_hash": None,
                            "received_at": at,
                            "updated_at": at,
                            "decided_at": at + timedelta(minutes=3) if state in ("approved", "rejected") else None,
                            "read_out_at": at + timedelta(hours=1) if state == "read_out" else None,
                        }
                    )
                async with db.write() as conn:
                    first = (await conn.execute(select(func.coalesce(func.max(submissions.c.id), 0)))).scalar_one()
                    await conn.execute(insert(submissions), rows)
                    ids = (
                        (
                            await conn.execute(
                                select(submissions.c.id).where(submissions.c.id > first).order_by(submissions.c.id)
                            )
                        )
                        .scalars()
                        .all()
                    )
                    for sid, row in zip(ids, rows, strict=True):
                        audits.append(
                            {
                                "submission_id": sid,
                                "actor": "system",
                                "action": f"{row['source']}:submission:screen",
                                "from_state": None,
                                "to_state": "pending",
                                "reason": None,
                                "note": None,
                                "at": row["received_at"],
                            }
                        )
                    await conn.execute(insert(audit), audits)
                done += n
                progress.update(task, advance=n)
        return todo
    finally:
        await db.close()


def tempfile_dir() -> str:
    import tempfile

    return tempfile.mkdtemp(prefix="childvoice-seed-")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--database", required=True, help="sqlite:///path or postgresql://…")
    ap.add_argument("--to", type=int, default=1_000_000, help="items the database should hold")
    ap.add_argument("--data-dir", type=Path, default=None)
    a = ap.parse_args()
    t0 = time.perf_counter()
    added = asyncio.run(seed(a.database, a.to, a.data_dir))
    took = time.perf_counter() - t0
    print(f"added {added} items in {took:.1f} s ({added / took if took else 0:.0f} items/s); now {a.to}")
    print("reproduce: python bench/seed.py " + " ".join(sys.argv[1:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
