"""The tense that resolves underspecified dates comes from the governing verb."""

from __future__ import annotations

import pytest

from dateline.analyse import parse
from dateline.time.tense import FUTURE, PAST, PRESENT, tense_at


@pytest.mark.parametrize(
    ("sentence", "expression", "tense"),
    [
        ("The ministers will meet on Monday in Geneva.", "Monday", FUTURE),
        ("Japan and the US are likely to hold talks on January 7.", "January 7", FUTURE),
        ("The company plans to open the plant in March.", "March", FUTURE),
        ("The ministers met on Monday in Geneva.", "Monday", PAST),
        ("The rebels have seized the town on Monday.", "Monday", PAST),
        ("The officials declined to comment on Monday.", "Monday", PAST),
        ("The committee meets on Monday in Geneva.", "Monday", PRESENT),
    ],
)
def test_tense_of_governing_verb(sentence: str, expression: str, tense: str) -> None:
    start = sentence.index(expression)
    assert tense_at(parse(sentence), start, start + len(expression)) == tense


def test_impossible_dates_are_skipped_not_raised() -> None:
    from .conftest import timexes

    found = timexes("The memo dated Feb. 30 and 13/45 was a forgery, officials said.")
    assert found == []
