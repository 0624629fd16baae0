"""``childvoice event import``, ``report``, ``purge`` and ``backup`` (registered through ``cli.COMMAND_MODULES``)."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from childvoice import clock, migrate
from childvoice.cli import add_database_options
from childvoice.config import load_settings
from childvoice.db import Database
from childvoice.errors import EventSpecError
from childvoice.events import all_events
from childvoice.ops import backup
from childvoice.organiser import eventspec, report, retention
from childvoice.paths import STATIC_DIR


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    event = subparsers.add_parser("event", help="organiser: set up events")
    event_sub = event.add_subparsers(dest="event_command", required=True)
    imp = event_sub.add_parser(
        "import", help="create or update an event from a TOML file (same settings as /staff/admin/events)"
    )
    imp.add_argument("file", type=Path)
    add_database_options(imp)

    rep = subparsers.add_parser("report", help="the summary report of an event, as JSON or a printable HTML file")
    rep.add_argument("--event", required=True, metavar="SLUG")
    rep.add_argument("--format", choices=("json", "html"), default="json")
    add_database_options(rep)

    purge = subparsers.add_parser(
        "purge", help="reduce items of events past their retention days to aggregates, and delete their texts"
    )
    purge.add_argument("--dry-run", action="store_true", help="only say what would be deleted")
    add_database_options(purge)

    back = subparsers.add_parser(
        "backup", help="copy the SQLite database while it runs (for PostgreSQL: print the pg_dump command)"
    )
    back.add_argument("path", type=Path)
    add_database_options(back)


def run(args: argparse.Namespace) -> int | None:
    if args.command == "event":
        return asyncio.run(_import(args))
    if args.command == "report":
        return asyncio.run(_report(args))
    if args.command == "purge":
        return asyncio.run(_purge(args))
    if args.command == "backup":
        return _backup(args)
    return None


async def _open(args: argparse.Namespace) -> Database:
    db = Database(load_settings(args.database, args.data_dir))
    await migrate.upgrade(db)
    return db


async def _import(args: argparse.Namespace) -> int:
    try:
        spec = eventspec.load_file(args.file)
    except (OSError, EventSpecError) as exc:
        print(f"childvoice: {args.file}: {exc}", file=sys.stderr)
        return 2
    db = await _open(args)
    try:
        event_id, created = await eventspec.save(db, spec, "system:cli")
    finally:
        await db.close()
    verb = "created" if created else "updated"
    print(
        f"childvoice: event {spec.slug} {verb} (id {event_id}): open {spec.opens_at:%Y-%m-%d %H:%M} – "
        f"{spec.closes_at:%Y-%m-%d %H:%M} UTC, {len(spec.panels)} panels, {len(spec.helplines)} helpline overrides"
    )
    return 0


def render_html(built: report.Report) -> str:
    """A self-contained printable page (styles inlined: it is opened from a file, not the server)."""
    from childvoice import i18n
    from childvoice.web.pages import templates
    from childvoice.web.staff.organiser import report_context

    i18n.set_language("en")
    sheets = ("childvoice.css", "staff.css", "organiser.css")
    css = "\n".join((STATIC_DIR / name).read_text(encoding="utf-8") for name in sheets)
    context = {
        **report_context(built),
        "standalone_css": css,
        "lang": "en",
        "dir": "ltr",
        "session": None,
        "perms": frozenset(),
    }
    return templates().env.get_template("staff/report.html").render(context)


async def _report(args: argparse.Namespace) -> int:
    db = await _open(args)
    try:
        event = next((e for e in await all_events(db) if e.slug == args.event), None)
        if event is None:
            print(f"childvoice: no event with the short name {args.event!r}", file=sys.stderr)
            return 1
        built = await report.build(db, event.id, clock.now())
    finally:
        await db.close()
    assert built is not None
    if args.format == "json":
        sys.stdout.write(json.dumps(built.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_html(built))
    sys.stdout.flush()
    return 0


async def _purge(args: argparse.Namespace) -> int:
    console = Console(stderr=False)
    db = await _open(args)
    try:
        due = await retention.due(db)
        if not due:
            console.print("childvoice: nothing is due for deletion.")
            return 0
        for d in due:
            console.print(
                f"{'would reduce' if args.dry_run else 'reducing'} event [bold]{d.event.slug}[/bold] "
                f"(closed {d.event.closes_at:%Y-%m-%d}, due since {d.due_since:%Y-%m-%d}) to aggregates: "
                f"delete {d.items} items (texts and receipt codes), {d.translations} translations, "
                f"{d.case_notes} case notes, and blank {d.audit_notes} staff notes in the audit log; "
                f"read-out questions {'kept' if d.keep_read_out else 'deleted'}.",
                highlight=False,
            )
        if args.dry_run:
            console.print("childvoice: dry run, nothing was changed.")
            return 0
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
            transient=False,
        ) as progress:

            async def on_event(d: retention.Due) -> retention.Progress:
                task = progress.add_task(d.event.slug, total=d.items)
                return lambda n: progress.advance(task, n)

            result = await retention.purge_due(db, on_event=on_event)
        console.print(
            f"childvoice: {result.items} items from {result.events} events reduced to aggregates; "
            "the texts are no longer in the database files."
        )
        return 0
    finally:
        await db.close()


def _backup(args: argparse.Namespace) -> int:
    settings = load_settings(args.database, args.data_dir)
    target: Path = args.path
    if not settings.is_sqlite:
        print("childvoice: this database is PostgreSQL; back it up with pg_dump, for example:")
        print("  " + backup.pg_dump_command(settings.database_url, target))
        print("and restore with: pg_restore --clean --if-exists --no-owner -d DATABASE_URL " + str(target))
        return 0
    console = Console()
    try:
        with Progress(
            TextColumn("backup"), BarColumn(), MofNCompleteColumn(), console=console, transient=True
        ) as progress:
            task = progress.add_task("backup", total=None)
            pages = backup.backup_sqlite(
                backup.sqlite_path(settings),
                target,
                lambda done, total: progress.update(task, completed=done, total=total),
            )
    except FileExistsError:
        print(f"childvoice: {target} exists already; choose a new file name", file=sys.stderr)
        return 2
    except FileNotFoundError:
        print("childvoice: there is no database file to back up yet", file=sys.stderr)
        return 1
    print(f"childvoice: backed up {pages} pages to {target} (readable by you only)")
    return 0
