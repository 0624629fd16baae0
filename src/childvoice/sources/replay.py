"""Replay recorded API responses through the same parsers as live polling (demos, tests, rehearsals).

A recording holds one response a line, exactly as the API returned it: for X a recent-search
page (``data``, ``includes``, ``meta``, ``errors``), for Mastodon a timeline page (a JSON
list of statuses). A file holding a single pretty-printed response is read as one page.
Replaying is idempotent: posts already stored are dropped by ``intake`` as duplicates, and
no cursor is touched (a rehearsal never moves the live poller).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from childvoice.errors import ConfigError
from childvoice.events import Event
from childvoice.sources import mastodon, x
from childvoice.sources.base import Counts, Destination, Page, Post, deliver

Parser = Callable[[Any, str], Page]
PARSERS: dict[str, Parser] = {x.SOURCE: x.parse_page, mastodon.SOURCE: mastodon.parse_page}


def read_responses(path: Path) -> list[Any]:
    """The recorded responses in file order; a line that is not JSON is an error naming the line."""
    try:
        content = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read the replay file {path}: {exc.strerror}") from exc
    try:
        return [json.loads(content)]
    except json.JSONDecodeError:
        pass
    responses = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            responses.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}:{number}: not a JSON response ({exc.msg})") from exc
    return responses


def parse_file(path: Path, source: str, secret_key: str) -> list[Page]:
    parser = PARSERS[source]
    return [parser(response, secret_key) for response in read_responses(path)]


async def replay(path: Path, source: str, dest: Destination, event: Event) -> Counts:
    """Every post of the recording into ``intake`` (oldest first), as if it had just been polled."""
    posts: list[Post] = [post for page in parse_file(path, source, dest.secret_key) for post in page.posts]
    return await deliver(dest, event, posts)
