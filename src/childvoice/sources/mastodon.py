"""Mastodon hashtag timelines through ``mastodon-py``: the second source behind the same interface.

Public hashtag timelines need no account on most instances (an instance that asks for one
takes ``CHILDVOICE_MASTODON_ACCESS_TOKEN``). HTML is reduced to text, mention links (other
people's handles) are dropped, and the status URI, which names its author, is kept only as
a keyed hash: it is still unique, so a status seen twice (or federated twice) is stored once.

``mastodon-py`` is synchronous (requests); each call runs in a worker thread on one
reused ``requests.Session``. The timeline is walked forward with ``min_id`` from the
cursor, so a backlog of many pages is read without a gap.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Iterable, Mapping
from datetime import datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import requests
from mastodon import Mastodon
from mastodon.errors import (
    MastodonAPIError,
    MastodonNetworkError,
    MastodonNotFoundError,
    MastodonRatelimitError,
    MastodonServerError,
    MastodonUnauthorizedError,
)

from childvoice import clock
from childvoice.events import Event
from childvoice.sources import names
from childvoice.sources.base import Page, Post, author_hash, keyed_hash, newest_of, our_language, posted_time
from childvoice.sources.retry import Retry, Verdict

SOURCE = names.MASTODON
PAGE_SIZE = 40  # the most a Mastodon timeline returns per request
_TAG = re.compile(r"^#?(\w{1,100})$")
_SPACES = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n{3,}")


class _TextOnly(HTMLParser):
    """Status HTML → plain text: paragraphs and line breaks kept, mention links dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0  # >0 while inside a mention link or a script/style element
        self._paragraphs = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip_depth:
            if tag in ("a", "script", "style"):
                self._skip_depth += 1
            return
        classes = (dict(attrs).get("class") or "").split()
        mention = tag == "a" and "mention" in classes and "hashtag" not in classes
        if mention or tag in ("script", "style"):
            self._skip_depth = 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in ("p", "blockquote", "li"):
            if self._paragraphs:
                self.parts.append("\n\n")
            self._paragraphs += 1

    def handle_endtag(self, tag: str) -> None:
        if self._skip_depth and tag in ("a", "script", "style"):
            self._skip_depth -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def html_to_text(content: str) -> str:
    parser = _TextOnly()
    parser.feed(content)
    parser.close()
    lines = [_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def status_text(status: Mapping[str, Any]) -> str:
    """The content warning (a child may write there too) and the body, as text."""
    body = html_to_text(str(status.get("content") or ""))
    warning = str(status.get("spoiler_text") or "").strip()
    return f"{warning}\n\n{body}".strip() if warning else body


def _author_key(account: Any) -> str | None:
    if not isinstance(account, Mapping):
        return None
    for key in ("url", "uri", "acct", "id"):
        value = account.get(key)
        if value:
            return str(value)
    return None


def parse_page(statuses: Iterable[Any], secret_key: str) -> Page:
    """One timeline response (a JSON list of statuses, raw or as mastodon-py objects) → a Page."""
    posts: list[Post] = []
    reposts = 0
    newest: str | None = None
    for status in statuses:
        if not isinstance(status, Mapping) or status.get("id") is None:
            continue
        position = str(status["id"])
        newest = newest_of(newest, position)
        if status.get("reblog"):
            reposts += 1
            continue
        uri = str(status.get("uri") or status.get("url") or position)
        author = _author_key(status.get("account"))
        posts.append(
            Post(
                source=SOURCE,
                source_id=keyed_hash(secret_key, "mastodon-uri", uri),
                position=position,
                text=status_text(status),
                language=our_language(status.get("language")),
                author_hash=author_hash(secret_key, SOURCE, author) if author else None,
                had_media=bool(status.get("media_attachments")),
                posted_at=posted_time(status.get("created_at")),
            )
        )
    return Page(posts=tuple(posts), newest=newest, reposts=reposts)


def classify(exc: BaseException, api: Any = None) -> Verdict:
    if isinstance(exc, MastodonRatelimitError):
        reset = getattr(api, "ratelimit_reset", None)
        if isinstance(reset, int | float):
            return Verdict("wait", "rate_limit", float(reset) - clock.now().timestamp() + 1)
        return Verdict("backoff", "rate_limit")
    if isinstance(exc, MastodonServerError):
        status = exc.args[1] if len(exc.args) > 1 else 500
        return Verdict("backoff", f"http_{status}")
    if isinstance(exc, MastodonNetworkError | TimeoutError | requests.RequestException):
        return Verdict("backoff", "network")
    if isinstance(exc, MastodonUnauthorizedError):
        return Verdict("fatal", "unauthorized")
    if isinstance(exc, MastodonNotFoundError):
        return Verdict("fatal", "not_found")
    if isinstance(exc, MastodonAPIError):
        status = exc.args[1] if len(exc.args) > 1 else 0
        return Verdict("fatal", f"http_{status}")
    return Verdict("fatal", type(exc).__name__)


def make_api(instance: str, access_token: str | None = None, timeout: float = 30.0) -> Mastodon:
    """A client for one instance on one reused HTTP session; rate limits raised to us (we wait)."""
    return Mastodon(
        api_base_url=instance.rstrip("/"),
        access_token=access_token or None,
        ratelimit_method="throw",
        request_timeout=timeout,
        version_check_mode="none",
        session=requests.Session(),
    )


def hashtag_names(event: Event) -> list[str]:
    names = []
    for raw in event.hashtags.get(SOURCE, []):
        match = _TAG.match(raw.strip())
        if match and match.group(1) not in names:
            names.append(match.group(1))
    return names


class MastodonHashtag:
    """One hashtag on one instance, walked forward from the cursor with ``min_id``."""

    name = SOURCE

    def __init__(
        self,
        api: Any,
        instance: str,
        hashtag: str,
        event: Event,
        secret_key: str,
        retry: Retry,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self.api = api
        self.hashtag = hashtag
        self.event = event
        self.secret_key = secret_key
        self.retry = retry
        self.page_size = page_size
        self.host = urlsplit(instance).netloc or instance

    @property
    def scope(self) -> str:
        return f"{self.host}/tags/{self.hashtag}"

    def _first_min_id(self) -> datetime | None:
        """With no cursor yet: from the event's opening (mastodon-py turns a time into an id)."""
        return self.event.opens_at if self.event.opens_at < clock.now() else None

    async def pages(self, since: str | None) -> AsyncIterator[Page]:
        if clock.now() < self.event.opens_at:
            return  # not open yet
        cursor: str | datetime | None = since if since is not None else self._first_min_id()
        while True:

            def fetch_sync(cursor: str | datetime | None = cursor) -> list[Any]:
                return list(self.api.timeline_hashtag(self.hashtag, min_id=cursor, limit=self.page_size))

            async def fetch() -> list[Any]:
                return await asyncio.to_thread(fetch_sync)

            statuses = await self.retry.call(fetch, lambda exc: classify(exc, self.api))
            page = parse_page(statuses, self.secret_key)
            yield page
            if page.newest is None or len(statuses) < self.page_size:
                return
            cursor = page.newest
