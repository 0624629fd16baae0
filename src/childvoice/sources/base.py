"""What every hashtag source shares: the parsed post, a page of them, and the way into ``intake``.

A source's parser turns one API response (live, or read back from a recording) into a
:class:`Page` of :class:`Post` objects. A ``Post`` has no field for a handle, a name, an
avatar, media or a place, so none can reach the database by accident.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy import select

from childvoice import states
from childvoice.broadcast import Broadcaster
from childvoice.db import Database
from childvoice.errors import InvalidInput
from childvoice.events import Event
from childvoice.i18n import LANGUAGES
from childvoice.intake import OUTSIDE_EVENT, Incoming, intake
from childvoice.screening import Screener
from childvoice.tables import blocked_authors

log = logging.getLogger(__name__)

#: Extra flag on an item whose post carried photos or video (never fetched).
HAD_MEDIA = "had_media"
#: After an event closes, polling goes on until one poll that started this long after closing has
#: finished: that poll covered everything up to the close (X: ``end_time`` = the close).
CLOSE_MARGIN = timedelta(seconds=60)


@dataclass(frozen=True)
class Post:
    """One post, reduced to what a form item may hold."""

    source: str  # "x", "mastodon"
    source_id: str  # unique per source: the post id (X) or a keyed hash of the status URI (Mastodon)
    position: str  # the platform's own id, for ordering and the ``since_id`` cursor
    text: str
    language: str | None
    author_hash: str | None
    had_media: bool = False
    posted_at: datetime | None = None  # when the author posted it (the platform's ``created_at``)

    @property
    def extra_flags(self) -> tuple[str, ...]:
        return (HAD_MEDIA,) if self.had_media else ()


@dataclass(frozen=True)
class Page:
    """One API response, parsed. ``newest`` is the highest platform id the response covered."""

    posts: tuple[Post, ...]
    newest: str | None = None
    next_token: str | None = None
    reposts: int = 0  # retweets / boosts dropped by the parser
    errors: int = 0  # partial errors the API reported beside the data


class Source(Protocol):
    """A hashtag feed: ``pages(since)`` yields every page newer than the cursor ``since``."""

    name: str

    @property
    def scope(self) -> str:
        """What the cursor belongs to (the X query, or instance + tag)."""
        ...

    def pages(self, since: str | None) -> AsyncIterator[Page]: ...


def posted_time(value: object) -> datetime | None:
    """A platform's ``created_at`` (ISO 8601 text, or a datetime from mastodon-py) as an aware UTC datetime."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and value.strip():
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def position_key(position: str | None) -> tuple[int, int, str]:
    """Order platform ids: numeric ids by value (X and Mastodon snowflakes), others as text."""
    if position is None:
        return (0, 0, "")
    if position.isdigit():
        return (1, len(position.lstrip("0")), position.lstrip("0"))
    return (2, len(position), position)


def newest_of(*positions: str | None) -> str | None:
    present = [p for p in positions if p]
    return max(present, key=position_key) if present else None


def keyed_hash(secret_key: str, purpose: str, value: str) -> str:
    """HMAC-SHA256 under the instance key with a purpose prefix (never the receipt-code prefix)."""
    message = f"childvoice:{purpose}:v1:{value}".encode()
    return hmac.new(secret_key.encode(), message, hashlib.sha256).hexdigest()


def author_hash(secret_key: str, source: str, author_id: str) -> str:
    """The only trace of an author we keep: enough to block a spammer, useless to find them."""
    return keyed_hash(secret_key, f"author:{source}", author_id)


def our_language(code: object) -> str | None:
    """A platform's language tag (``en``, ``zh-TW``, ``und``, ``qme``…) as one of our six, else None."""
    if not isinstance(code, str) or not code:
        return None
    primary = code.replace("_", "-").split("-")[0].lower()
    return primary if primary in LANGUAGES else None


@dataclass(frozen=True)
class Destination:
    """Where posts go: the same intake, screener and live updates as the web form."""

    db: Database
    screener: Screener
    broadcaster: Broadcaster
    secret_key: str


@dataclass
class Counts:
    """What one delivery did, for the log and the command's summary (numbers only)."""

    stored: int = 0
    duplicates: int = 0
    blocked: int = 0
    refused: int = 0
    escalated: int = 0
    outside: int = 0  # posted before the event opened or after it closed: not stored
    ids: list[int] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.stored += other.stored
        self.duplicates += other.duplicates
        self.blocked += other.blocked
        self.refused += other.refused
        self.outside += other.outside
        self.escalated += other.escalated
        self.ids.extend(other.ids)


async def blocked_among(db: Database, hashes: Iterable[str]) -> set[str]:
    wanted = sorted(set(hashes))
    if not wanted:
        return set()
    async with db.read() as conn:
        rows = await conn.execute(
            select(blocked_authors.c.author_hash).where(blocked_authors.c.author_hash.in_(wanted))
        )
        return {str(r.author_hash) for r in rows}


async def deliver(dest: Destination, event: Event, posts: Iterable[Post]) -> Counts:
    """Hand posts to ``intake``, oldest first; blocked authors skipped; a refused post logged, never fatal."""
    ordered = sorted(posts, key=lambda p: position_key(p.position))
    blocked = await blocked_among(dest.db, (p.author_hash for p in ordered if p.author_hash))
    counts = Counts()
    for post in ordered:
        if post.author_hash is not None and post.author_hash in blocked:
            counts.blocked += 1
            continue
        incoming = Incoming(
            text=post.text,
            source=post.source,
            language=post.language,
            source_id=post.source_id,
            author_hash=post.author_hash,
            extra_flags=post.extra_flags,
            with_receipt=False,
            posted_at=post.posted_at,
        )
        try:
            accepted = await intake(dest.db, dest.screener, dest.broadcaster, event, incoming, dest.secret_key)
        except InvalidInput as exc:
            if exc.key == OUTSIDE_EVENT:
                counts.outside += 1
                continue
            counts.refused += 1
            log.info("post skipped: intake refused it", extra={"source": post.source, "error_type": exc.key})
            continue
        if accepted.duplicate:
            counts.duplicates += 1
            continue
        counts.stored += 1
        counts.ids.append(accepted.submission_id)
        if accepted.state is states.State.ESCALATED:
            counts.escalated += 1
    return counts
