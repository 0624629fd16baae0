"""Several events open at once: children choose, each item lands in its event, staff switch events."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from childvoice import clock
from childvoice.events import DEMO_SLUG, create_event, event_by_slug, forget
from childvoice.permissions import Role
from childvoice.tables import submissions
from tests.childflow import csrf_of, receipt_code
from tests.conftest import AppHarness
from tests.staff.staffkit import csrf

SECOND = "youth-forum-2027"


async def _second_event(h: AppHarness) -> int:
    now = clock.now()
    event_id = await create_event(
        h.state.db,
        SECOND,
        {"en": "Youth forum on online safety", "fr": "Forum des jeunes sur la sécurité en ligne"},
        now - timedelta(hours=1),
        now + timedelta(days=30),  # closes after the demo event: "/" stays on the demo event
        [],
    )
    forget(h.state.db)
    return event_id


async def _event_of(h: AppHarness, text: str) -> int:
    async with h.state.db.read() as conn:
        return int((await conn.execute(select(submissions.c.event_id).where(submissions.c.text == text))).scalar_one())


async def test_a_child_finds_the_other_open_event_and_their_message_lands_in_it(harness: AppHarness) -> None:
    second_id = await _second_event(harness)
    home = await harness.client.get("/", headers={"Accept-Language": "fr"})
    assert "Autres discussions ouvertes en ce moment" in home.text and f'href="/e/{SECOND}?lang=fr"' in home.text
    page = await harness.client.get(f"/e/{SECOND}?lang=fr")
    assert page.status_code == 200 and "Forum des jeunes sur la sécurité en ligne" in page.text
    assert f'name="event" value="{SECOND}"' in page.text
    assert f'href="/e/{SECOND}?lang=ar"' in page.text  # the language switch stays on this event
    text = "Comment le forum va-t-il écouter les enfants des villages ? 5521"
    data = {"message": text, "csrf": csrf_of(page.text), "event": SECOND, "panel": "", "website": ""}
    receipt = await harness.client.post("/submit", data=data, headers={"Accept-Language": "fr"})
    assert receipt.status_code == 200 and receipt_code(receipt.text)
    assert await _event_of(harness, text) == second_id
    missing = await harness.client.get("/e/no-such-event?lang=es")
    assert missing.status_code == 404 and '<html lang="es"' in missing.text


async def test_staff_switch_the_event_they_work_on(harness: AppHarness, clients: dict) -> None:
    await _second_event(harness)
    text = "What will the youth forum ask the ministers? 7719"
    page = await harness.client.get(f"/e/{SECOND}")
    data = {"message": text, "csrf": csrf_of(page.text), "event": SECOND, "panel": "", "website": ""}
    assert (await harness.client.post("/submit", data=data)).status_code == 200
    moderator = clients[Role.MODERATOR]
    queue = await moderator.get("/staff/queue")
    assert 'id="event-switch"' in queue.text and text not in queue.text  # the demo event's queue
    token = await csrf(moderator, "/staff/queue")
    switched = await moderator.post("/staff/event", data={"csrf": token, "event": SECOND, "next": "/staff/queue"})
    assert switched.status_code == 303 and switched.headers["location"] == "/staff/queue"
    assert text in (await moderator.get("/staff/queue")).text
    back = await moderator.post(
        "/staff/event", data={"csrf": token, "event": DEMO_SLUG, "next": "https://evil.example"}
    )
    assert back.headers["location"] == "/staff"  # never sent off the staff pages
    assert text not in (await moderator.get("/staff/queue")).text
    unknown = await moderator.post("/staff/event", data={"csrf": token, "event": "nope", "next": "/staff/queue"})
    assert unknown.status_code == 400
    assert await event_by_slug(harness.state.db, SECOND) is not None
