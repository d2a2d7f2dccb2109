"""Merging across articles: one happening told by many articles is one event with many sources.

Two event records are the same happening when they have the same PLOVER type, the same
day, and the same sets of actor and recipient countries (for meetings, the same set of
countries on either side). Records without a day-precise date or without any actor country are never
merged: a wrong merge hides an event, a missed one only repeats it.
"""

from __future__ import annotations

import hashlib
import re

from .records import Event

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def happening_key(event: Event) -> str | None:
    """The key shared by every record of the same happening, or None when unsafe to merge."""
    value = event.date.value if event.date else None
    if not value or not _DAY.match(value):
        return None
    actors = sorted({p.country for p in event.actors if p.country})
    recipients = sorted({p.country for p in event.recipients if p.country})
    if not actors:
        return None
    if event.type in ("CONSULT", "COOPERATE"):
        # meetings are reciprocal: who is actor and who recipient varies between tellings
        actors, recipients = sorted(set(actors) | set(recipients)), []
    return "|".join([event.type, value, ",".join(actors), ",".join(recipients)])


def happening_id(event: Event) -> str:
    """A stable id for the happening: the hash of its key, else the event's own id."""
    key = happening_key(event)
    if key is None:
        return event.id
    return hashlib.sha1(key.encode()).hexdigest()[:16]
