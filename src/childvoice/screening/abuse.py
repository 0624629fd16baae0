"""Insults, harassment, hate and profanity, in any of the six languages and their evasions.

Phrases live in ``moderation/<lang>/abuse.txt`` (sections ``insult``, ``profanity``,
``hate``, ``harassment``); normalisation already undid spacing, leetspeak and stretched
letters, so one plain word per line is enough. Abuse never escalates by itself: it is a
flag for the moderator.
"""

from __future__ import annotations

from childvoice.screening.item import Check, Finding, Item
from childvoice.screening.rules import RuleSet

SECTIONS = ("insult", "profanity", "hate", "harassment")
# A phrase listed here cancels an abuse hit it contains ("not stupid", "stupid question" is still flagged).
ALLOW = "allow"


def build(rules: RuleSet) -> Check:
    def abuse(item: Item) -> Finding:
        hits = item.hits
        allowed = [h for h in hits if h.section == ALLOW]
        reasons = sorted(
            {
                h.section
                for h in hits
                if h.section in SECTIONS and not any(a.start <= h.start and h.end <= a.end for a in allowed)
            }
        )
        if not reasons:
            return Finding()
        return Finding(flags=("abuse",), reasons=tuple(reasons))

    return abuse
