"""The time stage: TIMEX3 expressions recognised and normalised against the article's date.

``run`` appends :class:`~dateline.records.Timex` records to the document; ``date_for`` gives
the events stage the time expression attached to an event trigger.
"""

from __future__ import annotations

import time as _time
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..document import Document
from ..records import Timex
from .recognise import recognise
from .tense import date_tense, governor

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["bench_time", "date_for", "recognise", "run"]

# doc.notes key: list of (Timex, index of its governing token or None), in text order.
GOVERNORS = "time.governors"
_DATED = frozenset({"DATE", "TIME"})
_SAME_EVENT = frozenset({"xcomp", "aux"})
_DESCRIBES = frozenset({"acl", "relcl"})


def run(doc: Document) -> None:
    """Add the article's time expressions to ``doc.timexes`` and note their governing tokens."""
    spacy_doc, text = doc.doc, doc.text

    def tense(start: int, end: int) -> str | None:
        return date_tense(spacy_doc, start, end, text)

    found = recognise(doc.text, doc.date, tense)
    doc.timexes.extend(found)
    doc.notes[GOVERNORS] = None  # computed lazily by date_for: most callers never need it
    doc.notes["time.count"] = len(found)


def _governors(doc: Document) -> list[tuple[Timex, int | None]]:
    cached = doc.notes.get(GOVERNORS)
    if isinstance(cached, list):
        return cached
    out: list[tuple[Timex, int | None]] = []
    for t in doc.timexes:
        gov = governor(doc.doc, t.start, t.end)
        out.append((t, gov.i if gov is not None else None))
    doc.notes[GOVERNORS] = out
    return out


def _path_to(tok: Token, target: Token) -> int | None:
    """Verbs crossed going up from ``tok`` to ``target`` (None when target is not above)."""
    verbs = 0
    seen = 0
    # spaCy makes a new Token object on every access: compare positions, never identity.
    while tok.i != target.i:
        if tok.head.i == tok.i or seen > 12:
            return None
        tok = tok.head
        seen += 1
        # A clause of its own starts a new event, except the "to" of "likely to hold" and a
        # relative clause describing the trigger ("the meeting that took place on Monday").
        if tok.i != target.i and tok.pos_ in ("VERB", "AUX") and not _same_event(tok, target):
            verbs += 1
    return verbs


def _same_event(verb: Token, target: Token) -> bool:
    if verb.dep_ in _SAME_EVENT:
        return True
    # A relative clause describes the noun it hangs from, when that noun is the trigger.
    return verb.dep_ in _DESCRIBES and verb.head.i == target.i


def date_for(doc: Document, trigger: Token) -> Timex | None:
    """The time expression attached to an event trigger (same clause or its modifiers).

    A dated expression (DATE or TIME) below the trigger with no other clause in between wins;
    then one governed by the same verb as the trigger; the nearer one breaks ties.
    """
    sent = trigger.sent
    best: tuple[int, int, Timex] | None = None
    trig_gov = _clause_verb(trigger)
    for timex, gov_i in _governors(doc):
        if timex.type not in _DATED or not (sent.start_char <= timex.start < sent.end_char):
            continue
        rank = _rank(doc, timex, gov_i, trigger, trig_gov)
        if rank is None:
            continue
        distance = abs(timex.start - trigger.idx)
        if best is None or (rank, distance) < best[:2]:
            best = (rank, distance, timex)
    return best[2] if best else None


def _clause_verb(tok: Token) -> Token:
    seen = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and seen < 8:
        tok = tok.head
        seen += 1
    return tok


def _rank(
    doc: Document, timex: Timex, gov_i: int | None, trigger: Token, trig_gov: Token
) -> int | None:
    span = doc.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    crossed = _path_to(root, trigger)
    if crossed == 0:
        return 0
    if gov_i is not None and gov_i == trig_gov.i:
        return 1
    crossed = _path_to(root, trig_gov)
    if crossed == 0:
        return 2
    return None


def bench_time(docs: Iterable[Document], repeat: int = 1) -> float:
    """Sentences per second of the time stage alone over already-parsed documents.

    Measured in this process's CPU time, so other jobs on a shared machine do not skew it.
    """
    docs = list(docs)
    sentences = sum(1 for d in docs for _ in d.doc.sents) * repeat
    t0 = _time.process_time()
    for _ in range(repeat):
        for d in docs:
            d.timexes.clear()
            run(d)
    elapsed = _time.process_time() - t0
    return sentences / elapsed if elapsed > 0 else float("inf")
