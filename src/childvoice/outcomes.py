"""What became of an event, for the children: counts, languages, and the organiser's summary per language."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, insert, select

from childvoice import audit, clock, i18n
from childvoice.db import Database
from childvoice.organiser.report import NOT_GIVEN, build
from childvoice.states import State
from childvoice.tables import event_outcomes
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
    """Counts over every message that was not erased, from the report's figures, so they outlive the purge."""
    report = await build(db, event_id, clock.now())
    figures = report.figures if report else None
    async with db.read() as conn:
        summaries = {
            r.language: r.summary
            for r in (await conn.execute(select(event_outcomes).where(event_outcomes.c.event_id == event_id))).all()
        }
    if figures is None:
        return Outcome(0, 0, (), 0, summaries)
    languages = sorted(
        ((lang, n) for lang, n in figures.by_language.items() if lang != NOT_GIVEN), key=lambda kv: (-kv[1], kv[0])
    )
    return Outcome(
        messages=figures.items,
        countries=len([c for c in figures.by_country if c != NOT_GIVEN]),
        languages=tuple(lang for lang, _ in languages),
        read_out=figures.by_state.get(State.READ_OUT, 0),
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
