"""X (Twitter) API v2 recent search through tweepy's ``AsyncClient``, and deletions honoured.

We ask only for the post fields we need (no ``author_id`` expansion: the API then sends
no handle, name or avatar at all, and no user reads are billed). The parser keeps the text,
language, post id, a keyed hash of the author id, and whether there was media (never
fetched). Retweets are dropped twice: by the query (``-is:retweet``) and by the parser.

The same :func:`parse_page` reads live responses (``return_type=dict`` gives the raw v2
JSON) and recorded ones (``replay.py``), so a rehearsal exercises the real parser.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
from collections.abc import AsyncIterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import tweepy
from sqlalchemy import select
from tweepy.asynchronous import AsyncClient

from childvoice import clock
from childvoice.errors import StaleVersion, TransitionError
from childvoice.events import Event
from childvoice.sources import names
from childvoice.sources.base import Destination, Page, Post, author_hash, our_language, posted_time
from childvoice.sources.retry import Retry, Verdict
from childvoice.states import Action, Actor, State
from childvoice.tables import submissions
from childvoice.workflow import transition

log = logging.getLogger(__name__)

SOURCE = names.X
#: Fields asked for. No expansions: no user objects (handles, names, avatars), media or places come back.
TWEET_FIELDS: tuple[str, ...] = (
    "id",
    "text",
    "lang",
    "created_at",
    "author_id",
    "attachments",
    "referenced_tweets",
    "entities",
    "note_tweet",
    "edit_history_tweet_ids",
)
PAGE_SIZE = 100  # the most recent search returns per request
LOOKUP_BATCH = 100  # the most ids one tweets lookup takes
#: Items whose post is re-checked at X: a post deleted there is withdrawn here.
RECHECKED_AT_SOURCE: frozenset[State] = frozenset({State.APPROVED, State.SHORTLISTED})
DELETIONS_ACTOR = "system:x-deletions"
#: Recent search only reaches back seven days; a start time older than that is refused.
SEARCH_WINDOW = timedelta(days=7)
#: Recent search refuses an ``end_time`` later than ten seconds before the request.
END_TIME_LAG = timedelta(seconds=10)
#: X ids are "snowflakes": milliseconds since this moment, shifted left by 22 bits.
SNOWFLAKE_EPOCH_MS = 1288834974657

_TAG = re.compile(r"^#?(\w{1,100})$")
_REPLY_PREFIX = re.compile(r"^(?:@\w{1,15}\s+)+")
_GONE = ("resource-not-found", "not-authorized-for-resource")


def build_query(hashtags: Sequence[str]) -> str:
    """``(#a OR #b) -is:retweet``; a tag that is not a plain word is left out, never passed through."""
    tags = []
    for raw in hashtags:
        match = _TAG.match(raw.strip())
        if match and f"#{match.group(1)}" not in tags:
            tags.append(f"#{match.group(1)}")
    if not tags:
        raise ValueError("no usable hashtag for X")
    joined = tags[0] if len(tags) == 1 else "(" + " OR ".join(tags) + ")"
    return f"{joined} -is:retweet"


def _kinds(tweet: Mapping[str, Any]) -> set[str]:
    refs = tweet.get("referenced_tweets") or []
    return {str(r.get("type")) for r in refs if isinstance(r, Mapping)}


def post_text(tweet: Mapping[str, Any]) -> str:
    """The words of a post: the long form when there is one, entities unescaped, media links and
    the automatic reply prefix (other people's handles) removed."""
    note = tweet.get("note_tweet")
    if isinstance(note, Mapping) and isinstance(note.get("text"), str):
        text = str(note["text"])
        entities = note.get("entities") or tweet.get("entities") or {}
    else:
        text = str(tweet.get("text") or "")
        entities = tweet.get("entities") or {}
    for url in entities.get("urls") or []:
        if isinstance(url, Mapping) and url.get("media_key") and isinstance(url.get("url"), str):
            text = text.replace(url["url"], "")
    text = html.unescape(text)  # v2 sends &amp; &lt; &gt; escaped
    if "replied_to" in _kinds(tweet):
        text = _REPLY_PREFIX.sub("", text)
    return text.strip()


def _had_media(tweet: Mapping[str, Any]) -> bool:
    attachments = tweet.get("attachments")
    return isinstance(attachments, Mapping) and bool(attachments.get("media_keys"))


def parse_page(response: Mapping[str, Any], secret_key: str) -> Page:
    """One recent-search response (raw v2 JSON) → a Page. ``includes`` is ignored on purpose."""
    posts: list[Post] = []
    reposts = 0
    for tweet in response.get("data") or []:
        if not isinstance(tweet, Mapping) or tweet.get("id") is None:
            continue
        text = str(tweet.get("text") or "")
        if "retweeted" in _kinds(tweet) or text.startswith("RT @"):
            reposts += 1
            continue
        post_id = str(tweet["id"])
        author = tweet.get("author_id")
        posts.append(
            Post(
                source=SOURCE,
                source_id=post_id,
                position=post_id,
                text=post_text(tweet),
                language=our_language(tweet.get("lang")),
                author_hash=author_hash(secret_key, SOURCE, str(author)) if author is not None else None,
                had_media=_had_media(tweet),
                posted_at=posted_time(tweet.get("created_at")),
            )
        )
    meta = response.get("meta") or {}
    newest = meta.get("newest_id")
    token = meta.get("next_token")
    return Page(
        posts=tuple(posts),
        newest=str(newest) if newest is not None else None,
        next_token=str(token) if token else None,
        reposts=reposts,
        errors=len(response.get("errors") or []),
    )


def classify(exc: BaseException) -> Verdict:
    """What an exception from tweepy/aiohttp means for the poller."""
    if isinstance(exc, tweepy.TooManyRequests):
        reset = exc.response.headers.get("x-rate-limit-reset") if exc.response is not None else None
        if reset is not None and str(reset).isdigit():
            return Verdict("wait", "rate_limit", int(reset) - clock.now().timestamp() + 1)
        return Verdict("backoff", "rate_limit")
    if isinstance(exc, tweepy.TwitterServerError):
        return Verdict("backoff", f"http_{getattr(exc.response, 'status', 500)}")
    if isinstance(exc, TimeoutError):  # asyncio.TimeoutError and aiohttp's timeouts
        return Verdict("backoff", "timeout")
    if isinstance(exc, aiohttp.ClientError):
        return Verdict("backoff", "network")
    if isinstance(exc, tweepy.Unauthorized):
        return Verdict("fatal", "unauthorized")
    if isinstance(exc, tweepy.Forbidden):
        return Verdict("fatal", "forbidden_access_tier")
    if isinstance(exc, tweepy.HTTPException):
        return Verdict("fatal", f"http_{getattr(exc.response, 'status', 0)}")
    return Verdict("fatal", type(exc).__name__)


def make_client(bearer_token: str, session: aiohttp.ClientSession) -> Any:
    """tweepy's AsyncClient returning raw JSON, on one reused aiohttp session."""
    client = AsyncClient(bearer_token=bearer_token, return_type=dict, wait_on_rate_limit=False)
    client.session = session
    return client


def new_session(timeout: float = 30.0) -> aiohttp.ClientSession:
    return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout))


def snowflake_time(post_id: str) -> datetime | None:
    """When an X post id was made (ids carry their creation time), or None for an id that is not a number."""
    if not post_id.isdigit():
        return None
    millis = (int(post_id) >> 22) + SNOWFLAKE_EPOCH_MS
    return datetime.fromtimestamp(millis / 1000, UTC)


def search_window(event: Event, since: str | None, now: datetime) -> tuple[datetime, datetime | None] | None:
    """``start_time`` and ``end_time`` for one poll, or None when there is nothing left to ask X for.

    Start: the later of the event's opening and the resume point (the time of the ``since_id``
    post), never before the seven-day window. End: the event's closing once X accepts it (at
    least ten seconds ago); before that none, and intake drops what was posted after closing.
    """
    floor = now - SEARCH_WINDOW + timedelta(minutes=5)
    resume = snowflake_time(since) if since is not None else None
    start = max(event.opens_at, floor, *([resume.replace(microsecond=0)] if resume is not None else []))
    start = min(start.replace(microsecond=0), (now - END_TIME_LAG).replace(microsecond=0))
    end: datetime | None = None
    if event.closes_at <= now - END_TIME_LAG:
        # Rounded up to the second (X takes whole seconds); a post in that last fraction is dropped by intake.
        end = event.closes_at.replace(microsecond=0)
        if end < event.closes_at:
            end += timedelta(seconds=1)
        if end <= start:
            return None
    return start, end


def first_start_time(event: Event, now: datetime) -> datetime | None:
    """With no cursor yet: from the event's opening, but never before the seven-day search window."""
    window = search_window(event, None, now)
    return window[0] if window is not None else None


class XSearch:
    """Recent search for one event's hashtags, every page newer than ``since`` (``next_token`` paging)."""

    name = SOURCE

    def __init__(
        self,
        client: Any,
        event: Event,
        secret_key: str,
        retry: Retry,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self.client = client
        self.event = event
        self.secret_key = secret_key
        self.retry = retry
        self.page_size = page_size
        self.query = build_query(event.hashtags.get(SOURCE, []))

    @property
    def scope(self) -> str:
        return self.query

    async def pages(self, since: str | None) -> AsyncIterator[Page]:
        params: dict[str, Any] = {
            "query": self.query,
            "max_results": self.page_size,
            "tweet_fields": list(TWEET_FIELDS),
        }
        now = clock.now()
        if now < self.event.opens_at:
            return  # not open yet: nothing to read, nothing to pay for
        window = search_window(self.event, since, now)
        if window is None:
            return  # closed longer ago than recent search reaches
        params["start_time"], end = window
        if end is not None:
            params["end_time"] = end
        if since is not None:
            params["since_id"] = since
        token: str | None = None
        while True:
            call = dict(params, next_token=token) if token else dict(params)

            async def fetch(call: dict[str, Any] = call) -> Any:
                return await self.client.search_recent_tweets(**call)

            page = parse_page(await self.retry.call(fetch, classify), self.secret_key)
            yield page
            token = page.next_token
            if not token:
                return


def _gone_ids(response: Mapping[str, Any]) -> set[str]:
    gone = set()
    for error in response.get("errors") or []:
        if not isinstance(error, Mapping):
            continue
        if str(error.get("type", "")).endswith(_GONE):
            ident = error.get("resource_id") or error.get("value")
            if ident is not None:
                gone.add(str(ident))
    return gone


async def recheck_deletions(client: Any, dest: Destination, event: Event, retry: Retry) -> int:
    """Look up approved and shortlisted X items; withdraw those deleted (or hidden) at the source."""
    async with dest.db.read() as conn:
        rows = (
            await conn.execute(
                select(submissions.c.id, submissions.c.source_id, submissions.c.version)
                .where(
                    submissions.c.event_id == event.id,
                    submissions.c.source == SOURCE,
                    submissions.c.state.in_(sorted(RECHECKED_AT_SOURCE)),
                )
                .order_by(submissions.c.id)
            )
        ).all()
    withdrawn = 0
    for start in range(0, len(rows), LOOKUP_BATCH):
        batch = rows[start : start + LOOKUP_BATCH]
        ids = [str(r.source_id) for r in batch]

        async def lookup(ids: list[str] = ids) -> Any:
            return await client.get_tweets(ids=ids, tweet_fields=["id"])

        response = await retry.call(lookup, classify)
        present = {str(t.get("id")) for t in response.get("data") or [] if isinstance(t, Mapping)}
        gone = _gone_ids(response) - present
        for row in batch:
            if str(row.source_id) not in gone:
                continue
            try:
                await transition(
                    dest.db,
                    dest.broadcaster,
                    int(row.id),
                    Action.WITHDRAW,
                    Actor.ADMIN,
                    DELETIONS_ACTOR,
                    expected_version=int(row.version),
                    reason="deleted_at_source",
                )
            except (StaleVersion, TransitionError):
                continue  # someone acted on it meanwhile; the next check sees its new state
            withdrawn += 1
            log.info(
                "post deleted at the source: item withdrawn",
                extra={"source": SOURCE, "submission_id": int(row.id), "action": "withdraw"},
            )
    return withdrawn


class DeletionCheck:
    """Runs :func:`recheck_deletions` at most every ``interval`` seconds (an ``after_poll`` hook)."""

    def __init__(self, client: Any, dest: Destination, retry: Retry, interval: float) -> None:
        self.client = client
        self.dest = dest
        self.retry = retry
        self.interval = interval
        self._last: float | None = None

    async def __call__(self, event: Event) -> int:
        now = asyncio.get_running_loop().time()
        if self._last is not None and now - self._last < self.interval:
            return 0
        self._last = now
        return await recheck_deletions(self.client, self.dest, event, self.retry)
