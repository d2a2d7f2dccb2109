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

from .lexicon import Lexicon, lemma, made_clear, ordered_aside, tells

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["depth", "reported"]

# the links that keep a verb in the main clause: a conjunct, what a verb is to do, and a
# report's content
_CLAUSE = frozenset({"conj", "xcomp"})
_CONTENT = frozenset({"ccomp", "parataxis"})
# a noun in the main clause is its verb's subject or object (or the root of a verbless one)
_ARGUMENT = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "ROOT"})


def reported(trigger: Token, lex: Lexicon, acts: frozenset[int] = frozenset()) -> bool:
    """Whether the event ``trigger`` (its first word) tells is told in its sentence's main
    clause. ``acts`` are the sentence's verbs that tell an act of their own: what such a verb
    is done to is its topic ("condemning Russia's threats"), not a second act reported."""
    tok = trigger
    if tok.pos_ in ("NOUN", "PROPN"):
        while tok.dep_ == "conj" or (tok.dep_ == "pobj" and tok.head.lower_ == "of"):
            # "sanctions and a travel ban", "a range of sanctions": the noun it is told with
            tok = tok.head if tok.dep_ == "conj" else tok.head.head
        if tok.dep_ not in _ARGUMENT or tok.head.i in acts:
            return False
        tok = tok.head
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj":
        # "issued a statement condemning ...", "signed an order freezing ...": the act the
        # document or the deed is told by
        tok = tok.head.head
    # "ordered the embassy closed and expelled diplomats": the expulsion is the order's peer
    tok = ordered_aside(tok) or tok
    while tok.head.i != tok.i:
        maker = made_clear(tok, lex)
        if maker is not None:
            tok = maker  # "made it clear he will not be forced out": what is made clear
            continue
        head = tok.head
        # a report's content is what it reports, as is what someone admits, believes or
        # estimates; what a demand or an accusation is about is its topic
        told = tells(head, lex) or head.i not in acts
        if not (tok.dep_ in _CLAUSE or (tok.dep_ in _CONTENT and told)):
            return False
        tok = head
    return True


def depth(tok: Token, lex: Lexicon) -> int:
    """How far below its sentence's root ``tok`` is told: each step up the parse counts one,
    but from a conjunct and from a report's content to the report."""
    steps = 0
    while tok.head.i != tok.i:
        maker = made_clear(tok, lex)
        if maker is not None:
            tok = maker  # from what is made clear to "made", as from a report's content
            continue
        head = tok.head
        if tok.dep_ != "conj" and not (
            tok.dep_ in _CONTENT and (tells(head, lex) or _shows(head, lex))
        ):
            steps += 1
        tok = head
    return steps


def _shows(verb: Token, lex: Lexicon) -> bool:
    """A broadcast or a recording that shows what follows ("state TV showed government
    supporters rallying"): it tells the act as a report does (cues.tsv `screen`, `medium`)."""
    if lemma(verb) in lex.cues["screen"]:
        return True
    return lemma(verb) == "show" and any(
        c.dep_ == "nsubj" and lemma(c) in lex.cues["medium"] for c in verb.children
    )
