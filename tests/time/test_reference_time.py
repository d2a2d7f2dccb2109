"""Reference time: the period or day in focus anchors anaphoric and underspecified dates."""

from __future__ import annotations

import pytest

from .conftest import timexes


def _values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in timexes(text, dct)}


def test_a_year_earlier_follows_the_nine_months_in_focus() -> None:
    text = (
        "Third-quarter profit rose 5% to $10 million. For the first nine months, net income "
        "was $30 million, compared with $25 million a year earlier."
    )
    assert _values(text, "1989-10-30")["a year earlier"] == "1988"


def test_a_year_earlier_follows_the_quarter_in_focus() -> None:
    text = (
        "In the third quarter, net income was $3 million, compared with $2 million a year earlier."
    )
    assert _values(text, "1989-10-30")["a year earlier"] == "1988-Q3"


def test_year_earlier_period_after_nine_months_is_the_same_span() -> None:
    text = "In the nine months, the company had net of $81 million. In the year-earlier period, it had net of $77 million."
    found = {t.text: t for t in timexes(text, "1989-10-27")}
    period = found["the year-earlier period"]
    assert (period.type, period.value) == ("DURATION", "P9M")


def test_last_year_in_a_quarterly_comparison_is_the_quarter() -> None:
    text = (
        "In the third quarter the unit posted earnings of $24 million, compared with a loss "
        "of $3 million last year."
    )
    assert _values(text, "1989-11-02")["last year"] == "1988-Q3"


def test_last_year_outside_a_report_stays_the_year() -> None:
    assert _values("The mine was closed last year.", "1989-11-02")["last year"] == "1988"


def test_quarter_named_by_its_end_date() -> None:
    text = "In the quarter ended July 31, the company had a loss of $1 million."
    assert _values(text, "1989-10-30")["the quarter"] == "1989-Q2"


@pytest.mark.parametrize(
    ("sentence", "dct", "value"),
    [
        # Announced in January: the fourth quarter just ended, not the one still to come.
        (
            "The company announced a drop in profits for the fourth quarter.",
            "1998-01-26",
            "1997-Q4",
        ),
        ("The company expects profits to rise in the fourth quarter.", "1998-01-26", "1998-Q4"),
        ("Profit rose in the third quarter.", "1989-10-30", "1989-Q3"),
    ],
)
def test_ordinal_quarter_year(sentence: str, dct: str, value: str) -> None:
    found = [t for t in timexes(sentence, dct) if "quarter" in t.text]
    assert [t.value for t in found] == [value]


def test_previous_weekday_counts_from_the_day_in_focus() -> None:
    text = (
        "London share prices closed lower Friday. The index shed 47 points, down 4.5% from "
        "the previous Friday."
    )
    values = _values(text, "1989-10-30")
    assert values["Friday"] == "1989-10-27"
    assert values["the previous Friday"] == "1989-10-20"


def test_overnight_is_the_night_before_the_day_in_focus() -> None:
    text = "Shares closed lower Friday. They were depressed by overnight losses in New York."
    assert _values(text, "1989-10-30")["overnight"] == "1989-10-26TNI"


def test_generic_that_day_is_not_a_date() -> None:
    text = "When a news item hits, you have strong redemptions that day and for two days following."
    assert "that day" not in _values(text, "1989-10-30")


def test_that_day_after_a_date_refers_to_it() -> None:
    text = (
        "Slepian was killed on Oct. 23, 1998 by a sniper. Earlier that day, his family sent a fax."
    )
    assert _values(text, "1999-10-24")["Earlier that day"] == "1998-10-23"


def test_possessive_today_leaves_the_s_out() -> None:
    t = timexes("Today's meeting was cancelled.", "2021-12-15")[0]
    assert (t.text, t.value) == ("Today", "2021-12-15")


def test_a_couple_of_years_is_two() -> None:
    assert (
        _values("It will not change for a couple of years.", "1998-01-08")["a couple of years"]
        == "P2Y"
    )


def test_clock_time_with_local_time_and_weekday() -> None:
    t = timexes("The blast happened at 10 p.m. local time on Thursday.", "2013-03-22")[0]
    assert (t.type, t.value) == ("TIME", "2013-03-21T22:00")


def test_midnight_ends_its_day() -> None:
    t = timexes("The offer expired at midnight Friday.", "1989-10-30")[0]
    assert t.value == "1989-10-27T24:00"


def test_earlier_in_the_day_is_the_day_in_focus() -> None:
    text = "The rebels seized the town on Oct. 12, 1989. Earlier in the day, troops had left."
    assert _values(text, "1989-10-30")["Earlier in the day"] == "1989-10-12"


def test_an_aside_quarter_does_not_take_the_focus() -> None:
    text = (
        "Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second "
        "quarter, the company cited better results. The quarter-to-quarter comparison was "
        "helped by charges taken in the year-earlier period."
    )
    values = _values(text, "1989-11-01")
    assert values["a flat second quarter"] == "1989-Q2"
    assert values["the year-earlier period"] == "1988-Q3"
    assert "The quarter" not in values


def test_this_quarter_in_a_report_is_the_reported_quarter() -> None:
    text = (
        "The publisher reported a net loss for the third quarter ended Sept. 30. This quarter's "
        "loss includes pretax charges of $4.9 million."
    )
    assert _values(text, "1989-11-01")["This quarter"] == "1989-Q3"


def test_this_quarter_outside_a_report_is_the_current_one() -> None:
    assert _values("Sales will recover this quarter.", "1989-11-01")["this quarter"] == "1989-Q4"


@pytest.mark.parametrize(
    "sentence",
    [
        'Baker said on ABC-TV\'s "This Week With David Brinkley" that talks would go on.',
        "This is VOA Today.",
        "Gonzalez said on CBS's ''60 Minutes'' that the boy was well.",
    ],
)
def test_calendar_words_inside_names_are_not_dates(sentence: str) -> None:
    assert timexes(sentence, "1991-02-25") == []


def test_holiday_names_keep_their_capitals() -> None:
    assert _values("He has been here since Thanksgiving Day.", "2000-01-07") == {
        "Thanksgiving Day": "1999-11-25"
    }


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # TimeML leaves determiners of a modified noun and possessives out of the extent.
        ("The company posted a third-quarter loss.", "third-quarter", "1989-Q3"),
        ("Police linked the Oct. 23 attack to the group.", "Oct. 23", "1989-10-23"),
        ("Friday's vote was postponed.", "Friday", "1989-10-27"),
    ],
)
def test_extent_leaves_out_determiners_and_possessives(
    sentence: str, text: str, value: str
) -> None:
    t = timexes(sentence, "1989-10-30")[0]
    assert (t.text, t.value) == (text, value)


def test_years_later_counts_from_the_last_date_given() -> None:
    found = timexes("The war began in March 2003. Six months later the town fell.")
    assert [(t.text, t.value) for t in found] == [
        ("March 2003", "2003-03"),
        ("Six months later", "2003-09"),
    ]


def test_a_century_cannot_anchor_that_year() -> None:
    found = timexes(
        "He wrote a novel set in the 9th century. When he took that year off, he rested."
    )
    assert [t.value for t in found] == ["08", "2021"]


def test_years_earlier_in_a_story_counts_back_from_its_date() -> None:
    found = timexes(
        "Roosevelt spoke at Oglethorpe University in May 1932 about the crisis that had "
        "befallen the country three years earlier."
    )
    assert [(t.text, t.value) for t in found] == [
        ("May 1932", "1932-05"),
        ("three years earlier", "1929"),
    ]


def test_the_end_of_a_range_does_not_come_before_its_start() -> None:
    # With no verb to go by, "August 6" alone would be the nearer one, last year's.
    found = timexes("New flights to Bombay: from March 30 until August 6.", "1998-02-13")
    assert [(t.text, t.value) for t in found] == [
        ("March 30", "1998-03-30"),
        ("August 6", "1998-08-06"),
    ]
    assert timexes("New flights to Bombay: August 6.", "1998-02-13")[0].value == "1997-08-06"


def test_to_without_from_is_no_range() -> None:
    found = timexes(
        "After a small revision Friday to December's figures, the economy grew.", "1998-02-06"
    )
    assert [(t.text, t.value) for t in found] == [("Friday", "1998-02-06"), ("December", "1997-12")]


def test_the_day_before_a_date_is_one_expression() -> None:
    found = timexes(
        "The day before last Tuesday's court hearing, Manuel went to see Lazaro.", "2000-02-24"
    )
    assert [(t.text, t.value) for t in found] == [("The day before last Tuesday", "2000-02-21")]


def test_overnight_is_not_anchored_to_a_day_weeks_before() -> None:
    # AQUAINT APW19980820.1428: the day named two paragraphs before is the embassy bombings'
    text = (
        "The bombings of the embassies on Aug. 7 killed 257 people. Investigators in Nairobi "
        "and Dar es Salaam have questioned dozens of suspects since then, and two men have "
        "been flown to New York to face charges. Officials said the sites struck overnight "
        "were linked with the embassy attacks."
    )
    assert _values(text, "1998-08-20")["overnight"] == "1998-08-19TNI"


def test_overnight_follows_an_older_day_named_just_before() -> None:
    # the code review: a retrospective told day by day keeps its day
    text = "On March 3, rebels seized Brega. Government forces retook the town overnight."
    assert _values(text, "2011-03-20")["overnight"] == "2011-03-02TNI"
