"""Replays (the demo's recordings, ``childvoice ingest … --replay``) and the serve-time background tasks."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select

from childvoice.broadcast import InProcessBroadcaster
from childvoice.cli import main
from childvoice.config import Settings
from childvoice.db import Database
from childvoice.screening import default_screener
from childvoice.sources.background import DEMO_MASTODON_REPLAY, DEMO_X_REPLAY, replay_demo, run_pollers
from childvoice.sources.replay import replay
from childvoice.states import State
from childvoice.tables import source_cursors, submissions
from tests.sources.fakes import demo_event, destination


async def rows_of(db: Database, source: str) -> dict[str, dict]:
    async with db.read() as conn:
        rows = (await conn.execute(select(submissions).where(submissions.c.source == source))).all()
    return {r.source_id: r._asdict() for r in rows}


async def test_demo_x_recording_goes_through_the_parser_into_intake(db: Database, settings: Settings) -> None:
    dest, event = destination(db, settings), await demo_event(db)
    counts = await replay(DEMO_X_REPLAY, "x", dest, event)
    assert (counts.stored, counts.duplicates) == (8, 1)  # one retweet dropped, one post on both pages
    rows = await rows_of(db, "x")
    assert {r["language"] for r in rows.values()} == {"ar", "zh", "en", "fr", "ru", "es"}
    phone = rows["1890000000000000008"]
    assert "7700" not in phone["text"] and "personal_info" in phone["flags"]
    assert rows["1890000000000000009"]["flags"] == ["had_media"]
    assert all(r["state"] == State.PENDING for r in rows.values())

    again = await replay(DEMO_X_REPLAY, "x", dest, event)
    assert (again.stored, again.duplicates) == (0, 9)
    async with db.read() as conn:
        assert (await conn.execute(select(func.count()).select_from(source_cursors))).scalar() == 0


async def test_replay_demo_puts_hashtag_posts_beside_form_items_once(
    db: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CHILDVOICE_DEMO_REPLAY", raising=False)
    broadcaster = InProcessBroadcaster()
    state = SimpleNamespace(db=db, settings=settings, screener=default_screener(), broadcaster=broadcaster)
    async with broadcaster.subscribe() as live:
        await replay_demo(state)
        first = await asyncio.wait_for(anext(live), 1)
    assert first["type"] == "submission" and "text" not in first
    x_rows, mastodon_rows = await rows_of(db, "x"), await rows_of(db, "mastodon")
    assert (len(x_rows), len(mastodon_rows)) == (8, 3)
    event = await demo_event(db)
    assert {r["event_id"] for r in [*x_rows.values(), *mastodon_rows.values()]} == {event.id}
    await replay_demo(state)
    assert (len(await rows_of(db, "x")), len(await rows_of(db, "mastodon"))) == (8, 3)


async def test_demo_replay_can_be_switched_off(
    db: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHILDVOICE_DEMO_REPLAY", "off")
    state = SimpleNamespace(db=db, settings=settings, screener=default_screener(), broadcaster=InProcessBroadcaster())
    await replay_demo(state)
    assert await rows_of(db, "x") == {}


async def test_run_pollers_does_nothing_without_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHILDVOICE_X_BEARER_TOKEN", raising=False)
    await asyncio.wait_for(run_pollers(object()), 1)


async def test_background_tasks_never_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHILDVOICE_X_BEARER_TOKEN", "t")
    await asyncio.wait_for(run_pollers(object()), 5)  # a broken state is logged, not raised
    await asyncio.wait_for(replay_demo(object()), 5)


def test_cli_ingest_replay_then_export(database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    where = ["--database", database_url, "--data-dir", str(tmp_path / "data")]
    assert main(["init", "--demo", *where]) == 0
    assert main(["ingest", "x", "--replay", str(DEMO_X_REPLAY), *where]) == 0
    assert main(["ingest", "mastodon", "--replay", str(DEMO_MASTODON_REPLAY), *where]) == 0
    out = capsys.readouterr().out
    assert "8 stored, 1 already there" in out and "3 stored" in out
    assert main(["export", "--format", "jsonl", "--state", "pending", *where]) == 0
    exported = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(exported) == 11 and {r["source"] for r in exported} == {"x", "mastodon"}
    assert all("author_hash" not in r and r["text"] for r in exported)


def test_cli_ingest_refuses_without_what_it_needs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CHILDVOICE_X_BEARER_TOKEN", raising=False)
    where = ["--database", f"sqlite:///{tmp_path / 'cv.sqlite3'}", "--data-dir", str(tmp_path / "data")]
    assert main(["ingest", "x", "--once", *where]) == 2
    assert "CHILDVOICE_X_BEARER_TOKEN" in capsys.readouterr().err
    assert main(["ingest", "mastodon", "--once", *where]) == 2
    assert "--instance" in capsys.readouterr().err
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"data": []}\nnot json\n', encoding="utf-8")
    assert main(["init", "--demo", *where]) == 0
    assert main(["ingest", "x", "--replay", str(broken), *where]) == 2
    assert "broken.jsonl:2" in capsys.readouterr().err


def test_cli_replay_refuses_a_file_of_the_other_source_naming_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where = ["--database", f"sqlite:///{tmp_path / 'cv.sqlite3'}", "--data-dir", str(tmp_path / "data")]
    assert main(["init", "--demo", *where]) == 0
    capsys.readouterr()

    # A Mastodon recording given to the X replay: a clear error, not an AttributeError.
    assert main(["ingest", "x", "--replay", str(DEMO_MASTODON_REPLAY), *where]) == 2
    err = capsys.readouterr().err
    assert f"{DEMO_MASTODON_REPLAY}:1: not an X API v2 search page" in err and len(err.strip().splitlines()) == 1

    # A line holding a JSON string, after a good page.
    strings = tmp_path / "strings.jsonl"
    good = DEMO_X_REPLAY.read_text(encoding="utf-8").splitlines()[0]
    strings.write_text(good + "\n" + json.dumps("just a string") + "\n", encoding="utf-8")
    assert main(["ingest", "x", "--replay", str(strings), *where]) == 2
    err = capsys.readouterr().err
    assert "strings.jsonl:2: not an X API v2 search page" in err and "a JSON string" in err

    # An X recording given to the Mastodon replay: it says there are no statuses, and stores nothing.
    assert main(["ingest", "mastodon", "--replay", str(DEMO_X_REPLAY), *where]) == 2
    err = capsys.readouterr().err
    assert f"{DEMO_X_REPLAY}:1: found no Mastodon statuses" in err and "X recording" in err
    empty = tmp_path / "empty.jsonl"
    empty.write_text("[]\n[]\n", encoding="utf-8")
    assert main(["ingest", "mastodon", "--replay", str(empty), *where]) == 2
    assert "found no Mastodon statuses" in capsys.readouterr().err
    assert main(["export", "--format", "jsonl", *where]) == 0
    exported = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert not [r for r in exported if r["source"] in {"x", "mastodon"}]
