"""Who held which office when: the shipped office-holder table plus facts learned from articles.

A :class:`Fact` says that a named actor had a role in a country, either over a period (a table
row: ``start``/``end``) or as seen on an article's date (a learned fact: ``seen``). Conflicts
between facts about the same office are settled by the number of independent sources that
support a name around the date, then by how close the evidence is to the date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from .lexicon import DATA, key, lexicon, read_tsv

__all__ = [
    "OFFICES",
    "TABLE",
    "Fact",
    "KnowledgeBase",
    "default_kb",
    "office_of",
    "surname_keys",
    "valid_on",
    "variant_key",
]

TABLE = DATA / "office_holders.tsv"
OFFICES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister")
# A fact learned from one article vouches for the office holder this many days either side.
LEARNED_REACH_DAYS = 45


@dataclass(frozen=True, kw_only=True, slots=True)
class Fact:
    """One thing known about an actor: from the shipped table or read in an article."""

    name: str
    country: str | None
    sector: str | None
    role: str | None
    kind: str = "person"
    start: str | None = None  # ISO date the role began (table rows)
    end: str | None = None  # ISO date it ended; None = open
    seen: str | None = None  # article date the fact was read on (learned facts)
    source: str = "office_holders.tsv"  # article id, or the table's file name
    evidence: str | None = None  # the words the fact was read from

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fact:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def office_of(role: str | None) -> str | None:
    """The office a role names: "Secretary of State" -> foreign_minister; offices map to themselves."""
    if not role:
        return None
    if role in OFFICES:
        return role
    entry = lexicon().roles.get(key(role))
    return entry.office if entry else None


def _day(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return _parse_day(value)


@functools.lru_cache(maxsize=65536)
def _parse_day(value: str) -> dt.date:
    # Facts keep ISO strings (the store's form); ranking compares them often.
    return dt.date.fromisoformat(value[:10])


def _distance(fact: Fact, on: dt.date) -> int:
    """Days between ``on`` and the fact's evidence (0 when a table period covers it)."""
    if fact.seen is not None:
        return abs((on - _day(fact.seen)).days)
    start, end = _day(fact.start), _day(fact.end)
    if start and on < start:
        return (start - on).days
    if end and on >= end:
        return (on - end).days + 1
    return 0


def _valid(fact: Fact, on: dt.date) -> bool:
    reach = LEARNED_REACH_DAYS if fact.seen is not None else 0
    return _distance(fact, on) <= reach


def _covers(start: dt.date | None, end: dt.date | None, seen: dt.date | None, day: dt.date) -> bool:
    """``_valid`` on parsed dates: a table period holds the day, or a sighting is near it."""
    if seen is not None:
        return abs((day - seen).days) <= LEARNED_REACH_DAYS
    return (start is None or start <= day) and (end is None or day < end)


def valid_on(fact: Fact, on: str | dt.date) -> bool:
    """The fact vouches for its role on the date (a table period, or a learned fact near it)."""
    day = _day(on)
    return day is not None and _valid(fact, day)


_SUFFIX = re.compile(r"^(?:[IVX]+|Jr\.?|Sr\.?)$")
_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar)[-‐]", re.IGNORECASE)


def surnames(name: str) -> set[str]:
    """What a later mention may call a person: "al-Assad" and "Assad" for Bashar al-Assad."""
    words = name.replace(".", ". ").split()
    while words and _SUFFIX.match(words[-1]):
        words.pop()  # "Elizabeth II", "Martin Luther King Jr.": the surname is before
    if len(words) < 2:
        return set()
    return {words[-1], _PARTICLE.sub("", words[-1])}


# Transliteration folds, applied in order to a lower-case, diacritic-free word of five letters or
# more (shorter words are too often other words: "Mai", "More", "Mass"): "Qadhafi", "Gaddafi",
# "Kadhafi" -> "kadafi"; "Zelenskyy", "Zelensky" -> "zelenski"; "Medvedyev" -> "medvedev". Only the
# Arabic and Slavic breaths (dh, kh, gh, zh) fold, not English th/ch/sh ("Charter" is no "Carter").
_MARK = re.compile(r"['’‐-]")
_SHORTEST_FOLDED = 5
_FOLDS = (
    (re.compile(r"zh"), "j"),
    (re.compile(r"([dkg])h"), r"\1"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"q"), "k"),
    (re.compile(r"(?<=[bcdfgklmnprstvz])ye"), "e"),
    (re.compile(r"([b-df-hj-np-tv-z])\1+"), r"\1"),  # doubled consonants, "yy" too; not "oo"
    (re.compile(r"(?:iy|ie|y)$"), "i"),
)
# Initial G/Q/K ("Gaddafi", "Qaddafi", "Kadhafi") fold only in long words: "Gerry" is not "Kerry".
_INITIAL_G = re.compile(r"^g(?=.{5})")
_NONE: set[str] = set()
# Particles written apart ("Al Assad", "El Baradei"); not "As", "An": English words too.
_BARE_PARTICLE = frozenset({"al", "el"})


@functools.lru_cache(maxsize=65536)
def variant_key(name: str) -> str:
    """A name's spelling-blind key: "Moammar Gadhafi" and "Muammar al-Qaddafi" share "...kadafi".

    Used only after the exact keys fail, so a fact for one spelling resolves the others.
    """
    plain = unicodedata.normalize("NFKD", name.lower().replace("ı", "i"))
    words = []
    for word in "".join(c for c in plain if not unicodedata.combining(c)).split():
        if word in _BARE_PARTICLE:
            continue  # "Al Assad", "el Sisi"
        word = _PARTICLE.sub("", word)
        if len(word) >= _SHORTEST_FOLDED:
            word = _INITIAL_G.sub("k", _MARK.sub("", word))
            for pattern, repl in _FOLDS:
                word = pattern.sub(repl, word)
        if word:
            words.append(word)
    return " ".join(words)


def surname_keys(name: str) -> set[str]:
    """The index keys of :func:`surnames`."""
    return {key(s) for s in surnames(name)}


class KnowledgeBase:
    """Dated facts about actors; thread-safe for learning while the pipeline runs."""

    def __init__(self, facts: Iterable[Fact] = ()) -> None:
        self._facts: list[Fact] = []
        self._seen: set[tuple[Any, ...]] = set()
        self._by_name: dict[str, list[Fact]] = defaultdict(list)
        # The same keys folded by :func:`variant_key`, consulted when the exact key knows no one.
        self._by_variant: dict[str, list[Fact]] = defaultdict(list)
        self._by_office: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        self._lock = threading.Lock()
        self._drained: set[tuple[Any, ...]] = set()
        self._names_on: dict[dt.date, dict[str, Fact]] = {}
        # variant_key -> the names and surnames as written that fold to it
        self._spellings: dict[str, set[str]] = defaultdict(set)
        # Each fact with its dates parsed, for the scans over all facts.
        self._periods: list[tuple[Fact, dt.date | None, dt.date | None, dt.date | None]] = []
        self.add(facts)

    @classmethod
    def from_table(cls, path: Path = TABLE) -> KnowledgeBase:
        """A knowledge base holding the rows of an office-holder table (empty if it is missing)."""
        kb = cls()
        if path.exists():
            for row in read_tsv(path):
                kb._add_row(row, path.name)
        return kb

    def _add_row(self, row: dict[str, str], source: str) -> None:
        fact = Fact(
            name=row["name"],
            country=row["country"] or None,
            sector="GOV",
            role=row["title"] or None,
            kind="person",
            start=row["start"] or None,
            end=row["end"] or None,
            source=source,
            evidence=row.get("source") or None,
        )
        self._store(fact, office=row["office"])
        for alias in (row.get("aliases") or "").split("|"):
            if alias.strip():
                self._by_name[key(alias)].append(fact)
                self._by_variant[variant_key(alias)].append(fact)

    def _store(self, fact: Fact, office: str | None = None, *, loaded: bool = False) -> None:
        ident = (fact.name, fact.country, fact.role, fact.start, fact.seen, fact.source)
        with self._lock:
            if ident in self._seen:
                return
            self._seen.add(ident)
            self._facts.append(fact)
            self._periods.append((fact, _day(fact.start), _day(fact.end), _day(fact.seen)))
            self._forget_names(fact)
            if fact.seen is not None and loaded:
                # Facts that came from the store need not be written back to it.
                self._drained.add((fact.name, fact.country, fact.role, fact.seen, fact.source))
            # Index keys: the full name and its last word ("Hayashi"), exact and folded.
            names = {fact.name} | surnames(fact.name)
            for k in {key(n) for n in names}:
                self._by_name[k].append(fact)
            for n in names:
                self._spellings[variant_key(n)].add(n)
            for k in {variant_key(n) for n in names}:
                self._by_variant[k].append(fact)
            office = office or office_of(fact.role)
            if office and fact.country:
                self._by_office[(fact.country, office)].append(fact)

    def learn(self, fact: Fact) -> None:
        """Remember a fact read in an article (``seen`` and ``source`` set)."""
        self._store(fact)

    def add(self, facts: Iterable[Fact | Mapping[str, Any]]) -> None:
        """Load facts, e.g. learned facts persisted by the store."""
        for fact in facts:
            self._store(fact if isinstance(fact, Fact) else Fact.from_dict(fact), loaded=True)

    def learned(self) -> Iterator[Fact]:
        """Facts read in articles (not the shipped table), for the store to persist."""
        return (f for f in list(self._facts) if f.seen is not None)

    def drain_learned(self) -> list[dict[str, Any]]:
        """Learned facts not handed out before, as dicts for ``store.add_actor_facts``."""
        out = []
        with self._lock:
            for fact in self._facts:
                ident = (fact.name, fact.country, fact.role, fact.seen, fact.source)
                if fact.seen is not None and ident not in self._drained:
                    self._drained.add(ident)
                    out.append(fact.as_dict())
        return out

    def facts(self) -> list[Fact]:
        return list(self._facts)

    def lookup_name(
        self, name: str, on: str | dt.date | None = None, *, variants: bool = True
    ) -> list[Fact]:
        """Who a name can be, best first: in office on the date, most sources, nearest evidence.

        With ``variants``, a name no fact spells so is looked up by :func:`variant_key`.
        """
        # A full name matches that name or an alias, never someone who only shares the surname.
        found = self._by_name.get(key(name))
        if not found and variants:
            found = self._by_variant.get(variant_key(name), [])
        facts = {id(f): f for f in found or ()}
        return _ranked(list(facts.values()), _day(on))

    def _forget_names(self, fact: Fact) -> None:
        """Drop the cached name indexes this fact may change (most repeat a known holder)."""
        for day in list(self._names_on):
            known = self._names_on[day]
            if (
                not _valid(fact, day)
                or known.get(fact.name, fact).name == fact.name
                and all(s in known and known[s].name == fact.name for s in surnames(fact.name))
            ):
                continue
            del self._names_on[day]

    def names_on(self, on: str | dt.date) -> dict[str, Fact]:
        """Names and surnames (as written) of everyone in office on the date.

        A surname two office holders share ("Kim") is left out: it would not say who.
        """
        day = _day(on)
        assert day is not None
        cached = self._names_on.get(day)
        if cached is None:
            if len(self._names_on) > 4096:
                self._names_on.clear()
            valid = [f for f, start, end, seen in self._periods if _covers(start, end, seen, day)]
            cached = self._names_on[day] = _names_index(valid)
        return cached

    def spellings(self, word: str) -> set[str]:
        """The names and surnames (as :meth:`names_on` keys them) that ``word`` is another
        spelling of: "Gadhafi" -> {"Gaddafi"} once a fact about Muammar Gaddafi is known."""
        return self._spellings.get(variant_key(word), _NONE)

    def holder(self, country: str, office_or_role: str, on: str | dt.date) -> Fact | None:
        """The holder of an office on a date, or None when nothing vouches for anyone then."""
        office = office_of(office_or_role)
        if office is None:
            return None
        day = _day(on)
        facts = [f for f in self._by_office.get((country, office), ()) if _valid(f, day)]
        ranked = _ranked(facts, day)
        return ranked[0] if ranked else None

    def title(self, country: str | None, office: str | None) -> str | None:
        """How a country styles an office ("Secretary of State"), from the table or the style list."""
        if not country or not office:
            return None
        rows = [f for f in self._by_office.get((country, office), ()) if f.seen is None and f.role]
        if rows:
            return rows[-1].role
        return lexicon().styles.get((country, office))


def _names_index(facts: list[Fact]) -> dict[str, Fact]:
    names: dict[str, Fact | None] = {}
    for fact in facts:
        for name in {fact.name} | surnames(fact.name):
            old = names.get(name, fact)
            names[name] = fact if old is not None and old.name == fact.name else None
    return {name: fact for name, fact in names.items() if fact is not None}


def _ranked(facts: list[Fact], day: dt.date | None) -> list[Fact]:
    """Best first: names backed by more independent sources valid on the day, then nearest evidence."""
    if not facts:
        return []
    if day is None:
        return sorted(
            facts, key=lambda f: (f.seen is not None, f.start or f.seen or ""), reverse=False
        )
    support: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for fact in facts:
        if _valid(fact, day):
            support[(fact.name, fact.country)].add(fact.source)

    def rank(fact: Fact) -> tuple[int, int, int]:
        # Table rows win exact ties: an article's "Prime Minister X" may be a slip or a former one.
        return (
            -len(support[(fact.name, fact.country)]),
            _distance(fact, day),
            fact.seen is not None,
        )

    return sorted(facts, key=rank)


@functools.cache
def default_kb() -> KnowledgeBase:
    """The process-wide knowledge base the pipeline reads and learns into."""
    return KnowledgeBase.from_table(TABLE)
