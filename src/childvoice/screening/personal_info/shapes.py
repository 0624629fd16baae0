"""Small regex pieces and word sets that several kinds of personal data share (capitalised words,
Arabic and Han letters, digits): kept here so the kind modules do not import one another for them."""

from __future__ import annotations

import re


def _word_set(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Capitals and small letters of Latin names beyond French and Spanish: Polish, Turkish, Romanian, Czech ("Łukasz",
# "Şeyma Yıldız", "Ștefan Țurcanu") and Vietnamese ("Đặng Quốc Huy", "Lương Văn Đức", Latin Extended Additional).
_EXT = [chr(c) for c in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)) if chr(c).isalpha() and c not in (0xD7, 0xF7)]
_UPPER_EXT = "".join(c for c in _EXT if c.isupper())
_LOWER_EXT = "".join(c for c in _EXT if c.islower())
_CAP_FIRST = f"[A-Z{_UPPER_EXT}]"
_CAP = rf"{_CAP_FIRST}[a-z{_LOWER_EXT}'’]+"
_CAP_RU = r"[А-ЯЁӘҰҚҒҮҺІӨҢЎ][а-яёәұқғүһіөңў]+"
_DIGIT = re.compile(r"\d")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
