"""Replay recorded API responses through the same parsers as live polling (demos, tests, rehearsals).

A recording holds one response a line, exactly as the API returned it: for X a recent-search
page (``data``, ``includes``, ``meta``, ``errors``), for Mastodon a timeline page (a JSON
list of statuses). A file holding a single pretty-printed response is read as one page.
Replaying is idempotent: posts already stored are dropped by ``intake`` as duplicates, and
no cursor is touched (a rehearsal never moves the live poller). Recordings are made before
the event, so a replayed post is stamped with the time of the replay, not its own.

A line that is not the source's shape (an X page given to the Mastodon replay, a bare string…)
is refused with its line number before anything is stored.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from childvoice.errors import ConfigError
from childvoice.events import Event
from childvoice.sources import mastodon, x
from childvoice.sources.base import Counts, Destination, Page, Post, deliver

Parser = Callable[[Any, str], Page]
PARSERS: dict[str, Parser] = {x.SOURCE: x.parse_page, mastodon.SOURCE: mastodon.parse_page}


def read_lines(path: Path) -> list[tuple[int, Any]]:
    """The recorded responses in file order with their line numbers; a line that is not JSON is an error."""
    try:
        content = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read the replay file {path}: {exc.strerror}") from exc
    try:
        return [(1, json.loads(content))]
    except json.JSONDecodeError:
        pass
    responses = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            responses.append((number, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}:{number}: not a JSON response ({exc.msg})") from exc
    return responses


def read_responses(path: Path) -> list[Any]:
    return [response for _number, response in read_lines(path)]


def _kind(value: Any) -> str:
    if isinstance(value, Mapping):
        return "a JSON object"
    if isinstance(value, list):
        return "a JSON list"
    if isinstance(value, str):
        return "a JSON string"
    return "a JSON " + ("null" if value is None else type(value).__name__)


def x_shape_problem(response: Any) -> str | None:
    """Why a recorded line is not an X API v2 search page (``data``/``meta``/``errors``), or None."""
    if not isinstance(response, Mapping):
        return f"not an X API v2 search page (an object with data and meta), but {_kind(response)}"
    if not ({"data", "meta", "errors"} & set(response)):
        return "not an X API v2 search page: it has none of data, meta, errors"
    data = response.get("data", [])
    if not isinstance(data, list) or not all(isinstance(t, Mapping) and "id" in t for t in data):
        return "not an X API v2 search page: data is not a list of posts with an id"
    if not isinstance(response.get("meta", {}), Mapping):
        return "not an X API v2 search page: meta is not an object"
    return None


def mastodon_shape_problem(response: Any) -> str | None:
    """Why a recorded line is not a Mastodon timeline page (a JSON list of statuses), or None."""
    if not isinstance(response, list):
        hint = " (an X recording?)" if isinstance(response, Mapping) and {"data", "meta"} & set(response) else ""
        return f"found no Mastodon statuses: expected a JSON list of statuses, but {_kind(response)}{hint}"
    if not all(isinstance(s, Mapping) and "id" in s and ("content" in s or "reblog" in s) for s in response):
        return "found no Mastodon statuses: an entry of the list is not a status (an object with id and content)"
    return None


SHAPES: dict[str, Callable[[Any], str | None]] = {x.SOURCE: x_shape_problem, mastodon.SOURCE: mastodon_shape_problem}
WHAT = {x.SOURCE: "X posts", mastodon.SOURCE: "Mastodon statuses"}


def parse_file(path: Path, source: str, secret_key: str) -> list[Page]:
    """Every line checked for the source's shape first (an error names the line), then parsed."""
    parser, shape = PARSERS[source], SHAPES[source]
    lines = read_lines(path)
    for number, response in lines:
        problem = shape(response)
        if problem is not None:
            raise ConfigError(f"{path}:{number}: {problem}")
    return [parser(response, secret_key) for _number, response in lines]


async def replay(path: Path, source: str, dest: Destination, event: Event) -> Counts:
    """Every post of the recording into ``intake`` (oldest first), as if it had just been polled.

    A file holding no post at all is an error: it is almost surely the wrong file.
    """
    pages = parse_file(path, source, dest.secret_key)
    if not any(page.posts or page.reposts for page in pages):
        raise ConfigError(f"{path}: found no {WHAT[source]} in this file")
    posts: list[Post] = [dataclasses.replace(post, posted_at=None) for page in pages for post in page.posts]
    return await deliver(dest, event, posts)
