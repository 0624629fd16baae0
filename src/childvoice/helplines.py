"""Help shown on every child's receipt and status page, from ``data/helplines.toml``.

Every number in that file cites the source where it was checked; a country without a
checked entry gets Child Helpline International's directory instead. Nothing here
invents a number, and the same help is shown to every child alike.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from childvoice.paths import DATA_DIR

HELPLINES_FILE = DATA_DIR / "helplines.toml"


@dataclass(frozen=True)
class Line:
    name: str
    number: str
    source: str
    url: str | None = None


@dataclass(frozen=True)
class Fallback:
    name: str
    url: str
    source: str


@dataclass(frozen=True)
class Help:
    helpline: Line | None
    emergency: Line | None
    directory: Fallback
    checked: str


class HelplineDataError(ValueError):
    """The data file breaks its own rule (a number without a source)."""


def _line(code: str, entry: dict[str, Any], prefix: str, default_name: str) -> Line | None:
    number = entry.get(f"{prefix}_number")
    if not number:
        return None
    source = entry.get(f"{prefix}_source")
    if not source or not str(source).startswith(("https://", "http://")):
        raise HelplineDataError(f"{code}: {prefix} number without a source URL")
    return Line(
        name=str(entry.get(f"{prefix}_name") or default_name),
        number=str(number),
        source=str(source),
        url=entry.get(f"{prefix}_url"),
    )


@functools.cache
def load(path: Path = HELPLINES_FILE) -> tuple[dict[str, tuple[Line | None, Line | None]], Fallback, str]:
    with path.open("rb") as f:
        data = tomllib.load(f)
    fb = data["fallback"]
    fallback = Fallback(name=fb["name"], url=fb["url"], source=fb.get("source", fb["url"]))
    table: dict[str, tuple[Line | None, Line | None]] = {}
    for code, entry in data.get("countries", {}).items():
        table[code.upper()] = (_line(code, entry, "helpline", ""), _line(code, entry, "emergency", ""))
    return table, fallback, str(data.get("checked", ""))


def help_for(country: str | None, overrides: dict[str, Any] | None = None) -> Help:
    """The help box: an event's organiser-checked helpline for the country first, else the shipped data."""
    table, fallback, checked = load()
    code = (country or "").upper()
    helpline, emergency = table.get(code, (None, None))
    entry = (overrides or {}).get(code) if code else None
    if entry and entry.get("number") and entry.get("source"):
        helpline = Line(name=str(entry["name"]), number=str(entry["number"]), source=str(entry["source"]))
    return Help(helpline=helpline, emergency=emergency, directory=fallback, checked=checked)
