"""The places stage: place mentions resolved to GeoNames, and where each event happened.

``run`` appends :class:`~dateline.records.Place` records to ``doc.places``;
``location_for`` gives the place the text says an event's trigger happened at.
"""

from __future__ import annotations

from collections import Counter

import pycountry

from ..document import Document
from ..records import Place
from .gazetteer import Entry
from .gazetteer import gazetteer as _gazetteer
from .locate import location_for
from .recognise import Mention, mentions
from .resolve import resolve

__all__ = ["location_for", "run", "warm_up"]


def run(doc: Document) -> None:
    """Add the article's place mentions, each resolved to a GeoNames place, to ``doc``."""
    found = mentions(doc.doc)
    if not found:
        return
    chosen = resolve(found, doc.text, (a.country for a in doc.actors))
    entries = _gazetteer().entries
    picked = [entries[i] for i in chosen]
    pairs = list(zip(found, picked, strict=True))
    for m, e in pairs:
        lat, lon = (e.lat, e.lon) if e.lat is not None else _county_point(m, e, pairs)
        doc.places.append(_place(m, e, lat, lon))


def warm_up() -> None:
    """Load the gazetteer now (benchmarks call this so loading is not timed as work)."""
    _gazetteer()


def _place(m: Mention, e: Entry, lat: float | None, lon: float | None) -> Place:
    return Place(
        start=m.start,
        end=m.end,
        text=m.text,
        name=e.name,
        geonameid=e.geonameid,
        country=_alpha3(e.country),
        feature=e.feature,
        lat=lat,
        lon=lon,
    )


def _county_point(
    mention: Mention, county: Entry, pairs: list[tuple[Mention, Entry]]
) -> tuple[float | None, float | None]:
    """No county coordinates ship, so: the article's most named town of the same state
    (local news names a county beside its towns; ties go to the nearest in the text), else
    a town of the county's own name in that state, else the state's reference point."""
    towns = [
        (abs(m.start - mention.start), e)
        for m, e in pairs
        if e.country == county.country and e.admin1 == county.admin1 and e.feature[:3] == "PPL"
    ]
    if towns:
        counts = Counter(e.geonameid for _, e in towns)
        town = max(towns, key=lambda t: (counts[t[1].geonameid], -t[0]))[1]
        return town.lat, town.lon
    g = _gazetteer()
    base = county.name.rsplit(" ", 1)[0]
    for i, _ in g.lookup(base):
        e = g.entries[i]
        if e.country == county.country and e.admin1 == county.admin1 and e.feature[:3] == "PPL":
            return e.lat, e.lon
    state = g.admin1.get((county.country, county.admin1))
    return (g.entries[state].lat, g.entries[state].lon) if state is not None else (None, None)


def _alpha3(iso2: str) -> str | None:
    if not iso2:
        return None
    c = pycountry.countries.get(alpha_2=iso2)
    return c.alpha_3 if c is not None else {"XK": "XKX"}.get(iso2)
