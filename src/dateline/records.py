"""The record types dateline produces, and their JSON form (docs/RECORD.md).

Every record is a frozen, keyword-only dataclass. ``to_json``/``from_json`` are the one
place the article record is written and read, so the format cannot drift between
``extract``, the store and the tools that read it.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Actor",
    "Article",
    "Evidence",
    "Event",
    "EventDate",
    "Location",
    "Participant",
    "Place",
    "Timex",
    "article_from_json",
    "article_to_json",
]

_record = dataclass(frozen=True, kw_only=True, slots=True)


@_record
class Timex:
    """A TIMEX3 time expression: exact span, type and normalised value."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    mod: str | None = None


@_record
class Place:
    """A place mention resolved to GeoNames (geonameid None when unresolved)."""

    start: int
    end: int
    text: str
    name: str | None
    geonameid: int | None
    country: str | None  # ISO 3166-1 alpha-3
    feature: str | None  # GeoNames feature code: PPLC, PCLI, ADM1 …
    lat: float | None
    lon: float | None


@_record
class Actor:
    """An actor mention resolved to who it is on the article's date."""

    start: int
    end: int
    text: str
    name: str
    kind: str  # person, organization, country, group
    country: str | None
    sector: str | None
    role: str | None


@_record
class Participant:
    """An actor as it takes part in an event (no span: the mention is in ``actors``)."""

    name: str
    country: str | None
    sector: str | None
    role: str | None

    @classmethod
    def of(cls, actor: Actor) -> Participant:
        return cls(name=actor.name, country=actor.country, sector=actor.sector, role=actor.role)


@_record
class EventDate:
    value: str | None
    start: int | None = None
    end: int | None = None


@_record
class Location:
    name: str | None
    geonameid: int | None
    country: str | None
    lat: float | None
    lon: float | None

    @classmethod
    def of(cls, place: Place) -> Location:
        return cls(
            name=place.name,
            geonameid=place.geonameid,
            country=place.country,
            lat=place.lat,
            lon=place.lon,
        )


@_record
class Evidence:
    """The sentence that states an event, with the trigger inside it."""

    start: int
    end: int
    text: str
    trigger_start: int | None = None
    trigger_end: int | None = None
    trigger: str | None = None


@_record
class Event:
    id: str
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str | None
    intensity: float | None
    actors: tuple[Participant, ...]
    recipients: tuple[Participant, ...]
    date: EventDate | None
    status: str  # occurred, ongoing, planned
    certainty: str  # asserted, likely, possible
    negated: bool
    hypothetical: bool
    attribution: str | None
    location: Location | None
    evidence: Evidence
    # Every span that tells this event (the first is ``evidence``): one happening told
    # twice in an article is one event with two evidence spans.
    evidences: tuple[Evidence, ...] = ()
    # The type a PLOVER/CAMEO coder gives the same words: planned cooperation ("will hold
    # talks") is coded AGREE, CAMEO's "express intent to"; ``type`` stays what happens.
    coded_type: str | None = None
    # What a sentence that tells it reports, not only names in passing (a relative clause,
    # an apposition, a purpose, a background phrase): for "X said Y attacked Z", the attack.
    # One-event-per-sentence data (the PLOVER gold, CAMEO-coded wire news) codes these only;
    # GDELT's IsRootEvent is the same idea. Records written before the field read as main.
    main: bool = True
    # ``main`` without its fallback: told in a sentence's main clause itself. Where a main
    # clause tells no act ("The news came as hearings continued"), ``main`` marks the highest
    # act the sentence tells, as one-event coders code it, and this stays false, as readers
    # judge such acts named in passing. Records written before the field read as ``main``.
    main_clause: bool = True
    # The one act a one-event-per-sentence coder (ICEWS, the PLOVER gold) records for a
    # sentence that tells it: of the acts the sentence reports, the highest in its parse, the
    # first of equals. Records written before the field read as ``main``.
    lead: bool = True
    # Who ``attribution`` names, resolved as participants are: "Kyodo News" to its country
    # and sector; "he said" to the last speaker before it who can be "he" (else the actors
    # stage's reading). Empty when the writer tells it, or when no actor is named
    # ("witnesses"). Records written before the field read empty.
    attributed_to: tuple[Participant, ...] = ()
    # How an act not told as it stands is told: "condition" ("if he attacks", "the risk of an
    # attack"), "advice" ("should impose"), "duty" ("must withdraw", "has to pay"), "aim" ("named
    # a panel to investigate"), "question" ("did not say whether he had quit"); None for a deed,
    # a plan or a state. ``hypothetical`` is also true for advice, for "must" and for open
    # questions (readers flag only conditions); records written before the field read None.
    mood: str | None = None


@_record
class Article:
    id: str
    date: str  # YYYY-MM-DD
    text: str
    title: str | None = None
    url: str | None = None
    timexes: tuple[Timex, ...] = ()
    places: tuple[Place, ...] = ()
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    # Where the article came from, for error messages and the store (not identity).
    origin: str | None = field(default=None, compare=False)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _evidence_json(ev: Evidence) -> dict[str, Any]:
    out: dict[str, Any] = {"start": ev.start, "end": ev.end, "text": ev.text}
    if ev.trigger is not None:
        out["trigger"] = {"start": ev.trigger_start, "end": ev.trigger_end, "text": ev.trigger}
    return out


def event_to_json(event: Event) -> dict[str, Any]:
    out = _plain(event)
    out["evidence"] = _evidence_json(event.evidence)
    out["evidences"] = [_evidence_json(e) for e in (event.evidences or (event.evidence,))]
    return out


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "date": article.date,
        "title": article.title,
        "url": article.url,
        "text": article.text,
        "timexes": _plain(article.timexes),
        "places": _plain(article.places),
        "actors": _plain(article.actors),
        "events": [event_to_json(e) for e in article.events],
    }


def article_to_json(article: Article) -> str:
    return json.dumps(article_to_dict(article), ensure_ascii=False)


def _evidence_from(d: dict[str, Any]) -> Evidence:
    trig = d.get("trigger") or {}
    return Evidence(
        start=d["start"],
        end=d["end"],
        text=d["text"],
        trigger_start=trig.get("start"),
        trigger_end=trig.get("end"),
        trigger=trig.get("text"),
    )


def event_from_dict(d: dict[str, Any]) -> Event:
    def parts(xs: list[dict[str, Any]]) -> tuple[Participant, ...]:
        return tuple(Participant(**x) for x in xs)

    return Event(
        id=d["id"],
        type=d["type"],
        mode=d.get("mode"),
        contexts=tuple(d.get("contexts") or ()),
        cameo=d.get("cameo"),
        intensity=d.get("intensity"),
        actors=parts(d.get("actors") or []),
        recipients=parts(d.get("recipients") or []),
        date=EventDate(**d["date"]) if d.get("date") else None,
        status=d["status"],
        certainty=d["certainty"],
        negated=bool(d.get("negated")),
        hypothetical=bool(d.get("hypothetical")),
        attribution=d.get("attribution"),
        location=Location(**d["location"]) if d.get("location") else None,
        evidence=_evidence_from(d["evidence"]),
        evidences=tuple(_evidence_from(e) for e in d.get("evidences") or [d["evidence"]]),
        coded_type=d.get("coded_type"),
        main=bool(d.get("main", True)),
        main_clause=bool(d.get("main_clause", d.get("main", True))),
        lead=bool(d.get("lead", d.get("main", True))),
        attributed_to=parts(d.get("attributed_to") or []),
        mood=d.get("mood"),
    )


def article_from_json(line: str | dict[str, Any]) -> Article:
    d = json.loads(line) if isinstance(line, str) else line
    return Article(
        id=d["id"],
        date=d["date"],
        text=d["text"],
        title=d.get("title"),
        url=d.get("url"),
        timexes=tuple(Timex(**t) for t in d.get("timexes") or []),
        places=tuple(Place(**p) for p in d.get("places") or []),
        actors=tuple(Actor(**a) for a in d.get("actors") or []),
        events=tuple(event_from_dict(e) for e in d.get("events") or []),
    )
