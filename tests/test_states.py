"""The transition table of DESIGN.md, checked for every (state, action) pair and actor."""

from __future__ import annotations

import itertools

import pytest

from childvoice import states
from childvoice.errors import TransitionError
from childvoice.states import Action, Actor, State

P, AP, RJ, ES, RS, SL, RO, WD = (
    State.PENDING,
    State.APPROVED,
    State.REJECTED,
    State.ESCALATED,
    State.RESOLVED,
    State.SHORTLISTED,
    State.READ_OUT,
    State.WITHDRAWN,
)
MOD = {Actor.MODERATOR, Actor.SAFEGUARDING}  # the safeguarding lead may do all a moderator may

# Written out by hand from DESIGN.md, independently of states.TRANSITIONS.
EXPECTED: dict[Action, tuple[set[State], State, set[Actor]]] = {
    Action.APPROVE: ({P}, AP, MOD),
    Action.REJECT: ({P, AP}, RJ, MOD),
    Action.REOPEN: ({RJ}, P, MOD),
    Action.ESCALATE: ({P, AP, SL}, ES, MOD | {Actor.SYSTEM}),
    Action.RELEASE: ({ES}, P, {Actor.SAFEGUARDING}),
    Action.RESOLVE: ({ES}, RS, {Actor.SAFEGUARDING}),
    Action.SHORTLIST: ({AP}, SL, MOD | {Actor.CHAIR}),
    Action.UNSHORTLIST: ({SL}, AP, MOD | {Actor.CHAIR}),
    Action.READ_OUT: ({SL}, RO, {Actor.CHAIR}),
    Action.WITHDRAW: ({P, AP, RJ, ES, RS, SL, RO}, WD, {Actor.CHILD, Actor.ADMIN}),
}

MOVES = [a for a in Action if a is not Action.SCREEN]


@pytest.mark.parametrize(("state", "action", "actor"), list(itertools.product(State, MOVES, Actor)))
def test_transition_table_every_pair(state: State, action: Action, actor: Actor) -> None:
    sources, target, actors = EXPECTED[action]
    if state in sources and actor in actors:
        assert states.apply(action, state, actor) is target
    else:
        with pytest.raises(TransitionError):
            states.apply(action, state, actor)


def test_system_never_approves_or_publishes() -> None:
    for state in State:
        reachable = {states.apply(a, state, Actor.SYSTEM) for a in states.allowed_actions(state, Actor.SYSTEM)}
        assert reachable <= {State.ESCALATED}
    assert {states.screen_target("queue"), states.screen_target("safeguarding")} == {P, ES}


def test_chair_sees_only_shortlisted_and_read_out() -> None:
    assert states.VISIBLE_TO_CHAIR == {SL, RO}
    assert not states.VISIBLE_TO_CHAIR & {P, ES, RJ, RS, WD}


def test_original_text_kept_only_until_a_person_decides() -> None:
    assert states.KEEPS_ORIGINAL == {P, ES}
