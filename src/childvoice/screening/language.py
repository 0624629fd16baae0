"""Which of the six languages an item is written in.

Arabic, Chinese and Russian are told by their script (cheap and certain). Only Latin
text needs a model, and only to choose between English, French and Spanish: lingua in
low-accuracy mode, built lazily once (about 10 MB RSS; the high-accuracy models take
over 100 MB, too much for a 200 MB server). Short or unclear Latin text keeps the
form's language.
"""

from __future__ import annotations

import functools
import threading
from typing import Any

from childvoice.screening.item import Check, Finding, Item
from childvoice.screening.rules import RuleSet

_LOCK = threading.Lock()
_SAMPLE = 400  # characters are plenty to tell the language; keeps long items cheap


@functools.cache
def _detector() -> Any:
    with _LOCK:
        from lingua import Language, LanguageDetectorBuilder

        return (
            LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH, Language.SPANISH)
            .with_low_accuracy_mode()
            .with_minimum_relative_distance(0.1)
            .build()
        )


_LINGUA_CODES = {"ENGLISH": "en", "FRENCH": "fr", "SPANISH": "es"}


def script_counts(text: str) -> dict[str, int]:
    counts = {"ar": 0, "zh": 0, "ru": 0, "latin": 0}
    for ch in text[:_SAMPLE]:
        o = ord(ch)
        if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF:
            counts["ar"] += 1
        elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
            counts["zh"] += 3  # one character carries about a word
        elif 0x0400 <= o <= 0x04FF:
            counts["ru"] += 1
        elif ch.isascii() and ch.isalpha() or 0x00C0 <= o <= 0x024F:
            counts["latin"] += 1
    return counts


def detect(text: str, hint: str | None = None) -> str:
    """A code among ar, zh, en, fr, ru, es, or ``hint``/"und" when the text gives no evidence."""
    counts = script_counts(text)
    best = max(counts, key=lambda k: counts[k])
    if counts[best] == 0:
        return hint or "und"
    if best != "latin":
        return best
    if hint in ("ar", "ru", "zh") or counts["latin"] < 12:
        # Arabizi, Russian in Latin letters, or too little text for a model: trust the form.
        return hint or "und"
    found = _detector().detect_language_of(text[:_SAMPLE])
    if found is None:
        return hint or "und"
    return _LINGUA_CODES.get(found.name, hint or "und")


def build(rules: RuleSet) -> Check:
    def language(item: Item) -> Finding:
        item.language = detect(item.text, item.lang)
        return Finding(language=item.language)

    return language
