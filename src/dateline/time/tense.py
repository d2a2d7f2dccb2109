"""The tense that governs a time expression, read from spaCy's parse and morphology.

An underspecified date ("on Tuesday", "in January") is resolved forwards or backwards from
the article's date depending on whether the verb that governs it is future, past or present;
``date_tense`` also reads timetables ("meets Monday") and deadlines ("until Tuesday") as future.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .lexicon import context, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PAST, PRESENT, FUTURE = "PAST", "PRESENT", "FUTURE"
# a past told as a record: a chronology entry's present ("February 26 - The Council imposes
# sanctions"), whose date is never ahead of the article's
RECORDED = "RECORDED"
_VERBAL = frozenset({"VERB", "AUX"})
# "as early as Tuesday", "as soon as Friday" look ahead whatever the verb.
LOOKS_AHEAD = context("looks_ahead")
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
        return _infinitive_tense(verb, words, depth)
    if verb.lemma_.lower() in _planning() and _plans_ahead(verb):
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


def _infinitive_tense(verb: Token, words: set[str], depth: int) -> str | None:
    future_gov = _cues()[1]
    head = verb.head
    if _past_perfect(head) or (head.pos_ not in _VERBAL and _past_perfect(head.head)):
        return PAST  # "had been due to expire Friday": the deadline has passed
    # "plans to meet Friday" is ahead; "declined to comment Friday" took the head's time.
    if head.lemma_.lower() in future_gov:
        # "seeks to meet Friday" looks ahead, but "sought to clarify Saturday" tells of an
        # attempt made (a past plan, "planned to leave Thursday", still mostly lies ahead).
        if head.lemma_.lower() in _attempts() and _told_in_the_past(head):
            return PAST
        return FUTURE
    if head.lemma_ == "be" and "to" in words and verb.dep_ != "csubj":
        return FUTURE  # "is to meet"; not the subject clause of "to accede on Friday were"
    if head.pos_ not in _VERBAL:
        if head.lemma_.lower() in _future_nouns():
            return FUTURE  # "an agreement to acquire the bank in January"
        # "the first countries to accede on Friday were ...": the noun's own verb decides.
        head = _verb_above(head)
        if head is None:
            return None
    return tense_of(head, depth + 1)


def _told_in_the_past(verb: Token) -> bool:
    if verb.pos_ not in _VERBAL:
        return False  # "due", "likely": the adjective's copula decides, like any verb
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return _is_past(verb) or any(_is_past(a) for a in auxes)


def _past_perfect(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _plans_ahead(verb: Token) -> bool:
    """ "has scheduled a talk Thursday" looks ahead; "a service planned for Saturday was
    canceled" and "the government planned a day of mourning" (simple past) need not."""
    if verb.dep_ == "acl":
        return False
    return not _is_past(verb) and not _past_perfect(verb)


@functools.cache
def _planning() -> frozenset[str]:
    return frozenset(lexicon()["tense"]["planning_verbs"])


@functools.cache
def _attempts() -> frozenset[str]:
    return frozenset(lexicon()["tense"]["attempt_governors"])


@functools.cache
def _future_nouns() -> frozenset[str]:
    return frozenset(lexicon()["tense"]["future_nouns"])


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


# "extended its deadline until 9 a.m. Tuesday", "effective Feb. 1": a limit still to come.
_DEADLINE_BEFORE = context("deadline_before")


def date_tense(doc: Doc, start: int, end: int, text: str | None = None) -> str | None:
    """The tense that places an underspecified date: the governing verb's, except that a
    scheduled present ("meets Monday") and a deadline ("postponed until Tuesday") look ahead.
    """
    verb = governor(doc, start, end)
    if verb is None or verb.pos_ not in _VERBAL:
        return None
    # Doc.text joins every token on each access: callers pass the text they already hold.
    before = _DEADLINE_BEFORE.search(text or doc.text, max(0, start - 16), start)
    if before is not None:
        word = before.group().split()[0].lower()
        if word == "effective" or verb.lemma_.lower() in _deadline_verbs():
            return FUTURE
    tense = tense_of(verb)
    if tense == PRESENT and _chronicle(doc, start, end, text or doc.text):
        return RECORDED
    if tense == PRESENT and _scheduled(verb) and _on_the_verb(doc, start, end, verb):
        return FUTURE
    if tense == PRESENT and _AHEAD_OF.search(text or doc.text, max(0, start - 28), start):
        return FUTURE  # "comes ahead of November's elections": still to come
    if tense == PAST and start > verb.idx and verb.lemma_.lower() in _planning():
        # "protesters planned a rally on Saturday" dates the rally; "On Friday, the
        # government planned ..." dates the planning.
        return None if _past_perfect(verb) else FUTURE
    return tense


# What a present-tense sentence puts "ahead of" or "before" is still to come.
_AHEAD_OF = context("ahead_of")
_CHRONICLE_AFTER = context("chronicle_after")


def _chronicle(doc: Doc, start: int, end: int, text: str) -> bool:
    """The date heads an entry of a chronology ("February 26 - The Security Council imposes
    sanctions"): it opens its sentence and a dash or colon follows it."""
    if not _CHRONICLE_AFTER.match(text, end):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span[0].is_sent_start


def _on_the_verb(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """The date modifies the verb itself ("opens Monday", "meets on Monday"), not a noun on
    the way ("follow reports on Monday": the reports are past)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    if head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    return head.i == verb.i


def _scheduled(verb: Token) -> bool:
    """A finite simple present with a date is a timetable: "the talks open Monday"."""
    if "Fin" not in verb.morph.get("VerbForm"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.lemma_.lower() not in _not_scheduled()


@functools.cache
def _deadline_verbs() -> frozenset[str]:
    return frozenset(lexicon()["tense"]["deadline_verbs"])


@functools.cache
def _not_scheduled() -> frozenset[str]:
    return frozenset(lexicon()["tense"]["not_scheduled"])
