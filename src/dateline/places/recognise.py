"""Place mentions: spaCy's place entities and demonyms, matched against the gazetteer."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import ENT_TYPE, IS_ALPHA, IS_UPPER, POS
from spacy.parts_of_speech import PROPN

from .gazetteer import ALIAS, ALTERNATE, POSTAL, gazetteer, name_key, read_tsv
from .gazetteer import demonyms as demonym_table

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Mention", "mentions"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# "Liverpool, UK" is often one entity; the corpora annotate each part.
_PARTS = re.compile(r"[^,]+")
_LEADING = re.compile(r"^(?:the|The)\s+")
_TRAILING = re.compile(r"(?:'s|’s|')$")
# A trailing place word and the feature codes (first three letters) it calls for.
_PLACE_WORDS = {
    "state": ("ADM",),
    "province": ("ADM",),
    "region": ("ADM", "RGN"),
    "city": ("PPL",),
    "town": ("PPL",),
}
_SCAN_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
_AREA_FEATURES = frozenset({"PCLI", "CONT", "ADM1", "ADM2", "RGN"})
_MIN_POPULATION = 1000
# A name the tagger did not call a place at all must be a town of some size to count.
_SIZEABLE = 5000
# ...or, by one of its GeoNames alternate names, a city this big: transliterations of
# Middle Eastern towns ("Hama", "Deraa") are alternates and often tagged ORG or PERSON.
_BIG = 50_000
_STRONG = frozenset({"PCLI", "CONT", "ADM1"})
_MAX_WORDS = 4
_INNER = frozenset({"of", "de", "-", "and"})


@dataclass(slots=True)
class Mention:
    """A place mention: exact span, its gazetteer candidates, and whether it is a demonym."""

    start: int
    end: int
    text: str
    candidates: list[tuple[int, int]]
    demonym: bool = False
    # Taken only by an alternate name of a big city inside a non-place entity ("Hama"
    # tagged ORG): kept only when the article names the city's country otherwise.
    weak: bool = False


def mentions(doc: Doc) -> list[Mention]:
    """Place mentions of a parsed text, in text order, without overlaps."""
    found: list[Mention] = []
    surnames = _person_parts(doc)
    for ent in doc.ents:
        label = ent.label_
        if label in _PLACE_LABELS:
            after_comma = ent.start > 0 and doc[ent.start - 1].text == ","
            got = _name_mentions(ent.text, ent.start_char, after_comma)
            got = got or _demonym_mentions(ent)
            if got and ent.end < len(doc):
                _narrow_by_word(got[-1], doc[ent.end].lower_)
            found.extend(got or _scan(list(ent), demonyms=True))
        elif label == "NORP":
            found.extend(_demonym_mentions(ent) or _scan(list(ent), demonyms=True))
        elif label == "PERSON":
            found.extend(_person_as_place(ent, surnames))
        elif label in _SCAN_LABELS:
            found.extend(_scan_prefix(ent))
    found.extend(_outside_entities(doc))
    found = [m for m in found if not _person_word(m, surnames)]
    found = _confirm_weak(found)
    found.sort(key=lambda m: m.start)
    return found


def _confirm_weak(found: list[Mention]) -> list[Mention]:
    """Keep a weak mention only when a firm one is read in its country ('Hama' beside
    'Syria'), narrowed to the readings there; 'Hamas' is not Hamm with no Germany about."""
    if not any(m.weak for m in found):
        return found
    entries = gazetteer().entries
    countries = {entries[_main_reading(m)].country for m in found if not m.weak}
    out = []
    for m in found:
        if m.weak:
            m.candidates = [c for c in m.candidates if entries[c[0]].country in countries]
            if not m.candidates:
                continue
        out.append(m)
    return out


def _main_reading(m: Mention) -> int:
    """The likeliest reading on its face: a country or state first, else the biggest."""
    entries = gazetteer().entries
    return max(
        (i for i, _ in m.candidates),
        key=lambda i: (entries[i].feature in _STRONG, entries[i].population),
    )


def _person_word(m: Mention, surnames: frozenset[str]) -> bool:
    """'Antony' where the article names Antony Blinken is the man, not Antony, France;
    a country or state keeps its name ('Jordan' beside Michael Jordan stays a country)."""
    if m.demonym or m.text.casefold() not in surnames:
        return False
    entries = gazetteer().entries
    return not any(k != ALTERNATE and entries[i].feature in _STRONG for i, k in m.candidates)


def _person_parts(doc: Doc) -> frozenset[str]:
    """Words of multi-word person names: 'Henry' after 'Chiquita Henry' is the person."""
    return frozenset(t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e)


def _person_as_place(ent: Span, surnames: frozenset[str]) -> list[Mention]:
    # The tagger often calls a lone town name a person ("Alexandria"); accept it when it is
    # not part of a person's name elsewhere in the article.
    if (len(ent) == 1 and ent[0].lower_ in surnames) or name_key(ent.text) in _not_places():
        return []
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.is_title or before.is_upper) and not before.is_sent_start:
        return []  # "President Cheney", "Mr Blair": a title makes it a person
    m = _lookup_span(ent.text, ent.start_char)
    if m is None or not _plausible(m.candidates, _SIZEABLE, _BIG):
        return []
    m.weak = not _plausible(m.candidates, _SIZEABLE)
    return [m]


def _plausible(
    cands: list[tuple[int, int]], min_population: int = _MIN_POPULATION, alternates: int = -1
) -> bool:
    """A match worth taking: the real name of an area or of a town of ``min_population``,
    or an alternate name of a town of ``alternates`` people (-1: alternates never do)."""
    entries = gazetteer().entries
    for i, kind in cands:
        e = entries[i]
        if kind == ALTERNATE:
            if 0 <= alternates <= e.population:
                return True
        elif e.feature in _AREA_FEATURES or e.population >= min_population:
            return True
    return False


def _scan(
    tokens: list[Token], *, demonyms: bool = False, min_population: int = _MIN_POPULATION
) -> list[Mention]:
    """Place names inside a longer name: 'Northeast Georgia' -> Georgia."""
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        for n in range(min(_MAX_WORDS, len(tokens) - i), 0, -1):
            m = _try_tokens(tokens[i : i + n], demonyms, min_population)
            if m is not None:
                out.append(m)
                i += n
                break
        else:
            i += 1
    return out


def _scan_prefix(ent: Span) -> list[Mention]:
    """An organisation named for its place: 'the Mansfield Police Department' -> Mansfield.

    Only a place name at the start of the name, before more words, counts: inside or at the
    end of an organisation's name a place-like word is seldom the place.
    """
    toks = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    # A dateline's time zone glued to its place: "BST CAIRO (Reuters)".
    while len(toks) > 1 and toks[0].text in _lead_words():
        toks = toks[1:]
    if len(toks) <= _MAX_WORDS:  # the whole name may be a town the tagger took for a firm
        m = _try_tokens(toks, False, _SIZEABLE, _BIG)
        if m is not None:
            return [m]
    for n in range(min(_MAX_WORDS, len(toks) - 1), 0, -1):
        m = _try_tokens(toks[:n], False, _MIN_POPULATION)
        if m is not None:
            return [m]
    return []


def _try_tokens(
    toks: list[Token], demonyms: bool, min_population: int, alternates: int = -1
) -> Mention | None:
    if not all(t.is_title or (t.is_upper and len(t) > 1) or t.text in _INNER for t in toks):
        return None
    if toks[0].text in _INNER or toks[-1].text in _INNER or toks[0].is_stop:
        return None
    if _bracketed_acronym(toks):
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    # Contiguous tokens: their texts with trailing space rebuild the exact span (``doc.text``
    # would join the whole document on every call).
    text = "".join(t.text_with_ws for t in toks[:-1]) + toks[-1].text
    key = name_key(text)
    if key in _not_places():
        return None
    demonym = demonym_table().get(key) if demonyms else None
    if demonym is not None:
        return Mention(start, end, text, [(demonym, ALIAS)], demonym=True)
    cands = gazetteer().lookup(text)
    if cands and _plausible(cands, min_population, alternates):
        weak = not _plausible(cands, min_population)
        return Mention(start=start, end=end, text=text, candidates=cands, weak=weak)
    return None


def _bracketed_acronym(toks: list[Token]) -> bool:
    """'(MENA)': capitals in brackets after the name they abbreviate, not a town."""
    doc, first, last = toks[0].doc, toks[0].i, toks[-1].i
    if first == 0 or last + 1 >= len(doc) or not all(t.is_upper for t in toks):
        return False
    return doc[first - 1].text == "(" and doc[last + 1].text == ")"


@functools.cache
def _lead_words() -> frozenset[str]:
    """Words skipped at the start of a tagged name (time zones of agency datelines)."""
    return frozenset(r["word"] for r in read_tsv("not_places.tsv") if r["where"] == "lead")


@functools.cache
def _not_places(where: str = "scan") -> frozenset[str]:
    """Keys never taken as places ('always'), or not when scanning ('scan': both lists)."""
    rows = read_tsv("not_places.tsv")
    return frozenset(name_key(r["word"]) for r in rows if where == "scan" or r["where"] == where)


def _outside_entities(doc: Doc) -> list[Mention]:
    """Proper-noun runs the recogniser left out ('MANSFIELD - Police said ...')."""
    if not len(doc):
        return []
    # One vectorised pass over the token attributes instead of a Python loop over tokens.
    arr = doc.to_array([ENT_TYPE, POS, IS_UPPER, IS_ALPHA])
    wanted = (arr[:, 0] == 0) & ((arr[:, 1] == PROPN) | ((arr[:, 2] != 0) & (arr[:, 3] != 0)))
    out: list[Mention] = []
    for run in _runs(numpy.flatnonzero(wanted)):
        out.extend(_scan([doc[i] for i in run], min_population=_SIZEABLE))
    return out


def _runs(idx: numpy.ndarray) -> list[range]:
    """Consecutive indices grouped: [3, 4, 9] -> [range(3, 5), range(9, 10)]."""
    if not len(idx):
        return []
    breaks = numpy.flatnonzero(numpy.diff(idx) != 1) + 1
    return [range(int(p[0]), int(p[-1]) + 1) for p in numpy.split(idx, breaks)]


def _name_mentions(text: str, offset: int, after_comma: bool = False) -> list[Mention]:
    out = []
    for n, part in enumerate(_PARTS.finditer(text)):
        mention = _lookup_span(part.group(), offset + part.start(), after_comma or n > 0)
        if mention is not None:
            out.append(mention)
    return out


def _lookup_span(text: str, start: int, after_comma: bool = False) -> Mention | None:
    """Trim articles, possessives and space, then look the name up.

    A postal code ("OK", "IN") only counts after a comma, as in "Tulsa, OK".
    """
    stripped = text.strip()
    start += len(text) - len(text.lstrip())
    lead = _LEADING.match(stripped)
    if lead:
        stripped, start = stripped[lead.end() :], start + lead.end()
    stripped = _TRAILING.sub("", stripped)
    if not stripped or not stripped[0].isupper():
        return None
    if name_key(stripped) in _not_places("always"):
        return None
    cands = gazetteer().lookup(stripped)
    if after_comma and len(stripped) == 2 and stripped.isupper():
        cands = cands + gazetteer().lookup(POSTAL + stripped)
    if not cands:
        cands = _without_place_word(stripped)
    if not cands or not _plausible(cands, 0, _MIN_POPULATION):
        return None
    return Mention(start=start, end=start + len(stripped), text=stripped, candidates=cands)


def _narrow_by_word(m: Mention, word: str) -> None:
    """'New York state': keep the readings of the kind the following word names."""
    features = _PLACE_WORDS.get(word)
    if features is not None:
        entries = gazetteer().entries
        kept = [c for c in m.candidates if entries[c[0]].feature[:3] in features]
        m.candidates = kept or m.candidates


def _without_place_word(text: str) -> list[tuple[int, int]]:
    """'New York state', 'Quebec City': the bare name, read as the kind of place it says."""
    head, _, last = text.rpartition(" ")
    features = _PLACE_WORDS.get(last.casefold())
    if not head or features is None:
        return []
    entries = gazetteer().entries
    cands = gazetteer().lookup(head)
    kept = [c for c in cands if entries[c[0]].feature[:3] in features]
    return kept or cands


def _demonym_mentions(ent: Span) -> list[Mention]:
    text = ent.text
    stripped = text.strip()
    i = demonym_table().get(name_key(stripped))
    if i is None:
        return []
    start = ent.start_char + len(text) - len(text.lstrip())
    return [Mention(start, start + len(stripped), stripped, [(i, ALIAS)], demonym=True)]
