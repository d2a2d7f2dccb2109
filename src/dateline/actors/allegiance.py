"""Groups tied to the person or body they fight for or against, read from the parse: "forces loyal
to Gadhafi", "pro-Gaddafi forces", "anti-Gadhafi forces", "Assad's troops", "Gaddafi loyalists".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lexicon import DATA, read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["AGAINST", "WITH", "Tie", "cues", "followers", "prefix_stance", "tie_of"]

WITH, AGAINST = "with", "against"
# "pro-Gaddafi": the word and hyphen written right before the name.
_PREFIX = re.compile(r"\b([A-Za-z]+)[-‐–]\s*$")
# A name or pronoun before the noun ties it only as its owner ("Assad's troops", "his forces",
# "Gaddafi loyalists"), not as a place or a nationality ("Homs forces" is not a person's).
_OWNER_DEPS = frozenset({"poss", "compound"})
_NAME_DEPS = _OWNER_DEPS | {"amod", "nmod"}
# How far after "loyal to" a name may end ("to Libyan leader Col. Moammar Gadhafi").
_NAME_REACH = 6


@dataclass(frozen=True, slots=True)
class Tie:
    """Where the owner of a group is written, and whether the group fights for or against them."""

    start: int
    end: int
    stance: str  # WITH or AGAINST
    cue: str  # the word that says so ("loyal", "pro"), or "" for a possessive or a name before


@functools.cache
def followers() -> frozenset[str]:
    """Unarmed group nouns that a possessive or a name ties to a person ("his supporters")."""
    return frozenset(word for word, (_, place) in cues().items() if place == "noun")


@functools.cache
def cues() -> dict[str, tuple[str, str]]:
    """Cue word -> (stance, place), from data/allegiance.tsv."""
    return {r["word"]: (r["stance"], r["place"]) for r in read_tsv(DATA / "allegiance.tsv")}


def prefix_stance(text: str, start: int) -> str | None:
    """The stance of a "pro-"/"anti-" written right before ``start`` ("pro-government"), if any."""
    hit = _PREFIX.search(text, max(0, start - 8), start)
    entry = cues().get(hit.group(1).lower()) if hit is not None else None
    return entry[0] if entry is not None and entry[1] == "prefix" else None


def tie_of(head: Token, text: str) -> Tie | None:
    """The tie of the group whose head noun is ``head``, if its own phrase states one."""
    return _loyal_to(head) or _named_before(head, text)


def _loyal_to(head: Token) -> Tie | None:
    """ "forces loyal to Gadhafi": an adjective of the list after the noun, with "to" and a name."""
    for adj in head.rights:
        entry = cues().get(adj.lower_)
        if adj.dep_ != "amod" or entry is None or entry[1] != "after":
            continue
        to = adj.nbor(1) if adj.i + 1 < len(adj.doc) else None
        if to is None or to.lower_ != "to":
            continue
        obj = next((t for t in to.children if t.dep_ == "pobj"), None) or _name_after(to)
        if obj is not None:
            return Tie(obj.idx, obj.idx + len(obj), entry[0], adj.lower_)
    return None


def _name_after(to: Token) -> Token | None:
    """The last word of the first name after "to", where the parser lost the object ("loyal to
    Libyan leader Moammar Gadhafi fired": "Gadhafi" taken for the subject)."""
    doc, found = to.doc, None
    for tok in doc[to.i + 1 : min(len(doc), to.i + 1 + _NAME_REACH)]:
        if tok.pos_ in ("PROPN", "PRON"):
            found = tok
        elif found is not None or tok.pos_ in ("VERB", "AUX", "PUNCT"):
            break
    return found


def _named_before(head: Token, text: str) -> Tie | None:
    """ "Assad's troops", "Gaddafi loyalists", "pro-Gaddafi forces", "anti-Gadhafi forces"."""
    # Nearest first: in "anti - Gadhafi forces" the tagger may hang all three words on the noun.
    for child in reversed(list(head.lefts)):
        if child.dep_ not in _NAME_DEPS:
            continue
        start, end = child.left_edge.idx, child.idx + len(child)
        hit = _PREFIX.search(text, max(0, start - 8), start)
        if hit is not None:
            # The tagger reads "Anti-Assad" as an adjective as often as a name.
            entry = cues().get(hit.group(1).lower())
            if entry is not None and entry[1] == "prefix" and child.text[:1].isupper():
                return Tie(start, end, entry[0], hit.group(1).lower())
        elif child.dep_ in _OWNER_DEPS and child.pos_ in ("PROPN", "PRON"):
            return Tie(start, end, WITH, "")
    return None
