"""Receipt codes: random, unguessable, easy to read aloud and type on a phone; stored only hashed."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata

# No 0/O, 1/I/L: codes are copied by hand from small screens.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
GROUPS, GROUP_LEN = 3, 4  # 31**12 ≈ 2**59 codes


def new_code() -> str:
    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LEN))
    return "-".join(chars[i : i + GROUP_LEN] for i in range(0, len(chars), GROUP_LEN))


def normalise_code(raw: str) -> str | None:
    """Accept what a child may type: lower case, spaces, full-width letters; None if it cannot be a code."""
    text = unicodedata.normalize("NFKC", raw).upper()
    chars = "".join(ch for ch in text if ch.isalnum())
    if len(chars) != GROUPS * GROUP_LEN or any(ch not in ALPHABET for ch in chars):
        return None
    return chars


def code_hash(secret_key: str, code: str) -> str | None:
    """Keyed hash of a code; the database holds this, never the code."""
    norm = normalise_code(code)
    if norm is None:
        return None
    return hmac.new(secret_key.encode(), b"receipt:" + norm.encode(), hashlib.sha256).hexdigest()
