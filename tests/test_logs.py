"""Logs hold no child's text, receipt code or address."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.childflow import csrf_of, receipt_code
from tests.conftest import free_port, start_server


def test_server_log_has_no_childs_text_or_code(tmp_path: Path) -> None:
    port = free_port()
    proc = start_server(f"sqlite:///{tmp_path / 'cv.sqlite3'}", tmp_path, port)
    marker = "LOGMARKER-5523 my phone is +44 7700 900123"
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
            token = csrf_of(client.get("/").text)
            code = receipt_code(client.post("/submit", data={"message": marker, "csrf": token}).text)
            client.post("/status", data={"code": code, "csrf": token})
            client.post("/submit", data={"message": "x" * 700, "csrf": token})
            client.get("/no-such-page?secret=LOGMARKER")
    finally:
        proc.terminate()
        proc.wait(10)
    log = (tmp_path / "server.log").read_text()
    assert '"submission stored"' in log  # the log is written, as JSON lines
    assert "LOGMARKER" not in log and "7700" not in log and code not in log
    assert "127.0.0.1:" not in log.replace(f"127.0.0.1:{port}", "")
