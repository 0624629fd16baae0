"""``childvoice export``: one row per item, as JSON Lines or CSV, for organisers and for checking intake.

Columns: ``id, source, source_id, state, flags, language, age_band, country, panel, text,
received_at``. ``text`` is the redacted revision, and empty for items whose text is hidden
(``states.TEXT_HIDDEN``: escalated, resolved, withdrawn). No original text, receipt hash or
author hash ever leaves here. CSV cells that a spreadsheet would run as a formula are escaped.
"""

from __future__ import annotations

import csv
import json
from collections.abc import AsyncIterator, Iterable
from typing import Any, TextIO

from sqlalchemy import select

from childvoice import states
from childvoice.db import Database
from childvoice.tables import panels, submissions

COLUMNS: tuple[str, ...] = (
    "id",
    "source",
    "source_id",
    "state",
    "flags",
    "language",
    "age_band",
    "country",
    "panel",
    "text",
    "received_at",
)
FORMATS: tuple[str, ...] = ("jsonl", "csv")
#: A cell starting with one of these is run as a formula by spreadsheets (OWASP "CSV injection").
FORMULA_START: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """The text of one CSV cell, with a leading apostrophe when it would start a formula."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = ";".join(str(v) for v in value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


async def rows(
    db: Database, only: Iterable[states.State] | None = None, event_id: int | None = None
) -> AsyncIterator[dict[str, Any]]:
    """Every item (or those in the given states, of one event), oldest first, as export rows."""
    query = (
        select(
            submissions.c.id,
            submissions.c.source,
            submissions.c.source_id,
            submissions.c.state,
            submissions.c.flags,
            submissions.c.language,
            submissions.c.age_band,
            submissions.c.country,
            panels.c.slug.label("panel"),
            submissions.c.text,
            submissions.c.received_at,
        )
        .select_from(submissions.outerjoin(panels, submissions.c.panel_id == panels.c.id))
        .order_by(submissions.c.id)
    )
    wanted = sorted({states.State(s) for s in only}) if only is not None else None
    if wanted is not None:
        query = query.where(submissions.c.state.in_(wanted))
    if event_id is not None:
        query = query.where(submissions.c.event_id == event_id)
    async with db.read() as conn:
        result = await conn.stream(query)
        async for r in result:
            hidden = states.State(r.state) in states.TEXT_HIDDEN
            yield {
                "id": int(r.id),
                "source": r.source,
                "source_id": r.source_id,
                "state": r.state,
                "flags": list(r.flags or []),
                "language": r.language,
                "age_band": r.age_band,
                "country": r.country,
                "panel": r.panel,
                "text": "" if hidden else r.text,
                "received_at": r.received_at.isoformat() if r.received_at is not None else None,
            }


async def export(
    db: Database,
    out: TextIO,
    fmt: str = "jsonl",
    only: Iterable[states.State] | None = None,
    event_id: int | None = None,
) -> int:
    """Write the export to ``out``; returns the number of rows."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    count = 0
    writer = csv.writer(out) if fmt == "csv" else None
    if writer is not None:
        writer.writerow(COLUMNS)
    async for row in rows(db, only, event_id):
        if writer is not None:
            writer.writerow([csv_cell(row[c]) for c in COLUMNS])
        else:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count
