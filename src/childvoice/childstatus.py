"""What a child is told about their own item. Pure.

Deliberately coarse: an escalated or resolved item reads exactly like one that is
waiting, so nothing on screen reveals that a safeguarding lead is involved.
"""

from __future__ import annotations

from enum import StrEnum

from childvoice.states import State


class ChildStatus(StrEnum):
    RECEIVED = "received"
    BEING_READ = "being_read"
    CHOSEN = "chosen"
    READ_OUT = "read_out"
    NOT_CHOSEN = "not_chosen"
    ERASED = "erased"


_WHILE_OPEN: dict[State, ChildStatus] = {
    State.PENDING: ChildStatus.RECEIVED,
    State.ESCALATED: ChildStatus.RECEIVED,
    State.RESOLVED: ChildStatus.RECEIVED,
    State.APPROVED: ChildStatus.BEING_READ,
    State.SHORTLISTED: ChildStatus.CHOSEN,
    State.READ_OUT: ChildStatus.READ_OUT,
    State.REJECTED: ChildStatus.NOT_CHOSEN,
    State.WITHDRAWN: ChildStatus.ERASED,
}


def child_status(state: State, event_over: bool) -> ChildStatus:
    """After the event, everything that was not read out (escalated included) reads "not chosen"."""
    status = _WHILE_OPEN[state]
    if event_over and status in (ChildStatus.RECEIVED, ChildStatus.BEING_READ, ChildStatus.CHOSEN):
        return ChildStatus.NOT_CHOSEN
    return status
