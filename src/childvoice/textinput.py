"""Cleaning a child's message before anything else sees it.

The stored text is exactly ``clean_message(raw)``: NFKC-normalised, without control
or bidi-override characters, with tidy line breaks. Length is counted as the child
typed it (code points), the same way the page's counter counts.
"""

from __future__ import annotations

import re
import unicodedata

from childvoice.errors import InvalidInput

MAX_CHARS = 600
#: NFKC can expand some characters many times; this bounds what is stored.
MAX_STORED_CHARS = 4 * MAX_CHARS

# Bidi embeddings, overrides and isolates can make text display as something else.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_KEEP_FORMAT = frozenset("\u200c\u200d")  # ZWNJ/ZWJ shape Arabic, Indic scripts and emoji
_BLANK_LINES = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


def _keep(ch: str) -> bool:
    if ch in "\n\t":
        return True
    if ch in _BIDI_CONTROLS:
        return False
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cs", "Co", "Cn"):
        return False
    return not (cat == "Cf" and ch not in _KEEP_FORMAT and ch not in "\u200e\u200f\u061c")


def strip_controls(raw: str) -> str:
    """Remove control, bidi-override, surrogate, unassigned and private-use characters."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch for ch in text if _keep(ch)).replace("\t", " ")


def clean_message(raw: str) -> str:
    """The message as stored, or InvalidInput("empty" / "too_long")."""
    typed = strip_controls(raw).strip()
    if not typed:
        raise InvalidInput("empty")
    if len(typed) > MAX_CHARS:
        raise InvalidInput("too_long")
    text = unicodedata.normalize("NFKC", typed)
    # NFKC can create new control characters (rare compatibility forms); clean once more.
    text = strip_controls(text)
    text = _TRAILING_SPACE.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text).strip()
    if not text:
        raise InvalidInput("empty")
    if len(text) > MAX_STORED_CHARS:
        raise InvalidInput("too_long")
    return text
