"""The ``childvoice`` command (interfaces in DESIGN.md; keep them stable)."""

from __future__ import annotations

import argparse
import asyncio
import ctypes
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from childvoice import logs
from childvoice.config import load_settings
from childvoice.errors import ConfigError

#: Rooms that bring their own sub-commands: each module has ``register(subparsers)`` and
#: ``run(args) -> int | None`` (None: not mine). Kept here so the command list is one place.
COMMAND_MODULES: tuple[str, ...] = ("childvoice.sources.commands", "childvoice.organiser.commands", "childvoice.dbcopy")


def _command_modules() -> list[ModuleType]:
    found = []
    for name in COMMAND_MODULES:
        try:
            found.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
    return found


def add_database_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--database", help="sqlite:///path or postgresql://… (default: a SQLite file in the data folder)")
    p.add_argument("--data-dir", help="folder for the SQLite file and the secret key (default: ./data)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="childvoice", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="apply migrations and run the web service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--demo", action="store_true", help="create the sample event")
    add_database_options(serve)

    init = sub.add_parser("init", help="create or upgrade the database")
    init.add_argument("--demo", action="store_true", help="create the sample event")
    add_database_options(init)

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    upgrade = db_sub.add_parser("upgrade", help="apply migrations")
    add_database_options(upgrade)

    screen = sub.add_parser("screen", help="screen JSON Lines {id, text, lang?} and print one JSON line per item")
    screen.add_argument("file", nargs="?", default="-")
    screen.add_argument(
        "--rules",
        metavar="DIR",
        help="a rules folder laid out like moderation/, to try edited rules; default: the shipped rules",
    )
    user = sub.add_parser("user", help="staff accounts")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add", help="create a staff account; the password is read from standard input")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["admin", "moderator", "safeguarding", "chair"])
    add.add_argument("--training-date", help="date of safeguarding training (YYYY-MM-DD), needed for moderator roles")
    add_database_options(add)

    totp = sub.add_parser("totp", help="print the current 6-digit code for a TOTP secret (for the demo)")
    totp.add_argument("secret")
    for module in _command_modules():
        module.register(sub)
    return parser


async def _init(database: str | None, data_dir: str | None, demo: bool) -> None:
    from childvoice import migrate
    from childvoice.db import Database
    from childvoice.events import ensure_demo_event

    db = Database(load_settings(database, data_dir))
    try:
        await migrate.upgrade(db)
        if demo:
            await ensure_demo_event(db)
    finally:
        await db.close()


M_ARENA_MAX = -8  # mallopt parameter number, from glibc's malloc.h


def _fewer_malloc_arenas() -> None:
    """glibc gives each thread that allocates its own malloc arena; with one thread per SQLite
    connection the heap fragments and the server's memory creeps up under load. One arena
    serves one event loop and its helper threads (the same as MALLOC_ARENA_MAX=1)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(M_ARENA_MAX, 1)
    except (OSError, AttributeError):  # not glibc (musl, …): nothing to tune
        return


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    _fewer_malloc_arenas()

    from childvoice.web.app import create_app

    settings = load_settings(args.database, args.data_dir)
    app = create_app(settings, demo=args.demo, public_url=f"http://{args.host}:{args.port}/", demo_posts=args.demo)
    where = settings.database_url.split("://", 1)[0]
    print(f"childvoice: open http://{args.host}:{args.port}/ (database: {where})", flush=True)
    # Behind a reverse proxy on this machine (CHILDVOICE_TRUSTED_PROXY=1), take scheme and client from its headers,
    # so staff cookies are marked Secure under HTTPS.
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        access_log=False,
        log_config=None,
        proxy_headers=settings.trusted_proxy,
        forwarded_allow_ips="127.0.0.1" if settings.trusted_proxy else None,
    )
    return 0


def _user_add(args: argparse.Namespace) -> int:
    from datetime import date

    from childvoice import migrate
    from childvoice.db import Database
    from childvoice.permissions import Role
    from childvoice.staff import accounts

    password = sys.stdin.readline().rstrip("\n")
    training = date.fromisoformat(args.training_date) if args.training_date else None

    async def create() -> str:
        db = Database(load_settings(args.database, args.data_dir))
        try:
            await migrate.upgrade(db)
            user, secret = await accounts.create_user(
                db, args.name, Role(args.role), password, training, actor="system:cli"
            )
            return accounts.provisioning_uri(user.name, secret)
        finally:
            await db.close()

    try:
        uri = asyncio.run(create())
    except accounts.AccountError as exc:
        print(f"childvoice: {exc}", file=sys.stderr)
        return 2
    print(f"created {args.name} ({args.role}). Add this to an authenticator app:\n{uri}")
    return 0


def _screen(path: str, rules: str | None = None) -> int:
    from childvoice.screening import Screener
    from childvoice.screening.jsonl import run_jsonl
    from childvoice.screening.rules import RuleError

    screener = None
    if rules is not None:
        try:
            screener = Screener(Path(rules))
        except (RuleError, OSError) as e:
            print(f"childvoice screen: {e}", file=sys.stderr)
            return 2
    if path == "-":
        return run_jsonl(sys.stdin, sys.stdout, screener)
    with open(path, encoding="utf-8") as infile:
        return run_jsonl(infile, sys.stdout, screener)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logs.configure()
    try:
        if args.command == "serve":
            return _serve(args)
        if args.command == "init":
            asyncio.run(_init(args.database, args.data_dir, args.demo))
            print("childvoice: database ready", flush=True)
            return 0
        if args.command == "db":
            asyncio.run(_init(args.database, args.data_dir, False))
            print("childvoice: migrations applied", flush=True)
            return 0
        if args.command == "screen":
            return _screen(args.file, args.rules)
        if args.command == "user":
            return _user_add(args)
        if args.command == "totp":
            import pyotp

            print(pyotp.TOTP(args.secret.replace(" ", "").upper()).now())
            return 0
        for module in _command_modules():
            result = module.run(args)
            if result is not None:
                return int(result)
    except ConfigError as exc:
        print(f"childvoice: {exc}", file=sys.stderr)
        return 2
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
