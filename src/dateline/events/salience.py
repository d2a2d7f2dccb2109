"""Which of a sentence's events it reports, and which it tells only in passing.

A sentence picked because it reports an event (the PLOVER gold records, CAMEO-coded wire
data) is coded with that one event: for "X said Y attacked Z", Y's attack; not the acts
named in its relative clauses, appositions, purposes or background ("ahead of the visit").
dateline keeps every act it finds, as an analyst reading the article would, and marks the
reported ones ``main``, as GDELT marks its root events (``IsRootEvent``).

The reported events are those whose trigger stands highest in the parse: each step up the
dependency tree counts one, except from a conjunct to its head (coordinated acts are told
alike) and from a report's content to the report verb ("said", "told": cues.tsv `report`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Lexicon, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["depth", "reported"]

_CONTENT = frozenset({"ccomp", "parataxis"})


def depth(tok: Token, lex: Lexicon) -> int:
    """How far below its sentence's root ``tok`` is told (conjuncts and report contents are
    as high as their heads)."""
    reports = lex.cues["report"]
    steps = 0
    while tok.head.i != tok.i:
        head = tok.head
        if tok.dep_ != "conj" and not (tok.dep_ in _CONTENT and lemma(head) in reports):
            steps += 1
        tok = head
    return steps


def reported(told: list[tuple[int, bool]]) -> list[bool]:
    """For each of a sentence's tellings (its depth, and whether it is told as real: not
    negated, conditional or set in the background), whether it is one the sentence reports:
    the highest of the real ones (or of all, when none is real)."""
    if not told:
        return []
    real = [d for d, is_real in told if is_real]
    top = min(real) if real else min(d for d, _ in told)
    return [d <= top for d, _ in told]
