"""Numbers from addresses and forms: only ASCII digits, and small enough for any database.

``str.isdigit`` accepts "²" (``int`` then fails) and any length (the database then
overflows); both used to answer a crafted address with a 500.
"""

from __future__ import annotations

MAX_DIGITS = 15  # well inside a signed 64-bit integer


def as_id(raw: object) -> int | None:
    """The number in ``raw`` if it is 1–15 ASCII digits, else None."""
    text = str(raw)
    if not (0 < len(text) <= MAX_DIGITS and text.isascii() and text.isdigit()):
        return None
    return int(text)
