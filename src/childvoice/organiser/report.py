"""The summary report of an event: numbers only (and the read-out questions), from the database or its aggregates.

:func:`figures_for` counts a set of items (a whole event, or one batch of the purge);
figures add up (:meth:`Figures.merged`), so the retention purge can fold each batch into
``event_aggregates`` in the same transaction that deletes it, and :func:`build` shows
"aggregates + what is still in the database" the same way before and after a purge.

Erased items (``withdrawn``) are counted once, as erased, and in no breakdown. The
safeguarding figures are counts and durations, never text.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Integer, cast, func, or_, select
from sqlalchemy.ext.asyncio import AsyncConnection

from childvoice import i18n, states
from childvoice.db import Database
from childvoice.events import Event, event_by_id
from childvoice.intake import AGE_BANDS, SOURCES
from childvoice.states import State
from childvoice.tables import audit, event_aggregates, group_details, panels, submissions, translations

BUCKET = timedelta(minutes=15)
TOP_COUNTRIES = 20
NOT_GIVEN = "not given"
OTHER = "other"
#: Past this many 15-minute buckets (about four days), empty buckets are left out of the time series.
MAX_FILLED_BUCKETS = 400
DECISIONS = (f":submission:{states.Action.APPROVE}", f":submission:{states.Action.REJECT}")


def _add(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    total = Counter(a)
    total.update(b)
    return {k: v for k, v in sorted(total.items()) if v}


@dataclass
class Figures:
    """De-identified figures of a set of items. Everything here may outlive the items."""

    items: int = 0
    erased: int = 0
    by_state: dict[str, int] = field(default_factory=dict)
    by_language: dict[str, int] = field(default_factory=dict)
    by_country: dict[str, int] = field(default_factory=dict)
    by_age_band: dict[str, int] = field(default_factory=dict)
    by_source: dict[str, int] = field(default_factory=dict)
    by_panel: dict[str, int] = field(default_factory=dict)  # panel slug, or "not given"
    over_time: dict[str, int] = field(default_factory=dict)  # start of the 15-minute bucket (UTC, ISO) → items
    rejection_reasons: dict[str, int] = field(default_factory=dict)
    decision_seconds: list[int] = field(default_factory=list)  # arrival → first approve/reject, per item
    escalated: int = 0  # items that were ever sent to the safeguarding desk
    resolved: int = 0
    released: int = 0
    open_cases: int = 0
    response_seconds: list[int] = field(default_factory=list)  # escalation → first action by a person
    responded_within_target: int = 0
    groups: int = 0
    children_in_groups: int = 0
    read_out: list[dict[str, Any]] = field(default_factory=list)  # the read-out questions with their translations

    def merged(self, other: Figures) -> Figures:
        return Figures(
            items=self.items + other.items,
            erased=self.erased + other.erased,
            by_state=_add(self.by_state, other.by_state),
            by_language=_add(self.by_language, other.by_language),
            by_country=_add(self.by_country, other.by_country),
            by_age_band=_add(self.by_age_band, other.by_age_band),
            by_source=_add(self.by_source, other.by_source),
            by_panel=_add(self.by_panel, other.by_panel),
            over_time=_add(self.over_time, other.over_time),
            rejection_reasons=_add(self.rejection_reasons, other.rejection_reasons),
            decision_seconds=sorted(self.decision_seconds + other.decision_seconds),
            escalated=self.escalated + other.escalated,
            resolved=self.resolved + other.resolved,
            released=self.released + other.released,
            open_cases=self.open_cases + other.open_cases,
            response_seconds=sorted(self.response_seconds + other.response_seconds),
            responded_within_target=self.responded_within_target + other.responded_within_target,
            groups=self.groups + other.groups,
            children_in_groups=self.children_in_groups + other.children_in_groups,
            read_out=sorted(self.read_out + other.read_out, key=lambda q: str(q.get("read_out_at") or "")),
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Figures:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def without_texts(self) -> Figures:
        """The same figures with no read-out text (for the purge when the organiser did not keep them)."""
        copy = Figures.from_json(self.to_json())
        copy.read_out = []
        return copy


def bucket_start(moment: datetime) -> datetime:
    moment = moment.astimezone(UTC)
    return moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)


def median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def _epoch(conn: AsyncConnection, column: Any) -> Any:
    """Whole seconds since 1970 (UTC) of a timestamp column, computed by the database."""
    if conn.dialect.name == "sqlite":
        return cast(func.strftime("%s", column), Integer)
    return cast(func.floor(func.extract("epoch", column)), Integer)


async def figures_for(
    conn: AsyncConnection, event: Event, ids: list[int] | None = None, response_target_minutes: int | None = None
) -> Figures:
    """Count the event's items (or only ``ids``) as they are in the database now.

    The database does the counting (one ``GROUP BY`` per breakdown), so a report of a million items
    reads a few thousand rows, not a million. Only the items that reached the safeguarding desk, were
    rejected or were read out are looked at one by one.
    """
    where = [submissions.c.event_id == event.id]
    if ids is not None:
        where.append(submissions.c.id.in_(ids))
    kept_where = [*where, submissions.c.state != State.WITHDRAWN]
    with_panel = submissions.outerjoin(panels, submissions.c.panel_id == panels.c.id)

    async def count_by(column: Any) -> dict[str, int]:
        rows = await conn.execute(
            select(column, func.count()).select_from(with_panel).where(*kept_where).group_by(column)
        )
        counted: Counter[str] = Counter()
        for value, n in rows:
            counted[NOT_GIVEN if value is None else str(value)] += int(n)
        return dict(sorted(counted.items()))

    fig = Figures()
    by_state: dict[str, int] = {}
    for state, n in await conn.execute(
        select(submissions.c.state, func.count()).where(*where).group_by(submissions.c.state)
    ):
        by_state[str(state)] = int(n)
    fig.erased = by_state.pop(State.WITHDRAWN.value, 0)
    if not by_state and not fig.erased:
        return fig
    fig.by_state = dict(sorted(by_state.items()))
    fig.items = sum(by_state.values())
    fig.by_language = await count_by(submissions.c.language)
    fig.by_country = await count_by(submissions.c.country)
    fig.by_age_band = await count_by(submissions.c.age_band)
    fig.by_source = await count_by(submissions.c.source)
    fig.by_panel = await count_by(panels.c.slug)
    bucket = (_epoch(conn, submissions.c.received_at) // int(BUCKET.total_seconds())).label("bucket")
    fig.over_time = {
        datetime.fromtimestamp(int(b) * int(BUCKET.total_seconds()), UTC).isoformat(): int(n)
        for b, n in sorted((await conn.execute(select(bucket, func.count()).where(*kept_where).group_by(bucket))).all())
    }
    groups = (
        await conn.execute(
            select(func.count(), func.coalesce(func.sum(group_details.c.group_size), 0))
            .select_from(group_details.join(submissions, submissions.c.id == group_details.c.submission_id))
            .where(*kept_where)
        )
    ).one()
    fig.groups, fig.children_in_groups = int(groups[0]), int(groups[1])
    fig.resolved = by_state.get(State.RESOLVED.value, 0)
    fig.open_cases = sum(by_state.get(s.value, 0) for s in states.ON_SAFEGUARDING_DESK)

    # Time to the first decision (approve or reject), per decided item, computed by the database.
    decided_action = or_(*(audit.c.action.like(f"%{d}") for d in DECISIONS))
    first_decision = (
        select(audit.c.submission_id, func.min(_epoch(conn, audit.c.at)).label("first"))
        .where(decided_action)
        .group_by(audit.c.submission_id)
        .subquery()
    )
    fig.decision_seconds = sorted(
        max(0, int(s))
        for s in (
            await conn.execute(
                select(first_decision.c.first - _epoch(conn, submissions.c.received_at))
                .select_from(first_decision.join(submissions, submissions.c.id == first_decision.c.submission_id))
                .where(*kept_where)
            )
        ).scalars()
    )

    # The reason of the last rejection of each item that is rejected now.
    last_reject: dict[int, str] = {}
    for sid, reason in await conn.execute(
        select(audit.c.submission_id, audit.c.reason)
        .select_from(audit.join(submissions, submissions.c.id == audit.c.submission_id))
        .where(
            *where, submissions.c.state == State.REJECTED, audit.c.action.like(f"%:submission:{states.Action.REJECT}")
        )
        .order_by(audit.c.submission_id, audit.c.id)
    ):
        last_reject[int(sid)] = reason or NOT_GIVEN
    fig.rejection_reasons = dict(sorted(Counter(last_reject.values()).items()))

    # The safeguarding desk: only the history of items that were ever escalated.
    ever_escalated = select(audit.c.submission_id).where(audit.c.to_state == State.ESCALATED)
    desk_rows = (
        await conn.execute(
            select(audit.c.submission_id, audit.c.actor, audit.c.action, audit.c.to_state, audit.c.at)
            .select_from(audit.join(submissions, submissions.c.id == audit.c.submission_id))
            .where(*kept_where, audit.c.submission_id.in_(ever_escalated))
            .order_by(audit.c.submission_id, audit.c.id)
        )
    ).all()
    target = timedelta(minutes=response_target_minutes or event.response_target_minutes)
    escalated_at: dict[int, datetime] = {}
    responded: set[int] = set()
    released: set[int] = set()
    for a in desk_rows:
        sid = int(a.submission_id)
        if a.to_state == State.ESCALATED and sid not in escalated_at:
            escalated_at[sid] = a.at
        elif sid in escalated_at and sid not in responded and a.actor.startswith("user:"):
            responded.add(sid)
            waited = a.at - escalated_at[sid]
            fig.response_seconds.append(max(0, int(waited.total_seconds())))
            fig.responded_within_target += waited <= target
        if str(a.action).endswith(f":submission:{states.Action.RELEASE}"):
            released.add(sid)
    fig.response_seconds.sort()
    fig.escalated = len(escalated_at)
    fig.released = len(released)

    read = (
        await conn.execute(
            select(
                submissions.c.id,
                submissions.c.text,
                submissions.c.source,
                submissions.c.language,
                submissions.c.country,
                submissions.c.age_band,
                submissions.c.received_at,
                submissions.c.read_out_at,
                panels.c.slug.label("panel"),
            )
            .select_from(with_panel)
            .where(*where, submissions.c.state == State.READ_OUT)
        )
    ).all()
    if read:
        texts = (
            await conn.execute(
                select(translations.c.submission_id, translations.c.language, translations.c.text).where(
                    translations.c.submission_id.in_([int(r.id) for r in read])
                )
            )
        ).all()
        for r in sorted(read, key=lambda r: (r.read_out_at or r.received_at, r.id)):
            fig.read_out.append(
                {
                    "text": r.text,
                    "language": r.language,
                    "age_band": r.age_band,
                    "country": r.country,
                    "panel": r.panel,
                    "source": r.source,
                    "read_out_at": (r.read_out_at or r.received_at).isoformat(),
                    "translations": {t.language: t.text for t in texts if int(t.submission_id) == int(r.id)},
                }
            )
    return fig


async def stored_aggregates(conn: AsyncConnection, event_id: int) -> Figures:
    figures = (
        await conn.execute(select(event_aggregates.c.figures).where(event_aggregates.c.event_id == event_id))
    ).scalar()
    return Figures.from_json(figures) if figures else Figures()


# ---------------------------------------------------------------------------
# The report as people read it: tables (and the charts drawn from the same rows).
# ---------------------------------------------------------------------------

Rows = list[tuple[str, int]]


@dataclass(frozen=True)
class Report:
    event: Event
    figures: Figures
    purged_items: int  # how many of the items are only aggregates now
    generated_at: datetime
    response_target_minutes: int

    @property
    def median_decision_seconds(self) -> float | None:
        return median(self.figures.decision_seconds)

    @property
    def median_response_seconds(self) -> float | None:
        return median(self.figures.response_seconds)

    def over_time(self) -> Rows:
        """Items per 15 minutes, oldest first; empty buckets filled in unless the span is very long."""
        counts = self.figures.over_time
        if not counts:
            return []
        starts = sorted(datetime.fromisoformat(k) for k in counts)
        span = int((starts[-1] - starts[0]) / BUCKET) + 1
        moments = starts if span > MAX_FILLED_BUCKETS else [starts[0] + i * BUCKET for i in range(span)]
        return [(m.strftime("%Y-%m-%d %H:%M"), counts.get(m.isoformat(), 0)) for m in moments]

    def by_language(self) -> Rows:
        names = i18n.language_names()
        rows = [
            (f"{names.get(code, code)} ({code})" if code != NOT_GIVEN else NOT_GIVEN, n)
            for code, n in self.figures.by_language.items()
        ]
        return _largest_first(rows)

    def by_country(self) -> Rows:
        """The top 20 countries, then "other" and "not given"."""
        given = [(c, n) for c, n in self.figures.by_country.items() if c != NOT_GIVEN]
        given.sort(key=lambda cn: (-cn[1], cn[0]))
        rows = [(f"{i18n.country_name(c, 'en')} ({c})", n) for c, n in given[:TOP_COUNTRIES]]
        rest = sum(n for _, n in given[TOP_COUNTRIES:])
        if rest:
            rows.append((f"{OTHER} ({len(given) - TOP_COUNTRIES} countries)", rest))
        if self.figures.by_country.get(NOT_GIVEN):
            rows.append((NOT_GIVEN, self.figures.by_country[NOT_GIVEN]))
        return rows

    def by_age_band(self) -> Rows:
        order = [*AGE_BANDS, NOT_GIVEN]
        counts = self.figures.by_age_band
        return [(band.replace("-", "–"), counts[band]) for band in order if counts.get(band)] + [
            (band, n) for band, n in counts.items() if band not in order
        ]

    def by_source(self) -> Rows:
        counts = self.figures.by_source
        return [(s, counts[s]) for s in SOURCES if counts.get(s)] + [
            (s, n) for s, n in counts.items() if s not in SOURCES
        ]

    def by_panel(self) -> Rows:
        counts = dict(self.figures.by_panel)
        rows = []
        for p in self.event.panels:
            if counts.get(p.slug):
                rows.append((p.name("en"), counts.pop(p.slug)))
        not_given = counts.pop(NOT_GIVEN, 0)
        rows.extend(sorted(counts.items()))
        if not_given:
            rows.append((NOT_GIVEN, not_given))
        return rows

    def outcomes(self) -> Rows:
        counts = self.figures.by_state
        rows = [(s.value.replace("_", " "), counts[s.value]) for s in State if counts.get(s.value)]
        if self.figures.erased:
            rows.append(("erased by the child", self.figures.erased))
        return rows

    def rejection_reasons(self) -> Rows:
        return _largest_first(list(self.figures.rejection_reasons.items()))

    def to_json(self) -> dict[str, Any]:
        f = self.figures
        return {
            "event": {
                "slug": self.event.slug,
                "name": self.event.name("en"),
                "opens_at": self.event.opens_at.isoformat(),
                "closes_at": self.event.closes_at.isoformat(),
            },
            "generated_at": self.generated_at.isoformat(),
            "purged_items": self.purged_items,
            "totals": {
                "items": f.items,
                "erased_by_child": f.erased,
                "countries": sum(1 for c in f.by_country if c != NOT_GIVEN),
                "languages": sum(1 for c in f.by_language if c != NOT_GIVEN),
                "groups": f.groups,
                "children_in_groups": f.children_in_groups,
                "read_out": f.by_state.get(State.READ_OUT, 0),
            },
            "over_time_15min": dict(self.over_time()),
            "by_language": dict(f.by_language),
            "by_country_top20": dict(self.by_country()),
            "by_age_band": dict(f.by_age_band),
            "by_source": dict(f.by_source),
            "by_panel": dict(f.by_panel),
            "outcomes": dict(f.by_state),
            "rejection_reasons": dict(f.rejection_reasons),
            "median_seconds_to_decision": self.median_decision_seconds,
            "decisions": len(f.decision_seconds),
            "safeguarding": {
                "escalated": f.escalated,
                "resolved": f.resolved,
                "released_as_false_alarm": f.released,
                "open": f.open_cases,
                "responded": len(f.response_seconds),
                "median_seconds_to_response": self.median_response_seconds,
                "responded_within_target": f.responded_within_target,
                "response_target_minutes": self.response_target_minutes,
            },
            "read_out_questions": f.read_out,
        }


def _largest_first(rows: Rows) -> Rows:
    return sorted(rows, key=lambda r: (r[0] == NOT_GIVEN, -r[1], r[0]))


async def build(db: Database, event_id: int, now: datetime) -> Report | None:
    """The report of one event: what the purge kept as aggregates, plus the items still in the database."""
    event = await event_by_id(db, event_id)
    if event is None:
        return None
    async with db.read() as conn:
        kept = await stored_aggregates(conn, event_id)
        live = await figures_for(conn, event)
        purged = (
            await conn.execute(select(event_aggregates.c["items"]).where(event_aggregates.c.event_id == event_id))
        ).scalar()
    return Report(event, kept.merged(live), int(purged or 0), now, event.response_target_minutes)


def duration(seconds: float | None) -> str:
    """ "4 min 10 s", "1 h 05 min", or "–" when there is nothing to measure."""
    if seconds is None:
        return "–"
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"
