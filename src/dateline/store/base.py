"""The store interface every backend implements, and the pieces they share."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..records import Article

__all__ = ["EventQuery", "IngestCounts", "Store", "value_range"]

STATUSES = ("planned", "occurred", "ongoing")


@dataclass(frozen=True, kw_only=True)
class EventQuery:
    """What ``dateline events`` asks for; each field narrows the answer."""

    actor: str | None = None  # a name (any part, any case) or an ISO3 country code
    type: str | None = None  # PLOVER type
    status: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    limit: int | None = None
    # Negated ("did not meet") and hypothetical ("if talks fail") events are kept in the
    # store but left out of answers unless asked for.
    unreal: bool = False
    # Only happenings some article reports (``Event.main``), not acts told only in passing.
    main: bool = False
    # Only happenings some article tells in a sentence's main clause (``Event.main_clause``):
    # stricter than ``main``, which also takes the highest act of a sentence whose main clause
    # tells none.
    main_clause: bool = False
    # Only happenings some sentence leads with (``Event.lead``): one per sentence, as
    # one-event-per-sentence coders (ICEWS, the PLOVER gold) record them.
    lead: bool = False

    def __post_init__(self) -> None:
        if self.status is not None and self.status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}, got {self.status!r}")
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"--since {self.since} is after --until {self.until}")


@dataclass
class IngestCounts:
    stored: int = 0
    present: int = 0
    skipped: int = 0
    events: int = 0
    reasons: dict[str, int] = field(default_factory=dict)


class Store(Protocol):
    """A place articles, their mentions and events are kept and queried."""

    def add(self, articles: Iterable[Article]) -> IngestCounts:
        """Store a batch in one transaction; articles already present are counted, not added."""

    def events(self, query: EventQuery) -> list[dict[str, Any]]: ...

    def event(self, event_id: str) -> dict[str, Any] | None: ...

    def actor_facts(self) -> Iterator[dict[str, Any]]: ...

    def add_actor_facts(self, facts: Iterable[dict[str, Any]]) -> int: ...

    def close(self) -> None: ...


_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_SEASON = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON_RE = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")


def _month_end(year: int, month: int) -> dt.date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def value_range(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The days a TIMEX3 DATE value covers (``2022-01`` → Jan 1..31), or None if not a date."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _WEEK.match(value):
            start = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return start, start + dt.timedelta(days=6)
        if m := _MONTH.match(value):
            return dt.date(int(m[1]), int(m[2]), 1), _month_end(int(m[1]), int(m[2]))
        if m := _QUARTER.match(value):
            first = 3 * (int(m[2]) - 1) + 1
            return dt.date(int(m[1]), first, 1), _month_end(int(m[1]), first + 2)
        if m := _HALF.match(value):
            first = 6 * (int(m[2]) - 1) + 1
            return dt.date(int(m[1]), first, 1), _month_end(int(m[1]), first + 5)
        if m := _SEASON_RE.match(value):
            first, last = _SEASON[m[2]]
            return dt.date(int(m[1]), first, 1), _month_end(int(m[1]), last)
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None
