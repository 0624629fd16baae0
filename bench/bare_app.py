"""The bare reference for bench/submit.py: the fastest thing our own stack can do with a submission.

Starlette + aiosqlite under the same uvicorn, one INSERT (and commit) per POST, no checks:
no validation, no screening, no audit row, no templates, no live event. The database has
the same durability settings as childvoice (WAL, synchronous=FULL), so the reference is not
faster merely because it keeps less on disk.

    python bench/bare_app.py --port 8100 --database /tmp/bare.sqlite3
"""

from __future__ import annotations

import argparse
import contextlib
import secrets
from collections.abc import AsyncIterator

import aiosqlite
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

FORM = '<form method="post" action="/submit"><input type="hidden" name="csrf" value="{t}"><textarea name="message">'
FORM += "</textarea><button>Send</button></form>"


def create_app(path: str) -> Starlette:
    state: dict[str, aiosqlite.Connection] = {}

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        db = await aiosqlite.connect(path)
        await db.execute("PRAGMA journal_mode=WAL")
        await db.execute("PRAGMA synchronous=FULL")
        await db.execute(
            "CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, text TEXT NOT NULL, received_at REAL NOT NULL)"
        )
        await db.commit()
        state["db"] = db
        try:
            yield
        finally:
            await db.close()

    async def form(request: Request) -> Response:
        token = secrets.token_urlsafe(24)
        response = HTMLResponse(FORM.format(t=token))
        response.set_cookie("cv_csrf", token, httponly=True, samesite="strict")
        return response

    async def submit(request: Request) -> Response:
        async with request.form() as data:
            text = str(data.get("message") or "")
        db = state["db"]
        cursor = await db.execute("INSERT INTO items (text, received_at) VALUES (?, julianday('now'))", (text,))
        await db.commit()
        return HTMLResponse(f'<p>Thank you. <span id="receipt-code">{cursor.lastrowid}</span></p>')

    return Starlette(routes=[Route("/", form), Route("/submit", submit, methods=["POST"])], lifespan=lifespan)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, default=8100)
    ap.add_argument("--database", default="bare.sqlite3")
    a = ap.parse_args()
    uvicorn.run(create_app(a.database), host="127.0.0.1", port=a.port, access_log=False, log_config=None)


if __name__ == "__main__":
    main()
