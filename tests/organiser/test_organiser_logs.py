"""The organiser's paths log ids and kinds only: no group's message, no receipt code, no facilitator token."""

from __future__ import annotations

import io
import logging
import re
from datetime import UTC, datetime, timedelta

from childvoice import clock
from childvoice.events import ensure_demo_event
from childvoice.logs import JsonFormatter
from childvoice.organiser import retention
from childvoice.permissions import Role
from tests.childflow import csrf_of, receipt_code
from tests.organiser.conftest import with_facilitator_routes
from tests.staff.staffkit import csrf

MARKER = "LOGMARKER-9931 call me on +44 7700 900456"


async def test_group_submission_and_purge_log_no_text_code_or_token(harness, clients) -> None:  # type: ignore[no-untyped-def]
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("childvoice")
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        with_facilitator_routes(harness.app)
        demo = await ensure_demo_event(harness.state.db)
        admin = clients[Role.ADMIN]
        made = await admin.post(f"/staff/admin/events/{demo}/facilitators", data={"csrf": await csrf(admin)})
        link = re.search(r"/group/[A-Za-z0-9_-]+", made.text).group(0)  # type: ignore[union-attr]
        token = csrf_of((await harness.client.get(link)).text)
        sent = await harness.client.post(
            link,
            data={
                "csrf": token,
                "message": MARKER,
                "group_size": "9",
                "age_min": "8",
                "age_max": "10",
                "discussion_language": "Swahili",
                "country": "KE",
            },
        )
        code = receipt_code(sent.text)
        # Far past the demo event's retention: the purge runs and logs.
        clock.set_clock(lambda: datetime.now(UTC) + timedelta(days=400))
        try:
            result = await retention.purge_due(harness.state.db)
        finally:
            clock.set_clock(None)
        assert result.items >= 1
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    log = stream.getvalue()
    assert '"submission stored"' in log and '"retention purge done for an event"' in log
    for secret in ("LOGMARKER", "7700", code, link.rsplit("/", 1)[1], "Swahili", "KE"):
        assert secret not in log, secret
