"""Find and normalise the time expressions of a text: every rule over the raw text, the longest
non-overlapping matches kept, then values computed in reading order against the article's date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..records import Timex
from .lexicon import Rule, context, lexicon, rules, trigger_index, trigger_pattern
from .normalise import NORMALISERS, Context, Norm


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    rule: int  # index into rules(): the earlier rule wins a tie
    match: re.Match[str]


def _extent(m: re.Match[str]) -> tuple[int, int]:
    if "span" in m.re.groupindex and m.group("span") is not None:
        return m.span("span")
    start, end = m.span()
    text = m.string
    # A sentence-final "Feb. 4." keeps its abbreviation dot but not a trailing one.
    while end > start and text[end - 1] in " ,":
        end -= 1
    if text[end - 1] == "." and _word_before_dot(text, end - 1) not in _ABBREVIATIONS:
        end -= 1  # the full stop of "on 3 March." is the sentence's, not the date's
    return start, end


# Words whose dot belongs to them: month abbreviations and the "m" of "a.m."/"p.m.".
_ABBREVIATIONS = frozenset(lexicon()["dotted_abbreviations"])


def _word_before_dot(text: str, dot: int) -> str:
    i = dot
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return text[i:dot].lower()


# How far a match may reach before and after its trigger word (the longest rules run about
# 60 characters ahead of their last trigger and 30 after it).
_BACK, _AHEAD = 72, 48


_NUMBER_KEYS = {2: "#2", 4: "#4"}


def _windows(text: str) -> dict[int, list[tuple[int, int]]]:
    """Per rule, the merged stretches of text around its trigger words."""
    index = trigger_index()
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two: keep offsets exact
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    hits: dict[int, list[int]] = {}
    for tok in trigger_pattern().finditer(lowered):
        word = tok.group()
        if word[0].isdigit():
            word = _NUMBER_KEYS.get(len(word), "#")
        pos = tok.start()
        for rule in index.get(word, ()):
            hits.setdefault(rule, []).append(pos)
    n = len(text)
    out: dict[int, list[tuple[int, int]]] = {}
    for rule, positions in hits.items():
        spans: list[tuple[int, int]] = []
        for p in positions:
            s, e = max(0, p - _BACK), min(n, p + _AHEAD)
            if spans and s <= spans[-1][1]:
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
        out[rule] = spans
    return out


def candidates(text: str) -> list[Candidate]:
    """Every rule's matches, each rule run only around its trigger words."""
    out: list[Candidate] = []
    seen: set[tuple[int, int, int]] = set()
    table = rules()
    n = len(text)
    for i, spans in sorted(_windows(text).items()):
        pattern = table[i].pattern
        for s, e in spans:
            # Never cut a word at the window's end: the pattern would see a word boundary.
            while e < n and text[e].isalnum():
                e += 1
            for m in pattern.finditer(text, s, e):
                start, end = _extent(m)
                if end > start and (start, end, i) not in seen:
                    seen.add((start, end, i))
                    out.append(Candidate(start, end, i, m))
    return out


def _select(found: list[tuple[Candidate, Norm]]) -> list[tuple[Candidate, Norm]]:
    """Longest first, then the earlier rule; drop anything overlapping a kept match."""
    kept: list[tuple[Candidate, Norm]] = []
    taken: list[tuple[int, int]] = []
    for cand, norm in sorted(found, key=lambda cn: (cn[0].start - cn[0].end, cn[0].rule)):
        if any(cand.start < e and s < cand.end for s, e in taken):
            continue
        kept.append((cand, norm))
        taken.append((cand.start, cand.end))
    kept.sort(key=lambda cn: cn[0].start)
    return kept


# Periods a financial report's figures cover: "the first nine months", "the six months".
_MONTHS_PERIOD = context("months_period")
_YEAR_PERIOD = context("year_period")


def _update_focus(ctx: Context, value: str, text: str) -> None:
    if len(value) == 7 and value[5] == "Q" and value[:4].isdigit():
        ctx.focus = "Q"
    elif value in ("P6M", "P9M") and _MONTHS_PERIOD.match(text):
        ctx.focus = value
    elif _YEAR_PERIOD.match(text) and (value[:4].isdigit() or value == "P1Y"):
        ctx.focus = "Y"


_WORD = re.compile(r"[A-Za-z]+")


@functools.cache
def _lowercase_words() -> frozenset[str]:
    return frozenset(lexicon()["lowercase_words"])


def _in_a_name(text: str, start: int, end: int) -> bool:
    """A calendar word capitalised inside a sentence belongs to a name or title: ABC's
    "This Week", "VOA Today" (TimeML marks no time expression there)."""
    if text[start:end].isupper():
        return False
    lower = _lowercase_words()
    for w in _WORD.finditer(text, start, end):
        word = w.group()
        if not (word[0].isupper() and word.lower() in lower):
            continue
        if w.start() > start:
            return True  # "This Week", "60 Minutes"
        before = text[max(0, start - 3) : start].rstrip()
        return bool(before) and (before[-1].isalnum() or before[-1] in ",;")  # "VOA Today"
    return False


def _update_refs(ctx: Context, norm: Norm, type_: str, start: int, end: int) -> None:
    value = norm.value
    # Only a value with a year can anchor "that year": not a century ("08") or decade ("198").
    if (
        not norm.ref
        or type_ not in ("DATE", "TIME")
        or not (len(value) >= 4 and value[:4].isdigit())
    ):
        return
    if len(value) == 7 and value[5] == "Q":
        ctx.ref_quarter = value
    ctx.ref_date = value
    ctx.ref_pos, ctx.ref_end = start, end


# "the day before last Tuesday's hearing": one expression, a day off the date it names (TimeML
# marks "the day before yesterday" the same way).
_DAY_BEFORE = context("day_before")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d$")


def _day_before_after(text: str, start: int, norm: Norm) -> tuple[int, Norm]:
    if not _DAY_VALUE.match(norm.value):
        return start, norm
    m = _DAY_BEFORE.search(text, max(0, start - 16), start)
    if m is None:
        return start, norm
    day = dt.date.fromisoformat(norm.value)
    day += dt.timedelta(days=1 if m.group(1).lower() == "after" else -1)
    return m.start(), replace(norm, value=day.isoformat(), start=m.start())


_CHROME_AFTER = context("chrome_after")
_BYLINE_AFTER = context("byline_after")
_CHROME_BEFORE = context("chrome_before")
_STAMP_OPENER = context("stamp_opener")
_LINE_STAMP = context("line_stamp")
_CHROME_PHRASE = context("chrome_phrase")
_HAS_YEAR = re.compile(r"(?:19|20)\d\d")
_CLOCK_TIME = re.compile(r"[0-2]?\d[:.][0-5]\d")


def _furniture(text: str, start: int, end: int) -> bool:
    """A date or clock time in the page's furniture (a time stamp, byline, wire dateline or
    reader comment header), not in the article's text (contexts.tsv)."""
    if _BYLINE_AFTER.match(text, end) or _STAMP_OPENER.search(text, max(0, start - 60), start):
        return True
    notice = _CHROME_PHRASE.search(text, max(0, start - 40), min(len(text), end + 40))
    if notice is not None and notice.start() <= start and end <= notice.end():
        return True
    # the date or the clock time of a stamp that opens a line ("05 February 12 01:10 GMT")
    stamp = _LINE_STAMP.match(text, text.rfind("\n", 0, start) + 1)
    if stamp is not None and end <= stamp.end():
        return True
    if _HAS_YEAR.search(text, start, end) and _CHROME_AFTER.match(text, end):
        return True  # the stamp's date, a clock time right after it
    return (
        _CHROME_BEFORE.search(text, max(0, start - 12), start) is not None
        and _CLOCK_TIME.match(text, start, end) is not None
    )  # the stamp's clock time, right after a date with its year


def recognise(
    text: str,
    dct: dt.date,
    tense: Callable[[int, int], str | None] | None = None,
) -> list[Timex]:
    """All TIMEX3 expressions in ``text``, normalised against the article date ``dct``."""
    ctx = Context(dct=dct, text=text)
    if tense is not None:
        ctx.tense = tense
    table = rules()
    found: list[tuple[Candidate, Norm]] = []
    for cand in candidates(text):
        norm = NORMALISERS[table[cand.rule].normaliser](cand.match, ctx)
        if norm is not None:
            found.append((cand, norm))
    timexes: list[Timex] = []
    ctx.in_order = True
    for cand, _ in _select(found):
        # Holidays are names themselves ("Thanksgiving Day").
        if table[cand.rule].name != "holiday" and _in_a_name(text, cand.start, cand.end):
            continue
        if _furniture(text, cand.start, cand.end):
            continue
        # Second pass in reading order, so anaphoric values see the dates mentioned before
        # (and an anaphor with nothing to refer to may drop out).
        rule: Rule = table[cand.rule]
        norm = NORMALISERS[rule.normaliser](cand.match, ctx)
        if norm is None:
            continue
        type_ = norm.type or rule.type
        start = norm.start if norm.start is not None else cand.start
        end = norm.end if norm.end is not None else cand.end
        start, norm = _day_before_after(text, start, norm)
        _update_refs(ctx, norm, type_, cand.start, end)
        _update_focus(ctx, norm.value, text[start:end])
        timexes.append(
            Timex(
                start=start,
                end=end,
                text=text[start:end],
                type=type_,
                value=norm.value,
                mod=norm.mod,
            )
        )
    return timexes
