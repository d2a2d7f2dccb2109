"""The one reader of the project's data files and the one word-list regex builder."""

from __future__ import annotations

import re
from pathlib import Path

from dateline.tables import lines, records, rows, trie_pattern


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "t.tsv"
    path.write_text(
        "# a header comment: what it holds, and its source\n"
        "lemma\ttype\tpattern\n"
        "\n"
        "meet \tCONSULT\ta\tb\n"
        "# a comment between rows\n"
        "shell\tASSAULT\n",
        encoding="utf-8",
    )
    return path


def test_records_are_keyed_by_the_header_and_stripped(tmp_path: Path) -> None:
    assert list(records(_file(tmp_path))) == [
        {"lemma": "meet", "type": "CONSULT", "pattern": "a"},
        {"lemma": "shell", "type": "ASSAULT", "pattern": ""},
    ]


def test_rows_drop_the_header_and_lines_can_keep_tabs_in_the_last_cell(tmp_path: Path) -> None:
    assert rows(_file(tmp_path)) == [["meet ", "CONSULT", "a", "b"], ["shell", "ASSAULT"]]
    assert lines(_file(tmp_path), 3)[1] == ["meet ", "CONSULT", "a\tb"]


def test_trie_pattern_matches_every_form_and_prefers_the_longest() -> None:
    forms = ["foreign minister", "foreign ministry", "minister", "prime minister"]
    pattern = re.compile(r"\b(?:" + trie_pattern(forms, space=r"\s+") + r")\b")
    assert pattern.search("the Foreign  minister said".lower()).group() == "foreign  minister"
    assert [m.group() for m in pattern.finditer("prime minister; minister")] == [
        "prime minister",
        "minister",
    ]
    assert pattern.search("administer") is None
    # without ``space`` a space is a literal character
    assert re.fullmatch(trie_pattern(["a b"]), "a b") and not re.fullmatch(
        trie_pattern(["a b"]), "a  b"
    )
