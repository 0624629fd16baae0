"""``python -m childvoice.screening``: JSON Lines in, one line out per input, errors as lines."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from childvoice.screening.jsonl import run_jsonl


def test_run_jsonl_one_line_per_input_with_errors_inline() -> None:
    infile = io.StringIO(
        '{"id": 1, "text": "my email is kid@example.com", "lang": "en"}\n'
        "not json\n"
        '{"id": "b", "lang": "fr"}\n'
        "[1, 2]\n"
        '{"id": 3, "text": "我想死", "lang": "zh", "country": "CN"}\n'
    )
    out = io.StringIO()
    assert run_jsonl(infile, out) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == 5
    assert lines[0]["id"] == 1
    assert set(lines[0]) == {"id", "route", "flags", "reasons", "language", "redacted", "rules"}
    assert lines[0]["flags"] == ["personal_info"]
    assert "kid@example.com" not in lines[0]["redacted"]
    assert "error" in lines[1] and "error" in lines[2] and "error" in lines[3]
    assert lines[2]["id"] == "b"
    assert lines[4]["route"] == "safeguarding"


def test_module_entry_point_reads_stdin_and_keeps_unicode() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "childvoice.screening", "-"],
        input='{"id": "x", "text": "Всем привет из Казани", "lang": "ru"}\n',
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    line = json.loads(run.stdout)
    assert line["redacted"] == "Всем привет из Казани"
    assert "Всем" in run.stdout  # ensure_ascii=False
