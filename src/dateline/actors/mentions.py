"""Find actor mentions: lexicon anchors and named entities, joined into phrases.

An anchor is a country form, an organisation, a role title, a group noun or a person's name. Adjacent
anchors join into one phrase when only modifiers stand between them ("Japanese Foreign Minister
Yoshimasa Hayashi", "Israel's Cabinet", "Afghan rebel leaders"), so a phrase is one mention and its
span runs from its first anchor to its last: title and name together, as PLOVER's actorText does.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import CountryForm, GroupEntry, OrgEntry, RoleEntry, cities, key, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Anchor", "Phrase", "find_phrases", "national_org"]

# Parts of speech that may stand between a modifier and its head ("Lebanon's new President").
_FILLER_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "ADV"})
_MAX_FILLER = 3
# Words that make a title not a present office, so nothing is learned from it.
_FORMER = re.compile(r"\b(?:former|ex|ousted|deposed|late|exiled|outgoing)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"^(?:'s|’s|')")
_COORD = re.compile(r"^\s*(?:,\s*)?and\s+$")
# "president of Armenia", "rebels in the Ivory Coast": a country after the head.
_OF_COUNTRY = re.compile(r"^\s+(?:of|in|from|throughout|across)\s+(?:the\s+)?$")
# "the president of Armenia", "the Interior Department of Pakistan": "of" alone.
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
_OF_SECTORS = frozenset(
    {"GOV", "REB", "OPP", "CVL", "EDU", "LAB", "AGR", "POL", "REF", "LEG", "JUD"}
)
_ETHNIC = re.compile(r"\bethnic\s+$", re.IGNORECASE)
_CURRENCY = re.compile(r"^\s?\$")  # "US $50 million" names a currency, not a country
# "New Mexico" is a US state and the "Gulf of Mexico" a sea, not Mexico.
_NEW = re.compile(r"\b(?:New|Gulf of|Bay of|Sea of) $")
_PLURAL = re.compile(r"(?:[^s]s|men)$", re.IGNORECASE)  # "ministers", "chairmen"; not "boss"
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")
_IN_NAME = re.compile(r" [A-Z][a-z]")
_MID_SENTENCE = re.compile(r"[a-z,] ?$")
_NAME_AFTER_TITLE = re.compile(r"\s((?:[A-Z][\w'’.-]*\s?){1,4})")


@dataclass(slots=True)
class Anchor:
    """A lexicon hit or a name: one of country, org, role, group, person, entity."""

    start: int
    end: int
    type: str  # country, org, role, group, person, entity
    text: str
    country: CountryForm | None = None
    org: OrgEntry | None = None
    role: RoleEntry | None = None
    group: GroupEntry | None = None
    possessive: bool = False  # followed by 's
    ethnic: bool = False  # "ethnic Albanians": an ethnicity, not a nationality
    label: str = ""  # the spaCy entity label of a name anchor


@dataclass(slots=True)
class Phrase:
    """Anchors that name one actor, with the country that follows the head, if any."""

    anchors: list[Anchor]
    of_country: Anchor | None = None
    # The phrase this one is coordinated with ("X and Defense Minister Y").
    inherit: Phrase | None = None
    former: bool = False
    # "the foreign ministers of Germany, Japan, India and Brazil": of several countries, no one's.
    several: bool = False

    @property
    def start(self) -> int:
        return self.anchors[0].start

    @property
    def end(self) -> int:
        last = self.of_country or self.anchors[-1]
        return last.end

    def find(self, type_: str) -> Anchor | None:
        return next((a for a in self.anchors if a.type == type_), None)

    def last(self, *types: str) -> Anchor | None:
        return next((a for a in reversed(self.anchors) if a.type in types), None)


def _lexicon_anchors(text: str) -> list[Anchor]:
    lex = lexicon()
    found: list[Anchor] = []
    for m in lex.proper_re.finditer(text):
        form = " ".join(m.group().split())
        country = lex.countries.get(form)
        if (
            country is not None
            and not country.region
            and _CURRENCY.match(text[m.end() : m.end() + 2])
        ):
            continue  # "US $50 million", not "pay Louisiana $25 million"
        if country is not None and _NEW.search(text, max(0, m.start() - 8), m.start()):
            continue
        kind = "country" if country else "org"
        anchor = Anchor(
            m.start(), m.end(), kind, m.group(), country=country, org=lex.orgs.get(form)
        )
        anchor.ethnic = country is not None and bool(
            _ETHNIC.search(text[max(0, m.start() - 7) : m.start()])
        )
        found.append(anchor)
    for m in lex.role_re.finditer(text):
        if m.group().upper() in lex.exact_case and m.group() not in lex.exact_case:
            continue
        role = lex.roles[key(m.group())]
        if (
            role.rank == 0
            and m.group()[:1].isupper()
            and _IN_NAME.match(text, m.end())
            and _MID_SENTENCE.search(text[max(0, m.start() - 2) : m.start()])
        ):
            continue  # "the Official Chart Company": a capitalised post word inside a name
        found.append(Anchor(m.start(), m.end(), "role", m.group(), role=role))
    for m in lex.group_re.finditer(text):
        found.append(
            Anchor(m.start(), m.end(), "group", m.group(), group=lex.groups[key(m.group())])
        )
    return found


def _entity_anchors(doc: Doc, text: str) -> list[Anchor]:
    out = []
    ents = doc.ents
    for i, ent in enumerate(ents):
        if not ent.text.removeprefix("the ")[:1].isupper():
            continue  # names start with a capital; anything else is a tagging slip
        if ent.label_ == "PERSON" and len(ent) == 1 and _among_places(ents, i, text):
            continue  # "Bani Walid, Sirte and Sabha": a town the tagger took for a name
        if ent.label_ == "PERSON":
            # The tagger sometimes keeps the possessive ("Zoran Djindjic's") or a capitalised
            # word before the name ("Without Hosni Mubarak").
            end = ent.end_char - 2 if ent.text.endswith(("'s", "’s")) else ent.end_char
            honorifics = lexicon().honorifics
            lead = next((t for t in ent if t.pos_ == "PROPN" and t.text not in honorifics), None)
            start = lead.idx if lead is not None else ent.start_char
            if end > start and not any(c.isdigit() for c in ent.text):
                out.append(Anchor(start, end, "person", text[start:end]))
        elif ent.label_ == "ORG":
            if _dateline(ent.text):
                continue
            name = re.sub(r"(?:'s|’s)$", "", ent.text).rstrip(" ([{-,;:")
            start = ent.start_char + (4 if name.lower().startswith("the ") else 0)
            end = ent.start_char + len(name)
            if end > start:
                out.append(Anchor(start, end, "entity", text[start:end], label="ORG"))
        elif ent.label_ in ("GPE", "NORP"):
            # Only kept if it turns out to be a known person's name ("Ruto" tagged as a place).
            end = ent.end_char - 2 if ent.text.endswith(("'s", "’s")) else ent.end_char
            out.append(
                Anchor(ent.start_char, end, "entity", text[ent.start_char : end], label=ent.label_)
            )
    return out


def _among_places(ents: tuple[Span, ...], i: int, text: str) -> bool:
    """Whether entity ``i`` is listed with a place next to it ("Bani Walid, Sirte and Sabha")."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(ents) and ents[j].label_ in ("GPE", "LOC"):
            a, b = (ents[j], ents[i]) if j < i else (ents[i], ents[j])
            if _LIST_GAP.fullmatch(text[a.end_char : b.start_char]):
                return True
    return False


def _dateline(name: str) -> bool:
    """ "BST LONDON": a time zone and a city in capitals, the dateline of a wire story."""
    words = name.split()
    return len(words) > 1 and name.isupper() and words[-1].title() in cities()


def _priority(a: Anchor) -> tuple[int, int, int]:
    order = {"country": 0, "org": 0, "role": 1, "group": 2, "person": 3, "entity": 4}
    return (a.start, -(a.end - a.start), order[a.type])


def _merge(lexical: list[Anchor], entities: list[Anchor], text: str) -> list[Anchor]:
    """Non-overlapping anchors; a name entity keeps only what follows the titles inside it."""
    chosen: list[Anchor] = []
    last_end = -1
    for a in sorted(lexical, key=_priority):
        if a.start >= last_end:
            chosen.append(a)
            last_end = a.end
    taken = [(a.start, a.end) for a in chosen]  # sorted and non-overlapping
    for ent in entities:
        inside = _overlapping(taken, ent.start, ent.end)
        if not inside:
            chosen.append(ent)
            continue
        if ent.label in ("GPE", "NORP"):
            continue  # the lexicon knows better what a place name stands for
        if ent.type == "entity":
            _org_entity(ent, chosen, inside)
            continue
        if _name_wins(ent, chosen):
            continue
        # "President Bush" tagged PERSON as a whole: the name is what follows the last anchor.
        tail = max(e for _, e in inside)
        rest = text[tail : ent.end]
        if tail < ent.end and rest.strip() and rest.strip()[0].isupper():
            skip = len(rest) - len(rest.lstrip())
            chosen.append(Anchor(tail + skip, ent.end, "person", rest.strip()))
    chosen.sort(key=lambda a: a.start)
    for a in chosen:
        a.possessive = bool(_POSSESSIVE.match(text[a.end : a.end + 2]))
    return chosen


def _overlapping(taken: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans of sorted, non-overlapping ``taken`` that overlap [start, end)."""
    i = max(bisect.bisect_right(taken, (start, -1)) - 1, 0)
    out = []
    while i < len(taken) and taken[i][0] < end:
        if taken[i][1] > start:
            out.append(taken[i])
        i += 1
    return out


def _name_wins(ent: Anchor, chosen: list[Anchor]) -> bool:
    """A country or capital in a person's name is part of the name: "Michael Jordan",
    "Chad Smith" (a first name, where a country's name cannot stand: "Japan Hayashi")."""
    parts = [a for a in chosen if a.start < ent.end and a.end > ent.start]
    if any(a.type == "role" or a.start < ent.start or a.end > ent.end for a in parts):
        return False
    first = parts[0] if parts else None
    if first is not None and first.start == ent.start:
        as_first_name = (
            len(parts) == 1
            and ent.end > first.end + 1
            and first.type == "country"
            and first.country is not None
            and first.country.form == "name"
            and " " not in first.text
            and not first.possessive
        )
        if not as_first_name:
            return False
    for a in parts:
        chosen.remove(a)
    chosen.append(ent)
    return True


def _org_entity(ent: Anchor, chosen: list[Anchor], inside: list[tuple[int, int]]) -> None:
    """An ORG entity naming a country's body: "Kenya Anti-Corruption Commission", "Movement for
    the Actualization of the Sovereign State of Biafra", "Baghdad University"."""
    parts = [a for a in chosen if a.start < ent.end and a.end > ent.start]
    if not parts or (len(parts) == 1 and (parts[0].start, parts[0].end) == (ent.start, ent.end)):
        return
    # "the Department of Justice": a state's body, whatever role word sits inside its name
    agency = is_agency(ent.text)
    if any(a.type in ("role", "person") for a in parts) and not agency:
        return
    if any(a.type == "org" and not _is_capital(a) for a in parts):
        return
    place = next(
        (a for a in parts if a.type == "country" or _is_capital(a) and a.start == ent.start), None
    )
    if place is None and not agency:
        return
    # a state's body named with no country ("the Department of Justice") keeps none: the
    # article's context may give it one
    if place is not None and place.type == "org" and place.org is not None and place.org.country:
        # An institution named for a capital is taken to be in it.
        ent.country = CountryForm(place.org.country, "name")
    elif place is not None:
        ent.country = place.country
    # a people's word inside a state body's name does not make it a crowd: "the National
    # Oceanic and Atmospheric Administration" is no group of nationals
    ent.group = next(
        (
            a.group
            for a in parts
            if a.type == "group"
            and not (agency and a.group is not None and a.group.sector == "CVL")
        ),
        None,
    )
    for a in parts:
        chosen.remove(a)
    chosen.append(ent)


def is_agency(name: str) -> bool:
    """A name with a word that names a state's body ("Department", "Agency", "Service")."""
    return any(word in lexicon().agency_words for word in name.split())


def _is_capital(a: Anchor) -> bool:
    return a.type == "org" and a.org is not None and a.org.kind == "capital"


def _gap_ok(doc: Doc, a: Anchor, b: Anchor, text: str) -> bool:
    """Only modifiers (or a possessive) stand between ``a`` and ``b``."""
    gap = text[a.end : b.start]
    if a.possessive:
        gap = _POSSESSIVE.sub("", gap)
    if not gap.strip():
        return gap == "" or gap.isspace() and "\n" not in gap
    if "\n" in gap or any(c in gap for c in ',;:()"“”'):
        return False
    span = doc.char_span(a.end, b.start, alignment_mode="contract")
    if span is None:
        return False
    tokens = [t for t in span if not (a.possessive and t.i == span.start and t.tag_ == "POS")]
    if len(tokens) > _MAX_FILLER:
        return False
    return all(_filler(t) for t in tokens)


def _filler(t: Token) -> bool:
    """A modifier word: "new", "senior", "newly appointed", "acting" (not "bombed")."""
    if t.tag_ == "HYPH" or t.pos_ in _FILLER_POS:
        return True
    return t.tag_ in ("VBN", "VBG") and t.dep_ in ("amod", "compound")


def _joinable(doc: Doc, a: Anchor, b: Anchor, text: str) -> bool:
    if _national_body(a, b, text):
        return True
    if b.type in ("country", "org", "entity") or a.type == "person":
        return False
    if a.type == "org" and a.org is not None and a.org.kind == "capital" and not a.possessive:
        return False  # "Cairo's security chief" is Egypt's; "St. John's University" is no one's
    if a.type == "entity" and a.country is None:
        return False
    if a.type in ("role", "group") and a.possessive:
        return False
    if a.type == "org" and a.org is not None and a.org.sector == "MED":
        # "the Kyodo news agency" is Kyodo; "CNN's Kareem Khadder" is no one's but his own.
        return (
            b.type == "group"
            and b.group is not None
            and b.group.sector == "MED"
            and not a.possessive
        )
    if b.type == "person" and a.type in ("role", "group"):
        # A title heads a name only directly ("President Bush", "Gen Sir Mike Jackson"), not
        # across other words ("president said Bush").
        gap = text[a.end : b.start]
        words = gap.split()
        return (
            "\n" not in gap and gap[:1].isspace() and all(w in lexicon().honorifics for w in words)
        )
    return _gap_ok(doc, a, b, text)


def national_org(a: Anchor) -> bool:
    """An organisation the organisations table gives a country ("BP", "Justice Department",
    "Taliban"), not a capital or a building standing for a government."""
    return (
        a.type == "org"
        and a.org is not None
        and a.org.kind == "organization"
        and bool(a.org.country)
    )


def _state_body(a: Anchor) -> bool:
    """A state's own body the organisations table gives a country: "Justice Department"."""
    return national_org(a) and a.org is not None and a.org.sector in ("GOV", "MIL", "POL", "SPY")


def _national_body(a: Anchor, b: Anchor, text: str) -> bool:
    """A country just before a national body it names: "the Italian Coast Guard", "Canada's
    Department of Justice", "the Pakistani Taliban" (the country wins over the body's usual one)."""
    if a.type != "country" or a.country is None or a.ethnic or a.country.region:
        return False
    if not national_org(b):
        return False
    gap = text[a.end : b.start]
    if a.possessive:
        gap = _POSSESSIVE.sub("", gap)
    return gap == " "


def _title_names(
    doc: Doc, anchors: list[Anchor], text: str, known: Callable[[str], bool]
) -> list[Anchor]:
    """Names the tagger missed right after a title ("Defence Secretary Lloyd Austin")."""
    starts = {a.start for a in anchors}
    extra = []
    for a in anchors:
        if a.type != "role" or a.role is None or a.role.rank != 1:
            continue
        m = _NAME_AFTER_TITLE.match(text, a.end)
        if not m or m.start(1) in starts:
            continue
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        words = [t for t in span or () if t.pos_ == "PROPN"]
        # One word is too often a name's other half ("General Motors", "Justice Department")
        # unless it is the name of someone known ("President Ruto").
        one_known = len(words) == 1 and known(words[0].text)
        if (len(words) >= 2 or one_known) and words[0].idx == m.start(1):
            end = words[-1].idx + len(words[-1])
            if any(b.start < end and b.end > m.start(1) for b in anchors):
                continue  # part of it is already a name or a title
            if all(
                t.pos_ == "PROPN"
                for t in doc.char_span(m.start(1), end, alignment_mode="contract") or ()
            ):
                extra.append(Anchor(m.start(1), end, "person", text[m.start(1) : end]))
    return extra


def _titled_entities(anchors: list[Anchor], text: str) -> None:
    """A name right after a title is a person even if tagged ORG ("Vice-President Moody Awori")."""
    for a, b in zip(anchors, anchors[1:], strict=False):
        if a.type == "role" and a.role is not None and a.role.rank == 1 and b.type == "entity":
            gap = text[a.end : b.start]
            if b.label == "ORG" and b.country is None and gap.isspace() and "\n" not in gap:
                b.type = "person"


def find_phrases(
    doc: Doc, text: str, known: Callable[[str], bool] = lambda name: False
) -> list[Phrase]:
    """The actor phrases of a document, in text order.

    ``text`` is ``doc.text`` (which spaCy rebuilds on each call); ``known`` says whether a single
    word is a known person's name, so "President Ruto" is read even when the tagger misses it.
    """
    anchors = _merge(_lexicon_anchors(text), _entity_anchors(doc, text), text)
    extra = _title_names(doc, anchors, text, known)
    if extra:
        anchors = sorted(anchors + extra, key=lambda a: a.start)
    _titled_entities(anchors, text)
    phrases: list[Phrase] = []
    current: list[Anchor] = []
    for a in anchors:
        if current and _joinable(doc, current[-1], a, text):
            current.append(a)
            continue
        if current:
            phrases.append(_phrase(current, text))
        current = [a]
    if current:
        phrases.append(_phrase(current, text))
    return _attach(phrases, text)


def _phrase(anchors: list[Anchor], text: str) -> Phrase:
    phrase = Phrase(anchors=anchors)
    phrase.former = bool(_FORMER.search(text[max(0, anchors[0].start - 12) : anchors[-1].end]))
    return phrase


def _attach(phrases: list[Phrase], text: str) -> list[Phrase]:
    """Fold "of <country>" into the phrase before it and mark coordinated titles."""
    out: list[Phrase] = []
    for i, phrase in enumerate(phrases):
        prev = out[-1] if out else None
        if prev is not None and _takes_of_country(prev, phrase, text):
            prev.of_country = phrase.anchors[0]
            after = phrases[i + 1] if i + 1 < len(phrases) else None
            prev.several = (
                after is not None
                and _plural(prev.anchors[-1])
                and _listed_country(phrase, after, text)
            )
            continue
        if prev is not None and _COORD.match(text[prev.end : phrase.start]):
            phrase.inherit = prev
        out.append(phrase)
    return out


def _plural(head: Anchor) -> bool:
    """A group or a plural post ("ministers"), not one person's title ("Queen of Great Britain
    and Ireland")."""
    return head.type == "group" or _PLURAL.search(head.text) is not None


def _listed_country(phrase: Phrase, after: Phrase, text: str) -> bool:
    """Whether another country follows in a list ("of Germany, Japan, India and Brazil"; not
    "from Louisiana, Alabama and Mississippi", regions of one country)."""
    first, then = phrase.anchors[0].country, after.anchors[0].country
    return (
        len(after.anchors) == 1
        and after.anchors[0].type == "country"
        and not after.anchors[0].possessive  # "the president of Armenia, Russia's ally"
        and _LIST_GAP.fullmatch(text[phrase.end : after.start]) is not None
        and not (first is not None and then is not None and first.iso3 == then.iso3)
    )


def _takes_of_country(prev: Phrase, phrase: Phrase, text: str) -> bool:
    if len(phrase.anchors) != 1 or phrase.anchors[0].type != "country":
        return False
    if phrase.anchors[0].country is None or phrase.anchors[0].country.form != "name":
        return False
    if phrase.anchors[0].possessive or prev.of_country is not None:
        return False
    head = prev.anchors[-1]
    gap = text[prev.end : phrase.start]
    # "the Interior Department of Pakistan": a state's body the country after it names
    state_body = len(prev.anchors) == 1 and _state_body(head)
    if not state_body and (
        any(a.type == "country" for a in prev.anchors) or prev.find("org") is not None
    ):
        return False
    if state_body or head.type in ("person", "role"):
        return _OF_GAP.fullmatch(gap) is not None
    if head.type == "group" and head.group is not None and head.group.sector in _OF_SECTORS:
        return _OF_COUNTRY.match(gap) is not None
    return False
