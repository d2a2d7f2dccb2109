"""Relative and vague dates, normalised against the article date (TimeML conventions)."""

from __future__ import annotations

import pytest

from .conftest import only, timexes


@pytest.mark.parametrize(
    ("sentence", "text", "value", "mod"),
    [
        ("The results were announced yesterday in Tokyo.", "yesterday", "2021-12-14", None),
        ("The minister arrived today for talks.", "today", "2021-12-15", None),
        ("The company said last week that sales fell.", "last week", "2021-W49", None),
        ("Sales fell sharply last month, the agency said.", "last month", "2021-11", None),
        ("The agency will publish the data next month.", "next month", "2022-01", None),
        (
            "Earlier this month the ministers met in London.",
            "Earlier this month",
            "2021-12",
            "START",
        ),
        ("Profits rose this year as demand recovered.", "this year", "2021", None),
        ("The plant was closed two years ago after a fire.", "two years ago", "2019", None),
        ("The bank cut rates late last year.", "late last year", "2020", "END"),
        ("The firm expects a recovery early next year.", "early next year", "2022", "START"),
    ],
)
def test_relative_date(sentence: str, text: str, value: str, mod: str | None) -> None:
    t = only(sentence)
    assert (t.text, t.type, t.value, t.mod) == (text, "DATE", value, mod)


def test_past_weekday_is_the_previous_one() -> None:
    # 2021-12-15 is a Wednesday: "met on Tuesday" is the day before.
    assert only("The ministers met on Tuesday in Geneva.").value == "2021-12-14"


def test_future_weekday_is_the_next_one() -> None:
    assert only("The ministers will meet on Monday in Geneva.").value == "2021-12-20"


def test_weekday_with_part_of_day() -> None:
    t = only("Protesters gathered Friday night outside the embassy.")
    assert (t.type, t.value) == ("TIME", "2021-12-10TNI")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Prices are now higher than before.", "PRESENT_REF"),
        ("The company recently opened a plant in Ohio.", "PAST_REF"),
        ("The two sides hope to meet in the near future.", "FUTURE_REF"),
    ],
)
def test_vague_reference(sentence: str, value: str) -> None:
    assert only(sentence).value == value


def test_quarters_and_the_year_ago_quarter() -> None:
    from .conftest import timexes

    found = timexes(
        "Profit rose in the third quarter. Sales fell from a year earlier.", dct="1989-10-26"
    )
    assert [(t.text, t.value) for t in found] == [
        ("the third quarter", "1989-Q3"),
        ("a year earlier", "1988-Q3"),
    ]


def test_season() -> None:
    t = only("The talks collapsed last spring after a dispute.", dct="1989-10-26")
    assert (t.text, t.value) == ("last spring", "1989-SP")


def test_holiday() -> None:
    t = only("The shops were crowded on Christmas Eve as usual.", dct="2021-12-28")
    assert t.value == "2021-12-24"


def test_end_of_the_year() -> None:
    t = only("The deal should close by the end of the year, the bank said.")
    assert (t.text, t.value, t.mod) == ("the end of the year", "2021", "END")


def test_clock_time_belongs_to_the_day_just_mentioned() -> None:
    from .conftest import timexes

    found = timexes("The bomb exploded on Friday, Dec. 10, at 10:35 a.m. near the embassy.")
    assert [t.value for t in found] == ["2021-12-10", "2021-12-10T10:35"]


def test_preposition_before_end_of_unit_is_a_signal() -> None:
    t = only("The company will mail the materials to shareholders at the end of this week.")
    assert (t.text, t.value, t.mod) == ("the end of this week", "2021-W50", "END")


def test_clock_time_with_minutes_in_the_evening() -> None:
    t = only("By 11:00 in the evening the square was still full.")
    assert (t.text, t.type, t.value) == ("11:00 in the evening", "TIME", "2021-12-15T23:00")


def test_a_late_fall_in_shares_is_not_autumn() -> None:
    assert timexes("BP's shares were down 15.8% in a late fall on the New York exchange.") == []
    t = only("The new plant will open in late fall, the company said.")
    assert (t.text, t.value, t.mod) == ("late fall", "2022-FA", "END")


def test_years_back_is_years_ago() -> None:
    t = only("His mother died 10 years back, the lawyer said.")
    assert (t.text, t.type, t.value) == ("10 years back", "DATE", "2011")


def test_tonight_is_a_part_of_the_day() -> None:
    t = only("The president will address the nation tonight from the Oval Office.")
    assert (t.text, t.type, t.value) == ("tonight", "TIME", "2021-12-15TNI")
    t = only("Everyone will watch tonight's debate on television.")
    assert (t.text, t.type, t.value) == ("tonight", "TIME", "2021-12-15TNI")


def test_a_weekday_naming_a_kind_is_no_date() -> None:
    assert timexes("The phone was hacked by his now-shuttered Sunday tabloid.") == []
    t = only("The editorial ran on the front of Friday's edition of Granma.")
    assert t.text == "Friday"


def test_a_programme_name_is_no_clock_time() -> None:
    t = only("She watched the BBC's Ten O'Clock News last night.")
    assert (t.text, t.value) == ("last night", "2021-12-14TNI")
    t = only("The two sides met at ten o'clock in Geneva.")
    assert (t.text, t.value) == ("ten o'clock", "2021-12-15T10:00")


@pytest.mark.parametrize(
    ("sentence", "dct", "value"),
    [
        # AQUAINT APW19990206.0090: a day of the month just named, its day unknown.
        (
            "Dr. Slepian was killed last October. His name was crossed out that same day.",
            "1999-02-06",
            "1998-10-XX",
        ),
        (
            "The plant closed on March 3. Workers protested that same day.",
            "2021-12-15",
            "2021-03-03",
        ),
    ],
)
def test_that_same_day_is_the_day_just_named(sentence: str, dct: str, value: str) -> None:
    found = [t for t in timexes(sentence, dct) if t.text == "that same day"]
    assert [t.value for t in found] == [value]
