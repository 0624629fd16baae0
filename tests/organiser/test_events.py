"""Event set-up: the TOML import and the admin form share one checked shape; open and close times are kept."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from childvoice import clock, i18n
from childvoice.cli import main
from childvoice.config import Settings
from childvoice.db import Database
from childvoice.errors import EventSpecError
from childvoice.events import all_events, ensure_demo_event, forget
from childvoice.organiser import eventspec
from childvoice.permissions import Role
from childvoice.tables import events
from tests.childflow import csrf_of
from tests.organiser.conftest import with_facilitator_routes
from tests.staff.staffkit import csrf

EVENT_TOML = """
slug = "hrc-2027"
opens_at = 2027-03-06T08:00:00Z
closes_at = 2027-03-06T18:00:00Z
languages = ["en", "fr", "es"]
retention_days = 14
response_target_minutes = 10
keep_read_out = true
[names]
en = "Annual day 2027"
fr = "Journée annuelle 2027"
[hashtags]
x = ["#HRC2027"]
[[panels]]
slug = "morning"
starts_at = 2027-03-06T09:00:00Z
[panels.names]
en = "Morning"
[[panels]]
slug = "afternoon"
[panels.names]
en = "Afternoon"
[helplines.BR]
name = "Disque 100"
number = "100"
source = "https://www.gov.br/mdh/pt-br/disque100"
"""


def _cli_args(settings: Settings) -> list[str]:
    url = settings.database_url.replace("+aiosqlite", "").replace("+asyncpg", "")
    return ["--database", url, "--data-dir", str(settings.data_dir)]


async def test_event_import_creates_then_updates_the_event(db: Database, settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "event.toml"
    path.write_text(EVENT_TOML, encoding="utf-8")
    assert await asyncio.to_thread(main, ["event", "import", str(path), *_cli_args(settings)]) == 0
    path.write_text(EVENT_TOML.replace('en = "Annual day 2027"', 'en = "Annual day, renamed"'), encoding="utf-8")
    assert await asyncio.to_thread(main, ["event", "import", str(path), *_cli_args(settings)]) == 0
    found = [e for e in await all_events(db) if e.slug == "hrc-2027"]
    assert len(found) == 1
    event = found[0]
    assert event.name("en") == "Annual day, renamed" and event.languages == ("en", "fr", "es")
    assert [p.slug for p in event.panels] == ["morning", "afternoon"] and event.response_target_minutes == 10
    stored = await eventspec.stored(db, event.id)
    assert stored is not None and stored.spec.keep_read_out and stored.spec.retention_days == 14
    override = await eventspec.helpline_override(db, event.id, "BR")
    assert override is not None and override.number == "100" and override.source.startswith("https://")


async def test_event_import_refuses_a_helpline_without_its_source(
    db: Database, settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "event.toml"
    path.write_text(EVENT_TOML.replace('source = "https://www.gov.br/mdh/pt-br/disque100"', ""), encoding="utf-8")
    assert await asyncio.to_thread(main, ["event", "import", str(path), *_cli_args(settings)]) == 2
    assert "helplines.BR.source" in capsys.readouterr().err
    assert not [e for e in await all_events(db) if e.slug == "hrc-2027"]


@pytest.mark.parametrize(
    "change,field",
    [
        ({"opens_at": "2027-03-06T08:00:00"}, "opens_at"),  # no UTC offset
        ({"closes_at": "2027-03-06T07:00:00Z"}, "closes_at"),  # before it opens
        ({"names": {"fr": "Sans anglais"}}, "names.en"),
        ({"languages": ["en", "de"]}, "languages"),
        ({"hashtags": {"tiktok": ["#a"]}}, "hashtags.tiktok"),
        ({"helplines": {"XX": {"name": "a", "number": "1", "source": "https://a"}}}, "helplines.XX"),
        ({"retention_days": 0}, "retention_days"),
        ({"colour": "blue"}, "colour"),
        ({"open_days": 3}, "open_days"),  # both ways of giving the times: which one is meant?
    ],
)
def test_event_settings_name_the_setting_that_cannot_be_used(change: dict[str, object], field: str) -> None:
    raw: dict[str, object] = {
        "slug": "x",
        "names": {"en": "X"},
        "opens_at": "2027-03-06T08:00:00Z",
        "closes_at": "2027-03-06T18:00:00Z",
    }
    with pytest.raises(EventSpecError) as caught:
        eventspec.parse({**raw, **change})
    assert caught.value.field == field


def test_the_demo_file_is_a_valid_event_file() -> None:
    spec = eventspec.load_file(Path(eventspec.__file__).parents[1] / "data" / "demo_event.toml")
    assert spec.slug == "hrc-children-ict-demo" and len(spec.panels) == 2


async def test_admin_sets_up_and_edits_an_event_through_the_form(harness, clients) -> None:  # type: ignore[no-untyped-def]
    admin = clients[Role.ADMIN]
    token = await csrf(admin, "/staff/admin/events/new")
    form = {
        "csrf": token,
        "slug": "from-form",
        "name_en": "From the form",
        "name_ar": "من النموذج",
        "opens_at": "2027-05-01T08:00",
        "closes_at": "2027-05-01T17:00",
        "languages": ["en", "ar"],
        "hashtags_x": "#One #Two",
        "hashtags_mastodon": "",
        "retention_days": "20",
        "response_target_minutes": "12",
        "keep_read_out": "yes",
        "panel_count": "2",
        "panel_0_slug": "only",
        "panel_0_name_en": "The only panel",
        "panel_1_slug": "",
        "helplines": "GB | Childline | 0800 1111 | https://www.childline.org.uk/",
    }
    created = await admin.post("/staff/admin/events", data=form)
    assert created.status_code == 303, created.text[:500]
    event_id = int(re.search(r"/staff/admin/events/(\d+)", created.headers["location"]).group(1))  # type: ignore[union-attr]
    stored = await eventspec.stored(harness.state.db, event_id)
    assert stored is not None
    spec = stored.spec
    assert (spec.names, spec.languages, spec.hashtags) == (
        {"en": "From the form", "ar": "من النموذج"},
        ("ar", "en"),
        {"x": ["#One", "#Two"]},
    )
    assert spec.opens_at.isoformat() == "2027-05-01T08:00:00+00:00" and spec.keep_read_out
    assert [p.slug for p in spec.panels] == ["only"] and spec.helplines[0].country == "GB"
    page = await admin.get(f"/staff/admin/events/{event_id}")
    assert page.status_code == 200 and 'value="From the form"' in page.text and "0800 1111" in page.text
    bad = await admin.post(
        f"/staff/admin/events/{event_id}", data={**form, "helplines": "GB | Childline | 0800 1111 |"}
    )
    assert bad.status_code == 400 and "helplines.GB.source" in bad.text
    again = await admin.post("/staff/admin/events", data=form)
    assert again.status_code == 400  # the short name is taken


async def _close(db: Database) -> None:
    demo = await ensure_demo_event(db)
    async with db.write() as conn:
        await conn.execute(update(events).where(events.c.id == demo).values(closes_at=clock.now() - timedelta(hours=1)))
    forget(db)  # a direct write, as the organiser's pages would do through eventspec, which forgets too


@pytest.mark.parametrize("lang", ["fr", "ar"])
async def test_a_closed_event_shows_a_friendly_page_in_the_childs_language(harness, lang: str) -> None:  # type: ignore[no-untyped-def]
    open_page = await harness.client.get("/", headers={"Accept-Language": lang})
    assert 'name="message"' in open_page.text
    token = csrf_of(open_page.text)
    await _close(harness.state.db)
    i18n.set_language(lang)
    closed = i18n.gettext("Sorry, this event is not taking messages right now.")
    assert closed != "Sorry, this event is not taking messages right now."
    page = await harness.client.get("/", headers={"Accept-Language": lang})
    assert page.status_code == 200 and closed in page.text and 'name="message"' not in page.text
    sent = await harness.client.post(
        "/submit", data={"message": "Hello panel", "csrf": token}, headers={"Accept-Language": lang}
    )
    assert sent.status_code == 409 and closed in sent.text


async def test_a_closed_event_refuses_group_views_in_the_facilitators_language(harness, clients) -> None:  # type: ignore[no-untyped-def]
    with_facilitator_routes(harness.app)
    demo = await ensure_demo_event(harness.state.db)
    admin = clients[Role.ADMIN]
    made = await admin.post(f"/staff/admin/events/{demo}/facilitators", data={"csrf": await csrf(admin), "label": "A"})
    link = re.search(r"/group/[A-Za-z0-9_-]+", made.text).group(0)  # type: ignore[union-attr]
    page = await harness.client.get(link, headers={"Accept-Language": "es"})
    token = csrf_of(page.text)
    await _close(harness.state.db)
    i18n.set_language("es")
    closed = i18n.gettext("Sorry, this event is not taking messages right now.")
    shown = await harness.client.get(link, headers={"Accept-Language": "es"})
    assert closed in shown.text and 'name="message"' not in shown.text
    sent = await harness.client.post(
        link,
        headers={"Accept-Language": "es"},
        data={
            "csrf": token,
            "message": "Hola",
            "group_size": "5",
            "age_min": "9",
            "age_max": "11",
            "discussion_language": "quechua",
        },
    )
    assert sent.status_code == 409 and closed in sent.text
    async with harness.state.db.read() as conn:
        from childvoice.tables import submissions

        assert (await conn.execute(select(submissions.c.id).where(submissions.c.source == "group"))).first() is None
