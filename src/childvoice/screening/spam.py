"""Advertising, follow-me requests, crypto, link farms, repeated text and duplicates.

Signals add up: a phrase from ``moderation/<lang>/spam.txt`` section ``ad`` counts one,
a link counts one, several links or a ``strong`` phrase ("free robux", "buy followers")
are enough alone. Text that is mostly one short piece repeated ("hahahaha…") is spam.
The Screener may keep a small window of recent item hashes to flag duplicates.
"""

from __future__ import annotations

import re
import zlib

from childvoice.screening.item import Check, Finding, Item
from childvoice.screening.rules import RuleSet

_REPEAT = re.compile(r"(.{1,6}?)\1{5,}", re.DOTALL)
_MIN_REPEAT_LEN = 16


def repeated(text: str) -> bool:
    """Mostly one short unit repeated (``ههههه``, ``jajaja``, ``mdrrrr``, ``buy buy buy``)."""
    core = "".join(text.split())
    if len(core) < _MIN_REPEAT_LEN:
        return False
    distinct = len(set(core.casefold()))
    if distinct <= 3:
        return True
    if distinct > 20:  # ordinary sentences use many more characters than a repeated unit
        return False
    raw = core.encode("utf-8", "replace")
    if len(zlib.compress(raw)) > 0.25 * len(raw):  # ordinary text does not compress this well
        return False
    covered = sum(m.end() - m.start() for m in _REPEAT.finditer(core))
    return covered >= 0.7 * len(core)


def build(rules: RuleSet) -> Check:
    symbols = tuple(rules.sections("ad_symbol", ()))

    def spam(item: Item) -> Finding:
        reasons: list[str] = []
        if repeated(item.text):
            reasons.append("repeated_text")
        sections = item.sections
        links = sum(1 for s in item.spans if s.kind == "url")
        ad_words = {item.key.text[h.start : h.end] for h in item.hits if h.section == "ad"}
        score = len(ad_words) + min(links, 1) + any(sym in item.text for sym in symbols)
        if "strong" in sections or score >= 2:
            reasons.append("advertising")
        if links >= 3:
            reasons.append("link_farm")
        if "follow_me" in sections:
            reasons.append("follow_me")
        if not reasons:
            return Finding()
        return Finding(flags=("spam",), reasons=tuple(reasons))

    return spam
