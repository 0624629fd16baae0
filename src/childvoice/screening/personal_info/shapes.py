"""Small regex pieces and word sets that several kinds of personal data share (capitalised words,
Arabic and Han letters, digits): kept here so the kind modules do not import one another for them."""

from __future__ import annotations

import re


def _word_set(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_CAP = r"[A-ZÁÉÍÓÚÑÀÂÇÈÊËÎÏÔÛÜŸÆŒ][a-záéíóúñàâçèêëîïôûüÿæœ'’]+"
_CAP_RU = r"[А-ЯЁӘҰҚҒҮҺІӨҢЎ][а-яёәұқғүһіөңў]+"
_DIGIT = re.compile(r"\d")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
