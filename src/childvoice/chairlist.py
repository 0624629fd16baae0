"""The chair's list: shortlisted items per panel in the chair's order, and what is on the room screen.

Reads select only what the chair may see: items in ``VISIBLE_TO_CHAIR``, their redacted
text and human translations, and an attribution of age band · country · language ·
source. Never the original text, never a name.

Order writes are safe for several chairs at once: each takes the list's row as a lock
(``FOR UPDATE`` on PostgreSQL, the one serialised writer on SQLite), re-reads the items
that are shortlisted *now*, applies the move and rewrites every position. An item is
never lost: ids the writer did not know about keep their place after the ones it moved.
A whole-list reorder (drag) also names the list version it saw and is refused when
someone else reordered first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from babel import Locale
from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncConnection

from childvoice import audit, clock, i18n, states
from childvoice.broadcast import Broadcaster
from childvoice.db import Database
from childvoice.events import Event
from childvoice.states import State
from childvoice.tables import chair_lists, chair_order, on_screen, submissions, translations

Move = Literal["up", "down", "top", "bottom", "skip"]
MOVES: tuple[Move, ...] = ("up", "down", "top", "bottom", "skip")
NO_PANEL = 0


class NotOnList(Exception):
    """The item is not (or no longer) on the chair's list: not shortlisted, or another event's."""

    def __init__(self, submission_id: int) -> None:
        super().__init__(f"item {submission_id} is not on the chair's list")
        self.submission_id = submission_id


class StaleOrder(Exception):
    """Someone else reordered the list after this view was loaded."""

    def __init__(self, panel_key: int, current_version: int) -> None:
        super().__init__(f"list {panel_key} is now at version {current_version}")
        self.panel_key = panel_key
        self.current_version = current_version


def language_name(code: str | None) -> str:
    if not code:
        return ""
    try:
        return Locale.parse(code).get_display_name("en") or code
    except (ValueError, TypeError):
        return code


@dataclass(frozen=True)
class ChairItem:
    id: int
    version: int
    state: State
    text: str
    language: str | None
    age_band: str | None
    country: str | None
    source: str
    panel_id: int | None
    read_out_at: datetime | None
    skipped: bool
    translations: tuple[tuple[str, str], ...] = ()  # (language name, text)

    @property
    def attribution(self) -> str:
        """The line under the text, e.g. "14–15 · Peru · Spanish · web": never a name, handle or exact place."""
        parts = [
            (self.age_band or "").replace("-", "–"),
            i18n.country_name(self.country, "en"),
            language_name(self.language),
            self.source,
        ]
        return " · ".join(p for p in parts if p)

    @property
    def panel_key(self) -> int:
        return self.panel_id or NO_PANEL


@dataclass
class PanelList:
    key: int
    name: str
    version: int
    waiting: list[ChairItem] = field(default_factory=list)
    done: list[ChairItem] = field(default_factory=list)


_COLUMNS = (
    submissions.c.id,
    submissions.c.version,
    submissions.c.state,
    submissions.c.text,
    submissions.c.language,
    submissions.c.age_band,
    submissions.c.country,
    submissions.c.source,
    submissions.c.panel_id,
    submissions.c.read_out_at,
)


async def _translations(conn: AsyncConnection, ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    out: dict[int, list[tuple[str, str]]] = {}
    if not ids:
        return out
    rows = (
        await conn.execute(
            select(translations.c.submission_id, translations.c.language, translations.c.text)
            .where(translations.c.submission_id.in_(ids))
            .order_by(translations.c.submission_id, translations.c.language)
        )
    ).all()
    for r in rows:
        out.setdefault(int(r.submission_id), []).append((language_name(r.language), r.text))
    return out


def _item(row: Any, found: dict[int, list[tuple[str, str]]], skipped: bool = False) -> ChairItem:
    return ChairItem(
        id=int(row.id),
        version=int(row.version),
        state=State(row.state),
        text=row.text,
        language=row.language,
        age_band=row.age_band,
        country=row.country,
        source=row.source,
        panel_id=row.panel_id,
        read_out_at=row.read_out_at,
        skipped=skipped,
        translations=tuple(found.get(int(row.id), ())),
    )


async def panel_lists(db: Database, event: Event) -> list[PanelList]:
    """Every panel of the event (and "no panel chosen" when used), each with its waiting and read-out items."""
    async with db.read() as conn:
        rows = (
            await conn.execute(
                select(*_COLUMNS, chair_order.c.position, chair_order.c.skipped_at)
                .select_from(submissions.outerjoin(chair_order, chair_order.c.submission_id == submissions.c.id))
                .where(submissions.c.event_id == event.id, submissions.c.state.in_(list(states.VISIBLE_TO_CHAIR)))
                .order_by(chair_order.c.position.is_(None), chair_order.c.position, submissions.c.id)
            )
        ).all()
        versions = {
            int(r.panel_key): int(r.version)
            for r in (await conn.execute(select(chair_lists).where(chair_lists.c.event_id == event.id))).all()
        }
        found = await _translations(conn, [int(r.id) for r in rows])
    lists = {p.id: PanelList(p.id, p.name("en"), versions.get(p.id, 0)) for p in event.panels}
    for row in rows:
        item = _item(row, found, row.skipped_at is not None)
        if item.state not in states.VISIBLE_TO_CHAIR:  # the query says so; say it twice
            continue
        key = item.panel_key if item.panel_key in lists else NO_PANEL
        if key not in lists:
            lists[key] = PanelList(NO_PANEL, "No panel chosen", versions.get(NO_PANEL, 0))
        target = lists[key].done if item.state is State.READ_OUT else lists[key].waiting
        target.append(item)
    for plist in lists.values():
        plist.done.sort(key=lambda i: (i.read_out_at is None, i.read_out_at, i.id))
    return list(lists.values())


@dataclass(frozen=True)
class Screen:
    item: ChairItem | None
    panel_name: str
    shown_at: datetime | None


async def on_screen_now(db: Database, event: Event) -> Screen:
    """What the room display shows: the item put on screen, only while it is still in VISIBLE_TO_CHAIR."""
    async with db.read() as conn:
        row = (
            await conn.execute(
                select(*_COLUMNS, on_screen.c.shown_at)
                .select_from(on_screen.join(submissions, submissions.c.id == on_screen.c.submission_id))
                .where(
                    on_screen.c.event_id == event.id,
                    submissions.c.event_id == event.id,
                    submissions.c.state.in_(list(states.VISIBLE_TO_CHAIR)),
                )
            )
        ).first()
    if row is None or State(row.state) not in states.VISIBLE_TO_CHAIR:
        return Screen(None, "", None)
    item = _item(row, {})
    panel = event.panel(item.panel_id)
    return Screen(item, panel.name("en") if panel else "", row.shown_at)


async def on_screen_id(db: Database, event_id: int) -> int | None:
    async with db.read() as conn:
        value = (await conn.execute(select(on_screen.c.submission_id).where(on_screen.c.event_id == event_id))).scalar()
    return int(value) if value is not None else None


async def visible_ids(db: Database, event_id: int) -> set[int]:
    """Ids the chair can see now (for deciding which live events concern them)."""
    async with db.read() as conn:
        rows = await conn.execute(
            select(submissions.c.id).where(
                submissions.c.event_id == event_id, submissions.c.state.in_(list(states.VISIBLE_TO_CHAIR))
            )
        )
        return {int(i) for i in rows.scalars()}


# --- writes ---------------------------------------------------------------------------------------


async def _lock_list(db: Database, conn: AsyncConnection, event_id: int, panel_key: int) -> int:
    """Create the list row if missing, lock it, and return its version."""
    maker = sqlite_insert if db.is_sqlite else pg_insert
    await conn.execute(
        maker(chair_lists).values(event_id=event_id, panel_key=panel_key, version=0).on_conflict_do_nothing()
    )
    version = (
        await conn.execute(
            select(chair_lists.c.version)
            .where(chair_lists.c.event_id == event_id, chair_lists.c.panel_key == panel_key)
            .with_for_update()
        )
    ).scalar_one()
    return int(version)


async def _waiting_ids(conn: AsyncConnection, event_id: int, panel_key: int) -> tuple[list[int], set[int]]:
    """Shortlisted ids of one list in the current order, and which of them are marked skipped."""
    panel_filter = submissions.c.panel_id.is_(None) if panel_key == NO_PANEL else submissions.c.panel_id == panel_key
    rows = (
        await conn.execute(
            select(submissions.c.id, chair_order.c.skipped_at)
            .select_from(submissions.outerjoin(chair_order, chair_order.c.submission_id == submissions.c.id))
            .where(submissions.c.event_id == event_id, submissions.c.state == State.SHORTLISTED, panel_filter)
            .order_by(chair_order.c.position.is_(None), chair_order.c.position, submissions.c.id)
        )
    ).all()
    return [int(r.id) for r in rows], {int(r.id) for r in rows if r.skipped_at is not None}


async def _write_order(
    conn: AsyncConnection, event_id: int, panel_key: int, version: int, ids: list[int], skipped: set[int]
) -> None:
    now = clock.now()
    if ids:
        await conn.execute(delete(chair_order).where(chair_order.c.submission_id.in_(ids)))
        await conn.execute(
            insert(chair_order),
            [
                {"submission_id": sid, "position": pos, "skipped_at": now if sid in skipped else None}
                for pos, sid in enumerate(ids)
            ],
        )
    await conn.execute(
        update(chair_lists)
        .where(chair_lists.c.event_id == event_id, chair_lists.c.panel_key == panel_key)
        .values(version=version + 1)
    )


def _moved(ids: list[int], submission_id: int, how: Move) -> list[int]:
    at = ids.index(submission_id)
    rest = ids[:at] + ids[at + 1 :]
    if how == "up":
        target = max(0, at - 1)
    elif how == "down":
        target = min(len(rest), at + 1)
    elif how == "top":
        target = 0
    else:  # bottom, skip
        target = len(rest)
    return [*rest[:target], submission_id, *rest[target:]]


async def move(
    db: Database, broadcaster: Broadcaster, event_id: int, submission_id: int, how: Move, actor_id: str
) -> None:
    """Move one item relative to the list as it is now (up, down, top, bottom) or skip it (to the end, marked)."""
    async with db.write() as conn:
        row = (
            await conn.execute(
                select(submissions.c.event_id, submissions.c.state, submissions.c.panel_id).where(
                    submissions.c.id == submission_id
                )
            )
        ).first()
        if row is None or row.event_id != event_id or row.state != State.SHORTLISTED:
            raise NotOnList(submission_id)
        key = row.panel_id or NO_PANEL
        version = await _lock_list(db, conn, event_id, key)
        ids, skipped = await _waiting_ids(conn, event_id, key)
        if submission_id not in ids:
            raise NotOnList(submission_id)
        skipped = skipped | {submission_id} if how == "skip" else skipped - {submission_id}
        await _write_order(conn, event_id, key, version, _moved(ids, submission_id, how), skipped)
        await audit.record(conn, actor=actor_id, action="chair:order:move", submission_id=submission_id, reason=how)
    await broadcaster.publish({"type": "chair", "id": submission_id, "state": str(State.SHORTLISTED)})


async def reorder(
    db: Database,
    broadcaster: Broadcaster,
    event_id: int,
    panel_key: int,
    seen_version: int,
    wanted: Iterable[int],
    actor_id: str,
) -> list[int]:
    """Set a whole list's order (a drag). Ids not on the list are ignored; items missing from ``wanted``
    keep their relative order after the named ones. Refused with StaleOrder if the list changed order since."""
    async with db.write() as conn:
        version = await _lock_list(db, conn, event_id, panel_key)
        if version != seen_version:
            raise StaleOrder(panel_key, version)
        ids, skipped = await _waiting_ids(conn, event_id, panel_key)
        present = set(ids)
        named = list(dict.fromkeys(i for i in wanted if i in present))
        new = named + [i for i in ids if i not in set(named)]
        await _write_order(conn, event_id, panel_key, version, new, skipped)
        await audit.record(conn, actor=actor_id, action="chair:order:reorder", reason=f"panel:{panel_key}")
    await broadcaster.publish({"type": "chair", "id": 0, "state": str(State.SHORTLISTED)})
    return new


async def show(db: Database, broadcaster: Broadcaster, event_id: int, submission_id: int | None, actor_id: str) -> None:
    """Put an item on the room screen (``None``: clear the screen). Only items in VISIBLE_TO_CHAIR."""
    async with db.write() as conn:
        if submission_id is not None:
            row = (
                await conn.execute(
                    select(submissions.c.event_id, submissions.c.state).where(submissions.c.id == submission_id)
                )
            ).first()
            if row is None or row.event_id != event_id or State(row.state) not in states.VISIBLE_TO_CHAIR:
                raise NotOnList(submission_id)
        await conn.execute(delete(on_screen).where(on_screen.c.event_id == event_id))
        await conn.execute(
            insert(on_screen).values(
                event_id=event_id, submission_id=submission_id, shown_at=clock.now(), shown_by=actor_id
            )
        )
        await audit.record(
            conn,
            actor=actor_id,
            action="chair:screen:show" if submission_id is not None else "chair:screen:clear",
            submission_id=submission_id,
        )
    await broadcaster.publish({"type": "chair", "id": submission_id or 0, "state": "on_screen"})


async def forget(db: Database, broadcaster: Broadcaster, event_id: int, submission_id: int) -> None:
    """After an item leaves the list (returned to approved): drop its place, and take it off the screen."""
    async with db.write() as conn:
        await conn.execute(delete(chair_order).where(chair_order.c.submission_id == submission_id))
        await conn.execute(
            update(on_screen)
            .where(on_screen.c.event_id == event_id, on_screen.c.submission_id == submission_id)
            .values(submission_id=None, shown_at=clock.now())
        )
    await broadcaster.publish({"type": "chair", "id": submission_id, "state": "left"})
