"""The chair's list and the room display in Debian chromium, against `childvoice serve --demo` as a new user runs it.

A mock panel: five children send questions, a moderator shortlists them, the demo chair
opens the list in one browser context and the display link in another (nobody signs in
there), puts items on screen, reorders, marks one read out, and the child's status page
says so. The database also holds items in every other state, with marker texts that must
never reach the chair or the display.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import re
import time
import unicodedata
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pyotp
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect
from sqlalchemy import select

from childvoice.broadcast import InProcessBroadcaster
from childvoice.config import load_settings
from childvoice.db import Database
from childvoice.events import current_event
from childvoice.states import Action, Actor
from childvoice.tables import submissions
from childvoice.workflow import transition
from tests.browser.conftest import axe_violations
from tests.chairseed import Seeded, seed_all_states
from tests.conftest import free_port, start_server

pytestmark = pytest.mark.browser
OURS = "ol.chair-list[data-panel='0'] > li.chair-item"  # the questions name no panel
T = TypeVar("T")
LOGIN = re.compile(r"name (demo-\w+)\s+password (\S+)\s+TOTP secret (\S+)")
QUESTIONS = [
    ("¿Cómo van a proteger a los niños en los juegos en línea?", "es", "PE"),
    ("كيف ستحمي الحكومات الأطفال من الابتزاز على الإنترنت؟", "ar", "EG"),
    ("政府会怎样保护孩子的网上隐私？", "zh", "CN"),
    ("Will companies have to ask children before using their photos?", "en", "KE"),
    ("Comment apprendre à repérer les fausses informations à l’école ?", "fr", "FR"),
]


def stored(text: str) -> str:
    """As intake keeps it (NFKC: the full-width question mark becomes "?")."""
    return unicodedata.normalize("NFKC", text)


def _in_thread(make: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine outside Playwright's own event loop."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(make())).result()  # type: ignore[arg-type]


@dataclass
class Panel:
    url: str
    logins: dict[str, tuple[str, str]]  # name -> (password, TOTP secret)
    codes: list[str]  # receipt codes of the five questions, in order
    ids: list[int]
    seeded: Seeded
    database: str
    folder: Path


async def _shortlist(url: str, folder: Path, texts: list[str]) -> list[int]:
    """Approve and shortlist the web items with these texts, as a moderator would; their ids in order."""
    db = Database(load_settings(url, folder))
    try:
        async with db.read() as conn:  # ours only: the demo may hold other items (a replayed feed)
            rows = await conn.execute(
                select(submissions.c.id, submissions.c.text).where(
                    submissions.c.source == "web", submissions.c.text.in_(texts)
                )
            )
            by_text = {r.text: int(r.id) for r in rows}
        ids = [by_text[t] for t in texts]
        bc = InProcessBroadcaster()
        for sid in ids:
            await transition(db, bc, sid, Action.APPROVE, Actor.MODERATOR, "user:2", 1)
            await transition(db, bc, sid, Action.SHORTLIST, Actor.MODERATOR, "user:2", 2)
        return ids
    finally:
        await db.close()


def _send(client: httpx.Client, text: str, lang: str, country: str) -> str:
    form = client.get(f"/?lang={lang}")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text)
    assert token
    data = {
        "message": text,
        "csrf": token.group(1),
        "age_band": "14-15",
        "country": country,
        "panel": "",
        "website": "",
    }
    receipt = client.post("/submit", data=data)
    code = re.search(r'id="receipt-code"[^>]*>([A-Z0-9-]+)<', receipt.text)
    assert code, receipt.text[:500]
    return code.group(1)


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Panel]:
    folder = tmp_path_factory.mktemp("chair")
    url, port = f"sqlite:///{folder / 'cv.sqlite3'}", free_port()
    proc = start_server(url, folder, port, CHILDVOICE_RATE_LIMITS="off")
    try:
        logins = {m[0]: (m[1], m[2]) for m in LOGIN.findall((folder / "server.log").read_text())}
        base = f"http://127.0.0.1:{port}"
        quiet = logging.getLogger("httpx")
        level, quiet.level = quiet.level, logging.WARNING  # another test's log handler may hold a closed stream
        try:
            with httpx.Client(base_url=base) as client:
                codes = [_send(client, *q) for q in QUESTIONS]
        finally:
            quiet.setLevel(level)

        async def moderate() -> tuple[list[int], Seeded]:
            ids = await _shortlist(url, folder, [stored(q[0]) for q in QUESTIONS])
            db = Database(load_settings(url, folder))
            try:
                event = await current_event(db)
                assert event
                return ids, await seed_all_states(db, event.id)
            finally:
                await db.close()

        ids, seeded = _in_thread(moderate)
        yield Panel(base, logins, codes, ids, seeded, url, folder)
    finally:
        proc.terminate()
        proc.wait(10)


def _chair(browser: Browser, panel: Panel, **options: Any) -> tuple[BrowserContext, Page]:
    context = browser.new_context(**options)
    page = context.new_page()
    password, secret = panel.logins["demo-chair"]
    page.goto(f"{panel.url}/staff/login")
    page.fill("#name", "demo-chair")
    page.fill("#password", password)
    page.fill("#code", pyotp.TOTP(secret).now())
    page.click("button.primary")
    expect(page).to_have_url(re.compile(r"/staff/chair"))
    return context, page


def _item(page: Page, sid: int) -> Any:
    return page.locator(f"#item-{sid}")


def _order(page: Page) -> list[int]:
    items = page.locator(OURS)
    return [int(i) for i in items.evaluate_all("els => els.map(e => e.dataset.id)")]


def _no_hidden(panel: Panel, body: str, where: str) -> None:
    assert [m for m in panel.seeded.hidden if m in body] == [], where


def _display_link(page: Page) -> str:
    page.fill("#display-label", "Room XX projector")
    page.click("text=Create a display link")
    url = page.locator("#display-url").inner_text().strip()
    page.goto(page.url.split("/staff/")[0] + "/staff/chair")
    return url


def test_mock_panel_two_contexts(browser: Browser, panel: Panel) -> None:
    chair_ctx, chair = _chair(browser, panel, viewport={"width": 1280, "height": 2400})  # drag needs both in view
    expect(chair.locator("#live-status")).to_have_text("Live")
    display_url = _display_link(chair)
    expect(chair.locator("#live-status")).to_have_text("Live")
    room = browser.new_context()  # the room computer: nobody signs in
    display = room.new_page()
    display.goto(display_url)
    expect(display.locator(".display-waiting")).to_be_visible()
    second_ctx, second = _chair(browser, panel)  # a moderator beside the chair, same list, live
    expect(second.locator("#live-status")).to_have_text("Live")

    # Put each of three items on screen: the display follows within one second, without a reload.
    display.evaluate("window.__sameDocument = true")
    for sid, (text, _lang, _country) in list(zip(panel.ids, QUESTIONS, strict=True))[:3]:
        _item(chair, sid).locator("form[data-chair=screen] button").click()
        started = time.monotonic()
        expect(display.locator(".display-text")).to_have_text(stored(text), timeout=1000)
        assert time.monotonic() - started < 1.0
        expect(_item(second, sid).locator(".badge-screen")).to_be_visible()
    assert display.evaluate("window.__sameDocument") is True
    assert display.locator(".display-text").get_attribute("dir") == "auto"
    expect(display.locator(".display-attribution")).to_have_text("14–15 · China · Chinese · web")

    # Reorder: a button, a key, and a drag; the other chair sees the same order.
    first, second_id = panel.ids[0], panel.ids[1]
    assert _order(chair)[:2] == [first, second_id]
    _item(chair, first).locator("form[data-chair=down] button").click()
    expect(chair.locator(OURS).nth(0)).to_have_attribute("data-id", str(second_id))
    _item(chair, first).focus()
    chair.keyboard.press("Alt+ArrowUp")
    expect(chair.locator(OURS).nth(0)).to_have_attribute("data-id", str(first))
    expect(chair.locator(f"#item-{first}")).to_be_focused()
    last = panel.ids[4]
    # Drag by hand, as the Playwright docs advise for pages that rely on dragover: press, move over the
    # target twice, release. (Locator.drag_to sometimes leaves chromium in a drag that never ends.)
    _item(chair, last).hover()
    chair.mouse.down()
    _item(chair, first).hover(position={"x": 20, "y": 5})
    _item(chair, first).hover(position={"x": 20, "y": 5})
    chair.mouse.up()
    expect(chair.locator(OURS).nth(0)).to_have_attribute("data-id", str(last))
    expect(second.locator(OURS).nth(0)).to_have_attribute("data-id", str(last))
    assert sorted(_order(chair)) == sorted(panel.ids)

    # Mark the item on screen read out, with the key; it moves to "Read out" for both chairs.
    on_screen = panel.ids[2]
    _item(chair, on_screen).focus()
    chair.keyboard.press("r")
    expect(chair.locator(f".chair-done #item-{on_screen}")).to_be_visible()
    expect(second.locator(f".chair-done #item-{on_screen}")).to_be_visible()
    expect(display.locator(".display-text")).to_have_text(stored(QUESTIONS[2][0]))  # still on screen

    # The child's status page now says "read out", in their language.
    child = browser.new_context(locale="zh-CN").new_page()
    child.goto(f"{panel.url}/status?lang=zh")
    child.fill("#code", panel.codes[2])
    child.click("button.primary")
    expect(child.locator("#status")).to_have_class(re.compile("status-read_out"))
    expect(child.locator(".outcome-link a")).to_have_attribute("href", re.compile(r"^/outcome/"))
    child.context.close()

    # Nothing outside the chair's states, anywhere the chair or the room looks.
    for page, where in ((chair, "chair"), (second, "second chair"), (display, "display")):
        _no_hidden(panel, page.content(), where)
    for path in ("/staff/chair/list", "/staff/chair/print"):
        _no_hidden(panel, chair.request.get(f"{panel.url}{path}").text(), path)
    _no_hidden(panel, room.request.get(display_url + "/now").text(), "display fragment")

    # Revoking the link blanks the display at once, and the link answers a plain 404.
    chair.reload()
    chair.locator("#displays form[action$='/revoke'] button").first.click()
    expect(display.locator(".display-text")).to_have_count(0, timeout=2000)
    gone = room.request.get(display_url)
    assert (gone.status, gone.text()) == (404, "Not found")
    for ctx in (chair_ctx, second_ctx, room):
        ctx.close()


def test_chair_actions_work_without_javascript(browser: Browser, panel: Panel) -> None:
    context, page = _chair(browser, panel, java_script_enabled=False)
    sid = panel.ids[3]
    _item(page, sid).locator("form[data-chair=screen] button").click()
    expect(page.locator(".notice")).to_have_text(f"On screen: item {sid}")
    expect(_item(page, sid).locator(".badge-screen")).to_be_visible()
    _item(page, sid).locator("form[data-chair=up] button").click()
    expect(page.locator(".notice")).to_have_text(f"Moved up: item {sid}")
    _item(page, sid).locator("form[data-chair=read-out] button").click()
    expect(page.locator(f".chair-done #item-{sid}")).to_be_visible()
    context.close()


def test_chair_list_and_display_have_no_serious_accessibility_violations(browser: Browser, panel: Panel) -> None:
    context, page = _chair(browser, panel, bypass_csp=True)  # our CSP rightly refuses the injected axe script
    assert axe_violations(page) == [], "chair list"
    display_url = _display_link(page)
    page.goto(f"{panel.url}/staff/chair/print")
    assert axe_violations(page) == [], "printable list"
    room = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 720})
    display = room.new_page()
    display.goto(display_url)
    assert axe_violations(display) == [], "display, nothing on screen"
    page.goto(f"{panel.url}/staff/chair")
    _item(page, panel.ids[1]).locator("form[data-chair=screen] button").click()
    expect(display.locator(".display-text")).to_have_text(stored(QUESTIONS[1][0]))
    assert axe_violations(display) == [], "display, Arabic on screen"
    ratio = display.evaluate(
        """() => { const lum = c => { const [r, g, b] = c.match(/\\d+/g).slice(0, 3).map(v => {
              v = v / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
          const fg = lum(getComputedStyle(document.querySelector('.display-attribution')).color);
          const body = getComputedStyle(document.body).backgroundColor;
          const root = getComputedStyle(document.documentElement).backgroundColor;
          const bg = lum(body === 'rgba(0, 0, 0, 0)' ? root : body);
          return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05); }"""
    )
    assert ratio >= 7
    context.close()
    room.close()


def test_outcome_page_is_accessible_in_arabic(browser: Browser, panel: Panel) -> None:
    page = browser.new_page(bypass_csp=True)
    page.goto(f"{panel.url}/status?lang=ar")
    page.fill("#code", panel.codes[0])
    page.click("button.primary")
    page.click(".outcome-link a")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert axe_violations(page) == [], "outcome page"
    page.close()


LONG_QUESTIONS = [
    (
        "I am in a coding club at my school and we talked a lot about this before the panel. We want to know "
        "why the big apps still let adults send messages to children they do not know, even when the child "
        "has a private account, and why reporting a stranger takes so many steps that most of us give up. "
        "Could the panel ask the companies to show the same safety settings in every country and every "
        "language, and to tell children in simple words what happens after they press report? Also, who "
        "checks that the companies really do what they promise? Thank you for listening to children today!",
        "en",
        "GB",
    ),
    (
        "我们班上个星期讨论了网络安全。很多同学说，在游戏里常常有陌生的大人来加好友，还会问我们住在哪里、"
        "上哪个学校。我们想问各位专家：游戏公司为什么不能默认关掉陌生人私信？为什么举报以后我们从来不知道结果？"
        "政府能不能要求所有的平台用孩子看得懂的话写规则，并且在每个国家都一样？还有，老师和家长应该怎样帮助我们，"
        "而不是只是没收手机？谢谢大家听我们说话，希望以后每年都能有这样的机会。我们也想知道，"
        "别的国家的孩子有没有遇到同样的问题，他们是怎么解决的？",
        "zh",
        "CN",
    ),
]


def test_long_questions_fit_on_the_room_screen(browser: Browser, panel: Panel) -> None:
    with httpx.Client(base_url=panel.url) as client:
        for text, lang, country in LONG_QUESTIONS:
            _send(client, text, lang, country)

    ids = _in_thread(lambda: _shortlist(panel.database, panel.folder, [stored(t) for t, _, _ in LONG_QUESTIONS]))
    chair_ctx, chair = _chair(browser, panel, viewport={"width": 1280, "height": 2400})
    display_url = _display_link(chair)
    rooms = [
        browser.new_context(viewport=size) for size in ({"width": 1280, "height": 720}, {"width": 1024, "height": 768})
    ]
    displays = [room.new_page() for room in rooms]
    for display in displays:
        display.goto(display_url)
    for sid, (text, _lang, _country) in zip(ids, LONG_QUESTIONS, strict=True):
        _item(chair, sid).locator("form[data-chair=screen] button").click()
        for display in displays:
            expect(display.locator(".display-text")).to_have_text(stored(text))
            fits = display.evaluate(
                """() => ({bottom: document.querySelector('.display-attribution').getBoundingClientRect().bottom,
                           scroll: document.documentElement.scrollHeight, height: innerHeight,
                           size: parseFloat(getComputedStyle(document.querySelector('.display-text')).fontSize)})"""
            )
            assert fits["bottom"] <= fits["height"] and fits["scroll"] <= fits["height"], fits
            assert fits["size"] >= 20, fits  # still readable from the back of the room
    for ctx in (chair_ctx, *rooms):
        ctx.close()
