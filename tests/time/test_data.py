"""The stage's language knowledge lives in data files: each is sourced, complete and used."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from dateline.time.lexicon import context, contexts, lexicon, placeholders, rules

from .conftest import only

DATA = resources.files("dateline.time") / "data"
SOURCE = Path(__file__).resolve().parents[2] / "src" / "dateline" / "time"


@pytest.mark.parametrize("name", ["rules.tsv", "contexts.tsv", "placeholders.tsv"])
def test_tsv_data_files_open_with_a_source_header(name: str) -> None:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    header = " ".join(line for line in lines if line.startswith("#"))
    assert lines[0].startswith("# "), lines[0]
    # the header says where the patterns come from
    assert "TimeML" in header or "TempEval" in header, name


def test_lexicon_says_where_its_words_come_from() -> None:
    assert "TimeML" in lexicon()["_source"]


def test_every_placeholder_is_expanded() -> None:
    patterns = [r.pattern.pattern for r in rules()] + [p.pattern for p in contexts().values()]
    patterns += list(placeholders().values())
    left = {m for p in patterns for m in re.findall(r"%[A-Z]{2,}|@[a-z_]{2,}", p)}
    assert not left


def test_every_context_cue_is_used_by_the_code() -> None:
    code = "".join(p.read_text(encoding="utf-8") for p in SOURCE.glob("*.py"))
    unused = [name for name in contexts() if f'context("{name}")' not in code]
    assert not unused


def test_context_cue_flags_are_read() -> None:
    # "counted" means a lower-case plural noun; "year_before" ignores case.
    assert context("counted").match(" gas stations") and not context("counted").match(" GAS")
    assert context("year_before").search("In ")


def test_number_labels_come_from_the_lexicon() -> None:
    label = context("number_label")
    assert all(label.search(f"{word} ") for word in lexicon()["number_labels"])


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # relative_offsets: "next"/"last" point the month away from the article date.
        ("The talks will resume next May in Vienna.", "2022-05"),
        ("The talks collapsed last May in Vienna.", "2021-05"),
        # relative_offsets also place a weekday: 2021-12-15 is a Wednesday.
        ("The vote is set for this coming Friday.", "2021-12-17"),
        ("The vote was held this past Monday.", "2021-12-13"),
        # quarter_ordinals: a fiscal year's "final" quarter is its fourth.
        ("Profit fell in the final quarter of 2020.", "2020-Q4"),
        # ago_directions: "from now" counts forward from the article date.
        ("The plant will close two years from now.", "2023"),
    ],
)
def test_lexicon_tables_drive_the_values(sentence: str, value: str) -> None:
    assert only(sentence).value == value
