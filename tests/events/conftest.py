"""Fixtures for the events stage: documents with hand-made mentions from earlier stages.

The events stage reads the actor, time and place mentions of the stages before it; these
tests give it known mentions so they pin the events stage's own behaviour.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from dateline import events
from dateline.analyse import parse
from dateline.document import Document
from dateline.evaluate.events import EventScores, score
from dateline.pipeline import extract_text
from dateline.records import Actor, Article, Event, Place, Timex

from ..conftest import shared_file

CHECK_SETS = Path(__file__).resolve().parent / "data"

# name -> (kind, country, sector)
PEOPLE: dict[str, tuple[str, str | None, str | None]] = {
    "Yoshimasa Hayashi": ("person", "JPN", "GOV"),
    "Nobuo Kishi": ("person", "JPN", "GOV"),
    "Antony Blinken": ("person", "USA", "GOV"),
    "Lloyd Austin": ("person", "USA", "GOV"),
    "Blinken": ("person", "USA", "GOV"),
    "Japan": ("country", "JPN", "GOV"),
    "United States": ("country", "USA", "GOV"),
    "US": ("country", "USA", "GOV"),
    "Kyodo News": ("organization", "JPN", "MED"),
    "Israel": ("country", "ISR", "GOV"),
    "Lebanon": ("country", "LBN", "GOV"),
    "Libya": ("country", "LBY", "GOV"),
    "Great Britain": ("country", "GBR", "GOV"),
    "Hungarian": ("group", "HUN", None),
    "Romanian": ("group", "ROU", None),
    "Russia": ("country", "RUS", "GOV"),
    "Iran": ("country", "IRN", "GOV"),
    "Iraq": ("country", "IRQ", "GOV"),
    "Pakistan": ("country", "PAK", "GOV"),
}
# phrases that name a person already listed ("Japanese FM" is Hayashi in the seed)
ALIASES = {"Japanese FM": "Yoshimasa Hayashi", "Japanese Foreign Minister": "Yoshimasa Hayashi",
           "Japanese Foreign minister": "Yoshimasa Hayashi"}  # fmt: skip
_NAMES = re.compile(
    "|".join(re.escape(n) for n in sorted([*PEOPLE, *ALIASES], key=len, reverse=True))
)


def actor_mentions(text: str) -> list[Actor]:
    out = []
    for m in _NAMES.finditer(text):
        name = ALIASES.get(m.group(), m.group())
        if name == "Blinken":
            name = "Antony Blinken"
        kind, country, sector = PEOPLE[name]
        out.append(Actor(start=m.start(), end=m.end(), text=m.group(), name=name, kind=kind,
                         country=country, sector=sector, role=None))  # fmt: skip
    return out


def timex(text: str, phrase: str, value: str, nth: int = 0) -> Timex:
    start = [m.start() for m in re.finditer(re.escape(phrase), text)][nth]
    return Timex(start=start, end=start + len(phrase), text=phrase, type="DATE", value=value)


def place(text: str, phrase: str, name: str, country: str, feature: str, gid: int) -> Place:
    start = text.index(phrase)
    return Place(start=start, end=start + len(phrase), text=phrase, name=name, geonameid=gid,
                 country=country, feature=feature, lat=None, lon=None)  # fmt: skip


Build = Callable[..., Document]


@pytest.fixture(scope="module")
def build() -> Build:
    """Parse a text (cached) and wrap it in a Document with the given earlier-stage mentions."""
    cache: dict[str, object] = {}

    def make(
        text: str, date: str = "2021-12-15", *, timexes=(), places=(), actors=None
    ) -> Document:
        parsed = cache.get(text) or cache.setdefault(text, parse(text))
        doc = Document(article=Article(id="t", date=date, text=text), doc=parsed)  # type: ignore[arg-type]
        doc.actors.extend(actor_mentions(text) if actors is None else actors)
        doc.timexes.extend(timexes)
        doc.places.extend(places)
        return doc

    return make


# the sets coded for every act a sentence names (data/README.md); the GSR-style and
# CAMEO-style sets code the one event each sentence reports, as the PLOVER gold does
EVERY_ACT = ("check", "holdout", "lead")


def check_sets(names: list[str], coded_only: bool = False) -> EventScores:
    """The events eval pooled over hand-coded check sets ``data/t17_<name>.jsonl``; skips
    when ../shared, which the sentences are quoted from, is absent. ``coded_only`` scores
    the sentences with a gold event only (the CAMEO-style sets). Sets coded for every act
    are scored on every event (``--events all``), the others on the events each sentence
    reports."""
    shared_file("data/news/t17_articles.jsonl.gz")
    every = names[0].startswith(EVERY_ACT)
    assert all(name.startswith(EVERY_ACT) == every for name in names), "one convention per pool"
    paths = [CHECK_SETS / f"t17_{name}.jsonl" for name in names]
    return score(paths, coded_only=coded_only, every=every)


@functools.cache
def pipeline_events(text: str, date: str = "2011-03-28") -> tuple[Event, ...]:
    """The whole pipeline's events for one sentence of an article of ``date`` (cached: a test
    often asks two things of one text)."""
    return extract_text(text, date=date).events


def pipeline_types(text: str, date: str = "2011-03-28") -> list[str]:
    """The PLOVER types a coder would give the sentence's events, sorted."""
    return sorted(events.plover_type(e) for e in pipeline_events(text, date))


def told_as_it_stands(text: str, date: str) -> list[tuple[str, str | None, str]]:
    """(type as coders score it, trigger, status) of each event told as it stands (not
    negated, not hypothetical)."""
    return [
        (events.plover_type(e), e.evidence.trigger, e.status)
        for e in pipeline_events(text, date)
        if not (e.negated or e.hypothetical)
    ]


def lead_types(text: str, date: str) -> list[str]:
    """The PLOVER types of the events the sentence leads with."""
    return [events.plover_type(e) for e in pipeline_events(text, date) if e.lead]


def names(participants: tuple[Actor, ...]) -> list[str]:
    return [p.name for p in participants]


def parties(event: Event) -> tuple[list[str], list[str]]:
    """The names of an event's actors and of its recipients."""
    return names(event.actors), names(event.recipients)


def one_of_type(text: str, type_: str, date: str) -> Event:
    """The sentence's one event a coder would give ``type_``."""
    (event,) = [e for e in pipeline_events(text, date) if events.plover_type(e) == type_]
    return event
