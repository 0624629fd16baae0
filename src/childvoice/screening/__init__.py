"""Automatic screening of every incoming item, before any person sees it.

The public surface other modules rely on (keep it stable):

- :class:`Span` — a character range of the *input text* that a check wants removed.
- :class:`ScreeningResult` — route, flags, reasons, the proposed redaction, the detected
  language and the hash of the rule files that produced it.
- :class:`Screener` — loads the rules in ``moderation/`` once; ``screen()`` is pure and
  never raises (a failing check holds the item for a human with flag ``screening_failed``).
- :func:`default_screener` — the process-wide screener over the shipped rules.
"""

from __future__ import annotations

from childvoice.screening.pipeline import Screener, default_screener
from childvoice.screening.result import ROUTES, ScreeningResult, Span

__all__ = ["ROUTES", "Screener", "ScreeningResult", "Span", "default_screener"]
