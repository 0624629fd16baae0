"""Roles as sets of ``resource:action`` permissions, checked on the server, deny by default.

Every staff route names one permission (web/staff/routing.py); a test walks every
route × every role against this table.
"""

from __future__ import annotations

from enum import StrEnum

from childvoice.states import Actor


class Role(StrEnum):
    ADMIN = "admin"
    MODERATOR = "moderator"
    SAFEGUARDING = "safeguarding"
    CHAIR = "chair"


MODERATE = frozenset(
    {
        "queue:read",
        "submission:read",
        "submission:claim",
        "submission:approve",
        "submission:reject",
        "submission:reopen",
        "submission:redact",
        "submission:translate",
        "submission:escalate",
        "submission:shortlist",
        "submission:bulk_reject",
        "author:block",
        "live:staff",
        "chair:read",  # moderators beside the chair see the same list, live (no chair actions)
    }
)
SAFEGUARD = frozenset(
    {"safeguarding:read", "safeguarding:note", "safeguarding:resolve", "safeguarding:release", "audit:read"}
)
CHAIR = frozenset(
    {
        "chair:read",
        "chair:order",
        "chair:read_out",
        "chair:display",
        "submission:unshortlist",
        "live:staff",
        "report:read",
    }
)
ADMINISTER = frozenset(
    {
        "user:manage",
        "event:manage",
        "export:run",
        "retention:run",
        "audit:read",
        "safeguarding:read",
        "live:staff",
        "report:read",
        "chair:read",
    }
)

#: What every signed-in person may do: see their home page and sign out.
EVERYONE = frozenset({"session:home", "session:end"})

ROLE_PERMISSIONS: dict[Role, frozenset[str]] = {
    Role.MODERATOR: EVERYONE | MODERATE,
    Role.SAFEGUARDING: EVERYONE | MODERATE | SAFEGUARD,
    Role.CHAIR: EVERYONE | CHAIR,
    Role.ADMIN: EVERYONE | ADMINISTER,
}

#: Roles whose holders must have had safeguarding training before the role is granted.
NEEDS_TRAINING: frozenset[Role] = frozenset({Role.MODERATOR, Role.SAFEGUARDING})

ACTOR_FOR_ROLE: dict[Role, Actor] = {
    Role.MODERATOR: Actor.MODERATOR,
    Role.SAFEGUARDING: Actor.SAFEGUARDING,
    Role.CHAIR: Actor.CHAIR,
    Role.ADMIN: Actor.ADMIN,
}


def allowed(role: Role | str | None, permission: str) -> bool:
    if role is None:
        return False
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:
        return False
