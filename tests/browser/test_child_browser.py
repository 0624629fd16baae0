"""The child's pages in Debian chromium: with and without JavaScript, right-to-left, accessible."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from childvoice import i18n
from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser


def _send(page: Page, base: str, lang: str, message: str, country: str = "") -> str:
    page.goto(f"{base}/?lang={lang}")
    page.fill("#message", message)
    page.check("input[name=age_band][value='14-15']")
    if country:
        page.select_option("#country", country)
    page.click("button.primary")
    code = page.locator("#receipt-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    return code


def _check_status(page: Page, base: str, lang: str, code: str) -> None:
    page.goto(f"{base}/status?lang={lang}")
    page.fill("#code", code.lower())  # typed loosely, still found
    page.click("button.primary")
    expect(page.locator("#status")).to_have_class(re.compile("status-received"))


def _erase(page: Page) -> None:
    page.click("button.danger")  # erase my message
    page.click("button.danger")  # yes, erase it
    expect(page.locator("#status")).to_have_class(re.compile("status-erased"))


@pytest.mark.parametrize("javascript", [False, True])
def test_submit_status_erase_journey(browser: Browser, live_server: str, javascript: bool) -> None:
    context = browser.new_context(java_script_enabled=javascript, locale="es-ES")
    page = context.new_page()
    code = _send(page, live_server, "es", "¿Cómo van a proteger a los niños en los juegos en línea?", "PE")
    assert page.locator("html").get_attribute("lang") == "es"
    _check_status(page, live_server, "es", code)
    _erase(page)
    context.close()


def test_counter_counts_characters_when_javascript_runs(browser: Browser, live_server: str) -> None:
    page = browser.new_page()
    page.goto(f"{live_server}/?lang=en")
    page.fill("#message", "héllo 👋")
    expect(page.locator("#message-count")).to_be_visible()
    expect(page.locator("#message-count [data-count]")).to_have_text("7")
    page.close()


def test_counter_is_hidden_without_javascript(browser: Browser, live_server: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server}/?lang=en")
    expect(page.locator("#message-count")).to_be_hidden()
    context.close()


def test_arabic_is_right_to_left_and_the_childs_text_keeps_its_direction(browser: Browser, live_server: str) -> None:
    page = browser.new_page()
    page.goto(f"{live_server}/?lang=ar")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.locator("#message").get_attribute("dir") == "auto"
    # Logical CSS: the label starts at the right edge in Arabic.
    box = page.locator("label[for=message]").bounding_box()
    width = page.viewport_size["width"] if page.viewport_size else 1280
    assert box and box["x"] + box["width"] > width / 2
    code = _send(page, live_server, "ar", "كيف ستحمي الحكومات الأطفال من الابتزاز على الإنترنت؟", "EG")
    _check_status(page, live_server, "ar", code)
    _erase(page)
    page.close()


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_no_serious_accessibility_violations(browser: Browser, live_server: str, lang: str) -> None:
    page = browser.new_page(bypass_csp=True)  # our CSP rightly refuses the injected axe script
    page.goto(f"{live_server}/?lang={lang}")
    assert axe_violations(page) == [], "form"
    page.click("button.primary")  # empty message: the error state
    assert axe_violations(page) == [], "form with error"
    code = _send(page, live_server, lang, "A question for the panel about privacy", "FR")
    assert axe_violations(page) == [], "receipt"
    page.goto(f"{live_server}/status?lang={lang}")
    assert axe_violations(page) == [], "status form"
    page.fill("#code", code)
    page.click("button.primary")
    assert axe_violations(page) == [], "status"
    page.close()


@pytest.mark.parametrize("lang", ["ar", "zh", "en"])
def test_reflow_at_320_px_and_targets_at_least_24_px(browser: Browser, live_server: str, lang: str) -> None:
    page = browser.new_page(viewport={"width": 320, "height": 640})
    page.goto(f"{live_server}/?lang={lang}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    small = page.evaluate(
        """() => [...document.querySelectorAll('button, input:not([type=hidden]), select, textarea, nav a, .foot a')]
        .filter(e => e.offsetParent !== null && !e.closest('.hp'))
        .map(e => [e.name || e.textContent.trim(), e.getBoundingClientRect()])
        .filter(([_, r]) => r.width < 24 || r.height < 24).map(([n]) => n)"""
    )
    assert small == []
    page.close()


def test_focus_is_visible(browser: Browser, live_server: str) -> None:
    page = browser.new_page()
    page.goto(f"{live_server}/?lang=en")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")
    page.close()
