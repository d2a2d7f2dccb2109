"""Merging across articles: one happening told by many articles is one event with many sources.

Two event records tell the same happening when they have the same PLOVER type and the same
day, name a participant in common ("Barack Obama", "BP"), and their participants' countries
agree: for meetings and other reciprocal events the two sets of countries share at least two
(or the one either has); for directed events the actors' countries meet and so do the
recipients' (where both name any). Tellings differ in what else they mention ("discussed
China"), so equal sets are not required. Records without a day-precise date or without any
country are never merged: a wrong merge hides an event, a missed one only repeats it. (On
pairs judged by readers, countries alone merged 24 pairs of two happenings of 56 merged, a
shared name 6 of 29: tests/events/data/t17_across_1.)
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from .records import Event

__all__ = ["Telling", "happening_id", "same_happening"]

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RECIPROCAL = frozenset({"CONSULT", "COOPERATE", "AGREE"})


@dataclass(frozen=True, slots=True)
class Telling:
    """What merging compares of an event record."""

    type: str
    day: str
    actors: frozenset[str]
    recipients: frozenset[str]
    # the participants' names ("Barack Obama", "BP"): two tellings must share one, since
    # countries alone lump a day's acts of one type by one country (t17_across_1)
    names: frozenset[str] | None = None

    @classmethod
    def of(cls, event: Event) -> Telling | None:
        value = event.date.value if event.date else None
        actors = frozenset(p.country for p in event.actors if p.country)
        recipients = frozenset(p.country for p in event.recipients if p.country)
        if not value or not _DAY.match(value) or not (actors or recipients):
            return None
        names = frozenset(p.name for p in (*event.actors, *event.recipients) if p.name)
        return cls(event.type, value, actors, recipients, names)


def _agree(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or bool(a & b)


def same_happening(a: Telling, b: Telling) -> bool:
    if (a.type, a.day) != (b.type, b.day):
        return False
    if a.names is not None and b.names is not None and not a.names & b.names:
        return False  # "Obama met his Cabinet" and "Obama's talks with Gulf fishermen"
    if a.type in RECIPROCAL:
        ours, theirs = a.actors | a.recipients, b.actors | b.recipients
        return len(ours & theirs) >= min(2, len(ours), len(theirs))
    return bool(a.actors and b.actors and a.actors & b.actors) and _agree(
        a.recipients, b.recipients
    )


Known = list[tuple[Telling, str, str]]  # (telling, happening id, article id)


def happening_id(event: Event, article_id: str, known: Known) -> str:
    """The happening an event tells: one in ``known`` it matches, else a new id.

    ``known`` holds the tellings already stored on the same day; a new happening is added
    to it, so later records in the same batch can join it. Two events of one article are
    never merged here: the events stage has already judged them to be distinct.
    """
    telling = Telling.of(event)
    if telling is None:
        return event.id
    for other, happening, source in known:
        if source != article_id and same_happening(telling, other):
            return happening
    new = hashlib.sha1(f"{telling.type}|{telling.day}|{event.id}".encode()).hexdigest()[:16]
    known.append((telling, new, article_id))
    return new
