"""Which of a sentence's events it reports, and which it names only in passing.

A sentence picked because it reports an event (the PLOVER gold records, CAMEO-coded wire
data) is coded with that one event: for "X said Y attacked Z", Y's attack; not the acts
named in its relative clauses, appositions, purposes or background ("ahead of the visit",
"after the revolt erupted"). dateline keeps every act it finds, as an analyst reading the
article would, and marks the reported ones ``main``, as GDELT marks its root events
(``IsRootEvent``).

A reported act is told in the sentence's main clause: its root verb, the verbs coordinated
with it, what they are to do ("voted to back a no-fly zone") and the content of a report
("NATO said its jets struck ..."; cues.tsv `report`), or a noun that is the subject or
object of one of those ("imposed sanctions", "Protests spread", "rescinded a range of
sanctions").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Lexicon, lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["reported"]

# the links that keep a verb in the main clause: a conjunct, what a verb is to do, and a
# report's content
_CLAUSE = frozenset({"conj", "xcomp"})
_CONTENT = frozenset({"ccomp", "parataxis"})
# a noun in the main clause is its verb's subject or object (or the root of a verbless one)
_ARGUMENT = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "ROOT"})


def reported(trigger: Token, lex: Lexicon) -> bool:
    """Whether the event ``trigger`` (its first word) tells is told in its sentence's main
    clause."""
    tok = trigger
    if tok.pos_ in ("NOUN", "PROPN"):
        while tok.dep_ == "conj" or (tok.dep_ == "pobj" and tok.head.lower_ == "of"):
            # "sanctions and a travel ban", "a range of sanctions": the noun it is told with
            tok = tok.head if tok.dep_ == "conj" else tok.head.head
        if tok.dep_ not in _ARGUMENT:
            return False
        tok = tok.head
    reports = lex.cues["report"]
    while tok.head.i != tok.i:
        if not (tok.dep_ in _CLAUSE or (tok.dep_ in _CONTENT and lemma(tok.head) in reports)):
            return False
        tok = tok.head
    return True
