"""Explicit dates in the forms news uses, resolved against the article date 2021-12-15."""

from __future__ import annotations

import pytest

from .conftest import only, timexes


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Blinken met Hayashi on December.11 in Liverpool.", "December.11", "2021-12-11"),
        ("The ministers met on Dec. 11 in Liverpool.", "Dec. 11", "2021-12-11"),
        ("The summit opened on 11 December 2021 in Liverpool.", "11 December 2021", "2021-12-11"),
        ("The treaty was signed on March 26, 1996, in Paris.", "March 26, 1996", "1996-03-26"),
        ("The filing is dated 2021-12-11 and was made public.", "2021-12-11", "2021-12-11"),
        ("The talks were held on 12/11 in Liverpool.", "12/11", "2021-12-11"),
        ("The law took effect in July 1997 after a long fight.", "July 1997", "1997-07"),
        ("He was born in 1949 in a small town.", "1949", "1949"),
    ],
)
def test_explicit_date(sentence: str, text: str, value: str) -> None:
    t = only(sentence)
    assert (t.text, t.type, t.value) == (text, "DATE", value)
    assert sentence[t.start : t.end] == t.text


def test_future_month_day_moves_into_next_year() -> None:
    t = only("Japan and the United States will hold talks on January 7 in Washington.")
    assert t.value == "2022-01-07"


def test_month_alone_follows_the_nearest_reading() -> None:
    t = only("The minister will visit the United States in January for talks.")
    assert t.value == "2022-01"


def test_may_the_verb_is_not_a_month() -> None:
    assert timexes("Officials said the talks may resume after the holidays.") == []


def test_two_plus_two_is_not_a_time() -> None:
    found = timexes("Japan-US likely to hold 2+2 talks, a two-plus-two meeting of ministers.")
    assert found == []


def test_name_jan_is_not_january() -> None:
    assert timexes("Foreign Minister Jan Kavan said the decision was right.") == []


def test_decade_and_century() -> None:
    found = timexes("Prices rose in the 1990s, the highest in the 20th century.")
    assert [(t.text, t.value) for t in found] == [("the 1990s", "199"), ("the 20th century", "19")]


def test_mod_from_early_and_mid() -> None:
    found = timexes("The plan dates from early 1990 and was revised in mid-November.")
    assert [(t.value, t.mod) for t in found] == [("1990", "START"), ("2021-11", "MID")]


def test_spoken_year() -> None:
    t = only("The company was founded in nineteen ninety-six by two brothers.")
    assert (t.text, t.value) == ("nineteen ninety-six", "1996")


def test_clock_time_with_weekday() -> None:
    t = only("The vote is set for 8 a.m. Monday in the capital.", dct="2021-12-15")
    assert (t.type, t.value) == ("TIME", "2021-12-20T08:00")


def test_business_quarter_codes() -> None:
    found = timexes("Profit rose in Q3 2021, and the H1 report for FY2020 was late.")
    assert [(t.text, t.value) for t in found] == [
        ("Q3 2021", "2021-Q3"),
        ("H1", "2021-H1"),
        ("FY2020", "2020"),
    ]


def test_sentence_full_stop_is_not_part_of_the_date() -> None:
    t = only("The bill passed the Senate on 3 March.")
    assert (t.text, t.value) == ("3 March", "2021-03-03")


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("He has been in charge of the country since Jan 2001.", "Jan 2001", "2001-01"),
        ("Prices peaked in Feb. 2010 and fell after.", "Feb. 2010", "2010-02"),
    ],
)
def test_abbreviated_month_with_year(sentence: str, text: str, value: str) -> None:
    t = only(sentence)
    assert (t.text, t.value) == (text, value)


def test_article_before_day_month_stays_out() -> None:
    t = only("Mr Ban said the 10 April 2012 ceasefire deadline was not an invitation.")
    assert (t.text, t.value) == ("10 April 2012", "2012-04-10")


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Shares were up 1.2 percent at 1400 GMT in London.", "1400 GMT", "2021-12-15T14:00"),
        ("The strike came shortly after 1800 GMT Saturday.", "1800 GMT Saturday", None),
    ],
)
def test_military_time_is_a_clock_time_not_a_year(
    sentence: str, text: str, value: str | None
) -> None:
    t = only(sentence)
    assert (t.text, t.type) == (text, "TIME")
    assert value is None or t.value == value
    assert t.value.endswith(f"T{text[:2]}:{text[2:4]}")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Security Council passed Resolution 1973 to protect civilians.",
        "Flight 1549 landed on the Hudson and Route 2010 was closed.",
    ],
)
def test_a_labelled_number_is_not_a_year(sentence: str) -> None:
    assert timexes(sentence) == []


def test_a_year_after_a_preposition_still_counts() -> None:
    t = only("Assets were first frozen under a resolution in 1970.")
    assert (t.text, t.value) == ("1970", "1970")


def test_a_count_far_from_the_article_date_is_not_a_year() -> None:
    assert timexes("The companies run around 1200 to 1500 gas stations each.") == []
    t = only("The town was founded when in 1850 settlers came from the east.")
    assert t.value == "1850"


def test_military_time_takes_its_day_and_month() -> None:
    found = timexes("The work was completed at 1930 CDT on 1 June (0030 GMT 2 June).")
    assert [(t.text, t.value) for t in found] == [
        ("1930 CDT on 1 June", "2021-06-01T19:30"),
        ("0030 GMT 2 June", "2021-06-02T00:30"),
    ]


@pytest.mark.parametrize(
    ("sentence", "dct", "expected"),
    [
        # AQUAINT XIE19990210.0079: TimeML marks each date of a conjunction on its own.
        (
            "A ceremonial accession would still be held at the NATO summit on April 24 and 25.",
            "1999-02-10",
            [("April 24", "1999-04-24"), ("25", "1999-04-25")],
        ),
        (
            "The poll was conducted between June 3 and 6, the company said.",
            "2010-06-07",
            [("June 3", "2010-06-03"), ("6", "2010-06-06")],
        ),
    ],
)
def test_a_conjoined_day_takes_the_month_before_it(
    sentence: str, dct: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in timexes(sentence, dct)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales rose on April 24 and 25 people were hired.",
        "Shares fell on April 24 and 25 percent of the staff left.",
    ],
)
def test_a_count_after_a_date_is_no_day(sentence: str) -> None:
    assert [t.text for t in timexes(sentence, "1999-02-10")] == ["April 24"]


def test_a_page_stamp_with_a_two_digit_year_is_no_timex() -> None:
    # the BBC's "10 January 12 18:37 GMT" opening a page is its stamp, not the text's time (it
    # had been read as 10 January 2012, and the events stage kept it from dating events)
    found = timexes("10 January 12 18:37 GMT Syria's president blamed a foreign conspiracy.")
    assert found == []
    found = timexes("He spoke.\n10 January 12 18:37 GMT Syria's president blamed a conspiracy.")
    assert found == []
