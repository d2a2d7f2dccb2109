"""Reading the data files every stage keeps, and compiling word lists into fast regexes.

A data file is UTF-8 text: ``#`` lines are its header comment (what it holds and where the
facts come from), then a tab-separated header row and the rows. Blank lines are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

__all__ = ["lines", "records", "rows", "split_forms", "trie_pattern"]


class _Readable(Protocol):
    def read_text(self, encoding: str = ...) -> str: ...


def lines(source: Path | _Readable, columns: int = 0) -> list[list[str]]:
    """Every non-comment line split on tabs (the header row included); with ``columns``, a
    line is split into at most that many cells, so the last may hold tabs (regex patterns)."""
    out = []
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t", columns - 1) if columns else line.split("\t"))
    return out


def rows(source: Path | _Readable) -> list[list[str]]:
    """The rows after the header row, as lists of cells."""
    return lines(source)[1:]


def records(source: Path | _Readable) -> Iterator[dict[str, str]]:
    """The rows as dicts keyed by the header row, cells stripped; a missing cell is ""."""
    header, *body = lines(source)
    keys = [k.strip() for k in header]
    for cells in body:
        yield {k: (cells[i].strip() if i < len(cells) else "") for i, k in enumerate(keys) if k}


def split_forms(cell: str) -> tuple[str, ...]:
    """The forms of a '|'-separated cell ("Netherlands|Holland"), stripped, empty ones dropped."""
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def trie_pattern(forms: Iterable[str], space: str | None = None) -> str:
    """An alternation of ``forms`` factored on shared prefixes: Python's ``re`` tries far
    fewer branches than over a flat list. The longest form at a position wins, as news
    phrases nest ("Foreign Minister"). ``space`` replaces each space ("\\s+" for any run)."""
    root: dict[str, dict] = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branch(root, space)


def _branch(node: dict[str, dict], space: str | None) -> str:
    ends = "" in node
    branches = [
        (space if space is not None and ch == " " else re.escape(ch)) + _branch(sub, space)
        for ch, sub in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body
