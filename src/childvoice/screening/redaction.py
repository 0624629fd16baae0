"""Turn proposed spans into the text moderators and the chair see.

Each span becomes one marker in the item's language; every other character of the
child's text is kept exactly (the property tests check this).
"""

from __future__ import annotations

from collections.abc import Iterable

from childvoice.screening.result import Span

MARKERS: dict[str, str] = {
    "ar": "[حُذف لحمايتك]",
    "zh": "[为保护你已删除]",
    "en": "[removed to keep you safe]",
    "fr": "[retiré pour ta sécurité]",
    "ru": "[удалено для твоей безопасности]",
    "es": "[eliminado para protegerte]",
}


def marker(lang: str | None) -> str:
    return MARKERS.get(lang or "en", MARKERS["en"])


def merge(spans: Iterable[Span], length: int) -> tuple[Span, ...]:
    """Clip to the text, sort, and merge overlapping or touching spans (kinds joined with ``+``)."""
    ordered = sorted(
        (Span(max(0, s.start), min(length, s.end), s.kind) for s in spans if min(length, s.end) > max(0, s.start)),
        key=lambda s: (s.start, s.end),
    )
    out: list[Span] = []
    for s in ordered:
        if out and s.start <= out[-1].end:
            last = out[-1]
            kinds = last.kind if s.kind in last.kind.split("+") else f"{last.kind}+{s.kind}"
            out[-1] = Span(last.start, max(last.end, s.end), kinds)
        else:
            out.append(s)
    return tuple(out)


def apply(text: str, spans: tuple[Span, ...], lang: str | None) -> str:
    """``text`` with each (already merged) span replaced by the marker."""
    if not spans:
        return text
    mark = marker(lang)
    parts: list[str] = []
    pos = 0
    for s in spans:
        parts.append(text[pos : s.start])
        parts.append(mark)
        pos = s.end
    parts.append(text[pos:])
    return "".join(parts)
