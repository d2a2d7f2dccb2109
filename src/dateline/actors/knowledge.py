"""Who held which office when: the shipped office-holder table plus facts learned from articles.

A :class:`Fact` says that a named actor had a role in a country, either over a period (a table
row: ``start``/``end``) or as seen on an article's date (a learned fact: ``seen``). Conflicts
between facts about the same office are settled by the number of independent sources that
support a name around the date, then by how close the evidence is to the date. A table holder
stays known after leaving office as "former <title>", by bare surname for
``FORMER_REACH_DAYS``; given names, common surnames and common words that end some holders'
names (given_names.tsv: "Ali", "Miller", "Key") are not bare surnames.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from ..tables import split_forms
from .lexicon import DATA, key, lexicon, read_tsv

__all__ = [
    "FORMER_REACH_DAYS",
    "GROUP_LEADERS",
    "IGO_CODES",
    "OFFICES",
    "TABLE",
    "Fact",
    "KnowledgeBase",
    "bare_surnames",
    "default_kb",
    "is_former",
    "office_of",
    "office_sectors",
    "surname_keys",
    "valid_on",
    "variant_key",
]

TABLE = DATA / "office_holders.tsv"
# Leaders of armed groups and movements (organizations.tsv gives each group's country and sector).
GROUP_LEADERS = DATA / "group_leaders.tsv"
# The table's codes for international bodies, in the country column: their office holders are
# coded IGO, with no country.
IGO_CODES = frozenset({"EU", "AU", "UN", "NATO", "AL"})
GIVEN_NAMES = DATA / "given_names.tsv"
# Offices whose holders are not the executive (legislators, commanders): their sector, by office.
OFFICE_SECTORS = DATA / "offices.tsv"
# The sector of an office offices.tsv does not list: the cabinet's.
OFFICE_SECTOR = "GOV"
# The offices every country has; the table may give a country others (Iran's supreme_leader, the
# US homeland_security): roles.tsv names each office's titles, so a new office needs only data.
OFFICES = (
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "finance_minister",
    "interior_minister",
    "justice_minister",
)
# A fact learned from one article vouches for the office holder this many days either side.
LEARNED_REACH_DAYS = 45
# News names a leaver by surname alone on the hand-over day and for a while after ("Mubarak,
# who resigned on Friday", his trial): two years, after which a bare surname is more often
# someone else ("Suga" in 2024). A full name keeps its country and "former" role for good.
FORMER_REACH_DAYS = 730
FORMER = "former "
# PLOVER would code a former official ELI, but the project's hand-checked samples
# (tests/actors/data) code former and ousted heads GOV ("Ben Ali, Tunisia's ousted president"),
# as the PLOVER gold mostly does; the role says "former".
FORMER_SECTOR = "GOV"


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
    """The office a role names: "Secretary of State" -> foreign_minister; offices map to themselves.

    A former holder's role names the office they held: "former President" -> head_of_state.
    """
    if not role:
        return None
    if role in OFFICES or role in _office_names() or role in office_sectors():
        return role  # an office itself, one with titles in roles.tsv or only in the table
    word = key(role.removeprefix(FORMER).replace("_", " "))
    entry = lexicon().roles.get(word)
    return entry.office if entry else _canonical_offices().get(word)


@functools.cache
def office_sectors() -> dict[str, str]:
    """Office -> the sector of its holders (offices.tsv): LEG for "senator", MIL for
    "joint_chiefs_chairman"; an office not listed is the government's."""
    return {row["office"]: row["sector"] for row in read_tsv(OFFICE_SECTORS)}


@functools.cache
def _office_names() -> frozenset[str]:
    """Every office roles.tsv names titles for, the common ones and others ("homeland_security")."""
    return frozenset(e.office for e in lexicon().roles.values() if e.office)


@functools.cache
def _canonical_offices() -> dict[str, str]:
    """Canonical role names ("Head of State", the role "King" is given) -> their office."""
    return {key(e.role): e.office for e in lexicon().roles.values() if e.office}


def is_former(fact: Fact) -> bool:
    """A table holder after their term ("former President"), made by the loader."""
    return fact.seen is None and bool(fact.role) and fact.role.startswith(FORMER)


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


def _name_words(name: str) -> list[str]:
    words = name.replace(".", ". ").split()
    while words and _SUFFIX.match(words[-1]):
        words.pop()  # "Elizabeth II", "Martin Luther King Jr.": the surname is before
    return words


def surnames(name: str) -> set[str]:
    """What a later mention may call a person: "al-Assad" and "Assad" for Bashar al-Assad."""
    words = _name_words(name)
    if len(words) < 2:
        return set()
    return {words[-1], _PARTICLE.sub("", words[-1])}


# given_names.tsv kinds: a patronymic particle, or a word that names no holder alone.
_PATRONYMIC = "patronymic"
_NAME_KINDS = frozenset({_PATRONYMIC, "given", "surname", "word"})


@dataclass(frozen=True, slots=True)
class _NameRules:
    given: dict[str, frozenset[str]]  # lower-case word -> holders news names by it alone
    patronymic: frozenset[str]  # "bin", "ibn": the next word is the father's name


@functools.cache
def _name_rules() -> _NameRules:
    given: dict[str, frozenset[str]] = {}
    patronymic = set()
    for row in read_tsv(GIVEN_NAMES):
        word, kind = row["word"].lower(), row["kind"]
        if kind not in _NAME_KINDS:
            raise ValueError(
                f"{GIVEN_NAMES.name}: {row['word']!r} has kind {kind!r}; "
                f"use one of {', '.join(sorted(_NAME_KINDS))}"
            )
        if kind == _PATRONYMIC:
            patronymic.add(word)
        else:
            given[word] = frozenset(split_forms(row["keep_for"]))
    return _NameRules(given, frozenset(patronymic))


@functools.lru_cache(maxsize=16384)
def bare_surnames(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The :func:`surnames` the knowledge base may resolve alone, and those it may not.

    Not alone: a father's name after "bin" ("Mohammed bin Salman"), and a given name, common
    surname or word that ends the holder's name ("Ben Ali", "Hussein", "Miller", "Key") unless
    news names this holder by it (given_names.tsv). The "al-" form of a family name stays
    ("al-Faisal", not "Faisal") unless the list names that form too ("al-Bashir").
    """
    forms = surnames(name)
    if not forms:
        return frozenset(), frozenset()
    rules = _name_rules()
    words = _name_words(name)
    if words[-2].lower() in rules.patronymic:
        return frozenset(), frozenset(forms)
    blocked = {form for form in forms if name not in rules.given.get(form.lower(), {name})}
    return frozenset(forms - blocked), frozenset(blocked)


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
        # Given names and patronymics that end holders' names: they name the holder only after
        # an office title ("President Jonathan"), so they are looked up apart.
        self._by_given: dict[str, list[Fact]] = defaultdict(list)
        self._lock = threading.Lock()
        self._drained: set[tuple[Any, ...]] = set()
        self._names_on: dict[dt.date, dict[str, Fact]] = {}
        # variant_key -> the names and surnames as written that fold to it
        self._spellings: dict[str, set[str]] = defaultdict(set)
        # Each fact with its dates parsed, for the scans over all facts.
        self._periods: list[tuple[Fact, dt.date | None, dt.date | None, dt.date | None]] = []
        # Facts learned while held (``_holds`` > 0) wait here until settle(): see hold().
        self._held: list[Fact] = []
        self._holds = 0
        self.add(facts)

    @classmethod
    def from_table(cls, path: Path = TABLE) -> KnowledgeBase:
        """A knowledge base holding the rows of an office-holder table (empty if it is missing)."""
        kb = cls()
        if path.exists():
            for row in read_tsv(path):
                kb._add_row(row, path.name)
        return kb

    def add_group_leaders(self, path: Path = GROUP_LEADERS) -> None:
        """Load the leaders of armed groups and movements: each row names its group as
        organizations.tsv does, which gives the leader's country (none for a transnational
        group, "Osama bin Laden") and sector (REB, IMG, PTY)."""
        if not path.exists():
            return
        orgs = lexicon().orgs
        for n, row in enumerate(read_tsv(path), start=2):
            org = orgs.get(row["group"])
            if org is None:
                raise ValueError(f"{path.name}: row {n}: unknown group {row['group']!r}")
            self._add_row(row | {"country": org.country or "", "office": ""}, path.name, org.sector)

    def _add_row(self, row: dict[str, str], source: str, sector: str | None = None) -> None:
        fact = Fact(
            name=row["name"],
            country=row["country"] or None,
            sector=sector or office_sectors().get(row["office"], OFFICE_SECTOR),
            role=row["title"] or None,
            kind="person",
            start=row["start"] or None,
            end=row["end"] or None,
            source=source,
            evidence=row.get("source") or None,
        )
        self._store(fact, office=row["office"] or None)
        aliases = list(split_forms(row.get("aliases") or ""))
        self._index_aliases(fact, aliases)
        if fact.end and fact.role:
            # After the term the holder is known as "former <title>"; a bare surname names them
            # for FORMER_REACH_DAYS (the hand-over day included: end is exclusive).
            end = _parse_day(fact.end)
            former = replace(
                fact,
                role=FORMER + fact.role,
                # a group's former leader stays the group's ("former al-Qaeda leader")
                sector=sector or FORMER_SECTOR,
                start=fact.end,
                end=(end + dt.timedelta(days=FORMER_REACH_DAYS)).isoformat(),
                # `dateline actors` shows this as the why: the term it follows, then the source.
                evidence=f"surname known after the term {fact.start or '?'}..{fact.end}; "
                f"{fact.evidence or 'n/a'}",
            )
            self._store(former)
            self._index_aliases(former, aliases)

    def _index_aliases(self, fact: Fact, aliases: list[str]) -> None:
        for alias in aliases:
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
            bare, given = _bare_names(fact)
            names = {fact.name} | bare
            for k in {key(n) for n in names}:
                self._by_name[k].append(fact)
            for n in names:
                self._spellings[variant_key(n)].add(n)
            for k in {variant_key(n) for n in names}:
                self._by_variant[k].append(fact)
            for k in {key(n) for n in given}:
                self._by_given[k].append(fact)
            office = None if is_former(fact) else office or office_of(fact.role)
            if office and fact.country:
                self._by_office[(fact.country, office)].append(fact)

    def learn(self, fact: Fact) -> None:
        """Remember a fact read in an article (``seen`` and ``source`` set); while the
        knowledge base is held, it waits for :meth:`settle`."""
        with self._lock:
            if self._holds:
                self._held.append(fact)
                return
        self._store(self._canonical(fact))

    def hold(self) -> None:
        """Keep what articles teach from resolving other articles until :meth:`settle`.

        A run settles what a block of articles (pipeline.BLOCK) taught when the next block
        ends, so an article is read with what the articles two blocks back and earlier
        taught, whatever the number of workers and however they share the articles: the
        output depends on neither. Holds nest: a run inside a run (``extract_text`` called
        while ``extract`` is under way) leaves the outer run holding when it ends.
        """
        with self._lock:
            self._holds += 1

    @property
    def holding(self) -> bool:
        """Whether what articles teach waits for :meth:`settle`."""
        return self._holds > 0

    def held(self) -> list[Fact]:
        """Take the facts learned since the last call, unsettled (a worker hands them to the
        parent, which settles them for every worker at the block's end)."""
        with self._lock:
            taken, self._held = self._held, []
        return taken

    def settle(self, facts: Iterable[Fact] | None = None) -> None:
        """Learn, in order, the facts held so far (or the given ones), still holding."""
        for fact in self.held() if facts is None else facts:
            self._store(self._canonical(fact))

    def release(self) -> None:
        """End a hold; the last one settles what is held and learns immediately from then on."""
        with self._lock:
            self._holds = max(self._holds - 1, 0)
            if self._holds:
                return
            taken, self._held = self._held, []
        self.settle(taken)

    def add(self, facts: Iterable[Fact | Mapping[str, Any]]) -> None:
        """Load facts, e.g. learned facts persisted by the store."""
        for fact in facts:
            fact = fact if isinstance(fact, Fact) else Fact.from_dict(fact)
            self._store(self._canonical(fact), loaded=True)

    def _canonical(self, fact: Fact) -> Fact:
        """A learned fact about a table person in another spelling ("Libyan leader Moammar
        Gadhafi") is kept under the table's name: two spellings would make the surname name
        two people and resolve neither."""
        table = {
            f.name
            for f in self._by_variant.get(variant_key(fact.name), ())
            if f.seen is None and f.country == fact.country and f.kind == fact.kind
        }
        if len(table) != 1 or fact.name in table:
            return fact
        return replace(fact, name=table.pop())

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

        With ``variants``, a name no fact spells so is looked up by :func:`variant_key`. With a
        date, table rows say what the person was then: the row's role while in office, "former
        <title>" after it, no role before it. A given name ending a holder's name ("Jonathan")
        is returned only while they are in office and never as valid on the date, so it names
        them after an office title alone; so is a bare surname that people of two countries in
        office on the date share.
        """
        # A full name matches that name or an alias, never someone who only shares the surname.
        k = key(name)
        found = self._by_name.get(k)
        if not found and variants:
            found = self._by_variant.get(variant_key(name), [])
        facts = list({id(f): f for f in found or ()}.values())
        day = _day(on)
        if day is None:
            titled = [_title_only(f) for f in self._by_given.get(k, ()) if not is_former(f)]
            return _ranked(facts + titled, None)
        bare = " " not in name.strip()
        facts = [view for f in facts if (view := _as_of(f, day, bare)) is not None]
        if bare:
            facts = _unclashed(facts, day)
        facts += [
            _title_only(f) for f in self._by_given.get(k, ()) if not is_former(f) and _valid(f, day)
        ]
        return _ranked(facts, day)

    def _forget_names(self, fact: Fact) -> None:
        """Drop the cached name indexes of the days the fact is valid on: a fact naming a known
        holder again still changes them (the latest fact on a name is the one a fresh index
        gives), so a cache kept would make a lookup depend on which days a process had seen."""
        for day in [day for day in self._names_on if _valid(fact, day)]:
            del self._names_on[day]

    def names_on(self, on: str | dt.date) -> dict[str, Fact]:
        """Names and surnames (as written) of everyone in office on the date, then of former
        holders within FORMER_REACH_DAYS of leaving whose names no one in office has.

        A surname two office holders share ("Kim") is left out: it would not say who; so is a
        given name that ends a holder's name (:func:`bare_surnames`).
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
        """The holder of an office on a date, or None when nothing vouches for anyone then, or
        when the table gives several holders at once (vice presidents)."""
        office = office_of(office_or_role)
        if office is None:
            return None
        day = _day(on)
        facts = [f for f in self._by_office.get((country, office), ()) if _valid(f, day)]
        ranked = _ranked(facts, day)
        if not ranked or _shared_office(ranked):
            return None
        return ranked[0]

    def offices(self, country: str) -> tuple[str, ...]:
        """The common offices, then any other the table gives the country (Iran's
        supreme_leader, the US homeland_security)."""
        extra = sorted({o for c, o in self._by_office if c == country and o not in OFFICES})
        return (*OFFICES, *extra)

    def title(
        self, country: str | None, office: str | None, on: str | dt.date | None = None
    ) -> str | None:
        """How a country styles an office ("Secretary of State"), from the table or the style list.

        With a date, the title of the table row in office then ("Brotherly Leader ..." for Libya
        in 2009). Without one, the title only if every row of the office has it: Libya's, Egypt's
        or Britain's ("Queen", "King") changed, and a guess would style Gaddafi by his successors'
        title. Otherwise the style list's, else None: the text's own word stands.
        """
        if not country or not office:
            return None
        rows = [f for f in self._by_office.get((country, office), ()) if f.seen is None and f.role]
        day = _day(on)
        if day is not None:
            rows = [f for f in rows if _valid(f, day)]
        titles = {f.role for f in rows}
        if len(titles) == 1 or day is not None and rows:
            return rows[-1].role
        return lexicon().styles.get((country, office))


def _shared_office(ranked: list[Fact]) -> bool:
    """Several table rows hold the office at once (Iraq's and Syria's vice presidents): the
    office alone ("Iraq's vice president") does not say which of them is meant."""
    top = ranked[0]
    return top.seen is None and any(f.seen is None and f.name != top.name for f in ranked[1:])


def _bare_names(fact: Fact) -> tuple[frozenset[str], frozenset[str]]:
    """The surnames and given names a fact's holder goes by alone (:func:`bare_surnames`); none
    for a group's leader, named by the full name or an alias only ("the Mehsud tribe", "Cano
    said the company would expand" name someone else)."""
    if _group_leader(fact):
        return frozenset(), frozenset()
    return bare_surnames(fact.name)


def _group_leader(fact: Fact) -> bool:
    """A row of group_leaders.tsv (or its "former" fact)."""
    return fact.source == GROUP_LEADERS.name


def _names_index(facts: list[Fact]) -> dict[str, Fact]:
    """Name -> the one person it names; holders in office claim their names before former ones."""
    names: dict[str, Fact | None] = {}
    current = [f for f in facts if not is_former(f)]
    _claim(names, current)
    taken = set(names)
    _claim(names, [f for f in facts if is_former(f)], taken)
    return {name: fact for name, fact in names.items() if fact is not None}


def _claim(names: dict[str, Fact | None], facts: list[Fact], taken: set[str] = _NONE) -> None:
    """Add the facts' names; a name two people share maps to None (it would not say who)."""
    for fact in facts:
        for name in {fact.name} | _bare_names(fact)[0]:
            if name in taken:
                continue
            old = names.get(name, fact)
            names[name] = fact if old is not None and old.name == fact.name else None


def _as_of(fact: Fact, day: dt.date, bare: bool) -> Fact | None:
    """A table row as of the day: as is in office, "former <title>" after, no role before; None
    for a former-holder fact outside its reach (the row itself says it).

    A bare surname keeps the role before the term: it is not valid on the day, so it names the
    holder only after the very office's title, and the title then gives the role ("President
    Bush" in 2000 is George W. Bush's namesake's office, American either way).
    """
    if fact.seen is not None or _valid(fact, day):
        return fact
    if is_former(fact):
        return None
    start = _day(fact.start)
    if start is not None and day < start:
        return fact if bare else replace(fact, role=None, sector=None)
    if fact.role:
        # a group's former leader stays the group's ("former al-Qaeda leader", IMG)
        sector = fact.sector if _group_leader(fact) else FORMER_SECTOR
        return replace(fact, role=FORMER + fact.role, sector=sector)
    return fact


def _title_only(fact: Fact) -> Fact:
    """The fact with an empty period: never valid on a date, so it names its holder only when
    an office title matches its role ("President Jonathan", not "Jonathan")."""
    day = fact.start or fact.seen or fact.end or dt.date.min.isoformat()
    return replace(fact, start=day, end=day, seen=None)


def _unclashed(facts: list[Fact], day: dt.date) -> list[Fact]:
    """A bare surname that table holders of two countries share on the day (in office, else
    former) is made title-only: "Mansour" in 2013 is neither Egypt's president nor Lebanon's
    minister. Learned facts are left to the ranking by sources (one article may be wrong)."""
    valid = [f for f in facts if f.seen is None and _valid(f, day)]
    tier = [f for f in valid if not is_former(f)] or valid
    if len({f.country for f in tier}) < 2 or len({f.name for f in tier}) < 2:
        return facts
    return [_title_only(f) if f.seen is None and _valid(f, day) else f for f in facts]


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

    def rank(fact: Fact) -> tuple[int, int, bool, bool]:
        # Table rows win exact ties: an article's "Prime Minister X" may be a slip or a former one;
        # a holder in office wins over a former one (another person, or their own old office).
        return (
            -len(support[(fact.name, fact.country)]),
            _distance(fact, day),
            is_former(fact),
            fact.seen is not None,
        )

    return sorted(facts, key=rank)


@functools.cache
def default_kb() -> KnowledgeBase:
    """The process-wide knowledge base the pipeline reads and learns into."""
    kb = KnowledgeBase.from_table(TABLE)
    kb.add_group_leaders()
    return kb
