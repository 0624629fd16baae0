"""``childvoice db copy``: SQLite → PostgreSQL → SQLite keeps every row as it was, and the copy can go on living."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from childvoice import cli, clock, migrate
from childvoice.config import load_settings
from childvoice.db import Database
from childvoice.dbcopy import CopyError, copy
from childvoice.events import ensure_demo_event
from childvoice.permissions import Role
from childvoice.staff import accounts
from childvoice.tables import audit, metadata, submissions, translations
from tests.conftest import _fresh_pg_database

TEXTS = [
    "¿Por qué los juegos dejan que extraños nos escriban?",
    "为什么游戏让陌生人给孩子发消息？",
    "لماذا؟ 🙂",
    "a\nb",
]


@pytest.fixture
def pg_database(postgres_url: str | None) -> str:
    if postgres_url is None:
        if os.environ.get("CHILDVOICE_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL is required (CHILDVOICE_REQUIRE_POSTGRES=1) but no server could be started")
        pytest.skip("no PostgreSQL server available")
    return _fresh_pg_database(postgres_url)


async def _fill(url: str, data_dir: Path) -> None:
    db = Database(load_settings(url, data_dir))
    try:
        await migrate.upgrade(db)
        event_id = await ensure_demo_event(db)
        user, _ = await accounts.create_user(db, "amina", Role.MODERATOR, "a long password here", date(2026, 1, 2), "t")
        now = clock.now()
        async with db.write() as conn:
            for i, words in enumerate(TEXTS):
                sid = (
                    await conn.execute(
                        insert(submissions)
                        .values(
                            event_id=event_id,
                            source="web",
                            state="pending" if i % 2 else "approved",
                            version=i + 1,
                            text=words,
                            text_revision=1,
                            original_text=words if i % 2 else None,
                            language="es",
                            flags=["personal_info"] if i else [],
                            screening={"reasons": [], "spans": [[0, 2, "x"]]},
                            receipt_hash=f"{i:064d}",
                            received_at=now,
                            updated_at=now,
                            country="PE",
                        )
                        .returning(submissions.c.id)
                    )
                ).scalar_one()
                await conn.execute(
                    insert(audit).values(submission_id=sid, actor="system", action="web:submission:screen", at=now)
                )
                if i == 0:
                    await conn.execute(
                        insert(translations).values(
                            submission_id=sid, language="en", text="Why?", user_id=user.id, at=now
                        )
                    )
    finally:
        await db.close()


async def _dump(url: str, data_dir: Path) -> dict[str, list[dict[str, Any]]]:
    db = Database(load_settings(url, data_dir))
    try:
        out = {}
        async with db.read() as conn:
            for table in metadata.sorted_tables:
                order = list(table.primary_key.columns) or list(table.columns)
                out[table.name] = [dict(r) for r in (await conn.execute(select(table).order_by(*order))).mappings()]
        return out
    finally:
        await db.close()


async def test_copy_sqlite_to_postgresql_and_back_keeps_every_row(tmp_path: Path, pg_database: str) -> None:
    first, back = f"sqlite:///{tmp_path / 'first.sqlite3'}", f"sqlite:///{tmp_path / 'back.sqlite3'}"
    await _fill(first, tmp_path)
    original = await _dump(first, tmp_path)
    assert len(original["submissions"]) == len(TEXTS)

    to_pg = await copy(first, pg_database, str(tmp_path))
    assert to_pg["submissions"] == len(TEXTS)
    assert await _dump(pg_database, tmp_path) == original
    await copy(pg_database, back, str(tmp_path))
    assert await _dump(back, tmp_path) == original

    # The copy lives on: PostgreSQL hands out ids after the copied ones.
    db = Database(load_settings(pg_database, tmp_path))
    try:
        async with db.write() as conn:
            new_id = (
                await conn.execute(
                    insert(audit).values(actor="system", action="test:copy:after", at=clock.now()).returning(audit.c.id)
                )
            ).scalar_one()
    finally:
        await db.close()
    assert new_id > max(r["id"] for r in original["audit"])


async def test_copy_refuses_a_target_that_holds_data(tmp_path: Path) -> None:
    a, b = f"sqlite:///{tmp_path / 'a.sqlite3'}", f"sqlite:///{tmp_path / 'b.sqlite3'}"
    await _fill(a, tmp_path)
    await _fill(b, tmp_path)
    with pytest.raises(CopyError, match="already holds data"):
        await copy(a, b, str(tmp_path))


def test_db_copy_command_copies_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import asyncio

    a, b = f"sqlite:///{tmp_path / 'a.sqlite3'}", f"sqlite:///{tmp_path / 'b.sqlite3'}"
    asyncio.run(_fill(a, tmp_path))
    assert cli.main(["db", "copy", "--from", a, "--to", b, "--data-dir", str(tmp_path)]) == 0
    assert "copied" in capsys.readouterr().out
    assert asyncio.run(_dump(b, tmp_path)) == asyncio.run(_dump(a, tmp_path))
    assert cli.main(["db", "copy", "--from", a, "--to", b, "--data-dir", str(tmp_path)]) == 2
