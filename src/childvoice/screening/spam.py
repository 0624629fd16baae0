"""Advertising, follow-me requests, crypto, link farms, repeated text and duplicates.

Signals add up: a phrase from ``moderation/<lang>/spam.txt`` section ``ad`` counts one,
a link counts one, several links or a ``strong`` phrase ("free robux", "buy followers")
are enough alone. Text that is mostly one short piece repeated ("hahahaha…") is spam.
The Screener may keep a small window of recent item hashes to flag duplicates.

A word said four times or more in a row ("follow follow follow follow", "تابع تابع تابع تابع")
is spam with a follow/subscribe word (section ``follow_word``), a platform's name, a link or an
@handle beside it, and alone from six times; "very very very good" stays a question.
A ``follow_word`` followed closely by a platform's name ("subscribe 3la youtube") is a request too.
"""

from __future__ import annotations

import operator
import re
import zlib

from childvoice.screening.item import Check, Finding, Item
from childvoice.screening.normalise import key
from childvoice.screening.rules import LANGUAGES, RuleSet

_REPEAT = re.compile(r"(.{1,6}?)\1{5,}", re.DOTALL)
_MIN_REPEAT_LEN = 16
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Chinese writes the repeated word without spaces. The look-ahead (the unit's first character comes
# back two to four characters later) is implied by the rest; it fails fast at most places, before
# the costly repeat of the back-reference is tried.
_HAN_RUN = re.compile(r"(?=([\u4e00-\u9fff])(?:.\1|..\1|...\1))(?P<unit>[\u4e00-\u9fff]{2,4}?)(?P=unit){3,}", re.DOTALL)
_LONE_RUN = 6  # a run this long is spam without any other sign


def repeated(text: str) -> bool:
    """Mostly one short unit repeated (``ههههه``, ``jajaja``, ``mdrrrr``, ``buy buy buy``)."""
    if len(text) < _MIN_REPEAT_LEN:
        return False
    # The distinct characters, spaces aside: ordinary sentences use many more than a repeated
    # unit. Counted first on the beginning (a lower bound, and most items stop there).
    # (Spaces counted with a C-level map, not a Python loop over the characters.)
    head = set(text[:160].casefold())
    if len(head) - sum(map(str.isspace, head)) > 20:
        return False
    chars = set(text.casefold())
    distinct = len(chars) - sum(map(str.isspace, chars))
    if distinct > 20:
        return False
    core = "".join(text.split())
    if len(core) < _MIN_REPEAT_LEN:
        return False
    if distinct <= 3:
        return True
    raw = core.encode("utf-8", "replace")
    if len(zlib.compress(raw)) > 0.25 * len(raw):  # ordinary text does not compress this well
        return False
    covered = sum(m.end() - m.start() for m in _REPEAT.finditer(core))
    return covered >= 0.7 * len(core)


def word_run(key_text: str) -> int:
    """How many times the most repeated word is said in a row (0 when no word is said four times)."""
    best = 0
    prev = ""
    count = 0
    words = key_text.split()  # the key view has no punctuation left: words are split by spaces
    # Compared in C: most items stop here. A run of four has a word said again three words later
    # and a word said twice in a row.
    if not any(map(operator.eq, words, words[3:])) or not any(map(operator.eq, words, words[1:])):
        words = []  # no run of four
    for word in words:
        if word == prev:
            count += 1
            continue
        if count >= 4 and len(set(prev)) > 1:  # "ههههه", "zzzz": laughter and noise, left to ``repeated``
            best = max(best, count)
        prev, count = word, 1
    if count >= 4 and len(set(prev)) > 1:
        best = max(best, count)
    for m in _HAN_RUN.finditer(key_text) if _HAN.search(key_text) else ():
        if len(set(m.group("unit"))) > 1:
            best = max(best, len(m.group()) // len(m.group("unit")))
    return best


def build(rules: RuleSet) -> Check:
    symbols = tuple(rules.sections("ad_symbol", ()))
    # What may stand between a follow word and a platform's name ("on", "3la", "على", "sur", "на").
    connectors = sorted({key(c).strip() for c in rules.sections("follow_connector", LANGUAGES)} - {""}, key=len)
    connect = re.compile(r"\s*(?:{})\s*".format("|".join(re.escape(c) for c in reversed(connectors))))

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
        else:
            asks = _asks_to_follow(item, links, connect)
            if asks:
                reasons.append(asks)
        if not reasons:
            return Finding()
        return Finding(flags=("spam",), reasons=tuple(reasons))

    return spam


def _asks_to_follow(item: Item, links: int, connect: re.Pattern[str]) -> str | None:
    """A follow word aimed at a platform, or a word said over and over beside a follow sign."""
    sections = item.sections
    text = item.key.text
    if "follow_word" in sections and "handle_cue" in sections:  # both seen: look where they stand
        follows = [h for h in item.hits if h.section == "follow_word"]
        apps = [h for h in item.hits if h.section == "handle_cue"]
        for f in follows:
            for a in apps:
                if a.start >= f.end - 1 and connect.fullmatch(text, f.end, max(f.end, a.start + 1)):
                    return "follow_me"
    run = word_run(text)
    if run >= _LONE_RUN:
        return "repeated_words"
    if run >= 4:
        handles = any(s.kind in ("handle", "url") for s in item.spans)
        if "follow_word" in sections or "handle_cue" in sections or links or handles or "ad" in sections:
            return "repeated_words"
    return None
