"""The tense that resolves underspecified dates comes from the governing verb."""

from __future__ import annotations

import pytest

from dateline.analyse import parse
from dateline.time.tense import FUTURE, PAST, PRESENT, date_tense, tense_at


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


@pytest.mark.parametrize(
    ("sentence", "expression", "tense"),
    [
        ("The offer had been due to expire Friday evening.", "Friday", PAST),
        # A participle does not schedule anything by itself: the nearest reading decides.
        ("A memorial service planned for Saturday was canceled.", "Saturday", None),
        ("The bank announced an agreement to acquire the firm in January.", "January", FUTURE),
        ("The first countries to accede on Friday were Poland and Hungary.", "Friday", PAST),
        ("Ghoga sought to clarify the opposition's position Saturday.", "Saturday", PAST),
        ("Ghoga seeks to clarify the opposition's position Saturday.", "Saturday", FUTURE),
        ("The team planned to leave Nairobi on Thursday.", "Thursday", FUTURE),
    ],
)
def test_tense_of_infinitives_and_participles(
    sentence: str, expression: str, tense: str | None
) -> None:
    start = sentence.index(expression)
    assert tense_at(parse(sentence), start, start + len(expression)) == tense


@pytest.mark.parametrize(
    ("sentence", "expression", "tense"),
    [
        # A simple present with a date is a timetable; reporting verbs are not.
        ("He and Arafat meet separately Monday with the envoy.", "Monday", FUTURE),
        ("The agency has extended its deadline until 9 a.m. Tuesday.", "9 a.m. Tuesday", FUTURE),
        ("The office of the chairman was created, effective Feb. 1.", "Feb. 1", FUTURE),
        ("Stocks hurt the index, which fell 1.4% on Friday.", "Friday", PAST),
        ("The ministers met on Monday in Geneva.", "Monday", PAST),
        ("Protesters planned a large demonstration on Saturday.", "Saturday", FUTURE),
        ("On Friday, the government planned a day of mourning.", "Friday", PAST),
        ("The storm is forecast to make landfall Saturday.", "Saturday", FUTURE),
        # The timetable reading needs the date on the verb, not on a noun below it.
        ("The move follows the decision on Monday to cut rates.", "Monday", PRESENT),
        ("The disaster comes ahead of November's congressional elections.", "November", FUTURE),
    ],
)
def test_date_tense_reads_timetables_and_deadlines(
    sentence: str, expression: str, tense: str
) -> None:
    start = sentence.index(expression)
    assert date_tense(parse(sentence), start, start + len(expression)) == tense
