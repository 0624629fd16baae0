"""The value a screening run returns; shared by intake, the CLI and the tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Route = Literal["queue", "safeguarding"]
ROUTES: tuple[Route, ...] = ("queue", "safeguarding")


@dataclass(frozen=True)
class Span:
    """A range of the input text (``text[start:end]``) that a check proposes to remove."""

    start: int
    end: int
    kind: str  # "phone", "email", "url", "handle", "address", "school", "name", "birth_date"


@dataclass(frozen=True)
class ScreeningResult:
    """What screening decided about one item. Never contains more text than ``redacted``."""

    route: Route
    flags: tuple[str, ...]
    reasons: tuple[str, ...]
    redacted: str
    language: str
    rules: str
    spans: tuple[Span, ...] = field(default=())

    def as_json(self, item_id: object) -> dict[str, object]:
        """The line ``childvoice screen`` writes for one input (DESIGN.md interface)."""
        return {
            "id": item_id,
            "route": self.route,
            "flags": list(self.flags),
            "reasons": list(self.reasons),
            "language": self.language,
            "redacted": self.redacted,
            "rules": self.rules,
        }
