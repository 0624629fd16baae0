"""The staff side in Debian chromium: TOTP sign-in, approve, redact, escalate; the desk hears it live."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pyotp
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import axe_violations
from tests.conftest import demo_logins, free_port, start_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, tuple[str, str, str]]]]:
    folder = tmp_path_factory.mktemp("staff")
    port = free_port()
    proc = start_server(f"sqlite:///{folder / 'cv.sqlite3'}", folder, port, CHILDVOICE_RATE_LIMITS="off")
    yield f"http://127.0.0.1:{port}", demo_logins(folder)
    proc.terminate()
    proc.wait(10)


def _sign_in(page: Page, base: str, login: tuple[str, str, str]) -> None:
    name, password, secret = login
    page.goto(f"{base}/staff/login")
    page.fill("#name", name)
    page.fill("#password", password)
    page.fill("#code", pyotp.TOTP(secret).now())
    page.click("button.primary")


def _child_sends(browser: Browser, base: str, text: str) -> None:
    page = browser.new_page()
    page.goto(f"{base}/?lang=en")
    page.fill("#message", text)
    page.click("button.primary")
    expect(page.locator("#receipt-code")).to_be_visible()
    page.close()


def test_moderator_works_the_queue_and_the_lead_sees_the_escalation_live(browser: Browser, demo: tuple) -> None:
    base, logins = demo
    lead_ctx, mod_ctx = browser.new_context(), browser.new_context()
    lead, mod = lead_ctx.new_page(), mod_ctx.new_page()
    _sign_in(lead, base, logins["safeguarding"])
    expect(lead).to_have_url(re.compile("/staff/desk"))
    _sign_in(mod, base, logins["moderator"])
    expect(mod).to_have_url(re.compile("/staff/queue"))

    # A new item appears in the open queue without a reload.
    _child_sends(browser, base, "APPROVE-ME: how will apps check ages without taking our data?")
    expect(mod.locator("#queue-list")).to_contain_text("APPROVE-ME", timeout=5000)

    # Approve with the keyboard shortcut.
    mod.click("text=APPROVE-ME >> xpath=ancestor::tr//a[contains(@class,'open')]")
    expect(mod.locator("h1")).to_contain_text("Item")
    mod.wait_for_load_state()  # the keys work once staff.js has run
    mod.keyboard.press("a")
    expect(mod.locator("p[role=status].notice")).to_contain_text("Approve")

    # Redact a name.
    _child_sends(browser, base, "REDACT-ME my cousin Layla says games should have a report button")
    mod.goto(f"{base}/staff/queue")
    mod.click("text=REDACT-ME >> xpath=ancestor::tr//a[contains(@class,'open')]")
    box = mod.locator("#redact-text")
    box.fill(box.input_value().replace("Layla", "[removed to keep you safe]"))
    mod.click("text=Save redaction")
    expect(mod.locator("#shown-text")).to_contain_text("[removed to keep you safe]")
    expect(mod.locator("#shown-text")).not_to_contain_text("Layla")

    # Escalate: the lead's desk shows it without a reload, with the alert.
    mod.fill("#escalate-note", "sounds like it may be about her")
    mod.click("text=Escalate to safeguarding")
    expect(lead.locator("#desk-alert")).to_be_visible(timeout=5000)
    expect(lead.locator("#desk-list")).to_contain_text("REDACT-ME", timeout=5000)
    lead_ctx.close()
    mod_ctx.close()


def test_moderator_shortlists_and_the_chair_sees_it_live(browser: Browser, demo: tuple) -> None:
    base, logins = demo
    chair_ctx, mod_ctx = browser.new_context(), browser.new_context()
    chair, mod = chair_ctx.new_page(), mod_ctx.new_page()
    _sign_in(chair, base, logins["chair"])
    expect(chair).to_have_url(re.compile("/staff/chair"))
    _sign_in(mod, base, logins["moderator"])

    # A waiting item: "s" approves it and puts it on the chair's list in one step.
    _child_sends(browser, base, "SHORTLIST-ONE: will phones come with child settings switched on?")
    mod.goto(f"{base}/staff/queue")
    mod.click("text=SHORTLIST-ONE >> xpath=ancestor::tr//a[contains(@class,'open')]")
    expect(mod.locator("h1")).to_contain_text("Item")
    mod.wait_for_load_state()
    mod.keyboard.press("s")
    expect(mod.locator("p[role=status].notice")).to_contain_text("Approved and shortlisted")
    expect(chair.locator("#chair-list")).to_contain_text("SHORTLIST-ONE", timeout=5000)

    # An item approved earlier: the "Approved, not shortlisted" view has a Shortlist button per row.
    _child_sends(browser, base, "SHORTLIST-TWO: who checks that games keep their promises?")
    mod.goto(f"{base}/staff/queue")
    mod.click("text=SHORTLIST-TWO >> xpath=ancestor::tr//a[contains(@class,'open')]")
    expect(mod.locator("h1")).to_contain_text("Item")
    mod.wait_for_load_state()
    mod.keyboard.press("a")
    expect(mod.locator("p[role=status].notice")).to_contain_text("Approve")
    mod.goto(f"{base}/staff/queue")
    mod.click("text=Approved, not shortlisted")
    row = mod.locator("tr", has_text="SHORTLIST-TWO")
    row.get_by_role("button", name=re.compile("Shortlist item")).click()
    expect(mod.locator("p[role=status].notice")).to_contain_text("Shortlist")
    expect(mod.locator("tr", has_text="SHORTLIST-TWO")).to_have_count(0)
    expect(chair.locator("#chair-list")).to_contain_text("SHORTLIST-TWO", timeout=5000)
    chair_ctx.close()
    mod_ctx.close()


def test_chair_cannot_open_the_desk(browser: Browser, demo: tuple) -> None:
    base, logins = demo
    ctx = browser.new_context()
    page = ctx.new_page()
    _sign_in(page, base, logins["chair"])
    response = page.goto(f"{base}/staff/desk")
    assert response is not None and response.status == 403
    ctx.close()


@pytest.mark.parametrize(
    "role,path",
    [
        ("moderator", "/staff/queue"),
        ("moderator", "/staff/queue?view=approved"),
        ("safeguarding", "/staff/desk"),
        ("admin", "/staff/admin/users"),
        ("admin", "/staff/audit"),
    ],
)
def test_staff_pages_have_no_serious_accessibility_violations(
    browser: Browser, demo: tuple, role: str, path: str
) -> None:
    base, logins = demo
    ctx = browser.new_context(bypass_csp=True)
    page = ctx.new_page()
    _sign_in(page, base, logins[role])
    page.goto(f"{base}{path}")
    assert axe_violations(page) == []
    ctx.close()
