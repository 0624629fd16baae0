"""Events and their panels: reading the open event, and creating the demo event."""

from __future__ import annotations

import time
import tomllib
import weakref
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncConnection

from childvoice import clock
from childvoice.db import Database
from childvoice.i18n import DEFAULT_LANGUAGE, LANGUAGES
from childvoice.paths import DATA_DIR
from childvoice.tables import events, panels


@dataclass(frozen=True)
class Panel:
    id: int
    slug: str
    names: dict[str, str]

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get(DEFAULT_LANGUAGE) or self.slug


@dataclass(frozen=True)
class Event:
    id: int
    slug: str
    names: dict[str, str]
    opens_at: datetime
    closes_at: datetime
    languages: tuple[str, ...]
    hashtags: dict[str, list[str]]
    panels: tuple[Panel, ...]
    response_target_minutes: int = 15
    helpline_overrides: dict[str, dict[str, str]] = field(default_factory=dict)

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get(DEFAULT_LANGUAGE) or self.slug

    def is_open(self, at: datetime) -> bool:
        return self.opens_at <= at < self.closes_at

    def panel(self, panel_id: int | None) -> Panel | None:
        return next((p for p in self.panels if p.id == panel_id), None)


async def _load(conn: AsyncConnection, rows: list[Any]) -> list[Event]:
    if not rows:
        return []
    panel_rows = (
        await conn.execute(
            select(panels).where(panels.c.event_id.in_([r.id for r in rows])).order_by(panels.c.position, panels.c.id)
        )
    ).all()
    result = []
    for r in rows:
        own = tuple(Panel(p.id, p.slug, dict(p.names)) for p in panel_rows if p.event_id == r.id)
        result.append(
            Event(
                r.id,
                r.slug,
                dict(r.names),
                r.opens_at,
                r.closes_at,
                tuple(r.languages),
                dict(r.hashtags),
                own,
                r.response_target_minutes,
                dict(r.helpline_overrides or {}),
            )
        )
    return result


#: Every child's page needs the current event; reading it at most once a second per process keeps two
#: queries off the hot path. Writes in this process forget it at once; other instances see a change within a second.
CACHE_SECONDS = 1.0
_cache: weakref.WeakKeyDictionary[Database, tuple[float, list[Event]]] = weakref.WeakKeyDictionary()


def forget(db: Database) -> None:
    """Drop the cached events after a change to events or panels."""
    _cache.pop(db, None)


async def all_events(db: Database) -> list[Event]:
    cached = _cache.get(db)
    if cached is not None and time.monotonic() - cached[0] < CACHE_SECONDS:
        return list(cached[1])
    async with db.read() as conn:
        rows = (await conn.execute(select(events).order_by(events.c.opens_at, events.c.id))).all()
        loaded = await _load(conn, list(rows))
    _cache[db] = (time.monotonic(), loaded)
    return list(loaded)


async def current_event(db: Database) -> Event | None:
    """The event children write to now: the open one that closes first; else the next to open; else the last."""
    every = await all_events(db)
    now = clock.now()
    open_now = sorted((e for e in every if e.is_open(now)), key=lambda e: e.closes_at)
    if open_now:
        return open_now[0]
    upcoming = [e for e in every if e.opens_at > now]
    if upcoming:
        return upcoming[0]
    return every[-1] if every else None


async def open_events(db: Database) -> list[Event]:
    """Every event taking messages now, the one that closes first first (several may be open at once)."""
    now = clock.now()
    return sorted((e for e in await all_events(db) if e.is_open(now)), key=lambda e: (e.closes_at, e.id))


#: After an event closes, its hashtags are still looked at this long: late-indexed posts, and deletions.
POLL_AFTER_CLOSE = timedelta(days=2)


async def events_to_poll(db: Database) -> list[Event]:
    """Events whose hashtags are read now: opened, and closed less than ``POLL_AFTER_CLOSE`` ago."""
    now = clock.now()
    return [e for e in await all_events(db) if e.opens_at <= now <= e.closes_at + POLL_AFTER_CLOSE]


async def event_by_slug(db: Database, slug: str) -> Event | None:
    return next((e for e in await all_events(db) if e.slug == slug), None)


async def event_by_id(db: Database, event_id: int) -> Event | None:
    return next((e for e in await all_events(db) if e.id == event_id), None)


DEMO_FILE = DATA_DIR / "demo_event.toml"
DEMO_SLUG = "hrc-children-ict-demo"


async def create_event(
    db: Database,
    slug: str,
    names: dict[str, str],
    opens_at: datetime,
    closes_at: datetime,
    panel_specs: list[tuple[str, dict[str, str]]],
    languages: tuple[str, ...] = LANGUAGES,
    hashtags: dict[str, list[str]] | None = None,
    retention_days: int = 30,
) -> int:
    async with db.write() as conn:
        event_id = (
            await conn.execute(
                insert(events)
                .values(
                    slug=slug,
                    names=names,
                    opens_at=opens_at,
                    closes_at=closes_at,
                    languages=list(languages),
                    hashtags=hashtags or {},
                    retention_days=retention_days,
                    created_at=clock.now(),
                )
                .returning(events.c.id)
            )
        ).scalar_one()
        for position, (panel_slug, panel_names) in enumerate(panel_specs):
            await conn.execute(
                insert(panels).values(event_id=event_id, slug=panel_slug, names=panel_names, position=position)
            )
    forget(db)
    return int(event_id)


async def ensure_demo_event(db: Database) -> int:
    """The sample event (modelled on the HRC annual day on the rights of the child), open for a month."""
    async with db.read() as conn:
        existing = (await conn.execute(select(events.c.id).where(events.c.slug == DEMO_SLUG))).scalar()
    if existing is not None:
        return int(existing)
    with DEMO_FILE.open("rb") as f:
        spec = tomllib.load(f)
    now = clock.now().replace(microsecond=0)
    return await create_event(
        db,
        spec["slug"],
        spec["names"],
        opens_at=now - timedelta(hours=1),
        closes_at=now + timedelta(days=spec.get("open_days", 30)),
        panel_specs=[(p["slug"], p["names"]) for p in spec["panels"]],
        hashtags=spec.get("hashtags", {}),
    )
