"""A facilitator link sends a group's views through the same intake, screening and queue, marked ``group``."""

from __future__ import annotations

import re

from sqlalchemy import select

from childvoice import i18n
from childvoice.events import ensure_demo_event
from childvoice.permissions import Role
from childvoice.tables import facilitator_links, group_details, submissions
from childvoice.web.facilitator import age_band_for
from tests.childflow import csrf_of, receipt_code, status_page
from tests.organiser.conftest import with_facilitator_routes
from tests.staff.staffkit import csrf

MESSAGE = "Our class wants safer games online GROUPMARK4471"


async def _link(harness, admin) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    with_facilitator_routes(harness.app)
    demo = await ensure_demo_event(harness.state.db)
    made = await admin.post(
        f"/staff/admin/events/{demo}/facilitators", data={"csrf": await csrf(admin), "label": "Escuela Andina"}
    )
    assert made.status_code == 200
    return demo, re.search(r"/group/[A-Za-z0-9_-]+", made.text).group(0)  # type: ignore[union-attr]


def _form(token: str, **change: str) -> dict[str, str]:
    return {
        "csrf": token,
        "message": MESSAGE,
        "group_size": "12",
        "age_min": "11",
        "age_max": "13",
        "country": "PE",
        "discussion_language": "Quechua",
        "panel": "",
        **change,
    }


async def test_a_facilitator_link_submits_a_group_item_into_the_queue(harness, clients) -> None:  # type: ignore[no-untyped-def]
    demo, link = await _link(harness, clients[Role.ADMIN])
    child = harness.client
    page = await child.get(link, headers={"Accept-Language": "es"})
    i18n.set_language("es")
    assert page.status_code == 200 and i18n.gettext("Send a group’s views") in page.text
    assert page.headers["content-language"] == "es"
    sent = await child.post(link, data=_form(csrf_of(page.text)), headers={"Accept-Language": "es"})
    assert sent.status_code == 200, sent.text[:400]
    code = receipt_code(sent.text)
    async with harness.state.db.read() as conn:
        item = (await conn.execute(select(submissions).where(submissions.c.source == "group"))).one()
        details = (await conn.execute(select(group_details))).one()
        stored_link = (await conn.execute(select(facilitator_links))).one()
    assert (item.event_id, item.state, item.country, item.age_band, item.language) == (
        demo,
        "pending",
        "PE",
        "11-13",
        "es",
    )
    assert (
        details.submission_id,
        details.group_size,
        details.age_min,
        details.age_max,
        details.discussion_language,
    ) == (item.id, 12, 11, 13, "Quechua")
    assert details.facilitator_link_id == stored_link.id and link.rsplit("/", 1)[1] not in str(stored_link)
    queue = await clients[Role.MODERATOR].get("/staff/queue", params={"source": "group"})
    assert MESSAGE in queue.text
    assert (await status_page(child, code)).status_code == 200  # the facilitator can follow it like a child


async def test_a_facilitator_is_told_in_their_language_what_to_correct(harness, clients) -> None:  # type: ignore[no-untyped-def]
    _, link = await _link(harness, clients[Role.ADMIN])
    token = csrf_of((await harness.client.get(link, headers={"Accept-Language": "fr"})).text)
    i18n.set_language("fr")
    for change, key in [
        ({"group_size": "1"}, "Please give the number of children: from 2 to 500."),
        ({"age_min": "15", "age_max": "9"}, "Please give the ages, from 5 to 17, the youngest first."),
        ({"discussion_language": "  "}, "Please write the language of the discussion."),
        ({"message": ""}, "Please write a message before you press Send."),
    ]:
        sent = await harness.client.post(link, data=_form(token, **change), headers={"Accept-Language": "fr"})
        assert sent.status_code == 400 and i18n.gettext(key) in sent.text, key
    async with harness.state.db.read() as conn:
        assert (await conn.execute(select(submissions.c.id).where(submissions.c.source == "group"))).first() is None


async def test_a_revoked_or_unknown_facilitator_link_is_not_found(harness, clients) -> None:  # type: ignore[no-untyped-def]
    demo, link = await _link(harness, clients[Role.ADMIN])
    admin = clients[Role.ADMIN]
    assert (await harness.client.get(link)).status_code == 200
    async with harness.state.db.read() as conn:
        link_id = (await conn.execute(select(facilitator_links.c.id))).scalar_one()
    revoked = await admin.post(
        f"/staff/admin/events/{demo}/facilitators/{link_id}/revoke", data={"csrf": await csrf(admin)}
    )
    assert revoked.status_code == 303
    assert (await harness.client.get(link)).status_code == 404
    assert (await harness.client.post(link, data=_form("x"))).status_code == 404
    assert (await harness.client.get("/group/" + "A" * 43)).status_code == 404
    assert (await harness.client.get("/group/short")).status_code == 404


def test_a_group_gets_an_age_band_only_when_it_fits_in_one() -> None:
    assert age_band_for(11, 13) == "11-13"
    assert age_band_for(16, 16) == "16-17"
    assert age_band_for(10, 12) is None
    assert age_band_for(5, 7) is None
