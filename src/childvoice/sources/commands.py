"""``childvoice ingest x|mastodon`` and ``childvoice export`` (registered through ``cli.COMMAND_MODULES``)."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

from childvoice import migrate
from childvoice.broadcast import make_broadcaster
from childvoice.cli import add_database_options
from childvoice.config import load_settings
from childvoice.db import Database
from childvoice.events import current_event, event_by_slug
from childvoice.export import FORMATS, export
from childvoice.ops import heartbeats
from childvoice.screening import default_screener
from childvoice.sources import background, names
from childvoice.sources.base import Counts, Destination
from childvoice.states import State


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ingest = subparsers.add_parser("ingest", help="read hashtag posts (X, Mastodon) into the same screening and queue")
    sources = ingest.add_subparsers(dest="ingest_source", required=True)

    from_x = sources.add_parser(
        "x",
        help="poll X recent search for the current event's hashtags (needs CHILDVOICE_X_BEARER_TOKEN)",
    )
    add_database_options(from_x)
    from_x.add_argument("--once", action="store_true", help="poll once (every page) and exit")
    from_x.add_argument("--replay", metavar="FILE", help="read recorded API v2 search responses, one JSON page a line")

    from_mastodon = sources.add_parser("mastodon", help="poll a Mastodon instance's hashtag timelines")
    add_database_options(from_mastodon)
    from_mastodon.add_argument("--instance", metavar="URL", help="the instance, e.g. https://mastodon.social")
    from_mastodon.add_argument("--once", action="store_true", help="poll once (every page) and exit")
    from_mastodon.add_argument(
        "--replay", metavar="FILE", help="read recorded timeline responses, one JSON list a line"
    )

    out = subparsers.add_parser("export", help="write every item as JSON Lines or CSV to standard output")
    add_database_options(out)
    out.add_argument("--format", choices=FORMATS, default="jsonl")
    out.add_argument("--event", metavar="SLUG", help="only this event's items (default: every event)")
    out.add_argument(
        "--state",
        nargs="+",
        action="extend",
        choices=[s.value for s in State],
        metavar="STATE",
        help="only items in these states (" + ", ".join(s.value for s in State) + ")",
    )


def run(args: argparse.Namespace) -> int | None:
    if args.command == "ingest":
        return asyncio.run(_ingest(args))
    if args.command == "export":
        return asyncio.run(_export(args))
    return None


def _summary(counts: Counts) -> str:
    return (
        f"{counts.stored} stored, {counts.duplicates} already there, {counts.blocked} from blocked authors, "
        f"{counts.refused} refused (empty or too long), {counts.outside} written outside the event's open hours, "
        f"{counts.escalated} sent to safeguarding"
    )


async def _ingest(args: argparse.Namespace) -> int:
    source = str(args.ingest_source)
    if source == names.MASTODON and not args.replay and not args.instance:
        print("childvoice: ingest mastodon needs --instance URL (or --replay FILE)", file=sys.stderr)
        return 2
    token = os.environ.get(background.X_TOKEN_ENV, "").strip()
    if source == names.X and not args.replay and not token:
        print(f"childvoice: set {background.X_TOKEN_ENV} to poll X (or use --replay FILE)", file=sys.stderr)
        return 2
    settings = load_settings(args.database, args.data_dir)
    db = Database(settings)
    # On PostgreSQL this process's new items reach the servers' live pages through LISTEN/NOTIFY.
    broadcaster = make_broadcaster(settings)
    await broadcaster.start()
    try:
        await migrate.upgrade(db)
        event = await current_event(db)
        if event is None:
            print("childvoice: no event yet (create one, or run childvoice init --demo)", file=sys.stderr)
            return 1
        dest = Destination(db, default_screener(), broadcaster, settings.secret_key)
        if args.replay:
            from childvoice.sources.replay import replay  # the clients' parsers: only when replaying

            counts = await replay(Path(args.replay), source, dest, event)
            print(f"childvoice: replayed into event {event.slug}: {_summary(counts)}", flush=True)
            return 0
        cycles = 1 if args.once else None
        if source == names.X:
            failed = await background.run_x(
                dest,
                token,
                interval=background.seconds_from_env(background.X_POLL_ENV, background.DEFAULT_POLL_SECONDS),
                recheck_every=background.seconds_from_env(background.X_RECHECK_ENV, background.DEFAULT_RECHECK_SECONDS),
                cycles=cycles,
            )
        else:
            failed = await background.run_mastodon(
                dest,
                str(args.instance),
                access_token=os.environ.get(background.MASTODON_TOKEN_ENV),
                interval=background.seconds_from_env(background.MASTODON_POLL_ENV, background.DEFAULT_POLL_SECONDS),
                cycles=cycles,
            )
        if args.once and any(b.name == source and b.note == "standby" for b in heartbeats.statuses()):
            print(f"childvoice: another instance is polling {source} (it holds the lock); nothing read", flush=True)
        return 0 if failed == 0 else 1
    finally:
        await broadcaster.stop()
        await db.close()


async def _export(args: argparse.Namespace) -> int:
    db = Database(load_settings(args.database, args.data_dir))
    try:
        event_id = None
        if args.event:
            event = await event_by_slug(db, args.event)
            if event is None:
                print(f"childvoice: no event {args.event!r}", file=sys.stderr)
                return 2
            event_id = event.id
        only = [State(s) for s in args.state] if args.state else None
        try:
            await export(db, sys.stdout, args.format, only, event_id)
            sys.stdout.flush()
        except BrokenPipeError:  # "childvoice export | head": the reader has all it wanted
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        await db.close()
