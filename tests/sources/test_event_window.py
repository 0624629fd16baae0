"""Hashtag posts honour the event's open and close times, and keep the time their author wrote them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from childvoice import clock, events
from childvoice.config import Settings
from childvoice.db import Database
from childvoice.events import Event
from childvoice.sources.background import run_mastodon, run_x
from childvoice.tables import events as events_table
from childvoice.tables import source_cursors, submissions
from tests.sources.fakes import (
    FakeMastodon,
    FakeX,
    Sleeps,
    demo_event,
    destination,
    mastodon_server,
    stamp,
    status,
    tweet,
    x_server,
)

B = 1880000000000000000
#: The event of these tests: two hours on a fixed day, well inside X's seven-day search window.
OPENS = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
CLOSES = OPENS + timedelta(hours=2)


def at(moment: datetime) -> None:
    clock.set_clock(lambda: moment)


async def two_hour_event(db: Database) -> Event:
    event = await demo_event(db)
    async with db.write() as conn:
        await conn.execute(
            update(events_table).where(events_table.c.id == event.id).values(opens_at=OPENS, closes_at=CLOSES)
        )
    events.forget(db)
    return await demo_event(db)


async def stored(db: Database, source: str) -> list[dict]:
    async with db.read() as conn:
        rows = (
            await conn.execute(select(submissions).where(submissions.c.source == source).order_by(submissions.c.id))
        ).all()
    return [r._asdict() for r in rows]


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture(autouse=True)
def _real_clock_after() -> object:
    yield
    clock.set_clock(None)


async def test_x_follows_the_event_from_before_it_opens_to_one_final_poll_after_it_closes(
    db: Database, settings: Settings
) -> None:
    event = await two_hour_event(db)
    dest = destination(db, settings)
    fake = FakeX()
    early = tweet(B + 1, "Posted the day before #ChildrensVoiceHRC", created_at=stamp(OPENS - timedelta(hours=20)))
    first = tweet(
        B + 2, "First question after the opening #ChildrensVoiceHRC", created_at=stamp(OPENS + timedelta(minutes=3))
    )
    fake.timeline = [early, first]

    async with x_server(fake) as session:
        # Before the event opens: no request at all (nothing read, nothing billed).
        at(OPENS - timedelta(minutes=30))
        assert await run_x(dest, "t", cycles=1, session=session, sleep=Sleeps()) == 0
        assert fake.searches() == []

        # Open: the search starts at the opening, not seven days back, and has no end yet.
        at(OPENS + timedelta(minutes=10))
        await run_x(dest, "t", cycles=1, session=session, sleep=Sleeps())
        search = fake.searches()[-1]
        assert search["start_time"] == iso(OPENS) and "end_time" not in search and "since_id" not in search

        # Closed: posts keep coming with the hashtag, one of them written after the close.
        fake.timeline += [
            tweet(
                B + 3,
                "Last question before the end #ChildrensVoiceHRC",
                created_at=stamp(CLOSES - timedelta(seconds=20)),
            ),
            tweet(B + 4, "Too late for the panel #ChildrensVoiceHRC", created_at=stamp(CLOSES + timedelta(minutes=1))),
        ]
        at(CLOSES + timedelta(minutes=5))
        await run_x(dest, "t", cycles=1, session=session, sleep=Sleeps())
        final = fake.searches()[-1]
        assert final["end_time"] == iso(CLOSES) and final["since_id"] == str(B + 2)
        assert final["start_time"] == iso(OPENS)

        # That poll covered everything up to the close: later rounds ask X for nothing.
        count = len(fake.searches())
        at(CLOSES + timedelta(minutes=15))
        assert await run_x(dest, "t", cycles=2, session=session, sleep=Sleeps()) == 0
        assert len(fake.searches()) == count

    rows = await stored(db, "x")
    assert [r["source_id"] for r in rows] == [str(B + 2), str(B + 3)]  # X left out the day-before and too-late posts
    # Each item keeps the time its author posted it (the report's time chart shows when children wrote).
    assert rows[0]["received_at"] == OPENS + timedelta(minutes=3)
    assert rows[1]["received_at"] == CLOSES - timedelta(seconds=20)
    async with db.read() as conn:
        assert (await conn.execute(select(source_cursors.c.since_id))).scalar_one() == str(B + 3)
    assert event.closes_at == CLOSES


async def test_x_keeps_polling_after_the_close_until_x_accepts_the_close_as_end_time(
    db: Database, settings: Settings
) -> None:
    await two_hour_event(db)
    fake = FakeX()
    fake.timeline = [
        tweet(B + 1, "Just in time #ChildrensVoiceHRC", created_at=stamp(CLOSES - timedelta(seconds=2))),
        tweet(B + 2, "One second late #ChildrensVoiceHRC", created_at=stamp(CLOSES + timedelta(seconds=1))),
    ]
    async with x_server(fake) as session:
        at(CLOSES + timedelta(seconds=3))  # too soon for end_time (X wants it 10 s in the past), not final yet
        await run_x(destination(db, settings), "t", cycles=1, session=session, sleep=Sleeps())
        assert "end_time" not in fake.searches()[-1]  # so X sends the late post too: intake leaves it out
        at(CLOSES + timedelta(minutes=2))
        await run_x(destination(db, settings), "t", cycles=1, session=session, sleep=Sleeps())
        assert fake.searches()[-1]["end_time"] == iso(CLOSES)
        at(CLOSES + timedelta(minutes=4))
        await run_x(destination(db, settings), "t", cycles=1, session=session, sleep=Sleeps())
    assert len(fake.searches()) == 2
    assert [r["received_at"] for r in await stored(db, "x")] == [CLOSES - timedelta(seconds=2)]


async def test_mastodon_reads_nothing_before_the_opening_and_only_posts_from_the_open_hours(
    db: Database, settings: Settings
) -> None:
    await two_hour_event(db)
    dest = destination(db, settings)
    fake = FakeMastodon()
    m = int(OPENS.timestamp() * 1000) << 16
    fake.statuses = [
        status(m - 1000, "<p>Before the opening #ChildrensVoiceHRC</p>", created_at=stamp(OPENS - timedelta(hours=1))),
        status(m + 1, "<p>During the event #ChildrensVoiceHRC</p>", created_at=stamp(OPENS + timedelta(minutes=30))),
        status(m + 2, "<p>After it closed #ChildrensVoiceHRC</p>", created_at=stamp(CLOSES + timedelta(minutes=1))),
    ]
    async with mastodon_server(fake) as instance:
        at(OPENS - timedelta(minutes=5))
        assert await run_mastodon(dest, instance, cycles=1, sleep=Sleeps()) == 0
        assert fake.timelines() == []
        at(CLOSES + timedelta(minutes=3))
        await run_mastodon(dest, instance, cycles=1, sleep=Sleeps())
        polls = len(fake.timelines())
        assert polls >= 1
        at(CLOSES + timedelta(minutes=10))  # the last poll started after the close: nothing more to read
        await run_mastodon(dest, instance, cycles=1, sleep=Sleeps())
        assert len(fake.timelines()) == polls
    rows = await stored(db, "mastodon")
    assert [r["text"] for r in rows] == ["During the event #ChildrensVoiceHRC"]
    assert rows[0]["received_at"] == OPENS + timedelta(minutes=30)


async def test_web_items_keep_their_rule_and_replays_are_stamped_now(db: Database, settings: Settings) -> None:
    """A rehearsal replays old recordings: its posts count as arriving now, not when they were recorded."""
    from childvoice.sources.background import DEMO_X_REPLAY
    from childvoice.sources.replay import replay

    event = await demo_event(db)
    before = clock.now()
    counts = await replay(DEMO_X_REPLAY, "x", destination(db, settings), event)
    assert counts.stored == 8 and counts.outside == 0
    assert all(r["received_at"] >= before - timedelta(seconds=1) for r in await stored(db, "x"))
