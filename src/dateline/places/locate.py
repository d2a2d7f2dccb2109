"""Where an event happened: a place the parse attaches to its trigger by a locative preposition.

Only what the text says: "talks ... in Washington" gives Washington; the outlet's dateline
city, or a place elsewhere in the sentence, gives nothing.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ..document import Document
from ..records import Place
from .gazetteer import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["location_for"]

# Nouns that carry an event ("talks", "visit") usually hang under a light verb ("hold talks
# in Washington" attaches "in" to "hold"), so the verb's prepositions count too.
_NOUN_TO_VERB = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "pobj", "appos"})


@functools.cache
def _cues() -> dict[str, frozenset[str]]:
    return {r["preposition"]: frozenset(r["lemmas"].split()) for r in read_tsv("location_cues.tsv")}


def location_for(doc: Document, trigger: Token) -> Place | None:
    """The place the text says the event of ``trigger`` happened at, or None."""
    if not doc.places:
        return None
    lemma = trigger.lemma_.lower()
    for head in _heads(trigger):
        place = _place_under(doc, head, lemma)
        if place is not None:
            return place
    if trigger.pos_ == "NOUN":  # "a conference on the treaty in New York"
        return _place_in_subtree(doc, trigger)
    if trigger.pos_ == "VERB":  # "attend a conference on X in New York"
        for obj in trigger.children:
            if obj.dep_ == "dobj":
                place = _place_in_subtree(doc, obj)
                if place is not None:
                    return place
    return None


def _place_in_subtree(doc: Document, obj: Token) -> Place | None:
    cues = _cues()
    for tok in obj.subtree:
        if tok.dep_ == "prep" and not cues.get(tok.lower_, {"-"}):
            for pobj in tok.children:
                if pobj.dep_ == "pobj":
                    place = _place_at(doc, pobj)
                    if place is not None:
                        return place
    return None


def _heads(trigger: Token) -> list[Token]:
    heads = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in _NOUN_TO_VERB:
        head = trigger.head
        if head.dep_ == "prep":  # "for a meeting in X": the preposition's own head
            head = head.head
        if head is not trigger:
            heads.append(head)
    return heads


def _place_under(doc: Document, head: Token, lemma: str) -> Place | None:
    cues = _cues()
    for child in head.children:
        if child.dep_ != "prep":
            continue
        lemmas = cues.get(child.lower_)
        if lemmas is None or (lemmas and lemma not in lemmas and head.lemma_.lower() not in lemmas):
            continue
        for obj in child.children:
            if obj.dep_ == "pobj":
                place = _place_at(doc, obj)
                if place is not None:
                    return place
    return None


def _place_at(doc: Document, obj: Token) -> Place | None:
    """The place covering the object token, else the first place in its phrase."""
    first: Place | None = None
    lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
    for p in doc.places:
        if p.start <= obj.idx < p.end:
            return p
        if first is None and lo <= p.start and p.end <= hi:
            first = p
    return first
