"""The time stage's word lists and rules, read once from ``data/`` and compiled.

``lexicon()`` is the parsed ``lexicon.json``; ``rules()`` are the rules of ``rules.tsv`` with
their ``%NAME`` placeholders expanded into word alternations and compiled case-insensitively.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

_DATA = resources.files(__package__) / "data"

_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)


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
    """A regex alternation, longest first so that 'sept' wins over 'sep'."""
    escaped = [
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True)
    ]
    return "(?:" + "|".join(escaped) + ")"


def _number_words() -> str:
    compound = rf"(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_UNITS)}))?"
    simple = "|".join(_TEENS + _UNITS)
    base = rf"(?:{compound}|{simple}|a\s+hundred|a\s+thousand|a\s+dozen|a\s+couple\s+of|a\s+couple|couple\s+of|half\s+a|an?|single|dozen|hundred)"
    return rf"(?:{base}(?:\s+(?:hundred|thousand))?)"


def _spoken_year() -> str:
    """'nineteen ninety-six', 'two thousand and one' (the latter needs 'the year' to count)."""
    tail = rf"(?:(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)}|hundred|oh[-\s](?:{'|'.join(_UNITS)}))"
    millennium = rf"two\s+thousand(?:\s+(?:and\s+)?(?:{'|'.join(_TEENS + _UNITS)}|twenty))?"
    return rf"(?:(?:eighteen|nineteen)[-\s]{tail}|{millennium})"


@functools.cache
def placeholders() -> dict[str, str]:
    lex = lexicon()
    ordinals = [w for w, n in lex["ordinals"].items() if n > 0]
    decades = [t + "ies" if not t.endswith("y") else t[:-1] + "ies" for t in _TENS]
    return {
        "MONTHFULL": _alt(lex["months_bare"]),
        "MONTH": _alt(list(lex["months"])),
        "WEEKDAY": _alt(list(lex["weekdays"])),
        "NUMW": _number_words(),
        "QUANT": _alt(lex["vague_numbers"]),
        "UNIT": _alt(list(lex["units"])),
        "SEASON": _alt(list(lex["seasons"])),
        "ORD": _alt(ordinals),
        "SPOKENYEAR": _spoken_year(),
        "DECADEW": _alt(decades),
        "VAGUE": _alt(list(lex["vague"])),
        "SETWORD": _alt(list(lex["sets"])),
        "HOLIDAY": _alt(list(lex["holidays"])),
    }


def _expand(pattern: str) -> str:
    table = placeholders()
    # Longest names first so %MONTHFULL is not read as %MONTH + "FULL".
    names = sorted(table, key=len, reverse=True)
    return re.sub("%(" + "|".join(names) + ")", lambda m: table[m.group(1)], pattern)


@functools.cache
def rules() -> tuple[Rule, ...]:
    out: list[Rule] = []
    for line in (_DATA / "rules.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, type_, normaliser, triggers, pattern = line.split("\t")
        compiled = re.compile(_expand(pattern), re.IGNORECASE)
        words = _trigger_words(triggers)
        out.append(Rule(name, type_, normaliser, words, compiled))
    return tuple(out)


# Words too common to say anything on their own; a phrase triggers on its other words.
_WEAK = frozenset(
    "the a an at of in s st new good right just so as more most until this day".split()
)
_CLASS_LISTS = {
    "MONTH": "months",
    "MONTHFULL": "months_bare",
    "WEEKDAY": "weekdays",
    "HOLIDAY": "holidays",
    "SEASON": "seasons",
    "UNIT": "units",
    "SETWORD": "sets",
    "VAGUE": "vague",
}


def _trigger_words(spec: str) -> frozenset[str]:
    out: set[str] = set()
    for item in spec.split():
        if item == "%DECADEW":
            out.update(t[:-1] + "ies" for t in _TENS)
        elif item.startswith("%"):
            for phrase in lexicon()[_CLASS_LISTS[item[1:]]]:
                words = re.findall(r"[a-z]+", phrase.lower())
                strong = [w for w in words if w not in _WEAK]
                out.update(strong or words)
        else:
            out.add(item.lower())
    return frozenset(out)


@functools.cache
def trigger_pattern() -> re.Pattern[str]:
    """One pass over the lower-cased text finds every trigger word and number."""
    words = [w for w in trigger_index() if w[0].isalpha()]
    # Letter runs, as the tokens are: "Q3" holds the trigger "q", "1990s" the trigger "s".
    return re.compile(r"(?<![a-z])" + _trie(words) + r"(?![a-z])|\d+|/")


def _trie(words: list[str]) -> str:
    """An alternation factored on shared prefixes: Python's re tries far fewer branches."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(tree)


def _trie_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


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
