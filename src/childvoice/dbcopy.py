"""``childvoice db copy --from URL --to URL``: move every row from one database to another, with a progress bar.

For moving from the embedded SQLite file to PostgreSQL when one instance is no longer enough
(and back). The target is brought to the latest migration first and must hold no data; the
source must be at the latest migration too (``childvoice db upgrade --database FROM``). Rows
go table by table in dependency order, in batches, through the same table definitions the
service uses (so timestamps stay UTC and JSON stays JSON); PostgreSQL's id sequences are then
moved past the copied ids. The copy is one transaction on the target: it is all there or
not at all. Stop the service while copying: rows written meanwhile would be missed.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from typing import Any

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from sqlalchemy import Connection, Integer, Table, func, insert, select, text
from sqlalchemy.ext.asyncio import AsyncConnection

from childvoice import migrate
from childvoice.config import load_settings
from childvoice.db import Database
from childvoice.errors import ConfigError
from childvoice.tables import metadata

BATCH = 2000
COMMAND = "db-copy"


class CopyError(Exception):
    """The copy cannot start: the source is behind, or the target already holds data."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``db copy`` under the existing ``db`` command (or ``db-copy`` if there is no ``db`` command)."""
    db = subparsers.choices.get("db")
    nested = next((a for a in db._actions if isinstance(a, argparse._SubParsersAction)), None) if db else None
    helptext = "copy every row from one database to another (SQLite ↔ PostgreSQL), with a progress bar"
    p = nested.add_parser("copy", help=helptext) if nested else subparsers.add_parser(COMMAND, help=helptext)
    p.add_argument("--from", dest="copy_from", required=True, metavar="URL", help="sqlite:///path or postgresql://…")
    p.add_argument("--to", dest="copy_to", required=True, metavar="URL", help="sqlite:///path or postgresql://…")
    p.add_argument("--data-dir", help="folder for the secret key when none is set (default: ./data)")
    # The nested parser's defaults win over the outer ``command="db"``, so cli.main hands this to ``run``.
    p.set_defaults(command=COMMAND)


def run(args: argparse.Namespace) -> int | None:
    if args.command != COMMAND:
        return None
    console = Console(stderr=True)
    try:
        counts = asyncio.run(copy(args.copy_from, args.copy_to, args.data_dir, console=console))
    except (CopyError, ConfigError) as exc:
        print(f"childvoice: {exc}", file=sys.stderr)
        return 2
    print(f"childvoice: copied {sum(counts.values())} rows in {len(counts)} tables")
    return 0


def _head() -> str:
    head = ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()
    assert head is not None
    return head


def _revision(sync_conn: Connection) -> str | None:
    return MigrationContext.configure(sync_conn).get_current_revision()


async def _counts(conn: AsyncConnection, tables: list[Table]) -> dict[str, int]:
    return {t.name: int((await conn.execute(select(func.count()).select_from(t))).scalar_one()) for t in tables}


def _order(table: Table) -> list[Any]:
    return list(table.primary_key.columns) or list(table.columns)


async def copy(
    source_url: str,
    target_url: str,
    data_dir: str | None = None,
    console: Console | None = None,
    progress_factory: Callable[..., Progress] | None = None,
) -> dict[str, int]:
    """Copy every table's rows; returns rows copied per table."""
    if source_url == target_url:
        raise CopyError("--from and --to are the same database")
    source = Database(load_settings(source_url, data_dir))
    target = Database(load_settings(target_url, data_dir))
    tables = list(metadata.sorted_tables)
    try:
        async with source.read() as conn:
            have = await conn.run_sync(_revision)
        if have != _head():
            raise CopyError(
                f"the source is at migration {have or 'none'}, not {_head()}: "
                "run `childvoice db upgrade --database FROM` first"
            )
        await migrate.upgrade(target)
        async with target.read() as conn:
            filled = {k: v for k, v in (await _counts(conn, tables)).items() if v}
        if filled:
            raise CopyError("the target already holds data (" + ", ".join(f"{k}: {v}" for k, v in filled.items()) + ")")
        async with source.read() as conn:
            totals = await _counts(conn, tables)
        columns = (TextColumn("{task.description:<20}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        make = progress_factory or Progress
        with make(*columns, console=console or Console(stderr=True), transient=False) as progress:
            async with source.read() as src, target.write() as dst:
                for table in tables:
                    task = progress.add_task(table.name, total=totals[table.name])
                    result = await src.stream(select(table).order_by(*_order(table)))
                    async for rows in result.mappings().partitions(BATCH):
                        await dst.execute(insert(table), [dict(r) for r in rows])
                        progress.update(task, advance=len(rows))
                    if not target.is_sqlite:
                        await _move_sequence(dst, table)
        async with target.read() as conn:
            copied = await _counts(conn, tables)
        if copied != totals:
            raise CopyError(f"row counts differ after the copy: {copied} != {totals}")
        return copied
    finally:
        await source.close()
        await target.close()


async def _move_sequence(conn: AsyncConnection, table: Table) -> None:
    """After explicit ids were copied, the next id PostgreSQL hands out must come after them."""
    pk = list(table.primary_key.columns)
    if len(pk) != 1 or not isinstance(pk[0].type, Integer) or pk[0].autoincrement is False:
        return
    column = pk[0].name
    sequence = (
        await conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column})
    ).scalar()
    if sequence:
        top = (await conn.execute(select(func.max(pk[0])))).scalar()
        await conn.execute(text("SELECT setval(:s, :next, false)"), {"s": sequence, "next": int(top or 0) + 1})
