"""Live updates over a real server: moderators hear of every new item; the chair never of unapproved ones."""

from __future__ import annotations

import json
import re
import threading
import time
from pathlib import Path

import httpx
import pyotp

from childvoice.permissions import Role
from childvoice.web.staff.live import visible
from tests.childflow import csrf_of
from tests.conftest import demo_logins, free_port, start_server


def _sign_in(base: str, login: tuple[str, str, str]) -> httpx.Client:
    client = httpx.Client(base_url=base)
    page = client.get("/staff/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token
    name, password, secret = login
    response = client.post(
        "/staff/login",
        data={"name": name, "password": password, "csrf": token.group(1), "code": pyotp.TOTP(secret).now()},
    )
    assert response.status_code == 303
    return client


def _listen(client: httpx.Client, into: list[dict], stop: threading.Event) -> None:
    try:
        with client.stream("GET", "/staff/live", headers={"Accept": "text/event-stream"}, timeout=None) as stream:
            for line in stream.iter_lines():
                if line.startswith("data:"):
                    event = json.loads(line[5:].strip())
                    if "id" in event:
                        into.append(event)
                if stop.is_set():
                    return
    except httpx.HTTPError:
        return  # the server stopped at the end of the test


def test_visible_filter_hides_unapproved_states_from_the_chair() -> None:
    for state in ["pending", "escalated", "rejected", "approved", "resolved", "withdrawn"]:
        assert not visible(Role.CHAIR, {"type": "submission", "id": 1, "state": state})
        assert visible(Role.MODERATOR, {"type": "submission", "id": 1, "state": state})
    assert visible(Role.CHAIR, {"type": "submission", "id": 1, "state": "shortlisted"})


def test_moderator_stream_gets_new_items_and_chair_stream_does_not(tmp_path: Path) -> None:
    port = free_port()
    proc = start_server(f"sqlite:///{tmp_path / 'cv.sqlite3'}", tmp_path, port)
    base = f"http://127.0.0.1:{port}"
    try:
        logins = demo_logins(tmp_path)
        moderator, chair = _sign_in(base, logins["moderator"]), _sign_in(base, logins["chair"])
        mod_events: list[dict] = []
        chair_events: list[dict] = []
        stop = threading.Event()
        threads = [
            threading.Thread(target=_listen, args=(c, into, stop), daemon=True)
            for c, into in ((moderator, mod_events), (chair, chair_events))
        ]
        for t in threads:
            t.start()
        time.sleep(0.5)
        with httpx.Client(base_url=base) as child:
            token = csrf_of(child.get("/").text)
            child.post("/submit", data={"message": "a live question", "csrf": token})
        deadline = time.monotonic() + 5
        while not mod_events and time.monotonic() < deadline:
            time.sleep(0.05)
        assert mod_events and mod_events[0]["state"] == "pending" and set(mod_events[0]) == {"type", "id", "state"}
        time.sleep(0.5)
        assert chair_events == []
        stop.set()
        moderator.close()
        chair.close()
    finally:
        proc.terminate()
        proc.wait(10)
