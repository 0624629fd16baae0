"""A database holding items in every state, each with its own marker text, for the chair's and display's tests."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert, select

from childvoice import clock
from childvoice.db import Database
from childvoice.states import State
from childvoice.tables import panels, submissions, translations


@dataclass(frozen=True)
class Seeded:
    ids: dict[State, int]
    visible: dict[int, str]  # id -> text the chair may see
    hidden: list[str]  # texts that must never reach the chair or the display


def marker(state: State, part: str) -> str:
    return f"MARK{part.upper()}{state.value.upper().replace('_', '')}ZQ"


async def seed_all_states(db: Database, event_id: int) -> Seeded:
    """One item per state. Visible ones carry a redacted text; every original and every hidden text is a marker."""
    now = clock.now()
    ids: dict[State, int] = {}
    visible: dict[int, str] = {}
    hidden: list[str] = []
    async with db.write() as conn:
        panel_id = (
            await conn.execute(select(panels.c.id).where(panels.c.event_id == event_id).order_by(panels.c.id))
        ).scalar()
        for state in State:
            text = marker(state, "text")
            original = marker(state, "original")
            sid = (
                await conn.execute(
                    insert(submissions)
                    .values(
                        event_id=event_id,
                        panel_id=panel_id,
                        source="web",
                        state=state,
                        version=1,
                        text=text,
                        text_revision=1,
                        original_text=original,
                        language="es",
                        age_band="14-15",
                        country="PE",
                        flags=[],
                        screening={},
                        received_at=now,
                        updated_at=now,
                    )
                    .returning(submissions.c.id)
                )
            ).scalar_one()
            translated = marker(state, "translation")
            await conn.execute(insert(translations).values(submission_id=sid, language="en", text=translated, at=now))
            ids[state] = int(sid)
            hidden.append(original)
            if state in (State.SHORTLISTED, State.READ_OUT):
                visible[int(sid)] = text
            else:
                hidden.extend([text, translated])
    return Seeded(ids, visible, hidden)
