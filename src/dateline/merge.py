"""Merging across articles: one happening told by many articles is one event with many sources.

Two event records tell the same happening when they have the same PLOVER type and the same
day, name a participant in common ("Barack Obama", "BP"), and their participants' countries
agree: for meetings and other reciprocal events the two sets of countries share at least two
(or the one either has); for directed events the actors' countries meet and so do the
recipients' (where both name any). Tellings differ in what else they mention ("discussed
China"), so equal sets are not required. By this rule records without a day-precise date or
without any country are never merged: a wrong merge hides an event, a missed one only repeats
it. (On pairs judged by readers, countries alone merged 24 pairs of two happenings of 56
merged, a shared name 6 of 29: tests/events/data/t17_across_1.)

An event told by the same sentence in another article (a wire story carried by several
outlets, a background paragraph repeated day after day) is the same happening, dated or not,
unless the two dates conflict: ``copy_key`` names it by its type and words. Short sentences
are left out, since "Police arrested him." in two articles may tell two arrests.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from .records import Event, Evidence

__all__ = [
    "Copies",
    "Telling",
    "copy_key",
    "copy_keys",
    "dates_fit",
    "finer",
    "happening_id",
    "one_happening",
    "same_happening",
]

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RECIPROCAL = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# a sentence this long or longer names one happening wherever it is repeated
COPY_MIN_CHARS = 60


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


def copy_key(type_: str, evidence: Evidence) -> str | None:
    """The key of an event told in these words, which any copy of the sentence shares: a
    digest of the type, the words (spaces folded) and where in them the trigger is, so two
    acts of one type in one sentence ("shelled Misrata and attacked Zintan") keep two keys.
    None for a sentence too short to name one happening."""
    text = evidence.text
    if len(" ".join(text.split())) < COPY_MIN_CHARS:
        return None
    if evidence.trigger_start is not None and evidence.trigger_end is not None:
        at, end = evidence.trigger_start - evidence.start, evidence.trigger_end - evidence.start
        text = f"{text[:at]} [[{text[at:end]}]] {text[end:]}"
    words = " ".join(text.split())
    return hashlib.sha1(f"{type_}|{words}".encode()).hexdigest()[:20]


def copy_keys(event: Event) -> list[str]:
    """The copy keys of every sentence that tells the event, each once."""
    keys = (copy_key(event.type, e) for e in (event.evidences or (event.evidence,)))
    return list(dict.fromkeys(k for k in keys if k is not None))


def one_happening(a: Event, b: Event) -> bool:
    """Whether two events of two articles tell one happening: a sentence in common, or the
    rule of ``same_happening``. Pair by pair, as ``dateline eval merge`` scores it; the store
    matches a new event against the happenings it holds in the order they came, so a
    happening a copy has dated refuses a copy dated otherwise."""
    dates = (a.date.value if a.date else None, b.date.value if b.date else None)
    if set(copy_keys(a)) & set(copy_keys(b)) and dates_fit(*dates):
        return True
    ta, tb = Telling.of(a), Telling.of(b)
    return ta is not None and tb is not None and same_happening(ta, tb)


Known = list[tuple[Telling, str, str]]  # (telling, happening id, article id)
# copy key -> (happening, the article that first told it, the happening's finest date)
Copies = dict[str, tuple[str, str, str | None]]


def happening_id(event: Event, article_id: str, known: Known, copies: Copies | None = None) -> str:
    """The happening an event tells: the one a copy of its sentence tells (``copies``), or
    one in ``known`` it matches, else a new id.

    ``known`` holds the tellings already stored on the same day; a new happening is added
    to it, so later records in the same batch can join it. ``copies`` holds the stored
    events' sentences and grows the same way. Two events of one article are never merged
    here: the events stage has already judged them to be distinct.
    """
    copies = {} if copies is None else copies
    keys = copy_keys(event)
    day = event.date.value if event.date else None
    found = None
    for key in keys:
        copied = copies.get(key)
        if copied is not None and copied[1] != article_id and dates_fit(day, copied[2]):
            found = copied[0]
            copies[key] = (found, copied[1], finer(day, copied[2]))
            telling = Telling.of(event)
            if telling is not None:  # a later telling of that day can join it by the rule
                known.append((telling, found, article_id))
            break
    if found is None:
        found = _matched(event, article_id, known)
    for key in keys:  # every sentence of the event names its happening from now on
        copies.setdefault(key, (found, article_id, day))
    return found


def dates_fit(a: str | None, b: str | None) -> bool:
    """Two dates that may name one time: either is missing, or one holds the other."""
    return not a or not b or a.startswith(b) or b.startswith(a)


def finer(a: str | None, b: str | None) -> str | None:
    """The more precise of two dates that fit ("2022-01-07" over "2022-01" or none)."""
    return a if a and (not b or len(a) > len(b)) else b


def _matched(event: Event, article_id: str, known: Known) -> str:
    telling = Telling.of(event)
    if telling is None:
        return event.id
    for other, happening, source in known:
        if source != article_id and same_happening(telling, other):
            return happening
    new = hashlib.sha1(f"{telling.type}|{telling.day}|{event.id}".encode()).hexdigest()[:16]
    known.append((telling, new, article_id))
    return new
