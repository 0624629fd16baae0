"""Where the shipped, non-Python files live: the repo root in a checkout, the wheel otherwise."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_CHECKOUT = PACKAGE_DIR.parents[1]
_SHIPPED = PACKAGE_DIR / "_shipped"


def _shipped(name: str) -> Path:
    """Prefer the checkout's folder (editable installs), else the copy inside the wheel."""
    in_checkout = _CHECKOUT / name
    return in_checkout if in_checkout.is_dir() else _SHIPPED / name


TEMPLATES_DIR = _shipped("templates")
MODERATION_DIR = _shipped("moderation")
STATIC_DIR = _shipped("static")
LOCALE_DIR = PACKAGE_DIR / "locale"
DATA_DIR = PACKAGE_DIR / "data"
MIGRATIONS_DIR = PACKAGE_DIR / "migrations"
