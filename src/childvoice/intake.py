"""The one way in: every source (web form, hashtag search, replay) calls ``intake``.

It validates, normalises, screens, and stores the item **and** its first audit row in
one transaction before the caller may say "thank you"; the live event goes out after
the commit. Screening may hold or escalate; it never approves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from childvoice import audit, clock, receipts, states
from childvoice.broadcast import Broadcaster
from childvoice.db import Database
from childvoice.errors import InvalidInput
from childvoice.events import Event
from childvoice.i18n import LANGUAGES, country_codes
from childvoice.screening import Screener
from childvoice.tables import submissions
from childvoice.textinput import clean_message

AGE_BANDS: tuple[str, ...] = ("8-10", "11-13", "14-15", "16-17")
SOURCES: tuple[str, ...] = ("web", "x", "mastodon", "group")


@dataclass(frozen=True)
class Incoming:
    """What a source hands to intake. No name, email, IP address or exact age: there is no field for them."""

    text: str
    source: str = "web"
    language: str | None = None
    age_band: str | None = None
    country: str | None = None
    panel_id: int | None = None
    source_id: str | None = None
    author_hash: str | None = None
    extra_flags: tuple[str, ...] = field(default=())
    with_receipt: bool = True


@dataclass(frozen=True)
class Accepted:
    submission_id: int
    state: states.State
    receipt_code: str | None
    duplicate: bool = False


def _validated(item: Incoming, event: Event) -> Incoming:
    """Check the optional fields; an unknown value is an error, never silently dropped."""
    if item.source not in SOURCES:
        raise InvalidInput("bad_source", "source")
    if item.age_band not in (None, *AGE_BANDS):
        raise InvalidInput("bad_age_band", "age_band")
    if item.country is not None and item.country not in country_codes():
        raise InvalidInput("bad_country", "country")
    if item.panel_id is not None and event.panel(item.panel_id) is None:
        raise InvalidInput("bad_panel", "panel")
    language = item.language if item.language in LANGUAGES else None
    return Incoming(
        text=clean_message(item.text),
        source=item.source,
        language=language,
        age_band=item.age_band,
        country=item.country,
        panel_id=item.panel_id,
        source_id=item.source_id,
        author_hash=item.author_hash,
        extra_flags=item.extra_flags,
        with_receipt=item.with_receipt,
    )


async def intake(
    db: Database,
    screener: Screener,
    broadcaster: Broadcaster,
    event: Event,
    raw: Incoming,
    secret_key: str,
) -> Accepted:
    """Validate, screen and durably store one item; raises InvalidInput for the child to correct."""
    item = _validated(raw, event)
    if not event.is_open(clock.now()) and item.source == "web":
        raise InvalidInput("closed")
    result = screener.screen(item.text, item.language, item.country)
    state = states.screen_target(result.route)
    assert state in states.SCREEN_TARGETS
    flags = sorted(set(result.flags) | set(item.extra_flags))
    screening = {
        "reasons": list(result.reasons),
        "rules": result.rules,
        "spans": [[s.start, s.end, s.kind] for s in result.spans],
    }
    for _attempt in range(3):
        code = receipts.new_code() if item.with_receipt else None
        now = clock.now()
        try:
            async with db.write() as conn:
                if item.source_id is not None:
                    existing = (
                        await conn.execute(
                            select(submissions.c.id, submissions.c.state).where(
                                submissions.c.source == item.source, submissions.c.source_id == item.source_id
                            )
                        )
                    ).first()
                    if existing is not None:
                        return Accepted(int(existing.id), states.State(existing.state), None, duplicate=True)
                submission_id = (
                    await conn.execute(
                        insert(submissions)
                        .values(
                            event_id=event.id,
                            panel_id=item.panel_id,
                            source=item.source,
                            source_id=item.source_id,
                            state=state,
                            version=1,
                            text=result.redacted,
                            text_revision=1,
                            original_text=item.text,
                            language=item.language,
                            detected_language=result.language,
                            age_band=item.age_band,
                            country=item.country,
                            flags=flags,
                            screening=screening,
                            receipt_hash=receipts.code_hash(secret_key, code) if code else None,
                            author_hash=item.author_hash,
                            received_at=now,
                            updated_at=now,
                        )
                        .returning(submissions.c.id)
                    )
                ).scalar_one()
                await audit.record(
                    conn,
                    actor="system",
                    action=f"{item.source}:submission:{states.Action.SCREEN}",
                    submission_id=submission_id,
                    to_state=state,
                    reason=",".join(result.reasons)[:64] or None,
                )
        except IntegrityError:
            # A receipt-hash collision (vanishingly rare) or a concurrent duplicate post: try again.
            continue
        await broadcaster.publish(
            {"type": "submission", "id": int(submission_id), "state": str(state), "event_id": event.id}
        )
        return Accepted(int(submission_id), state, code)
    raise RuntimeError("could not store the submission after 3 attempts")
