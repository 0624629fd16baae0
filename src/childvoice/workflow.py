"""The only code that changes a submission's state.

Fixed order for every move: check the move against the table (``states.apply``) →
in one transaction update the row *where its version is the one the actor saw* and
append the audit row → after the commit, publish the live event. Permission checks by
role happen in the caller (the staff routes) before this is reached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update

from childvoice import audit, clock, states
from childvoice.broadcast import Broadcaster
from childvoice.db import Database
from childvoice.errors import RedactionError, StaleVersion, TransitionError
from childvoice.screening.redaction import MARKERS
from childvoice.states import Action, Actor, State
from childvoice.tables import audit as audit_table
from childvoice.tables import case_notes, submissions, translations


@dataclass(frozen=True)
class Decision:
    submission_id: int
    from_state: State
    to_state: State
    version: int


def _side_effects(action: Action, target: State) -> dict[str, Any]:
    """Column changes that come with a move: the original text leaves once a person has decided."""
    now = clock.now()
    values: dict[str, Any] = {"state": target, "updated_at": now}
    if target not in states.KEEPS_ORIGINAL:
        values["original_text"] = None
    if action in (Action.APPROVE, Action.REJECT, Action.RESOLVE):
        values["decided_at"] = now
    if action is Action.READ_OUT:
        values["read_out_at"] = now
    if action is Action.WITHDRAW:
        values["text"] = ""
        values["original_text"] = None
    return values


async def transition(
    db: Database,
    broadcaster: Broadcaster,
    submission_id: int,
    action: Action,
    actor: Actor,
    actor_id: str,
    expected_version: int | None,
    reason: str | None = None,
    note: str | None = None,
    case_note: bool = False,
) -> Decision:
    """Apply one move; raises TransitionError (not allowed now) or StaleVersion (someone decided first).

    ``expected_version=None`` is only for the child's own erase, where there is no stale view to protect.
    """
    async with db.write() as conn:
        row = (
            await conn.execute(
                select(submissions.c.state, submissions.c.version).where(submissions.c.id == submission_id)
            )
        ).first()
        if row is None:
            raise TransitionError(action, "missing")
        current = State(row.state)
        if expected_version is not None and row.version != expected_version:
            raise StaleVersion(submission_id, current)
        target = states.apply(action, current, actor)
        result = await conn.execute(
            update(submissions)
            .where(submissions.c.id == submission_id, submissions.c.version == row.version)
            .values(version=row.version + 1, **_side_effects(action, target))
        )
        if result.rowcount != 1:
            raise StaleVersion(submission_id, current)
        if case_note and note:
            await conn.execute(
                insert(case_notes).values(
                    submission_id=submission_id, user_id=_user_id(actor_id), note=note, at=clock.now()
                )
            )
        if action is Action.WITHDRAW:
            # The child's words leave everywhere: translations of them, and staff notes that may quote them.
            await conn.execute(delete(translations).where(translations.c.submission_id == submission_id))
            await conn.execute(
                update(audit_table).where(audit_table.c.submission_id == submission_id).values(note=None)
            )
        await audit.record(
            conn,
            actor=actor_id,
            action=f"{actor}:submission:{action}",
            submission_id=submission_id,
            from_state=current,
            to_state=target,
            reason=reason,
            # A case note is for the safeguarding desk only; the audit row (which moderators see) says one was written.
            note=None if case_note else note,
        )
    if action is Action.WITHDRAW:
        await db.scrub()
    await broadcaster.publish({"type": "submission", "id": submission_id, "state": str(target)})
    return Decision(submission_id, current, target, row.version + 1)


def _user_id(actor_id: str) -> int | None:
    kind, _, number = actor_id.partition(":")
    return int(number) if kind == "user" and number.isdigit() else None


def is_redaction_of(base: str, edited: str) -> bool:
    """True when ``edited`` is ``base`` with some spans replaced by a marker and nothing else changed."""
    pattern = "|".join(re.escape(m) for m in sorted(set(MARKERS.values()), key=len, reverse=True))
    pieces = re.split(pattern, edited)
    if len(pieces) == 1:
        return edited == base
    if not base.startswith(pieces[0]) or not base.endswith(pieces[-1]):
        return False
    pos = len(pieces[0])
    for piece in pieces[1:-1]:
        found = base.find(piece, pos)
        if found < 0:
            return False
        pos = found + len(piece)
    return len(base) - len(pieces[-1]) >= pos


async def revise_text(
    db: Database,
    broadcaster: Broadcaster,
    submission_id: int,
    actor: Actor,
    actor_id: str,
    expected_version: int,
    edited: str,
) -> Decision:
    """A moderator's redaction: only spans of the child's words may become markers; the state does not change."""
    async with db.write() as conn:
        row = (
            await conn.execute(
                select(
                    submissions.c.state,
                    submissions.c.version,
                    submissions.c.text,
                    submissions.c.original_text,
                    submissions.c.text_revision,
                ).where(submissions.c.id == submission_id)
            )
        ).first()
        if row is None:
            raise TransitionError(Action.APPROVE, "missing")
        current = State(row.state)
        if row.version != expected_version:
            raise StaleVersion(submission_id, current)
        if current not in states.IN_QUEUE | {State.APPROVED, State.SHORTLISTED} or actor not in (
            Actor.MODERATOR,
            Actor.SAFEGUARDING,
        ):
            raise TransitionError("redact", current)
        base = row.original_text if row.original_text is not None else row.text
        if not (is_redaction_of(base, edited) or is_redaction_of(row.text, edited)):
            raise RedactionError
        await conn.execute(
            update(submissions)
            .where(submissions.c.id == submission_id, submissions.c.version == row.version)
            .values(text=edited, text_revision=row.text_revision + 1, version=row.version + 1, updated_at=clock.now())
        )
        await audit.record(
            conn,
            actor=actor_id,
            action=f"{actor}:submission:redact",
            submission_id=submission_id,
            from_state=current,
            to_state=current,
        )
    await broadcaster.publish({"type": "submission", "id": submission_id, "state": str(current)})
    return Decision(submission_id, current, current, row.version + 1)
