"""Mastodon intake through the real mastodon-py client, against a local server answering recorded JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from childvoice.config import Settings
from childvoice.db import Database
from childvoice.sources import cursors
from childvoice.sources.background import run_mastodon
from childvoice.sources.base import keyed_hash
from childvoice.sources.mastodon import MastodonHashtag, html_to_text, make_api, parse_page
from childvoice.sources.poller import poll_once
from childvoice.sources.retry import Retry
from childvoice.states import State
from childvoice.tables import submissions
from tests.sources.fakes import (
    RECORDINGS,
    FakeMastodon,
    Reply,
    Sleeps,
    assert_no_trace,
    database_bytes,
    demo_event,
    destination,
    mastodon_server,
    restamped,
    status,
)

RECORDED_BASE = 113800000000000000
#: Mastodon ids are time-based (milliseconds << 16); a first poll starts at the event's opening, so the
#: statuses served here get ids from "now" (the recording's ids are shifted by the same amount).
M = int(datetime.now(UTC).timestamp() * 1000) << 16
SCOPE_TAG = "ChildrensVoiceHRC"


def recorded_statuses() -> list[dict]:
    statuses = json.loads((RECORDINGS / "mastodon_tag_page.jsonl").read_text(encoding="utf-8"))
    for s in statuses:
        s["id"] = str(int(s["id"]) - RECORDED_BASE + M)
    return restamped(statuses)


async def mastodon_rows(db: Database) -> list[dict]:
    async with db.read() as conn:
        rows = (
            await conn.execute(select(submissions).where(submissions.c.source == "mastodon").order_by(submissions.c.id))
        ).all()
    return [r._asdict() for r in rows]


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Hello <b>world</b></p>", "Hello world"),
        ("<p>one</p><p>two</p>", "one\n\ntwo"),
        ("<p>line<br>break &amp; more</p>", "line\nbreak & more"),
        ('<p><span class="h-card"><a class="u-url mention" href="x">@<span>kid</span></a></span> hi</p>', "hi"),
        ('<p><a class="mention hashtag" href="t">#<span>Tag</span></a> ok</p>', "#Tag ok"),
        ("<p>a<script>alert(1)</script>b</p>", "ab"),
    ],
)
def test_html_is_reduced_to_text_without_mentions(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_parser_keeps_no_handle_and_hashes_the_uri() -> None:
    page = parse_page(recorded_statuses(), "k")
    assert page.reposts == 1 and len(page.posts) == 3 and page.newest == str(M + 4)
    for post in page.posts:
        assert "zz_masto" not in repr(post) and "remote.invalid" not in repr(post)
    uri = f"https://remote.invalid/users/zz_masto_alpha/statuses/{RECORDED_BASE + 4}"
    assert page.posts[0].source_id == keyed_hash("k", "mastodon-uri", uri)


async def test_mastodon_poll_stores_screened_posts_without_handles(
    db: Database, settings: Settings, database_url: str
) -> None:
    fake = FakeMastodon()
    fake.statuses = recorded_statuses()
    async with mastodon_server(fake) as instance:
        failed = await run_mastodon(destination(db, settings), instance, cycles=1, sleep=Sleeps())
    assert failed == 0
    rows = {r["text"].split()[0]: r for r in await mastodon_rows(db)}
    assert len(rows) == 3  # the boost is dropped
    assert rows["A"]["state"] == State.ESCALATED
    phone = rows["Text"]
    assert phone["state"] == State.PENDING and "personal_info" in phone["flags"] and "7700" not in phone["text"]
    assert "& games" in phone["text"]
    assert rows["Qui"]["flags"] == ["had_media"] and rows["Qui"]["language"] == "fr"
    assert all(len(r["source_id"]) == 64 for r in rows.values())
    event = await demo_event(db)
    host = instance.split("://", 1)[1]
    assert await cursors.load(db, event.id, "mastodon", f"{host}/tags/{SCOPE_TAG}") == str(M + 4)
    assert_no_trace(await database_bytes(db, database_url), "zz_masto", "remote.invalid", "Display Name")


async def test_mastodon_resumes_from_cursor_walking_forward_in_pages(db: Database, settings: Settings) -> None:
    dest, event = destination(db, settings), await demo_event(db)
    fake = FakeMastodon()
    fake.statuses = [status(M + n, f"<p>Question {n} about our rights #ChildrensVoiceHRC</p>") for n in range(1, 8)]
    # A duplicate delivery of the same status through another id (federation) has the same URI.
    fake.statuses.append(status(M + 8, "<p>Question 7 about our rights</p>", uri=fake.statuses[6]["uri"]))
    async with mastodon_server(fake) as instance:
        api = make_api(instance)
        try:
            source = MastodonHashtag(
                api, instance, SCOPE_TAG, event, settings.secret_key, Retry("mastodon", Sleeps()), page_size=3
            )
            result = await poll_once(source, dest, event)
            assert (result.pages, result.counts.stored, result.counts.duplicates) == (3, 7, 1)
            fake.statuses += [status(M + n, f"<p>Later {n} #ChildrensVoiceHRC</p>") for n in (9, 10)]
            before = len(fake.timelines())
            result = await poll_once(source, dest, event)
        finally:
            api.session.close()
    assert fake.timelines()[before]["min_id"] == str(M + 8)
    assert (result.counts.stored, result.counts.duplicates) == (2, 0)
    assert len(await mastodon_rows(db)) == 9


async def test_mastodon_rate_limit_and_server_error_then_recovery(db: Database, settings: Settings) -> None:
    dest, event = destination(db, settings), await demo_event(db)
    fake = FakeMastodon()
    fake.statuses = [status(M + 1, "<p>Will the panel read our questions? #ChildrensVoiceHRC</p>")]
    reset = (datetime.now(UTC) + timedelta(seconds=6)).isoformat()
    limited = {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}
    fake.faults = [Reply(429, {"error": "Too many requests"}, limited), Reply(503, {"error": "Unavailable"})]
    sleeps = Sleeps()
    async with mastodon_server(fake) as instance:
        api = make_api(instance)
        try:
            source = MastodonHashtag(api, instance, SCOPE_TAG, event, settings.secret_key, Retry("mastodon", sleeps))
            result = await poll_once(source, dest, event)
        finally:
            api.session.close()
    assert result.counts.stored == 1
    assert len(sleeps.delays) == 2
    assert 4 <= sleeps.delays[0] <= 8  # until the reset the instance announced
    assert 1 <= sleeps.delays[1] <= 2  # then a jittered backoff
