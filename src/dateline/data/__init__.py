"""Data read by more than one stage: the country table and the CAMEO country codes."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable

from ..tables import records, rows, split_forms

__all__ = ["Country", "cameo_countries", "countries", "country_table_bytes"]

_COUNTRY_TABLE = "countries.tsv"


@dataclass(frozen=True, slots=True, kw_only=True)
class Country:
    """How news names one country and its people (a row of ``countries.tsv``)."""

    iso3: str  # ISO 3166-1 alpha-3 (XKX for Kosovo)
    iso2: str  # ISO 3166-1 alpha-2, as GeoNames files the country (XK for Kosovo)
    names: tuple[str, ...]  # "Netherlands", "Holland"; the first is the display name
    adjectives: tuple[str, ...]  # "Dutch"; also singular demonyms ("Briton")
    people: tuple[str, ...]  # plural demonyms: "Israelis"
    # forms of a former state or an older people ("Soviet", "Zairean"): actors, not places
    historical: tuple[str, ...] = ()

    @property
    def demonyms(self) -> tuple[str, ...]:
        """Adjectives and people that stand for today's country as a place: without forms
        that are also names ("US troops") or historical ("Soviet troops")."""
        skip = {*self.names, *self.historical}
        return tuple(f for f in dict.fromkeys((*self.adjectives, *self.people)) if f not in skip)


def _file(name: str) -> Traversable:
    return resources.files(__name__).joinpath(name)


@functools.cache
def countries() -> tuple[Country, ...]:
    """Every country of ``countries.tsv``, in file order (read once per process)."""
    out = []
    for n, cell in enumerate(records(_file(_COUNTRY_TABLE)), start=1):
        if not cell.get("iso3") or not cell.get("iso2"):
            raise ValueError(f"{_COUNTRY_TABLE}: data row {n} has no iso3 or iso2 code: {cell}")
        out.append(
            Country(
                iso3=cell["iso3"],
                iso2=cell["iso2"],
                names=split_forms(cell["names"]),
                adjectives=split_forms(cell["adjectives"]),
                people=split_forms(cell["people"]),
                historical=split_forms(cell.get("historical", "")),
            )
        )
    return tuple(out)


def country_table_bytes() -> bytes:
    """The country table as stored: caches built from it (the places gazetteer) hash it."""
    return _file(_COUNTRY_TABLE).read_bytes()


@functools.cache
def cameo_countries() -> dict[str, str | None]:
    """CAMEO country codes that are not ISO3 → the ISO3 code (None: no country, e.g. IGO)."""
    return {
        code: (iso3 if iso3 != "-" else None) for code, iso3 in rows(_file("cameo_countries.tsv"))
    }
