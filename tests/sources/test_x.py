"""X intake through tweepy's real AsyncClient, against a local server answering in the real v2 JSON shape."""

from __future__ import annotations

import logging
import time
from datetime import timedelta

import pytest
from sqlalchemy import insert, select

from childvoice import clock, logs
from childvoice.config import Settings
from childvoice.db import Database
from childvoice.events import Event
from childvoice.sources import cursors
from childvoice.sources.background import run_x
from childvoice.sources.base import author_hash
from childvoice.sources.poller import poll_once
from childvoice.sources.retry import Retry, SourceUnavailable
from childvoice.sources.x import DELETIONS_ACTOR, XSearch, build_query, make_client, recheck_deletions
from childvoice.states import Action, Actor, State
from childvoice.tables import audit, blocked_authors, source_cursors, submissions
from childvoice.workflow import transition
from tests.sources.fakes import (
    AUTHORS,
    FakeX,
    Reply,
    Sleeps,
    assert_no_trace,
    database_bytes,
    demo_event,
    destination,
    error_json,
    recorded,
    tweet,
    x_server,
)

B = 1880000000000000000
QUERY = "(#ChildrensVoiceHRC OR #RightsOfTheChild) -is:retweet"


def offline_event() -> Event:
    now = clock.now()
    hashtags = {"x": ["#ChildrensVoiceHRC", "RightsOfTheChild"]}
    return Event(1, "e", {"en": "E"}, now - timedelta(hours=1), now + timedelta(days=1), ("en",), hashtags, ())


async def collect(search: XSearch, since: str | None = None) -> list:
    return [page async for page in search.pages(since)]


async def x_rows(db: Database) -> dict[str, dict]:
    async with db.read() as conn:
        rows = (await conn.execute(select(submissions).where(submissions.c.source == "x"))).all()
    return {r.source_id: r._asdict() for r in rows}


def test_build_query_joins_tags_and_drops_retweets() -> None:
    assert build_query(["#a", "b", "#a"]) == "(#a OR #b) -is:retweet"
    assert build_query(["#only"]) == "#only -is:retweet"
    with pytest.raises(ValueError):
        build_query(["not a tag) OR (anything"])


# --- HTTP behaviour (no database) -----------------------------------------------------------


async def test_x_pages_follow_next_token_and_keep_partial_errors() -> None:
    fake = FakeX()
    fake.pages = recorded("x_search_two_pages.jsonl")
    async with x_server(fake) as session:
        search = XSearch(make_client("test-token", session), offline_event(), "k", Retry("x", Sleeps()))
        pages = await collect(search)
    first, second = fake.searches()
    assert first["query"] == QUERY and "next_token" not in first
    assert second["next_token"] == "b26v89c19zqg8o3fpzbkk7ojl8ob0jc5hbf5h1sl1dgcx" and second["query"] == QUERY
    assert "expansions" not in first  # no user objects asked for: no handles, names or avatars
    assert set(first["tweet.fields"].split(",")) >= {"lang", "created_at", "attachments", "referenced_tweets"}
    assert [len(p.posts) for p in pages] == [5, 2]  # the page with an error keeps its data; the retweet is dropped
    assert (pages[0].errors, pages[1].reposts) == (1, 1)
    assert pages[0].newest == str(B + 24)


async def test_x_rate_limit_waits_until_the_reset_header() -> None:
    fake = FakeX()
    fake.timeline = [tweet(B + 1, "What about privacy? #ChildrensVoiceHRC")]
    reset = int(time.time()) + 7
    fake.faults = [Reply(429, error_json(429, "Too Many Requests"), {"x-rate-limit-reset": str(reset)})]
    sleeps = Sleeps()
    async with x_server(fake) as session:
        pages = await collect(XSearch(make_client("t", session), offline_event(), "k", Retry("x", sleeps)))
    assert len(fake.searches()) == 2 and len(pages[0].posts) == 1
    assert len(sleeps.delays) == 1 and 6 <= sleeps.delays[0] <= 9


async def test_x_server_errors_back_off_with_jitter_then_recover() -> None:
    fake = FakeX()
    fake.timeline = [tweet(B + 1, "What about privacy? #ChildrensVoiceHRC")]
    fake.faults = [Reply(503, error_json(503, "Service Unavailable")) for _ in range(2)]
    sleeps = Sleeps()
    async with x_server(fake) as session:
        pages = await collect(XSearch(make_client("t", session), offline_event(), "k", Retry("x", sleeps)))
    assert len(pages[0].posts) == 1
    assert len(sleeps.delays) == 2
    assert 1 <= sleeps.delays[0] <= 2 and 2 <= sleeps.delays[1] <= 4  # base 2 s, doubling, equal jitter


async def test_x_timeout_backs_off_then_recovers() -> None:
    fake = FakeX()
    fake.timeline = [tweet(B + 1, "What about privacy? #ChildrensVoiceHRC")]
    fake.faults = [Reply(200, {"meta": {"result_count": 0}}, delay=1.0)]
    sleeps = Sleeps()
    async with x_server(fake, timeout=0.2) as session:
        pages = await collect(XSearch(make_client("t", session), offline_event(), "k", Retry("x", sleeps)))
    assert len(pages[0].posts) == 1 and len(sleeps.delays) == 1


async def test_x_forbidden_is_not_retried(caplog: pytest.LogCaptureFixture) -> None:
    fake = FakeX()
    fake.faults = [Reply(403, {"title": "Client Forbidden", "reason": "client-not-enrolled", "type": "about:blank"})]
    sleeps = Sleeps()
    async with x_server(fake) as session:
        with pytest.raises(SourceUnavailable) as raised:
            await collect(XSearch(make_client("t", session), offline_event(), "k", Retry("x", sleeps)))
    assert raised.value.kind == "forbidden_access_tier"
    assert len(fake.searches()) == 1 and sleeps.delays == []


# --- into the database (SQLite and PostgreSQL) ----------------------------------------------


async def test_x_poll_stores_each_post_once_screened_and_without_handles(
    db: Database, settings: Settings, database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    fake = FakeX()
    fake.pages = recorded("x_search_two_pages.jsonl")
    caplog.set_level(logging.INFO)
    async with x_server(fake) as session:
        failed = await run_x(destination(db, settings), "test-token", cycles=1, session=session, sleep=Sleeps())
    assert failed == 0
    rows = await x_rows(db)
    # The retweet (B+19) is dropped; B+20 came on both pages and is stored once.
    assert sorted(rows) == [str(B + n) for n in (18, 20, 21, 22, 23, 24)]
    disclosure, phone, media, reply = rows[str(B + 24)], rows[str(B + 20)], rows[str(B + 22)], rows[str(B + 21)]
    assert disclosure["state"] == State.ESCALATED
    assert "safeguarding" in disclosure["flags"]
    assert phone["state"] == State.PENDING and "personal_info" in phone["flags"]
    assert "7700" not in phone["text"] and "How will the Council make games safer" in phone["text"]
    assert media["flags"] == ["had_media"] and "t.co" not in media["text"] and "& rights" in media["text"]
    assert not reply["text"].startswith("@") and reply["text"].startswith("Will children be asked")
    assert rows[str(B + 23)]["language"] == "fr"
    assert all(r["receipt_hash"] is None and r["age_band"] is None for r in rows.values())
    assert disclosure["author_hash"] == author_hash(settings.secret_key, "x", "1600000000000000001")
    event = await demo_event(db)
    assert await cursors.load(db, event.id, "x", QUERY) == str(B + 24)

    handles = [h for pair in AUTHORS.values() for h in pair] + list(AUTHORS)
    assert_no_trace(await database_bytes(db, database_url), *handles, "zz_handle", "t.co/zzMedia")
    logged = "\n".join(logs.JsonFormatter().format(r) for r in caplog.records)
    assert "hashtag poll done" in logged
    assert "zz_handle" not in logged and "7700" not in logged and "scared" not in logged


async def test_x_restart_resumes_from_since_id_without_gaps_or_repeats(db: Database, settings: Settings) -> None:
    dest, event = destination(db, settings), await demo_event(db)
    fake = FakeX()
    fake.timeline = [tweet(B + n, f"Question number {n} about our rights #ChildrensVoiceHRC") for n in range(1, 26)]
    # A first run dies on its second page (the API keeps failing): the first page is kept, the cursor is not moved.
    fake.at_request = {2: Reply(503, error_json(503, "Service Unavailable"))}
    async with x_server(fake) as session:
        search = XSearch(
            make_client("t", session), event, settings.secret_key, Retry("x", Sleeps(), max_attempts=1), page_size=10
        )
        with pytest.raises(SourceUnavailable):
            await poll_once(search, dest, event)
    assert len(await x_rows(db)) == 10
    assert await cursors.load(db, event.id, "x", QUERY) is None

    async with x_server(fake) as session:  # a restart: new session, new client, same database
        search = XSearch(make_client("t", session), event, settings.secret_key, Retry("x", Sleeps()), page_size=10)
        result = await poll_once(search, dest, event)
    assert (result.pages, result.counts.stored, result.counts.duplicates) == (3, 15, 10)
    assert await cursors.load(db, event.id, "x", QUERY) == str(B + 25)

    fake.timeline += [tweet(B + n, f"Later question {n} #ChildrensVoiceHRC") for n in range(26, 31)]
    before = len(fake.searches())
    async with x_server(fake) as session:
        search = XSearch(make_client("t", session), event, settings.secret_key, Retry("x", Sleeps()), page_size=10)
        result = await poll_once(search, dest, event)
    assert fake.searches()[before]["since_id"] == str(B + 25)
    assert (result.counts.stored, result.counts.duplicates) == (5, 0)
    assert sorted(await x_rows(db), key=int) == [str(B + n) for n in range(1, 31)]
    async with db.read() as conn:
        assert len((await conn.execute(select(source_cursors))).all()) == 1


async def test_x_blocked_authors_and_unusable_posts_are_skipped(db: Database, settings: Settings) -> None:
    dest, event = destination(db, settings), await demo_event(db)
    async with db.write() as conn:
        await conn.execute(
            insert(blocked_authors).values(
                author_hash=author_hash(settings.secret_key, "x", "1600000000000000003"),
                source="x",
                blocked_at=clock.now(),
                blocked_by="user:1",
            )
        )
    fake = FakeX()
    fake.timeline = [
        tweet(B + 1, "Spam spam spam #ChildrensVoiceHRC", author="1600000000000000003"),
        tweet(B + 2, "x" * 700 + " #ChildrensVoiceHRC"),  # too long for intake: logged and skipped
        tweet(
            B + 3,
            "https://t.co/zzOnlyMedia",
            attachments={"media_keys": ["3_1"]},
            entities={"urls": [{"url": "https://t.co/zzOnlyMedia", "media_key": "3_1"}]},
        ),  # nothing left: empty
        tweet(B + 4, "Can we vote on school internet rules? #ChildrensVoiceHRC"),
    ]
    async with x_server(fake) as session:
        search = XSearch(make_client("t", session), event, settings.secret_key, Retry("x", Sleeps()))
        result = await poll_once(search, dest, event)
    assert (result.counts.stored, result.counts.blocked, result.counts.refused) == (1, 1, 2)
    assert list(await x_rows(db)) == [str(B + 4)]
    assert await cursors.load(db, event.id, "x", QUERY) == str(B + 4)


async def test_x_post_deleted_at_the_source_is_withdrawn(db: Database, settings: Settings) -> None:
    dest, event = destination(db, settings), await demo_event(db)
    fake = FakeX()
    fake.timeline = [tweet(B + n, f"Policy question {n} about apps #ChildrensVoiceHRC") for n in (1, 2, 3)]
    async with x_server(fake) as session:
        client = make_client("t", session)
        await poll_once(XSearch(client, event, settings.secret_key, Retry("x", Sleeps())), dest, event)
        rows = await x_rows(db)
        for n in (1, 2):
            decision = await transition(
                db,
                dest.broadcaster,
                rows[str(B + n)]["id"],
                Action.APPROVE,
                Actor.MODERATOR,
                "user:1",
                expected_version=1,
            )
        await transition(
            db,
            dest.broadcaster,
            decision.submission_id,
            Action.SHORTLIST,
            Actor.CHAIR,
            "user:2",
            expected_version=decision.version,
        )
        fake.deleted = {str(B + 2), str(B + 3)}  # B+3 is still pending: only approved/shortlisted are re-checked
        withdrawn = await recheck_deletions(client, dest, event, Retry("x", Sleeps()))
    assert withdrawn == 1
    lookups = [q for path, q in fake.requests if path == "/2/tweets"]
    assert lookups and sorted(lookups[0]["ids"].split(",")) == [str(B + 1), str(B + 2)]
    rows = await x_rows(db)
    assert rows[str(B + 2)]["state"] == State.WITHDRAWN and rows[str(B + 2)]["text"] == ""
    assert rows[str(B + 1)]["state"] == State.APPROVED and rows[str(B + 3)]["state"] == State.PENDING
    async with db.read() as conn:
        gone = rows[str(B + 2)]["id"]
        query = select(audit.c.actor).where(audit.c.submission_id == gone, audit.c.to_state == "withdrawn")
        actor = (await conn.execute(query)).scalar_one()
    assert actor == DELETIONS_ACTOR
