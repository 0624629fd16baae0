"""Migrations build exactly the schema in tables.py, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection

from childvoice.db import Database
from childvoice.tables import metadata


def _diff(conn: Connection) -> list[object]:
    context = MigrationContext.configure(conn)
    return [d for d in compare_metadata(context, metadata)]


async def test_migrated_schema_matches_the_tables(db: Database) -> None:
    async with db.read() as conn:
        diff = await conn.run_sync(_diff)
    assert diff == []
