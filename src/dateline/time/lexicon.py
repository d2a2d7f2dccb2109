"""The time stage's word lists, rules and context cues, read once from ``data/`` and compiled.

``lexicon()`` is the parsed ``lexicon.json``; ``rules()`` are the rules of ``rules.tsv`` and
``context(name)`` the cues of ``contexts.tsv``, their ``%NAME`` placeholders (``placeholders.tsv``)
expanded into word alternations and sub-patterns.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ..tables import lines, trie_pattern

_DATA = resources.files(__package__) / "data"


@dataclass(frozen=True, slots=True)
class Rule:
    """One recognition rule: a compiled pattern, its default TIMEX3 type and normaliser."""

    name: str
    type: str
    normaliser: str
    triggers: frozenset[str]  # lower-case words (or "#" for a number) one of which a match holds
    pattern: re.Pattern[str]


@functools.cache
def lexicon() -> dict[str, Any]:
    return json.loads((_DATA / "lexicon.json").read_text(encoding="utf-8"))


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """A regex for the words, the longest first ('sept' wins over 'sep'), any space run
    between a phrase's words."""
    return "(?:" + trie_pattern(set(words), space=r"\s+") + ")"


_LIST_REF = re.compile(r"@([a-z_]+)")


def _list_words(key: str) -> list[str]:
    """A lexicon word list, or a word table's keys."""
    return list(lexicon()[key])


def _tsv_rows(name: str, columns: int) -> list[list[str]]:
    """The rows of a data file (header row included), split into at most ``columns`` cells."""
    return lines(_DATA / name, columns)


@functools.cache
def placeholder_lists() -> dict[str, str]:
    """Placeholder name → the lexicon list it stands for (when it is a plain word list)."""
    return {
        name: spec[1:]
        for name, spec in _tsv_rows("placeholders.tsv", 2)
        if _LIST_REF.fullmatch(spec)
    }


@functools.cache
def placeholders() -> dict[str, str]:
    """``%NAME`` → its regex, from ``placeholders.tsv`` (each may use the ones above it)."""
    table: dict[str, str] = {}
    for name, spec in _tsv_rows("placeholders.tsv", 2):
        spec = _LIST_REF.sub(lambda m: _alt(_list_words(m.group(1))), spec)
        table[name] = _expand(spec, table)
    return table


def _expand(pattern: str, table: dict[str, str] | None = None) -> str:
    table = placeholders() if table is None else table
    if not table:
        return pattern
    # Longest names first so %MONTHFULL is not read as %MONTH + "FULL".
    names = sorted(table, key=len, reverse=True)
    return re.sub("%(" + "|".join(names) + ")", lambda m: table[m.group(1)], pattern)


@functools.cache
def contexts() -> dict[str, re.Pattern[str]]:
    """The named context cues of ``contexts.tsv``, compiled."""
    out = {}
    for name, flags, pattern in _tsv_rows("contexts.tsv", 3):
        out[name] = re.compile(_expand(pattern), re.IGNORECASE if flags == "i" else 0)
    return out


def context(name: str) -> re.Pattern[str]:
    """One context cue by name (KeyError names a cue missing from ``contexts.tsv``)."""
    return contexts()[name]


@functools.cache
def rules() -> tuple[Rule, ...]:
    out: list[Rule] = []
    for name, type_, normaliser, triggers, pattern in _tsv_rows("rules.tsv", 5):
        compiled = re.compile(_expand(pattern), re.IGNORECASE)
        words = _trigger_words(triggers)
        out.append(Rule(name, type_, normaliser, words, compiled))
    return tuple(out)


@functools.cache
def _weak() -> frozenset[str]:
    """Words too common to say anything on their own: a phrase triggers on its other words."""
    return frozenset(lexicon()["trigger_stopwords"])


def _trigger_words(spec: str) -> frozenset[str]:
    out: set[str] = set()
    for item in spec.split():
        if item.startswith("%"):
            for phrase in _list_words(placeholder_lists()[item[1:]]):
                words = re.findall(r"[a-z]+", phrase.lower())
                strong = [w for w in words if w not in _weak()]
                out.update(strong or words)
        else:
            out.add(item.lower())
    return frozenset(out)


@functools.cache
def trigger_pattern() -> re.Pattern[str]:
    """One pass over the lower-cased text finds every trigger word and number."""
    words = [w for w in trigger_index() if w[0].isalpha()]
    # Letter runs, as the tokens are: "Q3" holds the trigger "q", "1990s" the trigger "s".
    return re.compile(r"(?<![a-z])" + trie_pattern(words) + r"(?![a-z])|\d+|/")


@functools.cache
def trigger_index() -> dict[str, tuple[int, ...]]:
    """Trigger word → the indices of the rules it wakes."""
    index: dict[str, list[int]] = {}
    for i, rule in enumerate(rules()):
        for word in rule.triggers:
            index.setdefault(word, []).append(i)
    return {w: tuple(ids) for w, ids in index.items()}


def number(word: str) -> float | None:
    """The value of a number written in digits or words ('twenty-four', 'a dozen'), else None."""
    w = re.sub(r"\s+", " ", word.lower().strip()).replace(",", "")
    try:
        return float(w)
    except ValueError:
        pass
    nums: dict[str, float] = lexicon()["numbers"]
    if w in nums:
        return float(nums[w])
    total = 0.0
    current = 0.0
    for part in re.split(r"[-\s]+", w):
        if part in ("and", "a", "an") and (current or total or part != "and"):
            current = current or (1.0 if part != "and" else 0.0)
            continue
        if part not in nums:
            return None
        n = float(nums[part])
        if n in (100.0, 1000.0):
            current = (current or 1.0) * n
            if n == 1000.0:
                total, current = total + current, 0.0
        else:
            current += n
    return total + current
