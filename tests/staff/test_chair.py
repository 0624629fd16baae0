"""The chair's list, the room display and the outcome page, in process on both databases."""

from __future__ import annotations

import asyncio
import hashlib
import re
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select

from childvoice import chairlist, clock, displays
from childvoice.events import current_event
from childvoice.permissions import Role
from childvoice.states import Action, Actor, State
from childvoice.tables import display_links, submissions
from childvoice.workflow import transition
from tests.chairseed import Seeded, seed_all_states
from tests.childflow import send_ok, status_page
from tests.conftest import AppHarness
from tests.staff.staffkit import csrf

DISPLAY_URL = re.compile(r'id="display-url">([^<]+)<')


async def _event_id(harness: AppHarness) -> int:
    event = await current_event(harness.state.db)
    assert event is not None
    return event.id


@pytest.fixture
async def seeded(harness: AppHarness) -> Seeded:
    return await seed_all_states(harness.state.db, await _event_id(harness))


async def _display_link(client: httpx.AsyncClient, path: str = "/staff/chair/displays") -> str:
    response = await client.post(path, data={"csrf": await csrf(client), "label": "Room XX"})
    assert response.status_code == 200, response.text[:300]
    found = DISPLAY_URL.search(response.text)
    assert found
    return httpx.URL(found.group(1)).path


async def _post(client: httpx.AsyncClient, path: str, **data: str) -> httpx.Response:
    return await client.post(path, data={"csrf": await csrf(client), **data})


def _no_hidden(seed: Seeded, body: str, where: str) -> None:
    leaked = [m for m in seed.hidden if m in body]
    assert leaked == [], (where, leaked)


async def test_chair_pages_and_display_never_show_text_outside_visible_states(
    harness: AppHarness, clients: dict, seeded: Seeded
) -> None:
    chair = clients[Role.CHAIR]
    link = await _display_link(chair)
    pages = ["/staff/chair", "/staff/chair/list", "/staff/chair/print"]
    for path in pages:
        response = await chair.get(path)
        assert response.status_code == 200
        _no_hidden(seeded, response.text, path)
        for text in seeded.visible.values():
            assert text in response.text or path == "/staff/chair/print", (path, text)
    # Nothing outside VISIBLE_TO_CHAIR can be put on screen...
    for state, sid in seeded.ids.items():
        response = await _post(chair, f"/staff/chair/items/{sid}/screen")
        if state in (State.SHORTLISTED, State.READ_OUT):
            assert response.status_code == 303
            shown = await harness.client.get(f"{link}/now")
            assert seeded.visible[sid] in shown.text
            assert [t for i, t in seeded.visible.items() if i != sid and t in shown.text] == []
        else:
            assert response.status_code == 409, state
        for path in [*pages, link, f"{link}/now"]:
            body = (await (harness.client if path.startswith("/display") else chair).get(path)).text
            _no_hidden(seeded, body, path)


async def test_display_hides_an_item_that_leaves_the_chairs_states(
    harness: AppHarness, clients: dict, seeded: Seeded
) -> None:
    chair, sid = clients[Role.CHAIR], seeded.ids[State.SHORTLISTED]
    link = await _display_link(chair)
    assert (await _post(chair, f"/staff/chair/items/{sid}/screen")).status_code == 303
    assert seeded.visible[sid] in (await harness.client.get(f"{link}/now")).text
    await transition(harness.state.db, harness.state.broadcaster, sid, Action.ESCALATE, Actor.MODERATOR, "user:1", 1)
    for path in (link, f"{link}/now", "/staff/chair", "/staff/chair/list"):
        body = (await (harness.client if path.startswith("/display") else chair).get(path)).text
        assert seeded.visible[sid] not in body, path


async def test_display_link_is_stored_hashed_and_revocation_gives_plain_404(
    harness: AppHarness, clients: dict, seeded: Seeded
) -> None:
    chair = clients[Role.CHAIR]
    link = await _display_link(chair)
    token = link.rsplit("/", 1)[1]
    assert len(token) >= 43
    async with harness.state.db.read() as conn:
        stored = (await conn.execute(select(display_links.c.token_hash))).scalars().all()
    assert stored == [hashlib.sha256(token.encode()).hexdigest()]
    page = await harness.client.get(link)
    assert page.status_code == 200 and "The next question will appear here." in page.text
    assert token not in (await chair.get("/staff/chair")).text  # shown once, never again
    link_id = (await displays.links(harness.state.db, await _event_id(harness)))[0].id
    response = await _post(chair, f"/staff/chair/displays/{link_id}/revoke")
    assert response.status_code == 303
    for path in (link, f"{link}/now", f"{link}/live", "/display/" + "A" * 43, "/display/x"):
        gone = await harness.client.get(path)
        assert (gone.status_code, gone.text) == (404, "Not found"), path


async def test_admin_creates_and_revokes_display_links_too(harness: AppHarness, clients: dict) -> None:
    admin = clients[Role.ADMIN]
    link = await _display_link(admin, "/staff/admin/displays")
    assert (await harness.client.get(link)).status_code == 200
    page = await admin.get("/staff/admin/event")
    link_id = re.search(r"/staff/admin/displays/(\d+)/revoke", page.text)
    assert link_id
    assert (await _post(admin, f"/staff/admin/displays/{link_id.group(1)}/revoke")).status_code == 303
    assert (await harness.client.get(link)).status_code == 404


async def _shortlist_many(harness: AppHarness, client: httpx.AsyncClient, n: int) -> list[int]:
    ids = []
    for i in range(n):
        await send_ok(client, f"Question number {i} about online safety?")
    async with harness.state.db.read() as conn:
        rows = (await conn.execute(select(submissions.c.id).where(submissions.c.state == State.PENDING))).scalars()
        pending = [int(r) for r in rows]
    for sid in pending[-n:]:
        db, bc = harness.state.db, harness.state.broadcaster
        await transition(db, bc, sid, Action.APPROVE, Actor.MODERATOR, "user:1", 1)
        await transition(db, bc, sid, Action.SHORTLIST, Actor.MODERATOR, "user:1", 2)
        ids.append(sid)
    return ids


async def _order(harness: AppHarness) -> list[int]:
    event = await current_event(harness.state.db)
    assert event
    lists = await chairlist.panel_lists(harness.state.db, event)
    return [item.id for plist in lists for item in plist.waiting]


async def test_move_up_down_skip_and_reorder_without_javascript(harness: AppHarness, clients: dict) -> None:
    chair = clients[Role.CHAIR]
    a, b, c = await _shortlist_many(harness, harness.client, 3)
    assert await _order(harness) == [a, b, c]
    response = await _post(chair, f"/staff/chair/items/{c}/move", how="up")
    assert response.status_code == 303 and response.headers["location"].endswith(f"#item-{c}")
    assert await _order(harness) == [a, c, b]
    await _post(chair, f"/staff/chair/items/{a}/move", how="skip")
    assert await _order(harness) == [c, b, a]
    assert 'class="badge">skipped' in (await chair.get("/staff/chair/list")).text
    page = (await chair.get("/staff/chair/list")).text
    version = re.search(r'data-panel="0" data-version="(\d+)"', page)
    assert version
    sent = {"csrf": await csrf(chair), "panel": "0", "version": version.group(1), "item": [str(b)]}
    assert (await chair.post("/staff/chair/order", data=sent)).status_code == 303
    assert await _order(harness) == [b, c, a]  # the ones not named keep their order after the named
    stale = await chair.post("/staff/chair/order", data=sent)
    assert stale.status_code == 409 and "Someone else changed the order first" in stale.text
    assert await _order(harness) == [b, c, a]


async def test_two_people_reordering_at_once_lose_nothing(harness: AppHarness) -> None:
    ids = await _shortlist_many(harness, harness.client, 6)
    event_id = await _event_id(harness)
    db, bc = harness.state.db, harness.state.broadcaster
    moves = [chairlist.move(db, bc, event_id, sid, how, "user:1") for sid in ids for how in ("up", "top", "down")]
    await asyncio.gather(*moves)
    results = await asyncio.gather(
        chairlist.reorder(db, bc, event_id, 0, 18, list(reversed(ids)), "user:1"),
        chairlist.reorder(db, bc, event_id, 0, 18, ids, "user:2"),
        return_exceptions=True,
    )
    assert sorted(type(r).__name__ for r in results) == ["StaleOrder", "list"]
    assert sorted(await _order(harness)) == sorted(ids)


async def test_read_out_by_the_chair_shows_on_the_childs_status_page(harness: AppHarness, clients: dict) -> None:
    chair = clients[Role.CHAIR]
    code = await send_ok(
        harness.client, "Will you ask companies to protect children online?", country="PE", age_band="14-15"
    )
    async with harness.state.db.read() as conn:
        sid = (await conn.execute(select(submissions.c.id).order_by(submissions.c.id.desc()))).scalar_one_or_none()
    assert sid
    db, bc = harness.state.db, harness.state.broadcaster
    await transition(db, bc, sid, Action.APPROVE, Actor.MODERATOR, "user:1", 1)
    await transition(db, bc, sid, Action.SHORTLIST, Actor.MODERATOR, "user:1", 2)
    page = (await chair.get("/staff/chair")).text
    assert "14–15 · Peru · English · web" in page
    assert (await _post(chair, f"/staff/chair/items/{sid}/read-out", version="1")).status_code == 409  # stale view
    assert (await _post(chair, f"/staff/chair/items/{sid}/read-out", version="3")).status_code == 303
    status = await status_page(harness.client, code)
    assert "status-read_out" in status.text
    assert 'href="/outcome/' in status.text


async def test_return_to_approved_takes_it_off_the_list_and_the_screen(harness: AppHarness, clients: dict) -> None:
    chair = clients[Role.CHAIR]
    link = await _display_link(chair)
    (sid,) = await _shortlist_many(harness, harness.client, 1)
    await _post(chair, f"/staff/chair/items/{sid}/screen")
    assert "Question number 0" in (await harness.client.get(f"{link}/now")).text
    response = await chair.post(
        f"/staff/chair/items/{sid}/unshortlist", data={"version": "3"}, headers={"X-CSRF-Token": await csrf(chair)}
    )
    assert response.status_code == 204  # the page's script refreshes by itself
    assert await _order(harness) == []
    assert "Question number 0" not in (await harness.client.get(f"{link}/now")).text


async def test_outcome_page_in_every_language_after_the_event(harness: AppHarness, clients: dict) -> None:
    await send_ok(harness.client, "Pregunta sobre la seguridad en internet", lang="es", country="PE")
    await send_ok(harness.client, "Question sur la sécurité", lang="fr", country="FR")
    admin = clients[Role.ADMIN]
    response = await _post(
        admin, "/staff/admin/event/outcome", summary_en="The panel heard you.", summary_ar="سمعتكم حلقة النقاش."
    )
    assert response.status_code == 303
    event = await current_event(harness.state.db)
    assert event
    before = await harness.client.get(f"/outcome/{event.slug}", headers={"Accept-Language": "fr"})
    assert before.status_code == 200 and "pas encore fini" in before.text
    clock.set_clock(lambda: event.closes_at + timedelta(days=1))
    try:
        ar = await harness.client.get(f"/outcome/{event.slug}?lang=ar")
        assert 'dir="rtl"' in ar.text and "سمعتكم حلقة النقاش." in ar.text
        es = await harness.client.get(f"/outcome/{event.slug}?lang=es")
        assert "The panel heard you." in es.text and 'lang="en"' in es.text  # English when none in Spanish
        assert re.search(r"<dd>2</dd>", es.text)  # two messages, two countries
        assert "español" in es.text and "francés" in es.text
    finally:
        clock.set_clock(None)
    assert (await harness.client.get("/outcome/no-such-event")).status_code == 404
