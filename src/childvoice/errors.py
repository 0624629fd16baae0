"""The project's exceptions, one flat tree:

ChildvoiceError
├── ConfigError          bad settings or URL; the CLI prints it and exits 2
├── InvalidInput         a child's input that cannot be accepted; carries a message key
├── TransitionError      an action not allowed from the item's state (states.py)
├── StaleVersion         someone else decided first; carries who and what
├── RedactionError       an edit that changes the child's words instead of only removing spans
└── EventSpecError       an event's settings (admin form or TOML file) that cannot be used; says which field
"""

from __future__ import annotations


class ChildvoiceError(Exception):
    """Base of every error this project raises on purpose."""


class ConfigError(ChildvoiceError):
    pass


class InvalidInput(ChildvoiceError):
    """``key`` names the message shown to the child, translated in the page's language."""

    def __init__(self, key: str, field: str = "message") -> None:
        super().__init__(key)
        self.key = key
        self.field = field


class TransitionError(ChildvoiceError):
    def __init__(self, action: str, state: str) -> None:
        super().__init__(f"{action!r} is not allowed from state {state!r}")
        self.action = action
        self.state = state


class StaleVersion(ChildvoiceError):
    def __init__(self, submission_id: int, current_state: str) -> None:
        super().__init__(f"submission {submission_id} was already changed (now {current_state})")
        self.submission_id = submission_id
        self.current_state = current_state


class RedactionError(ChildvoiceError):
    def __init__(self) -> None:
        super().__init__("a redaction may only replace parts of the text with the marker; the child's words stay")


class EventSpecError(ChildvoiceError):
    """An organiser's event settings that cannot be used; ``field`` names the setting."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
