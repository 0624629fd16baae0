"""What every check reads (one item, its views, its rule hits) and what it returns."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from childvoice.screening.normalise import View, key_view, light_view
from childvoice.screening.result import Route, Span
from childvoice.screening.rules import Hit, RuleSet

_SENTENCE_END = re.compile(r"[.!?;…。！？；؟\n]+")


@dataclass(frozen=True)
class Finding:
    """A check's partial result. ``route="safeguarding"`` is a final outcome: later checks are skipped."""

    flags: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()
    spans: tuple[Span, ...] = ()
    route: Route | None = None
    language: str | None = None


@dataclass
class Item:
    """One text under screening; views and rule hits are computed once, on first use."""

    text: str
    lang: str | None
    country: str | None
    rules: RuleSet
    language: str = "und"
    spans: list[Span] = field(default_factory=list)

    @functools.cached_property
    def light(self) -> View:
        return light_view(self.text)

    @functools.cached_property
    def key(self) -> View:
        return key_view(self.text)

    @property
    def langs(self) -> tuple[str, ...]:
        """Rule languages to apply: the form's, the detected one, and English (children mix it in)."""
        out: list[str] = []
        for lang in (self.lang, self.language, "en"):
            if lang and lang != "und" and lang not in out:
                out.append(lang)
        return tuple(out)

    @functools.cached_property
    def hits(self) -> list[Hit]:
        return self.rules.find(self.key.text, self.langs)

    @functools.cached_property
    def sections(self) -> frozenset[str]:
        """The rule sections found anywhere in the item (shared by the checks)."""
        return frozenset(h.section for h in self.hits)

    @functools.cached_property
    def sentence_starts(self) -> list[int]:
        """Offsets in the original text where each sentence begins."""
        return [0] + [m.end() for m in _SENTENCE_END.finditer(self.text)]

    def sentence_of(self, hit: Hit) -> int:
        """The sentence a hit starts in (by its first non-space character)."""
        k = self.key
        pos = hit.start + 1 if k.text[hit.start : hit.start + 1] == " " else hit.start
        pos = min(pos, len(k.origin) - 1)
        return bisect.bisect_right(self.sentence_starts, k.origin[pos]) - 1 if k.origin else 0


Check = Callable[[Item], Finding]
