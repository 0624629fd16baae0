"""Retention: a purged event keeps only de-identified aggregates, and its words leave the database files."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from childvoice import clock
from childvoice.cli import main
from childvoice.config import Settings
from childvoice.db import Database
from childvoice.organiser import report, retention
from childvoice.tables import audit, case_notes, event_aggregates, group_details, submissions, translations
from tests.organiser.seed import ALL_MARKERS, EXPECTED, SPEC, seed, text

AFTER = SPEC["closes_at"] + timedelta(days=31)  # type: ignore[operator]


def _files(settings: Settings) -> bytes:
    path = Path(settings.database_url.split(":///", 1)[1])
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


async def _count(db: Database, table, *where) -> int:  # type: ignore[no-untyped-def]
    async with db.read() as conn:
        return int((await conn.execute(select(func.count()).select_from(table).where(*where))).scalar_one())


@pytest.fixture
def later() -> object:
    clock.set_clock(lambda: AFTER)
    yield
    clock.set_clock(None)


async def test_nothing_is_due_before_the_retention_days_are_over(db: Database) -> None:
    seeded = await seed(db)
    assert await retention.due(db, seeded.event.closes_at + timedelta(days=29)) == []
    due = await retention.due(db, AFTER)
    assert [(d.event.slug, d.items, d.translations, d.case_notes, d.audit_notes) for d in due] == [
        ("seeded-panel", 7, 1, 1, 1)
    ]


async def test_purge_leaves_only_aggregates_and_the_texts_leave_the_files(db: Database, settings: Settings) -> None:
    seeded = await seed(db)
    before = await report.build(db, seeded.event.id, AFTER)
    assert before is not None
    if db.is_sqlite:
        assert all(m.encode() in _files(settings) for m in ("QMARK3ZX", "QMARKCASENOTEZX"))  # the check can fail

    result = await retention.purge_due(db, AFTER)

    assert (result.events, result.items) == (1, 7)
    ids = list(seeded.ids.values())
    for table in (submissions, translations, case_notes, group_details):
        column = table.c.id if table is submissions else table.c.submission_id
        assert await _count(db, table, column.in_(ids)) == 0, table.name
    assert await _count(db, audit, audit.c.note.is_not(None), audit.c.submission_id.is_(None)) == 0
    assert await _count(db, event_aggregates) == 1
    after = await report.build(db, seeded.event.id, AFTER)
    assert after is not None and after.purged_items == 7
    assert after.figures == before.figures.without_texts()  # the same figures, without the read-out text
    assert after.figures.by_source == EXPECTED["by_source"] and after.over_time() == EXPECTED["over_time"]
    if db.is_sqlite:
        data = _files(settings)
        for marker in ALL_MARKERS:
            assert marker.encode() not in data, marker
    assert await retention.due(db, AFTER) == []  # a second run finds nothing


async def test_read_out_questions_stay_when_the_organiser_kept_them(db: Database, settings: Settings) -> None:
    seeded = await seed(db, {"keep_read_out": True})
    await retention.purge_due(db, AFTER)
    after = await report.build(db, seeded.event.id, AFTER)
    assert after is not None and [q["text"] for q in after.figures.read_out] == [text(1)]
    if db.is_sqlite:
        data = _files(settings)
        for marker in ALL_MARKERS:
            if marker not in ("QMARK1ZX", "QMARKTRANSLATIONZX"):
                assert marker.encode() not in data, marker


async def test_purge_in_small_batches_counts_every_item_once(db: Database) -> None:
    seeded = await seed(db)
    before = await report.build(db, seeded.event.id, AFTER)
    [due] = await retention.due(db, AFTER)
    steps: list[int] = []
    assert await retention.purge_event(db, due, steps.append, batch=2) == 7
    assert steps == [2, 2, 2, 1]
    after = await report.build(db, seeded.event.id, AFTER)
    assert before is not None and after is not None
    assert after.figures == before.figures.without_texts()


async def test_purge_command_dry_run_changes_nothing_then_purges(
    db: Database, settings: Settings, later: object, capsys: pytest.CaptureFixture[str]
) -> None:
    seeded = await seed(db)
    clock.set_clock(lambda: AFTER)
    url = settings.database_url.replace("+aiosqlite", "").replace("+asyncpg", "")
    args = ["--database", url, "--data-dir", str(settings.data_dir)]
    assert await asyncio.to_thread(main, ["purge", "--dry-run", *args]) == 0
    out = capsys.readouterr().out
    assert "would reduce event seeded-panel" in out and "delete 7 items" in out and "nothing was changed" in out
    assert await _count(db, submissions, submissions.c.event_id == seeded.event.id) == 7
    assert await asyncio.to_thread(main, ["purge", *args]) == 0
    assert "7 items from 1 events reduced to aggregates" in capsys.readouterr().out
    assert await _count(db, submissions, submissions.c.event_id == seeded.event.id) == 0
    assert await asyncio.to_thread(main, ["purge", *args]) == 0
    assert "nothing is due" in capsys.readouterr().out


async def test_the_daily_purge_runs_then_waits_and_never_raises(db: Database) -> None:
    await seed(db)
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 2:
            raise asyncio.CancelledError

    class State:
        pass

    state = State()
    state.db = db  # type: ignore[attr-defined]
    clock.set_clock(lambda: AFTER)
    try:
        await retention.run_daily_purge(state, interval=3600, sleep=sleep)
    finally:
        clock.set_clock(None)
    assert waits == [3600, 3600]
    assert await _count(db, submissions, submissions.c.event_id != 1) == 0

    async def stop(seconds: float) -> None:
        raise asyncio.CancelledError

    await asyncio.wait_for(retention.run_daily_purge(object(), sleep=stop), 5)  # a broken state is logged


async def test_the_childrens_outcome_page_keeps_its_counts_after_the_purge(db: Database) -> None:
    from childvoice import outcomes

    seeded = await seed(db)
    before = await outcomes.outcome(db, seeded.event.id)
    assert before.messages > 0
    await retention.purge_due(db, AFTER)
    after = await outcomes.outcome(db, seeded.event.id)
    assert (after.messages, after.countries, after.languages, after.read_out) == (
        before.messages,
        before.countries,
        before.languages,
        before.read_out,
    )
