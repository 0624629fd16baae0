"""The states of a submission and the only moves between them (DESIGN.md). Pure: no I/O.

Every query, page and live-update filter uses the named groups below instead of
repeating lists of states, so a change of policy is a change in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from childvoice.errors import TransitionError


class State(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    ESCALATED = "escalated"
    RESOLVED = "resolved"
    SHORTLISTED = "shortlisted"
    READ_OUT = "read_out"
    WITHDRAWN = "withdrawn"


class Action(StrEnum):
    SCREEN = "screen"
    APPROVE = "approve"
    REJECT = "reject"
    REOPEN = "reopen"
    ESCALATE = "escalate"
    RELEASE = "release"
    RESOLVE = "resolve"
    SHORTLIST = "shortlist"
    UNSHORTLIST = "unshortlist"
    READ_OUT = "read_out"
    WITHDRAW = "withdraw"


class Actor(StrEnum):
    """Kinds of actor; staff roles map onto these through permissions."""

    SYSTEM = "system"
    CHILD = "child"
    MODERATOR = "moderator"
    SAFEGUARDING = "safeguarding"
    CHAIR = "chair"
    ADMIN = "admin"


@dataclass(frozen=True)
class Transition:
    action: Action
    sources: frozenset[State]
    target: State
    actors: frozenset[Actor]


def _t(action: Action, sources: set[State], target: State, actors: set[Actor]) -> Transition:
    return Transition(action, frozenset(sources), target, frozenset(actors))


S, A, W = State, Action, Actor
_ERASABLE = set(State) - {S.WITHDRAWN}

#: The transition table. ``screen`` has no source: it creates the item.
TRANSITIONS: dict[Action, Transition] = {
    t.action: t
    for t in [
        _t(A.APPROVE, {S.PENDING}, S.APPROVED, {W.MODERATOR, W.SAFEGUARDING}),
        _t(A.REJECT, {S.PENDING, S.APPROVED}, S.REJECTED, {W.MODERATOR, W.SAFEGUARDING}),
        _t(A.REOPEN, {S.REJECTED}, S.PENDING, {W.MODERATOR, W.SAFEGUARDING}),
        _t(A.ESCALATE, {S.PENDING, S.APPROVED, S.SHORTLISTED}, S.ESCALATED, {W.MODERATOR, W.SAFEGUARDING, W.SYSTEM}),
        _t(A.RELEASE, {S.ESCALATED}, S.PENDING, {W.SAFEGUARDING}),
        _t(A.RESOLVE, {S.ESCALATED}, S.RESOLVED, {W.SAFEGUARDING}),
        _t(A.SHORTLIST, {S.APPROVED}, S.SHORTLISTED, {W.MODERATOR, W.SAFEGUARDING, W.CHAIR}),
        _t(A.UNSHORTLIST, {S.SHORTLISTED}, S.APPROVED, {W.MODERATOR, W.SAFEGUARDING, W.CHAIR}),
        _t(A.READ_OUT, {S.SHORTLISTED}, S.READ_OUT, {W.CHAIR}),
        # DESIGN.md said "any but resolved"; a child may erase their words after a case is closed too
        # (the case record is staff notes and audit rows, which hold none of the child's text).
        _t(A.WITHDRAW, _ERASABLE, S.WITHDRAWN, {W.CHILD, W.ADMIN}),
    ]
}

# Named groups: use these, never lists of states.
IN_QUEUE: frozenset[State] = frozenset({S.PENDING})
VISIBLE_TO_CHAIR: frozenset[State] = frozenset({S.SHORTLISTED, S.READ_OUT})
PUBLIC: frozenset[State] = VISIBLE_TO_CHAIR
ON_SAFEGUARDING_DESK: frozenset[State] = frozenset({S.ESCALATED})
#: States whose unredacted original must still be kept (an open safeguarding case, or no decision yet).
KEEPS_ORIGINAL: frozenset[State] = frozenset({S.PENDING, S.ESCALATED})
#: States whose text is never exported or shown outside the safeguarding desk.
TEXT_HIDDEN: frozenset[State] = frozenset({S.ESCALATED, S.RESOLVED, S.WITHDRAWN})
#: Everything ``screen`` may produce; the system never approves.
SCREEN_TARGETS: frozenset[State] = frozenset({S.PENDING, S.ESCALATED})


def screen_target(route: str) -> State:
    """The first state of a new item: screening may hold or escalate, never approve."""
    return S.ESCALATED if route == "safeguarding" else S.PENDING


def apply(action: Action, state: State, actor: Actor) -> State:
    """The state after ``action`` by ``actor``; raises TransitionError if the move is not in the table."""
    transition = TRANSITIONS.get(action)
    if transition is None or state not in transition.sources or actor not in transition.actors:
        raise TransitionError(action, state)
    return transition.target


def allowed_actions(state: State, actor: Actor) -> list[Action]:
    """Actions the actor may take now, in table order (for buttons and tests)."""
    return [t.action for t in TRANSITIONS.values() if state in t.sources and actor in t.actors]
