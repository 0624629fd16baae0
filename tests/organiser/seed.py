"""A small event with items whose figures were counted by hand (see EXPECTED), each text a marker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from childvoice import clock
from childvoice.broadcast import InProcessBroadcaster
from childvoice.db import Database
from childvoice.events import Event, event_by_id
from childvoice.intake import GroupDetails, Incoming, intake
from childvoice.organiser import eventspec
from childvoice.screening import default_screener
from childvoice.states import Action, Actor
from childvoice.tables import case_notes, translations
from childvoice.workflow import transition

T0 = datetime(2027, 3, 6, 8, 0, tzinfo=UTC)
SECRET = "test-secret-key-for-seeding-only-0123456789"

SPEC = {
    "slug": "seeded-panel",
    "names": {"en": "Seeded panel day", "fr": "Journée de test"},
    "opens_at": T0,
    "closes_at": T0 + timedelta(hours=10),
    "retention_days": 30,
    "response_target_minutes": 15,
    "keep_read_out": False,
    "hashtags": {"x": ["#Seeded"]},
    "panels": [
        {"slug": "morning", "names": {"en": "Morning panel"}},
        {"slug": "afternoon", "names": {"en": "Afternoon panel"}},
    ],
}


def text(n: int) -> str:
    return f"Schools should teach online safety QMARK{n}ZX to every class"


TRANSLATION = "Les écoles devraient enseigner QMARKTRANSLATIONZX"
CASE_NOTE = "Called the helpline partner QMARKCASENOTEZX"
REJECT_NOTE = "Not about the topic QMARKAUDITNOTEZX"
ALL_MARKERS = [*(f"QMARK{n}ZX" for n in range(1, 8)), "QMARKTRANSLATIONZX", "QMARKCASENOTEZX", "QMARKAUDITNOTEZX"]

# Hand-counted from the script in ``seed`` below (item 6 is erased by the child and counted only as erased).
EXPECTED = {
    "items": 6,
    "erased": 1,
    "by_state": {"approved": 1, "pending": 2, "read_out": 1, "rejected": 1, "resolved": 1},
    "by_language": {"ar": 1, "en": 2, "es": 1, "fr": 1, "not given": 1},
    "by_country": {"BR": 1, "EG": 1, "FR": 1, "PE": 1, "not given": 2},
    "by_age_band": {"11-13": 2, "14-15": 1, "8-10": 1, "not given": 2},
    "by_source": {"group": 1, "web": 4, "x": 1},
    "by_panel": {"afternoon": 1, "morning": 2, "not given": 3},
    "over_time": [
        ("2027-03-06 08:00", 2),
        ("2027-03-06 08:15", 2),
        ("2027-03-06 08:30", 1),
        ("2027-03-06 08:45", 0),
        ("2027-03-06 09:00", 1),
    ],
    "rejection_reasons": {"off_topic": 1},
    "decision_seconds": [300, 300, 600],
    "median_decision_seconds": 300.0,
    "escalated": 2,
    "resolved": 1,
    "released": 1,
    "open_cases": 0,
    "response_seconds": [600, 1200],
    "median_response_seconds": 900.0,
    "responded_within_target": 1,
    "groups": 1,
    "children_in_groups": 12,
}


@dataclass
class Seeded:
    event: Event
    ids: dict[int, int]  # item number -> submission id


def at(minutes: int) -> None:
    moment = T0 + timedelta(minutes=minutes)
    clock.set_clock(lambda: moment)


async def seed(db: Database, spec: dict[str, object] | None = None) -> Seeded:
    """Items 1–7 at fixed times (minutes after 08:00 UTC). Restores the real clock at the end."""
    event_id, _ = await eventspec.save(db, eventspec.parse({**SPEC, **(spec or {})}), "system:test")
    event = await event_by_id(db, event_id)
    assert event is not None
    screener, bus = default_screener(), InProcessBroadcaster()
    morning, afternoon = (p.id for p in event.panels)
    ids: dict[int, int] = {}

    async def add(n: int, minute: int, **fields: object) -> int:
        at(minute)
        accepted = await intake(db, screener, bus, event, Incoming(text=text(n), **fields), SECRET)  # type: ignore[arg-type]
        assert str(accepted.state) == "pending", (n, accepted.state)
        ids[n] = accepted.submission_id
        return accepted.submission_id

    async def move(
        n: int, minute: int, action: Action, actor: Actor, reason: str | None = None, note: str | None = None
    ) -> None:
        at(minute)
        await transition(db, bus, ids[n], action, actor, "user:1", None, reason=reason, note=note)

    try:
        await add(1, 5, language="en", age_band="11-13", country="BR", panel_id=morning)
        await add(2, 7, language="fr", age_band="14-15", country="FR", panel_id=morning)
        await move(1, 10, Action.APPROVE, Actor.MODERATOR)
        await move(2, 12, Action.REJECT, Actor.MODERATOR, reason="off_topic", note=REJECT_NOTE)
        await add(3, 20, language="es")
        await add(4, 21, source="x", source_id="post-4", language="en")
        await move(1, 30, Action.SHORTLIST, Actor.MODERATOR)
        await move(4, 31, Action.APPROVE, Actor.MODERATOR)
        await add(5, 40, source="group", country="PE", age_band="11-13", group=GroupDetails(12, 11, 13, "Quechua"))
        await move(5, 41, Action.ESCALATE, Actor.MODERATOR, reason="moderator")
        await move(5, 51, Action.RESOLVE, Actor.SAFEGUARDING)
        at(52)
        async with db.write() as conn:
            await conn.execute(
                insert(case_notes).values(submission_id=ids[5], user_id=None, note=CASE_NOTE, at=clock.now())
            )
        await move(1, 60, Action.READ_OUT, Actor.CHAIR)
        await add(6, 70, language="en", age_band="16-17", country="BR", panel_id=afternoon)
        await add(7, 72, language="ar", age_band="8-10", country="EG", panel_id=afternoon)
        await move(7, 73, Action.ESCALATE, Actor.MODERATOR, reason="moderator")
        await move(6, 75, Action.WITHDRAW, Actor.CHILD)
        await move(7, 93, Action.RELEASE, Actor.SAFEGUARDING)
        at(95)
        async with db.write() as conn:
            await conn.execute(
                insert(translations).values(
                    submission_id=ids[1], language="fr", text=TRANSLATION, user_id=None, at=clock.now()
                )
            )
    finally:
        clock.set_clock(None)
    return Seeded(event, ids)
