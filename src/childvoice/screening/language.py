"""Which of the six languages an item is written in.

Arabic, Chinese and Russian are told by their script (cheap and certain). Only Latin
text needs a model, and only to choose between English, French and Spanish: lingua in
low-accuracy mode, built lazily once (about 10 MB RSS; the high-accuracy models take
over 100 MB, too much for a 200 MB server). Short or unclear Latin text keeps the
form's language.
"""

from __future__ import annotations

import functools
import re
import threading
from typing import Any

from childvoice.screening.item import Check, Finding, Item
from childvoice.screening.normalise import TABLE_MAX
from childvoice.screening.rules import RuleSet

_LOCK = threading.Lock()
_SAMPLE = 400  # characters are plenty to tell the script; keeps long items cheap
_MODEL_SAMPLE = 200  # and for lingua to choose between English, French and Spanish


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


_SCRIPTS = {
    "ar": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]+"),
    "zh": re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]+"),
    "ru": re.compile(r"[\u0400-\u04ff]+"),
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]+"),
}


_SCRIPT_LETTER = {"ar": "a", "zh": "z", "ru": "r", "latin": "l"}


class _ScriptTable(dict[int, str | None]):
    """Each character's script as one letter (``a`` Arabic, ``z`` Han, ``r`` Cyrillic, ``l`` Latin),
    other characters dropped: one ``str.translate`` pass, then four C-speed counts."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        found = next((_SCRIPT_LETTER[name] for name, rx in _SCRIPTS.items() if rx.fullmatch(ch)), None)
        if len(self) < TABLE_MAX:  # a flood of rare characters must not grow it without end
            self[code] = found
        return found


_SCRIPT_TABLE = _ScriptTable()


def script_counts(text: str) -> dict[str, int]:
    letters = text[:_SAMPLE].translate(_SCRIPT_TABLE)
    return {
        "ar": letters.count("a"),
        "zh": 3 * letters.count("z"),  # one Han character carries about a word
        "ru": letters.count("r"),
        "latin": letters.count("l"),
    }


# Frequent short words: in a few sentences they tell English, French and Spanish apart without a model.
_FUNCTION_WORDS = {
    "en": frozenset(
        [
            "the",
            "and",
            "is",
            "are",
            "to",
            "of",
            "you",
            "it",
            "that",
            "in",
            "for",
            "with",
            "this",
            "what",
            "how",
            "why",
            "do",
            "not",
            "be",
            "have",
            "was",
            "they",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "les",
            "et",
            "est",
            "des",
            "une",
            "un",
            "je",
            "pas",
            "que",
            "qui",
            "pour",
            "dans",
            "ce",
            "sur",
            "avec",
            "nous",
            "vous",
            "il",
            "elle",
            "on",
            "du",
            "au",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "los",
            "las",
            "y",
            "es",
            "que",
            "un",
            "una",
            "por",
            "para",
            "con",
            "no",
            "se",
            "lo",
            "como",
            "pero",
            "del",
            "yo",
            "al",
            "muy",
            "esta",
        ]
    ),
}


#: Each function word with the languages it belongs to ("que", "un" are French and Spanish).
_WORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in _FUNCTION_WORDS.items():
    for _word in _words:
        _WORD_LANGS[_word] = (*_WORD_LANGS.get(_word, ()), _lang)


def _by_function_words(key_text: str) -> str | None:
    """A language when its function words clearly dominate (at least 4, and twice the runner-up)."""
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    for langs in map(_WORD_LANGS.get, key_text.split()):  # one dictionary lookup per word
        if langs:
            for lang in langs:
                counts[lang] += 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    (best, n), (_, second) = ranked[0], ranked[1]
    return best if n >= 4 and n >= 2 * second else None


def detect(text: str, hint: str | None = None, key_text: str | None = None) -> str:
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
    if key_text is not None:
        quick = _by_function_words(key_text[: _SAMPLE + 2])
        if quick is not None:
            return quick
    found = _detector().detect_language_of(text[:_MODEL_SAMPLE])
    if found is None:
        return hint or "und"
    return _LINGUA_CODES.get(found.name, hint or "und")


def build(rules: RuleSet) -> Check:
    def language(item: Item) -> Finding:
        item.language = detect(item.text, item.lang, item.key.text)
        return Finding(language=item.language)

    return language
