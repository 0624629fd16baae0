"""The screening pipeline: ordered checks over one item, fail closed, never approve.

Each check module exposes ``build(rules) -> check``; ``CHECKS`` below is the one place
that says which checks run and in which order. A check returns a :class:`Finding`; the
first one that routes to safeguarding is final and the rest are skipped. A check that
raises, or takes longer than ``CHECK_BUDGET_S``, holds the item for a human: flag
``screening_failed``, route ``queue`` (the system never approves anything). If the
personal-information check fails, the whole text is proposed for redaction.
"""

from __future__ import annotations

import collections
import functools
import hashlib
import threading
import time
from collections.abc import Callable
from pathlib import Path

from childvoice.screening import abuse, language, learned, personal_info, redaction, safeguarding, spam
from childvoice.screening.item import Check, Finding, Item
from childvoice.screening.result import Route, ScreeningResult, Span
from childvoice.screening.rules import RuleSet, load

# The order matters: language first (it chooses the rule languages), personal information
# next (its spans feed the redaction and let safeguarding see links), then the final
# outcome (safeguarding, then the learned check that can only add escalations), then the flags a moderator sees.
CHECKS: list[tuple[str, Callable[[RuleSet], Check]]] = [
    ("language", language.build),
    ("personal_info", personal_info.build),
    ("safeguarding", safeguarding.build),
    # Only reached when the rules did not escalate: a learned score may add an escalation.
    ("learned", learned.build),
    ("abuse", abuse.build),
    ("spam", spam.build),
]
CHECK_BUDGET_S = 0.5  # CPU seconds of this thread: a busy machine does not make a check "slow"
FAILED = "screening_failed"


def moderation_dir() -> Path:
    """The shipped rules: ``childvoice.paths`` when present, else the checkout's ``moderation/``."""
    try:
        from childvoice.paths import MODERATION_DIR

        return Path(MODERATION_DIR)
    except ImportError:
        return Path(__file__).resolve().parents[3] / "moderation"


class Screener:
    """Loads and compiles the rules once; ``screen`` never raises."""

    def __init__(self, rules_dir: Path | None = None, recent: int = 0) -> None:
        self.rules_dir = rules_dir or moderation_dir()
        self.rules = load(self.rules_dir)
        self.rules_hash = self.rules.digest
        self.checks: list[tuple[str, Check]] = [(name, make(self.rules)) for name, make in CHECKS]
        self._recent: collections.OrderedDict[str, None] = collections.OrderedDict()
        self._recent_size = recent
        self._lock = threading.Lock()

    def _duplicate(self, text: str) -> bool:
        """True if the same text (ignoring case and spacing) was screened among the last ``recent`` items."""
        if self._recent_size <= 0:
            return False
        digest = hashlib.sha256(" ".join(text.casefold().split()).encode("utf-8", "replace")).hexdigest()
        with self._lock:
            seen = digest in self._recent
            self._recent[digest] = None
            self._recent.move_to_end(digest)
            while len(self._recent) > self._recent_size:
                self._recent.popitem(last=False)
        return seen

    def screen(self, text: str, lang: str | None = None, country: str | None = None) -> ScreeningResult:
        try:
            return self._screen(text, lang, country)
        except Exception:
            return self._failed(text if isinstance(text, str) else "", lang, ("pipeline",))

    def _failed(self, text: str, lang: str | None, where: tuple[str, ...]) -> ScreeningResult:
        span = (Span(0, len(text), FAILED),) if text else ()
        return ScreeningResult(
            route="queue",
            flags=(FAILED,),
            reasons=tuple(f"{FAILED}:{w}" for w in where),
            redacted=redaction.apply(text, span, lang),
            language=lang or "und",
            rules=self.rules_hash,
            spans=span,
        )

    def _screen(self, text: str, lang: str | None, country: str | None) -> ScreeningResult:
        if not isinstance(text, str):
            raise TypeError("text must be a string")
        item = Item(text=text, lang=lang, country=country, rules=self.rules, language=lang or "und")
        flags: list[str] = []
        reasons: list[str] = []
        route: Route = "queue"
        failed: list[str] = []
        started = time.thread_time()
        for name, check in self.checks:
            try:
                found = check(item)
            except Exception:
                found = Finding()
                failed.append(name)
                if name == "personal_info":
                    item.spans.append(Span(0, len(text), FAILED))
            # One clock reading per check: its end is the next check's start.
            ended = time.thread_time()
            if ended - started > CHECK_BUDGET_S and name not in failed:
                failed.append(f"{name}:timeout")
            started = ended
            item.spans.extend(found.spans)
            for f in found.flags:
                if f not in flags:
                    flags.append(f)
            reasons.extend(r for r in found.reasons if r not in reasons)
            if found.route == "safeguarding":
                route = "safeguarding"
                break
        if self._duplicate(text):
            if "spam" not in flags:
                flags.append("spam")
            reasons.append("duplicate")
        if failed:
            flags.append(FAILED)
            reasons.extend(f"{FAILED}:{n}" for n in failed)
        spans = redaction.merge(item.spans, len(text))
        out_lang = item.language if item.language != "und" else (lang or "und")
        return ScreeningResult(
            route=route,
            flags=tuple(flags),
            reasons=tuple(reasons),
            redacted=redaction.apply(text, spans, lang if lang in redaction.MARKERS else out_lang),
            language=out_lang,
            rules=self.rules_hash,
            spans=spans,
        )


@functools.cache
def default_screener() -> Screener:
    """The process-wide screener over the shipped rules (built on first use)."""
    return Screener()
