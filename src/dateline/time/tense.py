"""The tense that governs a time expression, read from spaCy's parse and morphology.

An underspecified date ("on Tuesday", "in January") is resolved forwards or backwards from
the article's date depending on whether the verb that governs it is future, past or present.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PAST, PRESENT, FUTURE = "PAST", "PRESENT", "FUTURE"
_VERBAL = frozenset({"VERB", "AUX"})
# "as early as Tuesday", "as soon as Friday" look ahead whatever the verb.
LOOKS_AHEAD = re.compile(r"\b(?:as\s+(?:early|soon)\s+as|no\s+later\s+than)\s+$", re.IGNORECASE)
# How far up the tree a time expression may sit below its verb (prep → noun → prep → verb).
_MAX_HOPS = 6


@functools.cache
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    lex = lexicon()["tense"]
    return frozenset(lex["future_aux"]), frozenset(lex["future_governors"])


def governor(doc: Doc, start: int, end: int) -> Token | None:
    """The verb (or, failing that, the root) that the expression at ``start:end`` hangs from."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(_MAX_HOPS):
        if tok.pos_ in _VERBAL and not (start <= tok.idx < end):
            return tok
        if tok.head.i == tok.i:  # the root (Token objects are made afresh: compare indices)
            return tok
        tok = tok.head
    return tok


def tense_of(verb: Token, depth: int = 0) -> str | None:
    """PAST, PRESENT or FUTURE for a verb, from its auxiliaries, morphology and governor."""
    future_aux, future_gov = _cues()
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & future_aux:
        return FUTURE
    if ("to" in words or verb.dep_ == "xcomp") and verb.head.i != verb.i and depth < 3:
        head = verb.head
        # "plans to meet Friday" is ahead; "declined to comment Friday" took the head's time.
        if head.lemma_.lower() in future_gov or (head.lemma_ == "be" and "to" in words):
            return FUTURE
        if head.pos_ not in _VERBAL:
            # "the first countries to accede on Friday were ...": the noun's own verb decides.
            head = _verb_above(head)
            if head is None:
                return None
        return tense_of(head, depth + 1)
    if verb.lemma_.lower() in ("plan", "schedule"):
        return FUTURE  # "has scheduled a news conference Thursday" looks ahead
    if verb.lemma_.lower() in future_gov and not _is_past(verb) and words & {"is", "are", "am"}:
        return FUTURE
    if _is_past(verb) or any(_is_past(a) for a in auxes):
        return PAST
    # Present perfect ("has met") tells of the past.
    if words & {"has", "have", "'ve", "'s"} and "Part" in verb.morph.get("VerbForm"):
        return PAST
    if "Pres" in verb.morph.get("Tense") or any("Pres" in a.morph.get("Tense") for a in auxes):
        return PRESENT
    return None


def _verb_above(tok: Token) -> Token | None:
    for _ in range(_MAX_HOPS):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in _VERBAL:
            return tok
    return None


def _is_past(tok: Token) -> bool:
    return "Past" in tok.morph.get("Tense") and "Part" not in tok.morph.get("VerbForm")


def tense_at(doc: Doc, start: int, end: int) -> str | None:
    verb = governor(doc, start, end)
    if verb is None or verb.pos_ not in _VERBAL:
        return None
    return tense_of(verb)
