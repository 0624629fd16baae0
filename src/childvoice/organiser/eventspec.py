"""An event's settings as one checked value, from the admin form or a TOML file, and saving them.

Both ways in (``/staff/admin/events`` and ``childvoice event import FILE.toml``) build the
same dict (the TOML shape below), go through :func:`parse`, and are saved by :func:`save`,
so they cannot disagree. An event is found by its slug: importing the same file twice
updates it. Panels are matched by slug and never deleted (items may point at them).

```toml
slug = "hrc-2027"
opens_at = 2027-03-06T08:00:00Z        # with a UTC offset
closes_at = 2027-03-06T18:00:00Z       # or: open_days = 30 (from now, like the demo)
languages = ["ar", "zh", "en", "fr", "ru", "es"]
retention_days = 30
response_target_minutes = 15
keep_read_out = true                   # keep the read-out questions in the report after the purge
[names]
en = "…"
[hashtags]
x = ["#Tag"]
mastodon = ["Tag"]
[[panels]]
slug = "morning"
starts_at = 2027-03-06T09:00:00Z       # optional
[panels.names]
en = "…"
[helplines.BR]                         # an override the organiser checked: always with its source
name = "…"
number = "100"
source = "https://…"
```
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update

from childvoice import audit, clock, i18n
from childvoice import events as events_module
from childvoice.db import Database
from childvoice.errors import EventSpecError
from childvoice.helplines import Line
from childvoice.tables import events, panels
from childvoice.textinput import strip_controls

SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
HASHTAG_NETWORKS: tuple[str, ...] = ("x", "mastodon")
_TAG = re.compile(r"#?[^\s#,]{1,100}")
MAX_RETENTION_DAYS = 3650
MAX_PANELS = 20


@dataclass(frozen=True)
class PanelSpec:
    slug: str
    names: dict[str, str]
    starts_at: datetime | None = None


@dataclass(frozen=True)
class HelplineOverride:
    country: str
    name: str
    number: str
    source: str

    def line(self) -> Line:
        return Line(name=self.name, number=self.number, source=self.source)


@dataclass(frozen=True)
class EventSpec:
    slug: str
    names: dict[str, str]
    opens_at: datetime
    closes_at: datetime
    languages: tuple[str, ...]
    hashtags: dict[str, list[str]]
    panels: tuple[PanelSpec, ...]
    retention_days: int = 30
    response_target_minutes: int = 15
    keep_read_out: bool = False
    helplines: tuple[HelplineOverride, ...] = field(default=())

    def to_toml_dict(self) -> dict[str, Any]:
        """The same settings in the file's shape (for the form's defaults and for round trips)."""
        return {
            "slug": self.slug,
            "names": dict(self.names),
            "opens_at": self.opens_at,
            "closes_at": self.closes_at,
            "languages": list(self.languages),
            "hashtags": {k: list(v) for k, v in self.hashtags.items()},
            "retention_days": self.retention_days,
            "response_target_minutes": self.response_target_minutes,
            "keep_read_out": self.keep_read_out,
            "panels": [
                {"slug": p.slug, "names": dict(p.names), **({"starts_at": p.starts_at} if p.starts_at else {})}
                for p in self.panels
            ],
            "helplines": {h.country: {"name": h.name, "number": h.number, "source": h.source} for h in self.helplines},
        }


def _text(value: Any, where: str, limit: int = 300, required: bool = True) -> str:
    if value is None or value == "":
        if required:
            raise EventSpecError(where, "is required")
        return ""
    if not isinstance(value, str):
        raise EventSpecError(where, "must be text")
    cleaned = " ".join(strip_controls(value).split())
    if len(cleaned) > limit:
        raise EventSpecError(where, f"is longer than {limit} characters")
    if required and not cleaned:
        raise EventSpecError(where, "is required")
    return cleaned


def _names(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise EventSpecError(where, 'must give a name per language, e.g. en = "…"')
    names = {}
    for lang, name in value.items():
        if lang not in i18n.LANGUAGES:
            raise EventSpecError(f"{where}.{lang}", f"unknown language (use {', '.join(i18n.LANGUAGES)})")
        cleaned = _text(name, f"{where}.{lang}", required=False)
        if cleaned:
            names[lang] = cleaned
    if i18n.DEFAULT_LANGUAGE not in names:
        raise EventSpecError(
            f"{where}.{i18n.DEFAULT_LANGUAGE}", "an English name is required (shown when one is missing)"
        )
    return names


def _moment(value: Any, where: str, required: bool = True) -> datetime | None:
    if value is None or value == "":
        if required:
            raise EventSpecError(where, "is required")
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise EventSpecError(where, "is not a date and time like 2027-03-06T08:00:00Z") from None
    if isinstance(value, date) and not isinstance(value, datetime):
        raise EventSpecError(where, "needs a time too, like 2027-03-06T08:00:00Z")
    if not isinstance(value, datetime):
        raise EventSpecError(where, "is not a date and time")
    if value.tzinfo is None:
        raise EventSpecError(where, "needs a UTC offset, like 2027-03-06T08:00:00Z")
    return value.astimezone(UTC)


def _int(value: Any, where: str, low: int, high: int, default: int) -> int:
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        raise EventSpecError(where, "must be a whole number")
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise EventSpecError(where, "must be a whole number") from None
    if not low <= number <= high:
        raise EventSpecError(where, f"must be between {low} and {high}")
    return number


def _hashtags(value: Any) -> dict[str, list[str]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise EventSpecError("hashtags", 'must be a table of networks, e.g. x = ["#Tag"]')
    out: dict[str, list[str]] = {}
    for network, tags in value.items():
        if network not in HASHTAG_NETWORKS:
            raise EventSpecError(f"hashtags.{network}", f"unknown network (use {', '.join(HASHTAG_NETWORKS)})")
        if isinstance(tags, str):
            tags = tags.replace(",", " ").split()
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise EventSpecError(f"hashtags.{network}", "must be a list of hashtags")
        for tag in tags:
            if not _TAG.fullmatch(tag):
                raise EventSpecError(f"hashtags.{network}", f"{tag!r} is not a hashtag")
        if tags:
            out[network] = list(dict.fromkeys(tags))
    return out


def _panels(value: Any) -> tuple[PanelSpec, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise EventSpecError("panels", "must be a list of [[panels]]")
    if len(value) > MAX_PANELS:
        raise EventSpecError("panels", f"at most {MAX_PANELS}")
    found: list[PanelSpec] = []
    for index, raw in enumerate(value, start=1):
        where = f"panels[{index}]"
        if not isinstance(raw, dict):
            raise EventSpecError(where, "must be a table")
        slug = raw.get("slug")
        if not isinstance(slug, str) or not SLUG.fullmatch(slug):
            raise EventSpecError(f"{where}.slug", "use lower-case letters, digits and hyphens")
        if any(p.slug == slug for p in found):
            raise EventSpecError(f"{where}.slug", "is used twice")
        found.append(
            PanelSpec(
                slug,
                _names(raw.get("names"), f"{where}.names"),
                _moment(raw.get("starts_at"), f"{where}.starts_at", required=False),
            )
        )
    return tuple(found)


def _helplines(value: Any) -> tuple[HelplineOverride, ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise EventSpecError("helplines", "must be a table per country, e.g. [helplines.BR]")
    out = []
    for code, entry in sorted(value.items()):
        where = f"helplines.{code}"
        if code not in i18n.country_codes():
            raise EventSpecError(where, "is not a two-letter country code")
        if not isinstance(entry, dict):
            raise EventSpecError(where, "must give name, number and source")
        source = _text(entry.get("source"), f"{where}.source", limit=500)
        if not source.startswith(("https://", "http://")) or " " in source:
            raise EventSpecError(f"{where}.source", "must be the address (https://…) where the number was checked")
        out.append(
            HelplineOverride(
                code,
                _text(entry.get("name"), f"{where}.name", limit=120),
                _text(entry.get("number"), f"{where}.number", limit=40),
                source,
            )
        )
    return tuple(out)


KNOWN_KEYS = frozenset(
    {
        "slug",
        "names",
        "opens_at",
        "closes_at",
        "open_days",
        "languages",
        "hashtags",
        "panels",
        "retention_days",
        "response_target_minutes",
        "keep_read_out",
        "helplines",
    }
)


def parse(raw: dict[str, Any]) -> EventSpec:
    """Check every setting; raises EventSpecError naming the first one that cannot be used."""
    unknown = sorted(set(raw) - KNOWN_KEYS)
    if unknown:
        raise EventSpecError(unknown[0], "is not a setting this version knows")
    slug = raw.get("slug")
    if not isinstance(slug, str) or not SLUG.fullmatch(slug):
        raise EventSpecError("slug", "use 1–64 lower-case letters, digits and hyphens")
    if raw.get("open_days") is not None and (raw.get("opens_at") is not None or raw.get("closes_at") is not None):
        raise EventSpecError("open_days", "give either open_days (open from now) or opens_at and closes_at, not both")
    if raw.get("open_days") is not None:
        days = _int(raw.get("open_days"), "open_days", 1, 365, 30)
        opens_at = clock.now().replace(microsecond=0)
        closes_at = opens_at + timedelta(days=days)
    else:
        opens_at = _moment(raw.get("opens_at"), "opens_at")  # type: ignore[assignment]
        closes_at = _moment(raw.get("closes_at"), "closes_at")  # type: ignore[assignment]
    if closes_at <= opens_at:
        raise EventSpecError("closes_at", "must be after opens_at")
    languages = raw.get("languages", list(i18n.LANGUAGES))
    if not isinstance(languages, list) or not languages or any(lang not in i18n.LANGUAGES for lang in languages):
        raise EventSpecError("languages", f"choose among {', '.join(i18n.LANGUAGES)}")
    keep = raw.get("keep_read_out", False)
    if not isinstance(keep, bool):
        raise EventSpecError("keep_read_out", "must be true or false")
    return EventSpec(
        slug=slug,
        names=_names(raw.get("names"), "names"),
        opens_at=opens_at,
        closes_at=closes_at,
        languages=tuple(lang for lang in i18n.LANGUAGES if lang in languages),
        hashtags=_hashtags(raw.get("hashtags")),
        panels=_panels(raw.get("panels")),
        retention_days=_int(raw.get("retention_days"), "retention_days", 1, MAX_RETENTION_DAYS, 30),
        response_target_minutes=_int(raw.get("response_target_minutes"), "response_target_minutes", 1, 1440, 15),
        keep_read_out=keep,
        helplines=_helplines(raw.get("helplines")),
    )


def load_file(path: Path) -> EventSpec:
    try:
        with path.open("rb") as f:
            raw = tomllib.load(f)
    except tomllib.TOMLDecodeError as exc:
        raise EventSpecError(path.name, f"is not valid TOML ({exc})") from None
    return parse(raw)


async def save(db: Database, spec: EventSpec, actor_id: str) -> tuple[int, bool]:
    """Create or update the event with ``spec.slug``; returns (event id, created)."""
    values: dict[str, Any] = {
        "names": spec.names,
        "opens_at": spec.opens_at,
        "closes_at": spec.closes_at,
        "languages": list(spec.languages),
        "hashtags": spec.hashtags,
        "retention_days": spec.retention_days,
        "response_target_minutes": spec.response_target_minutes,
        "keep_read_out": spec.keep_read_out,
        "helpline_overrides": {
            h.country: {"name": h.name, "number": h.number, "source": h.source} for h in spec.helplines
        },
    }
    async with db.write() as conn:
        existing = (await conn.execute(select(events.c.id).where(events.c.slug == spec.slug))).scalar()
        if existing is None:
            event_id = int(
                (
                    await conn.execute(
                        insert(events).values(slug=spec.slug, created_at=clock.now(), **values).returning(events.c.id)
                    )
                ).scalar_one()
            )
        else:
            event_id = int(existing)
            await conn.execute(update(events).where(events.c.id == event_id).values(**values))
        have = {
            r.slug: r.id
            for r in (await conn.execute(select(panels.c.id, panels.c.slug).where(panels.c.event_id == event_id))).all()
        }
        for position, p in enumerate(spec.panels):
            panel_values = {"names": p.names, "starts_at": p.starts_at, "position": position}
            if p.slug in have:
                await conn.execute(update(panels).where(panels.c.id == have[p.slug]).values(**panel_values))
            else:
                await conn.execute(insert(panels).values(event_id=event_id, slug=p.slug, **panel_values))
        await audit.record(
            conn,
            actor=actor_id,
            action="staff:event:create" if existing is None else "staff:event:update",
            reason=f"event:{event_id}",
        )
    events_module.forget(db)
    return event_id, existing is None


@dataclass(frozen=True)
class Stored:
    """What the database holds for an event beyond ``events.Event``: the organiser's settings."""

    spec: EventSpec
    event_id: int
    purged_at: datetime | None


async def stored(db: Database, event_id: int) -> Stored | None:
    async with db.read() as conn:
        row = (await conn.execute(select(events).where(events.c.id == event_id))).first()
        if row is None:
            return None
        panel_rows = (
            await conn.execute(
                select(panels).where(panels.c.event_id == event_id).order_by(panels.c.position, panels.c.id)
            )
        ).all()
    overrides = row.helpline_overrides or {}
    spec = EventSpec(
        slug=row.slug,
        names=dict(row.names),
        opens_at=row.opens_at,
        closes_at=row.closes_at,
        languages=tuple(row.languages),
        hashtags={k: list(v) for k, v in (row.hashtags or {}).items()},
        panels=tuple(PanelSpec(p.slug, dict(p.names), p.starts_at) for p in panel_rows),
        retention_days=int(row.retention_days),
        response_target_minutes=int(row.response_target_minutes),
        keep_read_out=bool(row.keep_read_out),
        helplines=tuple(
            HelplineOverride(code, v["name"], v["number"], v["source"]) for code, v in sorted(overrides.items())
        ),
    )
    return Stored(spec, int(row.id), row.purged_at)


async def helpline_override(db: Database, event_id: int, country: str | None) -> Line | None:
    """The organiser's checked helpline for this event and country, if any (always with its source)."""
    if not country:
        return None
    async with db.read() as conn:
        overrides = (await conn.execute(select(events.c.helpline_overrides).where(events.c.id == event_id))).scalar()
    entry = (overrides or {}).get(country.upper())
    return Line(name=entry["name"], number=entry["number"], source=entry["source"]) if entry else None
