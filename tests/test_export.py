"""``childvoice export``: the columns, hidden text for hidden states, and CSV safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json

import pytest

from childvoice.broadcast import InProcessBroadcaster
from childvoice.config import Settings
from childvoice.db import Database
from childvoice.events import ensure_demo_event, event_by_id
from childvoice.export import COLUMNS, csv_cell, export
from childvoice.intake import Incoming, intake
from childvoice.screening import default_screener
from childvoice.states import Action, Actor, State
from childvoice.workflow import transition

DISCLOSURE = "A man I met online says he will share my photos unless I send more. I am scared."


async def fill(db: Database, settings: Settings) -> dict[str, int]:
    """One item per case; returns their ids by name."""
    event = await event_by_id(db, await ensure_demo_event(db))
    assert event is not None
    broadcaster = InProcessBroadcaster()
    texts = {
        "formula": '=HYPERLINK("http://evil.invalid","click") is this safe?',
        "plus": "+1 for safer apps, what will governments do?",
        "minus": "-- why do games ask for so much data?",
        "at": "@everyone should schools teach online safety?",
        "plain": "Will children help write the new rules?",
        "escalated": DISCLOSURE,
        "withdrawn": "Please erase this later, it is about school apps.",
        "resolved": DISCLOSURE + " It happened again.",
    }
    ids = {}
    for name, text in texts.items():
        panel = event.panels[0].id if name == "plain" else None
        accepted = await intake(
            db,
            default_screener(),
            broadcaster,
            event,
            Incoming(text, language="en", age_band="11-13", country="PE", panel_id=panel),
            settings.secret_key,
        )
        ids[name] = accepted.submission_id
    await transition(db, broadcaster, ids["withdrawn"], Action.WITHDRAW, Actor.CHILD, "child", None)
    await transition(db, broadcaster, ids["resolved"], Action.RESOLVE, Actor.SAFEGUARDING, "user:9", 1)
    return ids


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("a=1", "a=1"),
        (None, ""),
        (["spam", "personal_info"], "spam;personal_info"),
        (7, "7"),
    ],
)
def test_csv_cell_escapes_formula_starts(value: object, cell: str) -> None:
    assert csv_cell(value) == cell


async def test_export_jsonl_has_the_columns_and_hides_hidden_text(db: Database, settings: Settings) -> None:
    ids = await fill(db, settings)
    out = io.StringIO()
    assert await export(db, out, "jsonl") == len(ids)
    rows = {r["id"]: r for r in map(json.loads, out.getvalue().splitlines())}
    assert all(tuple(r) == COLUMNS for r in rows.values())
    assert rows[ids["escalated"]]["state"] == State.ESCALATED and rows[ids["escalated"]]["text"] == ""
    assert rows[ids["resolved"]]["state"] == State.RESOLVED and rows[ids["resolved"]]["text"] == ""
    assert rows[ids["withdrawn"]]["state"] == State.WITHDRAWN and rows[ids["withdrawn"]]["text"] == ""
    plain = rows[ids["plain"]]
    assert (plain["source"], plain["panel"], plain["country"], plain["age_band"]) == ("web", "morning", "PE", "11-13")
    assert plain["text"] == "Will children help write the new rules?" and plain["received_at"].endswith("+00:00")
    assert "scared" not in out.getvalue()


async def test_export_csv_is_formula_safe_and_filters_by_state(db: Database, settings: Settings) -> None:
    ids = await fill(db, settings)
    out = io.StringIO()
    await export(db, out, "csv", [State.PENDING])
    table = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(table[0]) == COLUMNS
    by_id = {int(r[0]): dict(zip(COLUMNS, r, strict=True)) for r in table[1:]}
    assert set(by_id) == {ids[n] for n in ("formula", "plus", "minus", "at", "plain")}
    assert all(r["state"] == "pending" for r in by_id.values())
    for name in ("formula", "plus", "minus"):
        assert by_id[ids[name]]["text"].startswith("'")
    # "@everyone" is taken for a handle and redacted by screening; whatever is left never starts a formula.
    for row in by_id.values():
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row.values())

    hidden = io.StringIO()
    await export(db, hidden, "csv", [State.ESCALATED, State.RESOLVED, State.WITHDRAWN])
    texts = [r[COLUMNS.index("text")] for r in list(csv.reader(io.StringIO(hidden.getvalue())))[1:]]
    assert texts == ["", "", ""]


async def test_export_of_one_event_leaves_out_the_others(db: Database, settings: Settings) -> None:
    from datetime import timedelta

    from childvoice import clock
    from childvoice.events import create_event, forget

    ids = await fill(db, settings)
    now = clock.now()
    other = await create_event(
        db, "other-forum", {"en": "Other forum"}, now - timedelta(hours=1), now + timedelta(days=9), []
    )
    forget(db)
    event = await event_by_id(db, other)
    assert event is not None
    incoming = Incoming(text="A question for the other forum 8812", source="web", language="en")
    await intake(db, default_screener(), InProcessBroadcaster(), event, incoming, settings.secret_key)
    mine, theirs = io.StringIO(), io.StringIO()
    await export(db, mine, "jsonl", event_id=other)
    await export(db, theirs, "jsonl", event_id=await ensure_demo_event(db))
    assert [json.loads(line)["text"] for line in mine.getvalue().splitlines()] == [
        "A question for the other forum 8812"
    ]
    assert {json.loads(line)["id"] for line in theirs.getvalue().splitlines()} == set(ids.values())


def test_export_piped_into_head_ends_quietly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    data = str(tmp_path)
    assert subprocess.run([sys.executable, "-m", "childvoice", "init", "--demo", "--data-dir", data]).returncode == 0
    piped = subprocess.run(
        f"{sys.executable} -m childvoice export --data-dir {data} --format csv | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert piped.returncode == 0 and "Traceback" not in piped.stderr and "BrokenPipe" not in piped.stderr
    unknown = subprocess.run(
        [sys.executable, "-m", "childvoice", "export", "--data-dir", data, "--event", "nope"],
        capture_output=True,
        text=True,
    )
    assert unknown.returncode == 2 and "no event 'nope'" in unknown.stderr
