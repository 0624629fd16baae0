"""``childvoice backup PATH``: a consistent copy of the SQLite database while the service runs.

SQLite's online backup API copies the database page by page under a read transaction,
so the copy is consistent even with writers at work (WAL mode). Deleted words are not in
the copy: ``secure_delete`` zeroed them in the source pages. For PostgreSQL there is no
file to copy here: :func:`pg_dump_command` says what to run instead.
"""

from __future__ import annotations

import os
import shlex
import sqlite3
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from childvoice.config import Settings

Progress = Callable[[int, int], None]


def sqlite_path(settings: Settings) -> Path:
    return Path(settings.database_url.split(":///", 1)[1])


def backup_sqlite(source: Path, target: Path, progress: Progress | None = None, pages_per_step: int = 256) -> int:
    """Copy ``source`` to ``target`` (which must not exist yet), readable by the owner only; returns the pages."""
    if not source.is_file():
        raise FileNotFoundError(source)
    if target.exists():
        raise FileExistsError(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    copied = 0

    def step(_status: int, remaining: int, total: int) -> None:
        nonlocal copied
        copied = total
        if progress is not None:
            progress(total - remaining, total)

    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst, pages=pages_per_step, progress=step)
            dst.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
            ok = dst.execute("PRAGMA integrity_check").fetchone()
        finally:
            dst.close()
    finally:
        src.close()
    if not ok or ok[0] != "ok":
        raise RuntimeError("the copy failed its integrity check")
    return copied


def pg_dump_command(database_url: str, target: Path) -> str:
    """The ``pg_dump`` line for a PostgreSQL database, with any password left out of it (use ~/.pgpass)."""
    url = database_url.replace("postgresql+asyncpg://", "postgresql://", 1)
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = (f"{parts.username}@" if parts.username else "") + host + (f":{parts.port}" if parts.port else "")
    clean = urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
    return f"pg_dump --format=custom --no-owner --file={shlex.quote(str(target))} {shlex.quote(clean)}"
