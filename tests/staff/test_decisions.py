"""Decisions through the staff pages: the state table, stale views, originals deleted, audit rows."""

from __future__ import annotations

import asyncio
import re

import httpx
import pytest
from sqlalchemy import select

from childvoice.permissions import Role
from childvoice.tables import audit, case_notes, submissions, translations
from tests.childflow import send_ok
from tests.conftest import AppHarness
from tests.staff.staffkit import csrf


async def _row(h: AppHarness, sid: int):  # type: ignore[no-untyped-def]
    async with h.state.db.read() as conn:
        return (await conn.execute(select(submissions).where(submissions.c.id == sid))).one()


async def _new_item(h: AppHarness, text: str = "How do laws stop strangers messaging kids in games?") -> int:
    await send_ok(h.client, text)
    async with h.state.db.read() as conn:
        return int((await conn.execute(select(submissions.c.id).order_by(submissions.c.id.desc()))).scalars().first())


async def _post(client: httpx.AsyncClient, sid: int, action: str, **data: str) -> httpx.Response:
    token = await csrf(client, f"/staff/items/{sid}")
    return await client.post(f"/staff/items/{sid}/{action}", data={"csrf": token, **data})


async def _audit(h: AppHarness, sid: int) -> list[tuple[str, str | None, str | None]]:
    async with h.state.db.read() as conn:
        rows = (await conn.execute(select(audit).where(audit.c.submission_id == sid).order_by(audit.c.id))).all()
    return [(r.action, r.from_state, r.to_state) for r in rows if not r.action.endswith(":claim")]


async def test_approve_deletes_the_original_and_writes_the_audit_row(harness: AppHarness, clients: dict) -> None:
    sid = await _new_item(harness)
    assert (await _row(harness, sid)).original_text is not None
    row = await _row(harness, sid)
    response = await _post(clients[Role.MODERATOR], sid, "approve", version=str(row.version))
    assert response.status_code == 303
    after = await _row(harness, sid)
    assert (after.state, after.original_text, after.version) == ("approved", None, row.version + 1)
    assert await _audit(harness, sid) == [
        ("web:submission:screen", None, "pending"),
        ("moderator:submission:approve", "pending", "approved"),
    ]


async def test_reject_needs_a_reason_and_deletes_the_original(harness: AppHarness, clients: dict) -> None:
    sid = await _new_item(harness)
    version = str((await _row(harness, sid)).version)
    assert (await _post(clients[Role.MODERATOR], sid, "reject", version=version)).status_code == 400
    assert (await _post(clients[Role.MODERATOR], sid, "reject", version=version, reason="off_topic")).status_code == 303
    after = await _row(harness, sid)
    assert (after.state, after.original_text) == ("rejected", None)


async def test_two_moderators_deciding_at_once_exactly_one_wins(
    harness: AppHarness, clients: dict, staff: dict
) -> None:
    from datetime import date

    from childvoice.staff import accounts
    from tests.staff.staffkit import make_staff  # noqa: F401  (second moderator made below)

    await accounts.create_user(
        harness.state.db,
        "second-mod",
        Role.MODERATOR,
        "correct horse battery staple",
        date(2026, 1, 1),
        "t",
        secret=staff[Role.MODERATOR].secret,
    )
    other = httpx.AsyncClient(transport=httpx.ASGITransport(app=harness.app), base_url="http://testserver")
    from tests.staff.staffkit import Staff, sign_in

    await sign_in(other, Staff(Role.MODERATOR, "second-mod", 0, staff[Role.MODERATOR].secret))
    sid = await _new_item(harness)
    version = str((await _row(harness, sid)).version)
    a_token = await csrf(clients[Role.MODERATOR], "/staff/queue")
    b_token = await csrf(other, "/staff/queue")
    first, second = await asyncio.gather(
        clients[Role.MODERATOR].post(f"/staff/items/{sid}/approve", data={"csrf": a_token, "version": version}),
        other.post(f"/staff/items/{sid}/reject", data={"csrf": b_token, "version": version, "reason": "spam"}),
    )
    codes = sorted([first.status_code, second.status_code])
    assert codes == [303, 409]
    loser = first if first.status_code == 409 else second
    assert "Already decided by" in loser.text and "Nothing was changed" in loser.text
    decisions = [a for a in await _audit(harness, sid) if a[0] != "web:submission:screen"]
    assert len(decisions) == 1
    await other.aclose()


async def test_redaction_keeps_the_childs_words(harness: AppHarness, clients: dict) -> None:
    sid = await _new_item(harness, "My friend Tom and I think games should ask age")
    row = await _row(harness, sid)
    mod = clients[Role.MODERATOR]
    changed = await _post(mod, sid, "redact", version=str(row.version), text="My friend Tom and I think games are bad")
    assert changed.status_code == 400 and "words stay" in changed.text
    good = row.text.replace("Tom", "[removed to keep you safe]")
    assert (await _post(mod, sid, "redact", version=str(row.version), text=good)).status_code == 303
    after = await _row(harness, sid)
    assert (after.text, after.text_revision, after.state) == (good, row.text_revision + 1, "pending")
    assert after.original_text == "My friend Tom and I think games should ask age"  # kept until a decision


async def test_escalated_text_is_for_the_safeguarding_desk_only(harness: AppHarness, clients: dict) -> None:
    sid = await _new_item(harness, "ESCALATE-ME-8812 something worrying")
    row = await _row(harness, sid)
    note = "please look: says NOTE-QUOTE-5521 happens at home"
    response = await _post(clients[Role.MODERATOR], sid, "escalate", version=str(row.version), note=note)
    assert response.status_code == 303
    moderator_view = await clients[Role.MODERATOR].get(f"/staff/items/{sid}")
    assert "ESCALATE-ME-8812" not in moderator_view.text and "escalated" in moderator_view.text
    assert "NOTE-QUOTE-5521" not in moderator_view.text  # the escalation note is for the desk too
    assert (await clients[Role.MODERATOR].get("/staff/desk")).status_code == 403
    assert (await clients[Role.CHAIR].get("/staff/desk")).status_code == 403
    desk = await clients[Role.SAFEGUARDING].get("/staff/desk")
    assert "ESCALATE-ME-8812" in desk.text
    assert "ESCALATE-ME-8812" in (await clients[Role.ADMIN].get(f"/staff/desk/{sid}")).text
    async with harness.state.db.read() as conn:
        notes = (await conn.execute(select(case_notes.c.note).where(case_notes.c.submission_id == sid))).scalars()
        assert list(notes) == [note]
    assert "NOTE-QUOTE-5521" in (await clients[Role.SAFEGUARDING].get(f"/staff/desk/{sid}")).text


async def test_safeguarding_lead_notes_then_resolves(harness: AppHarness, clients: dict) -> None:
    sid = await _new_item(harness, "RESOLVE-ME text")
    row = await _row(harness, sid)
    await _post(clients[Role.MODERATOR], sid, "escalate", version=str(row.version))
    lead = clients[Role.SAFEGUARDING]
    token = await csrf(lead, f"/staff/desk/{sid}")
    assert (
        await lead.post(f"/staff/desk/{sid}/note", data={"csrf": token, "note": "called helpline"})
    ).status_code == 303
    version = str((await _row(harness, sid)).version)
    assert (await lead.post(f"/staff/desk/{sid}/resolve", data={"csrf": token, "version": version})).status_code == 400
    done = await lead.post(
        f"/staff/desk/{sid}/resolve", data={"csrf": token, "version": version, "outcome": "referred_helpline"}
    )
    assert done.status_code == 303
    after = await _row(harness, sid)
    assert (after.state, after.original_text) == ("resolved", None)
    actions = [a[0] for a in await _audit(harness, sid)]
    assert actions[-2:] == ["safeguarding:case:note", "safeguarding:submission:resolve"]


async def test_release_sends_a_false_alarm_back_to_the_queue(harness: AppHarness, clients: dict) -> None:
    sid = await _new_item(harness)
    await _post(clients[Role.MODERATOR], sid, "escalate", version=str((await _row(harness, sid)).version))
    lead = clients[Role.SAFEGUARDING]
    token = await csrf(lead, f"/staff/desk/{sid}")
    version = str((await _row(harness, sid)).version)
    assert (await lead.post(f"/staff/desk/{sid}/release", data={"csrf": token, "version": version})).status_code == 303
    after = await _row(harness, sid)
    assert after.state == "pending" and after.original_text is not None


async def test_bulk_reject_spam_checks_each_version(harness: AppHarness, clients: dict) -> None:
    ids = [await _new_item(harness, f"buy cheap followers {i}") for i in range(3)]
    rows = [await _row(harness, i) for i in ids]
    stale = f"{ids[2]}:{rows[2].version + 5}"
    token = await csrf(clients[Role.MODERATOR], "/staff/queue")
    items = [f"{ids[0]}:{rows[0].version}", f"{ids[1]}:{rows[1].version}", stale]
    response = await clients[Role.MODERATOR].post("/staff/queue/bulk-reject", data={"csrf": token, "item": items})
    assert response.status_code == 303
    assert [(await _row(harness, i)).state for i in ids] == ["rejected", "rejected", "pending"]


async def test_translation_for_the_chair_is_saved_with_an_audit_row(harness: AppHarness, clients: dict) -> None:
    sid = await _new_item(harness, "¿Por qué los juegos no protegen a los niños?")
    response = await _post(
        clients[Role.MODERATOR], sid, "translate", language="en", text="Why don't games protect children?"
    )
    assert response.status_code == 303
    async with harness.state.db.read() as conn:
        saved = (await conn.execute(select(translations.c.language, translations.c.text))).all()
    assert [tuple(r) for r in saved] == [("en", "Why don't games protect children?")]
    assert ("staff:submission:translate", None, None) in await _audit(harness, sid)


async def test_queue_shows_oldest_first_with_filters_and_claims(harness: AppHarness, clients: dict) -> None:
    first = await _new_item(harness, "first question")
    second = await _new_item(harness, "second question")
    page = (await clients[Role.MODERATOR].get("/staff/queue")).text
    assert page.index("first question") < page.index("second question")
    only_es = (await clients[Role.MODERATOR].get("/staff/queue?language=es")).text
    assert "first question" not in only_es
    await clients[Role.SAFEGUARDING].get(f"/staff/items/{first}")  # the lead opens it: claimed
    page = (await clients[Role.MODERATOR].get("/staff/queue")).text
    row = re.search(rf'<tr data-id="{first}" class="([^"]*)"', page)
    assert row and row.group(1) == "taken" and "taken by test-safeguarding" in page
    item = (await clients[Role.MODERATOR].get(f"/staff/items/{first}")).text
    assert "Taken by test-safeguarding" in item
    assert second


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>'])
async def test_childs_text_is_escaped_on_staff_pages(harness: AppHarness, clients: dict, text: str) -> None:
    sid = await _new_item(harness, text)
    for path in ("/staff/queue", f"/staff/items/{sid}"):
        page = (await clients[Role.MODERATOR].get(path)).text
        assert text not in page


async def test_approve_and_shortlist_in_one_step_puts_the_item_on_the_chairs_list(
    harness: AppHarness, clients: dict
) -> None:
    sid = await _new_item(harness, "Will the panel ask phone makers to add safety settings for kids?")
    page = (await clients[Role.MODERATOR].get(f"/staff/items/{sid}")).text
    assert f'action="/staff/items/{sid}/approve-shortlist" data-key="s"' in page
    version = str((await _row(harness, sid)).version)
    response = await _post(clients[Role.MODERATOR], sid, "approve-shortlist", version=version)
    assert response.status_code == 303
    assert "Approved and shortlisted" in (await clients[Role.MODERATOR].get(response.headers["location"])).text
    assert (await _row(harness, sid)).state == "shortlisted"
    assert await _audit(harness, sid) == [
        ("web:submission:screen", None, "pending"),
        ("moderator:submission:approve", "pending", "approved"),
        ("moderator:submission:shortlist", "approved", "shortlisted"),
    ]
    chair_list = (await clients[Role.CHAIR].get("/staff/chair/list")).text
    assert "phone makers" in chair_list
    # A stale form (the version seen before) changes nothing more.
    again = await _post(clients[Role.MODERATOR], sid, "approve-shortlist", version=version)
    assert again.status_code == 409 and (await _row(harness, sid)).state == "shortlisted"


async def test_approved_items_have_their_own_view_with_a_shortlist_button(harness: AppHarness, clients: dict) -> None:
    sid = await _new_item(harness, "Could schools teach us how to report scams on games?")
    moderator = clients[Role.MODERATOR]
    await _post(moderator, sid, "approve", version=str((await _row(harness, sid)).version))
    waiting = (await moderator.get("/staff/queue")).text
    assert f'href="/staff/items/{sid}"' not in waiting
    approved = (await moderator.get("/staff/queue?view=approved")).text
    assert "report scams" in approved and f'formaction="/staff/items/{sid}/shortlist"' in approved
    token = await csrf(moderator, "/staff/queue?view=approved")
    version = str((await _row(harness, sid)).version)
    response = await moderator.post(
        f"/staff/items/{sid}/shortlist", data={"csrf": token, "version": version, "back": "approved"}
    )
    assert response.status_code == 303 and response.headers["location"].startswith("/staff/queue?view=approved&m=")
    assert (await _row(harness, sid)).state == "shortlisted"
    assert "report scams" not in (await moderator.get("/staff/queue?view=approved")).text


async def test_moderators_see_the_chairs_list_but_cannot_act_on_it(harness: AppHarness, clients: dict) -> None:
    moderator = clients[Role.MODERATOR]
    sid = await _new_item(harness, "What will the minister do about fake accounts?")
    await _post(moderator, sid, "approve-shortlist", version=str((await _row(harness, sid)).version))
    assert (await moderator.get("/staff/chair")).status_code == 200
    seen = (await moderator.get("/staff/chair/list")).text
    assert "fake accounts" in seen and "data-chair=" not in seen
    assert "data-chair=" in (await clients[Role.CHAIR].get("/staff/chair/list")).text
    assert (await moderator.post("/staff/chair/order", data={"csrf": await csrf(moderator)})).status_code == 403


HUGE = "9" * 30


@pytest.mark.parametrize(
    "path",
    [
        f"/staff/queue?panel={HUGE}&after={HUGE}",
        "/staff/queue?panel=%C2%B2&after=%C2%B2",  # "²" passes str.isdigit but not int()
        f"/staff/items/{HUGE}",
        f"/staff/audit?item={HUGE}&before={HUGE}",
        "/staff/audit?item=%C2%B2",
    ],
)
async def test_crafted_numbers_in_addresses_get_an_answer_not_a_500(clients: dict, path: str) -> None:
    for role in (Role.ADMIN, Role.SAFEGUARDING):
        response = await clients[role].get(path)
        assert response.status_code in (200, 403, 404), (role, response.status_code)


async def test_crafted_numbers_in_forms_get_an_answer_not_a_500(harness: AppHarness, clients: dict) -> None:
    sid = await _new_item(harness)
    for version in (HUGE, "²", "-1", ""):
        response = await _post(clients[Role.MODERATOR], sid, "approve", version=version)
        assert response.status_code in (400, 409), version
    token = await csrf(clients[Role.CHAIR], "/staff/chair")
    for panel in (HUGE, "²"):
        data = {"csrf": token, "panel": panel, "version": "1", "item": [HUGE, "²"]}
        response = await clients[Role.CHAIR].post("/staff/chair/order", data=data)
        assert response.status_code == 400, panel


async def test_a_notice_in_a_crafted_link_is_not_shown(clients: dict) -> None:
    page = await clients[Role.MODERATOR].get("/staff/queue?m=Session+expired%2C+sign+in+at+evil.example")
    assert page.status_code == 200 and "evil.example" not in page.text
