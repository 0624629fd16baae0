"""Nothing a child was thanked for is lost; erased text leaves the database files."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from childvoice import audit, reviewqueue
from childvoice.tables import audit as audit_table
from childvoice.tables import submissions, translations
from tests.childflow import csrf_of, receipt_code, send_ok, status_page
from tests.conftest import AppHarness, free_port, start_server


def _db_bytes(database_url: str) -> bytes:
    path = Path(database_url.removeprefix("sqlite:///"))
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file())


async def test_erased_text_is_not_in_the_sqlite_files(harness: AppHarness, database_url: str) -> None:
    if not database_url.startswith("sqlite"):
        pytest.skip("byte-level check of the database files is for SQLite; PostgreSQL runs VACUUM")
    secret = "ZEBRA-MARKER-unique-7731 my secret words"
    keep = "OTHER-MARKER-unique-2219 another child"
    code = await send_ok(harness.client, secret)
    await send_ok(harness.client, keep)
    assert secret.encode() in _db_bytes(database_url)
    page = await status_page(harness.client, code)
    await harness.client.post("/status/erase", data={"code": code, "csrf": csrf_of(page.text), "confirm": "yes"})
    data = _db_bytes(database_url)
    assert b"ZEBRA-MARKER" not in data
    assert keep.encode() in data  # only that child's text went


async def test_erase_leaves_no_text_in_rows_nor_translations_nor_notes(harness: AppHarness) -> None:
    code = await send_ok(harness.client, "erase-me-please 55")
    async with harness.state.db.read() as conn:
        sid = (await conn.execute(select(submissions.c.id))).scalar_one()
    await reviewqueue.save_translation(harness.state.db, sid, "fr", "TRANSLATION-9931 efface-moi", user_id=1)
    async with harness.state.db.write() as conn:
        await audit.record(
            conn, actor="user:1", action="moderator:submission:note", submission_id=sid, note="NOTE-4471"
        )
    page = await status_page(harness.client, code)
    await harness.client.post("/status/erase", data={"code": code, "csrf": csrf_of(page.text), "confirm": "yes"})
    async with harness.state.db.read() as conn:
        row = (await conn.execute(select(submissions.c.text, submissions.c.original_text))).one()
        left = (await conn.execute(select(translations.c.text))).scalars().all()
        notes = (
            (await conn.execute(select(audit_table.c.note).where(audit_table.c.submission_id == sid))).scalars().all()
        )
    assert (tuple(row), left, set(notes)) == (("", None), [], {None})


@pytest.mark.slow
def test_server_killed_right_after_receipt_keeps_the_item(database_url: str, tmp_path: Path) -> None:
    port = free_port()
    proc = start_server(database_url, tmp_path / "data", port)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base) as client:
            token = csrf_of(client.get("/").text)
            response = client.post("/submit", data={"message": "survive the crash 42", "csrf": token})
            code = receipt_code(response.text)
            os.kill(proc.pid, signal.SIGKILL)  # no shutdown, no flush: as a power cut to the process
            proc.wait(10)
        proc = start_server(database_url, tmp_path / "data", port)
        with httpx.Client(base_url=base) as client:
            token = csrf_of(client.get("/status").text)
            status = client.post("/status", data={"code": code, "csrf": token})
            assert status.status_code == 200 and "status-received" in status.text
    finally:
        proc.kill()
        proc.wait(10)
