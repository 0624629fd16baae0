"""The child's pages in process, in every language, against both databases."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select

from childvoice import i18n
from childvoice.config import RateLimits
from childvoice.tables import audit, submissions
from tests.childflow import csrf_of, send, send_ok, status_page, visible_text
from tests.conftest import AppHarness, running_app

LANGS = i18n.LANGUAGES


async def _rows(h: AppHarness) -> list:
    async with h.state.db.read() as conn:
        return list((await conn.execute(select(submissions).order_by(submissions.c.id))).all())


@pytest.mark.parametrize("lang", LANGS)
async def test_form_page_in_every_language(harness: AppHarness, lang: str) -> None:
    response = await harness.client.get("/", headers={"Accept-Language": f"{lang};q=0.9, de;q=0.5"})
    assert response.status_code == 200
    assert f'<html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">' in response.text
    assert response.headers["content-language"] == lang
    # The switch offers all six languages, each in its own name.
    for code, name in i18n.language_names().items():
        assert f'hreflang="{code}"' in response.text and name in response.text
    # The form asks only for the message, age band, country and panel (the event is a hidden field).
    names = set(__import__("re").findall(r'name="([a-z_]+)"', response.text)) - {"viewport", "referrer"}
    assert names == {"csrf", "event", "message", "age_band", "country", "panel", "website"}
    assert i18n.country_name("PE", lang) in response.text
    assert 'dir="auto"' in response.text


async def test_language_switch_overrides_the_browser_and_is_remembered(harness: AppHarness) -> None:
    first = await harness.client.get("/?lang=es", headers={"Accept-Language": "en"})
    assert '<html lang="es"' in first.text
    later = await harness.client.get("/", headers={"Accept-Language": "en"})
    assert '<html lang="es"' in later.text


@pytest.mark.parametrize("lang", LANGS)
async def test_submit_gives_a_receipt_and_stores_item_with_audit_row(harness: AppHarness, lang: str) -> None:
    code = await send_ok(
        harness.client, "Why can't games block strangers who message kids?", lang, age_band="11-13", country="PE"
    )
    rows = await _rows(harness)
    assert len(rows) == 1
    row = rows[0]
    assert (row.state, row.source, row.age_band, row.country, row.language) == ("pending", "web", "11-13", "PE", lang)
    assert row.receipt_hash and code not in row.receipt_hash  # only a hash is stored
    async with harness.state.db.read() as conn:
        entries = (await conn.execute(select(audit).where(audit.c.submission_id == row.id))).all()
    assert [(e.action, e.to_state, e.actor) for e in entries] == [("web:submission:screen", "pending", "system")]
    status = await status_page(harness.client, code, lang)
    assert status.status_code == 200 and 'class="status status-received"' in status.text


async def test_receipt_shows_cited_helpline_for_the_country_and_directory(harness: AppHarness) -> None:
    response = await send(harness.client, "Hello from London", country="GB")
    text = response.text
    assert "Childline" in text and "0800 1111" in text
    assert "childhelplineinternational.org" in text
    # Without a country, the directory is still there and no invented number appears.
    plain = await send(harness.client, "Hello")
    assert "childhelplineinternational.org" in plain.text and 'href="tel:' not in plain.text


@pytest.mark.parametrize(
    ("fields", "key_text"),
    [
        ({"message": ""}, "Please write a message"),
        ({"message": "x" * 601}, "too long"),
        ({"age_band": "12"}, "age groups"),
        ({"country": "XX"}, "country from the list"),
        ({"panel": "99999"}, "part of the meeting"),
        ({"panel": "abc"}, "part of the meeting"),
    ],
)
async def test_bad_input_is_explained_and_the_message_kept(harness: AppHarness, fields: dict, key_text: str) -> None:
    fields = dict(fields)
    message = fields.pop("message", "My question about privacy <b>laws</b>")
    response = await send(harness.client, message, **fields)
    assert response.status_code == 400
    assert key_text in response.text and 'role="alert"' in response.text
    if message and len(message) < 601:
        assert "My question about privacy &lt;b&gt;laws&lt;/b&gt;" in response.text  # kept, escaped
    assert await _rows(harness) == []


@pytest.mark.parametrize("lang", ["ar", "zh", "ru"])
async def test_errors_are_in_the_childs_language(harness: AppHarness, lang: str) -> None:
    response = await send(harness.client, "", lang)
    i18n.set_language(lang)
    assert i18n.gettext("Please write a message before you press Send.") in response.text
    assert "Please write a message" not in response.text


async def test_missing_csrf_keeps_the_message_and_asks_to_send_again(harness: AppHarness) -> None:
    response = await harness.client.post("/submit", data={"message": "Keep me please", "csrf": "forged-token-value"})
    assert response.status_code == 400
    assert "Keep me please" in response.text and "press Send again" in response.text
    retry = await harness.client.post(
        "/submit", data={"message": "Keep me please", "csrf": csrf_of(response.text), "website": ""}
    )
    assert retry.status_code == 200 and 'id="receipt-code"' in retry.text


async def test_honeypot_item_is_kept_but_marked_for_moderators(harness: AppHarness) -> None:
    response = await send(harness.client, "Buy followers now", website="http://spam.example")
    assert response.status_code == 200
    (row,) = await _rows(harness)
    assert row.state == "pending" and {"spam", "honeypot"} <= set(row.flags)


async def test_rate_limit_answers_in_language_and_keeps_the_text(settings) -> None:
    from dataclasses import replace

    limited = replace(settings, rate_limits=RateLimits(enabled=True, submit=(2, 600)))
    async with running_app(limited) as h:
        for _ in range(2):
            await send_ok(h.client, "one more question")
        response = await send(h.client, "the third question", "fr")
        assert response.status_code == 429
        assert "the third question" in response.text
        i18n.set_language("fr")
        expected = i18n.gettext("Too many tries from your device. Please wait a few minutes and try again.")
        assert expected in response.text
        assert len(await _rows(h)) == 2


async def test_status_with_a_wrong_code_is_a_clear_error(harness: AppHarness) -> None:
    response = await status_page(harness.client, "AAAA-BBBB-CCCC", "es")
    assert response.status_code == 404
    assert "ABCD-EFGH-JKMN" in response.text and 'role="alert"' in response.text


async def test_erase_asks_first_then_erases_text_and_original(harness: AppHarness) -> None:
    code = await send_ok(harness.client, "Please erase this secret sentence 4815")
    status = await status_page(harness.client, code)
    token = csrf_of(status.text)
    confirm = await harness.client.post("/status/erase", data={"code": code, "csrf": token})
    assert confirm.status_code == 200 and 'name="confirm" value="yes"' in confirm.text
    assert (await _rows(harness))[0].state == "pending"  # nothing happened yet
    done = await harness.client.post("/status/erase", data={"code": code, "csrf": token, "confirm": "yes"})
    assert done.status_code == 200 and "status-erased" in done.text
    (row,) = await _rows(harness)
    assert (row.state, row.text, row.original_text) == ("withdrawn", "", None)
    async with harness.state.db.read() as conn:
        actions = (await conn.execute(select(audit.c.action).where(audit.c.submission_id == row.id))).scalars().all()
    assert actions == ["web:submission:screen", "child:submission:withdraw"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", ["/status", "/no-such-page"])
async def test_other_pages_in_every_language(harness: AppHarness, lang: str, path: str) -> None:
    response = await harness.client.get(path, headers={"Accept-Language": lang})
    assert response.status_code == (404 if path == "/no-such-page" else 200)
    assert f'<html lang="{lang}"' in response.text


async def test_wrong_method_and_oversized_body_get_friendly_pages(harness: AppHarness) -> None:
    response = await harness.client.put("/submit", headers={"Accept-Language": "ru"})
    assert response.status_code == 405 and '<html lang="ru"' in response.text
    big = await harness.client.post(
        "/submit", content=b"message=" + b"a" * 70_000, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert big.status_code in (400, 413) and "<html" in big.text


async def test_security_headers_on_child_pages(harness: AppHarness) -> None:
    response = await harness.client.get("/")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in response.text  # no inline script


async def test_form_page_weighs_under_50kb_with_css_and_js(harness: AppHarness) -> None:
    total = 0
    for lang in LANGS:
        page = await harness.client.get("/", headers={"Accept-Language": lang})
        css = await harness.client.get("/static/childvoice.css")
        js = await harness.client.get("/static/form.js")
        total = max(total, len(page.content) + len(css.content) + len(js.content))
        assert "fonts.googleapis" not in page.text and "@font-face" not in css.text
    assert total <= 50 * 1024, total


async def test_every_submission_is_counted_once(harness: AppHarness) -> None:
    for i in range(5):
        await send_ok(harness.client, f"question number {i}")
    async with harness.state.db.read() as conn:
        assert (await conn.execute(select(func.count()).select_from(submissions))).scalar() == 5
    texts = [visible_text(r.text) for r in await _rows(harness)]
    assert texts == [f"question number {i}" for i in range(5)]


@pytest.mark.parametrize("lang", ["ar", "es"])
async def test_a_server_fault_gets_a_localised_page_and_no_details(
    harness: AppHarness, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import childvoice.web.child as child_module

    async def broken(db: object) -> None:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(child_module, "current_event", broken)
    transport = httpx.ASGITransport(app=harness.app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        response = await client.get("/", headers={"Accept-Language": lang})
    assert response.status_code == 500
    assert f'<html lang="{lang}"' in response.text and "secret internal detail" not in response.text
    i18n.set_language(lang)
    assert i18n.gettext("Something went wrong on our side") in response.text


async def test_only_the_events_languages_are_offered(harness: AppHarness) -> None:
    from datetime import timedelta

    from childvoice import clock
    from childvoice.events import create_event

    now = clock.now()
    await create_event(
        harness.state.db,
        "three-languages",
        {"en": "Three", "fr": "Trois", "es": "Tres"},
        now - timedelta(hours=1),
        now + timedelta(days=1),
        [],
        languages=("en", "fr", "es"),
    )
    arabic_browser = await harness.client.get("/", headers={"Accept-Language": "ar, fr;q=0.5"})
    assert '<html lang="fr"' in arabic_browser.text  # the best of what is offered
    switch = set(__import__("re").findall(r'hreflang="([a-z]+)"', arabic_browser.text))
    assert switch == {"en", "fr", "es"}
    forced = await harness.client.get("/?lang=zh", headers={"Accept-Language": "ru"})
    assert '<html lang="en"' in forced.text


@pytest.mark.parametrize("panel", ["²", "9" * 30, "-3"])
async def test_a_crafted_panel_number_gets_a_page_in_language_and_keeps_the_text(
    harness: AppHarness, panel: str
) -> None:
    response = await send(harness.client, "Mon message pour le panel 7731", "fr", panel=panel)
    assert response.status_code in (200, 400), response.status_code
    assert '<html lang="fr"' in response.text and "Mon message pour le panel 7731" in response.text
