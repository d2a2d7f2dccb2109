"""Choosing the GeoNames place each mention means, from priors and the article's context.

A candidate's score is a prior (population, feature type, how the name matched, the usual
sense of the name in news) plus evidence from the text: an explicit container ("Paris,
Texas"), a list of like names ("Missouri, New York and Virginia"), the countries and US
states of the article's other places and actors, and nearness to the article's other places.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import pycountry

from .gazetteer import ALTERNATE, Entry, distance_km, gazetteer, name_key, read_tsv
from .recognise import Mention

__all__ = ["resolve"]

# Priors. Feature types outrank towns of the same name: a bare "Georgia" is a country or a
# state, not Georgia, Vermont.
_FEATURE_BONUS = {"PCLI": 3.0, "CONT": 2.5, "ADM1": 2.5, "PPLC": 1.5}
_NO_POPULATION_PRIOR = {"ADM2": 5.0}  # counties (named "X County" so rarely ambiguous)
_REGION_PRIOR = 8.5  # curated named regions ("Middle East") without a population figure
_MAIN_NAME_BONUS = 1.0  # the place's own name or one of our aliases, not an alternate name

# Evidence from the article. The weights were set on the LGL and GeoVirus dev sets.
_COUNTRY_CONTEXT = 2.5  # another place of the article is in the candidate's country
_ACTOR_CONTEXT = 0.5  # only an actor is (the actors stage's countries are noisier)
_ADMIN1_CONTEXT = 1.5  # another place's reading is in the candidate's state
_REGION_SUPPORT = 2.0  # per unit of other names that could be read in the candidate's state
_SUPPORT_CAP = 2.0
_PLAUSIBLE_MARGIN = 3.0  # candidates this close to a name's best prior count as readings
_NEAR_BONUS = 1.5  # within _NEAR_KM of another place's first reading
_NEAR_KM = 150.0
_NAMESAKE_PENALTY = 2.0  # a country's name read as a town whose country is not in the text
_NEAREST_BONUS = 1.0  # of like-named areas ("the Gulf"), the one nearest the other places
_UPSTATE_KM = 100.0  # a town of a city's state this far from it makes the text state-level

_CONTAINERS = frozenset({"PCLI", "ADM1", "ADM2"})  # the Y of "X, Y"
_LISTED = frozenset({"ADM1", "PCLI"})  # kinds a list of names keeps alike
_CITIES = frozenset({"PPL", "PPLC"})
# A city this big is known by its name alone: as a dateline it is meant without context.
_WORLD_CITY = 1_000_000
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s*(?:and|or))\s*$")
# An agency dateline: "HOUSTON (Reuters) -", "HOUSTON, May 27 (Reuters) -".
_DATELINE_AFTER = re.compile(r"\s*(?:,[^()\n]{0,25})?\(")


@functools.cache
def _senses() -> dict[str, tuple[int, float]]:
    by_id = gazetteer().by_id
    return {
        name_key(r["name"]): (by_id[int(r["geonameid"])], float(r["bonus"]))
        for r in read_tsv("senses.tsv")
        if int(r["geonameid"]) in by_id
    }


@functools.cache
def _state_senses() -> frozenset[str]:
    """Names whose usual sense gives way in state-level news (see senses.tsv)."""
    return frozenset(name_key(r["name"]) for r in read_tsv("senses.tsv") if r["unless"] == "states")


@functools.cache
def _prior(i: int) -> float:
    e = gazetteer().entries[i]
    if e.feature in _NO_POPULATION_PRIOR:
        return _NO_POPULATION_PRIOR[e.feature]
    base = math.log10(e.population + 10) if e.population else _REGION_PRIOR
    return base + _FEATURE_BONUS.get(e.feature, 0.0)


def _score(i: int, kind: int, key: str) -> float:
    s = _prior(i) + (0.0 if kind == ALTERNATE else _MAIN_NAME_BONUS)
    sense = _senses().get(key)
    if sense is not None and sense[0] == i:
        s += sense[1]
    return s


def _alpha2(iso3: str | None) -> str | None:
    if not iso3:
        return None
    c = pycountry.countries.get(alpha_3=iso3)
    return c.alpha_2 if c is not None else None


def _contains(container: Entry, e: Entry) -> bool:
    """Whether ``e`` may lie in ``container`` (for a county: in the county's state)."""
    if e is container or e.country != container.country:
        return False
    if container.feature == "PCLI":
        return True
    return e.admin1 == container.admin1 and (container.feature != "ADM2" or e.feature != "ADM1")


def _apply_containers(mentions: Sequence[Mention], text: str) -> None:
    """'X, Y' with Y a country or state: keep only the X candidates inside a Y candidate."""
    entries = gazetteer().entries
    for m, n in zip(mentions, mentions[1:], strict=False):
        if text[m.end : n.start].strip() != ",":
            continue
        pairs = [
            (c, y)
            for c in m.candidates
            for y in n.candidates
            if entries[y[0]].feature in _CONTAINERS and _contains(entries[y[0]], entries[c[0]])
        ]
        if pairs:
            m.candidates = list(dict.fromkeys(c for c, _ in pairs))
            n.candidates = list(dict.fromkeys(y for _, y in pairs))
        elif _only_towns(m):
            # "VENICE, Louisiana" where the gazetteer lacks the small town: the state it
            # names is nearer the truth than a namesake elsewhere (Venice, California).
            outer = [y for y in n.candidates if entries[y[0]].feature == "ADM1"]
            m.candidates = outer or m.candidates


def _only_towns(m: Mention) -> bool:
    entries = gazetteer().entries
    return not m.demonym and all(entries[i].feature[:3] == "PPL" for i, _ in m.candidates)


class _Context:
    """Countries, US states and points the article's places and actors point to."""

    def __init__(
        self,
        firsts: dict[str, int],
        plausible: dict[str, list[int]],
        actor_countries: Iterable[str],
        beside_cities: frozenset[str] = frozenset(),
    ) -> None:
        entries = gazetteer().entries
        self.beside_cities = beside_cities
        self.countries: Counter[str] = Counter()
        # The actors stage infers countries from titles and context; useful but noisier
        # than the article's own place names, so it only tips close calls.
        self.actor_countries = frozenset(actor_countries)
        self.admin1: Counter[tuple[str, str]] = Counter()
        self.by_key: dict[str, Entry] = {k: entries[i] for k, i in firsts.items()}
        for e in self.by_key.values():
            if e.country:
                self.countries[e.country] += 1
            if e.admin1 and e.feature not in ("PCLI", "ADM2"):
                self.admin1[(e.country, e.admin1)] += 1
        # Which names could be in which state: "Paris" and "Henry County" both have a
        # plausible reading in Tennessee, which makes Tennessee the likely reading of both.
        # A name read in one state only ("Georgia" as the US state) is strong support; one
        # with readings in six states ("Hall County") lends each a sixth.
        self.regions: dict[tuple[str, str], dict[str, float]] = {}
        for key, idxs in plausible.items():
            where = {(entries[i].country, entries[i].admin1) for i in idxs if entries[i].admin1}
            for region in where:
                self.regions.setdefault(region, {})[key] = 1.0 / len(where)

    def bonus(self, e: Entry, key: str) -> float:
        """Evidence for reading name ``key`` as ``e``, from the article's other names."""
        s = 0.0
        if e.country and self.has_country(e.country, key):
            s += _COUNTRY_CONTEXT
        elif e.country in self.actor_countries:
            s += _ACTOR_CONTEXT
        if e.admin1:
            a1 = (e.country, e.admin1)
            own = self.by_key.get(key)
            if self.admin1[a1] - (own is not None and (own.country, own.admin1) == a1) > 0:
                s += _ADMIN1_CONTEXT
            support = sum(w for k, w in self.regions.get(a1, {}).items() if k != key)
            s += _REGION_SUPPORT * min(support, _SUPPORT_CAP)
        if e.lat is not None and self._near(e, key):
            s += _NEAR_BONUS
        return s

    def state_level(self, e: Entry, key: str) -> bool:
        """Whether the article's other names read as state-level news around ``e``: another
        state or a county of its country, or a town of its state far from it."""
        if key in self.beside_cities:
            return False
        for k, o in self.by_key.items():
            if k == key or o.country != e.country:
                continue
            if o.feature == "ADM2" or (o.feature == "ADM1" and o.admin1 != e.admin1):
                return True
            if o.feature[:3] == "PPL" and o.admin1 == e.admin1 and o.lat is not None:
                if distance_km(e.lat, e.lon, o.lat, o.lon) > _UPSTATE_KM:  # type: ignore[arg-type]
                    return True
        return False

    def has_country(self, country: str, key: str) -> bool:
        """Whether another name of the article (not ``key``) is read in ``country``."""
        own = self.by_key.get(key)
        return self.countries[country] - (own is not None and own.country == country) > 0

    def nearest(self, idxs: list[int], key: str) -> int | None:
        """Of ``idxs``, the entry nearest any other place of the article (None: no others)."""
        entries = gazetteer().entries
        others = [o for k, o in self.by_key.items() if k != key and o.lat is not None]
        best, best_km = None, math.inf
        for i in idxs:
            e = entries[i]
            for o in others:
                km = distance_km(e.lat, e.lon, o.lat, o.lon)  # type: ignore[arg-type]
                if km < best_km:
                    best, best_km = i, km
        return best

    def _near(self, e: Entry, key: str) -> bool:
        for k, other in self.by_key.items():
            if k == key or other.lat is None or other.feature in ("PCLI", "CONT"):
                continue
            if distance_km(e.lat, e.lon, other.lat, other.lon) < _NEAR_KM:  # type: ignore[arg-type]
                return True
        return False


def _best(m: Mention, key: str, ctx: _Context | None) -> int:
    entries = gazetteer().entries
    country_name = any(k != ALTERNATE and entries[i].feature == "PCLI" for i, k in m.candidates)
    nearest = _nearest_area(m, key, ctx)
    cancelled = _cancelled_sense(key, ctx)

    def total(c: tuple[int, int]) -> float:
        e = entries[c[0]]
        s = _score(c[0], c[1], key)
        if cancelled is not None and cancelled[0] == c[0]:
            s -= cancelled[1]  # state-level news: no bonus for the city sense
        if ctx is None:
            return s
        s += ctx.bonus(e, key)
        # A country's name read as a namesake elsewhere ("Georgia", "Lebanon, Pennsylvania")
        # needs the namesake's own country in the article.
        if country_name and e.feature != "PCLI" and not ctx.has_country(e.country, key):
            s -= _NAMESAKE_PENALTY
        return s + (_NEAREST_BONUS if c[0] == nearest else 0.0)

    return max(m.candidates, key=total)[0]


def _cancelled_sense(key: str, ctx: _Context | None) -> tuple[int, float] | None:
    """The usual sense of ``key`` (entry, bonus) when the article's context cancels it."""
    sense = _senses().get(key)
    if ctx is None or sense is None or key not in _state_senses():
        return None
    return sense if ctx.state_level(gazetteer().entries[sense[0]], key) else None


def _nearest_area(m: Mention, key: str, ctx: _Context | None) -> int | None:
    """For a name of several areas without population ("the Gulf": Persian or of Mexico),
    the one nearest the article's other places; None for any other name."""
    entries = gazetteer().entries
    idxs = [i for i, _ in m.candidates]
    if ctx is None or len(idxs) < 2:
        return None
    if any(entries[i].population or entries[i].lat is None for i in idxs):
        return None
    return ctx.nearest(idxs, key)


def _apply_lists(
    mentions: Sequence[Mention], keys: list[str], readings: dict[str, int], text: str
) -> None:
    """In a list of states or countries ('Missouri, New York and Virginia'), a name that
    can be either reads as the same kind as its neighbours."""
    entries = gazetteer().entries
    for j, m in enumerate(mentions):
        kinds = {entries[i].feature for i, _ in m.candidates}
        if len(kinds & _LISTED) == 0 or len(kinds) == 1:
            continue
        for n in (j - 1, j + 1):
            if not 0 <= n < len(mentions) or keys[n] == keys[j]:
                continue
            other = mentions[n]
            gap = text[other.end : m.start] if n < j else text[m.end : other.start]
            feature = entries[readings[keys[n]]].feature
            if feature in _LISTED and _LIST_GAP.match(gap):
                kept = [c for c in m.candidates if entries[c[0]].feature == feature]
                if kept:
                    m.candidates = kept
                    break


def _beside_cities(
    mentions: Sequence[Mention], keys: list[str], readings: dict[str, int], text: str
) -> frozenset[str]:
    """Names listed beside a city ('in London and New York'): such a name is a city too."""
    entries = gazetteer().entries
    out = set()
    for j in range(len(mentions) - 1):
        a, b = mentions[j], mentions[j + 1]
        ka, kb = keys[j], keys[j + 1]
        if ka == kb or not _LIST_GAP.match(text[a.end : b.start]):
            continue
        if entries[readings[kb]].feature in _CITIES:
            out.add(ka)
        if entries[readings[ka]].feature in _CITIES:
            out.add(kb)
    return frozenset(out)


def _plausible_readings(mentions: Sequence[Mention], keys: list[str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for m, key in zip(mentions, keys, strict=True):
        if key in out:
            continue
        scored = [(_score(i, kind, key), i) for i, kind in m.candidates]
        top = max(s for s, _ in scored)
        out[key] = [i for s, i in scored if s >= top - _PLAUSIBLE_MARGIN]
    return out


def _drop_weak_names(m: Mention) -> None:
    """A name that is a country's, state's or region's own name is not another place's
    alias: 'Mexico' is the country, not Mexico City (whose alternate names include it).
    (A big city's name may still be a small town's old name: local news about Saint Paris,
    Ohio calls it "Paris", so such alternates stay.)"""
    entries = gazetteer().entries
    if any(k != ALTERNATE and entries[i].feature[:3] != "PPL" for i, k in m.candidates):
        m.candidates = [c for c in m.candidates if c[1] != ALTERNATE]


def resolve(
    mentions: Sequence[Mention], text: str, actor_countries: Iterable[str | None]
) -> list[int]:
    """The chosen gazetteer entry index for each mention (mentions are narrowed in place)."""
    for m in mentions:
        _drop_weak_names(m)
    _apply_containers(mentions, text)
    keys = [name_key(m.text) for m in mentions]
    readings: dict[str, int] = {}
    for m, key in zip(mentions, keys, strict=True):
        readings.setdefault(key, _best(m, key, None))
    _apply_lists(mentions, keys, readings, text)
    plausible = _plausible_readings(mentions, keys)
    actors = frozenset(filter(None, (_alpha2(c) for c in actor_countries)))
    # Every name is read in the light of the others' prior-only readings (a second round
    # on the new readings measured no better on the dev sets).
    ctx = _Context(readings, plausible, actors, _beside_cities(mentions, keys, readings, text))
    return _choose(mentions, keys, ctx, text)


def _choose(mentions: Sequence[Mention], keys: list[str], ctx: _Context, text: str) -> list[int]:
    chosen: dict[tuple[str, tuple[tuple[int, int], ...]], int] = {}
    out = []
    for m, key in zip(mentions, keys, strict=True):
        sig = (key, tuple(m.candidates))
        if sig not in chosen:
            chosen[sig] = _best(m, key, ctx)
        out.append(chosen[sig])
    for key in {k for m, k in zip(mentions, keys, strict=True) if _dateline(m, text)}:
        # A world city's dateline is meant without context: Houston, Texas, not Houston,
        # Alaska because the story is about Alaska. (Local papers' datelines name towns
        # that do need the context, so smaller places keep it.)
        for j, m in enumerate(mentions):
            if keys[j] == key:
                prior = _best(m, key, None)
                if _is_world_city(prior):
                    out[j] = prior
    return out


def _dateline(m: Mention, text: str) -> bool:
    return m.text.isupper() and m.end - m.start > 3 and bool(_DATELINE_AFTER.match(text, m.end))


def _is_world_city(i: int) -> bool:
    e = gazetteer().entries[i]
    return e.feature[:3] == "PPL" and e.population >= _WORLD_CITY
