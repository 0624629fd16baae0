"""Helpers that act as a child would on the pages: open the form, send, read the receipt."""

from __future__ import annotations

import html
import re

import httpx

CODE = re.compile(r'id="receipt-code"[^>]*>([A-Z0-9-]+)<')
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(page: str) -> str:
    found = CSRF.search(page)
    assert found, "the page has no CSRF field"
    return found.group(1)


def receipt_code(page: str) -> str:
    found = CODE.search(page)
    assert found, "no receipt code on the page"
    return found.group(1)


def visible_text(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


async def open_form(client: httpx.AsyncClient, lang: str = "en") -> str:
    response = await client.get("/", headers={"Accept-Language": lang})
    assert response.status_code == 200
    return csrf_of(response.text)


async def send(client: httpx.AsyncClient, message: str, lang: str = "en", **fields: str) -> httpx.Response:
    token = await open_form(client, lang)
    data = {"message": message, "csrf": token, "age_band": "", "country": "", "panel": "", "website": "", **fields}
    return await client.post("/submit", data=data, headers={"Accept-Language": lang})


async def send_ok(client: httpx.AsyncClient, message: str, lang: str = "en", **fields: str) -> str:
    response = await send(client, message, lang, **fields)
    assert response.status_code == 200, response.text[:500]
    return receipt_code(response.text)


async def status_page(client: httpx.AsyncClient, code: str, lang: str = "en") -> httpx.Response:
    page = await client.get("/status", headers={"Accept-Language": lang})
    return await client.post(
        "/status", data={"code": code, "csrf": csrf_of(page.text)}, headers={"Accept-Language": lang}
    )
