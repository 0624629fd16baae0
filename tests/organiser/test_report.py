"""The report: figures from a seeded database equal hand-counted ones; charts and tables agree."""

from __future__ import annotations

import html as html_lib
import json
import re
from datetime import UTC, datetime

import pytest

from childvoice.cli import main
from childvoice.config import Settings
from childvoice.db import Database
from childvoice.organiser import report
from childvoice.permissions import Role
from tests.organiser.seed import EXPECTED, TRANSLATION, seed, text

NOW = datetime(2027, 3, 7, tzinfo=UTC)
FIELDS = [k for k in EXPECTED if k not in ("over_time", "median_decision_seconds", "median_response_seconds")]


async def test_report_figures_equal_the_hand_counted_ones(db: Database) -> None:
    seeded = await seed(db)
    built = await report.build(db, seeded.event.id, NOW)
    assert built is not None
    got = built.figures.to_json()
    assert {k: got[k] for k in FIELDS} == {k: EXPECTED[k] for k in FIELDS}
    assert built.over_time() == EXPECTED["over_time"]
    assert built.median_decision_seconds == EXPECTED["median_decision_seconds"]
    assert built.median_response_seconds == EXPECTED["median_response_seconds"]
    assert [q["text"] for q in built.figures.read_out] == [text(1)]
    assert built.figures.read_out[0]["translations"] == {"fr": TRANSLATION}


def test_durations_read_well() -> None:
    assert [report.duration(s) for s in (None, 42, 300, 3900)] == ["–", "42 s", "5 min 00 s", "1 h 05 min"]


def test_figures_add_up_like_one_count() -> None:
    a = report.Figures(items=2, by_language={"en": 2}, decision_seconds=[10, 30])
    b = report.Figures(items=1, by_language={"en": 1, "fr": 1}, decision_seconds=[20])
    merged = a.merged(b)
    assert (merged.items, merged.by_language, merged.decision_seconds) == (3, {"en": 3, "fr": 1}, [10, 20, 30])
    assert report.Figures.from_json(json.loads(json.dumps(merged.to_json()))) == merged


BAR = re.compile(r'<rect class="bar"[^>]*data-label="([^"]*)" data-value="(\d+)"')
ROW = re.compile(r'<tr><th scope="row">([^<]*)</th><td>(\d+)</td></tr>')
SECTION = re.compile(r'<section class="report-section" aria-labelledby="(\w+)-title".*?</section>', re.S)


def _unescape(s: str) -> str:
    return html_lib.unescape(s)


@pytest.mark.parametrize("role", [Role.ADMIN, Role.CHAIR])
async def test_report_page_draws_svg_charts_equal_to_their_tables(harness, clients, role: Role) -> None:  # type: ignore[no-untyped-def]
    seeded = await seed(harness.state.db)
    page = await clients[role].get(f"/staff/reports/{seeded.event.id}")
    assert page.status_code == 200
    html = page.text
    assert "<script" not in html.split("</header>", 1)[1].split("</main>")[0]
    sections = {m.group(1): m.group(0) for m in SECTION.finditer(html)}
    charted = [k for k in ("time", "language", "country", "age", "source", "panel", "outcome", "reasons")]
    assert set(charted) <= set(sections)
    for key in charted:
        bars = [(_unescape(label), int(n)) for label, n in BAR.findall(sections[key])]
        rows = [(_unescape(label), int(n)) for label, n in ROW.findall(sections[key])]
        assert bars and bars == rows, key
        assert '<svg xmlns="http://www.w3.org/2000/svg"' in sections[key] and 'role="img"' in sections[key]
    time_rows = [(label, int(n)) for label, n in ROW.findall(sections["time"])]
    assert time_rows == EXPECTED["over_time"]
    assert dict(ROW.findall(sections["source"])) == {"web": "4", "x": "1", "group": "1"}
    assert 'id="median-decision">5 min 00 s<' in html and 'id="median-response">15 min 00 s<' in html
    assert text(1) in html and TRANSLATION in html  # the read-out question and its translation
    for n in (2, 3, 4, 5, 6, 7):
        assert text(n) not in html  # only read-out questions carry text


async def test_moderators_may_not_read_the_report(harness, clients) -> None:  # type: ignore[no-untyped-def]
    response = await clients[Role.MODERATOR].get("/staff/reports/1")
    assert response.status_code == 403


async def test_report_command_writes_json_and_html(
    db: Database, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    await seed(db)
    url = settings.database_url.replace("+aiosqlite", "").replace("+asyncpg", "")
    args = ["--database", url, "--data-dir", str(settings.data_dir)]
    assert await _run(["report", "--event", "seeded-panel", "--format", "json", *args]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["totals"]["items"] == EXPECTED["items"]
    assert data["by_source"] == EXPECTED["by_source"]
    assert data["safeguarding"]["median_seconds_to_response"] == EXPECTED["median_response_seconds"]
    assert await _run(["report", "--event", "seeded-panel", "--format", "html", *args]) == 0
    html = capsys.readouterr().out
    assert html.startswith("<!doctype html>") and "<svg" in html and "<style>" in html
    assert not re.findall(r'(?:href|src)="/', html)  # self-contained: no link into the server
    assert await _run(["report", "--event", "no-such-event", *args]) == 1


async def _run(argv: list[str]) -> int:
    import asyncio

    return await asyncio.to_thread(main, argv)
