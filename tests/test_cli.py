"""The command line as DESIGN.md promises it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "childvoice", *args], input=stdin, capture_output=True, text=True, timeout=120
    )


def test_init_with_demo_creates_the_sample_event_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cv.sqlite3'}"
    for _ in range(2):  # idempotent
        result = _run("init", "--demo", "--database", url, "--data-dir", str(tmp_path))
        assert result.returncode == 0, result.stderr
    assert _run("db", "upgrade", "--database", url).returncode == 0
    with create_engine(url).connect() as conn:
        events = conn.execute(text("SELECT slug, names FROM events")).all()
        panels = conn.execute(text("SELECT names FROM panels ORDER BY position")).scalars().all()
    assert len(events) == 1
    names = [json.loads(p)["en"] for p in panels]
    assert names == [
        "ICTs and child sexual exploitation: international framework and challenges",
        "Combating and preventing child sexual exploitation through ICTs",
    ]


def test_unknown_database_scheme_is_a_clear_error(tmp_path: Path) -> None:
    result = _run("init", "--database", "mysql://x", "--data-dir", str(tmp_path))
    assert result.returncode == 2 and "unsupported database URL" in result.stderr


def test_screen_reads_and_writes_json_lines() -> None:
    items = [
        {"id": "a", "text": "How do laws protect children online?", "lang": "en"},
        {"id": 7, "text": "¿Qué hacen las empresas?"},
    ]
    result = _run("screen", "-", stdin="".join(json.dumps(i) + "\n" for i in items))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", 7]
    for o in out:
        assert o["route"] in ("queue", "safeguarding")
        assert {"flags", "language", "redacted", "rules"} <= set(o)


def test_a_new_data_folder_is_for_its_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "fresh" / "data"
    result = _run("init", "--demo", "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    assert folder.stat().st_mode & 0o777 == 0o700  # the database and the key are not readable by other users
    assert (folder / "secret_key").stat().st_mode & 0o777 == 0o600


def test_screen_tries_an_edited_copy_of_the_rules(tmp_path: Path) -> None:
    """An organiser copies moderation/, adds an insult, and sees it flagged before shipping it."""
    import shutil

    from childvoice.screening.pipeline import moderation_dir

    rules = tmp_path / "rules"
    shutil.copytree(moderation_dir(), rules)
    with (rules / "en" / "abuse.txt").open("a", encoding="utf-8") as f:
        f.write("\n[insult]\nblorptastic\n")
    line = json.dumps({"id": "x", "text": "you are so blorptastic", "lang": "en"}) + "\n"
    shipped = json.loads(_run("screen", "-", stdin=line).stdout)
    edited = _run("screen", "--rules", str(rules), "-", stdin=line)
    assert edited.returncode == 0, edited.stderr
    out = json.loads(edited.stdout)
    assert "abuse" not in shipped["flags"] and "abuse" in out["flags"]
    assert out["rules"] != shipped["rules"]  # the result names the rules that produced it


def test_screen_with_a_broken_rules_folder_says_which_file(tmp_path: Path) -> None:
    result = _run("screen", "--rules", str(tmp_path), "-", stdin="")
    assert result.returncode == 2 and "combinations.txt" in result.stderr
