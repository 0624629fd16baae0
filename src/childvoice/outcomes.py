"""What became of an event, for the children: counts, languages, and the organiser's summary per language."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, func, insert, select

from childvoice import audit, clock, i18n
from childvoice.db import Database
from childvoice.states import State
from childvoice.tables import event_outcomes, submissions
from childvoice.textinput import strip_controls

SUMMARY_MAX = 2000


@dataclass(frozen=True)
class Outcome:
    messages: int
    countries: int
    languages: tuple[str, ...]  # language codes, most used first
    read_out: int
    summaries: dict[str, str] = field(default_factory=dict)


async def outcome(db: Database, event_id: int) -> Outcome:
    """Counts over every message that was not erased (an erased message leaves no trace here either)."""
    kept = (submissions.c.event_id == event_id, submissions.c.state != State.WITHDRAWN)
    async with db.read() as conn:
        messages = (await conn.execute(select(func.count()).select_from(submissions).where(*kept))).scalar_one()
        countries = (
            await conn.execute(select(func.count(func.distinct(submissions.c.country))).where(*kept))
        ).scalar_one()
        language_rows = (
            await conn.execute(
                select(submissions.c.language, func.count().label("n"))
                .where(*kept, submissions.c.language.is_not(None))
                .group_by(submissions.c.language)
                .order_by(func.count().desc(), submissions.c.language)
            )
        ).all()
        read_out = (
            await conn.execute(
                select(func.count()).select_from(submissions).where(*kept, submissions.c.state == State.READ_OUT)
            )
        ).scalar_one()
        summaries = {
            r.language: r.summary
            for r in (await conn.execute(select(event_outcomes).where(event_outcomes.c.event_id == event_id))).all()
        }
    return Outcome(
        messages=int(messages),
        countries=int(countries),
        languages=tuple(str(r.language) for r in language_rows),
        read_out=int(read_out),
        summaries=summaries,
    )


async def save_summaries(db: Database, event_id: int, summaries: dict[str, str], actor_id: str) -> None:
    """Replace the summaries of the languages given; an empty text removes that language's summary."""
    now = clock.now()
    async with db.write() as conn:
        for lang, text in summaries.items():
            if lang not in i18n.LANGUAGES:
                continue
            await conn.execute(
                delete(event_outcomes).where(event_outcomes.c.event_id == event_id, event_outcomes.c.language == lang)
            )
            cleaned = strip_controls(text).strip()[:SUMMARY_MAX]
            if cleaned:
                await conn.execute(
                    insert(event_outcomes).values(
                        event_id=event_id, language=lang, summary=cleaned, updated_by=actor_id, updated_at=now
                    )
                )
        await audit.record(conn, actor=actor_id, action="staff:event:outcome", reason=f"event:{event_id}")
